/**
 * A page's declared language, checked against its text: templates often say lang="en" over Spanish or
 * German articles (100noticias.com, many WordPress themes), and the promo rules are chosen by language.
 * The commonest function words of each language with rules are counted in a sample of the text; the
 * declaration stands unless it is clearly contradicted.
 */

/** Short, frequent words that belong to one language more than to the others listed. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'was', 'for', 'are', 'this', 'have'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auch', 'wird'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'dans', 'qui', 'sur', 'pas'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'con', 'para', 'una', 'se', 'fue'],
  pt: ['os', 'as', 'do', 'da', 'que', 'em', 'para', 'com', 'uma', 'não', 'dos', 'foi'],
  it: ['il', 'della', 'che', 'di', 'per', 'con', 'una', 'sono', 'non', 'gli', 'delle', 'nel'],
  nl: ['het', 'een', 'van', 'en', 'dat', 'niet', 'zijn', 'voor', 'met', 'ook', 'wordt', 'naar'],
  pl: ['się', 'nie', 'jest', 'na', 'że', 'do', 'to', 'oraz', 'jak', 'przez', 'jego', 'być'],
};
const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    const list = INDEX.get(w);
    if (list) list.push(lang);
    else INDEX.set(w, [lang]);
  }
}

const LONGEST = Math.max(...[...INDEX.keys()].map((w) => w.length));

/** Fewer function words than this in the sample: too little text to contradict anyone. */
const MIN_HITS = 20;
/** The other language must have this many times the declared one's hits. */
const MARGIN = 3;
const WORD = /[\p{L}]+/gu;

/**
 * The language the text is written in when it clearly is not `declared` (both being languages listed
 * above), else `declared`.
 */
export function confirmLang(declared: string | null, text: string): string | null {
  if (!declared || !FUNCTION_WORDS[declared]) return declared;
  const hits = new Map<string, number>();
  let total = 0;
  const sample = text.slice(0, 3000);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    // Function words are short: longer words are passed over without a look-up.
    if (m[0].length > LONGEST) continue;
    const langs = INDEX.get(m[0].toLowerCase());
    if (!langs) continue;
    total++;
    for (const l of langs) hits.set(l, (hits.get(l) ?? 0) + 1);
  }
  if (total < MIN_HITS) return declared;
  let best = declared;
  for (const [l, n] of hits) if (n > (hits.get(best) ?? 0)) best = l;
  return best !== declared && (hits.get(best) ?? 0) >= MARGIN * Math.max(1, hits.get(declared) ?? 0) ? best : declared;
}
