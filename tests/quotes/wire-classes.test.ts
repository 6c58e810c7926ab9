import { describe, expect, it } from 'vitest';
import { cleanDescription, ownRun } from '../../src/quotes/speakers.ts';
import { article, useLibrary } from '../helpers/tempCorpus.ts';

// Classes of wire-copy quotes that named their speaker plainly but were left unattributed, found in
// random samples of the Reuters news development corpus (tests/quotes/reuters-sample-2026-12-06b.md).
// One spec per class, on the corpus's own sentences (the articles cut to the paragraphs that matter).

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
  // money-fx/10622
  'fecs.txt': article(
    'China Postpones Plan to Scrap Parallel Currency',
    "Chinese Vice-Premier Tian Jiyun said plans to scrap the country's parallel currency, Foreign Exchange Certificates (FECs), had been postponed due to objections from foreign businessmen and others.",
    'Asked about the current state of plans to abolish the FECs, Tian said: "We have decided to postpone the question. As to whether it will be done in the future, it will be done according to the evolution of the situation."',
  ),
  // general/08242
  'macao.txt': article(
    'Macao Pact Details Released After Thursday Signing',
    "Details of today's agreement to hand over Portuguese-ruled Macao to China will be released after the official signing in Peking on Thursday, Portuguese Ambassador to Peking Octavio Valerio said.",
    'Valerio earlier told reporters that the tiny territory would be returned to Chinese rule on December 20, 1999, but gave no further details.',
    '"We are very happy with the results," Valerio said after four days of negotiations in the Chinese capital.',
  ),
  // general/08896
  'att.txt': article(
    'ATT Sees Computer Unit Profit',
    'Cassoni said the Data Systems division is unprofitable and that it will take "a couple of years" for the division to meet its goal of making a "substantial contribution to ATT\'s earnings stream."',
    '"It is a very significant step to foster our efforts in the computer business," said Vittorio Cassoni, senior vice president of the Data Systems division.',
  ),
  // gnp/17372
  'sri-lanka.txt': article(
    'Sri Lankan Minister Sees Slowest Growth in Decade',
    "Civil strife in Sri Lanka will make the economy's growth rate in 1987 its slowest in a decade, Sri Lankan finance minister Ronnie de Mel said here.",
    '"We also plan to ask the International Monetary Fund for another 200 mln dlrs through a structural adjustment facility and a compensatory financing facility to balance our export revenue cuts," de Mel said.',
  ),
  // general/09370
  'drexel.txt': article(
    'Drexel Denies Credit Rumours',
    'In response to questions, a Drexel spokesman said, "Any questions raised about our credit conditions are ridiculous as those few competitors who have instituted restrictions for whatever their motives well know."',
  ),
  // money-fx/21277
  'louvre.txt': article(
    'Markets Shrug Off Baker Remarks',
    '"The foreign exchange market has been told by Baker that he\'s going to hammer Germany ... He has just declared all bets are off in terms of currency cooperation," Chris Johns, currency analyst at UBS-Phillips and Drew in London said.',
    'But a Bank of Japan official took a much more sanguine view, telling Reuters that "the exchange market is apparently reacting too much, and anyone who sold the dollar on the Baker comment will regret it later on."',
  ),
  // sugar/09069
  'usda.txt': article(
    'USDA Sees No Change in Sugar Quota',
    '"As far as I know, changing the quota volume or the quota period is not under consideration," a USDA official said.',
  ),
  // trade/11198: `economists` after a name and a comma speak themselves.
  'ec-trade.txt': article(
    'EC Unlikely to Join U.S. in Japan Trade Row',
    'The European Community ran a 18.2 billion dlr trade deficit with Japan last year, and seeks redress when it feels Japanese trade policy hurts Europeans, diplomats and economists said.',
    '"The EC is no more illiberal on trade issues than is the U.S.," said Martin Wolf, director of studies at the Trade Policy Research Centre in London. "Basically, their policies are pretty much the same."',
    'Basically, Europeans have a different approach to trade problems, he said.',
    '"In the U.S., People talk about fair trade, but not here," he added.',
  ),
  // grain/03847, general/07033: `Dole` and `Fell` are read as verbs at a sentence's start.
  'dole.txt': article(
    'Dole Says 0/92 Option Should Be Considered',
    'U.S. Senate Republican leader Robert Dole said Congress should consider legislation to apply the so-called 0/92 option to producers of major commodities.',
    'Dole told the National Corn Growers Association that he thought the proposal, supported by the Reagan administration, "should be seriously considered" because a refusal to do so could "play into the hands of those who want mandatory controls" placed on production.',
  ),
  'fell.txt': article(
    'Hong Kong Reviews Banking Structure, Capital Ratio',
    'The Banking Commission is reviewing the present three-tier banking system and its newly established capital adequacy ratio, banking commissioner Robert Fell said.',
    '"We welcome international standards," Fell said. "It means a level playing field for all."',
  ),
  // general/13068: `one analyst` is nobody named, not a description of the person named before.
  'revlon.txt': article(
    'Revlon Buyout Bid Seen Low',
    'Revlon Group Inc is the target of a buyout offer that analyst David Saks of Morgan, Olmstead, Kennedy and Gardner called too low.',
    'Analysts said Revlon\'s cosmetics lines and name might be attractive to a corporate buyer, but they doubt one would jump into the situation one analyst described as a "can of worms, really, for anyone."',
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

describe('wire copy: names', () => {
  it('a hyphenated title is no part of the name (`Chinese Vice-Premier Tian Jiyun`, then `Tian said:`)', () => {
    expect(speakerOf('We have decided to postpone')).toBe('Tian Jiyun');
  });

  it('a post `to` a place before the name (`Portuguese Ambassador to Peking Octavio Valerio`), then every `Valerio said`', () => {
    expect(speakerOf('We are very happy with the results')).toBe('Octavio Valerio');
  });

  it('a name that opens with a particle in lower case (`de Mel said`)', () => {
    expect(speakerOf('We also plan to ask')).toBe('Ronnie de Mel');
  });

  it('a surname read as a verb before a speech verb (`Dole told`, `Fell said`)', () => {
    expect(speakerOf('should be seriously considered')).toBe('Robert Dole');
    expect(speakerOf('It means a level playing field')).toBe('Robert Fell');
  });

  it('a second partial quote of a sentence is the first one’s speaker’s', () => {
    expect(speakerOf('substantial contribution')).toBe('Vittorio Cassoni');
  });

  it('an appositive the verb closes (`Chris Johns, currency analyst at … in London said`), never a plural (`Europeans, diplomats and economists said`)', () => {
    expect(quoteOf('The foreign exchange market has been told')).toMatchObject({
      speaker: 'Chris Johns',
      role: 'currency analyst at UBS-Phillips and Drew in London',
    });
    expect(speakerOf('In the U.S., People talk')).toBe('Martin Wolf');
  });
});

describe('wire copy: organisations speak', () => {
  it('through a spokesman or an official named by the employer alone (`a Drexel spokesman`, `a USDA official`, `a Bank of Japan official …, telling Reuters that`)', () => {
    expect(quoteOf('Any questions raised about our credit')).toMatchObject({ speaker: 'Drexel', role: 'spokesman' });
    expect(quoteOf('As far as I know, changing the quota')).toMatchObject({ speaker: 'USDA', role: 'official' });
    expect(speakerOf('the exchange market is apparently reacting')).toBe('Bank of Japan');
  });

  it('a firm by the first word of the name the article gives it in full (`Allegheny said`)', () => {
    expect(speakerOf('The company is cooperating')).toBe('Allegheny');
  });

  it('`…, a UAL spokesman said.` ending a sentence, then `the spokesman said`', () => {
    expect(quoteOf('Obviously, we have a lot of movement')).toMatchObject({ speaker: 'UAL', role: 'spokesman' });
  });

  it('an unnamed analyst (`the situation one analyst described as`) is not the analyst named before', () => {
    expect(speakerOf('can of worms')).toBeNull();
  });

  it('an unnamed dealer stays nobody’s', () => {
    expect(speakerOf('They (VW) are always in the market')).toBeNull();
  });
});

describe('wire copy: roles', () => {
  it('are never a place alone, an initial of the name or a ticker after the firm', () => {
    expect(cleanDescription('Paris')).toBeNull();
    expect(cleanDescription('Thailand')).toBeNull();
    expect(cleanDescription('president M.')).toBe('president');
    expect(cleanDescription('chairman of giant Dow Chemical Co DOW')).toBe('chairman of giant Dow Chemical Co');
    expect(cleanDescription('currency analyst at UBS-Phillips and')).toBeNull();
    expect(cleanDescription('chairman of Crown Central Petroleum CNP')).toBe('chairman of Crown Central Petroleum');
    expect(cleanDescription('oil minister Sheikh')).toBe('oil minister');
    expect(cleanDescription('Secretary of State')).toBe('Secretary of State');
  });
});

describe('wire copy: names as written', () => {
  // A speaker's aliases (and so lookups) never carry the other person of `X and Y`.
  it('leave out another person named before `and`, not a title joined by `and`', () => {
    expect(ownRun('Treasury Secretary James Baker and Federal Reserve Chairman Paul Volcker')).toBe(
      'Federal Reserve Chairman Paul Volcker',
    );
    expect(ownRun('Ongpin and Central Bank Governor Jose Fernandez')).toBe('Central Bank Governor Jose Fernandez');
    expect(ownRun("Chairman and Chief Executive Officer Anthony O'Reilly")).toBe(
      "Chairman and Chief Executive Officer Anthony O'Reilly",
    );
  });
});
