// The options page: the datasets (what they are, whose data, under which licence), importing and
// removing packs, and the reader's settings. Pure: state in, callbacks out.
import type { PackSummary, Settings, SubscriptionSummary } from '../../messaging/protocol';
import type { T } from '../i18n';
import { ImportPack, type ImportState } from './import';
import { PackCard } from './packs';
import { SiteSettings } from './sites';
import { Subscriptions, type SubscribeState } from './subscriptions';

export type { ImportState } from './import';
export type { SubscribeState } from './subscriptions';

/** Where the privacy policy sits in the built extension. */
export const PRIVACY_PAGE = '/privacy.txt';

export interface OptionsProps {
  t: T;
  packs: PackSummary[] | null;
  settings: Settings | null;
  /** Loading packs or settings failed. */
  error: string | null;
  importState: ImportState;
  /** Id of the pack being removed. */
  removing: string | null;
  removeError: string | null;
  saving: boolean;
  settingsError: string | null;
  subscriptions: SubscriptionSummary[] | null;
  subscribeState: SubscribeState;
  onImport(file: File): void;
  onSubscribe(url: string): void;
  onCheckSubscription(url: string): void;
  onUnsubscribe(url: string): void;
  onRemovePack(id: string): void;
  onSetBadges(on: boolean): void;
  onAddSite(host: string): void;
  onRemoveSite(host: string): void;
}

export function Options(p: OptionsProps) {
  const { t } = p;
  return (
    <div class="options">
      <header class="top">
        <img class="logo" src="/icons/48.png" alt="" width="22" height="22" />
        <h1 class="app">{t('options_title')}</h1>
      </header>
      <main>
        <p class="lead">{t('options_lead')}</p>
        {p.error ? (
          <p class="banner" role="alert">
            {t('state_error', p.error)}
          </p>
        ) : null}
        <section aria-labelledby="settings-h" class="panel">
          <h2 id="settings-h">{t('settings_heading')}</h2>
          {p.settingsError ? (
            <p class="error" role="alert">
              {t('settings_error', p.settingsError)}
            </p>
          ) : null}
          {p.settings ? (
            <SiteSettings settings={p.settings} t={t} saving={p.saving} onSetBadges={p.onSetBadges} onAddSite={p.onAddSite} onRemoveSite={p.onRemoveSite} />
          ) : (
            <p class="muted" role="status">
              {t('options_loading')}
            </p>
          )}
        </section>
        <section aria-labelledby="packs-h" class="panel">
          <h2 id="packs-h">{t('packs_heading')}</h2>
          <p class="muted small">{t('packs_intro')}</p>
          {p.removeError ? (
            <p class="error" role="alert">
              {p.removeError}
            </p>
          ) : null}
          {p.packs === null ? (
            <p class="muted" role="status">
              {t('options_loading')}
            </p>
          ) : p.packs.length ? (
            <div class="packs">
              {p.packs.map((pack) => (
                <PackCard key={pack.meta.id} pack={pack} t={t} busy={p.removing === pack.meta.id} onRemove={p.onRemovePack} />
              ))}
            </div>
          ) : (
            <p class="muted">{t('packs_none')}</p>
          )}
        </section>
        <section aria-labelledby="import-h" class="panel">
          <h2 id="import-h">{t('import_heading')}</h2>
          <ImportPack state={p.importState} t={t} onFile={p.onImport} />
        </section>
        <section aria-labelledby="subscribe-h" class="panel">
          <h2 id="subscribe-h">{t('subscribe_heading')}</h2>
          <Subscriptions
            t={t}
            subscriptions={p.subscriptions}
            state={p.subscribeState}
            onSubscribe={p.onSubscribe}
            onCheck={p.onCheckSubscription}
            onUnsubscribe={p.onUnsubscribe}
          />
        </section>
        <p class="privacy muted small">
          {t('options_privacy')}{' '}
          {/* PRIVACY.md, copied into the build by wxt.config.ts: the policy the stores link to, readable offline. */}
          <a href={PRIVACY_PAGE}>{t('options_privacyLink')}</a>
        </p>
      </main>
    </div>
  );
}
