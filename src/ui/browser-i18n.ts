// The one place the UI's message lookup touches browser.i18n (content script, popup, options).
import { browser } from 'wxt/browser';
import { createT, type T } from './i18n';

export function browserT(): T {
  const get = browser.i18n.getMessage as (key: string, subs?: string[]) => string;
  // The catalogue names the locale its dates are written in ("en-GB" for English: 1 Nov 2024).
  const locale = get('dateLocale') || browser.i18n.getUILanguage() || 'en';
  return createT((key, subs) => get(key, subs), locale);
}
