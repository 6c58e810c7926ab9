import { afterAll, describe, expect, it } from 'vitest';
import { openWordNet } from '../../src/nlp/wordnet.ts';

const wn = openWordNet();
afterAll(() => wn.close());

describe('wordnet', () => {
  it('gives the other lemmas of the first two senses as synonyms, most frequent sense first', () => {
    expect(wn.related('price', 'n').synonyms).toEqual(['cost', 'terms', 'damage']);
    expect(wn.related('resign', 'v').synonyms).toEqual(['vacate', 'renounce', 'quit']);
    expect(wn.related('quit', 'v').synonyms).toEqual(['discontinue', 'stop', 'cease', 'resign']);
  });

  it('skips multi-word lemmas, so a word whose synsets hold only phrases has no synonyms', () => {
    // WordNet's one jail synset does not hold prison; prison's only other lemma is prison_house.
    expect(wn.related('jail', 'n').synonyms).toEqual(['jailhouse', 'gaol', 'clink', 'slammer', 'poky', 'pokey']);
    expect(wn.related('prison', 'n')).toEqual({ synonyms: [], derived: [] });
  });

  it('follows derivation pointers only from the looked-up word of the synset', () => {
    expect(wn.related('resign', 'v').derived).toEqual(['resignation']);
    expect(wn.related('speak', 'v').derived).toEqual(['speech', 'speaker', 'speaking']);
    // respond shares its synsets with react and answer: their reaction/answer links are not respond's.
    // WordNet has no respond → response link at all; a stemmer has to bridge that pair.
    expect(wn.related('respond', 'v')).toEqual({
      synonyms: ['react', 'answer', 'reply'],
      derived: ['responsive', 'respondent', 'responder'],
    });
  });

  it('gives the single-word lemmas one step broader (hypernyms) than the first two senses, apart from related()', () => {
    // tremor: 1 shudder (a vibration, quiver), 2 earth tremor (an earthquake); gun: a weapon.
    expect(wn.broader('tremor', 'n')).toEqual([
      'vibration',
      'quiver',
      'quivering',
      'earthquake',
      'quake',
      'temblor',
      'seism',
    ]);
    expect(wn.broader('gun', 'n')).toEqual(['weapon', 'arm', 'armament']);
    // drop (v): 1 let fall (move, displace), 2 fall vertically (descend, fall).
    expect(wn.broader('drop', 'v')).toEqual(['move', 'displace', 'descend', 'fall']);
    expect(wn.related('drop', 'v')).toEqual({ synonyms: [], derived: [] });
    // jail and prison are siblings (both a correctional institution), not one above the other.
    expect(wn.broader('prison', 'n')).toEqual(['situation']);
    expect(wn.broader('nosuchword', 'n')).toEqual([]);
  });

  it('gives the single-word lemmas one step narrower (hyponyms) than the first two senses, kinds and not named instances', () => {
    // hurt (v): 1 feel pain (throb, itch, and `shoot`, as a pain does), 2 give pain or injury (injure, wound).
    expect(wn.narrower('hurt', 'v')).toEqual([
      'bite',
      'sting',
      'burn',
      'itch',
      'hunger',
      'thirst',
      'throb',
      'shoot',
      'injure',
      'wound',
      'trouble',
      'ail',
      'pain',
    ]);
    // author: the kinds of writer (novelist, poet, playwright), never a writer by name.
    const author = wn.narrower('author', 'n');
    expect(author).toEqual(expect.arrayContaining(['novelist', 'poet', 'playwright', 'biographer']));
    expect(author).not.toContain('hughes');
    expect(author).not.toContain('pound');
    expect(wn.narrower('nosuchword', 'n')).toEqual([]);
  });

  it('limits the senses used per part of speech', () => {
    const one = openWordNet({ senses: 1 });
    expect(one.related('price', 'n')).toEqual({ synonyms: ['cost'], derived: [] });
    one.close();
    expect(wn.related('price', 'n').derived).toEqual(['pricy', 'pricey']);
  });

  it('uses nouns, verbs, adjectives and adverbs, in that order, when no part of speech is given', () => {
    expect(wn.related('cost')).toEqual({ synonyms: ['price', 'be'], derived: ['costly'] });
    expect(wn.related('ban')).toEqual({ synonyms: ['prohibition', 'proscription', 'censor'], derived: [] });
  });

  it('normalises case and spaces, and strips the adjective markers of the data files', () => {
    expect(wn.related('Price', 'n')).toEqual(wn.related('price', 'n'));
    expect(wn.related('prison house', 'n').synonyms).toEqual(['prison']);
    // data.adj writes "aghast(p)": (p) marks a predicate-only adjective.
    expect(wn.related('appalled', 'a').synonyms).toContain('aghast');
  });

  it('gives empty lists for a word WordNet does not know', () => {
    expect(wn.related('xyzzyq')).toEqual({ synonyms: [], derived: [] });
    expect(wn.related('')).toEqual({ synonyms: [], derived: [] });
    expect(wn.related('price', 'r')).toEqual({ synonyms: [], derived: [] });
  });

  it('finds the first and the last lemma of an index file (the edges of the binary search)', () => {
    expect(wn.related('.22-caliber', 'a').synonyms).toEqual(['.22-calibre']);
    expect(wn.related('zymotic', 'a')).toEqual({ synonyms: ['zymolytic'], derived: ['zymosis'] });
    expect(wn.related('aah', 'v').synonyms).toEqual(['ooh']);
    expect(wn.related("'tween", 'r').synonyms).toEqual(['between']);
    expect(wn.related('zyrian', 'n').synonyms).toEqual(['komi']);
  });

  it('caches results and reopens its files after close()', () => {
    const own = openWordNet();
    const first = own.related('help', 'v');
    expect(own.related('help', 'v')).toBe(first);
    own.close();
    expect(own.related('assist', 'v').synonyms).toContain('help');
    own.close();
  });
});
