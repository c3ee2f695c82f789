import { browser } from 'wxt/browser';

/** A UI string from public/_locales in the browser's language (English when missing). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * The language Lede's UI speaks, as a BCP 47 tag: the language of the message file the browser chose
 * (its "uiLocale" message). Not navigator.language nor even i18n.getUILanguage(): Chromium started with
 * --lang=fr gives the panel its French messages while both still say "en-US", and dates and country names
 * must be in the language of the words around them.
 */
export function uiLanguage(): string {
  for (const read of [() => t('uiLocale'), () => browser.i18n.getUILanguage?.()]) {
    try {
      const l = read();
      if (l && /^[a-z]{2,3}(?:[_-][A-Za-z0-9]+)*$/.test(l)) return l.replace(/_/g, '-');
    } catch {
      // No extension API (a unit test): the next source.
    }
  }
  return typeof navigator !== 'undefined' ? navigator.language : 'en';
}

/** A language's name in the UI's language: "fr" → "French", "français"; the code where Intl cannot say. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A date as the UI's language writes it ("Jan 22, 2024", "22 janv. 2024"); the text itself when it is no date. */
export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}
