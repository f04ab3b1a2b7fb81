// The reference date handed to chrono-node, and read back from a parsing context. The instant is noon
// UTC with a zero timezone, so chrono's local-time arithmetic lands on the same calendar day on any
// machine; our own stages read the day straight from the instant's UTC fields.
import type { ParsingContext, ParsingReference } from 'chrono-node';
import type { Ymd } from './calendar';

export function toChronoReference(ref: Ymd): ParsingReference {
  const instant = new Date(Date.UTC(2000, ref.month - 1, ref.day, 12));
  instant.setUTCFullYear(ref.year);
  return { instant, timezone: 0 };
}

export function referenceDay(context: ParsingContext): Ymd {
  const d = context.reference.instant;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
