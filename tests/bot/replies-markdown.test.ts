/**
 * Article text that starts with Discord's line-start syntax (`# `, `> `, `- `, `1. `, `* `, `+ `,
 * `### `, `>>> `, `-# `) shows literally on every path that renders it: ask excerpts, an excerpt in
 * context (as the asker, and as someone else: there the excerpt opens the description), quote
 * entries, titles and /sources. The escaping is src/replies/markdown.ts's alone.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/app/commands/all.ts';
import type { Invoker } from '../../src/app/command.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import type { Reply } from '../../src/replies/types.ts';
import { useLibrary } from '../helpers/tempCorpus.ts';
import { TEST_BOT_CONFIG } from './harness.ts';

const library = useLibrary({
  'harbour/notes.txt': [
    '---',
    'title: # Harbour council notes',
    '---',
    'The harbour council met on Monday to discuss the ferry timetable.',
    '# Ferry fares will rise by ten percent in March.',
    '> "We will reopen the pier in May," said harbour master Jane Holt.',
    '- Jane Holt said that fishing quotas stay unchanged for the coming season.',
    '* Tugboat crews get a new contract.',
    '+ Dredging of the channel starts in April.',
    '### Seagull nesting sites are protected by law.',
    '>>> Customs checks move to the northern quay.',
    '-# Ferry parking moves to the old depot.',
  ].join('\n'),
});

const ASKER: Invoker = {
  id: '100000000000000001',
  inGuild: true,
  guildId: '300000000000000001',
  canManageGuild: false,
  roleIds: [],
};
const OTHER: Invoker = {
  id: '100000000000000002',
  inGuild: true,
  guildId: '300000000000000001',
  canManageGuild: false,
  roleIds: [],
};

function router(): Router {
  const log = memoryLogger();
  const reload = new ReloadService({ initial: library(), load: async () => library(), log });
  return new Router({ commands: COMMANDS, reload, config: TEST_BOT_CONFIG, log, cooldowns: false });
}

/** Lines of a reply's markdown that Discord would turn into a heading, a quote or a list. */
function formattedLines(reply: Reply): string[] {
  const texts = [
    reply.content,
    ...(reply.embeds ?? []).flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
  return texts
    .filter((t): t is string => t !== undefined)
    .flatMap((t) => t.split('\n'))
    .filter((line) => /^[ \t]*(#{1,3}|-#|>|>>>|[-+*]|\d+\.)[ \t]/.test(line));
}

/** Presses "Context 1" on an /ask answer, as `user`. */
async function context(r: Router, question: string, user: Invoker): Promise<Reply> {
  const reply = await r.handle({ kind: 'command', name: 'ask', options: { question }, user: ASKER });
  const button = reply.buttons!.flat().find((b) => b.label === 'Context 1')!;
  return r.handle({ kind: 'button', customId: button.id, state: reply.embeds!.at(-1)!.footer!, user });
}

describe('line-start markdown in article text', () => {
  const cite = (paragraph: number): string =>
    `— \\# Harbour council notes (\`harbour/notes\`) · paragraph ${paragraph}, sentence 1`;
  const alone = '_(no other sentence in this paragraph)_';

  // Someone else's Context n: the excerpt is the first line of the description, where `# ` made a heading.
  it.each([
    ['ferry fares rise', `\\# **Ferry fares** will **rise** by ten percent in March. ${alone}\n${cite(2)}`],
    [
      'pier reopen',
      `\\> "We will **reopen** the **pier** in May," said harbour master Jane Holt. ${alone}\n${cite(3)}`,
    ],
    [
      'fishing quotas',
      `\\- Jane Holt said that **fishing quotas** stay unchanged for the coming season. ${alone}\n${cite(4)}`,
    ],
    ['tugboat crews contract', `\\* **Tugboat crews** get a new **contract**. ${alone}\n${cite(5)}`],
    ['dredging channel', `\\+ **Dredging** of the **channel** starts in April. ${alone}\n${cite(6)}`],
    ['seagull nesting', `\\### **Seagull nesting** sites are protected by law. ${alone}\n${cite(7)}`],
    ['customs checks quay', `\\>>> **Customs checks** move to the northern **quay**. ${alone}\n${cite(8)}`],
    ['ferry parking depot', `\\-# **Ferry parking** moves to the old **depot**. ${alone}\n${cite(9)}`],
  ])('shows %j in context for someone else literally', async (question, description) => {
    const reply = await context(router(), question, OTHER);
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds![0]!.title).toBe('Excerpt 1 in context');
    expect(reply.embeds![0]!.description).toBe(description);
  });

  it('leaves no heading, quote or list on any path that renders article text', async () => {
    const r = router();
    const replies: Reply[] = [];
    for (const question of [
      'ferry fares rise',
      'pier reopen',
      'fishing quotas',
      'seagull nesting',
      'customs checks quay',
      'ferry parking depot',
      'harbour council',
    ]) {
      replies.push(await r.handle({ kind: 'command', name: 'ask', options: { question }, user: ASKER }));
      replies.push(await context(r, question, ASKER));
      replies.push(await context(r, question, OTHER));
    }
    const quotes = await r.handle({ kind: 'command', name: 'quote', options: { speaker: 'Holt' }, user: ASKER });
    expect(quotes.embeds![0]!.description).toContain('• \\- Jane Holt said that fishing quotas');
    replies.push(quotes, await r.handle({ kind: 'command', name: 'sources', options: {}, user: ASKER }));
    expect(replies.every((reply) => reply.embeds !== undefined)).toBe(true);
    for (const reply of replies) expect(formattedLines(reply)).toEqual([]);
  });
});
