import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, `no wrong speaker` (round qwrong): a member of a parliament named by the letters of the
// seat (`MP`, `MSP`, `MEP`) is a person's role. `the MP said` already went to the member named
// before; `the MSP said` went to an organisation called `MSP`, and `Liberal Democrat MSP Catriona
// Mackenzie` lost her role. Every member's letters a seat takes (seats.ts) are titles.

const FILES = {
  // news-dev 108 (shortened): a Scottish member, then `the MSP said`
  'ferry.txt': article(
    'Island ferry cancellations anger crofters',
    'In a statement, CalMac said: "A relief vessel will be moved from the Mull route from Monday, and we expect to run a full timetable to Coll and Tiree from the end of the month."',
    'Liberal Democrat MSP Catriona Mackenzie, whose Highlands and Islands seat includes both islands, said the fleet was "falling apart".',
    '"Ministers have known for years that these boats need replacing. Islanders should not be paying the price for that," the MSP said.',
  ),
  // news-dev 51 (shortened): the same frame with `MP`, as it was already read
  'plant.txt': article(
    'Car parts plant to close with 400 jobs lost',
    "The city's Labour MP, Alan Thornley, said he had written to the Trade and Industry Secretary asking for help for the workers and their families.",
    '"The Government has to ask itself why so much of our manufacturing is going east," the MP said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a member named by the seat's letters", () => {
  it('is the member named before, with the role', () => {
    expect(quoted('Ministers have known')).toMatchObject({
      speaker: 'Catriona Mackenzie',
      role: 'Liberal Democrat MSP',
    });
    expect(quoted('falling apart')).toMatchObject({ speaker: 'Catriona Mackenzie' });
  });

  it('is no organisation of that name', () => {
    const names = library()
      .quotes.speakers()
      .map((s) => s.name);
    expect(names).not.toContain('MSP');
  });

  it('reads `the MP said` as before', () => {
    expect(quoted('The Government has to ask')).toMatchObject({ speaker: 'Alan Thornley' });
  });
});
