// Popup wiring: find the tab, ask the background for its analysis, the dataset's state and its
// sources; run searches and open events. All state lives here; the components only render it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../messaging/browser-transport';
import { browserT } from '../ui/browser-i18n';
import { datasetCoverage, type DatasetCoverage } from '../ui/popup/coverage';
import { Popup, type DetailState, type PopupState, type SearchState } from '../ui/popup/popup';

/** The tab to describe: ?tab=<id> (tests, a detached popup) or the active tab of this window. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function PopupApp() {
  const t = useMemo(browserT, []);
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const [detail, setDetail] = useState<DetailState>(null);
  const [attribution, setAttribution] = useState<string[]>([]);
  const [coverage, setCoverage] = useState<DatasetCoverage | null>(null);
  const [datasetError, setDatasetError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    let tabId: number | null = null;
    let stopped = false;
    const refresh = async () => {
      const [tab, dataset] = await Promise.all([tabId === null ? null : send('tab-analysis', { tabId }), send('dataset-state', {})]);
      if (stopped) return;
      setDatasetError(dataset.error);
      if (tab) return setState({ status: 'ready', tab });
      if (dataset.installing) {
        setState({ status: 'installing' });
        // 'status' answers once the install is over; then look again.
        await send('status', {});
        return refresh();
      }
      if (dataset.error) {
        const status = await send('status', {});
        if (!status.ready) return setState({ status: 'dataset-error', message: dataset.error });
      }
      setState({ status: 'empty' });
    };
    const fail = (err: unknown) => !stopped && setState({ status: 'error', message: message(err) });
    (async () => {
      tabId = await targetTab();
      await refresh();
    })().catch(fail);
    send('packs', {})
      .then((packs) => {
        if (stopped) return;
        setAttribution([...new Set(packs.flatMap((p) => p.meta.sources.map((s) => s.name)))]);
        setCoverage(datasetCoverage(packs));
      })
      .catch(() => undefined);
    // The content script may finish reading the page after the popup opened: show it when it does.
    const onChanged = () => void refresh().catch(fail);
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      stopped = true;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, []);

  const onSearch = (query: string) => {
    const n = ++latest.current;
    setSearch({ status: 'searching', query });
    send('search', { query, limit: 20 })
      .then((hits) => n === latest.current && setSearch({ status: 'done', query, hits }))
      .catch((err: unknown) => n === latest.current && setSearch({ status: 'error', query, message: message(err) }));
  };

  const onOpenEvent = (id: string) => {
    setDetail({ status: 'loading', id });
    send('event-detail', { id })
      .then((d) => setDetail((cur) => (cur && cur.status === 'loading' && cur.id === id ? (d ? { status: 'ready', detail: d } : { status: 'missing', id }) : cur)))
      .catch((err: unknown) => setDetail({ status: 'error', message: message(err) }));
    document.querySelector('main')?.scrollTo?.(0, 0);
    window.scrollTo(0, 0);
  };

  return (
    <Popup
      state={state}
      t={t}
      search={search}
      detail={detail}
      attribution={attribution}
      coverage={coverage}
      datasetError={datasetError}
      onSearch={onSearch}
      onOpenEvent={onOpenEvent}
      onBack={() => setDetail(null)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
