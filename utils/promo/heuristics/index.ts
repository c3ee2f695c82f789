/** The heuristics, in the order they are tried (after the rules). Remove one by deleting its line. */
import type { Heuristic } from '../types';
import { selfPromo } from './self-promo';
import { emphasisedTail } from './emphasised-tail';
import { videoPlug } from './video-plug';
import { linkDenseTail } from './link-dense-tail';

export const HEURISTICS: readonly Heuristic[] = [videoPlug, selfPromo, emphasisedTail, linkDenseTail];
