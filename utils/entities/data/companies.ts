/**
 * All companies of the gazetteer, one table (see ../gazetteer.ts for the format). Split by region only to
 * keep each file readable; subsidiaries, and the stock indices and media outlets (their kind is in their
 * facts), have tables of their own.
 */
import { COMPANIES_US } from './companies-us';
import { COMPANIES_EUROPE } from './companies-europe';
import { COMPANIES_ASIA } from './companies-asia';
import { COMPANIES_PRIVATE } from './companies-private';
import { COMPANIES_SUBSIDIARIES } from './companies-subsidiaries';
import { MARKETS } from './markets';

export const COMPANIES = [COMPANIES_US, COMPANIES_EUROPE, COMPANIES_ASIA, COMPANIES_PRIVATE, COMPANIES_SUBSIDIARIES, MARKETS].join('\n@\n'); // each table starts with no "@" facts of the one before
