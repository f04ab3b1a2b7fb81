// A toll scoped to a whole region in a story about one place in it: "the strike comes as the death
// toll in Gaza rises to 139" is the conflict's running toll, not the strike's. Such a figure is
// neither the event's count (figure) nor a toll the copy owes a source for (sourcing).
import type { EventRecord, FigureMention } from '../types';
import { sentenceAround, type RuleInput } from './rule';

export function regionWide(f: FigureMention, input: RuleInput, event: EventRecord): boolean {
  if (!f.scope.place) return false;
  // The scope's words, named in the figure's sentence ("... rises to 139, with over 1,000 wounded").
  const sentence = sentenceAround(input.snapshot.text, f.start, f.end);
  const named = input.mentions.places.find((p) => p.text === f.scope.place && p.start >= sentence.start && p.end <= sentence.end);
  if (!named || !input.places.get(named.placeId)?.broad) return false;
  return event.places.some((p) => !input.places.get(p.id)?.broad);
}
