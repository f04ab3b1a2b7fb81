// Lookups that are not a page analysis: the popup's search box and front-page links.
import { matchLink } from '../core/matching/links';
import { shortTextTerms } from '../core/matching/query';
import type { Repository } from '../core/repository';
import type { LinkSnapshot } from '../core/types';
import type { LinkMatch, SearchHit } from '../messaging/protocol';

const MAX_LINKS = 300;

export async function searchEvents(query: string, repo: Repository, limit: number): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const terms = shortTextTerms(q, await repo.lexicon());
  if (!terms.length) return [];
  const found = await repo.candidates({ terms, limit: Math.min(limit, 50) });
  return found.map((c) => ({ eventId: c.event.id, title: c.event.title, date: c.event.date, sources: c.reports.length, score: Math.round(c.indexScore * 100) / 100 }));
}

export async function matchLinks(links: LinkSnapshot[], repo: Repository): Promise<LinkMatch[]> {
  const lexicon = await repo.lexicon();
  const out: LinkMatch[] = [];
  const seen = new Set<string>();
  for (const link of links.slice(0, MAX_LINKS)) {
    if (seen.has(link.href)) continue;
    seen.add(link.href);
    const m = await matchLink(link, repo, lexicon);
    if (m) out.push(m);
  }
  return out;
}
