// Compiled lexicons, one per page language, each merged with English. Built once at module load.
import type { NumberLang } from '../../../text/numbers';
import type { FigureKind, Qualifier } from '../../../types';
import type { SubjectClass } from '../model';
import { compileList, compileTable, normalizeLow, type PhraseTable } from '../phrases';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nordic } from './nordic';
import { pt } from './pt';
import type { FigureWords } from './types';

export type FigureLang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nordic';

export interface Lexicon {
  lang: FigureLang;
  numberLangs: NumberLang[];
  spaceGroups: boolean;
  qualifiers: PhraseTable<Qualifier>;
  particleVerbs: Set<string>;
  between: PhraseTable<string>;
  rangeLinks: Set<string>;
  after: PhraseTable<FigureKind>;
  before: PhraseTable<FigureKind>;
  kindNouns: Map<string, [FigureKind, boolean]>;
  aux: Set<string>;
  people: Map<string, SubjectClass>;
  things: Set<string>;
  thingVerbs: Set<string>;
  subsetBefore: PhraseTable<true>;
  subsetAfter: PhraseTable<true>;
  amongPreps: Set<string>;
  amongGroups: PhraseTable<FigureKind>;
  tolls: PhraseTable<FigureKind>;
  fillers: PhraseTable<true>;
  stop: Set<string>;
  of: Set<string>;
  modifiers: Set<string>;
  sources: Set<string>;
  anonymous: Set<string>;
  according: PhraseTable<true>;
  accordingAfter: Set<string>;
  sayVerbs: PhraseTable<true>;
  pronouns: Set<string>;
  continuations: PhraseTable<true>;
  identifiers: Set<string>;
  units: Set<string>;
  ageBefore: Set<string>;
  yearBefore: Set<string>;
  months: Set<string>;
}

const lowSet = (ws: string[]) => new Set(ws.map((w) => normalizeLow(w.toLowerCase())));

function merge(a: FigureWords, b: FigureWords): FigureWords {
  const out = { ...a } as Record<string, unknown>;
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (Array.isArray(v) && Array.isArray(prev)) out[k] = [...prev, ...v];
    else if (v && typeof v === 'object' && prev && typeof prev === 'object') out[k] = { ...prev, ...v };
    else out[k] = v;
  }
  return out as unknown as FigureWords;
}

function compile(lang: FigureLang, w: FigureWords): Lexicon {
  return {
    lang,
    numberLangs: lang === 'en' ? ['en'] : [...w.numberLangs.filter((l) => l !== 'en'), 'en'],
    spaceGroups: lang !== 'en',
    qualifiers: compileTable(Object.entries(w.qualifiers)),
    particleVerbs: lowSet(w.particleVerbs),
    between: compileTable(Object.entries(w.between)),
    rangeLinks: lowSet(w.rangeLinks),
    after: compileTable(Object.entries(w.after)),
    before: compileTable(Object.entries(w.before)),
    kindNouns: new Map(Object.entries(w.kindNouns)),
    aux: lowSet(w.aux),
    people: new Map(Object.entries(w.people).map(([k, v]) => [k.toLowerCase(), v])),
    things: lowSet(w.things),
    thingVerbs: lowSet(w.thingVerbs),
    subsetBefore: compileList(w.subsetBefore),
    subsetAfter: compileList(w.subsetAfter),
    amongPreps: lowSet(w.amongPreps),
    amongGroups: compileTable(Object.entries(w.amongGroups)),
    tolls: compileTable(Object.entries(w.tolls)),
    fillers: compileList(w.fillers),
    stop: lowSet(w.stop),
    of: lowSet(w.of),
    modifiers: lowSet(w.modifiers),
    sources: lowSet(w.sources),
    anonymous: lowSet(w.anonymous),
    according: compileList(w.according),
    accordingAfter: lowSet(w.accordingAfter),
    sayVerbs: compileList(w.sayVerbs),
    pronouns: lowSet(w.pronouns),
    continuations: compileList(w.continuations),
    identifiers: lowSet(w.identifiers),
    units: lowSet(w.units),
    ageBefore: lowSet(w.ageBefore),
    yearBefore: lowSet(w.yearBefore),
    months: lowSet(w.months),
  };
}

const TABLES: Record<FigureLang, FigureWords> = { en, es, fr, de, pt, it, nordic };

// The page's language first, so its words win where two tables disagree.
const LEXICONS: Record<FigureLang, Lexicon> = Object.fromEntries(
  (Object.keys(TABLES) as FigureLang[]).map((l) => [l, compile(l, l === 'en' ? en : merge(en, TABLES[l]))]),
) as Record<FigureLang, Lexicon>;

export function lexiconFor(lang: FigureLang): Lexicon {
  return LEXICONS[lang];
}
