/**
 * Long work in slices: the bot's thread does a little, then lets the event loop turn (a question,
 * a heartbeat) before going on. The one place that decides when to yield.
 */

/** One turn of the event loop: what is waiting runs. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A check to call between steps: after every `sliceMs` of work it gives the event loop a turn
 * (a promise to await), else returns null at once (Infinity: never yields).
 */
export function slicer(sliceMs: number): () => Promise<void> | null {
  let sliceStart = performance.now();
  return () => {
    if (sliceMs === Number.POSITIVE_INFINITY || performance.now() - sliceStart <= sliceMs) return null;
    return turn().then(() => {
      sliceStart = performance.now();
    });
  };
}
