/**
 * One job in a worker thread, for work that is synchronous and long enough to hold up answers
 * (parsing a large page or feed): the parent starts a thread on a module with an input, the module
 * answers once with the result, and the thread ends. An expected failure (a CitebotError) travels
 * back as data, since errors lose their class in a message, and is thrown again in the parent with
 * its code, message and details; anything else fails the thread and rejects as it is.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { CitebotError, type ErrorCode, isCitebotError } from '../errors.ts';

/** What the worker posts back: the result, or the expected failure as data. */
export type JobAnswer<T> =
  | { readonly ok: true; readonly result: T }
  | {
      readonly ok: false;
      readonly code: ErrorCode;
      readonly message: string;
      readonly details: Readonly<Record<string, unknown>>;
    };

/**
 * Runs `module` (a worker module that calls answerParent) in a new worker thread on `input`, which
 * is copied there (a Buffer arrives as a plain Uint8Array). `name` says whose thread failed.
 */
export function runInWorker<T>(module: URL, input: unknown, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./entry.mjs', import.meta.url), {
      workerData: { module: module.href, input },
    });
    worker.once('message', (answer: JobAnswer<T>) => {
      if (answer.ok) resolve(answer.result);
      else reject(new CitebotError(answer.code, answer.message, { ...answer.details }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the ${name} worker exited with code ${code}`));
    });
  });
}

/**
 * In the worker module: does the job on the input runInWorker sent and posts the answer back (once
 * its promise settles, for a job that returns one).
 */
export function answerParent<I, T>(job: (input: I) => T | Promise<T>): void {
  const { input } = workerData as { input: I };
  const failed = (error: unknown): JobAnswer<T> => {
    if (!isCitebotError(error)) throw error;
    return { ok: false, code: error.code, message: error.message, details: error.details };
  };
  let result: T | Promise<T>;
  try {
    result = job(input);
  } catch (error) {
    parentPort!.postMessage(failed(error));
    return;
  }
  if (result instanceof Promise)
    void result.then(
      (value) => parentPort!.postMessage({ ok: true, result: value } satisfies JobAnswer<T>),
      (error: unknown) => parentPort!.postMessage(failed(error)),
    );
  else parentPort!.postMessage({ ok: true, result } satisfies JobAnswer<T>);
}
