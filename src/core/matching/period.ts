// When was an undated story written? From the dates it states, the earlier events it ties itself to
// ("days after ..."), or — weakest — the event it was matched to. Said with the reason.
import type { Mentions } from '../types';
import { insideAny } from '../mentions';
import { addDays, formatDay } from '../text/dates';
import type { LinkResult } from './link';

export interface Period {
  from: string;
  to: string;
  reason: string;
}

export function inferPeriod(mentions: Mentions, linked: LinkResult): Period | null {
  const spans = mentions.contexts.map((c) => c.clause);
  const full = mentions.dates
    .filter((d) => d.known.includes('year') && d.known.includes('month') && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && !insideAny(spans, d.start, d.end))
    .map((d) => d.value)
    .sort();
  const latest = full[full.length - 1];
  if (latest) return { from: latest, to: addDays(latest, 30), reason: `the latest date the text states is ${formatDay(latest)}` };
  const ctx = linked.contexts[0];
  if (ctx) {
    const base = ctx.bundle.event.dateEnd ?? ctx.bundle.event.date;
    return {
      from: addDays(base, ctx.context.gap.min),
      to: addDays(base, ctx.context.gap.max),
      reason: `the text says "${ctx.context.trigger}" ${ctx.bundle.event.title} (${formatDay(ctx.bundle.event.date)})`,
    };
  }
  const m = linked.matches[0];
  if (m) return { from: m.bundle.event.date, to: addDays(m.bundle.event.dateEnd ?? m.bundle.event.date, 7), reason: `the matched event is dated ${formatDay(m.bundle.event.date)}` };
  return null;
}
