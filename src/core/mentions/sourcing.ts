// Sourcing: who an article says its facts come from. Four kinds of evidence, all `named` except the
// last: credit lines ("Source: AFP", "Fuente: EFE"), wire datelines and sign-offs ("GAZA (Reuters) -",
// "— AP"), attributions in prose ("according to the ministry", "medics said", "told AFP"), and an
// empty credit line ("Source :" with nothing after it on its line), kind `empty-credit`.
//
// Decision: an unnamed source in prose ("a source said", "hospital officials said") is `named` with
// the article's words as `source` and `anonymous: true`, so the sourcing rule can tell "cites an
// unnamed source" from "cites nobody" without re-reading the text.
import type { SourcingMention } from '../types';
import { attributionsIn } from './figures/attribution';
import { detectLanguage } from './figures/language';
import { lexiconFor } from './figures/lexicon';
import { tokenizeText } from './figures/tokens';
import { execAll } from './figures/unicode-re';

const LABELS = 'Sources?|Fuentes?|Kilder?|Källa|Källor|Quellen?|Fontes?|Fonti|Kaynak';
// A credit line: the label is the first thing on its line (an opening bracket aside).
const CREDIT_LINE = new RegExp(String.raw`^[ \t\u00a0]*[(\[]?[ \t\u00a0]*((?:${LABELS})[ \t\u00a0]*:)([^\n]*)$`, 'gimu');
// "(Source: AFP)" inside a line.
const CREDIT_INLINE = new RegExp(String.raw`\(((?:${LABELS})\s*:)\s*([^)\n]+)\)`, 'giu');
const WIRES = String.raw`Reuters|AFP|AP|Associated Press|Agence France-Presse|Anadolu(?: Agency)?|dpa|EFE|ANSA|Xinhua|UPI|WAFA|NTB|TT|Ritzau|Bloomberg|IANS|PTI|KUNA|MENA|Europa Press|Lusa|Yonhap|Kyodo|Bernama|Sputnik|TASS|Interfax|Ukrinform|SANA|IRNA|PA Media|PA`;
// "GAZA CITY (Reuters) -" / "(AFP) —" at the start of a paragraph.
const DATELINE = new RegExp(String.raw`(?:^|\n)[^\n(]{0,60}?(\((${WIRES})\)\s*[-—–])`, 'gu');
// "— AP", "- AFP", "(Reuters)" at the end of a line; "(with AFP)".
const SIGN_OFF = new RegExp(String.raw`(?:[-—–]\s*|\((?:with\s+)?)(${WIRES})\)?[ \t]*$`, 'gmu');
const WITH_WIRE = new RegExp(String.raw`\((?:with|con|avec|mit|med)\s+(${WIRES})\)`, 'gu');
// "told AFP", "told the Associated Press": the outlet the article relies on for the quote.
const TOLD = new RegExp(String.raw`\btold\s+(?:the\s+)?(${WIRES}|Al Jazeera|CNN|BBC|the BBC|Haaretz|Al Arabiya|Sky News)\b`, 'gu');
const PUNCT_ONLY = /^[\s\p{P}\p{S}]*$/u;

export function extractSourcing(text: string): SourcingMention[] {
  const out: SourcingMention[] = [];
  const push = (start: number, end: number, kind: SourcingMention['kind'], source: string | null, anonymous?: boolean) =>
    out.push({ text: text.slice(start, end), start, end, kind, source, ...(anonymous ? { anonymous } : {}) });

  for (const m of execAll(CREDIT_LINE, text)) {
    const label = m[1]!;
    const labelStart = m.index + m[0].indexOf(label);
    const rest = m[2] ?? '';
    if (PUNCT_ONLY.test(rest)) {
      push(labelStart, labelStart + label.length, 'empty-credit', null);
      continue;
    }
    const source = rest.trim().replace(/[\s.;,)\]]+$/u, '');
    const srcStart = labelStart + label.length + rest.indexOf(source);
    push(labelStart, srcStart + source.length, 'named', source);
  }
  for (const m of execAll(CREDIT_INLINE, text)) {
    const source = m[2]!.trim();
    push(m.index + 1, m.index + 1 + m[1]!.length + m[0].slice(1 + m[1]!.length).indexOf(source) + source.length, 'named', source);
  }
  for (const m of execAll(DATELINE, text)) {
    const credit = m[1]!;
    const start = m.index + m[0].length - credit.length;
    push(start, start + credit.length, 'named', m[2]!);
  }
  for (const re of [SIGN_OFF, WITH_WIRE, TOLD]) {
    for (const m of execAll(re, text)) {
      push(m.index, m.index + m[0].trimEnd().length, 'named', m[1]!);
    }
  }
  proseAttributions(text, push);
  return dedupe(out);
}

function proseAttributions(text: string, push: (s: number, e: number, k: 'named', src: string, anon?: boolean) => void): void {
  const { toks, sents } = tokenizeText(text);
  const lex = lexiconFor(detectLanguage(toks));
  const t = { text, toks, sents, lex };
  for (let s = 0; s < sents.length; s++) {
    for (const a of attributionsIn(t, s)) push(toks[a.first]!.start, toks[a.next - 1]!.end, 'named', a.source, a.anonymous);
  }
}

/** Text order; a mention inside another with the same source is the same credit. */
function dedupe(ms: SourcingMention[]): SourcingMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SourcingMention[] = [];
  for (const m of ms) {
    const dup = out.some((o) => o.start <= m.start && m.end <= o.end && (o.source === m.source || o.kind === 'empty-credit'));
    if (!dup) out.push(m);
  }
  return out;
}
