import type { Entity } from '../report';

/** Turns a message key (with substitutions) into the reader's language: utils/extension/i18n.ts's t, or a test's. */
type Translate = (key: string, substitution?: string) => string;

/** The browser's UI language as a BCP 47 tag, from the predefined message "@@ui_locale" ("fr_FR" → "fr-FR"). */
export const uiLocale = (t: Translate): string | undefined => {
  const l = t('@@ui_locale');
  return /^[a-z]{2,3}([_-][A-Za-z0-9]+)*$/.test(l) ? l.replace(/_/g, '-') : undefined;
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
