// context: the story ties itself to an earlier event ("days after ...") that the records date far
// from the story. "Days after" a strike that happened two and a half years earlier is an
// anachronism, usually a paragraph of background pasted into new copy.
import type { Discrepancy } from '../../types';
import { daysBetween, formatDay, formatGap } from '../../text/dates';
import type { Rule } from '../rule';

// The gap wording may be loose; flag only when the records put the events far outside it.
const SLACK_FACTOR = 2;
const MIN_SLACK_DAYS = 10;

export const contextRule: Rule = {
  kind: 'context',
  run({ snapshot, matches, contexts }) {
    const out: Discrepancy[] = [];
    const main = matches[0]?.bundle.event;
    for (const link of contexts) {
      // The story's own date: its matched event, else its publication date.
      const storyDate = main && main.id !== link.bundle.event.id ? main.date : snapshot.published;
      if (!storyDate) continue;
      const earlier = link.bundle.event;
      const gap = daysBetween(storyDate, earlier.dateEnd ?? earlier.date);
      const { min, max } = link.context.gap;
      const tooFar = gap > Math.max(max * SLACK_FACTOR, max + MIN_SLACK_DAYS);
      const reversed = gap < -1 - MIN_SLACK_DAYS;
      if (!tooFar && !reversed && gap >= min - MIN_SLACK_DAYS) continue;
      const basis = main && main.id !== earlier.id ? `the story's event (${formatDay(main.date)})` : `the article's date (${formatDay(storyDate)})`;
      out.push({
        kind: 'context',
        eventId: earlier.id,
        quote: link.context.text,
        start: link.context.start,
        end: link.context.end,
        article: `${link.context.trigger} ${link.context.clause.text}`,
        record: `${earlier.title}: ${formatDay(earlier.date)}`,
        severity: 'warning',
        message: reversed
          ? `The article says "${link.context.trigger}" an event that the records date after ${basis}.`
          : `The article says "${link.context.trigger}", but the records date that event ${formatGap(gap)} before ${basis}.`,
        evidence: link.bundle.reports.slice(0, 4).map((r) => ({ outlet: r.outlet, url: r.url, value: r.published ? formatDay(r.published) : 'undated report', attributedTo: '', asOf: r.published })),
      });
    }
    return out;
  },
};
