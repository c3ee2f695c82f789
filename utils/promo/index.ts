/** The promo stage: find promotional blocks inside the article (pure). Hiding them is utils/dom/hide.ts. */
export type { PromoMatch, UserRule, FindPromosOptions, PromoRule } from './types';
export { findPromos, findPromosAndFurniture } from './find';
export { validateUserRule } from './user-rules';
export { BUILTIN_RULES } from './rules';
export { HEURISTICS } from './heuristics';
