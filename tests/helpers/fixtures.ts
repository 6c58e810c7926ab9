/**
 * What many specs share: the shipped article's text, small articles to add (a server's own, one
 * more for the corpus), a local file as an attachment, and how they wait for an expected failure.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import type { AttachmentValue } from '../../src/app/command.ts';
import { CitebotError } from '../../src/errors.ts';

/** The shipped article (seeds/), as the bot reads it. */
export const SEED = await readFile(
  new URL('../../seeds/us-state-department-kashmir-mediation.txt', import.meta.url),
  'utf8',
);

/**
 * A moderator's article for `/article add file:`, answered by nothing in SEED (panels, a solar
 * farm): its first line is its headline, hence its title and the slug of its id, SOLAR_ID.
 */
export const SOLAR = `Glenmoor votes for a solar farm

The Glenmoor village council voted on Monday to build a solar farm on the site of the old limestone quarry, ending two years of debate.

The farm will have 4,800 panels and should power about 1,200 homes, the council said.
`;
export const SOLAR_ID = 'added/glenmoor-votes-for-a-solar-farm';

/** An article to put in the corpus folder before a /reload, answered by nothing in SEED or SOLAR. */
export const FERRY = `Ferry service to Inchkeel resumes

The ferry to Inchkeel island resumed on Friday after storms kept it in harbour for nine days, the operator said.
`;

/** What the console's parser makes of `file:PATH` (src/console/parse.ts): a local file as the attachment, no download. */
export function localFile(path: string, size: number): AttachmentValue {
  return {
    kind: 'attachment',
    name: path.split('/').pop()!,
    size,
    contentType: null,
    url: pathToFileURL(path).href,
    path,
  };
}

/** The CitebotError `promise` rejects with (failing the test when it resolves or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<CitebotError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CitebotError);
  return error as CitebotError;
}
