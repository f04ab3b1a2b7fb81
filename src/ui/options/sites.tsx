// Badges on or off, and the sites where Corroborate does nothing at all.
import { useState } from 'preact/hooks';
import type { Settings } from '../../messaging/protocol';
import type { T } from '../i18n';
import { siteFromInput } from '../sites';

export interface SitesProps {
  settings: Settings;
  t: T;
  saving: boolean;
  onSetBadges(on: boolean): void;
  onAddSite(host: string): void;
  onRemoveSite(host: string): void;
}

export function SiteSettings({ settings, t, saving, onSetBadges, onAddSite, onRemoveSite }: SitesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const host = siteFromInput(input);
    if (!host) return setError(t('sites_invalid'));
    setError(null);
    setInput('');
    if (!settings.disabledSites.includes(host)) onAddSite(host);
  };
  return (
    <div class="settings">
      <div class="check">
        <input id="badges" type="checkbox" checked={settings.badges} onChange={(e) => onSetBadges((e.currentTarget as HTMLInputElement).checked)} aria-describedby="badges-hint" />
        <label for="badges">{t('settings_badges')}</label>
      </div>
      <p id="badges-hint" class="muted small hint">
        {t('settings_badgesHint')}
      </p>
      <h3 class="sub-title" id="sites-h">
        {t('sites_heading')}
      </h3>
      <p class="muted small">{t('sites_hint')}</p>
      {settings.disabledSites.length ? (
        <ul class="sites" aria-labelledby="sites-h">
          {settings.disabledSites.map((s) => (
            <li key={s}>
              <span class="site">{s}</span>
              <button type="button" class="btn btn-small" onClick={() => onRemoveSite(s)} aria-label={t('sites_removeLabel', s)}>
                {t('sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('sites_none')}</p>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-input" class="sr-only">
          {t('sites_addLabel')}
        </label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('sites_placeholder')}
          value={input}
          aria-invalid={error ? 'true' : 'false'}
          {...(error ? { 'aria-describedby': 'site-error' } : {})}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="btn">
          {t('sites_add')}
        </button>
        {saving ? <span class="muted small">{t('settings_saving')}</span> : null}
      </form>
      {error ? (
        <p id="site-error" class="error small" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
