// The words one language uses for figures. Each table is data; phrases are written with single
// spaces and matched token by token (see ../phrases.ts), so "at least" and "au moins" work alike.
import type { NumberLang } from '../../../text/numbers';
import type { FigureKind, Qualifier } from '../../../types';
import type { SubjectClass } from '../model';

export interface FigureWords {
  numberLangs: NumberLang[];
  /** Continental pages group thousands with spaces ("2 750"). */
  spaceGroups: boolean;
  /** Phrase before a number → qualifier. */
  qualifiers: Record<string, Qualifier>;
  /** Verbs whose particle reads like a one-word qualifier: "handed over 14" is not "more than 14". */
  particleVerbs: string[];
  /** "between" → its "and" ("entre" → "y"). */
  between: Record<string, string>;
  /** Words joining the two ends of a range ("20 to 30", "20 or 30"). */
  rangeLinks: string[];
  /** After the number (and its noun and auxiliaries): what happened. */
  after: Record<string, FigureKind>;
  /** Before the number: the verb or noun phrase that governs it ("killing", "the release of"). */
  before: Record<string, FigureKind>;
  /** Nouns that carry the kind; `true` when the noun also says who ("hostages") and not only what. */
  kindNouns: Record<string, [FigureKind, boolean]>;
  /** Auxiliaries and hedges between the noun and the participle ("were", "have been", "reportedly"). */
  aux: string[];
  /** Head nouns for people, with their class. */
  people: Record<string, SubjectClass>;
  /** Head nouns for counted things (reported as `count` with subjectClass 'other'). */
  things: string[];
  /** Verbs that make a count of things a fact of the event ("fired 200 rockets"). */
  thingVerbs: string[];
  /** Before a number: "including", "among them". */
  subsetBefore: string[];
  /** After a number: "of them", "of whom". */
  subsetAfter: string[];
  /** "(among|of) the dead" → the kind of the total the subset is part of. */
  amongPreps: string[];
  amongGroups: Record<string, FigureKind>;
  /** Toll nouns: "death toll", "the number of injured". */
  tolls: Record<string, FigureKind>;
  /** Between a verb and its number: "another", "a total of", Spanish personal "a". */
  fillers: string[];
  /** Words that end a noun phrase. */
  stop: string[];
  /** "of" after vague quantities: "dozens of people". */
  of: string[];
  /** Modifiers that never head a noun phrase ("38 more", "38 other"). */
  modifiers: string[];
  /** Head nouns of sources ("ministry", "officials"). */
  sources: string[];
  /** Sources that do not name anyone ("a source", "officials"). */
  anonymous: string[];
  /** "according to", "citing". */
  according: string[];
  /** Postpositions: German "dem Ministerium zufolge". */
  accordingAfter: string[];
  /** "said", "told". */
  sayVerbs: string[];
  pronouns: string[];
  /** Words that open a sentence continuing the previous one's figures ("That", "The figures"). */
  continuations: string[];
  /** Words before a number that make it an identifier ("Resolution 1701", "Flight 370"). */
  identifiers: string[];
  /** Words after a number that make it a measure, not a count. */
  units: string[];
  /** Words before a number that make it an age ("aged 70"). */
  ageBefore: string[];
  /** Words before a year ("in 2023", "since 1967"). */
  yearBefore: string[];
  months: string[];
}
