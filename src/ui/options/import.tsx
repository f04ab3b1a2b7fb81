// Import a dataset pack from a file. A worker the options page starts validates it and installs it
// atomically (src/services/packs.ts importPackFile); a bad pack changes nothing and its problems are listed here.
import type { ImportResult } from '../../messaging/protocol';
import { formatNumber, type T } from '../i18n';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'done'; name: string; result: ImportResult }
  | { status: 'failed'; name: string; message: string };

export function ImportPack({ state, t, onFile }: { state: ImportState; t: T; onFile(file: File): void }) {
  return (
    <div class="import">
      <label for="pack-file" class="field-label">
        {t('import_label')}
      </label>
      <p id="pack-file-hint" class="muted small">
        {t('import_hint')}
      </p>
      <input
        id="pack-file"
        type="file"
        accept=".gz,.json,application/gzip,application/json"
        aria-describedby="pack-file-hint"
        disabled={state.status === 'reading'}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
      <div class="import-result" aria-live="polite">
        {state.status === 'reading' ? <p class="muted">{t('import_reading', state.name)}</p> : null}
        {state.status === 'failed' ? (
          <div class="result result-error" role="alert">
            <p>{t('import_failed', state.name, state.message)}</p>
          </div>
        ) : null}
        {state.status === 'done' && state.result.ok ? (
          <div class="result result-ok" role="status">
            <p>
              {t(
                state.result.replaced ? 'import_replaced' : 'import_added',
                state.result.pack.meta.title,
                state.result.pack.meta.version,
                formatNumber(state.result.pack.counts.events, t.locale),
                formatNumber(state.result.pack.counts.reports, t.locale),
              )}
            </p>
          </div>
        ) : null}
        {state.status === 'done' && !state.result.ok ? (
          <div class="result result-error" role="alert">
            <p>{t.plural('import_rejected', state.result.errors.length, state.name)}</p>
            <ul class="errors">
              {state.result.errors.slice(0, 50).map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
            {state.result.errors.length > 50 ? <p class="muted small">{t.plural('import_moreErrors', state.result.errors.length - 50)}</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
