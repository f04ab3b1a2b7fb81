// People, groups, organisations and states: the curated actors of data/aliases.json plus every actor
// an event names, merged by name and alias (see name-groups.ts). Ids are the slug of the name unless
// the table fixes one ("idf").
import type { ActorRecord } from '../../../core/types';
import { slug } from '../slug';
import type { AliasTable, SourceEvent } from './inputs';
import { groupNames } from './name-groups';

export interface ActorsBuild {
  actors: ActorRecord[];
  /** Actor id for each event's actor entries: ids[eventIndex][actorIndex]. */
  ids: string[][];
  notes: string[];
}

export function buildActors(events: SourceEvent[], table: AliasTable): ActorsBuild {
  const entries = events.flatMap((e) => e.actors.map((a) => ({ name: a.name.trim(), aliases: a.aliases, scope: a.type })));
  // Curated actors accept entries of any type: the sources sometimes file a state as an org.
  const curated = table.actors.map((c) => ({ ...c, scope: null }));
  const grouping = groupNames(curated, entries, table.genericAliases, 'actor');

  const ids = new Set<string>();
  const actors = grouping.groups.map((g): ActorRecord => {
    const c = g.curated === null ? undefined : table.actors[g.curated];
    const type = c?.type ?? (entries[g.members[0] ?? -1]?.scope as ActorRecord['type']);
    let id = c?.id ?? slug(g.name);
    // Two different actors with one name (a person and the org named after them) keep both.
    if (ids.has(id) && !c) id = `${id}-${type}`;
    if (ids.has(id)) throw new Error(`two actors would get the id "${id}"; give one an explicit id in data/aliases.json`);
    ids.add(id);
    return { id, name: g.name, aliases: g.aliases, type };
  });

  const actorIds: string[][] = [];
  let n = 0;
  for (const e of events) actorIds.push(e.actors.map(() => actors[grouping.groupOf[n++] ?? -1]?.id ?? ''));
  return { actors: actors.sort((a, b) => (a.id < b.id ? -1 : 1)), ids: actorIds, notes: grouping.notes };
}
