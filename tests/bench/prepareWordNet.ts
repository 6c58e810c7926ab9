/**
 * Before the engines are timed: WordNet's terms written once into the bench's cache folder, as any
 * machine holds them after its first build (src/indexing/wordnetTermsFile.ts), so that citebot's
 * builds are timed as `ask` and `npm start` build there, reading the file. The walk itself (a
 * first build on a new machine, once per morphology) is timed here and reported beside the table.
 *
 *   node --import tsx tests/bench/prepareWordNet.ts
 */
import { prepareWordNetTerms } from './engines/citebot.ts';

const cpu = process.cpuUsage();
const started = performance.now();
const { keys, log } = await prepareWordNetTerms();
const used = process.cpuUsage(cpu);
console.log(
  `RESULT ${JSON.stringify({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, keys, log })}`,
);
process.exit(0);
