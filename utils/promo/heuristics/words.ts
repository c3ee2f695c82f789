/** The heuristics' language data, merged or per language, compiled once. */
import { WORDS_BY_LANG } from '../rules';
import { escapeRegExp, normalize } from '../normalize';

function inviteWords(lang: string | null): string[] {
  const packs = lang && WORDS_BY_LANG[lang] ? [WORDS_BY_LANG[lang]] : Object.values(WORDS_BY_LANG);
  return [...new Set(packs.flatMap((p) => p.invite.map(normalize)))];
}

const cache = new Map<string, { atSentenceStart: RegExp; anywhere: RegExp }>();

/**
 * Invitations ("check out", "consultez") for the article's language (all languages when unknown):
 * at the start of a sentence (an imperative), or anywhere.
 */
export function invitePatterns(lang: string | null): { atSentenceStart: RegExp; anywhere: RegExp } {
  const key = lang ?? '*';
  let p = cache.get(key);
  if (!p) {
    const alt = inviteWords(lang).map(escapeRegExp).join('|');
    p = {
      atSentenceStart: new RegExp(`(?:^|[.!?:;»)] )(?:${alt})(?![\\p{L}\\p{N}])`, 'u'),
      anywhere: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'u'),
    };
    cache.set(key, p);
  }
  return p;
}
