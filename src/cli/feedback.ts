/**
 * `npm run feedback -- [--disliked] [--file PATH]`: what people thought of /ask's answers, from
 * the votes file (default `DATA_DIR/feedback.jsonl`, DATA_DIR from the environment or .env).
 * Without a flag, a summary: votes up and down, the most disliked questions. With `--disliked`,
 * those questions as QA-file lines for `npm run eval` (`{"question": "…", "answers": []}`), most
 * disliked first, each once: paste them into a QA file and fill in the answers.
 */
import { dislikedQa, summary } from '../feedback/report.ts';
import { feedbackPath, readFeedback } from '../feedback/store.ts';
import type { CommandSpec } from './commandLine.ts';
import { invocation, runMain } from './shared.ts';

const FEEDBACK = {
  command: 'npm run feedback --',
  summary: "What people thought of /ask's answers: votes up and down and the most disliked questions.",
  options: {
    disliked: {
      type: 'boolean',
      description: 'the disliked questions as QA-file lines for npm run eval, most disliked first',
    },
    file: { type: 'string', value: 'PATH', default: 'DATA_DIR/feedback.jsonl', description: 'the votes file' },
  },
} as const satisfies CommandSpec;

runMain(async (config) => {
  const line = invocation(FEEDBACK);
  if (line === null) return 0;
  const { values } = line;
  const path = values.file ?? feedbackPath(config.bot.dataDir);
  let file: Awaited<ReturnType<typeof readFeedback>>;
  try {
    file = await readFeedback(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    process.stderr.write(
      `error: there is no feedback file at ${path}: nobody has rated an answer yet, or DATA_DIR points elsewhere (--file PATH reads another file)\n`,
    );
    return 1;
  }
  if (file.skipped > 0) process.stderr.write(`warning: skipped ${file.skipped} malformed line(s) in ${path}\n`);
  if (file.repeats > 0)
    process.stderr.write(`note: left out ${file.repeats} repeated vote(s) (a person's second vote on one answer)\n`);
  if (values.disliked) {
    const lines = dislikedQa(file.records);
    if (lines === '') process.stderr.write(`No answer in ${path} has a 👎.\n`);
    process.stdout.write(lines);
  } else {
    process.stdout.write(summary(file.records, path));
  }
  return 0;
});
