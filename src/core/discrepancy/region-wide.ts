// A running toll of a whole region in a story about one place in it: "the strike comes as the death
// toll in Gaza rises to 139" is the conflict's running toll, not the strike's ("42 people were killed
// in Gaza" may well be the strike's: only the running-total phrasing says otherwise). Such a figure is
// neither the event's count (figure) nor a toll the copy owes a source for (sourcing).
import type { EventRecord, FigureMention } from '../types';
import { sentenceAround, type RuleInput } from './rule';

// The running-total phrasing: "the death toll in Gaza rises to", "the toll across Lebanon has climbed to".
const RUNNING = /\btoll\s+(?:in|across|for|throughout)\s+(?:the\s+)?(.{2,40}?)\s+(?:has\s+|had\s+|now\s+)?(?:rises|rose|risen|climbs|climbed|reaches|reached|hits|hit|stands|stood|jumps|jumped|tops|topped|passes|passed)\b/iu;

export function regionWide(f: FigureMention, input: RuleInput, event: EventRecord): boolean {
  if (!f.scope.place) return false;
  // "... rises to 139, with over 1,000 wounded": the sentence's running toll and what follows it.
  const sentence = sentenceAround(input.snapshot.text, f.start, f.end);
  const m = RUNNING.exec(sentence.text);
  if (!m || sentence.start + m.index > f.end) return false;
  const at = sentence.start + m.index;
  const named = input.mentions.places.find((p) => p.start >= at && p.end <= at + m[0].length);
  if (!named || !input.places.get(named.placeId)?.broad) return false;
  return event.places.some((p) => !input.places.get(p.id)?.broad);
}
