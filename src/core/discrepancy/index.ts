// The discrepancy rules, run in this order; each is one file under rules/.
import type { Discrepancy } from '../types';
import type { Rule, RuleInput } from './rule';
import { attributionRule } from './rules/attribution';
import { contextRule } from './rules/context';
import { dateRule } from './rules/date';
import { datelineRule } from './rules/dateline';
import { figureRule } from './rules/figure';
import { placeRule } from './rules/place';
import { sourcingRule } from './rules/sourcing';

const family = (k: Discrepancy['kind']) => (k === 'dateline' ? 'date' : k);

export const RULES: Rule[] = [datelineRule, dateRule, figureRule, placeRule, attributionRule, contextRule, sourcingRule];

export function findDiscrepancies(input: RuleInput, rules: Rule[] = RULES): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const rule of rules) {
    for (const d of rule.run(input)) {
      // One finding per kind and span: two rules (or two events) quoting the same words say it once.
      // A wrong date against the dateline and against the event is one finding, not two.
      if (out.some((o) => family(o.kind) === family(d.kind) && o.start < d.end && d.start < o.end)) continue;
      out.push(d);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
