import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../utils/entities/recognize';
import type { Entity } from '../../utils/report';

const rec = (text: string | string[], lang: string | null = 'en'): Entity[] =>
  recognizeEntities((Array.isArray(text) ? text : [text]).map((t) => ({ text: t })), lang);
const byId = (ents: Entity[], id: string): Entity | undefined => ents.find((e) => e.id === id);
const mentionTexts = (ents: Entity[]): string[] => ents.flatMap((e) => e.mentions.map((m) => m.text));

describe('tickers in parentheses', () => {
  it('reads "Intel Corporation (NASDAQ: INTC)" with name and ticker as mentions', () => {
    const text = 'Analysts cite the chipmaker Intel Corporation (NASDAQ: INTC) as a partner.';
    const [e] = rec(text);
    expect(e).toMatchObject({ id: 'intel', kind: 'company', ticker: 'INTC', exchange: 'NASDAQ' });
    expect(e.mentions.map((m) => m.text)).toEqual(['Intel Corporation', 'INTC']);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads French typography: a no-break space or U+202F before the colon', () => {
    for (const sp of [' ', '\u00a0', '\u202f']) {
      const text = `Altman serait en pourparlers avec le géant financier japonais SoftBank Group (NASDAQ${sp}:${sp}SFTBF) et le G42.`;
      const ents = rec(text, 'fr');
      const sb = byId(ents, 'softbank');
      expect(sb, JSON.stringify(ents)).toMatchObject({ ticker: 'SFTBF', exchange: 'NASDAQ' });
      expect(sb!.mentions.map((m) => m.text)).toEqual(['SoftBank Group', 'SFTBF']);
      expect(mentionTexts(ents)).not.toContain('japonais SoftBank Group');
    }
  });

  it('normalises exchange names and reads several listings in one parenthesis', () => {
    const ents = rec('Shares of Acme Robotics Inc. (Nasdaq: ACMR, NYSE: ACM) rose.');
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ name: 'Acme Robotics Inc.', ticker: 'ACMR', exchange: 'NASDAQ' });
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['Acme Robotics Inc.', 'ACMR', 'ACM']);
  });

  it.each([
    ['International Business Machines (NYSE:IBM) said', 'international-business-machines', 'IBM', 'NYSE'],
    ['SoftBank Group Corp. (OTC: SFTBY) said', 'softbank', 'SFTBY', 'OTC'],
    ['Shopify Inc. (TSX: SHOP) said', 'shopify', 'SHOP', 'TSX'],
    ['Barclays PLC (LSE: BARC) said', 'barclays', 'BARC', 'LSE'],
    ['LVMH Moët Hennessy Louis Vuitton (Euronext Paris : MC) a dit', 'lvmh', 'MC', 'Euronext Paris'],
    ['Airbus SE (EPA: AIR) said', 'airbus', 'AIR', 'Euronext Paris'],
    ['SAP SE (ETR: SAP) said', 'sap', 'SAP', 'XETRA'],
    ['Toyota Motor Corporation (TYO: 7203) said', 'toyota', '7203', 'TSE'],
    ['Samsung Electronics (KRX: 005930) said', 'samsung', '005930', 'KRX'],
    ['Tencent Holdings (HKEX: 0700) said', 'tencent', '0700', 'HKEX'],
    ['Taiwan Semiconductor Manufacturing Co. (TWSE: 2330) said', 'taiwan-semiconductor', '2330', 'TWSE'],
    ['BHP Group (ASX: BHP) said', 'bhp', 'BHP', 'ASX'],
  ])('%s', (text, id, ticker, exchange) => {
    const ents = rec(`Yesterday ${text} that profits rose.`);
    expect(ents[0], JSON.stringify(ents)).toMatchObject({ id, ticker, exchange });
  });

  it('keeps connector words inside names and drops sentence-initial function words', () => {
    const a = rec('The Bank of America Corporation (NYSE: BAC) reported earnings.');
    expect(a[0].mentions[0].text).toBe('Bank of America Corporation');
    const b = rec('Outre Moët Hennessy Louis Vuitton (EPA: MC), les analystes citent Hermès.', 'fr');
    expect(b[0].mentions[0].text).toBe('Moët Hennessy Louis Vuitton');
    const c = rec('The Zorblax Widget Company (NYSE: ZWC) reported earnings.');
    expect(c[0].mentions[0].text).toBe('Zorblax Widget Company');
    const d = rec('Analysts cite the chipmaker Zorblax Semiconductor Co. (NASDAQ: ZORB) as a partner.');
    expect(d[0].mentions[0].text).toBe('Zorblax Semiconductor Co.');
  });

  it('finds a company by its ticker when no name stands before the parenthesis', () => {
    const ents = rec('The iPhone maker (NASDAQ: AAPL) fell 2%.');
    expect(ents[0]).toMatchObject({ id: 'apple', ticker: 'AAPL', exchange: 'NASDAQ' });
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['AAPL']);
  });
});

describe('cashtags', () => {
  it('reads $AAPL and $BTC, not $10, $5bn or US$', () => {
    const ents = rec('Traders bought $AAPL and $BTC for $10 each, a $5bn bet worth US$3 in total.');
    expect(ents.map((e) => e.id)).toEqual(['apple', 'bitcoin']);
    expect(ents[0].mentions[0].text).toBe('$AAPL');
    expect(ents[1].kind).toBe('crypto');
    expect(mentionTexts(ents)).toEqual(['$AAPL', '$BTC']);
  });
});

describe('gazetteer names', () => {
  it('finds known companies without tickers, with aliases merged', () => {
    const ents = rec('OpenAI and Anthropic compete with xAI, while Google and Alphabet report results. Facebook owner Meta Platforms said so.');
    expect(ents.map((e) => e.id)).toEqual(['openai', 'anthropic', 'xai', 'alphabet', 'meta']);
    expect(byId(ents, 'alphabet')!.mentions.map((m) => m.text)).toEqual(['Google', 'Alphabet']);
    expect(byId(ents, 'alphabet')).toMatchObject({ ticker: 'GOOGL', exchange: 'NASDAQ' });
  });

  it('resolves TSMC and Taiwan Semiconductor Manufacturing to one entity', () => {
    const ents = rec(['Taiwan Semiconductor Manufacturing Co. (NYSE: TSM) builds chips.', 'TSMC said demand was strong.']);
    expect(ents).toHaveLength(1);
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['Taiwan Semiconductor Manufacturing Co.', 'TSM', 'TSMC']);
  });

  it('needs corroboration for names that are common words', () => {
    expect(rec('She ate an apple and a pear. We sailed up the Amazon to see the forest.')).toEqual([]);
    expect(rec('I like the Orange sky over the Amazon forest at dusk.')).toEqual([]);
    expect(rec('Apple pie is a classic dessert.')).toEqual([]);
    const ok = rec('The smartphone market is led by Apple, whose shares rose 3%.');
    expect(ok.map((e) => e.id)).toEqual(['apple']);
    const fr = rec("L'opérateur Orange a annoncé une hausse de son chiffre d'affaires.", 'fr');
    expect(fr.map((e) => e.id)).toEqual(['orange']);
    const est = rec(['Apple Inc. (NASDAQ: AAPL) reported results.', 'Apple said the quarter was strong.']);
    expect(est[0].mentions.map((m) => m.text)).toEqual(['Apple Inc.', 'AAPL', 'Apple']);
    expect(rec('The Shell was on the beach near the Target.')).toEqual([]);
  });

  it('does not take a surname for a company', () => {
    expect(rec('In a letter to Tony Abbott, the opposition leader asked about data retention and the company.')).toEqual([]);
    expect(rec('Firefox began as a branch by Dave Hyatt and Joe Hewitt.')).toEqual([]);
  });

  it('co-refers short names: SoftBank Group then SoftBank, Samsung Electronics then Samsung, Intel', () => {
    const ents = rec(['SoftBank Group (NASDAQ : SFTBF) et Intel Corporation (NASDAQ : INTC).', 'Outre SoftBank, Intel et Samsung Electronics, Samsung est en tête.'], 'fr');
    expect(byId(ents, 'softbank')!.mentions.map((m) => m.text)).toEqual(['SoftBank Group', 'SFTBF', 'SoftBank']);
    expect(byId(ents, 'intel')!.mentions.map((m) => m.text)).toEqual(['Intel Corporation', 'INTC', 'Intel']);
    expect(byId(ents, 'samsung')!.mentions.map((m) => m.text)).toEqual(['Samsung Electronics', 'Samsung']);
  });

  it('co-refers companies the gazetteer does not know', () => {
    const ents = rec(['Zorblax Robotics Inc. (NYSE: ZRBX) rose.', 'Zorblax Robotics later said that Zorblax would hire.']);
    expect(ents).toHaveLength(1);
    expect(ents[0].mentions.map((m) => m.text)).toEqual(['Zorblax Robotics Inc.', 'ZRBX', 'Zorblax Robotics', 'Zorblax']);
  });
});

describe('crypto assets', () => {
  it('reads names and tickers; Tether alone is the stablecoin', () => {
    const ents = rec('Bitcoin (BTC) and Ether rallied while Tether (USDT) held its peg; Bitcoin SV traders bought BSV.');
    expect(ents.map((e) => [e.id, e.kind])).toEqual([
      ['bitcoin', 'crypto'], ['ethereum', 'crypto'], ['tether', 'crypto'], ['bitcoin-sv', 'crypto'],
    ]);
    expect(byId(ents, 'bitcoin')!.mentions.map((m) => m.text)).toEqual(['Bitcoin', 'BTC']);
    expect(byId(ents, 'bitcoin-sv')!.mentions.map((m) => m.text)).toEqual(['Bitcoin SV', 'BSV']);
  });

  it('Tether the company is read under its company names', () => {
    const ents = rec('Tether Holdings, the issuer of USDT, reported a profit.');
    expect(ents.map((e) => e.id)).toEqual(['tether-holdings', 'tether']);
  });

  it('needs crypto context for bare tickers that are words', () => {
    expect(rec('Le SOL est humide et le ONE est LINK.', 'fr')).toEqual([]);
    expect(rec('The team will LINK the DOT files.')).toEqual([]);
    const ok = rec('Traders moved 500 SOL into the token pool as the crypto market rallied.');
    expect(ok.map((e) => e.id)).toEqual(['solana']);
  });

  it('reads distinctive tickers in a crypto article', () => {
    const ents = rec(['The blockchain industry is growing.', 'BTC and ETH fell while XRP rose.']);
    expect(ents.map((e) => e.id)).toEqual(['bitcoin', 'ethereum', 'xrp']);
  });
});

describe('no false positives', () => {
  it('ignores abbreviations, months, days, countries, people and cities', () => {
    const en = rec('The CEO said AI and IT spending in the US, USA and EU will grow. On Monday in January, Sam Altman met A. I. officials in Abu Dhabi, South Korea, Japan and China.');
    expect(en).toEqual([]);
    const fr = rec("Le PDG d'une société, Sam Altman, parle d'IA avec l'UE lundi en janvier en Corée du Sud, aux États-Unis, en Chine et au Japon. Altman ouvre la boîte de Pandore.", 'fr');
    expect(fr).toEqual([]);
  });

  it('reads bare company tickers only with market words nearby', () => {
    expect(rec('The SRE team uses GIS tools.')).toEqual([]);
    const ok = rec('NVDA rose 3% in premarket trading.');
    expect(ok.map((e) => [e.id, e.ticker, e.exchange])).toEqual([['nvidia', 'NVDA', 'NASDAQ']]);
  });

  it('never throws on odd input', () => {
    expect(rec(['', '   ', '(NASDAQ: )', '$', '()', 'Inc. (NYSE: X)'])).toBeInstanceOf(Array);
  });
});
