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
