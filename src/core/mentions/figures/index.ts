// Figures: "at least 38 people were killed", "including 13 children", "a death toll of 43,000".
// A chrono-style pipeline over one tokenisation of the text: stages find numbers, drop the ones that
// are not counts, parse the patterns news copy uses (each parser claims the numbers it reads, in
// order of how specific its pattern is), then refiners attach subsets, period, place and source.
import type { FigureMention } from '../../types';
import { detectLanguage } from './language';
import { lexiconFor } from './lexicon';
import type { Ctx } from './model';
import { dropNonFigures } from './negatives';
import { finalize } from './finalize';
import { linkSubsets } from './link-subsets';
import { parseNumberFirst } from './parse-number-first';
import { parseSubsets } from './parse-subset';
import { parseTolls } from './parse-toll';
import { parseVerbFirst } from './parse-verb-first';
import { refinePlaces } from './place';
import { findQuantities } from './quantities';
import { refineAttribution } from './refine-attribution';
import { refineScope } from './scope';
import { tokenizeText } from './tokens';

type Stage = (ctx: Ctx) => void;

const STAGES: Stage[] = [
  findQuantities,
  dropNonFigures,
  parseSubsets,
  parseVerbFirst,
  parseTolls,
  parseNumberFirst,
  linkSubsets,
  refineScope,
  refinePlaces,
  refineAttribution,
];

export function extractFigures(text: string): FigureMention[] {
  const { toks, sents } = tokenizeText(text);
  const lex = lexiconFor(detectLanguage(toks));
  const ctx: Ctx = { text, toks, sents, lex, numberLangs: lex.numberLangs, quantities: [], quantityAt: new Map(), candidates: [] };
  for (const stage of STAGES) stage(ctx);
  return finalize(ctx);
}
