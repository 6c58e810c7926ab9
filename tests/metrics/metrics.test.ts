import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { loadLibrary } from '../../src/library.ts';
import { aggregate, Metrics } from '../../src/metrics/metrics.ts';
import { TEST_BOT_CONFIG } from '../bot/harness.ts';

const line = (text: string, prefix: string): string | undefined => text.split('\n').find((l) => l.startsWith(prefix));

describe('Metrics', () => {
  it('counts commands by command and outcome, and times them', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    const { observe } = metrics; // bound: passed as RouterOptions.observe
    for (const seconds of [0.02, 0.2, 1.5]) observe({ command: 'ask', kind: 'command', outcome: 'answered', seconds });
    observe({ command: 'ask', kind: 'command', outcome: 'declined', seconds: 0.01 });
    observe({ command: 'ask', kind: 'button', outcome: 'answered', seconds: 0.05 });
    const text = await metrics.text();
    expect(text).toContain('citebot_questions_total{command="ask",outcome="answered"} 3\n');
    expect(text).toContain('citebot_questions_total{command="ask",outcome="declined"} 1\n');
    expect(text).toContain('citebot_button_presses_total{command="ask",outcome="answered"} 1\n');
    expect(text).toContain('citebot_answer_seconds_bucket{le="0.025",command="ask"} 2\n');
    expect(text).toContain('citebot_answer_seconds_bucket{le="3",command="ask"} 5\n');
    expect(text).toContain('citebot_answer_seconds_count{command="ask"} 5\n');
  });

  it('keeps corpus size, reloads and votes', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    metrics.corpus(12, 3400);
    metrics.reload(true, 2.5);
    metrics.reload(false, 0.4);
    metrics.feedback('up');
    metrics.feedback('down');
    metrics.feedback('down');
    const text = await metrics.text();
    for (const expected of [
      'citebot_corpus_documents 12',
      'citebot_corpus_sentences 3400',
      'citebot_reloads_total{outcome="ok"} 1',
      'citebot_reloads_total{outcome="failed"} 1',
      'citebot_reload_seconds_count 2',
      'citebot_feedback_total{vote="up"} 1',
      'citebot_feedback_total{vote="down"} 2',
    ])
      expect(text).toContain(`${expected}\n`);
  });

  it('counts feed polls by outcome, the items they brought, and errors by kind', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    const { feeds } = metrics; // the FeedObserver src/app/services.ts hands the poll
    feeds.poll('new');
    feeds.newItems(3);
    feeds.poll('not-modified');
    feeds.poll('not-modified');
    feeds.newItems(0);
    feeds.poll('failed');
    feeds.error('http');
    feeds.error('item-page');
    const text = await metrics.text();
    for (const expected of [
      'citebot_feed_polls_total{outcome="new"} 1',
      'citebot_feed_polls_total{outcome="not-modified"} 2',
      'citebot_feed_polls_total{outcome="failed"} 1',
      'citebot_feed_items_total 3',
      'citebot_feed_errors_total{kind="http"} 1',
      'citebot_feed_errors_total{kind="item-page"} 1',
    ])
      expect(text).toContain(`${expected}\n`);
  });

  it("has the process's default metrics in its own registry, not prom-client's global one", async () => {
    const { register } = await import('prom-client');
    const metrics = new Metrics();
    expect(await metrics.text()).toContain('process_cpu_user_seconds_total');
    expect(await register.getSingleMetric('citebot_questions_total')).toBeUndefined();
  });
});

describe('aggregate', () => {
  it('sums counters and histograms across shards and keeps the corpus gauges at one shard’s value', async () => {
    const shards = [new Metrics(), new Metrics()];
    for (const [i, m] of shards.entries()) {
      m.corpus(12, 3400);
      for (let n = 0; n <= i; n += 1) m.observe({ command: 'ask', kind: 'command', outcome: 'answered', seconds: 0.1 });
      m.feedback('down');
    }
    const text = await aggregate(await Promise.all(shards.map((m) => m.json())));
    expect(line(text, 'citebot_questions_total{')).toBe('citebot_questions_total{command="ask",outcome="answered"} 3');
    expect(line(text, 'citebot_answer_seconds_count')).toBe('citebot_answer_seconds_count{command="ask"} 3');
    expect(line(text, 'citebot_feedback_total{')).toBe('citebot_feedback_total{vote="down"} 2');
    expect(line(text, 'citebot_corpus_documents ')).toBe('citebot_corpus_documents 12');
    expect(line(text, 'citebot_corpus_sentences ')).toBe('citebot_corpus_sentences 3400');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('takes JSON that went through an IPC message (plain data)', async () => {
    const m = new Metrics({ defaultMetrics: false });
    m.observe({ command: 'help', kind: 'command', outcome: 'answered', seconds: 0.001 });
    const json = JSON.parse(JSON.stringify(await m.json()));
    expect(await aggregate([json])).toContain('citebot_questions_total{command="help",outcome="answered"} 1\n');
  });
});

describe('metrics of a router', () => {
  // Forged interactions can carry any command name or button id: each became a label, and every
  // label is a series per histogram bucket (300 of them added 4,200 lines to /metrics).
  it('labels only the known commands and the buttons of commands that have them; the rest is `other`', async () => {
    const seeds = await loadLibrary(new URL('../../seeds', import.meta.url).pathname);
    const log = memoryLogger();
    const metrics = new Metrics({ defaultMetrics: false });
    const router = new Router({
      commands: COMMANDS,
      reload: new ReloadService({ initial: seeds, load: async () => seeds, log }),
      config: TEST_BOT_CONFIG,
      log,
      observe: metrics.observe,
    });
    const user = {
      id: '400000000000000002',
      inGuild: true,
      guildId: '300000000000000001',
      canManageGuild: false,
      roleIds: [],
    };
    for (let i = 0; i < 150; i += 1) {
      await router.handle({ kind: 'command', name: `forged${i}`, options: {}, user });
      await router.handle({ kind: 'button', customId: `forged${i}:page:1`, state: null, user });
    }
    await router.handle({ kind: 'button', customId: 'help:x', state: null, user }); // /help has no buttons
    await router.handle({ kind: 'command', name: 'help', options: {}, user });
    await router.handle({ kind: 'button', customId: 'ask:page:1:0:bad', state: null, user });
    const lines = (await metrics.text())
      .split('\n')
      .filter((l) => /^citebot_(questions_total|button_presses_total)\{/.test(l));
    expect(lines).toEqual([
      'citebot_questions_total{command="other",outcome="declined"} 150',
      'citebot_questions_total{command="help",outcome="answered"} 1',
      'citebot_button_presses_total{command="other",outcome="declined"} 151',
      'citebot_button_presses_total{command="ask",outcome="declined"} 1',
    ]);
    const labels = new Set((await metrics.text()).match(/command="[^"]*"/g));
    expect([...labels].sort()).toEqual(['command="ask"', 'command="help"', 'command="other"']);
  });
});
