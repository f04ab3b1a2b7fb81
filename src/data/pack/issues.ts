// Turns valibot issues into sentences a person can act on: where (events[12].date) and what is wrong
// ("2024-13-01" is not a valid date), without valibot's internal vocabulary.
import type { BaseIssue } from 'valibot';

type Issue = BaseIssue<unknown>;

/** `events[12].places[0].id` from an issue's path; "pack" for the root. */
export function issuePath(issue: Issue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'pack';
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
  null: 'null',
  '(number | string)': 'a number or text',
};

function expectedWords(expected: string | null): string {
  if (!expected) return 'something else';
  const known = EXPECTED_WORDS[expected];
  if (known) return known;
  // Picklists and nullable types come as ("a" | "b") or (string | null).
  const parts = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  if (parts.length > 1) return `one of ${parts.map((p) => EXPECTED_WORDS[p] ?? p).join(', ')}`;
  return expected;
}

/** "events[3].title: is missing", "events[3].date: expected text, got 5". */
export function describeIssue(issue: Issue): string {
  const where = issuePath(issue);
  if (issue.kind !== 'schema') return `${where}: ${issue.message}`;
  if (issue.type === 'object' && issue.received === 'undefined' && issue.expected !== 'Object') {
    return `${where}: is missing`;
  }
  if (issue.received === 'undefined') return `${where}: is missing`;
  return `${where}: expected ${expectedWords(issue.expected)}, got ${issue.received}`;
}
