import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed sample (j) of 2026-12-07 and the quotes behind it (round qecb2):
// 1. ECB+ writes a sentence a line, so a story about one person carries its `she` past the
//    two-paragraph window: when nobody who fits is named there and no one else speaks there, the
//    pronoun is the person every `she` of the story so far stood for;
// 2. the one full name of a lone `Page` may be written with a middle name or inside a work's title
//    (`Bettie Page`, `Bettie Mae Page`, `The Notorious Bettie Page`): it is still one person, and across
//    the corpus `Bettie Mae Page` is the `Bettie Page` of other articles.
// Real sentences of the corpora (stories named), the articles shortened.

const FILES = {
  // 4_2ecb: `Ms Page` and her `she` over the lines; her agent Mark Roesler speaks in between.
  'page-dies.txt': article(
    'Bettie Page Dies',
    'Bettie Page, the raven-haired pin-up whose naughty-but-nice romps with whips, garters and high heels titillated a generation of young men in the post-war years, has died at the age of 85 after suffering a heart attack earlier this month and slipping into a coma.',
    'Ms Page disappeared for decades at the end of the Fifties, suffering serial broken marriages and devoting herself to Christianity.',
    'Even in her twilight years she suffered bouts of depression and ill health but was rediscovered in the late nineteen eighties.',
    'She would occasionally make public appearances to sign photographs of herself as popular interest in her suddenly took off again.',
    'To her astonishment, Ms Page has recently attained cult status.',
    'Madonna, Uma Thurman and Demi Moore are among contemporary stars who have at some time adopted Bettie Page poses, while in 2006 a movie, The Notorious Bettie Page, featured Gretchen Mol in the title role.',
    'Ms Page had been admitted to hospital originally for treatment for pneumonia and was set to be released and sent home on 2 December when she suffered her heart attack.',
    'A representative said she never recovered consciousness and died late on Thursday.',
    '"She captured the imagination of a generation of men and women with her free spirit and unabashed sensuality," her agent, Mark Roesler, said yesterday.',
    '"She is the embodiment of beauty."',
    'Even though she conceded to the occasional public event, she never agreed to having her photograph taken again.',
    '"I don\'t want to be photographed in my old age," she said in 1998.',
  ),
  // general/03682 (Reuters): `he said` after lines where an unnamed official speaks is not the
  // defendant's, whom the story's earlier `he` stood for.
  'sec.txt': article(
    'Merrill Lynch U.K. Executive Charged by SEC',
    "Nahum Vaskevitch, the managing director of the Mergers and Aquisitions Department of the broker's London office, was charged in a civil complaint by the SEC filed in Manhattan Federal Court.",
    'The scheme, which covered a two year period, allegedly involved Vaskevitch leaking information to Sofar about looming takeovers and mergers, some of which he worked on, according to the complaint.',
    "An SEC official in Washington said the Vaskevitch case is unrelated to the agency's widening investigation into Wall Street's insider trading scandal involving Ivan Boesky and Dennis Levine.",
    "Vaskevitch is living in England and Sofar's whereabouts are unknown, he said.",
    '"We can\'t force them to come back," the official said.',
    'The agency is moving to seize all U.S. assets of both men, which they could forfeit if they do not contest the case, the SEC official said.',
    'Although the SEC recently signed an accord with Britain aimed at improving cooperation between the two countries in investigating securities law violations, the SEC official said it did not need to rely on U.K. authorities in this case.',
    '"We were able to make our case against them here," he said.',
  ),
  // 4_1ecb: `Bettie Page` and `Bettie Mae Page` in one article, then `Page` and her `she`.
  'page-model.txt': article(
    'Pin-up Model Dies',
    'Bettie Page, the pin-up model whose seductive photographs in magazines titillated and outraged Americans in the 1950s, has died, her agent said.',
    'Page later said she was puzzled by her effect on pop culture.',
    '"I have no idea why I\'m the only model who has had so much fame so long after quitting work," she told the Los Angeles Times in 2006.',
    'Born in 1923 in Nashville, Tennessee, Bettie Mae Page was one of six children from an impoverished family.',
    'Filmmaker and aviator Howard Hughes also doggedly pursued Page but she rebuffed him as well.',
    '"I never returned any of his calls," she once said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);
const { speaker } = speakersOf(library);

describe("a story's `she` past the two-paragraph window", () => {
  it('is the person every `she` of the story stood for when nobody who fits is named in the window', () => {
    expect(quoted("I don't want to be photographed")).toMatchObject({ speaker: 'Bettie Page' });
  });
  it('is nobody when someone unnamed speaks in the window (`the SEC official said`)', () => {
    expect(quoted('We were able to make our case')?.speaker ?? null).toBeNull();
  });
});

describe('one full name written with a middle name or inside a work', () => {
  it("makes `Ms Page` Bettie Page's though the article also names the film `The Notorious Bettie Page`", () => {
    expect(speaker('Bettie Page')?.aliases).toContain('Ms Page');
  });
  it("makes `Page` and her `she` Bettie Page's beside `Bettie Mae Page`, one speaker across articles", () => {
    expect(quoted('I never returned any of his calls')).toMatchObject({ speaker: 'Bettie Page' });
    expect(speaker('Bettie Page')?.aliases).toContain('Bettie Mae Page');
    expect(speaker('Bettie Mae Page')).toBeUndefined();
  });
});
