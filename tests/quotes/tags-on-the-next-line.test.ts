import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// ECB+ writes a sentence a line, and its splitter sometimes breaks a sentence before its tag (ECB+
// sample (m) #10 and #27: tests/quotes/ecbplus-unattributed-2026-12-07m.md): a quote that opens and
// closes its line, its tag alone on the next (`Roesler said.`), or a tag broken after a title's full
// stop (`Vancouver police Const.` / `Tim Fanning told a news conference.`). Real sentences of ECB+,
// shortened; the rule is general: none names a person, a word of a quote or a story.

const FILES = {
  // 4_6ecb
  'roesler.txt': article(
    'Bettie Page dies',
    'Bettie Page, the pin-up queen, died Thursday, her agent Mark Roesler said.',
    'Her images continued to be used around the world to market action figures and clothing lines.',
    '"Her popularity as an underground, guilty pleasures phenomenon has continued to soar."',
    'Roesler said.',
  ),
  // 18_9ecb
  'pearce.txt': article(
    'Office shooting',
    'Lorin Pearce, an executive assistant at Focus Audio Visual Services, said she saw a police officer with a gun.',
    "She didn't know the focus of the police attention, but said the corner is home to several businesses.",
    'When some employees tried to leave, they were told by police to stay inside the office, she said around 5:30 p.m.',
    '"A couple of us tried to exit and they said, \'Please go back inside,\'"',
    'Pearce said, adding she was not afraid for her own safety.',
  ),
  // 18_14ecb
  'fanning.txt': article(
    'Vancouver shooting',
    'Vancouver police have arrested a 61-year-old former employee after the shooting.',
    '"A man who apparently had just been let go from his job there came in, shot and killed another man," Vancouver police Const.',
    'Tim Fanning told a news conference.',
  ),
  // 13_3ecb
  'kroon.txt': article(
    'Church fire',
    "Sarah Palin's church was badly damaged by an arson fire.",
    '"We have no idea what caused it," the Rev.',
    'Larry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson.',
  ),
  // guards: the next line is a statement of its own (18_14ecb), or the quote does not open its line
  'guards.txt': article(
    'Guards',
    'Tim Fanning arrived at the scene within minutes.',
    '"There was at least a dozen other people on the scene."',
    'Fanning said no one else was injured.',
    'The witness described the scene as "chaos from the start to the finish."',
    'Fanning said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a tag on the line after the quote's", () => {
  it('`"…"` / `Roesler said.`: the name and the verb alone on the next line', () => {
    expect(quoted('Her popularity as an underground')?.speaker).toBe('Mark Roesler');
  });
  it("`\"…'Please go back inside,'\"` / `Pearce said, adding …`: a participle after the verb's comma", () => {
    expect(quoted('A couple of us tried to exit')?.speaker).toBe('Lorin Pearce');
  });
  it('`"…," Vancouver police Const.` / `Tim Fanning told a news conference.`: a tag broken after a title', () => {
    expect(quoted('A man who apparently had just been let go')?.speaker).toBe('Tim Fanning');
  });
  it('`"…," the Rev.` / `Larry Kroon of … said Saturday, adding …`', () => {
    expect(quoted('We have no idea what caused it')?.speaker).toBe('Larry Kroon');
  });
});

describe('not a statement of its own, nor after a quote inside its sentence', () => {
  it('`Fanning said no one else was injured.` reports a clause: no tag of the quote before', () => {
    expect(quoted('There was at least a dozen other people')?.speaker).toBeNull();
  });
  it('`The witness described the scene as "chaos from the start to the finish."` / `Fanning said.`: the quote does not open its line', () => {
    expect(quoted('chaos from the start')?.speaker).toBeNull();
  });
});
