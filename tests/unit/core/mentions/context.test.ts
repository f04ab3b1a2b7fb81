import { describe, expect, it } from 'vitest';
import { extractContexts } from '../../../../src/core/mentions/context';

describe('extractContexts', () => {
  it('reads "days after" with the clause that names the earlier event', () => {
    const text = 'The raid came days after the houses of a Hamas leader in the same city were flattened. Medics said more were missing.';
    const [c] = extractContexts(text);
    expect(c?.trigger).toBe('days after');
    expect(c?.gap).toEqual({ min: 0, max: 21 });
    expect(c?.clause.text).toBe('the houses of a Hamas leader in the same city were flattened');
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
  });

  it('gives weeks, months and years their own gaps', () => {
    expect(extractContexts('It comes weeks after the truce collapsed.')[0]?.gap).toEqual({ min: 7, max: 90 });
    expect(extractContexts('It comes three months after the pager blasts in Lebanon.')[0]?.gap).toEqual({ min: 28, max: 730 });
    expect(extractContexts('Two years after the war began, talks resumed.')[0]?.gap.min).toBe(365);
    expect(extractContexts('In the wake of the bridge collapse, the port closed.')[0]?.trigger).toBe('In the wake of');
  });

  it('stops the clause at a conjunction that starts the main clause', () => {
    const [c] = extractContexts('Just hours after the ceasefire took effect, and with crowds still out, the shelling resumed.');
    expect(c?.clause.text).toBe('the ceasefire took effect');
  });

  it('does not treat scopes, bare dates or durations as event references', () => {
    expect(extractContexts('The toll since October 7 rose to 43,000.')).toEqual([]);
    expect(extractContexts('He was released two days after.')).toEqual([]);
    expect(extractContexts('The talks lasted days and ended after midnight.')).toEqual([]);
    expect(extractContexts('Prices rose in the days that followed.')).toEqual([]);
  });
});
