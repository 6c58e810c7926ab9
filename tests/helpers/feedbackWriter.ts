/**
 * A process voting as a replica does (tests/feedback/replicas.test.ts): opens the feedback store
 * of DATA_DIR (argv[2]), says `ready`, waits for a line on stdin, then records argv[4] votes of
 * voter group argv[3], each written by an append of its own (flushed one by one), and exits.
 */
import { createInterface } from 'node:readline';
import { FeedbackStore } from '../../src/feedback/store.ts';

const [dataDir, group, count] = process.argv.slice(2);
const store = await FeedbackStore.open({ dataDir: dataDir!, keepUserIds: true });
process.stdout.write('ready\n');
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
for (let n = 0; n < Number(count); n += 1) {
  const vote = store.record({
    question: `question ${group}-${n}`,
    hits: [`article ¶${n + 1} s1`],
    vote: n % 2 === 0 ? 'up' : 'down',
    userId: `4000000000000${group}${String(n).padStart(4, '0')}`,
    at: Date.UTC(2026, 0, 1) + n,
  });
  if (vote !== 'recorded') throw new Error(`vote ${n} not recorded: ${vote}`);
  await store.flush();
}
process.exit(0);
