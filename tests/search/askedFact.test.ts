import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * A first hit that does not hold the asked fact: denials written as one word, and a yes/no
 * question's scene-setting clause (RankParams.yesNoNegated, yesNoClause, on); an age that
 * answers no count (ageNotCount, on); a speaker's name that answers no who-question
 * (speakerNotAnswer, on).
 */
const CORPUS = {
  // "did the guards get hurt when comeaux escaped": #1, the lede, holds a word of the clause
  // (comeaux) and the subject; #2 names the subject and denies with `unharmed`, WordNet's synonym
  // of `unhurt`.
  'guards.txt': [
    'Comeaux pulled a gun on two guards in the van.',
    'The guards, who were unharmed, were forced to drive him to Baytown.',
  ].join('\n'),
  // "was the warehouse insured": #1, the lede, names the warehouse; #2 denies with `uninsured`.
  'warehouse.txt': [
    'A blaze destroyed the old dairy warehouse in Palmer on Tuesday.',
    'The warehouse was uninsured, the owner said.',
  ].join('\n'),
  // "how much does the doctor make a year": an age beside the question's words, no other number.
  'doctor.txt': 'The 39-year-old doctor will make a television series about the heart.',
  // "who is the bank's joint director on the board": the only name is the one speaking.
  'board.txt': 'The bank has a joint director on the board, Fullerton said.',
  // ECB+ 5_14ecb: Tony DiLeo is the subject of the reported clause, Stefanski the one speaking.
  'sixers.txt':
    "Stefanski said Tony DiLeo, the team's assistant general manager and senior vice president, will coach the team the rest of this season.",
  // uk6 103-wimbledon-wildcard-snub: the speaker named by the asked verb's doer noun (`coach` for `trains`).
  'wildcard.txt': 'Her father and coach, Martin Hollis, said the family were "devastated" by the decision.',
  // uk6 102-care-home-closure's lede: the speaker named by `owner`, the doer noun of `runs`.
  'carehome.txt': 'Brackenwood House, which has 44 beds, will close on 31 March, its owner, Meadowcare Homes, said.',
};

let shipped: SearchLibrary;
let plain: SearchLibrary;
let negated: SearchLibrary;
let ages: SearchLibrary;
let speakers: SearchLibrary;
let anySpeaker: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  shipped = await loadLibrary(corpus.dir, { quotes: false });
  plain = await loadLibrary(corpus.dir, { quotes: false, rank: { yesNoNegated: false, yesNoClause: false } });
  negated = await loadLibrary(corpus.dir, { quotes: false, rank: { yesNoClause: false } });
  ages = await loadLibrary(corpus.dir, { quotes: false, rank: { ageNotCount: false } });
  speakers = await loadLibrary(corpus.dir, { quotes: false, rank: { speakerNotAnswer: false } });
  anySpeaker = await loadLibrary(corpus.dir, { quotes: false, rank: { speakerSubjectOnly: false } });
});
afterAll(() => cleanup());

const first = (from: SearchLibrary, question: string): string => {
  const hit = from.search(question, { limit: 1, abstain: false }).hits[0];
  return hit === undefined ? 'none' : `${hit.source}#${hit.paragraph}`;
};

describe('a yes/no question answered by a denial in one word', () => {
  it('ranks `uninsured` as the asked `insured`, denied', () => {
    expect(first(plain, 'was the warehouse insured')).toBe('warehouse#1');
    expect(first(negated, 'was the warehouse insured')).toBe('warehouse#2');
    expect(first(shipped, 'was the warehouse insured')).toBe('warehouse#2');
  });

  it("ranks `unharmed` for `hurt`, through WordNet's synonyms of `unhurt`", () => {
    const question = 'did the guards get hurt when comeaux escaped';
    // Without it the lede, holding the subject and `comeaux`, comes first.
    expect(first(plain, question)).toBe('guards#1');
    expect(first(negated, question)).toBe('guards#2');
    expect(first(shipped, question)).toBe('guards#2');
  });
});

describe('an age answers no count (RankParams.ageNotCount, on)', () => {
  it('reads `39-year-old` as no answer to "how much does the doctor make"', () => {
    const question = 'how much does the doctor make a year';
    // Read as any number, the age beside `doctor` was a full fit.
    expect(ages.search(question).evidence.answerFit).toBe(1);
    expect(shipped.search(question)).toMatchObject({
      confidence: 'low',
      reason: 'answer-type-missing',
      evidence: { answerFit: 0 },
    });
  });

  it('still reads it as the answer to "how old"', () => {
    expect(shipped.search('how old is the doctor').evidence.answerFit).toBe(1);
  });
});

describe('a name told as the one speaking answers no who-question (RankParams.speakerNotAnswer, on)', () => {
  it('reads `Fullerton said` as no answer to "who is the joint director"', () => {
    const question = "who is the bank's joint director on the board";
    // Read as any name, the speaker three words from `board` was a full fit.
    expect(speakers.search(question).evidence.answerFit).toBe(1);
    expect(shipped.search(question)).toMatchObject({
      confidence: 'low',
      reason: 'answer-type-missing',
      evidence: { answerFit: 0 },
    });
  });

  it('still reads the speaker as the answer when the question asks who said', () => {
    expect(shipped.search('who said the bank has a joint director').evidence.answerFit).toBe(1);
  });
});

describe("only the verb's own subject is the one speaking (RankParams.speakerSubjectOnly, on)", () => {
  const answerFit = (from: SearchLibrary, question: string, source: string): number =>
    from.search(question, { source, abstain: false }).evidence.answerFit;

  it('reads a name inside the reported clause as a name (`Stefanski said Tony DiLeo … will coach`)', () => {
    const question = 'who will coach the team the rest of this season';
    // Every name by `said` was a speaker: Tony DiLeo too.
    expect(answerFit(anySpeaker, question, 'sixers')).toBe(0);
    expect(answerFit(shipped, question, 'sixers')).toBe(1);
  });

  it('reads a speaker named by the doer noun beside him as the answer (`Her father and coach, Martin Hollis, said`)', () => {
    expect(answerFit(anySpeaker, 'who trains chloe hollis', 'wildcard')).toBe(0);
    expect(answerFit(shipped, 'who trains chloe hollis', 'wildcard')).toBe(1);
  });

  it('reads `its owner, Meadowcare Homes, said` as the answer to who runs it', () => {
    const question = 'who runs the taunton care home thats shutting';
    expect(answerFit(anySpeaker, question, 'carehome')).toBe(0.5);
    expect(answerFit(shipped, question, 'carehome')).toBe(1);
  });

  it('still reads the subject of `said` as no answer (`…, Fullerton said`)', () => {
    expect(answerFit(shipped, "who is the bank's joint director on the board", 'board')).toBe(0);
  });
});
