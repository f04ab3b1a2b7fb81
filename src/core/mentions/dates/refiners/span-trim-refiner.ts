// TimeML spans hold the date words only: chrono-node's "on Friday" and "Friday," become "Friday". The
// prepositions still count for tense and for the filters, which have run by now.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEADING = /^(?:(?:on|in|at|by|of|from|during|since|until)\s+|[,(（]\s*)+/i;
const TRAILING = /(?:\s*[,)）.:;])+$/;

export class SpanTrimRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const lead = LEADING.exec(result.text)?.[0].length ?? 0;
      let text = result.text.slice(lead).trimEnd().replace(/\s+of$/i, ''); // chrono's "March of" with no year after
      // Keep the period of an abbreviation ("Nov."), drop a sentence's.
      const trail = TRAILING.exec(text);
      if (trail && !/\b[A-Z][a-z]{1,3}\.$/.test(text) && !/\b(?:a\.m|p\.m)\.$/i.test(text)) text = text.slice(0, trail.index);
      if (!text) continue;
      result.index += lead;
      result.text = text;
    }
    return results.filter((r) => r.text.length > 0);
  }
}
