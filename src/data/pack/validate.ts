// Is this unknown value a pack this version of Corroborate can install? Used on build, on the
// bundled pack at install and on every imported file; an invalid pack is never partly installed.
import * as v from 'valibot';
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
  if (value.schemaVersion !== PACK_SCHEMA_VERSION) {
    const found = typeof value.schemaVersion === 'number' ? String(value.schemaVersion) : JSON.stringify(value.schemaVersion ?? null);
    return `This pack uses schema version ${found}; this version of Corroborate reads version ${PACK_SCHEMA_VERSION}.`;
  }
  return null;
}

export function validatePack(value: unknown): PackResult {
  const envelope = checkEnvelope(value);
  if (envelope) return { ok: false, errors: [envelope] };

  const problems = new Problems();
  const parsed = v.safeParse(PackSchema, value);
  if (!parsed.success) {
    for (const issue of parsed.issues) problems.add(describeIssue(issue));
    return { ok: false, errors: problems.messages() };
  }
  checkIntegrity(parsed.output as Pack, problems);
  if (problems.count) return { ok: false, errors: problems.messages() };
  return { ok: true, pack: parsed.output as Pack };
}
