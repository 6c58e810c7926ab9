import { describe, expect, it } from 'vitest';
import { useLibrary } from '../helpers/tempCorpus.ts';

// Classes of wire-copy quotes that named their speaker plainly but were left unattributed, found in
// random samples of the Reuters news development corpus (tests/quotes/reuters-sample-2026-12-06c.md).
// One spec per class, on the corpus's own sentences (the articles cut to the paragraphs that matter).
const article = (title: string, ...paragraphs: string[]): string => [title, '', ...paragraphs].join('\n');

const FILES = {
  // general/03987
  'inco.txt': article(
    'Inco N Sees No Major Impact From Dow Removal',
    "Inco Ltd said it did not expect its earlier reported removal from the Dow Jones industrial index to make a major impact on the company's stock.",
    '"We don\'t think that individuals or institutions buy our shares because we were one of the Dow Jones industrials," spokesman Ken Cherney said in reply to a query.',
    'Inco closed 1-3/8 lower at 19-3/8 in second most active trading on the Toronto Stock Exchange.',
    'Cherney, asked about the stock price slide, said: "I don\'t think we can speculate. It appears to be a reaction but we have no control over the content of the Dow Jones."',
  ),
  // general/01895
  'reagan.txt': article(
    'Reagan Admits Iran Arms Operation a Mistake',
    'President Reagan, fighting to regain public confidence in the wake of the Iran arms scandal, admitted tonight that the clandestine operation wound up as an arms-for-hostages deal and, "It was a mistake."',
    '"When it came to managing the NSC (National Security Council) staff, let\'s face it, my style didn\'t match its previous track record," Reagan said in a television address to the American people.',
  ),
  // trade/06716
  'denman.txt': article(
    'EC Warns Congress on New Trade Bill',
    'The warning was sent in a letter from Sir Roy Denman, head of the EC delegation in Washington, to Dan Rostenkowski, chairman of the House Ways and Means Committee.',
    'Denman told Rostenkowski that GATT regulations prohibit member nations from taking unilateral retaliatory action in trade disputes unless the action is GATT-approved.',
    'Denman added that a president should have flexibility in enforcing trade laws, saying "in the last resort, any administration must take its decision in light of the overall national interest."',
    'Otherwise, he said, "the risk would be counter-reaction by trading partners of the United States, i.e., retaliation or enactment of mirror image legislation to be employed against imports from the United States."',
  ),
  // money-fx/09689
  'baker.txt': article(
    'Baker Says He Stands by Paris Currency Agreement',
    'Treasury Secretary James Baker said he stood by the Paris agreement among leading industrial nations to foster exchange rate stability around current levels.',
    'He refused to comment directly on the current yen/dollar rate but said flatly that foreign exchange markets recently tended "to draw unwarranted inferences from what I say."',
  ),
  // acq/04665
  'fairchild.txt': article(
    'Japan Rejects U.S. Objections to Fairchild Sale',
    'A Foreign Ministry official dismissed arguments made by senior U.S. Government officials seeking to block the sale of a U.S. Microchip maker to a Japanese firm.',
    '"They appear to be linking completely unrelated issues," Shuichi Takemoto of the Foreign Ministry\'s North American Division told Reuters.',
    'Takemoto also dismissed U.S. Fears that the proposed takeover would violate U.S. Antitrust law, saying "the purchase would not result in Fujitsu monopolising the U.S. Semiconductor market."',
  ),
  // earn/06215
  'heinz.txt': article(
    'H.J. Heinz Hnz Poised for Record Year',
    'H.J. Heinz Co is "within sight of our 22nd consecutive year of new records in financial growth" for the fiscal year ending April 30, Chairman and Chief Executive Officer Anthony O\'Reilly told investment analysts.',
  ),
  // dlr/12136
  'intervention.txt': article(
    'Currency Intervention Timing Crucial - Analysts',
    '"They\'ve lost their credibility. The market feels it can take on the central banks and win," said Michael Snow, head of treasury operations at Union Bank of Switzerland in New York.',
    'Snow said purchases on that scale now are unlikely. "I don\'t think anybody has the stomach for it, because they saw the futility of it in the seventies."',
  ),
  // general/06112
  'playboy.txt': article(
    'Playboy Pla Has No Restructuring Plans',
    'American Securities analyst David Leibowitz believes "anyone who bought in thinking takeover or lbo (leveraged buyout) is likely to be disappointed because the chances are nil." Management has repeatedly stated it will not take the company private, he said.',
  ),
  // general/01408
  'gm.txt': article(
    'GM Buyback Plan Surprises Analysts',
    '"He (Perot) was obviously the big trigger" said analyst Joseph Phillippi of E.F. Hutton Co. "There was a firestorm of criticism from people on the institutional side."',
    '"Obviously we\'re going to get at least an opening gap in the stock tomorrow," Hutton\'s Phillippi said.',
    'He says GM apparently believes as a result of a cost reduction program plus the falloff in capital spending levels "they can handle a stock buyback of this magnitude within the confines of their cash flow."',
  ),
  // acq/06473
  'allegheny.txt': article(
    "SEC Moves to Discipline Allegheny Int'l AG",
    'The Securities and Exchange Commission (SEC) staff is seeking authority to take enforcement action against Allegheny International Inc, the Pittsburgh-based industrial and consumer products firm said.',
    '"The company is cooperating in the commission\'s investigation which is continuing and now includes the taking of testimony of employes and others," Allegheny said.',
  ),
  // acq/15239
  'ual.txt': article(
    'UAL UAL May Respond to Pilots Today',
    'UAL Inc may have a response this afternoon to the pilots union proposal to buy its United Airlines unit, a UAL spokesman said.',
    '"Obviously, we have a lot of movement in our stock, and we need to get a clarification out," the spokesman said, adding that there was a "50-50" chance a statement would be released today.',
  ),
  // general/05200: an unnamed dealer stays nobody's.
  'vw.txt': article(
    'VW Currency Losses',
    "Being one of Germany's most diversified multi-nationals, VW has exposure in a large number of currencies and dealt in these with most banks in Frankfurt, currency sources said.",
    '"They (VW) are always in the market, more or less trading as a bank," one senior dealer said.',
  ),
};

const library = useLibrary(FILES);
const quoteOf = (start: string) =>
  library()
    .quotes.all()
    .find((q) => q.kind === 'direct' && q.text.startsWith(start));
const speakerOf = (start: string): string | null | undefined => quoteOf(start)?.speaker;

describe('wire copy: a speaker named plainly is found', () => {
  it('past a participle clause between the name and the verb (`Cherney, asked about …, said:`)', () => {
    expect(speakerOf("I don't think we can speculate")).toBe('Ken Cherney');
    expect(speakerOf('It was a mistake.')).toBe('Reagan');
  });

  it('as the subject of the sentence for a participle or a second verb (`…, saying "…"`, `… but said flatly that …`)', () => {
    expect(speakerOf('in the last resort')).toBe('Roy Denman');
    expect(speakerOf('the purchase would not result')).toBe('Shuichi Takemoto');
    expect(speakerOf('to draw unwarranted inferences')).toBe('James Baker');
  });

  // `a president should have flexibility` is nobody in particular: it does not stand between `he` and Denman.
  it('through `he` past a generic `a president` who says nothing', () => {
    expect(speakerOf('the risk would be counter-reaction')).toBe('Roy Denman');
  });

  it('named with the division he works for (`Shuichi Takemoto of the Foreign Ministry’s North American Division told`)', () => {
    expect(speakerOf('They appear to be linking')).toBe('Shuichi Takemoto');
  });

  it('by the attribution that ends the sentence of a partial quote (`…, Chairman … Anthony O’Reilly told investment analysts.`)', () => {
    expect(speakerOf('within sight of our 22nd')).toBe("Anthony O'Reilly");
  });

  it('after the sentence just before reports the same person (`Snow said … are unlikely. "…"`)', () => {
    expect(speakerOf("I don't think anybody has the stomach")).toBe('Michael Snow');
  });

  it('`X believes "…"`; a belief of a firm (`GM apparently believes`) is the speaker’s who reports it', () => {
    expect(speakerOf('anyone who bought in thinking')).toBe('David Leibowitz');
    expect(speakerOf('they can handle a stock buyback')).toBe('Joseph Phillippi');
  });
});

describe('wire copy: organisations speak', () => {
  it('a firm by the first word of the name the article gives it in full (`Allegheny said`)', () => {
    expect(speakerOf('The company is cooperating')).toBe('Allegheny');
  });

  it('`…, a UAL spokesman said.` ending a sentence, then `the spokesman said`', () => {
    expect(quoteOf('Obviously, we have a lot of movement')).toMatchObject({ speaker: 'UAL', role: 'spokesman' });
  });

  it('an unnamed dealer stays nobody’s', () => {
    expect(speakerOf('They (VW) are always in the market')).toBeNull();
  });
});
