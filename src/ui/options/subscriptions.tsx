// Subscribing to a pack that grows: off until the reader adds an address. Each subscription shows
// where it comes from, the version installed, when it last changed and what went wrong last, with
// "Check now" and "Unsubscribe". What a check did is announced in a live region. Pure.
import { useState } from 'preact/hooks';
import type { CheckOutcome, SubscriptionSummary } from '../../messaging/protocol';
import { formatDateTime, type T } from '../i18n';

export type SubscribeState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string }
  | { status: 'refused'; origin: string }
  | { status: 'working'; url: string; step: 'subscribing' | 'checking' | 'unsubscribing' }
  | { status: 'checked'; url: string; outcome: CheckOutcome }
  | { status: 'removed'; url: string; permissionKept: boolean }
  | { status: 'failed'; url: string; message: string };

export interface SubscriptionsProps {
  t: T;
  subscriptions: SubscriptionSummary[] | null;
  state: SubscribeState;
  onSubscribe(url: string): void;
  onCheck(url: string): void;
  onUnsubscribe(url: string): void;
}

function Verdict({ state, t }: { state: SubscribeState; t: T }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'working':
      return <p class="muted">{t(state.step === 'unsubscribing' ? 'subscribe_removing' : state.step === 'subscribing' ? 'subscribe_adding' : 'subscribe_checking', state.url)}</p>;
    case 'invalid':
      return <p class="result result-error" role="alert">{state.message}</p>;
    case 'refused':
      return <p class="result result-error" role="alert">{t('subscribe_refused', state.origin)}</p>;
    case 'failed':
      return <p class="result result-error" role="alert">{t('subscribe_failed', state.message)}</p>;
    case 'removed':
      return (
        <p class="result result-ok" role="status">
          {t('subscribe_removed', state.url)}
          {state.permissionKept ? ` ${t('subscribe_permissionKept')}` : ''}
        </p>
      );
    case 'checked': {
      const o = state.outcome;
      if (o.result === 'failed') return <p class="result result-error" role="alert">{t('subscribe_checkFailed', o.error)}</p>;
      if (o.result === 'unchanged') return <p class="result result-ok" role="status">{t('subscribe_unchanged', o.version ?? '?')}</p>;
      return <p class="result result-ok" role="status">{t(o.replaced ? 'subscribe_updated' : 'subscribe_installed', o.pack.meta.title, o.version)}</p>;
    }
  }
}

function SubscriptionCard({ s, t, busy, onCheck, onUnsubscribe }: { s: SubscriptionSummary; t: T; busy: boolean; onCheck(url: string): void; onUnsubscribe(url: string): void }) {
  const never = t('subscribe_never');
  return (
    <article class="subscription" data-subscription={s.url} aria-label={t('subscribe_cardLabel', s.url)}>
      <dl class="facts">
        <div>
          <dt>{t('subscribe_source')}</dt>
          <dd class="site">{s.url}</dd>
        </div>
        <div>
          <dt>{t('subscribe_version')}</dt>
          <dd data-field="version">{s.version ?? t('subscribe_noVersion')}</dd>
        </div>
        <div>
          <dt>{t('subscribe_lastUpdated')}</dt>
          <dd data-field="updated">{s.lastUpdatedAt ? formatDateTime(s.lastUpdatedAt, t.locale) : never}</dd>
        </div>
        <div>
          <dt>{t('subscribe_lastChecked')}</dt>
          <dd data-field="checked">{s.lastCheckedAt ? formatDateTime(s.lastCheckedAt, t.locale) : never}</dd>
        </div>
        {s.lastError ? (
          <div>
            <dt>{t('subscribe_lastError')}</dt>
            <dd data-field="error" class="error small">
              {s.lastError}
            </dd>
          </div>
        ) : null}
      </dl>
      <div class="pack-actions confirm">
        <button type="button" class="btn" disabled={busy} onClick={() => onCheck(s.url)} aria-label={t('subscribe_checkLabel', s.url)}>
          {t('subscribe_check')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => onUnsubscribe(s.url)} aria-label={t('subscribe_unsubscribeLabel', s.url)}>
          {t('subscribe_unsubscribe')}
        </button>
      </div>
    </article>
  );
}

export function Subscriptions({ t, subscriptions, state, onSubscribe, onCheck, onUnsubscribe }: SubscriptionsProps) {
  const [input, setInput] = useState('');
  const busy = state.status === 'working';
  return (
    <div class="subscribe">
      <p class="muted small" id="subscribe-privacy">
        {t('subscribe_intro')}
      </p>
      <form
        class="add-site subscribe-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // Straight through, no await first: the host-permission request needs this click.
          onSubscribe(input.trim());
        }}
      >
        <label for="subscribe-url" class="field-label">
          {t('subscribe_label')}
        </label>
        <input
          id="subscribe-url"
          type="url"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="https://…/pack.json.gz"
          value={input}
          aria-describedby="subscribe-privacy subscribe-hint"
          aria-invalid={state.status === 'invalid' ? 'true' : 'false'}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="btn" disabled={busy}>
          {t('subscribe_add')}
        </button>
      </form>
      <p class="muted small" id="subscribe-hint">
        {t('subscribe_manifestHint')}
      </p>
      <div class="subscribe-result" aria-live="polite">
        <Verdict state={state} t={t} />
      </div>
      {subscriptions === null ? null : subscriptions.length ? (
        <div class="packs">
          {subscriptions.map((s) => (
            <SubscriptionCard key={s.url} s={s} t={t} busy={busy} onCheck={onCheck} onUnsubscribe={onUnsubscribe} />
          ))}
        </div>
      ) : (
        <p class="muted small">{t('subscribe_none')}</p>
      )}
    </div>
  );
}
