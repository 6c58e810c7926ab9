/** What many specs share: the shipped article's text, and how they wait for an expected failure. */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { CitebotError } from '../../src/errors.ts';

/** The shipped article (seeds/), as the bot reads it. */
export const SEED = await readFile(
  new URL('../../seeds/us-state-department-kashmir-mediation.txt', import.meta.url),
  'utf8',
);

/** The CitebotError `promise` rejects with (failing the test when it resolves or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<CitebotError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CitebotError);
  return error as CitebotError;
}
