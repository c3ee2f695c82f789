/**
 * Furniture words of every language. All apply to every page, whatever its language: a German page
 * prints "Foto: dpa" and an English one "Photo: AP", but a caption credit in another language is still a
 * credit, and these lines are too short and too particular to be read in a sentence by mistake.
 */
import type { FurnitureWords } from '../types';
import { EN_FURNITURE } from './en';
import { DE_FURNITURE } from './de';
import { FR_FURNITURE } from './fr';
import { ES_FURNITURE } from './es';
import { OTHER_FURNITURE } from './other';

export const FURNITURE_WORDS: readonly FurnitureWords[] = [EN_FURNITURE, DE_FURNITURE, FR_FURNITURE, ES_FURNITURE, OTHER_FURNITURE];
