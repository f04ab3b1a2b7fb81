// "Between May 2 and May 5", "between 1990 and 1995", "on April 24 and 25": chrono-node joins "from X
// to Y" and "X-Y" into a range but not these. The range keeps X as its value and Y as its end.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { readValue } from '../news-value';

export class BetweenRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const first = results[i]!;
      const second = results[i + 1];
      const between = second ? context.text.slice(first.index + first.text.length, second.index) : '';
      const lead = context.text.slice(Math.max(0, first.index - 9), first.index);
      if (second && !first.end && !second.end && /^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(lead) && sameKind(first, second)) {
        first.end = second.start;
        first.text = context.text.slice(first.index, second.index + second.text.length);
        out.push(first);
        i++;
        continue;
      }
      extendToSecondDay(context, first);
      out.push(first);
    }
    return out;
  }
}

// "April 24 and 25": the second day of the same month, unless the number counts something
// ("on May 5 and 12 people were hurt" keeps May 5 alone).
const AND_DAY = /^\s+and\s+(\d{1,2})(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|when|with|to|as)\b)/;

function extendToSecondDay(context: ParsingContext, result: ParsingResult): void {
  const s = result.start;
  if (result.end || readValue(s) || !s.isCertain('day') || !s.isCertain('month')) return;
  const m = AND_DAY.exec(context.text.slice(result.index + result.text.length, result.index + result.text.length + 16));
  const day = Number(m?.[1]);
  if (!m || !(day > (s.get('day') ?? 31)) || day > 31) return;
  result.end = s.clone();
  result.end.assign('day', day);
  result.text += m[0];
}

function sameKind(a: ParsingResult, b: ParsingResult): boolean {
  const va = readValue(a.start);
  const vb = readValue(b.start);
  if (va || vb) return !!va && !!vb && va.granularity === vb.granularity && !va.endValue && !vb.endValue;
  return a.start.isCertain('day') === b.start.isCertain('day') && a.start.isCertain('month') === b.start.isCertain('month');
}
