/**
 * The words of a class or id value, as sites compose them: "relatedArticles" → "related-articles",
 * "article__read_more" → "article-read-more". Pure: shared by the promo shapes and the standfirst's names.
 */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every word of every name of an attribute's value ("c-page-intro__copy big" → c, page, intro, copy, big). */
export const nameTokens = (value: string): string[] => value.split(/\s+/).flatMap((name) => kebab(name).split('-').filter(Boolean));
