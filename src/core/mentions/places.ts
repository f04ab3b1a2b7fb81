// Place and actor mentions from name hits, and relative place phrases: "east of Khan Yunis",
// "in eastern Khan Younis", "on the southern edge of Gaza City", "northwest of Rafah".
import type { ActorMention, Direction, PlaceMention } from '../types';
import type { NameHit } from './names';

const DIRS = 'north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central|centre|center';
// "... east of", "... eastern edge of", "east side of", "in the east of", "km west of" — text just
// before the place.
const RELATIVE_BEFORE = new RegExp(
  `\\b(?:(${DIRS})(?:ern|erly)?(?:\\s+(?:edge|outskirts|side|part|parts|suburbs?|end|areas?|flank|fringes?|border))?\\s+of|(?:in|on|at)\\s+the\\s+(${DIRS})(?:ern)?\\s+(?:edge|outskirts|side|part|end|fringes?)\\s+of|in\\s+the\\s+(${DIRS})\\s+of)\\s+(?:the\\s+)?(?:city\\s+of\\s+|town\\s+of\\s+)?$`,
  'i',
);
// "north-west of the centre of Rafah", "west of central Beirut": a direction from the place's
// centre is a direction from the place (read first, or "centre of Rafah" would win).
const OF_CENTRE_BEFORE = new RegExp(
  `\\b(${DIRS.replace(/\|central\|centre\|center/, '')})(?:ern|erly)?\\s+of\\s+(?:the\\s+)?(?:(?:city|town)\\s+)?(?:(?:centre|center|heart|middle)\\s+of\\s+(?:the\\s+)?|central\\s+|downtown\\s+)$`,
  'i',
);
// "eastern Khan Younis", "southern Gaza": the part of the place.
const ADJECTIVE_BEFORE = new RegExp(`\\b(${DIRS.replace(/\|central\|centre\|center/, '')})(?:ern)\\s+$`, 'i');

function direction(word: string): Direction {
  const w = word.toLowerCase().replace('-', '').replace(/ern$|erly$/, '');
  if (w === 'central' || w === 'center') return 'centre';
  return w as Direction;
}

function sentenceStart(text: string, at: number): number {
  const cut = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at));
  return cut < 0 ? 0 : cut + 1;
}

export function placeMentions(text: string, hits: NameHit[], broad: ReadonlySet<string> = new Set()): PlaceMention[] {
  const places = hits.filter((h) => h.entry.kind === 'place');
  return places.map((h, i) => {
    const mention: PlaceMention = { text: text.slice(h.start, h.end), start: h.start, end: h.end, placeId: h.entry.id, name: h.entry.name };
    const before = text.slice(Math.max(0, h.start - 60), h.start);
    const rel = OF_CENTRE_BEFORE.exec(before) ?? RELATIVE_BEFORE.exec(before);
    const adj = rel ? null : ADJECTIVE_BEFORE.exec(before);
    const m = rel ?? adj;
    if (m) {
      const word = (m[1] ?? m[2] ?? m[3])!;
      const relStart = h.start - before.length + m.index;
      // The place said to lie there: the nearest place named earlier in the same sentence
      // ("al-Mawasi, located east of Khan Younis").
      const from = sentenceStart(text, relStart);
      // Broad places ("the Gaza Strip" in an appositive) are skipped when a specific one was named.
      const earlier = [...places.slice(0, i)].reverse().filter((p) => p.start >= from && p.end <= relStart && p.entry.id !== h.entry.id);
      const subject = earlier.find((p) => !broad.has(p.entry.id)) ?? earlier[0];
      mention.relation = {
        direction: direction(word),
        of: h.entry.id,
        text: text.slice(relStart, h.end),
        kind: rel ? 'of' : 'part',
        ...(subject ? { subject: subject.entry.id } : {}),
      };
    }
    return mention;
  });
}

export function actorMentions(text: string, hits: NameHit[]): ActorMention[] {
  return hits
    .filter((h) => h.entry.kind === 'actor')
    .map((h) => ({ text: text.slice(h.start, h.end), start: h.start, end: h.end, actorId: h.entry.id, name: h.entry.name }));
}
