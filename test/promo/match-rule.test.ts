import { describe, expect, it } from 'vitest';
import { compileRule, firstWord, matchRule } from '../../utils/promo/match-rule';
import { buildContext } from '../../utils/promo/find';
import { extractArticle } from '../../utils/article/extract';
import { BUILTIN_RULES } from '../../utils/promo/rules';
import type { PromoRule } from '../../utils/promo/types';
import { parseHtml } from '../helpers/dom';

const rule = (r: Partial<PromoRule>): PromoRule => ({ id: 't', langs: 'all', reason: 'test', ...r });

describe('the first-word index of phrase rules', () => {
  it('keys a rule by the first word of each phrase and label, normalised', () => {
    expect([...compileRule(rule({ lead: ['Lire aussi :', 'À lire'], label: ['Publicité'] })).firstWords!]).toEqual(['lire', 'a', 'publicite']);
    expect(firstWord("l'essentiel")).toBe('l');
  });

  it('has no index where a phrase starts with no word, or the rule has no phrase', () => {
    expect(compileRule(rule({ lead: ['« Lire aussi'] })).firstWords).toBeNull();
    expect(compileRule(rule({ text: /podcast/ })).firstWords).toBeNull();
  });

  it('finds the blocks it found without the index: bullets before the phrase, the label alone, other words skipped', () => {
    const doc = parseHtml(`<html lang="fr"><body><article><h1>Titre</h1>
      <p>${'Un paragraphe de l’article, assez long pour que Readability le garde comme du texte. '.repeat(4)}</p>
      <p>► Lire aussi : la suite</p>
      <p>Publicité</p>
      <p>Lire la suite du texte ne suffit pas : ce paragraphe commence par le même mot mais par une autre expression.</p>
      <p>${'Encore un paragraphe de l’article, assez long lui aussi pour être gardé par Readability. '.repeat(4)}</p>
    </article></body></html>`, 'https://exemple.fr/a');
    const article = extractArticle(doc)!;
    const ctx = buildContext(article, 'exemple.fr');
    for (const r of BUILTIN_RULES.filter((x) => !x.shape)) {
      const c = compileRule(r);
      const unindexed = matchRule({ ...c, firstWords: null }, ctx);
      expect(matchRule(c, ctx), r.id).toEqual(unindexed);
    }
    const lire = matchRule(compileRule(BUILTIN_RULES.find((r) => r.id === 'fr-lire-aussi')!), ctx);
    expect(lire.map((m) => article.blocks[m.blocks[0]].text.trim())).toEqual(['► Lire aussi : la suite']);
    const pub = matchRule(compileRule(BUILTIN_RULES.find((r) => r.id === 'fr-etiquette-pub')!), ctx);
    expect(pub.map((m) => article.blocks[m.blocks[0]].text.trim())).toEqual(['Publicité']);
  });
});
