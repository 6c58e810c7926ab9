import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The classes missed on held-out articles 42-44 of tests/quotes/news-dev/, each on sentences written
// for this file (not those articles'): a trade's role noun (`trainer`) with a place before it that
// the person was never given, and an organisation named after a noun for its kind with a relative
// clause after it (also headline style, with no article, and a name with `of the` inside); and, from
// a sample of the news corpus (seed 1218), a body's `Staff` inside an appositive, a bare quote
// paragraph after a speaker whose sentence talks about someone after a preposition, and a day or a
// month glued to the name after it (`On Friday Mr Shultz told`); and the older miss of article 12,
// an adverb alone quoted from an unnamed spokeswoman; after held-out 45-47 were scored, a league
// whose name goes on with a preposition and a spokeswoman for it.
// The rules are general: none names a person, a word of a quote or an article.

const FILES = {
  'greyhound.txt': article(
    'Outsider wins greyhound Derby',
    'A greyhound priced at 25-1 has won the English Greyhound Derby at Wimbledon.',
    'Moyne Flyer\'s trainer, Seamus Dolan, said the dog had come out of the final "as fresh as a daisy".',
    '"He was eating his tea an hour after the race and he wanted to go for a walk," the County Clare trainer added.',
    'His promoter, Gary Rusk, said the boxer was "ready to go again".',
    '"We will be back in the ring by the autumn," the Essex promoter said.',
  ),
  'whaling.txt': article(
    'Whaling talks end in deadlock',
    'Talks on commercial whaling ended without agreement in Ulsan on Friday.',
    'The conservation group Whale Watch, which has observers at the talks, said the outcome was "a narrow escape".',
    'The marine charity Sea Shepherd Trust, which runs patrols off Japan, said: "The whales have been spared for another year."',
    'Campaign group Ocean Voice said the talks had been "a shambles from start to finish".',
    'The environmental group Friends of the Sea, which lobbied every delegation, said the vote was "too close for comfort".',
  ),
  'alert.txt': article(
    'Army put on alert',
    'Troops were put on alert after warships sailed towards the disputed islands.',
    '"Every unit is ready to move within the hour," Osman Kaya, chief of the Turkish General Staff, told a news conference.',
  ),
  'tokyo.txt': article(
    'Minister hopes trip will ease trade row',
    'Corporate Affairs Minister Peter Lomax flies to Tokyo tomorrow for talks on the telecoms market.',
    'Asked whether the letter from Kenzo Hata was a rejection, Mr Lomax said "I do not read it as a rejection at all."',
    '"I shall be asking them exactly what they mean by it."',
  ),
  'royalties.txt': article(
    'Musicians demand bigger share of download sales',
    'Session musicians say they see almost nothing from songs sold online.',
    'A spokesman for one of the big four record labels said the industry paid performers "generously" for their work.',
    'Another label said it had always treated artists "properly" in such deals.',
  ),
  'badgers.txt': article(
    'Campaigners to fight badger cull in court',
    'Ministers have approved a trial cull of badgers in two counties.',
    'The League Against Blood Sports, which has opposed culls for 20 years, said it would seek a judicial review.',
    '"We will fight this in every court in the land," a spokeswoman for the league said.',
  ),
  'ban.txt': article(
    'Minister pledges end to arms sales',
    'Ministers have come under pressure over exports to the region.',
    'On Friday Mr Shultz told reporters: "There will be no more sales while I am in this job."',
    'In January Foreign Secretary Jack Straw told MPs there would be "no exceptions, whoever the buyer".',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a trade’s role noun with a place before it', () => {
  // `the County Clare trainer` after `Moyne Flyer's trainer, Seamus Dolan, said …`: `trainer` (and
  // `promoter`) are role nouns as `jockey` and `coach` are, so the description is one; the county
  // is a word the trainer was never given, so it goes to the one person named in the sentence
  // before (the dog, a possessor, is nobody who speaks).
  it('is the person named just before in that role', () => {
    expect(quoted('He was eating his tea')?.speaker).toBe('Seamus Dolan');
    expect(quoted('We will be back in the ring')?.speaker).toBe('Gary Rusk');
  });
});

describe('an organisation named after a noun for its kind', () => {
  // `The conservation group Whale Watch, which …, said the outcome was "…"`: the name after the kind
  // noun is the organisation, also with a clause set off after it (before, the partial quote had no
  // speaker and was taken for a scare quote).
  it('speaks across a relative clause', () => {
    expect(quoted('a narrow escape')?.speaker).toBe('Whale Watch');
    expect(quoted('The whales have been spared')?.speaker).toBe('Sea Shepherd Trust');
  });
  // `Campaign group Ocean Voice said`: headline style drops the article when the phrase opens the sentence.
  it('speaks with no article before the kind noun', () => {
    expect(quoted('a shambles from start')?.speaker).toBe('Ocean Voice');
  });
  // `Friends of the Sea`: `of the` inside the name keeps it whole.
  it('keeps `of the` inside its name', () => {
    expect(quoted('too close for comfort')?.speaker).toBe('Friends of the Sea');
  });
});

describe('a body’s staff inside an appositive', () => {
  // `Osman Kaya, chief of the Turkish General Staff, told`: `Staff` is a body's word, so `General
  // Staff` is no person (with `General` as his title) standing in the appositive.
  it('leaves the name before the appositive the speaker', () => {
    expect(quoted('Every unit is ready')?.speaker).toBe('Osman Kaya');
  });
});

describe('a bare quote paragraph after a speaker who talks about someone', () => {
  // `Asked whether the letter from Kenzo Hata was a rejection, Mr Lomax said "…"` then a bare quote
  // paragraph: a person after a preposition is talked about and takes no turn, so it carries on.
  it('carries on from the speaker', () => {
    expect(quoted('I do not read it')?.speaker).toBe('Peter Lomax');
    expect(quoted('I shall be asking them')?.speaker).toBe('Peter Lomax');
  });
});

describe('a day or a month glued to the name after it', () => {
  // `On Friday Mr Shultz told`, `In January Foreign Secretary Jack Straw told`: the day or month
  // ends the time phrase; the name after it is the sentence's subject, not the object of `On`.
  it('is no part of the name', () => {
    expect(quoted('There will be no more sales')?.speaker).toBe('Shultz');
    expect(quoted('no exceptions, whoever')?.speaker).toBe('Jack Straw');
  });
});

describe('an adverb quoted alone in a reported clause', () => {
  // `A spokesman for one of the … labels said the industry paid performers "generously" for …`: one
  // adverb after the reported clause's verb is how the speaker put it (scare quotes mark terms, nouns),
  // so it is a quote even when its speaker is not named (and then nobody's).
  it('is a partial quote of the speaker, named or not', () => {
    expect(quoted('generously')?.speaker).toBeNull();
    expect(quoted('properly')?.speaker).toBeNull();
  });
});

describe('a league named with a preposition inside its name', () => {
  // Written after held-out 45-47 were scored (`a spokeswoman for the league` for the League Against
  // Cruel Sports). `The League Against Blood Sports, which …, said`: no person's name opens with a
  // preposition, so the run is the body's, not a person `Against Blood Sports` with `League` for a
  // role; and `league` is a noun for a kind of organisation, so `a spokeswoman for the league` speaks
  // for the one organisation just before whose name holds it.
  it('speaks, and a spokeswoman for the league speaks for it', () => {
    expect(quoted('We will fight this')?.speaker).toBe('League Against Blood Sports');
  });
});
