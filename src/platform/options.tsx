// Options wiring: packs and settings from the background.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/browser-transport';
import type { PackSummary, Settings } from '../messaging/protocol';
import { Options } from '../ui/options/options';

export function OptionsApp() {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([send('packs', {}), send('settings', {})])
      .then(([p, s]) => {
        setPacks(p);
        setSettings(s);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);
  return <Options packs={packs} settings={settings} error={error} />;
}
