// Options wiring: packs and settings from the background, pack import/removal, settings changes.
// A pack file is read and installed by a worker this page starts (import-worker.ts), into the
// extension's IndexedDB (shared with the background): no runtime message carries the file, so its
// size is bounded only by the pack limits, and neither this page nor the background stops
// answering while a large file is checked.
// Subscriptions: the host permission for a pack's origin is asked for in the click that subscribes
// (permissions.request needs the user's gesture, so nothing is awaited before it), and again, with
// no prompt when it is held, on "check now"; the check itself runs in another worker this page starts
// (subscription-worker.ts), which writes IndexedDB the same way an import does.
// Settings changes run one after another, each built on the settings the previous one returned, so
// two quick changes never overwrite each other.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../messaging/browser-transport';
import type { CheckOutcome, ImportResult, SubscriptionSummary } from '../messaging/protocol';
import type { ImportReply, ImportRequest } from './import-worker';
import type { CheckRequest } from './subscription-worker';
import type { PackSummary, Settings } from '../messaging/protocol';
import { originPattern, parsePackUrl } from '../services/subscriptions/rules';
import { browserT } from '../ui/browser-i18n';
import { Options, type ImportState, type SubscribeState } from '../ui/options/options';

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

/** One worker per check, gone when it has answered. */
function checkInWorker(url: string): Promise<CheckOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./subscription-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CheckOutcome>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ result: 'failed', error: e.message || 'The update worker could not start.' });
    };
    worker.postMessage({ url } satisfies CheckRequest);
  });
}

/** Asks for the origin's host permission; must be called in the click's own turn. */
function requestOrigin(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
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
  const [subscriptions, setSubscriptions] = useState<SubscriptionSummary[] | null>(null);
  const [subscribeState, setSubscribeState] = useState<SubscribeState>({ status: 'idle' });
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
    send('subscriptions', {})
      .then(setSubscriptions)
      .catch((err: unknown) => setError(message(err)));
  }, []);

  const check = async (url: string) => {
    setSubscribeState({ status: 'working', url, step: 'checking' });
    const outcome = await checkInWorker(url);
    if (outcome.result === 'updated') setPacks(await send('packs-changed', {}));
    setSubscriptions(await send('subscriptions', {}));
    setSubscribeState({ status: 'checked', url, outcome });
  };

  const onSubscribe = (input: string) => {
    const parsed = parsePackUrl(input);
    if (!parsed.ok) return setSubscribeState({ status: 'invalid', message: parsed.error });
    const url = parsed.value.href;
    const asked = requestOrigin(url);
    setSubscribeState({ status: 'working', url, step: 'subscribing' });
    (async () => {
      if (!(await asked)) return setSubscribeState({ status: 'refused', origin: parsed.value.origin });
      setSubscriptions(await send('subscribe', { url }));
      await check(url);
    })().catch((err: unknown) => setSubscribeState({ status: 'failed', url, message: message(err) }));
  };

  const onCheckSubscription = (url: string) => {
    const asked = requestOrigin(url);
    (async () => {
      if (!(await asked)) return setSubscribeState({ status: 'refused', origin: new URL(url).origin });
      await check(url);
    })().catch((err: unknown) => setSubscribeState({ status: 'failed', url, message: message(err) }));
  };

  const onUnsubscribe = (url: string) => {
    setSubscribeState({ status: 'working', url, step: 'unsubscribing' });
    (async () => {
      const left = await send('unsubscribe', { url });
      setSubscriptions(left.subscriptions);
      setPacks(left.packs);
      // Keep the permission while another subscription still needs the same origin.
      const pattern = originPattern(url);
      let permissionKept = false;
      if (!left.subscriptions.some((s) => originPattern(s.url) === pattern)) {
        // Chrome refuses to drop an origin its content script's matches cover (every http/https
        // site here: "You cannot remove required permissions"); the reader is told the access stays.
        await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
        permissionKept = await browser.permissions.contains({ origins: [pattern] });
      }
      setSubscribeState({ status: 'removed', url, permissionKept });
    })().catch((err: unknown) => setSubscribeState({ status: 'failed', url, message: message(err) }));
  };

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
      subscriptions={subscriptions}
      subscribeState={subscribeState}
      onImport={onImport}
      onSubscribe={onSubscribe}
      onCheckSubscription={onCheckSubscription}
      onUnsubscribe={onUnsubscribe}
      onRemovePack={onRemovePack}
      onSetBadges={(on) => change(() => ({ badges: on }))}
      onAddSite={(host) => change((s) => ({ disabledSites: s.disabledSites.includes(host) ? s.disabledSites : [...s.disabledSites, host] }))}
      onRemoveSite={(host) => change((s) => ({ disabledSites: s.disabledSites.filter((x) => x !== host) }))}
    />
  );
}
