import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Misses of issue 18's held-out articles 69-74 (their first score, main's code at 71e1c09), one spec
// a class, on sentences in their shape. The rules are general: none names an organisation, a person
// or a story.

const FILES = {
  // The shape of news-dev 73: `told him he had …` after a man named the sentence before. Neither
  // name has a given name the lexicon knows, so only the grammar tells them apart.
  'judge.txt': article(
    'Gang jailed',
    'Ringleader Lorcan Sandbach, 38, of Walsall, was jailed for 11 years. Judge Imelda Rawcliffe told him he had shown "a complete disregard for the safety of others".',
    '"These were not victimless crimes," she said.',
  ),
  // The guard: a plain `he` with no object pronoun before it still goes to the sentence's subject.
  'plain.txt': article(
    'Gang jailed',
    'Ringleader Lorcan Sandbach, 38, was jailed for 11 years. Prosecutor Anselm Merriweather said he had planned the raids.',
    '"They watched every site for days," he said.',
  ),
  // The shape of news-dev 74: a body's name set off after `the water company`, then a pronoun; the
  // body speaks later, which makes its name a speaker's.
  'river.txt': article(
    'The swimmer who counted the spills',
    'Every morning, Fiona Kettlewell swims in the river near Halton.',
    '"I started because I kept getting ill," she says.',
    'The former nurse used figures published by the water company, Northshire Water, to count the spills.',
    '"It happens after a bit of drizzle on a Tuesday," she says.',
    'Northshire Water said in a statement that the number of spills "will fall significantly".',
  ),
  // The guard: a person's name set off after a body's role (`The leader of the union, X,`) is his.
  'union.txt': article(
    'Miners strike',
    'The leader of the union, Ulick Tremayne, said the strike would go on.',
    '"We will not give in," he said.',
  ),
  // The shape of news-dev 74: `X said in a statement …` then `"…," the statement said`.
  'statement.txt': article(
    'Water company defends spending',
    'Northshire Water said in a statement that the number of spills "will fall significantly".',
    '"We are working as fast as we can," the statement said.',
  ),
  // tin/13185 of the news corpus, shortened: a spokesman's statement is the body's.
  'tin.txt': article(
    'U.S. Defends Stockpiled Tin Sales in 1986',
    '"The United States has continued to abide by the spirit of the memorandum of understanding," a State Department spokesman said in a statement.',
    '"The views of the ASEAN governments have been taken into account in determining disposal levels," the statement said.',
  ),
  // The guard: two bodies' statements before it, and whose it is is not said.
  'two-statements.txt': article(
    'Water companies defend spending',
    'Northshire Water said in a statement that it was investing £340m. In a statement, Fellside Water said it would spend more.',
    '"Every pound we spend goes into the network," the statement said.',
  ),
  // The shape of news-dev 69: a body named by one word after a noun for its kind, then its spokesman.
  'equity.txt': article(
    'Musical to close',
    'The actors\' union Equity said it would make sure the performers were paid "every penny they are owed".',
    'A spokesman for the union added: "Closures at short notice are becoming far too common."',
  ),
  // The guard: a lone word with no such noun may be a surname; whose spokesman is not said.
  'lone.txt': article(
    'Musical to close',
    'Equity said it would make sure the performers were paid.',
    'A spokesman for the union said: "Short notice is the rule now."',
  ),
  // The shape of news-dev 69: a relative clause whose verb takes words (`wrote the score`) before
  // the sentence's own verb, then `he said` a paragraph on.
  'composer.txt': article(
    'Musical to close',
    "The musical's composer, Declan Hollings, who wrote the score with his brother Owen, admitted the reviews had hurt.",
    '"Some of it was fair, some of it was not," he said.',
  ),
  // acq/03023 of the news corpus, shortened.
  'bid.txt': article(
    'Sosnoff Starts Bid for Caesars World',
    'MTS Acquisition Corp, a company formed by Martin T. Sosnoff, said it has started a tender offer for all shares of Caesars World Inc at 28 dlrs each.',
    "Sosnoff, a New York investor, already owns about four mln of Caesars' 30.3 mln shares outstanding.",
    'Sosnoff, who said he has made numerous efforts to express his views to management, said Caesars twice refused his request for a board seat.',
  ),
  // The guard: a relative clause's speech verb with no verb of the sentence after it reports nothing.
  'left.txt': article('Musical to close', 'Declan Hollings, who said the reviews had hurt, left the theatre early.'),
  // The shape of news-dev 69: an age not given before, after a sentence whose subject has a relative
  // clause naming someone else.
  'actor.txt': article(
    'Musical to close',
    'Actor Ray Delahunty, who plays depot manager Stan Boyle, posted a message to fans on Wednesday night.',
    '"Gutted does not cover it," the 58-year-old wrote.',
  ),
  // The guard: the other man named as the verb's object, not in a clause about the subject.
  'met.txt': article(
    'Musical to close',
    'Actor Ray Delahunty met director Colm Boyle on Wednesday night.',
    '"It was a hard meeting," the 58-year-old said.',
  ),
  // The shape of news-dev 72: a firm set off after `The contractor`, then two partials.
  'tram.txt': article(
    'Tram line late',
    'The contractor, Brayford Rail Systems, said in a statement that it was "working closely" with the authority to finish the work "as quickly and safely as possible".',
  ),
  // The guard: a person set off after the same noun (a given name) is that person.
  'builder.txt': article(
    'Tram line late',
    'The contractor, John Pellow, said: "We were never told what was under the road."',
  ),
};

describe('`X told him he …`', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it("reads `he` as the object's, so the judge stays a woman for the next `she`", () => {
    expect(quoted('a complete disregard')?.speaker).toBe('Imelda Rawcliffe');
    expect(quoted('These were not victimless')?.speaker).toBe('Imelda Rawcliffe');
  });
  it('leaves a `he` with no object pronoun before it to the subject', () => {
    expect(quoted('They watched every site')?.speaker).toBe('Anselm Merriweather');
  });
});

describe("a body's name set off after a lower-case noun for a body (`the water company, Northshire Water,`)", () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('is never what `she` stands for, though the body speaks later', () => {
    expect(quoted('It happens after a bit')?.speaker).toBe('Fiona Kettlewell');
    expect(quoted('will fall significantly')?.speaker).toBe('Northshire Water');
  });
  it("leaves a person's name set off after a body's role to him", () => {
    expect(quoted('We will not give in')?.speaker).toBe('Ulick Tremayne');
  });
});

describe('`"…," the statement said`', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('is the body that spoke in a statement just before', () => {
    expect(quoted('We are working as fast as we can')?.speaker).toBe('Northshire Water');
    expect(quoted('The views of the ASEAN')?.speaker).toBe('State Department');
  });
  it('is nobody when two bodies made statements there', () => {
    expect(quoted('Every pound we spend')).toBeDefined();
    expect(quoted('Every pound we spend')!.speaker).toBeNull();
  });
});

describe("a one-word body after a noun for its kind (`The actors' union Equity said`)", () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('is what its spokesman speaks for', () => {
    expect(quoted('Closures at short notice')?.speaker).toBe('Equity');
    expect(quoted('Closures at short notice')?.role).toBe('spokesman');
  });
  it('is not when nothing before the word tells it is a body', () => {
    expect(quoted('Short notice is the rule')).toBeDefined();
    expect(quoted('Short notice is the rule')!.speaker).toBeNull();
  });
});

describe('a speech verb in a relative clause (`X, who wrote the score …, admitted …`)', () => {
  const library = useLibrary(FILES);
  const { quoted, reported } = directQuotes(library);
  it("is the clause's: the sentence's own verb reports, and its subject speaks", () => {
    expect(reported('Sosnoff, who said he has made')?.speaker).toBe('Martin T. Sosnoff');
    expect(reported("The musical's composer")?.speaker).toBe('Declan Hollings');
    expect(quoted('Some of it was fair')?.speaker).toBe('Declan Hollings');
  });
  it('reports nothing when the sentence has no speech verb of its own', () => {
    expect(reported('Declan Hollings, who said')).toBeUndefined();
  });
});

describe('a description after a sentence whose subject has a relative clause (`X, who plays Y, …`)', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('goes back to the subject, not to the one the clause names', () => {
    expect(quoted('Gutted does not cover it')?.speaker).toBe('Ray Delahunty');
  });
  it("stays open when the other is the verb's object", () => {
    expect(quoted('It was a hard meeting')).toBeDefined();
    expect(quoted('It was a hard meeting')!.speaker).toBeNull();
  });
});

describe('a body set off after `The contractor`', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('speaks, in each partial of its sentence', () => {
    expect(quoted('working closely')?.speaker).toBe('Brayford Rail Systems');
    expect(quoted('as quickly and safely')?.speaker).toBe('Brayford Rail Systems');
  });
  it('leaves a person set off after it a person', () => {
    expect(quoted('We were never told')?.speaker).toBe('John Pellow');
  });
});
