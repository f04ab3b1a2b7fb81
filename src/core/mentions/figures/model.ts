// Internal shapes shared by the figure stages. A stage reads the context and adds to or prunes the
// quantity and candidate lists; only `finalize` turns candidates into the public FigureMention.
import type { BasicToken, NumberLang, Vagueness } from '../../text/numbers';
import type { FigureKind, FigureScope, FigureMention, Qualifier } from '../../types';
import type { Lexicon } from './lexicon';

export type SubjectClass = FigureMention['subjectClass'];

export interface Tok extends BasicToken {
  /** Starts with a digit. */
  num: boolean;
  /** Starts with a letter. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Whitespace (or the start of the text) before it. */
  sp: boolean;
  /** Index of its sentence in Ctx.sents. */
  sent: number;
}

export interface Sentence {
  /** Token range [first, next). */
  first: number;
  next: number;
  /** Character range. */
  start: number;
  end: number;
}

/** A number as the article writes it, with its qualifier ("at least", "between ... and"). */
export interface Quantity {
  /** First token, qualifier included. */
  first: number;
  /** Tokens of the number itself (first number only, no range end). */
  numFirst: number;
  numNext: number;
  /** Token after the whole quantity (range end included). */
  next: number;
  value: number;
  max?: number;
  qualifier: Qualifier;
  explicitQualifier: boolean;
  form: 'digits' | 'words';
  vague?: Vagueness;
  /** Why it is not a figure (age, year, unit...), for debugging. */
  dropped?: string;
  claimed?: boolean;
}

export interface NounPhrase {
  first: number;
  next: number;
  /** Article's words; '' when the number stands alone ("38 killed"). */
  text: string;
  /** Class from a known head noun; null when the head is unknown. */
  cls: SubjectClass | null;
  /** The head itself names what happened ("38 bodies", "14 hostages"). */
  kindNoun?: { kind: FigureKind; isSubject: boolean };
  /** The head counts things, not people ("rockets", "homes"). */
  thing: boolean;
  /** The head is who is being quoted ("two officials said"), not a count. */
  sourceHead: boolean;
}

export interface Candidate {
  q: Quantity;
  /** null only for a subset whose kind comes from the total it belongs to. */
  kind: FigureKind | null;
  /** Token range of the span. */
  first: number;
  next: number;
  subject: string;
  subjectClass: SubjectClass;
  subset: boolean;
  parent?: Candidate;
  sent: number;
  scope: FigureScope;
  attributedTo: string | null;
}

export interface Ctx {
  text: string;
  toks: Tok[];
  sents: Sentence[];
  lex: Lexicon;
  numberLangs: NumberLang[];
  quantities: Quantity[];
  /** Quantity by its first token, for stages that scan forward ("the toll rose to ..."). */
  quantityAt: Map<number, Quantity>;
  candidates: Candidate[];
}
