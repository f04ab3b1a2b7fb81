// Helpers for writing the tables compactly, and an empty table other languages fill in.
import type { FigureKind } from '../../../types';
import type { SubjectClass } from '../model';
import type { FigureWords } from './types';

export const words = (s: string): string[] => s.trim().split(/\s+/);

/** "a|b|c" → [[a, kind], [b, kind], [c, kind]]. */
export const kinds = (kind: FigureKind, s: string): [string, FigureKind][] =>
  s.split('|').map((p) => [p.trim().replace(/\s+/g, ' '), kind]);

/** "a b c" → {a: cls, b: cls, c: cls}. */
export const classes = (cls: SubjectClass, s: string): Record<string, SubjectClass> =>
  Object.fromEntries(words(s).map((w) => [w.toLowerCase(), cls]));

export function table(partial: Partial<FigureWords> & Pick<FigureWords, 'numberLangs'>): FigureWords {
  return {
    spaceGroups: true,
    qualifiers: {}, particleVerbs: [], between: {}, rangeLinks: [], after: {}, before: {}, kindNouns: {}, aux: [], people: {}, things: [],
    thingVerbs: [], subsetBefore: [], subsetAfter: [], amongPreps: [], amongGroups: {}, tolls: {}, fillers: [], stop: [],
    of: [], modifiers: [], sources: [], anonymous: [], according: [], accordingAfter: [], sayVerbs: [], pronouns: [],
    continuations: [], identifiers: [], units: [], ageBefore: [], yearBefore: [], months: [],
    ...partial,
  };
}
