// The installed dataset packs: what each is, where it came from, how much it holds, whose data it
// carries and under which licence. Imported packs can be removed (after a confirmation); the bundled
// one cannot, and the page says so.
import { useState } from 'preact/hooks';
import type { PackSummary } from '../../messaging/protocol';
import { formatDate, formatNumber, type MessageKey, type T } from '../i18n';
import { ExternalLink } from '../shared/evidence';

const COUNT_KEYS = ['events', 'reports', 'claims', 'series', 'places', 'actors', 'outlets'] as const;

export function PackCard({ pack, t, busy, onRemove }: { pack: PackSummary; t: T; busy: boolean; onRemove(id: string): void }) {
  const [confirming, setConfirming] = useState(false);
  const m = pack.meta;
  const id = `pack-${m.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <article class="pack" aria-labelledby={`${id}-title`} data-pack={m.id}>
      <div class="pack-head">
        <h3 id={`${id}-title`} class="pack-title">
          {m.title}
        </h3>
        <span class={`tag ${pack.origin === 'bundled' ? 'tag-bundled' : 'tag-imported'}`}>{t(pack.origin === 'bundled' ? 'packs_bundled' : pack.origin === 'subscribed' ? 'packs_subscribed' : 'packs_imported')}</span>
      </div>
      <p class="muted small">
        {t('packs_meta', m.version, formatDate(m.builtAt.slice(0, 10), t.locale), formatDate(pack.installedAt.slice(0, 10), t.locale), m.id)}
      </p>
      {m.description ? <p class="pack-desc">{m.description}</p> : null}
      <dl class="counts">
        {COUNT_KEYS.map((k) => (
          <div key={k}>
            <dt>{t(`packs_count_${k}` as MessageKey)}</dt>
            <dd>{formatNumber(pack.counts[k], t.locale)}</dd>
          </div>
        ))}
      </dl>
      {m.sources.length ? (
        <>
          <h4 class="sub-title">{t('packs_sources')}</h4>
          <ul class="sources-list">
            {m.sources.map((s) => (
              <li key={s.id}>
                <div>
                  <ExternalLink href={s.url} class="source-name">
                    {s.name}
                  </ExternalLink>{' '}
                  {s.licence.length <= 32 ? <span class="licence">{s.licence}</span> : null}
                </div>
                {s.licence.length > 32 ? <p class="licence-long small">{t('packs_licence', s.licence)}</p> : null}
                <p class="muted small">{s.attribution}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="pack-actions">
        {pack.origin === 'bundled' ? (
          <p class="muted small">{t('packs_bundledNote')}</p>
        ) : pack.origin === 'subscribed' ? (
          <p class="muted small">{t('packs_subscribedNote')}</p>
        ) : confirming ? (
          <div class="confirm" role="group" aria-label={t('packs_confirmLabel', m.title)}>
            <span>{t('packs_confirm', m.title)}</span>
            <button type="button" class="btn btn-danger" disabled={busy} onClick={() => onRemove(m.id)}>
              {t('packs_removeConfirm')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('packs_cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="btn" disabled={busy} onClick={() => setConfirming(true)} aria-label={t('packs_removeLabel', m.title)}>
            {t('packs_remove')}
          </button>
        )}
      </div>
    </article>
  );
}
