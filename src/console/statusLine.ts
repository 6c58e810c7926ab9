/**
 * Loading progress on a terminal: one line, rewritten in place (\r) as the build reports, cleared
 * when it is done. Nothing at all when the stream is not a terminal (a pipe, a file, a log
 * collector), so progress never ends up in output meant for programs.
 */
import { describeProgress, type BuildProgress } from '../indexing/progress.ts';

/** Erase the current line and return to its start. */
const CLEAR_LINE = '\r\x1b[2K';

export interface StatusLine {
  /** Shows a build report (on a terminal). */
  readonly update: (progress: BuildProgress) => void;
  /** Removes the line, if one is shown. */
  readonly clear: () => void;
}

export function statusLine(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): StatusLine {
  if (stream.isTTY !== true) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  return {
    update: (progress) => {
      const text = `loading: ${describeProgress(progress)}`;
      const width = (stream.columns ?? 80) - 1;
      stream.write(`${CLEAR_LINE}${text.length > width ? text.slice(0, width) : text}`);
      shown = true;
    },
    clear: () => {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
