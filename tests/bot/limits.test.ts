import { describe, expect, it } from 'vitest';
import { cutText, cutTextStart, embedSize, fitChoices, fitReply, LIMITS } from '../../src/replies/limits.ts';
import { bold, escapeMarkdown, highlight, italic, link, safeUrl } from '../../src/replies/markdown.ts';
import { markdownToText } from '../../src/console/render.ts';

describe('cutText', () => {
  it('leaves text that fits alone', () => {
    expect(cutText('Short enough.', 20)).toBe('Short enough.');
  });

  it('cuts at the last sentence boundary that fits', () => {
    const text = 'The first sentence is here. The second one is a little longer. The third will not fit at all.';
    const cut = cutText(text, 70);
    expect(cut).toBe('The first sentence is here. The second one is a little longer. …');
    expect(cut.length).toBeLessThanOrEqual(70);
  });

  it('falls back to a word boundary when no sentence ends early enough, never mid-word', () => {
    const text = `Opening words ${'alpha beta gamma delta '.repeat(20)}end.`;
    const cut = cutText(text, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toMatch(/(alpha|beta|gamma|delta)…$/);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('closes bold and italics left open by the cut', () => {
    const text = `_${'context words here '.repeat(10)}and more_ **bold**`;
    const cut = cutText(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/_…$/);
    expect((cut.match(/_/g) ?? []).length % 2).toBe(0);
    const bold = cutText(`**${'strong '.repeat(20)}**`, 40);
    expect(bold).toMatch(/\*\*…$/);
    expect(bold.length).toBeLessThanOrEqual(40);
  });

  it('never cuts inside a masked link or an escape pair', () => {
    const linkText = `See ${link('A title with several words in it', 'https://example.org/a/b')} now.`;
    const cut = cutText(linkText, 30);
    expect(cut).toBe('See…');
    const escaped = cutText(`${'\\*'.repeat(30)}`, 20);
    expect(escaped).toMatch(/^(\\\*)+…$/);
  });

  it('hard-cuts a single run longer than the room, and counts in UTF-16 units', () => {
    const cut = cutText('x'.repeat(5000), 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    const emoji = cutText('😀'.repeat(100), 51);
    expect(emoji.length).toBeLessThanOrEqual(51);
    expect(/[\uD800-\uDBFF]…$/.test(emoji)).toBe(false);
  });

  it('cuts the start of context at a word boundary', () => {
    expect(cutTextStart('one two three four five six', 14)).toBe('… five six');
  });
});

describe('fitReply', () => {
  it('keeps every part inside Discord limits and the total under 6000', () => {
    const long = 'A sentence of corpus text that goes on. '.repeat(400);
    const reply = fitReply({
      content: long,
      embeds: [
        {
          title: long,
          description: long,
          footer: 'Question: state',
          fields: Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${long}`, value: long })),
        },
        { description: long },
      ],
      buttons: Array.from({ length: 7 }, (_, r) =>
        Array.from({ length: 7 }, (_, b) => ({ id: `x:${r}:${b}`, label: long })),
      ),
    });
    expect(reply.content!.length).toBeLessThanOrEqual(LIMITS.content);
    const [first, second] = reply.embeds!;
    expect(first!.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(first!.fields).toHaveLength(LIMITS.fields);
    for (const f of first!.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(first!.footer).toBe('Question: state');
    expect(embedSize(first!) + embedSize(second!)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(reply.buttons).toHaveLength(5);
    for (const row of reply.buttons!) {
      expect(row).toHaveLength(5);
      for (const b of row) expect(b.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  });

  it('refuses a custom id over 100 characters (a bug, not user input)', () => {
    expect(() => fitReply({ content: 'x', buttons: [[{ id: 'x'.repeat(101), label: 'go' }]] })).toThrow(/custom id/);
  });

  it('never sends an empty message', () => {
    expect(fitReply({ embeds: [] }).content).toBe('(nothing to show)');
  });

  it('keeps at most 25 autocomplete choices with names and values of at most 100 characters', () => {
    const choices = fitChoices(
      Array.from({ length: 40 }, (_, i) => ({
        name: `${i} ${'name '.repeat(40)}`,
        value: i === 0 ? 'v'.repeat(101) : `v${i}`,
      })),
    );
    expect(choices).toHaveLength(25);
    expect(choices[0]!.value).toBe('v1'); // a value that cannot be sent is dropped, not cut
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('markdown', () => {
  it('escapes what Discord would format and bolds the marks', () => {
    expect(escapeMarkdown('a *b* _c_ `d` ~e~ |f| [g](h) <@1> \\')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\~e\\~ \\|f\\| \\[g\\](h) \\<@1> \\\\',
    );
    expect(
      highlight('He met the *delegation*.', [
        [3, 6],
        [11, 23],
      ]),
    ).toBe('He **met** the **\\*delegation\\***.');
  });

  // Discord reads these only at the start of a line; article text can start a line of a reply.
  it.each([
    ['# Heading', '\\# Heading'],
    ['## Sub', '\\## Sub'],
    ['### Three', '\\### Three'],
    ['-# Subtext', '\\-# Subtext'],
    ['> Quoted', '\\> Quoted'],
    ['>>> All quoted', '\\>>> All quoted'],
    ['- Item', '\\- Item'],
    ['* Item', '\\* Item'],
    ['+ Item', '\\+ Item'],
    ['1. First', '1\\. First'],
    ['12. Twelfth', '12\\. Twelfth'],
    ['  - Indented', '  \\- Indented'],
    ['Line one\n# two\n> three\n- four', 'Line one\n\\# two\n\\> three\n\\- four'],
  ])('escapes line-start markdown in %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('leaves markers that Discord would not read as such alone', () => {
    for (const text of ['#hashtag', 'a - b', 'up 1.5 percent', 'rates > 5', 'well-known', '3 + 4'])
      expect(escapeMarkdown(text)).toBe(text);
    // A piece known to continue a line keeps its first marker; later lines are still escaped.
    expect(escapeMarkdown('- b\n- c', { atLineStart: false })).toBe('- b\n\\- c');
  });

  it('escapes line starts in highlighted text, italics, bold and link labels', () => {
    expect(
      highlight('# Ferry fares will rise.', [
        [2, 7],
        [8, 13],
        [19, 23],
      ]),
    ).toBe('\\# **Ferry fares** will **rise**.');
    expect(highlight('He met - the man', [[3, 6]])).toBe('He **met** - the man');
    // A paragraph hard-wrapped over lines reads as one line: its breaks become spaces, one for one.
    expect(highlight('The minister said the plan\n- would cost more', [[4, 12]])).toBe(
      'The **minister** said the plan - would cost more',
    );
    expect(italic('> said the minister')).toBe('_\\> said the minister_');
    expect(bold('1. Results')).toBe('**1\\. Results**');
    expect(link('# Weekly notes', 'https://x.org/a')).toBe('[\\# Weekly notes](https://x.org/a)');
    expect(link('- Notes', undefined)).toBe('\\- Notes');
  });

  it('links only http(s) URLs, with parentheses encoded', () => {
    expect(safeUrl('https://x.org/a_(b)')).toBe('https://x.org/a_%28b%29');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(link('T', 'ftp://x')).toBe('T');
  });

  // Piped output is plain text: bold marks vanish rather than print as literal `**`; the text's own stars stay.
  it('round-trips to plain text for the console', () => {
    const md = `**1.** ${highlight('Use *stars* here', [[0, 3]])} — ${link('Title [x]', 'https://x.org/p')}`;
    expect(markdownToText(md, { ansi: false })).toBe('1. Use *stars* here — Title [x] <https://x.org/p>');
    expect(markdownToText(md, { ansi: true })).toBe(
      '\x1b[1m1.\x1b[22m \x1b[1mUse\x1b[22m *stars* here — Title [x] <https://x.org/p>',
    );
  });
});
