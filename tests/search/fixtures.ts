/** Small fixed corpora for ranking tests: every sentence is there for a reason named beside it. */
export const TALKS = {
  // Paragraph 1: the answer to "who met the delegation": both question words, a name, short.
  // Paragraph 2: a short sentence with one question word: BM25 over-rewards short sentences; coverage keeps it below.
  // Paragraph 3: both question words in a long sentence with no name: below paragraph 1 on length and answer type.
  // Paragraph 4: off topic.
  'talks.txt': [
    'Foreign Minister Amina Rahel met the delegation in Geneva.',
    'A delegation arrived.',
    'Officials from both sides said the delegation and several advisers met for three hours to discuss trade, energy and border security.',
    'The weather in the city was mild all week.',
  ].join('\n'),
  // "When did the talks begin": both sentences match "talks" and "began"; only the second holds a date.
  'dates.txt': [
    'The talks began after a long dispute over water rights.',
    'The talks began on 12 March in Geneva.',
  ].join('\n'),
  // "What did Bilawal discuss with senators": visit#2 names him only as "he"; farm#1 matches the
  // same words but is about someone else, and is a document's first sentence.
  'visit.txt': [
    'Bilawal Zardari arrived in Washington on Monday.',
    'During the visit, he met senators to discuss water sharing.',
  ].join('\n'),
  'farm.txt': 'Farmers met senators to discuss water prices.',
};

/**
 * One story told by six outlets, as a multi-outlet archive holds it: a wire report (wire/), an
 * outlet that ran it word for word under its own headline (daily/), three that reworded the lead
 * (courier/, herald/, business/), a photo caption (gallery/). Only business/ says why Northwind is buying:
 * for "why is Northwind buying Skyhop" every lead matches the names and "buy" and stands first in
 * its article (the lead prior and each article's own score favour it); the answer is a fourth
 * paragraph that says "purchase".
 */
export const STORY = {
  'wire/northwind-skyhop.txt': [
    'Northwind agrees to buy Skyhop',
    '',
    'Northwind Airlines said on Monday it agreed to buy the regional airline Skyhop for 1.2 billion dollars in cash.',
    'Shares in Skyhop rose 18 percent after the announcement.',
  ].join('\n'),
  // The wire report word for word, under another headline: an exact copy.
  'daily/airline-deal.txt': [
    'Northwind to buy Skyhop in 1.2 billion dollar deal',
    '',
    'Northwind Airlines said on Monday it agreed to buy the regional airline Skyhop for 1.2 billion dollars in cash.',
    'Shares in Skyhop rose 18 percent after the announcement.',
  ].join('\n'),
  // The lead reworded: not a copy, but it says what the wire lead says.
  'courier/northwind.txt': [
    'Northwind buys rival Skyhop',
    '',
    'Northwind Airlines will buy Skyhop, a regional airline, for 1.2 billion dollars in cash, the two airlines said on Monday.',
    'Skyhop has 40 planes.',
  ].join('\n'),
  'herald/skyhop.txt': [
    'Northwind is buying Skyhop',
    '',
    'Northwind Airlines is buying Skyhop in a cash deal announced on Monday that values the regional airline at 1.2 billion dollars.',
    'Skyhop flies to 30 cities.',
  ].join('\n'),
  // A photo caption: the wire lead once more, with a dateline.
  'gallery/skyhop-photo.txt': [
    'Skyhop planes at Oslo airport',
    '',
    'OSLO - Northwind Airlines said on Monday it agreed to buy the regional airline Skyhop for 1.2 billion dollars in cash.',
  ].join('\n'),
  // Another rewording of the lead, then the answer in the fourth paragraph.
  'business/skyhop-routes.txt': [
    'Northwind to buy Skyhop',
    '',
    'Regional airline Skyhop will be bought by Northwind Airlines in a cash deal worth 1.2 billion dollars, Northwind said on Monday.',
    'The two airlines fly to 90 cities between them.',
    'Skyhop lost money last year on higher fuel prices.',
    'The purchase gives Northwind the northern routes it has long wanted: its own planes fly almost only in the south.',
  ].join('\n'),
};
