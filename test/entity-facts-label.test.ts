import { describe, expect, it } from 'vitest';
import { countryName, entityFactsLabel, entityParentLabel, uiLocale } from '../utils/extension/entity-facts-label';
import type { Entity } from '../utils/report';

const messages: Record<string, string> = {
  sector_financials: 'Financials', sector_industrials: 'Industrials', exchangeOperator: 'Exchange operator', '@@ui_locale': 'en_GB',
};
const t = (key: string, sub?: string) => (key === 'partOf' ? `Part of ${sub}` : messages[key] ?? key);
const entity = (more: Partial<Entity>): Entity => ({ id: 'x', kind: 'company', name: 'X', mentions: [], ...more });

describe('what the card and the panel say of a known company', () => {
  it('names the sector, the exchange operator and the country in the reader\'s language', () => {
    expect(entityFactsLabel(entity({ sector: 'financials', exchangeOperator: true, country: 'DE' }), t)).toBe('Financials · Exchange operator · Germany');
    expect(entityFactsLabel(entity({ sector: 'industrials', country: 'JP' }), t, 'fr')).toBe('Industrials · Japon');
  });
  it('says nothing of a company found in the text, and names a subsidiary\'s parent', () => {
    expect(entityFactsLabel(entity({ foundBy: { cue: 'legal-form', words: 'GmbH' } }), t)).toBeNull();
    expect(entityParentLabel(entity({ parent: { id: 'berkshire-hathaway', name: 'Berkshire Hathaway Inc.' } }), t)).toBe('Part of Berkshire Hathaway Inc.');
    expect(entityParentLabel(entity({}), t)).toBeNull();
  });
  it('reads the UI locale from the predefined message, and falls back to the code for a region Intl cannot name', () => {
    expect(uiLocale(t)).toBe('en-GB');
    expect(uiLocale(() => '@@ui_locale')).toBeUndefined();
    expect(countryName('ZZZ')).toBe('ZZZ');
  });
});
