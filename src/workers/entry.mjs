// Every one-job worker thread starts here (./oneJob.ts). Worker threads start without tsx's loader
// when the parent did not run under tsx (vitest): register it, then load the TypeScript module the job names.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
