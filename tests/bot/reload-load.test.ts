/**
 * Answering during a reload, as behaviour (how long the loop stalls and how fast /ask is
 * acknowledged meanwhile are measured by `npm run bench -- --reload`, not here): a reload builds
 * the new corpus beside the running one, a large one in a worker thread; /ask keeps being answered
 * while it runs, from the running corpus, and from the new one once it is swapped in.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { buildShardsInWorkers, PARALLEL_MIN_BYTES } from '../../src/indexing/parallel.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import type { Reply } from '../../src/replies/types.ts';
import { opt } from '../discord/standin.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { answerOf, startHarness, TEST_BOT_CONFIG } from './harness.ts';

vi.mock('../../src/indexing/parallel.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/indexing/parallel.ts')>();
  return { ...original, buildShardsInWorkers: vi.fn(original.buildShardsInWorkers) };
});
const workerBuilds = vi.mocked(buildShardsInWorkers);

const OLD_CORPUS = {
  'pipeline.txt':
    '---\ntitle: Riverside pipeline\n---\nThe water board approved the Riverside pipeline on Tuesday after a long hearing.\n',
};
const OLD_QUESTION = 'who approved the Riverside pipeline';
const NEW_QUESTION = 'what did the port authority postpone';

/** Deterministic news-like articles (about 7 KB each, with quotes and speakers) up to `target` bytes; none mentions Riverside. */
async function writeNewsLikeCorpus(dir: string, target: number): Promise<number> {
  let seed = 0x5eed;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return list[seed % list.length]!;
  };
  const people = [
    'Finance Minister Amina Yusuf',
    'spokesperson Daniel Ortega Ruiz',
    'Senator Clara Holm',
    'Governor Peter Okafor',
    'analyst Mei Tanaka',
    'Mayor Luis Romero',
    'union leader Sara Novak',
  ];
  const subjects = [
    'The ministry',
    'A parliamentary committee',
    'Local farmers',
    'The central bank',
    'Regional officials',
    'Opposition lawmakers',
    'The port authority',
    'Energy regulators',
    'Teachers in the capital',
  ];
  const verbs = [
    'announced',
    'rejected',
    'welcomed',
    'questioned',
    'reviewed',
    'postponed',
    'approved',
    'criticised',
    'debated',
    'funded',
  ];
  const objects = [
    'the new budget',
    'a trade agreement with its neighbours',
    'the water-sharing treaty',
    'plans for a coastal railway',
    'the ceasefire proposal',
    'measures against rising food prices',
    'an energy subsidy for households',
    'the election timetable',
    'a reform of the pension system',
    'the harbour expansion',
  ];
  const tails = [
    'on Monday',
    'after long talks',
    'in a written statement',
    'despite street protests',
    'for the third time this year',
    'without giving details',
    'late on Friday',
    'before the summer recess',
  ];
  let bytes = 0;
  let file = 0;
  while (bytes < target) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 18; p += 1) {
      const sentences: string[] = [];
      for (let k = 0; k < 4; k += 1)
        sentences.push(
          `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(tails)}, officials said of case ${(seed % 9000) + 1000}.`,
        );
      const who = pick(people);
      sentences.push(
        p % 2 === 0
          ? `“We ${pick(verbs)} ${pick(objects)} because people asked us to,” ${who} said.`
          : `${who} said that the government ${pick(verbs)} ${pick(objects)}.`,
      );
      paragraphs.push(sentences.join(' '));
    }
    const text = `---\ntitle: Regional report ${file}\ndate: 2025-06-${String((file % 28) + 1).padStart(2, '0')}\n---\n${paragraphs.join('\n')}\n`;
    const sub = join(dir, `batch-${Math.floor(file / 100)}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `report-${file}.txt`), text);
    bytes += Buffer.byteLength(text);
    file += 1;
  }
  return bytes;
}

const ask = (question: string) => ({
  kind: 'command' as const,
  name: 'ask',
  options: { question },
  user: { id: 'u1', inGuild: true, guildId: '300000000000000001', canManageGuild: false, roleIds: [] },
});
const text = (reply: Reply): string => reply.embeds?.[0]?.description ?? reply.content ?? '';

describe('a reload while questions arrive', () => {
  let oldDir: Awaited<ReturnType<typeof tempCorpus>>;
  let newDir: Awaited<ReturnType<typeof tempCorpus>>;
  let bytes = 0;
  let before: Library;
  beforeAll(async () => {
    oldDir = await tempCorpus(OLD_CORPUS);
    newDir = await tempCorpus({});
    // Over the worker threshold, with room to spare: a reload of it runs in a worker.
    bytes = await writeNewsLikeCorpus(newDir.dir, Math.round(PARALLEL_MIN_BYTES * 1.5));
    before = await loadLibrary(oldDir.dir);
  });
  afterAll(async () => {
    await oldDir.cleanup();
    await newDir.cleanup();
  });

  it('answers from the running corpus until the swap, then from the new one; a second reload joins the first', async () => {
    // The build is held until the test lets it finish, so "during" does not depend on timing.
    const after = await loadLibrary(newDir.dir);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const log = memoryLogger();
    const reload = new ReloadService({
      initial: before,
      load: async () => {
        await held;
        return after;
      },
      log,
    });
    const router = new Router({ commands: COMMANDS, reload, config: TEST_BOT_CONFIG, log });
    const operator = { id: 'mod', inGuild: true, guildId: '300000000000000001', canManageGuild: true, roleIds: [] };

    const first = router.handle({ kind: 'command', name: 'reload', options: {}, user: operator });
    const second = router.handle({ kind: 'command', name: 'reload', options: {}, user: operator });
    expect(reload.reloading).toBe(true);
    for (let i = 0; i < 3; i += 1) {
      expect(text(await router.handle(ask(OLD_QUESTION)))).toContain('**Riverside pipeline**');
      expect(text(await router.handle(ask(NEW_QUESTION)))).toMatch(/^Not found in the articles/);
      expect(reload.current).toBe(before);
    }
    release();
    const [report, joined] = await Promise.all([first, second]);
    expect(reload.reloading).toBe(false);
    expect(reload.current).toBe(after);
    expect(text(report)).toMatch(/\*\*Documents:\*\* 1 → \d+/);
    expect(joined.embeds?.[0]?.title).toBe('Reloaded the articles (a reload was already running: this is its result)');
    expect(text(joined)).toBe(text(report));
    expect(text(await router.handle(ask(OLD_QUESTION)))).toMatch(/^Not found in the articles/);
    expect(text(await router.handle(ask(NEW_QUESTION)))).toMatch(/Regional report \d+/);
  });

  it('over Discord: a large corpus reloads in a worker while /ask is answered from the running corpus, then from the new one', async () => {
    expect(bytes).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES);
    const h = await startHarness({ corpusDir: oldDir.dir, reloadDir: newDir.dir });
    try {
      workerBuilds.mockClear();
      const reload = h.standin.command('reload', [], { permissions: PermissionFlagsBits.ManageGuild });
      expect((await reload.nextResponse()).callbackType).toBe(5); // deferred: a reload takes a while
      await expect.poll(() => h.reload.reloading, { interval: 5 }).toBe(true);

      let answeredDuring = 0;
      while (h.reload.reloading) {
        const answer = await h.standin.command('ask', [opt.string('question', OLD_QUESTION)]).final();
        // Still reloading once answered: it was handled before the swap, from the running corpus.
        if (!h.reload.reloading) break;
        expect(answer.data.embeds![0]!.description).toContain('**Riverside pipeline**');
        answeredDuring += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const report = await answerOf(reload, 120_000);
      expect(answeredDuring).toBeGreaterThanOrEqual(1);
      expect(workerBuilds).toHaveBeenCalledTimes(1);
      expect(report.data.embeds![0]!.description).toMatch(/\*\*Documents:\*\* 1 → \d{3}/);

      const gone = await h.standin.command('ask', [opt.string('question', OLD_QUESTION)]).final();
      // Declined, or unsure with the closest passages of the regional reports: none is the pipeline's.
      expect(gone.data.content).toMatch(/^(Not found in the articles|I'm not sure the articles say this)/);
      expect(JSON.stringify(gone.data.embeds ?? [])).not.toContain('Riverside');
      const fresh = await h.standin.command('ask', [opt.string('question', NEW_QUESTION)]).final();
      expect(fresh.data.embeds![0]!.description).toMatch(/Regional report \d+/);
    } finally {
      await h.stop();
    }
  }, 180_000);
});
