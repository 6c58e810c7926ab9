/** Small wording helpers shared by the replies and the command line. */

/** `1 quote`, `2 quotes`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `2026-11-26 05:16:55 UTC`. */
export function utcTime(date: Date): string {
  return `${date.toISOString().replace('T', ' ').slice(0, 19)} UTC`;
}
