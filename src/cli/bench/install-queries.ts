// Realistic candidate queries for the cold-query figure: the exact terms linkArticle sends for real
// articles (the Kassab fixture page against the bundled pack, synthetic articles against the big
// pack), computed here in Node so the browser side only runs the query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../core/article/extract';
import { articleQuery, articleView } from '../../core/matching/article-query';
import { extractMentions } from '../../core/mentions';
import type { CandidateQuery, LexiconData } from '../../core/repository';
import type { ArticleSnapshot, Pack } from '../../core/types';
import { ROOT } from '../load';
import { parseDocument } from '../../core/article/parse';
import { syntheticArticles } from './pipeline';

/** linkArticle's candidate limit. */
const LIMIT = 40;

export interface NamedQuery {
  name: string;
  query: CandidateQuery;
}

function lexiconOf(packs: Pack[]): LexiconData {
  return { places: packs.flatMap((p) => p.places), actors: packs.flatMap((p) => p.actors), outlets: packs.flatMap((p) => p.outlets) };
}

function queryFor(snapshot: ArticleSnapshot, lexicon: LexiconData): CandidateQuery {
  const mentions = extractMentions(snapshot, lexicon);
  return { terms: articleQuery(articleView(snapshot, mentions), mentions, snapshot.published, lexicon), limit: LIMIT };
}

export function kassabQuery(packs: Pack[]): NamedQuery {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/kassab-article.html'), 'utf8');
  const snapshot = extractArticle(parseDocument(html), { url: null });
  return { name: 'Kassab article', query: queryFor(snapshot, lexiconOf(packs)) };
}

export function syntheticQueries(packs: Pack[], synthetic: Pack, n: number): NamedQuery[] {
  const lexicon = lexiconOf(packs);
  return syntheticArticles(synthetic, n).map((s, i) => ({ name: `synthetic article ${i + 1}`, query: queryFor(s, lexicon) }));
}
