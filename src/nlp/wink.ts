// The one place that loads wink-nlp and its model: loading the model takes ~100 ms and tens of MB.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Only sentence boundaries and POS tags: wink's entity recogniser, negation and sentiment
 * passes cost about 40% of its reading time and citebot does not need them (numbers and
 * dates are found by the analyzer's own small lexicon, see answerTypes.ts).
 */
export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
export const as = nlp.as;
