import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';
import { asksForToken, questionFrame, yesNoRoles } from '../../src/search/question.ts';

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

  it('reads a question about a measured quantity (temperature, magnitude, capacity) as asking for a number, the noun kept in the topic', () => {
    expect(frame('What is the average temperature of the Earth?')).toEqual([
      'number',
      'average temperature of the Earth?',
    ]);
    expect(frame('what was the magnitude of the quake')).toEqual(['number', 'magnitude of the quake']);
    // An area is a place as often as a size: left alone.
    expect(frame('In what area was he born?')[0]).toBeNull();
  });

  it('reads "how old" and "what age" as asking for an age, not any number', () => {
    expect(frame('how old was the aide when he died')).toEqual(['age', 'was the aide when he died']);
    expect(frame('at what age did she quit modelling')).toEqual(['age', 'did she quit modelling']);
  });

  it('reads speed and weight questions as asking for a measure (a number or a duration)', () => {
    expect(frame('how quickly did prices recover')).toEqual(['measure', 'did prices recover']);
    expect(frame('how heavy is the new laptop')).toEqual(['measure', 'is the new laptop']);
    // A quake's strength is a magnitude: a number.
    expect(frame('how strong was the first earthquake that hit Papua')[0]).toBe('measure');
    expect(frame('how big was the delegation')).toEqual(['number', 'was the delegation']);
  });

  it('reads how far, deep, tall, high, wide and close as asking for a length, unless what moves is a price, a rate or a count', () => {
    // A number with a unit of length answers them (`fell about 2,000 feet`, `within 80m`), not `a 9.1-magnitude quake`.
    expect(frame('how tall is the tower')).toEqual(['length', 'is the tower']);
    expect(frame('how far did the climber plunge')).toEqual(['length', 'did the climber plunge']);
    expect(frame('how deep underground was the aceh quake')).toEqual(['length', 'underground was the aceh quake']);
    expect(questionFrame('how close to the hut did they get')).toMatchObject({
      answerType: 'length',
      measure: 'distance',
    });
    // A share price falls far in percent or pence; unemployment is high in percent; a vote is close in votes.
    expect(frame("how far did skybridge's share price drop")[0]).toBe('measure');
    expect(frame('how high is unemployment in the north')[0]).toBe('measure');
    expect(frame('how close was the vote')[0]).toBe('measure');
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

  it('reads a "where" or "when" after a noun, past the question\'s own question word, as a relative clause that asks nothing', () => {
    // The question asks how the fire started; "where" only says which bank.
    expect(frame('how did the fire start at the Athens bank where three workers died')).toEqual([
      null,
      'how did the fire start at the Athens bank where three workers died',
    ]);
    expect(frame('What is the nickname for a series where two New York teams play?')).toEqual([
      null,
      'What is the nickname for a series where two New York teams play?',
    ]);
    // After a joining word it is asked ("and by when"), and with no question word before it, it leads.
    expect(frame('What ratio must banks hit, and by when?')[0]).toBe('time');
    expect(frame('In 1835 where did Chopin visit?')).toEqual(['place', 'In 1835 did Chopin visit?']);
    // The question word need not open the question.
    expect(frame('Golos names what two musicians when claiming this?')[0]).toBeNull();
  });

  it('reads a "when" or "where" inside a question that opens with an auxiliary as a clause of a yes/no question, unless a verb of saying or knowing asks it', () => {
    // Whether anybody was hurt, not when: the answer is "No one was hurt", which holds no date.
    expect(frame("did anybody get hurt when palin's church burned")).toEqual([
      'yesno',
      "did anybody get hurt when palin's church burned",
    ]);
    expect(frame('Was anyone injured where the bridge collapsed?')[0]).toBe('yesno');
    // Asked: an embedded question after "say", "know", "announce".
    expect(frame('Did he say when the plant would open?')[0]).toBe('time');
    expect(frame('do we know where the plane came down')[0]).toBe('place');
    expect(frame('has the club announced when the match will be replayed')[0]).toBe('time');
  });

  it('reads a leading "when" or "where" clause as context, and the question after its comma as what is asked', () => {
    expect(frame('When the lamas received an invite, who did they send instead?')).toEqual([
      'person',
      'When the lamas received an invite, did they send instead?',
    ]);
    // Without a question after the comma, the leading "when" asks.
    expect(frame('When did the tour begin, and where?')[0]).toBe('time');
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

  it('marks where the words naming what "how many" counts start, for the ranking to look for a number before them', () => {
    const { topic, countedAt } = questionFrame('How many undersea cables broke?');
    expect(topic.slice(countedAt)).toBe(' undersea cables broke?');
    // "How many people" names its unit in the phrase itself; a count of minutes is a duration.
    expect(questionFrame('how many people died').countedAt).toBeUndefined();
    expect(questionFrame('how many minutes did it last').countedAt).toBeUndefined();
  });

  it('reads "how long" as asking for a duration (a stretch of time), not any date', () => {
    expect(frame('how long had Hutton been negotiating for Purolator')).toEqual([
      'duration',
      'had Hutton been negotiating for Purolator',
    ]);
  });

  it('reads "how long is <a thing that has a length>" as asking for a length, an event or a stay a duration', () => {
    expect(frame('how long is the new tram route')).toEqual(['length', 'is the new tram route']);
    expect(frame('How long is the tunnel between France and England?')).toEqual([
      'length',
      'is the tunnel between France and England?',
    ]);
    // Asked in a unit of length, whatever the thing.
    expect(frame('how long is the river thames in miles')).toEqual(['length', 'is the river thames in miles']);
    // What a thing did for a while, and a visit, last: durations.
    expect(frame('how long was the bridge closed')).toEqual(['duration', 'was the bridge closed']);
    expect(frame('how long was the visit')).toEqual(['duration', 'was the visit']);
  });

  it('reads "what was the score" and "by how much did X win" as asking for a score; "by how much did it rise" not', () => {
    expect(frame('what was the score when ashby beat petrov')).toEqual(['score', 'when ashby beat petrov']);
    expect(frame('by how much did chelsea win')).toEqual(['score', 'did chelsea win']);
    expect(frame('by how much did profits rise')[0]).toBe('money');
  });

  it('names what a measuring frame measures: "how deep" a depth, "how tall" a height; a duration nothing', () => {
    const measure = (q: string): string | undefined => questionFrame(q).measure;
    expect(measure('how deep underground was the aceh quake')).toBe('depth');
    expect(measure('how tall is mount everest')).toBe('height');
    expect(measure('how often would prices get reviewed')).toBe('frequent');
    expect(measure('how long is the new tram route')).toBe('length');
    // A duration's "how long", and a count, measure nothing a noun names.
    expect(measure('how long was the visit')).toBeUndefined();
    expect(measure('how many people died')).toBeUndefined();
  });

  it('reads "how many minutes/hours/years" as asking for a duration, not any count', () => {
    expect(frame('How many minutes was he clinically dead?')).toEqual(['duration', 'was he clinically dead?']);
    expect(frame('how many years did she serve')).toEqual(['duration', 'did she serve']);
    // A count of anything else stays a number.
    expect(frame('how many people died')).toEqual(['number', 'died']);
  });

  it('reads "which song/film/book/show" as asking for a title, and keeps the noun in the topic', () => {
    expect(frame('Which song did she sing at the final?')).toEqual(['title', 'song did she sing at the final?']);
    expect(frame('what TV show did he host')).toEqual(['title', 'TV show did he host']);
    // "which team plays": "plays" is a verb here, not a work.
    expect(frame('which team plays first')).toEqual([null, 'which team plays first']);
  });

  it('asks for money when "what" names money by its noun or asks it by a verb of paying or costing', () => {
    // The noun and the verb stay in the topic (ECB+ 5, uk, uk2, uk7, news, ECB+ questions).
    expect(frame('what fine did the jury want for christopher simpson')).toEqual([
      'money',
      'fine did the jury want for christopher simpson',
    ]);
    expect(frame('whats the fine for feeding seagulls in looe')).toEqual([
      'money',
      'fine for feeding seagulls in looe',
    ]);
    expect(frame("What were CGCT's losses in 1985?")[0]).toBe('money');
    expect(frame('what does a newly qualified teacher get paid')).toEqual([
      'money',
      'does a newly qualified teacher get paid',
    ]);
    expect(frame('What is AMD paying for SeaMicro?')[0]).toBe('money');
    expect(frame('what does maxwell house private collection gourmet coffee cost now')[0]).toBe('money');
    // A pay rise is told as a share as often as in money; charges a court brings are no money; a
    // premium on shares is a share of their value.
    expect(frame('what pay rise were the drivers offered')[0]).toBeNull();
    expect(frame('what charges is polygamist leader warren jeffs facing in texas')[0]).toBeNull();
    expect(frame('what premium are Korea Europe Fund shares fetching in london')[0]).toBeNull();
  });

  it('asks for money when "how much" is about a price, a ticket, a fare or a wage', () => {
    expect(frame('how much are tickets for the show')).toEqual(['money', 'are tickets for the show']);
    expect(frame('how much is the fare to Leeds')).toEqual(['money', 'is the fare to Leeds']);
  });

  it('asks for a share for "what share/proportion/fraction" and "how much of X does Y own"', () => {
    expect(frame('what proportion of voters backed it')).toEqual(['percent', 'voters backed it']);
    expect(frame('what fraction of the budget goes on defence')[0]).toBe('percent');
    expect(frame('How much of Radiocor does Olivetti own now?')).toEqual([
      'percent',
      'of Radiocor does Olivetti own now?',
    ]);
  });

  it('reads a question opening with an auxiliary and no question word as yes/no, which asks for no kind of token', () => {
    expect(frame('Does Comcast block Tor?')).toEqual(['yesno', 'Does Comcast block Tor?']);
    expect(frame("Isn't the PM ok?")).toEqual(['yesno', "Isn't the PM ok?"]);
    // An embedded question word decides: this asks when.
    expect(frame('Did he say when the plant would open?')[0]).toBe('time');
    expect(asksForToken('yesno')).toBe(false);
    expect(asksForToken('reason')).toBe(false);
    expect(asksForToken('duration')).toBe(true);
    expect(asksForToken(null)).toBe(false);
  });

  it('splits a yes/no question into its subject and its predicate, as index terms', () => {
    const roles = (q: string) => yesNoRoles(createAnalyzer().analyze(q));
    expect(roles('Does Comcast block Tor?')).toEqual({ subject: ['comcast'], predicate: ['block', 'tor'] });
    expect(roles('Is the PM ok?')).toEqual({ subject: ['pm'], predicate: ['ok'] });
    expect(roles('is the soviet union trying to get into the eurocheque system')).toEqual({
      subject: ['soviet', 'union'],
      predicate: ['tri', 'eurochequ', 'system'],
    });
  });

  it("ends a yes/no question's parts at a clause setting the scene, when asked to (RankParams.yesNoClause)", () => {
    const analyzed = createAnalyzer().analyze('did the guards get hurt when comeaux escaped');
    // The clause tells when; a sentence holding `comeaux` does not hold what is asked of the guards.
    expect(yesNoRoles(analyzed, true)).toEqual({ subject: ['guard'], predicate: ['hurt'] });
    expect(yesNoRoles(analyzed)).toEqual({ subject: ['guard'], predicate: ['hurt', 'comeaux', 'escap'] });
    // Without such a clause, the same parts either way.
    expect(yesNoRoles(createAnalyzer().analyze('will trump convene both prime ministers'), true)).toEqual(
      yesNoRoles(createAnalyzer().analyze('will trump convene both prime ministers')),
    );
  });

  it('reads a price or rate noun two words on, and "what is X\'s first name" as a name, when asked to (RankParams.wideFrames)', () => {
    // One word between (`the interest rate`) is read either way; two (`black market`) only wide.
    expect(questionFrame('whats the black market rate for the naira').answerType).toBeNull();
    expect(questionFrame('whats the black market rate for the naira', true)).toMatchObject({
      answerType: 'number',
      topic: ' black market rate for the naira',
    });
    expect(questionFrame('what is the average ticket price', true).answerType).toBe('money');
    // The name asked of someone: whose name stays in the topic.
    expect(questionFrame("what's landau's first name").answerType).toBeNull();
    expect(questionFrame("what's landau's first name", true)).toMatchObject({
      answerType: 'person',
      topic: " landau's first name",
    });
    expect(questionFrame("what's his name", true).answerType).toBeNull();
  });

  it('leaves a question without a question word unframed', () => {
    expect(frame('indus waters treaty')).toEqual([null, 'indus waters treaty']);
  });
});
