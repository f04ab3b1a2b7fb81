// Options wiring: packs and settings from the background, pack import/removal, settings changes.
// Settings changes run one after another, each built on the settings the previous one returned, so
// two quick changes never overwrite each other.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '../messaging/browser-transport';
import type { PackSummary, Settings } from '../messaging/protocol';
import { browserT } from '../ui/browser-i18n';
import { Options, type ImportState } from '../ui/options/options';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Bytes → base64 in slices (String.fromCharCode on a whole pack would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const STEP = 0x8000;
  for (let i = 0; i < bytes.length; i += STEP) bin += String.fromCharCode(...bytes.subarray(i, i + STEP));
  return btoa(bin);
}

export function OptionsApp() {
  const t = useMemo(browserT, []);
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const current = useRef<Settings | null>(null);

  useEffect(() => {
    send('settings', {})
      .then((s) => {
        current.current = s;
        setSettings(s);
      })
      .catch((err: unknown) => setError(message(err)));
    send('packs', {})
      .then(setPacks)
      .catch((err: unknown) => setError(message(err)));
  }, []);

  const change = (patch: (s: Settings) => Partial<Settings>) => {
    setSaving(true);
    queue.current = queue.current
      .then(async () => {
        const base = current.current ?? (await send('settings', {}));
        const next = await send('set-settings', patch(base));
        current.current = next;
        setSettings(next);
        setSettingsError(null);
      })
      .catch(async (err: unknown) => {
        setSettingsError(message(err));
        // Show what is actually stored, not what we hoped to store.
        const stored = await send('settings', {}).catch(() => null);
        if (stored) {
          current.current = stored;
          setSettings(stored);
        }
      })
      .finally(() => setSaving(false));
  };

  const onImport = (file: File) => {
    setImportState({ status: 'reading', name: file.name });
    (async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await send('import-pack', { name: file.name, base64: bytesToBase64(bytes) });
      setImportState({ status: 'done', name: file.name, result });
      if (result.ok) setPacks(await send('packs', {}));
    })().catch((err: unknown) => setImportState({ status: 'failed', name: file.name, message: message(err) }));
  };

  const onRemovePack = (id: string) => {
    setRemoving(id);
    setRemoveError(null);
    send('remove-pack', { id })
      .then(setPacks)
      .catch((err: unknown) => setRemoveError(message(err)))
      .finally(() => setRemoving(null));
  };

  return (
    <Options
      t={t}
      packs={packs}
      settings={settings}
      error={error}
      importState={importState}
      removing={removing}
      removeError={removeError}
      saving={saving}
      settingsError={settingsError}
      onImport={onImport}
      onRemovePack={onRemovePack}
      onSetBadges={(on) => change(() => ({ badges: on }))}
      onAddSite={(host) => change((s) => ({ disabledSites: s.disabledSites.includes(host) ? s.disabledSites : [...s.disabledSites, host] }))}
      onRemoveSite={(host) => change((s) => ({ disabledSites: s.disabledSites.filter((x) => x !== host) }))}
    />
  );
}
