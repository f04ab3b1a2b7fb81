import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../../../src/core/types';
import { fold } from '../../../../src/core/text/fold';
import { encodePack } from '../../../../src/data/pack/codec';
import { buildCorePack } from '../../../../src/data/pack/build/core';
import { EVENT_FILES, incidentFiles } from '../../../../src/data/pack/build/inputs';
import { DATA_DIR } from '../../../../src/data/pack/build/io';
import { packCounts } from '../../../../src/data/pack/stats';
import { validatePack } from '../../../../src/data/pack/validate';

interface RawEvent {
  reports: { claims: unknown[] }[];
}

/** Counts straight from the curated files, so the test follows the data when curators add to it. */
function inputCounts() {
  const files = [...EVENT_FILES.map((f) => join(DATA_DIR, 'events', f)), ...incidentFiles(DATA_DIR)];
  const events = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { events: RawEvent[] }).events);
  const reports = events.flatMap((e) => e.reports);
  return { events: events.length, reports: reports.length, claims: reports.reduce((n, r) => n + r.claims.length, 0) };
}

function placeNamed(pack: Pack, name: string) {
  return pack.places.filter((p) => [p.name, ...p.aliases].some((s) => fold(s) === fold(name)));
}

describe('the core pack built from data/', () => {
  let pack: Pack;
  beforeAll(() => {
    pack = buildCorePack().pack;
  });

  it('passes the validator', () => {
    const result = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('holds every curated event, report and claim', () => {
    const counts = packCounts(pack);
    expect({ events: counts.events, reports: counts.reports, claims: counts.claims }).toEqual(inputCounts());
    // The legacy files hold 49 events; data/incidents adds to them.
    expect(inputCounts().events).toBeGreaterThan(49);
  });

  it('numbers reports per event and links each to its outlet', () => {
    expect(pack.reports.filter((r) => r.eventId === pack.events[0]?.id).map((r) => r.id)[0]).toBe(`${pack.events[0]?.id}#1`);
    expect(pack.reports.every((r) => r.outletId !== null)).toBe(true);
    const dunya = pack.reports.find((r) => r.outlet === 'Dunya News (Reuters)');
    expect(dunya?.outletId).toBe('dunya-news');
  });

  it('merges the spellings of one place into one record', () => {
    const khanYounis = placeNamed(pack, 'Khan Yunis');
    expect(khanYounis.map((p) => p.id)).toEqual(['ps-khan-younis']);
    expect(placeNamed(pack, 'Khan Younis')).toEqual(khanYounis);
    expect(placeNamed(pack, 'خان يونس')).toEqual(khanYounis);
    expect(placeNamed(pack, 'Bani Suhaila').map((p) => p.id)).toEqual(['ps-bani-suheila']);
  });

  it('gives al-Qarara its Arabic name, coordinates and governorate', () => {
    const qarara = pack.places.find((p) => p.id === 'ps-qarara');
    expect(qarara?.aliases).toContain('القرارة');
    expect(qarara?.parent).toBe('ps-khan-younis-governorate');
    expect(qarara?.lat).toBeCloseTo(31.37, 1);
  });

  it('keeps places apart that only share an ambiguous alias', () => {
    expect(placeNamed(pack, 'Gaza').map((p) => p.id)).toEqual(['ps-gaza-strip']);
    expect(pack.places.find((p) => p.id === 'ps-gaza-city')?.aliases).not.toContain('Gaza');
    expect(pack.places.find((p) => p.id === 'ps-rafah')?.aliases).not.toContain('Tal al-Sultan');
  });

  it('marks countries and wide regions as broad, towns not', () => {
    const broad = new Set(pack.places.filter((p) => p.broad).map((p) => p.id));
    for (const id of ['ps-gaza-strip', 'lb-lebanon', 'il-israel', 'ps-west-bank', 'ps-southern-gaza']) expect(broad.has(id)).toBe(true);
    expect(broad.has('ps-khan-younis')).toBe(false);
  });

  it('merges actor spellings, keeping people apart from the groups that cite them', () => {
    const kassab = pack.actors.find((a) => a.id === 'izz-al-din-kassab');
    expect(kassab?.aliases).toEqual(expect.arrayContaining(['Ezzedine Kassab', 'Izzeldin Kassab']));
    expect(pack.actors.find((a) => a.id === 'hamas')?.aliases).not.toContain('Yahya Sinwar');
    expect(pack.actors.filter((a) => a.name === 'Hezbollah')).toHaveLength(1);
  });

  it('records who reported each Gaza figure', () => {
    const killed = pack.series.find((s) => s.id === 'tfp-gaza-killed');
    expect(killed?.reportedBy).toBe('Gaza Ministry of Health');
    expect(killed?.points.some((p) => p.reportedBy === 'Gaza Government Media Office')).toBe(true);
    expect(pack.series.map((s) => s.source).every((id) => pack.meta.sources.some((s) => s.id === id))).toBe(true);
  });

  it('takes builtAt from the data, not the clock', () => {
    expect(pack.meta.builtAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it('builds byte-identical files twice', () => {
    expect(Buffer.from(encodePack(buildCorePack().pack)).equals(Buffer.from(encodePack(pack)))).toBe(true);
  });
});
