/**
 * All companies of the gazetteer, one table (see ../gazetteer.ts for the format). Split by region only to
 * keep each file readable.
 */
import { COMPANIES_US } from './companies-us';
import { COMPANIES_EUROPE } from './companies-europe';
import { COMPANIES_ASIA } from './companies-asia';
import { COMPANIES_PRIVATE } from './companies-private';

export const COMPANIES = [COMPANIES_US, COMPANIES_EUROPE, COMPANIES_ASIA, COMPANIES_PRIVATE].join('\n');
