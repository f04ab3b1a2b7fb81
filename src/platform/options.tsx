// Options wiring: packs and settings from the background, pack import/removal, settings changes.
// A pack file is read and installed by a worker this page starts (import-worker.ts), into the
// extension's IndexedDB (shared with the background): no runtime message carries the file, so its
// size is bounded only by the pack limits, and neither this page nor the background stops
// answering while a large file is checked.
// Settings changes run one after another, each built on the settings the previous one returned, so
// two quick changes never overwrite each other.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '../messaging/browser-transport';
import type { ImportResult } from '../messaging/protocol';
import type { ImportReply, ImportRequest } from './import-worker';
import type { PackSummary, Settings } from '../messaging/protocol';
import { browserT } from '../ui/browser-i18n';
import { Options, type ImportState } from '../ui/options/options';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** One worker per import, gone when it has answered. */
function importInWorker(file: File): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      done();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message || 'The import worker could not start.'));
    };
    worker.postMessage({ file, installedAt: new Date().toISOString() } satisfies ImportRequest);
  });
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
      const result = await importInWorker(file);
      setImportState({ status: 'done', name: file.name, result });
      if (result.ok) setPacks(await send('packs-changed', {}));
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
