import { describe, expect, it } from 'vitest';
import { listingLabel, listingsLabel } from '../utils/extension/listing-label';
import { recognizeEntities } from '../utils/entities/recognize';

describe('listings as the reader sees them', () => {
  it('name the exchange when it is known', () => {
    expect(listingLabel({ ticker: 'INTC', exchange: 'NASDAQ' })).toBe('NASDAQ: INTC');
    expect(listingLabel({ ticker: 'INTC' })).toBe('INTC');
    expect(listingsLabel([{ ticker: '1211', exchange: 'HKEX' }, { ticker: 'BYDDY' }])).toBe('HKEX: 1211, BYDDY');
  });

  it('show the listing the text gives, and the gazetteer\'s other one beside it', () => {
    const [byd] = recognizeEntities([{ text: 'BYD (002594.SZ) sold more cars in November.' }], 'en');
    expect(listingLabel({ ticker: byd.ticker!, exchange: byd.exchange })).toBe('SZSE: 002594');
    expect(listingsLabel(byd.alsoListed ?? [])).toBe('HKEX: 1211');
    // "(U.S.)" and "(A.I.)" are initials, not listings.
    expect(recognizeEntities([{ text: 'The plant (U.S.) uses (A.I.) tools.' }], 'en')).toEqual([]);
  });
});
