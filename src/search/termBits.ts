/**
 * A question's terms as bits of one integer (which terms a sentence or its neighbours hold, which
 * the corpus writes as names): bit i for term i, the first TERM_BITS of them. Terms beyond share no
 * bit; their matches still count in the scores.
 */
export const TERM_BITS = 31;

/** Term `i`'s bit; 0 past the first TERM_BITS (1 << 31 would be the sign bit). */
export const termBit = (i: number): number => (i < TERM_BITS ? 1 << i : 0);
