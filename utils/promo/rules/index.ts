/**
 * The built-in rule set: one file per language plus the language-independent rules. Adding a language
 * means adding a file here, not code elsewhere.
 */
import type { PromoRule, PromoWords } from '../types';
import { COMMON_RULES } from './common';
import { EN_RULES, EN_WORDS } from './en';
import { FR_RULES, FR_WORDS } from './fr';
import { ES_RULES, ES_WORDS } from './es';
import { DE_RULES, DE_WORDS } from './de';
import { PT_RULES } from './pt';
import { IT_RULES } from './it';
import { PL_RULES } from './pl';
import { NL_RULES } from './nl';

export const BUILTIN_RULES: readonly PromoRule[] = [...COMMON_RULES, ...EN_RULES, ...FR_RULES, ...ES_RULES, ...DE_RULES, ...PT_RULES, ...IT_RULES, ...PL_RULES, ...NL_RULES];

export const WORDS_BY_LANG: Readonly<Record<string, PromoWords>> = { en: EN_WORDS, fr: FR_WORDS, es: ES_WORDS, de: DE_WORDS };
