// User settings live in their own table; installs and imports never touch it.
import type { CorroborateDb } from '../data/db';
import { DEFAULT_SETTINGS, type Settings } from '../messaging/protocol';

const KEY = 'settings';

/** Stored settings may come from an older release or be damaged: anything unusable falls back to the default. */
export function sanitizeSettings(value: unknown): Settings {
  const v = (value ?? {}) as Partial<Settings>;
  return {
    badges: typeof v.badges === 'boolean' ? v.badges : DEFAULT_SETTINGS.badges,
    disabledSites: Array.isArray(v.disabledSites)
      ? [...new Set(v.disabledSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256))]
      : DEFAULT_SETTINGS.disabledSites,
  };
}

export async function readSettings(db: CorroborateDb): Promise<Settings> {
  return sanitizeSettings((await db.settings.get(KEY))?.value);
}

export async function writeSettings(db: CorroborateDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = sanitizeSettings({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
