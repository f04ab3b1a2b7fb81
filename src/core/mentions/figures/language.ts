// Which language a page is in, from its commonest function words. Only the figure tables need it,
// and only coarsely: a wrong guess on a short text costs the non-English number words, nothing else.
import type { FigureLang } from './lexicon';
import type { Tok } from './model';

const MARKERS: [FigureLang, string][] = [
  ['en', 'the and of to was were said that with for from have has this by killed people'],
  ['es', 'el los las del que por con una un fueron según para al muertos también entre ellos murieron mató personas heridos'],
  ['fr', 'le les des du et est une dans sur ont selon été au aux tués morts personnes blessés'],
  ['de', 'der die das und ist wurden nicht mit den dem ein eine auf von sich menschen getötet kamen ums mindestens'],
  ['pt', 'os das dos não foram uma com pelo pela segundo ao também pessoas mortos morreram feridos'],
  ['it', 'il della delle che sono gli nel per con di una dei stati secondo persone morti uccisi feriti'],
  ['nordic', 'og er på det av som til har ble ikke och är att inte blev af ifølge enligt drept minst personer mennesker'],
];

const WORD_LANGS = new Map<string, FigureLang[]>();
for (const [lang, list] of MARKERS) {
  for (const w of list.split(' ')) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
}

/** The language with the most marker words among the first 400 tokens; English on ties. */
export function detectLanguage(toks: readonly Tok[]): FigureLang {
  const score = new Map<FigureLang, number>();
  const n = Math.min(toks.length, 400);
  for (let i = 0; i < n; i++) {
    const langs = WORD_LANGS.get(toks[i]?.low ?? '');
    if (langs) for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  }
  let best: FigureLang = 'en';
  let bestScore = (score.get('en') ?? 0) + 0.5;
  for (const [l, s] of score) {
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}
