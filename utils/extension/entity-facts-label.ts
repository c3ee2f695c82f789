import type { Entity } from '../report';

/** Turns a message key (with substitutions) into the reader's language: utils/extension/i18n.ts's t, or a test's. */
type Translate = (key: string, substitution?: string) => string;

/**
 * The UI's language as a BCP 47 tag: the language of the messages in use (their "uiLocale" message), else
 * the predefined "@@ui_locale" ("fr_FR" → "fr-FR"), which Chromium started with --lang leaves in English.
 */
export const uiLocale = (t: Translate): string | undefined => {
  for (const key of ['uiLocale', '@@ui_locale']) {
    const l = t(key);
    if (/^[a-z]{2,3}([_-][A-Za-z0-9]+)*$/.test(l)) return l.replace(/_/g, '-');
  }
  return undefined;
};

/** A country's name in the reader's language ("JP" → "Japan", "Japon"); the code where Intl cannot say. */
export function countryName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * What Lede knows of a company beyond its listing, in one line: "Financials · Exchange operator · Germany".
 * Null when it knows nothing (a company found in the text).
 */
export function entityFactsLabel(e: Entity, t: Translate, locale = uiLocale(t)): string | null {
  const parts = [
    e.sector ? t(`sector_${e.sector}`) : null,
    e.exchangeOperator ? t('exchangeOperator') : null,
    e.country ? countryName(e.country, locale) : null,
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : null;
}

/** "Part of Berkshire Hathaway Inc." for a subsidiary; null otherwise. */
export const entityParentLabel = (e: Entity, t: Translate): string | null => (e.parent ? t('partOf', e.parent.name) : null);
