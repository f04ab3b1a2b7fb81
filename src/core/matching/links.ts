// Related-link badges: does a link's headline (and URL) point to a known event? Headlines are short,
// so the bar is a strong overlap: the terms the link shares with the event must carry most of the
// link's rare terms, and at least one of them must name the happening: a place or an actor. A word
// that is merely rare in the pack ("square", "library") is rare because the pack is small, not
// because it points to one event, so it never carries a link on its own.
import type { LexiconData, Repository } from '../repository';
import type { LinkSnapshot } from '../types';
import { fromUrl } from '../article/published/url';
import { shortTextTerms } from './query';

export interface LinkDecision {
  href: string;
  eventId: string;
  title: string;
  date: string;
  confidence: number;
}

const MIN_CONFIDENCE = 0.55;

function slugWords(href: string): string {
  try {
    const path = new URL(href).pathname;
    return path.split('/').pop()!.replace(/\.\w+$/, '').replace(/[-_]+/g, ' ');
  } catch {
    return '';
  }
}

export async function matchLink(link: LinkSnapshot, repo: Repository, lexicon: LexiconData): Promise<LinkDecision | null> {
  const terms = shortTextTerms(`${link.text} ${slugWords(link.href)}`, lexicon);
  if (terms.length < 2) return null;
  const [best] = await repo.candidates({ terms, limit: 3 });
  if (!best) return null;
  const urlDate = fromUrl(link.href)[0]?.value;
  if (urlDate) {
    // An article cannot be about an event that happened after it was published, and links to old
    // coverage of a similar event are the usual false friends.
    const lag = (Date.parse(urlDate) - Date.parse(best.event.date)) / 86_400_000;
    if (lag < -1 || lag > 60) return null;
  }
  const specific = best.hits.some((h) => h.term.startsWith('p:') || h.term.startsWith('a:'));
  const hitWeight = best.hits.reduce((s, h) => s + h.idf * (terms.find((t) => t.term === h.term)?.weight ?? 1), 0);
  // Normalise by the best a perfect match could score: every query term that exists in the index.
  const possible = terms.reduce((s, t) => s + t.weight * Math.max(...best.hits.filter((h) => h.term === t.term).map((h) => h.idf), 1.5), 0);
  const confidence = Math.min(1, hitWeight / possible);
  if (!specific || best.hits.length < 2 || confidence < MIN_CONFIDENCE) return null;
  return { href: link.href, eventId: best.event.id, title: best.event.title, date: best.event.date, confidence: Math.round(confidence * 100) / 100 };
}
