// Reading a pack file for installation, fast. The codec (src/data/pack/codec.ts) is the reference: it
// explains every way a file can be wrong, but on a 100k-event pack it spends ~14 s (JavaScript
// inflate and CRC, one JSON.parse that keeps a gigabyte of records alive, valibot), and the
// install then spent seconds more turning the records back into JSON. Here a valid file takes the
// quick road:
//   - gunzip by the platform's DecompressionStream, which checks the CRC itself;
//   - the JSON text is split into records (json-spans.ts) and each record is parsed and checked on
//     its own (pack-check.ts), so reports are garbage as soon as they are checked and their own text
//     is what gets stored;
//   - the codec's cross-record checks (integrity.ts) run unchanged.
// Anything unusual at any step is handed to the codec or the schema, so a bad file gets exactly the
// messages it would get there, and a valid but unusual one (an unknown key, which the schema
// drops) is stored exactly as the schema outputs it.
import type { EventRecord, Pack, ReportRecord } from '../../core/types';
import { decodePack, decodePackText, MAX_JSON_BYTES } from '../pack/codec';
import { checkIntegrity } from '../pack/integrity';
import { Problems } from '../pack/problems';
import { LIMITS } from '../pack/schema-fields';
import { validatePack, type PackResult } from '../pack/validate';
import { decodeUtf8, inflateText } from './inflate';
import { scanTopLevel } from './json-spans';
import { isEventRecord, isReportRecord, memberChecks } from './pack-check';
import { parsedFromPack, type ParsedPack, type ReportText } from './parsed-pack';

export type DecodeResult = { ok: true; pack: ParsedPack } | { ok: false; errors: string[] };

export interface DecodeTimings {
  /** gunzip and UTF-8 decoding (0 for plain JSON). */
  inflate: number;
  /** Splitting into records and JSON.parse (and UTF-8 decoding of plain JSON). */
  parse: number;
  /** Structure and integrity; on the exact road, everything the codec or schema redid. */
  validate: number;
}

export interface DecodedFile {
  result: DecodeResult;
  timings: DecodeTimings;
  /** 'fast' when the quick road held all the way; 'exact' when the codec or schema had the last word. */
  road: 'fast' | 'exact';
}

type Clock = () => number;

const SPLIT = new Set(['events', 'reports']);
const SMALL = Object.keys(memberChecks) as (keyof typeof memberChecks)[];
const BATCH = 32;

/** Thrown inside the quick road to leave it; the caller picks the exact road. */
class LeaveRoad {
  constructor(readonly to: 'codec' | 'schema') {}
}

function parseSpan(text: string, start: number, end: number): { value: unknown; json: string } {
  const json = text.slice(start, end);
  try {
    return { value: JSON.parse(json), json };
  } catch {
    throw new LeaveRoad('codec');
  }
}

/**
 * Parses the records at `spans` and hands each, with its text, to `take`, in small batches: the
 * clock is read per batch, not per record, and few parsed records are alive at once (a large batch
 * would survive into the old generation and cost a compacting collection later).
 */
function eachRecord(text: string, spans: Uint32Array, clock: Clock, timings: DecodeTimings, take: (value: unknown, json: string) => void): void {
  const batch: { value: unknown; json: string }[] = [];
  for (let i = 0; i < spans.length; i += 2 * BATCH) {
    let start = clock();
    batch.length = 0;
    for (let j = i; j < Math.min(spans.length, i + 2 * BATCH); j += 2) batch.push(parseSpan(text, spans[j]!, spans[j + 1]!));
    timings.parse += clock() - start;
    start = clock();
    for (const b of batch) take(b.value, b.json);
    timings.validate += clock() - start;
  }
}

/** The quick road over a decoded text; throws LeaveRoad where it cannot decide. */
function quickRoad(text: string, clock: Clock, timings: DecodeTimings): DecodeResult {
  let start = clock();
  const spans = scanTopLevel(text, SPLIT);
  if (!spans) throw new LeaveRoad('codec');
  if (spans.size !== SMALL.length + SPLIT.size || ![...SMALL, ...SPLIT].every((k) => spans.has(k))) throw new LeaveRoad('codec');
  const small: Record<string, unknown> = {};
  for (const key of SMALL) {
    const span = spans.get(key)!;
    small[key] = parseSpan(text, span.start, span.end).value;
  }
  const events = spans.get('events')!.elements;
  const reports = spans.get('reports')!.elements;
  timings.parse += clock() - start;
  start = clock();
  // Any failure goes to the schema, which then finds it again and says it in its own words.
  if (!SMALL.every((key) => memberChecks[key](small[key]))) throw new LeaveRoad('schema');
  if (!events || !reports || events.length / 2 > LIMITS.events || reports.length / 2 > LIMITS.reports) throw new LeaveRoad('schema');
  timings.validate += clock() - start;

  const pack = small as unknown as Omit<ParsedPack, 'events' | 'eventJson' | 'reports' | 'claims'>;
  const parsed: ParsedPack = { ...pack, events: [], eventJson: [], reports: [], claims: 0 };
  eachRecord(text, events, clock, timings, (value, json) => {
    if (!isEventRecord(value)) throw new LeaveRoad('schema');
    parsed.events.push(value as EventRecord);
    parsed.eventJson.push(json);
  });
  eachRecord(text, reports, clock, timings, (value, json) => {
    if (!isReportRecord(value)) throw new LeaveRoad('schema');
    const r = value as ReportRecord;
    parsed.reports.push({ id: r.id, eventId: r.eventId, outletId: r.outletId, json } satisfies ReportText);
    parsed.claims += r.claims.length;
  });

  start = clock();
  // integrity.ts reads only the ids of reports (a test holds it to that), which ReportText keeps.
  const problems = new Problems();
  checkIntegrity({ ...pack, events: parsed.events, reports: parsed.reports } as unknown as Pack, problems);
  timings.validate += clock() - start;
  return problems.count ? { ok: false, errors: problems.messages() } : { ok: true, pack: parsed };
}

function fromPackResult(result: PackResult): DecodeResult {
  return result.ok ? { ok: true, pack: parsedFromPack(result.pack) } : result;
}

export async function decodePackFile(bytes: Uint8Array, clock: Clock = () => performance.now()): Promise<DecodedFile> {
  const timings: DecodeTimings = { inflate: 0, parse: 0, validate: 0 };
  const exact = (run: () => PackResult): DecodedFile => {
    const start = clock();
    const result = fromPackResult(run());
    timings.validate += clock() - start;
    return { result, timings, road: 'exact' };
  };
  const start = clock();
  let text: string | null;
  let codec = () => exact(() => decodePack(bytes));
  if (bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = await inflateText(bytes);
    timings.inflate = clock() - start;
    if (inflated && !inflated.ok) return { result: { ok: false, errors: [inflated.error] }, timings, road: 'fast' };
    text = inflated?.text ?? null;
    // Once inflated, the codec is asked about the text: inflating it again in JavaScript would
    // only cost time (a large file that scans badly is the case that matters).
    if (text !== null) codec = () => exact(() => decodePackText(text!));
  } else if (bytes.length === 0 || bytes.length > MAX_JSON_BYTES || bytes[0] === 0x1f) {
    return codec();
  } else {
    text = decodeUtf8(bytes);
    timings.parse += clock() - start;
  }
  if (text === null) return codec();

  try {
    return { result: quickRoad(text, clock, timings), timings, road: 'fast' };
  } catch (e) {
    if (!(e instanceof LeaveRoad)) throw e;
    if (e.to === 'codec') return codec();
    // The text scanned as one JSON object: if it parses, the codec would parse the same value and
    // hand it to the schema, so the schema can be asked directly.
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return codec();
    }
    return exact(() => validatePack(value));
  }
}
