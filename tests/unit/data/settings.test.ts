import { describe, expect, it } from 'vitest';
import { installPack, removePack } from '../../../src/data/install';
import { DEFAULT_SETTINGS } from '../../../src/messaging/protocol';
import { readSettings, sanitizeSettings, writeSettings } from '../../../src/services/settings';
import { fakePack } from '../factories';
import { freshDb } from './helpers';

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    const db = freshDb();
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });

  it('replaces unusable stored values with the defaults and keeps the usable ones', () => {
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ badges: 'no', disabledSites: 'example.com' })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ badges: false, disabledSites: ['a.com', '', 7, null, 'x'.repeat(256), 'a.com', 'b.org'] })).toEqual({ badges: false, disabledSites: ['a.com', 'b.org'] });
    expect(sanitizeSettings({ badges: true, extra: 'dropped' })).toEqual({ badges: true, disabledSites: [] });
  });

  it('reads a damaged stored value as the defaults', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { badges: 1, disabledSites: [3] } });
    expect(await readSettings(db)).toEqual({ badges: true, disabledSites: [] });
    db.close();
  });

  it('merges each change into what is stored', async () => {
    const db = freshDb();
    await writeSettings(db, { badges: false });
    expect(await writeSettings(db, { disabledSites: ['example.com'] })).toEqual({ badges: false, disabledSites: ['example.com'] });
    expect(await writeSettings(db, {})).toEqual({ badges: false, disabledSites: ['example.com'] });
    expect(await writeSettings(db, { badges: 'yes' as unknown as boolean })).toEqual({ badges: true, disabledSites: ['example.com'] });
    expect(await readSettings(db)).toEqual({ badges: true, disabledSites: ['example.com'] });
    db.close();
  });

  it('survives installing, replacing and removing packs', async () => {
    const db = freshDb();
    await writeSettings(db, { badges: false, disabledSites: ['news.example'] });
    await installPack(db, fakePack(), 'imported', '2024-08-01T00:00:00Z');
    await installPack(db, fakePack(), 'imported', '2024-08-02T00:00:00Z');
    await removePack(db, 'test');
    expect(await readSettings(db)).toEqual({ badges: false, disabledSites: ['news.example'] });
    db.close();
  });
});
