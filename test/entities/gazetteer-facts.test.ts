import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../utils/entities/recognize';

const find = (text: string, lang: string | null = 'en') => recognizeEntities([{ text }], lang);
const names = (text: string, lang: string | null = 'en') => find(text, lang).map((e) => e.name);

describe('what the gazetteer knows beyond names', () => {
  it('gives a company its country and sector, and marks an exchange operator', () => {
    const [boerse] = find('Deutsche Börse AG said trading volumes rose in November.');
    expect(boerse).toMatchObject({ name: 'Deutsche Börse AG', country: 'DE', sector: 'financials', exchangeOperator: true });
    const [toyota] = find('Toyota Motor Corporation raised its forecast.');
    expect(toyota).toMatchObject({ country: 'JP', sector: 'discretionary' });
    expect(toyota.exchangeOperator).toBeUndefined();
  });

  it('links a subsidiary to its parent', () => {
    const bnsf = find('BNSF, the railroad owned by Berkshire Hathaway, will add crews.').find((e) => e.name.startsWith('BNSF'));
    expect(bnsf?.parent?.name).toBe('Berkshire Hathaway Inc.');
  });

  it('reads stock indices and media outlets as what they are, not as companies', () => {
    expect(names('The S&P 500 rose 1.2% while shares of S&P Global Inc. fell.')).toEqual(['S&P Global Inc.']);
    expect(names('Le CAC 40 a reculé, selon Les Échos, malgré TotalEnergies.', 'fr')).toEqual(['TotalEnergies SE']);
    expect(names('Laut Handelsblatt und der Financial Times fiel der DAX am Freitag.', 'de')).toEqual([]);
  });

  it('still finds a company whose name holds a number', () => {
    expect(names('Phillips 66 reported higher refining margins.')).toEqual(['Phillips 66']);
  });
});
