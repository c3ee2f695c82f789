/**
 * Stock exchanges: the names news text uses for them, normalised to one code each, and the Reuters-style
 * suffixes ("7203.T", "MC.PA") the gazetteer data uses to say where a company is listed.
 */
import { collapseWhitespace } from '../whitespace';

export interface ExchangeInfo {
  /** The normalised name shown to the reader ("NASDAQ", "Euronext Paris"). */
  code: string;
  /** Spellings found in text, matched case-insensitively with any whitespace between words. */
  aliases: readonly string[];
  /** Reuters instrument code suffix used in utils/entities/data ("O" for NASDAQ, "PA" for Paris). */
  ric?: string;
}

/**
 * "(NASDAQ : INTC)" (CoinGeek FR), "(Nasdaq: TSLA)" (press releases), "(NasdaqGS:…)" (S&P Capital IQ),
 * "(EPA: AIR)" / "(ETR: SAP)" / "(TYO: 7203)" (Google Finance codes), "(Euronext Paris : MC)" (French
 * press), "(OTC: SFTBY)" (ADRs). TSE is Tokyo for numeric tickers and Toronto otherwise (see exchangeFor).
 */
export const EXCHANGES: readonly ExchangeInfo[] = [
  { code: 'NASDAQ', ric: 'O', aliases: ['NASDAQ', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'Nasdaq GS', 'Nasdaq Global Select', 'Nasdaq Global Market', 'Nasdaq Capital Market'] },
  { code: 'NYSE', ric: 'N', aliases: ['NYSE', 'New York Stock Exchange', 'NYSE Arca', 'NYSEARCA'] },
  { code: 'NYSE American', ric: 'A', aliases: ['NYSE American', 'NYSEAMERICAN', 'NYSE MKT', 'AMEX'] },
  { code: 'OTC', ric: 'PK', aliases: ['OTC', 'OTCQX', 'OTCQB', 'OTC Pink', 'OTC Markets', 'OTCMKTS', 'Pink Sheets'] },
  { code: 'Cboe', aliases: ['Cboe', 'BATS', 'CBOE BZX'] },
  { code: 'TSX', ric: 'TO', aliases: ['TSX', 'Toronto Stock Exchange'] },
  { code: 'TSXV', ric: 'V', aliases: ['TSXV', 'TSX-V', 'TSX Venture', 'CVE'] },
  { code: 'CSE', aliases: ['CSE', 'CNSX'] },
  { code: 'LSE', ric: 'L', aliases: ['LSE', 'LON', 'London Stock Exchange', 'AIM'] },
  { code: 'Euronext Paris', ric: 'PA', aliases: ['Euronext Paris', 'EPA', 'ENXTPA', 'Euronext'] },
  { code: 'Euronext Amsterdam', ric: 'AS', aliases: ['Euronext Amsterdam', 'AMS', 'ENXTAM', 'AEX'] },
  { code: 'Euronext Brussels', ric: 'BR', aliases: ['Euronext Brussels', 'Euronext Bruxelles', 'EBR', 'ENXTBR'] },
  { code: 'Euronext Lisbon', ric: 'LS', aliases: ['Euronext Lisbon', 'Euronext Lisbonne', 'ELI', 'ENXTLS'] },
  { code: 'Euronext Dublin', ric: 'I', aliases: ['Euronext Dublin', 'ISE'] },
  { code: 'Euronext Milan', ric: 'MI', aliases: ['Euronext Milan', 'Borsa Italiana', 'BIT', 'MIL'] },
  { code: 'Euronext Oslo', ric: 'OL', aliases: ['Euronext Oslo', 'Oslo Børs', 'Oslo Bors', 'OSL', 'OB'] },
  { code: 'XETRA', ric: 'DE', aliases: ['XETRA', 'ETR', 'XTRA'] },
  { code: 'FWB', aliases: ['FWB', 'FRA', 'Frankfurt Stock Exchange', 'Börse Frankfurt'] },
  { code: 'SIX', ric: 'S', aliases: ['SIX', 'SWX', 'VTX', 'SIX Swiss Exchange'] },
  { code: 'BME', ric: 'MC', aliases: ['BME', 'MCE', 'Bolsa de Madrid'] },
  { code: 'Nasdaq Stockholm', ric: 'ST', aliases: ['Nasdaq Stockholm', 'STO', 'OMX'] },
  { code: 'Nasdaq Copenhagen', ric: 'CO', aliases: ['Nasdaq Copenhagen', 'CPH'] },
  { code: 'Nasdaq Helsinki', ric: 'HE', aliases: ['Nasdaq Helsinki', 'HEL'] },
  { code: 'Wiener Börse', ric: 'VI', aliases: ['Wiener Börse', 'VIE'] },
  { code: 'WSE', ric: 'WA', aliases: ['WSE', 'GPW'] },
  { code: 'TSE', ric: 'T', aliases: ['TYO', 'TSE', 'Tokyo Stock Exchange', 'JPX', 'Tokyo'] },
  { code: 'KRX', ric: 'KS', aliases: ['KRX', 'KOSPI', 'KSE', 'Korea Exchange'] },
  { code: 'KOSDAQ', ric: 'KQ', aliases: ['KOSDAQ'] },
  { code: 'HKEX', ric: 'HK', aliases: ['HKEX', 'HKG', 'SEHK', 'HKSE', 'HK'] },
  { code: 'TWSE', ric: 'TW', aliases: ['TWSE', 'TPE', 'TAIEX'] },
  { code: 'TPEx', ric: 'TWO', aliases: ['TPEx', 'GTSM'] },
  { code: 'SSE', ric: 'SS', aliases: ['SSE', 'SHA', 'Shanghai Stock Exchange'] },
  { code: 'SZSE', ric: 'SZ', aliases: ['SZSE', 'SHE', 'Shenzhen Stock Exchange'] },
  { code: 'NSE', ric: 'NS', aliases: ['NSE', 'NSEI'] },
  { code: 'BSE', ric: 'BO', aliases: ['BSE'] },
  { code: 'ASX', ric: 'AX', aliases: ['ASX'] },
  { code: 'NZX', ric: 'NZ', aliases: ['NZX'] },
  { code: 'SGX', ric: 'SI', aliases: ['SGX'] },
  { code: 'JSE', ric: 'J', aliases: ['JSE'] },
  { code: 'B3', ric: 'SA', aliases: ['B3', 'BVMF', 'Bovespa'] },
  { code: 'BMV', ric: 'MX', aliases: ['BMV'] },
  { code: 'TASE', ric: 'TA', aliases: ['TASE', 'TLV'] },
  { code: 'Tadawul', ric: 'SR', aliases: ['Tadawul'] },
  { code: 'ADX', ric: 'AD', aliases: ['ADX'] },
  { code: 'DFM', ric: 'DU', aliases: ['DFM'] },
  { code: 'IDX', ric: 'JK', aliases: ['IDX'] },
  { code: 'Bursa Malaysia', ric: 'KL', aliases: ['Bursa Malaysia', 'KLSE', 'MYX'] },
  { code: 'Borsa Istanbul', ric: 'IS', aliases: ['Borsa Istanbul', 'BIST'] },
  { code: 'MOEX', ric: 'MM', aliases: ['MOEX'] },
];

const fold = (s: string): string => collapseWhitespace(s).toLowerCase();

let byAlias: Map<string, ExchangeInfo> | null = null;
let byRic: Map<string, ExchangeInfo> | null = null;

function aliasMap(): Map<string, ExchangeInfo> {
  if (!byAlias) {
    byAlias = new Map();
    for (const e of EXCHANGES) for (const a of e.aliases) byAlias.set(fold(a), e);
  }
  return byAlias;
}

/** The normalised exchange for a name as written, or null: "Nasdaq" → "NASDAQ", "EPA" → "Euronext Paris". */
export function exchangeFor(written: string, ticker = ''): string | null {
  const e = aliasMap().get(fold(written));
  if (!e) return null;
  // "TSE" is Tokyo in Japanese press releases (numeric codes) and Toronto in Canadian ones.
  if (e.code === 'TSE' && fold(written) === 'tse' && !/^\d/.test(ticker)) return 'TSX';
  return e.code;
}

/** The exchange code for a Reuters suffix ("PA" → "Euronext Paris"); US tickers without suffix are NYSE. */
export function exchangeForRic(suffix: string): string | null {
  if (!byRic) {
    byRic = new Map();
    for (const e of EXCHANGES) if (e.ric) byRic.set(e.ric, e);
  }
  return byRic.get(suffix)?.code ?? null;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source matching any exchange alias (longest first), spaces as \s+ (NBSP and U+202F included). */
export function exchangePatternSource(): string {
  const all = EXCHANGES.flatMap((e) => e.aliases).sort((a, b) => b.length - a.length);
  return all.map((a) => escapeRe(a).replace(/ /g, '\\s+')).join('|');
}
