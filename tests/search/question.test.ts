import { describe, expect, it } from 'vitest';
import { questionFrame } from '../../src/search/question.ts';

const frame = (q: string): [string | null, string] => {
  const { answerType, topic } = questionFrame(q);
  return [answerType, topic.replace(/\s+/g, ' ').trim()];
};

describe('question frames', () => {
  it('reads why and what-caused questions as asking for a reason, and does not search the framing words', () => {
    expect(frame('why did the chairman quit')).toEqual(['reason', 'did the chairman quit']);
    expect(frame('What caused the drop in exports?')).toEqual(['reason', 'the drop in exports?']);
    expect(frame('what was the reason for the delay')).toEqual(['reason', 'the delay']);
  });

  it('reads size and speed questions as asking for a measure (a number or a duration)', () => {
    expect(frame('how tall is the tower')).toEqual(['measure', 'is the tower']);
    expect(frame('how quickly did prices recover')).toEqual(['measure', 'did prices recover']);
    expect(frame('how big was the delegation')).toEqual(['number', 'was the delegation']);
  });

  it('reads "whats" as "what\'s", so the framing words are not searched', () => {
    expect(frame('whats the black market rate for the naira')).toEqual(
      frame("what's the black market rate for the naira"),
    );
  });

  it('takes the leading question phrase, not the first pattern that matches somewhere', () => {
    // "when" comes later, inside the topic: the question asks for a place.
    expect(frame('Where did they train when the IAAF warned them?')).toEqual([
      'place',
      'did they train when the IAAF warned them?',
    ]);
    expect(frame('When did the minister say where the plant would go?')).toEqual([
      'time',
      'did the minister say where the plant would go?',
    ]);
  });

  it('asks for money or a percentage when a number question is about prices, earnings or shares', () => {
    expect(frame('how much did Exxon pay for the stake')).toEqual(['money', 'did Exxon pay for the stake']);
    expect(frame('what price per tonne did they pay')).toEqual(['money', 'price per tonne did they pay']);
    expect(frame('what percentage of output is exported')).toEqual(['percent', 'output is exported']);
    // Goods bought are counted in tonnes, not money.
    expect(frame('how much grain have the soviets bought')).toEqual(['number', 'grain have the soviets bought']);
  });

  it('reads "how did X respond" as asking for a reaction, and searches X without the verb', () => {
    expect(frame('How did India respond to the mediation offer?')).toEqual([
      'reaction',
      'did India to the mediation offer?',
    ]);
    expect(frame('how did the markets react')).toEqual(['reaction', 'did the markets']);
  });

  it('leaves a question without a question word unframed', () => {
    expect(frame('indus waters treaty')).toEqual([null, 'indus waters treaty']);
  });
});
