import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { BUILTIN_RULES, HEURISTICS } from '@/utils/promo';
import { WEIGHTS } from '@/utils/article/signal-weights';
import type { Entity, KeyFact, Promo } from '@/utils/report';
import { groupPromos, promoKind, promoReason } from '@/components/promo-kinds';
import { followNeverHide, rulesStillHiding, startNeverHide } from '@/components/never-hide';
import { signalLabel } from '@/components/signal-words';
import { PromoList } from '@/components/PromoList';
import { KeyFactList } from '@/components/KeyFactList';
import { FeatureSettings } from '@/components/FeatureSettings';
import { HoverCard } from '@/components/HoverCard';
import { ArticleHeader } from '@/components/ArticleHeader';
import { entityFactsLabel, uiLocale } from '@/utils/extension/entity-facts-label';
import { formatDate, languageName } from '@/utils/extension/i18n';

/**
 * Issue 23: everything the panel says is in the reader's language (reasons, labels, signals, dates, country
 * and language names), whatever the page's; page text stays in its own. Over the real message files.
 */
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const MESSAGES: Record<'en' | 'fr', Messages> = {
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')),
  fr: JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')),
};

/** chrome.i18n.getMessage: $NAME$ placeholders filled from the substitutions; a missing key throws. */
function translator(lang: 'en' | 'fr') {
  return (key: string, substitutions?: string | string[]): string => {
    if (key === '@@ui_locale') return lang;
    const m = MESSAGES[lang][key];
    if (!m) throw new Error(`no ${lang} message "${key}"`);
    const args = substitutions === undefined ? [] : [substitutions].flat();
    return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const ph = Object.entries(m.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
      return ph ? ph.content.replace(/\$(\d)/g, (__, i: string) => args[Number(i) - 1] ?? '') : '';
    });
  };
}
const en = translator('en');
const fr = translator('fr');

const dom = new JSDOM('<!doctype html><html><body></body></html>');
const globals = { document: dom.window.document, window: dom.window, Node: dom.window.Node, Event: dom.window.Event };
beforeAll(() => Object.assign(globalThis, globals));
afterAll(() => {
  for (const k of Object.keys(globals)) delete (globalThis as Record<string, unknown>)[k];
});
function mount(vnode: preact.VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

const promo = (ruleId: string, reason: string, text: string, blocks: number[] = [], hidden = true): Promo => ({ ruleId, reason, text, blocks, hidden });

describe('the message files', () => {
  it('have the same keys and the same placeholders in English and French', () => {
    expect(Object.keys(MESSAGES.fr).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const [key, m] of Object.entries(MESSAGES.en)) {
      expect(Object.keys(MESSAGES.fr[key].placeholders ?? {}).sort(), key).toEqual(Object.keys(m.placeholders ?? {}).sort());
    }
  });
});

describe('why a block was hidden, in the reader\'s language', () => {
  it('every built-in rule and heuristic has a kind, and every kind its words in both languages', () => {
    const ids = [...BUILTIN_RULES.map((r) => r.id), ...HEURISTICS.map((h) => h.id)];
    expect(ids.filter((id) => promoKind({ ruleId: id, reason: '' }) === 'other')).toEqual([]);
    for (const id of ids) {
      const kind = promoKind({ ruleId: id, reason: '' });
      expect(MESSAGES.en[`reason_${kind}`], kind).toBeDefined();
      expect(MESSAGES.fr[`reason_${kind}`], kind).toBeDefined();
    }
  });

  it('French UI: a heuristic\'s and a reader\'s rule\'s English reasons come out in French', () => {
    const heuristic = promo('self-promo', 'House ad: invites you to more of CoinGeek', 'Check out our coverage');
    expect(promoReason(heuristic, fr, 'CoinGeek')).toBe('Publicité maison pour CoinGeek');
    const rules = [{ id: 'r1', kind: 'phrase' as const, value: 'Partner content', site: null }];
    const mine = promo('user:r1', 'Your rule: blocks starting with “Partner content”', 'Partner content: …');
    expect(promoReason(mine, fr, 'x', rules)).toBe('Votre règle : blocs commençant par « Partner content »');
    // A rule removed since the run: its value is read back from the reason.
    expect(promoReason(mine, fr, 'x', [])).toBe('Votre règle : blocs commençant par « Partner content »');
  });

  it('English UI: the French seed\'s reasons come out in English', () => {
    const seedPromo = promo('fr-coingeek-ia-loi', 'Publicité maison : renvoie vers la couverture de CoinGeek', 'Pour que l’IA…');
    expect(promoReason(seedPromo, en, 'CoinGeek')).toBe('House ads for CoinGeek');
    expect(promoReason(promo('fr-regarder-embed', 'Publicité maison : une vidéo mise en avant, avec son lecteur', 'Regarder : …'), en, 'CoinGeek')).toBe('Video plugs');
    expect(promoReason(promo('fr-regarder-embed', '…', 'Regarder : …'), fr, 'CoinGeek')).toBe('Vidéos mises en avant');
  });
});

describe('hidden blocks grouped by reason, with a count', () => {
  const ads = Array.from({ length: 110 }, (_, i) => promo('shape-advert', 'Advertising slot inside the article', 'Advertisement', [i + 10]));
  const promos = [
    promo('en-read-more', 'Links to other stories, inside the article', 'Read more: The ten best things to check out this summer on the coast', [2]),
    ...ads,
    promo('shape-related', 'Links to other stories, inside the article', 'Related: Harbour fees rise again', [200]),
  ];

  it('one group per kind in page order; identical blocks as one line', () => {
    const groups = groupPromos(promos);
    expect(groups.map((g) => [g.kind, g.count, g.lines.length])).toEqual([['related', 2, 2], ['ad', 110, 1]]);
    expect(groups[0].ruleIds).toEqual(['en-read-more', 'shape-related']);
    expect(groups[1].lines[0].indexes).toHaveLength(110);
  });

  it('renders each group with its count, a large one closed, and previews cut on a word boundary (EN and FR)', () => {
    for (const [t, lang] of [[en, 'en'], [fr, 'fr']] as const) {
      const root = mount(<PromoList groups={groupPromos(promos)} total={promos.length} onShow={() => {}} onNeverHere={() => {}}
        labels={{ title: t('hiddenTitle'), show: t('show'), shown: t('shown'), neverHere: t('neverHideHere'), none: t('nothingHidden'),
          reason: (g) => promoReason(g.first, t, 'Site'), same: (n) => t('sameBlocks', String(n)) }} />);
      const groups = [...root.querySelectorAll('[data-testid="promo-group"]')];
      expect(groups.map((g) => g.querySelector('summary')!.textContent)).toEqual(
        lang === 'en' ? ['Links to other stories 2', 'Advertising 110'] : ['Liens vers d’autres articles 2', 'Publicité 110'],
      );
      expect((groups[0].querySelector('details') as HTMLDetailsElement).open).toBe(true);
      expect((groups[1].querySelector('details') as HTMLDetailsElement).open).toBe(false);
      expect(groups[1].textContent).toContain(lang === 'en' ? '110 identical blocks' : '110 blocs identiques');
      for (const p of root.querySelectorAll('.preview')) {
        const shown = p.firstChild!.textContent!;
        if (shown.endsWith('…')) expect(promos.map((x) => x.text).some((t) => t.startsWith(shown.slice(0, -1)) && /[\s,.:;]/.test(t[shown.length - 1]))).toBe(true);
      }
      root.remove();
    }
  });

  it('a preview of a long block never ends in a cut word', () => {
    const text = 'New to blockchain? Check out the Blockchain for Beginners section of Test News, the ultimate resource guide to learn more about blockchain technology and what it does.';
    const root = mount(<PromoList groups={groupPromos([promo('en-new-to-blockchain', '', text)])} total={1} onShow={() => {}} onNeverHere={() => {}}
      labels={{ title: 'Hidden', show: 'Show', shown: 'Shown', neverHere: 'Never', none: '', reason: () => 'r', same: () => '' }} />);
    const shown = root.querySelector('.preview')!.textContent!;
    expect(shown.endsWith('…')).toBe(true);
    const kept = shown.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toMatch(/[\s,.]/);
    root.remove();
  });
});

describe('"Never hide this kind on this site" in one click, whatever rules matched', () => {
  it('follows the runs: turns off the second rule that claims the block, then stops; undo knows the rules before', () => {
    const url = 'https://news.example/a';
    const first = [promo('shape-related', '', 'Read more: Harbour fees rise', [4]), promo('en-newsletter', '', 'Sign up', [9])];
    const n0 = startNeverHide(url, first, [0], ['shape-related'], ['en-podcast']);
    expect(n0.before).toEqual(['en-podcast']);
    // The next run: the same block, claimed now by the phrase rule that was behind the shape rule.
    const second = [promo('en-read-more', '', 'Read more: Harbour fees rise', [4]), promo('en-newsletter', '', 'Sign up', [9])];
    expect(rulesStillHiding(second, n0)).toEqual(['en-read-more']);
    const step = followNeverHide(second, url, n0);
    expect(step.more).toEqual(['en-read-more']);
    expect(step.next.turnedOff).toEqual(['shape-related', 'en-read-more']);
    // The run after: the block is shown, the newsletter box (another block) still hidden: done.
    const third = [promo('en-newsletter', '', 'Sign up', [9])];
    expect(followNeverHide(third, url, step.next).more).toEqual([]);
    // A report of another page, or one that still carries the rule already turned off, asks nothing.
    expect(followNeverHide(second, 'https://other.example/', n0).more).toEqual([]);
    expect(followNeverHide(first, url, n0).more).toEqual([]);
  });

  it('a leftover box has no block: it is followed by its text', () => {
    const n = startNeverHide(null, [promo('shape-promo', '', 'Subscribe  to our   app', [])], [0], ['shape-promo'], []);
    expect(rulesStillHiding([promo('en-app', '', 'Subscribe to our app', [])], n)).toEqual(['en-app']);
  });
});

describe('detection, in words', () => {
  it('every signal has a sentence in both languages, with no raw markup names', () => {
    const ids = Object.keys(WEIGHTS).filter((k) => k !== 'prior');
    for (const t of [en, fr]) {
      for (const id of ids) {
        const words = signalLabel({ id, weight: 1, detail: id.startsWith('json-ld') ? 'NewsArticle' : undefined }, t);
        expect(words, id).not.toMatch(/json-ld|og:|og-|NewsArticle|readerable|\$/);
      }
    }
    expect(signalLabel({ id: 'json-ld-article', weight: 2, detail: 'NewsArticle' }, en)).toBe('The page describes itself as a news article');
    expect(signalLabel({ id: 'json-ld-article', weight: 2, detail: 'BlogPosting' }, fr)).toBe('La page se présente comme un billet de blog');
    expect(signalLabel({ id: 'og-article', weight: 1.5, detail: 'article' }, en)).toBe('The page is published as an article');
  });
});

describe('dates, languages and countries in the UI\'s language, page text in its own', () => {
  it('the UI\'s language is its messages\' own, even where the browser says "en_US" (Chromium with --lang=fr)', () => {
    expect(uiLocale((key) => (key === '@@ui_locale' ? 'en_US' : fr(key)))).toBe('fr');
    expect(uiLocale((key) => (key === '@@ui_locale' ? 'en_US' : en(key)))).toBe('en');
  });

  it('formats dates and names languages and countries for the UI', () => {
    expect(formatDate('2024-01-22T10:30:00+00:00', 'en')).toBe('Jan 22, 2024');
    expect(formatDate('2024-01-22T10:30:00+00:00', 'fr')).toBe('22 janv. 2024');
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('en', 'fr')).toBe('anglais');
    const us: Entity = { id: 'x', kind: 'company', name: 'X', mentions: [], country: 'US', sector: 'tech' };
    expect(entityFactsLabel(us, fr, 'fr')).toBe('Technologies de l’information · États-Unis');
    expect(entityFactsLabel(us, en, 'en')).toBe('Information technology · United States');
  });

  it('the header: a French article under the English UI reads "In French", its title keeps lang="fr"', () => {
    const report = { title: 'Sam Altman cherche des fonds', lang: 'fr', siteName: 'CoinGeek', byline: null } as never;
    const root = mount(<ArticleHeader report={report} labels={{ date: formatDate('2024-01-22', 'en'), minutes: en('readingMinutes', '3'), language: en('articleLanguage', languageName('fr', 'en')) }} />);
    expect(root.querySelector('[data-testid="article-meta"]')!.textContent).toBe('CoinGeek · Jan 22, 2024 · 3 min read · In French');
    expect(root.querySelector('h1')!.getAttribute('lang')).toBe('fr');
    root.remove();
    const frRoot = mount(<ArticleHeader report={{ ...(report as object), lang: 'en' } as never} labels={{ date: formatDate('2024-01-22', 'fr'), minutes: fr('readingMinutes', '3'), language: fr('articleLanguage', languageName('en', 'fr')) }} />);
    expect(frRoot.textContent).toContain('22 janv. 2024 · 3 min de lecture · En anglais');
    frRoot.remove();
  });
});

describe('key facts, settings and the hover card', () => {
  it('a key fact shows its clause with its figure in bold, in the page\'s language', () => {
    const facts: KeyFact[] = [{ kind: 'money', text: '35 milliards de dollars', sentence: 'Hollis a publié un bénéfice record de 35 milliards de dollars.' }];
    const root = mount(<KeyFactList facts={facts} lang="fr" labels={{ title: fr('keyFactsTitle'), jump: fr('jumpToSentence') }} onFact={() => {}} />);
    expect(root.querySelector('h2')!.textContent).toBe(fr('keyFactsTitle'));
    expect(root.querySelector('strong')!.textContent).toBe('35 milliards de dollars');
    expect(root.querySelector('button')!.textContent).toBe(facts[0].sentence);
    expect(root.querySelector('ul')!.getAttribute('lang')).toBe('fr');
    root.remove();
  });

  it('one switch per feature for this site, saying which choice applies (EN and FR)', () => {
    for (const t of [en, fr]) {
      const root = mount(<FeatureSettings site="news.example"
        features={[{ feature: 'highlights', here: true, everywhere: true, exception: false }, { feature: 'stripping', here: false, everywhere: true, exception: true }]}
        labels={{ title: t('togglesTitle'), here: (f) => t(f === 'highlights' ? 'toggleHighlightsSite' : 'toggleStrippingSite', 'news.example'),
          everywhere: (f) => t(f === 'highlights' ? 'toggleHighlightsAll' : 'toggleStrippingAll'), same: t('settingSame'),
          exception: (on) => t('settingException', ['news.example', t(on ? 'stateOn' : 'stateOff')]), removeException: t('settingRemoveException'), everySite: t('settingEverySite') }}
        onHere={() => {}} onEverywhere={() => {}} onRemoveException={() => {}} />);
      const features = root.querySelectorAll('.feature');
      expect(features).toHaveLength(2);
      expect(features[0].textContent).toContain(t('settingSame'));
      expect(features[1].textContent).toContain(t('settingException', ['news.example', t('stateOn')]));
      expect(features[1].querySelector('button')!.textContent).toBe(t('settingRemoveException'));
      expect((root.querySelector('#site-stripping') as HTMLInputElement).checked).toBe(false);
      // The choices for every site are there, folded away.
      expect((root.querySelector('details.every-site') as HTMLDetailsElement).open).toBe(false);
      expect(root.querySelector('#global-stripping')).not.toBeNull();
      root.remove();
    }
  });

  it('the hover card: name, ticker and exchange, kind, sector and country, mentions, quote and panel', () => {
    const nvidia: Entity = { id: 'nvidia', kind: 'company', name: 'NVIDIA Corporation', ticker: 'NVDA', exchange: 'NASDAQ', country: 'US', sector: 'tech', mentions: [] };
    for (const [t, lang] of [[en, 'en'], [fr, 'fr']] as const) {
      const root = mount(<HoverCard entity={nvidia} quoteHref="https://www.google.com/finance/quote/NVDA:NASDAQ" onOpenPanel={() => {}} onClose={() => {}}
        labels={{ company: t('kindCompany'), crypto: t('kindCrypto'), index: t('kindIndex'), mentions: t('mentionsInArticle', '5'), quote: t('quoteLink'),
          openPanel: t('showInPanel'), close: t('close'), facts: entityFactsLabel(nvidia, t, lang) }} />);
      expect(root.querySelector('.name')!.textContent).toBe('NVIDIA Corporation');
      expect(root.querySelector('.ticker')!.textContent).toBe('NASDAQ: NVDA');
      expect(root.querySelector('.kind')!.textContent).toBe(lang === 'en' ? 'Company · Information technology · United States' : 'Entreprise · Technologies de l’information · États-Unis');
      expect(root.querySelector('.count')!.textContent).toBe(t('mentionsInArticle', '5'));
      expect(root.querySelector('a')!.textContent).toBe(t('quoteLink'));
      expect(root.querySelector('.actions button')!.textContent).toBe(t('showInPanel'));
      root.remove();
    }
  });
});
