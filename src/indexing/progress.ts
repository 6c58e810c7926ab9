/**
 * Progress of a library build, for whoever waits on it: the terminal's status line, /reload's
 * interim edits. Reports are rate-limited here (PROGRESS_INTERVAL_MS) and the last report of each
 * phase always goes out.
 */

/** In the order a build goes through them: read the files, analyse them (and find their quotes), build the sentence index, cluster the quotes by speaker. */
export type BuildPhase = 'reading' | 'analysing' | 'indexing' | 'quotes';

export interface BuildProgress {
  readonly phase: BuildPhase;
  /** Files read (reading) or articles analysed (later phases). */
  readonly files: number;
  /** Files found (reading) or readable articles (later phases). */
  readonly filesTotal: number;
  /** Sentences analysed so far (0 while reading). */
  readonly sentences: number;
}

export type ProgressCallback = (progress: BuildProgress) => void;

/** At most one progress report per this many milliseconds (the end of a phase is always reported). */
export const PROGRESS_INTERVAL_MS = 250;

/** Throttles reports to one per `intervalMs`; `end` always reports. No callback: does nothing. */
export class ProgressReporter {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly callback: ProgressCallback | undefined,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get active(): boolean {
    return this.callback !== undefined;
  }

  tick(progress: BuildProgress): void {
    if (this.callback === undefined) return;
    const now = this.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.callback(progress);
  }

  end(progress: BuildProgress): void {
    if (this.callback === undefined) return;
    this.last = this.now();
    this.callback(progress);
  }
}

const count = (n: number): string => n.toLocaleString('en-US');

/** One line of what a build is doing: "1,200 of 2,200 articles read, 18,000 sentences". */
export function describeProgress(p: BuildProgress): string {
  switch (p.phase) {
    case 'reading':
      return `${count(p.files)} of ${count(p.filesTotal)} files read`;
    case 'analysing':
      return `${count(p.files)} of ${count(p.filesTotal)} articles read, ${count(p.sentences)} sentences`;
    case 'indexing':
      return `${count(p.filesTotal)} articles read, ${count(p.sentences)} sentences; building the index`;
    case 'quotes':
      return `${count(p.filesTotal)} articles read, ${count(p.sentences)} sentences; sorting the quotes by speaker`;
  }
}
