// Is this unknown value a pack this version of Corroborate can install? Used on build, on the
// bundled pack at install and on every imported file; an invalid pack is never partly installed.
import * as v from 'valibot';
import { typeClaim } from '../../core/claims';
import { PACK_FORMAT, PACK_SCHEMA_VERSION, type Pack } from '../../core/types';
import { checkIntegrity } from './integrity';
import { describeIssue } from './issues';
import { Problems } from './problems';
import { PackSchema } from './schema';

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The marker and the schema version are checked first and on their own: for a file that is not a
 * pack, or a pack from a newer release, a list of field errors would only hide the real reason.
 */
function checkEnvelope(value: unknown): string | null {
  if (!isRecord(value)) return 'This file is not a Corroborate dataset pack: it does not hold a JSON object.';
  if (value.format !== PACK_FORMAT) {
    const found = value.format === undefined ? 'has no "format" field' : `has format ${JSON.stringify(value.format)}`;
    return `This file is not a Corroborate dataset pack: it ${found}, expected "${PACK_FORMAT}".`;
  }
  if (value.schemaVersion !== PACK_SCHEMA_VERSION && value.schemaVersion !== 1) {
    const found = typeof value.schemaVersion === 'number' ? String(value.schemaVersion) : JSON.stringify(value.schemaVersion ?? null);
    return `This pack uses schema version ${found}; this version of Corroborate reads versions 1 and ${PACK_SCHEMA_VERSION}.`;
  }
  return null;
}

/**
 * Schema 1 packs hold bare claims (kind, value, qualifier, subject, source, date); schema 2 adds the
 * typed fields. A schema 1 pack is upgraded by typing each claim from its words, exactly as the
 * builder types a legacy claim, and then validated as schema 2. Anything not shaped like a claim is
 * left alone for the validator to name.
 */
function upgrade(value: Record<string, unknown>): Record<string, unknown> {
  if (value.schemaVersion !== 1) return value;
  const reports = Array.isArray(value.reports)
    ? value.reports.map((r) => {
        if (!isRecord(r) || !Array.isArray(r.claims)) return r;
        const claims = r.claims.map((c) =>
          isRecord(c) && typeof c.kind === 'string' && typeof c.subject === 'string' && (typeof c.value === 'number' || typeof c.value === 'string')
            ? typeClaim(c as unknown as Parameters<typeof typeClaim>[0])
            : c,
        );
        return { ...r, claims };
      })
    : value.reports;
  return { ...value, schemaVersion: PACK_SCHEMA_VERSION, reports };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first key that could reach an object's prototype if any code ever merged pack
 * records into objects ("__proto__", "constructor", "prototype"), or null. No pack field has such a
 * name, so a pack that holds one was crafted, and is refused whole.
 */
export function forbiddenKeyPath(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (typeof v[i] === 'object' && v[i] !== null) stack.push([v[i], `${path}[${i}]`]);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path ? `${path}.` : ''}${key}`;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}

export function validatePack(value: unknown): PackResult {
  const envelope = checkEnvelope(value);
  if (envelope) return { ok: false, errors: [envelope] };
  const forbidden = forbiddenKeyPath(value);
  if (forbidden) return { ok: false, errors: [`${forbidden}: a key of this name is not allowed in a pack`] };

  const problems = new Problems();
  const parsed = v.safeParse(PackSchema, upgrade(value as Record<string, unknown>));
  if (!parsed.success) {
    for (const issue of parsed.issues) problems.add(describeIssue(issue));
    return { ok: false, errors: problems.messages() };
  }
  checkIntegrity(parsed.output as Pack, problems);
  if (problems.count) return { ok: false, errors: problems.messages() };
  return { ok: true, pack: parsed.output as Pack };
}
