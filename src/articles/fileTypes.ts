/** The files /article add takes, told by their name before anything is downloaded. */
import { extname } from 'node:path';
import { CitebotError } from '../errors.ts';

export const FILE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

/** Refuses a file by its name alone (FILE_TYPE), before anything is downloaded; returns its extension. */
export function checkFileType(name: string): string {
  const extension = extname(name).toLowerCase();
  if (!FILE_EXTENSIONS.includes(extension)) {
    throw new CitebotError(
      'FILE_TYPE',
      `I can only add ${FILE_EXTENSIONS.join(', ')} files${extension ? `, not ${extension}` : ''}.`,
      { name, extension },
    );
  }
  return extension;
}
