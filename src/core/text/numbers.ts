// Numbers as news copy writes them: digits with either grouping convention ("1,200", "2.750",
// "2 750"), digits with a scale word ("1.2 million", "2,5 millones") and number words in English and
// in the languages some pages come in (Spanish, French, Portuguese, German, Norwegian, Danish,
// Swedish, Italian), including vague quantities ("dozens", "hundreds", "une vingtaine").
//
// The reader works on tokens (see `tokenize`) so the figure extractor can ask "is there a number
// starting at token i, and where does it end?" without re-scanning text. The word tables are in
// this file on purpose: they are data the reader is tuned against, and a split would only scatter it.

export type NumberLang = 'en' | 'es' | 'fr' | 'pt' | 'de' | 'it' | 'no' | 'da' | 'sv';

/** How vague a number is. A vague value is a lower bound ("dozens" → 24, "hundreds" → 200). */
export type Vagueness = 'about' | 'dozens' | 'scores' | 'hundreds' | 'thousands' | 'millions';

export interface BasicToken {
  /** Exactly text.slice(start, end). */
  text: string;
  /** Lower-cased text, for table lookups. */
  low: string;
  start: number;
  end: number;
}

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  form: 'digits' | 'words';
  vague?: Vagueness;
}

export interface NumberSpan {
  text: string;
  start: number;
  end: number;
  value: number;
  form: 'digits' | 'words';
  vague?: Vagueness;
}

export interface ReadOptions {
  /** Word tables to use; digits are read in any case. Default: English. */
  langs?: readonly NumberLang[];
  /** Read "2.750" as 2750 (a count of people is never fractional; continental pages group with dots). */
  preferThousands?: boolean;
  /** Join "2 750" written with a plain space (French, Nordic and German pages do). */
  spaceGroups?: boolean;
}

// Digits with optional separators, a run of letters, or one other non-space character. Apostrophes
// and hyphens are their own tokens so "15-year-old", "sixty-four" and "l'armée" split predictably.
export const TOKEN_PATTERN = String.raw`\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\d]`;
const TOKEN_RE = new RegExp(TOKEN_PATTERN, 'gu');

export function tokenize(text: string): BasicToken[] {
  const out: BasicToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    out.push({ text: m[0], low: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

const DIGITS_RE = /^\d+(?:[.,]\d+)*$/;

/**
 * Value of a digit string. Both separators present: the last one is the decimal mark. One kind of
 * separator: groups of exactly three digits are thousands ("1,200", "1.200.000"), except a single
 * dot group ("2.750"), which is 2.75 unless `preferThousands`. Anything else is a decimal
 * ("1,5" → 1.5, "1.2" → 1.2) or not a number ("1,2,3").
 */
export function parseDigits(raw: string, opts: { preferThousands?: boolean } = {}): number | null {
  if (!DIGITS_RE.test(raw)) return null;
  const hasDot = raw.includes('.');
  const hasComma = raw.includes(',');
  if (!hasDot && !hasComma) return Number(raw);
  if (hasDot && hasComma) {
    const dec = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    const [intPart = '', frac = ''] = [raw.slice(0, raw.lastIndexOf(dec)), raw.slice(raw.lastIndexOf(dec) + 1)];
    if (intPart.includes(dec) || frac.includes(group) || !isGrouped(intPart.split(group))) return null;
    return Number(`${intPart.split(group).join('')}.${frac}`);
  }
  const parts = raw.split(hasDot ? '.' : ',');
  const grouped = isGrouped(parts);
  if (parts.length > 2) return grouped ? Number(parts.join('')) : null;
  if (grouped && (hasComma || opts.preferThousands)) return Number(parts.join(''));
  return Number(parts.join('.'));
}

function isGrouped(parts: string[]): boolean {
  const [head = '', ...rest] = parts;
  return head.length >= 1 && head.length <= 3 && rest.length > 0 && rest.every((p) => p.length === 3);
}

// ─── Word tables ──────────────────────────────────────────────────────────────────────────────────

type AtomType = 'unit' | 'ten' | 'hundreds' | 'hundred' | 'big' | 'article' | 'conn' | 'dozen';
interface Atom {
  t: AtomType;
  v: number;
  /** Additive values that may follow (French "soixante" takes "dix"–"dix-neuf", so 20). */
  slot?: number;
  /** French "vingt" after "quatre" multiplies (quatre-vingt = 80). */
  vig?: boolean;
}

interface LangTable {
  /** Space-separated words whose value is their position (0, 1, 2, ...); "_" skips a value. */
  units: string;
  /** Extra unit spellings: word → value. */
  more?: Record<string, number>;
  /** Tens: word → value. */
  tens: Record<string, number>;
  /** Additive hundreds (Spanish "doscientos" = 200). */
  hundreds?: Record<string, number>;
  hundred: string[];
  big: Record<string, number>;
  articles: string[];
  conn: string[];
  dozen: string[];
  /** Vague phrases, words separated by spaces: phrase → [value, vagueness]. */
  vague: Record<string, [number, Vagueness]>;
  /** Single-word numbers may be compounds ("vierundsechzig", "sessantaquattro"). */
  compounds?: boolean;
}

const V20: [number, Vagueness] = [20, 'dozens'];
const V24: [number, Vagueness] = [24, 'dozens'];
const H: [number, Vagueness] = [200, 'hundreds'];
const T: [number, Vagueness] = [2000, 'thousands'];
const TT: [number, Vagueness] = [20000, 'thousands'];
const HT: [number, Vagueness] = [200000, 'thousands'];
const M: [number, Vagueness] = [2000000, 'millions'];
const about = (n: number): [number, Vagueness] => [n, 'about'];

const TABLES: Record<NumberLang, LangTable> = {
  en: {
    units: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    tens: { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
    hundred: ['hundred'],
    big: { thousand: 1e3, million: 1e6, billion: 1e9 },
    articles: ['a', 'an'],
    conn: ['and'],
    dozen: ['dozen'],
    vague: { dozens: V24, scores: [40, 'scores'], hundreds: H, thousands: T, 'tens of thousands': TT, 'hundreds of thousands': HT, millions: M },
  },
  es: {
    units: 'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve',
    more: { dieciseis: 16, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29 },
    tens: { veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
    hundreds: { cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900 },
    hundred: [],
    big: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6 },
    articles: ['un', 'una'],
    conn: ['y'],
    dozen: ['docena'],
    vague: { decenas: V20, docenas: V24, centenares: H, cientos: H, miles: T, 'decenas de miles': TT, 'cientos de miles': HT, 'centenares de miles': HT, millones: M },
  },
  pt: {
    units: 'zero _ dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove',
    more: { duas: 2, tres: 3, quatorze: 14, dezasseis: 16, dezassete: 17, dezanove: 19 },
    tens: { vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90 },
    hundreds: { cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500, quinhentas: 500, seiscentos: 600, seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800, oitocentas: 800, novecentos: 900, novecentas: 900 },
    hundred: [],
    big: { mil: 1e3, milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6 },
    articles: ['um', 'uma'],
    conn: ['e'],
    dozen: ['dúzia', 'duzia'],
    vague: { dezenas: V20, dúzias: V24, centenas: H, milhares: T, 'dezenas de milhares': TT, 'centenas de milhares': HT, milhões: M },
  },
  fr: {
    units: 'zéro _ deux trois quatre cinq six sept huit neuf _ onze douze treize quatorze quinze seize',
    tens: { dix: 10, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90 },
    hundred: ['cent', 'cents'],
    big: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
    articles: ['un', 'une'],
    conn: ['et'],
    dozen: ['douzaine'],
    vague: {
      dizaines: V20, douzaines: V24, centaines: H, milliers: T, 'dizaines de milliers': TT, 'centaines de milliers': HT,
      'une dizaine': about(10), 'une quinzaine': about(15), 'une vingtaine': about(20), 'une trentaine': about(30),
      'une quarantaine': about(40), 'une cinquantaine': about(50), 'une soixantaine': about(60), 'une centaine': about(100),
      vingtaine: about(20), trentaine: about(30), cinquantaine: about(50), centaine: about(100),
    },
  },
  de: {
    units: 'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn',
    more: { funf: 5, zwolf: 12 },
    tens: { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
    hundred: ['hundert'],
    big: { tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9 },
    articles: ['ein', 'eine', 'einer', 'einem', 'einen'],
    conn: ['und'],
    dozen: ['dutzend'],
    vague: { dutzende: V24, hunderte: H, tausende: T, zehntausende: TT, hunderttausende: HT },
    compounds: true,
  },
  it: {
    units: 'zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove',
    more: { tré: 3 },
    // The elided forms only occur inside compounds ("ventuno", "trentotto").
    tens: { venti: 20, vent: 20, trenta: 30, trent: 30, quaranta: 40, quarant: 40, cinquanta: 50, cinquant: 50, sessanta: 60, sessant: 60, settanta: 70, settant: 70, ottanta: 80, ottant: 80, novanta: 90, novant: 90 },
    hundred: ['cento'],
    big: { mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
    articles: ['un', 'una'],
    conn: ['e'],
    dozen: ['dozzina'],
    vague: {
      decine: V20, dozzine: V24, centinaia: H, migliaia: T, 'decine di migliaia': TT, 'centinaia di migliaia': HT, milioni: M,
      'una decina': about(10), 'una ventina': about(20), 'una trentina': about(30), 'una quarantina': about(40),
      'una cinquantina': about(50), 'un centinaio': about(100),
    },
    compounds: true,
  },
  no: {
    units: 'null _ to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten',
    more: { syv: 7 },
    tens: { tjue: 20, tyve: 20, tretti: 30, tredve: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90 },
    hundred: ['hundre'],
    big: { tusen: 1e3, million: 1e6, millioner: 1e6, milliard: 1e9, milliarder: 1e9 },
    articles: ['en', 'ett', 'ei', 'et'],
    conn: ['og'],
    dozen: ['dusin'],
    vague: { dusinvis: V24, titalls: V20, hundrevis: H, tusenvis: T, titusenvis: TT, hundretusenvis: HT },
    compounds: true,
  },
  da: {
    units: 'nul _ to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten',
    tens: { tyve: 20, tredive: 30, fyrre: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90 },
    hundred: ['hundrede'],
    big: { tusind: 1e3, million: 1e6, millioner: 1e6, milliard: 1e9, milliarder: 1e9 },
    articles: ['en', 'et'],
    conn: ['og'],
    dozen: ['dusin'],
    vague: { dusinvis: V24, hundredvis: H, tusindvis: T, titusindvis: TT, hundredtusindvis: HT },
    compounds: true,
  },
  sv: {
    units: 'noll _ två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton',
    more: { aderton: 18 },
    tens: { tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90 },
    hundred: ['hundra'],
    big: { tusen: 1e3, miljon: 1e6, miljoner: 1e6, miljard: 1e9, miljarder: 1e9 },
    articles: ['en', 'ett'],
    conn: ['och'],
    dozen: ['dussin'],
    vague: { dussintals: V24, tiotals: V20, hundratals: H, tusentals: T, tiotusentals: TT, hundratusentals: HT },
    compounds: true,
  },
};

// French "soixante" and "quatre-vingt" count on to 79 and 99 ("soixante-dix-neuf").
const SLOT_OVERRIDES: Record<string, number> = { soixante: 20, vingt: 10 };

interface Compiled {
  words: Map<string, Atom>;
  /** Morphemes for splitting compounds, longest first. */
  morphemes: { text: string; atom: Atom }[];
  morphemeHeads: Set<string>;
  vague: Map<string, { words: string[]; value: number; vague: Vagueness }[]>;
}

function compileLang(lang: NumberLang): Compiled {
  const t = TABLES[lang];
  const words = new Map<string, Atom>();
  t.units.split(' ').forEach((w, v) => {
    if (w !== '_') words.set(w, { t: 'unit', v });
  });
  for (const [w, v] of Object.entries(t.more ?? {})) words.set(w, { t: 'unit', v });
  for (const [w, v] of Object.entries(t.tens)) {
    const slot = lang === 'fr' ? (SLOT_OVERRIDES[w] ?? 10) : 10;
    words.set(w, { t: 'ten', v, slot, vig: lang === 'fr' && (w === 'vingt' || w === 'vingts') });
  }
  for (const [w, v] of Object.entries(t.hundreds ?? {})) words.set(w, { t: 'hundreds', v });
  for (const w of t.hundred) words.set(w, { t: 'hundred', v: 100 });
  for (const [w, v] of Object.entries(t.big)) words.set(w, { t: 'big', v });
  for (const w of t.articles) if (!words.has(w)) words.set(w, { t: 'article', v: 1 });
  for (const w of t.conn) words.set(w, { t: 'conn', v: 0 });
  for (const w of t.dozen) words.set(w, { t: 'dozen', v: 12 });
  const morphemes: Compiled['morphemes'] = [];
  if (t.compounds) {
    for (const [text, atom] of words) {
      // Inside a compound an article is the digit one ("einhundert", "etthundre").
      morphemes.push({ text, atom: atom.t === 'article' ? { t: 'unit', v: 1 } : atom });
    }
    morphemes.sort((a, b) => b.text.length - a.text.length);
  }
  const vague = new Map<string, { words: string[]; value: number; vague: Vagueness }[]>();
  for (const [phrase, [value, vg]] of Object.entries(t.vague)) {
    const ws = phrase.split(' ');
    const list = vague.get(ws[0] ?? '') ?? [];
    list.push({ words: ws, value, vague: vg });
    list.sort((a, b) => b.words.length - a.words.length);
    vague.set(ws[0] ?? '', list);
  }
  return { words, morphemes, morphemeHeads: new Set(morphemes.map((m) => m.text.slice(0, 2))), vague };
}

const COMPILED: Record<NumberLang, Compiled> = Object.fromEntries(
  (Object.keys(TABLES) as NumberLang[]).map((l) => [l, compileLang(l)]),
) as Record<NumberLang, Compiled>;

// Compound splits are remembered: the same few words recur across a page and across pages.
const compoundCache = new Map<string, Atom[] | null>();

function splitCompound(word: string, c: Compiled, lang: NumberLang): Atom[] | null {
  if (word.length < 5 || !c.morphemeHeads.has(word.slice(0, 2))) return null;
  const key = `${lang}:${word}`;
  const hit = compoundCache.get(key);
  if (hit !== undefined) return hit;
  const atoms = segment(word, 0, c);
  const result = atoms && atoms.length > 1 ? reorderUnitTen(atoms) : null;
  if (compoundCache.size > 4000) compoundCache.clear();
  compoundCache.set(key, result);
  return result;
}

function segment(word: string, pos: number, c: Compiled): Atom[] | null {
  if (pos === word.length) return [];
  for (const m of c.morphemes) {
    if (!word.startsWith(m.text, pos)) continue;
    const rest = segment(word, pos + m.text.length, c);
    if (rest) return [m.atom, ...rest];
  }
  return null;
}

// German and Danish say the unit first: "vier-und-sechzig", "fire-og-tres".
function reorderUnitTen(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const conn = atoms[i + 1];
    const ten = atoms[i + 2];
    if (a && a.t === 'unit' && a.v < 10 && conn?.t === 'conn' && ten?.t === 'ten') {
      out.push(ten, a);
      i += 2;
    } else if (a && a.t !== 'conn') out.push(a);
  }
  return out;
}

function atomsFor(word: string, langs: readonly NumberLang[]): Atom[] | null {
  for (const l of langs) {
    const a = COMPILED[l].words.get(word);
    if (a) return [a];
  }
  for (const l of langs) {
    if (!TABLES[l].compounds) continue;
    const split = splitCompound(word, COMPILED[l], l);
    if (split) return split;
  }
  return null;
}

// ─── Reading ──────────────────────────────────────────────────────────────────────────────────────

interface State {
  total: number;
  cur: number;
  slot: number;
  lastBig: number;
  last: Atom | null;
  dozen: boolean;
}

/** Adds one atom to a number being read; false when the atom cannot continue it. */
function push(s: State, a: Atom): boolean {
  const started = s.last !== null;
  switch (a.t) {
    case 'article':
      if (started) return false;
      s.cur = 1;
      s.slot = 1;
      break;
    case 'unit':
    case 'ten':
    case 'hundreds':
      if (s.last?.t === 'article') return false;
      if (a.vig && s.last?.t === 'unit' && s.last.v === 4) {
        s.cur += 76; // quatre-vingt
        s.slot = 20;
        break;
      }
      if (started && !(a.v < s.slot)) return false;
      s.cur += a.v;
      s.slot = a.t === 'unit' ? 1 : a.t === 'ten' ? (a.slot ?? 10) : 100;
      break;
    case 'hundred':
      if (s.cur >= 100) return false;
      s.cur = (s.cur || 1) * 100;
      s.slot = 100;
      break;
    case 'big':
      if (s.lastBig && a.v === s.lastBig) return false;
      if (s.lastBig && a.v > s.lastBig) s.total = (s.total + s.cur) * a.v;
      else s.total += (s.cur || 1) * a.v;
      s.cur = 0;
      s.lastBig = a.v;
      s.slot = a.v;
      break;
    case 'dozen':
      s.cur = (s.cur || 1) * 12;
      s.slot = 1;
      s.dozen = true;
      break;
    case 'conn':
      return false;
  }
  s.last = a;
  return true;
}

function pushAll(s: State, atoms: Atom[]): boolean {
  const copy = { ...s };
  for (const a of atoms) {
    if (!push(copy, a)) return false;
  }
  Object.assign(s, copy);
  return true;
}

function readWords(tokens: readonly BasicToken[], i: number, langs: readonly NumberLang[]): NumberRead | null {
  const s: State = { total: 0, cur: 0, slot: Infinity, lastBig: 0, last: null, dozen: false };
  let next = i;
  let j = i;
  while (j < tokens.length) {
    const tok = tokens[j];
    if (!tok) break;
    let atoms = atomsFor(tok.low, langs);
    let step = 1;
    const joiner = tok.low === '-' || tok.low === '‐';
    if (s.last && (joiner || atoms?.[0]?.t === 'conn')) {
      // A hyphen or "and"/"y"/"et" only joins when a number word follows it directly.
      const after = tokens[j + 1];
      if (joiner && (!after || after.start !== tok.end || tokens[j - 1]?.end !== tok.start)) break;
      if (!joiner && s.last.t === 'unit') break; // "twelve and three" is two numbers
      atoms = after ? atomsFor(after.low, langs) : null;
      // After a joiner an article is the digit one: "vingt et un", "treinta y un", "vinte e um".
      if (atoms?.[0]?.t === 'article') atoms = [{ t: 'unit', v: 1 }];
      step = 2;
    }
    if (!atoms || atoms[0]?.t === 'conn' || !pushAll(s, atoms)) break;
    j += step;
    next = j;
  }
  if (!s.last || s.last.t === 'article') return null;
  const value = s.total + s.cur;
  return { value, next, form: 'words', ...(s.dozen ? { vague: 'about' as const } : {}) };
}

function readVague(tokens: readonly BasicToken[], i: number, langs: readonly NumberLang[]): NumberRead | null {
  const first = tokens[i];
  if (!first) return null;
  for (const l of langs) {
    for (const cand of COMPILED[l].vague.get(first.low) ?? []) {
      if (cand.words.every((w, k) => tokens[i + k]?.low === w)) {
        return { value: cand.value, next: i + cand.words.length, form: 'words', vague: cand.vague };
      }
    }
  }
  return null;
}

// Characters that group thousands on continental pages: no-break, narrow no-break and thin spaces.
const GROUP_SPACES = new Set(['\u00a0', '\u202f', '\u2009']);

function readDigitsAt(text: string, tokens: readonly BasicToken[], i: number, opts: ReadOptions): NumberRead | null {
  const first = tokens[i];
  if (!first) return null;
  let raw = first.text;
  let next = i + 1;
  if (/^\d{1,3}$/.test(raw)) {
    for (let t = tokens[next], prev = first; t && /^\d{3}$/.test(t.text); prev = t, t = tokens[next]) {
      const gap = text.slice(prev.end, t.start);
      if (!(gap.length === 1 && (GROUP_SPACES.has(gap) || (opts.spaceGroups && gap === ' ')))) break;
      raw += t.text;
      next++;
    }
  }
  const scaleTok = tokens[next];
  const scale = scaleTok && /^\s+$/.test(text.slice(tokens[next - 1]?.end ?? 0, scaleTok.start))
    ? atomsFor(scaleTok.low, opts.langs ?? ['en'])
    : null;
  const mult = scale?.length === 1 && scale[0] && ['big', 'hundred', 'dozen'].includes(scale[0].t) ? scale[0].v : 0;
  const base = parseDigits(raw, { preferThousands: !mult && opts.preferThousands === true });
  if (base === null) return null;
  if (!mult) return { value: base, next, form: 'digits' };
  const value = Math.round(base * mult * 1000) / 1000;
  return { value, next: next + 1, form: 'digits', ...(scale?.[0]?.t === 'dozen' ? { vague: 'about' as const } : {}) };
}

/** Reads a number that starts at token i: digits, digits + scale word, number words or a vague quantity. */
export function readNumberAt(text: string, tokens: readonly BasicToken[], i: number, opts: ReadOptions = {}): NumberRead | null {
  const tok = tokens[i];
  if (!tok) return null;
  const c = tok.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return readDigitsAt(text, tokens, i, opts);
  const langs = opts.langs ?? ['en'];
  if (!mayStartNumber(tok.low, langs)) return null;
  return readVague(tokens, i, langs) ?? readWords(tokens, i, langs);
}

// Most words of a page are not number words: answer that with a few map lookups, before any state.
function mayStartNumber(word: string, langs: readonly NumberLang[]): boolean {
  for (const l of langs) {
    const c = COMPILED[l];
    if (c.words.has(word) || c.vague.has(word)) return true;
    if (TABLES[l].compounds && word.length >= 5 && c.morphemeHeads.has(word.slice(0, 2))) return true;
  }
  return false;
}

/** Value of a string that is a number and nothing else ("sixty-four", "1.2 million"), else null. */
export function parseNumber(raw: string, opts: ReadOptions = {}): number | null {
  const tokens = tokenize(raw);
  const r = readNumberAt(raw, tokens, 0, opts);
  return r && r.next === tokens.length ? r.value : null;
}

/** Every number in a text, left to right, without judging what it counts. */
export function findNumbers(text: string, opts: ReadOptions = {}): NumberSpan[] {
  const tokens = tokenize(text);
  const out: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; ) {
    const r = readNumberAt(text, tokens, i, opts);
    const first = tokens[i];
    const lastTok = r ? tokens[r.next - 1] : undefined;
    if (!r || !first || !lastTok) {
      i++;
      continue;
    }
    out.push({
      text: text.slice(first.start, lastTok.end),
      start: first.start,
      end: lastTok.end,
      value: r.value,
      form: r.form,
      ...(r.vague ? { vague: r.vague } : {}),
    });
    i = r.next;
  }
  return out;
}
