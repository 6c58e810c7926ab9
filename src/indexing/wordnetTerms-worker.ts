// The worker thread of ./wordnetTerms.ts: WordNet's terms under one morphology, computed away
// from the thread that analyses the corpus (and with no wink-nlp model loaded).
import type { Morphology } from '../nlp/analyzer.ts';
import { termMaker } from '../nlp/terms.ts';
import { answerParent } from '../workers/oneJob.ts';
import { computeWordNetTerms } from './wordnetTerms.ts';

answerParent(({ morphology }: { morphology: Morphology }) => computeWordNetTerms(termMaker(morphology)));
