import { describe, expect, it } from 'vitest';
import { normaliseValue, scoreDocs, stripTimeML, type PredictedDate } from '../../../../../src/cli/eval/dates';

// A made-up TimeML document in the AQUAINT layout: a DCT, an EXTRAINFO block with a date that is not
// part of the text, entities, and EVENT tags around words inside and outside the timexes.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-02" functionInDocument="CREATION_TIME">2024-11-02</TIMEX3></DCT>
<EXTRAINFO>11/02/2024 06:00:00</EXTRAINFO>
<TEXT>
Floods <EVENT eid="e1">hit</EVENT> Smith &amp; Sons <TIMEX3 tid="t1" type="DATE" value="2024-11-01">Friday</TIMEX3>.
Repairs <EVENT eid="e2">took</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>, and the mill <EVENT eid="e3">reopens</EVENT> <TIMEX3 tid="t3" type="DATE" value="2024-W45">next week</TIMEX3> &lt;officials say&gt;.
</TEXT>
</TimeML>`;

describe('stripTimeML', () => {
  const doc = stripTimeML(TML, 'TEST0001');

  it('keeps the text of <TEXT> only, with tags removed and entities decoded', () => {
    expect(doc.text).toBe('\nFloods hit Smith & Sons Friday.\nRepairs took two days, and the mill reopens next week <officials say>.\n');
  });

  it('reads the document creation time as the reference day', () => {
    expect(doc.dct).toBe('2024-11-02');
  });

  it('gives each timex its exact offsets in the stripped text', () => {
    expect(doc.timexes.map((t) => [t.type, t.value, t.text])).toEqual([
      ['DATE', '2024-11-01', 'Friday'],
      ['DURATION', 'P2D', 'two days'],
      ['DATE', '2024-W45', 'next week'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('scoreDocs', () => {
  const doc = stripTimeML(TML);
  const at = (words: string, value: string): PredictedDate => {
    const start = doc.text.indexOf(words);
    return { start, end: start + words.length, value };
  };

  it('scores spans strictly and relaxed, and values over the relaxed matches', () => {
    const predicted = [
      at('Friday', '2024-11-01'), // exact span, right value
      at('next week <', '2024-W46'), // overlaps "next week": relaxed only, wrong value
      at('two days', 'P2D'), // a DURATION: not a false date, but not a DATE found either
      at('Smith', '2024'), // overlaps no timex: false
    ];
    const s = scoreDocs([{ gold: doc.timexes, predicted }]);
    // Gold DATEs: 2. Strict: Friday (1 of 2). Relaxed: Friday and next week (2 of 2).
    // Predictions: 4. Strict not-false: Friday and "two days" (2). Relaxed: 3 (all but Smith).
    expect(s.counts).toMatchObject({ gold: 2, predicted: 4, strictGold: 1, relaxedGold: 2, strictPredicted: 2, relaxedPredicted: 3, valueCorrect: 1 });
    expect(s.strict.precision).toBeCloseTo(2 / 4);
    expect(s.strict.recall).toBeCloseTo(1 / 2);
    expect(s.strict.f1).toBeCloseTo(0.5);
    expect(s.relaxed.precision).toBeCloseTo(3 / 4);
    expect(s.relaxed.recall).toBeCloseTo(1);
    expect(s.relaxed.f1).toBeCloseTo((2 * 0.75 * 1) / 1.75);
    expect(s.valueAccuracy).toBeCloseTo(1 / 2);
  });

  it("compares a gold timex past a range's start with the range's end", () => {
    const start = doc.text.indexOf('Friday');
    const end = doc.text.indexOf('next week') + 'next week'.length;
    const s = scoreDocs([{ gold: doc.timexes, predicted: [{ start, end, value: '2024-11-01', endValue: '2024-W45' }] }]);
    expect(s.counts.valueCorrect).toBe(2);
  });

  it('scores an empty prediction as zero precision and recall without dividing by zero', () => {
    const s = scoreDocs([{ gold: doc.timexes, predicted: [] }]);
    expect(s.relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('normaliseValue', () => {
  it('compares TimeML values at the calendar precision a mention can hold', () => {
    expect(normaliseValue('2000-01-05TEV')).toBe('2000-01-05');
    expect(normaliseValue('1998-10-25T21:00')).toBe('1998-10-25');
    expect(normaliseValue('1994-XX-XX')).toBe('1994');
    expect(normaliseValue('199X')).toBe('199');
    expect(normaliseValue('2000-W7')).toBe('2000-W07');
    expect(normaliseValue('PRESENT_REF')).toBe('PRESENT_REF');
  });
});
