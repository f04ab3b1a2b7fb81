// Merging the per-event place and actor entries into one record per real place or actor.
//
// Each event lists its places and actors with the spellings its sources use, so "Khan Younis" turns
// up in a dozen events, some with "Khan Yunis" as an alias and one as "Khan Yunis" by name. Merging
// on any shared alias would be wrong, though: the curators give "Gaza" as an alias of both Gaza City
// and the Gaza Strip, "Rafah" as an alias of the Rafah crossing and "Yahya Sinwar" as an alias of
// Hamas. The rules, in order:
//   1. An entry whose folded name is a name or alias in the curated table joins that curated record.
//   2. Other entries with the same folded name (and the same country/type) are one group.
//   3. Two groups join when one's name is an alias of the other (same country/type), unless that alias
//      belongs to a curated record.
//   4. An alias is dropped from a record when it belongs to another curated record, is the name of
//      another record, or is in the curated "generic" list; it is never a reason to merge.
// Aliases shared between records that rule 3 did not merge are returned as notes for the curator.
import { fold } from '../../../core/text/fold';

export interface NameEntry {
  name: string;
  aliases: string[];
  /** Entries only merge within a scope: the country for places, the type for actors. */
  scope: string;
}

export interface CuratedName {
  name: string;
  aliases: string[];
  /** null: accepts entries of any scope (the curated record decides, e.g. Jerusalem's country). */
  scope: string | null;
  dropAliases?: string[];
}

export interface NameGroup {
  curated: number | null; // index into the curated list
  members: number[]; // indices into the entries
  name: string;
  aliases: string[];
  scope: string | null;
}

export interface Grouping {
  groups: NameGroup[];
  groupOf: number[]; // entry index → group index
  notes: string[];
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
  return i;
}

function ownersOf(curated: CuratedName[], what: string): Map<string, number> {
  const owner = new Map<string, number>();
  curated.forEach((c, i) => {
    for (const s of [c.name, ...c.aliases]) {
      const k = fold(s);
      const prev = owner.get(k);
      if (prev !== undefined && prev !== i) {
        throw new Error(`data/aliases.json: the ${what} spelling "${s}" is given to both "${curated[prev]?.name}" and "${c.name}"`);
      }
      if (k) owner.set(k, i);
    }
  });
  return owner;
}

/** The spelling most entries use; the first one seen on a tie. */
function commonestName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const n of names) if ((counts.get(n) ?? 0) > (counts.get(best) ?? 0)) best = n;
  return best;
}

export function groupNames(curated: CuratedName[], entries: NameEntry[], genericAliases: string[], what: string): Grouping {
  const owner = ownersOf(curated, what);
  const generic = new Set(genericAliases.map(fold));
  const groups: NameGroup[] = curated.map((c, i) => ({ curated: i, members: [], name: c.name, aliases: [], scope: c.scope }));
  const groupOf = entries.map(() => -1);

  // Rule 1, then rule 2 (provisional groups keyed by scope and folded name).
  const provisional = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const o = owner.get(fold(e.name));
    const c = o === undefined ? undefined : curated[o];
    if (o !== undefined && c && (c.scope === null || c.scope === e.scope)) {
      groupOf[i] = o;
      groups[o]?.members.push(i);
      return;
    }
    const key = `${e.scope}|${fold(e.name)}`;
    provisional.set(key, [...(provisional.get(key) ?? []), i]);
  });

  // Rule 3, with union-find over the provisional groups.
  const keys = [...provisional.keys()];
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const parent = keys.map((_, i) => i);
  keys.forEach((key, i) => {
    for (const m of provisional.get(key) ?? []) {
      const e = entries[m] as NameEntry;
      for (const alias of e.aliases) {
        const k = fold(alias);
        if (!k || owner.has(k) || generic.has(k)) continue;
        const j = indexOf.get(`${e.scope}|${k}`);
        if (j !== undefined && j !== i) parent[find(parent, j)] = find(parent, i);
      }
    }
  });
  const byRoot = new Map<number, number[]>();
  keys.forEach((key, i) => {
    const root = find(parent, i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), ...(provisional.get(key) ?? [])]);
  });
  for (const members of [...byRoot.values()].map((m) => m.sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    const g = groups.length;
    members.forEach((m) => (groupOf[m] = g));
    const name = commonestName(members.map((m) => entries[m]?.name ?? ''));
    groups.push({ curated: null, members, name, aliases: [], scope: entries[members[0] ?? 0]?.scope ?? null });
  }

  // Rule 4: aliases.
  const nameOwner = new Map<string, number>();
  groups.forEach((g, i) => nameOwner.set(fold(g.name), nameOwner.has(fold(g.name)) ? -1 : i));
  const aliasUsers = new Map<string, string[]>();
  groups.forEach((g, gi) => {
    const c = g.curated === null ? undefined : curated[g.curated];
    const drop = new Set((c?.dropAliases ?? []).map(fold));
    const seen = new Set([fold(g.name)]);
    const spellings = [...(c?.aliases ?? []), ...g.members.flatMap((m) => [entries[m]?.name ?? '', ...(entries[m]?.aliases ?? [])])];
    for (const s of spellings.map((x) => x.trim())) {
      const k = fold(s);
      if (!k || seen.has(k) || generic.has(k) || drop.has(k)) continue;
      const o = owner.get(k);
      if (o !== undefined && o !== g.curated) continue;
      const n = nameOwner.get(k);
      if (n !== undefined && n !== gi) continue;
      seen.add(k);
      g.aliases.push(s);
      if (g.curated === null) aliasUsers.set(k, [...(aliasUsers.get(k) ?? []), g.name]);
    }
  });
  const notes = [...aliasUsers.entries()]
    .filter(([, users]) => users.length > 1)
    .map(([k, users]) => `${what} alias "${k}" is shared by ${users.map((u) => `"${u}"`).join(', ')}; add it to data/aliases.json if they are one ${what}`);
  return { groups, groupOf, notes };
}
