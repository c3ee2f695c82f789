import type { Promo, UserRule } from '@/utils/report';

/**
 * What kind of promotion a hidden block is, from the id of the rule that hid it. The rules write their
 * reasons in the page's language (utils/promo/rules/fr.ts in French), the heuristics and the reader's rules
 * in English: the panel words each kind itself, in the reader's language (public/_locales, "reason_*").
 */
export type PromoKind =
  | 'related' | 'house' | 'video' | 'subscribe' | 'newsletter' | 'sponsored' | 'ad' | 'podcast' | 'app' | 'follow'
  | 'userPhrase' | 'userSelector' | 'other';

/** Built-in rules and heuristics by kind. A rule missing here is "other" (test/promo-kinds.test.ts lists them all). */
const KIND_OF_RULE: Record<string, PromoKind> = {};
const RULES_BY_KIND: Partial<Record<PromoKind, string[]>> = {
  related: [
    'en-read-more', 'en-related-heading', 'en-more-heading', 'en-click-here', 'shape-related', 'link-dense-tail',
    'fr-lire-aussi', 'fr-plus-titre', 'de-lesen-sie-auch', 'de-related-heading', 'de-siehe-auch-link', 'de-mehr-ueberschrift',
    'es-lee-tambien', 'es-relacionados-titulo', 'es-mira-enlace', 'it-leggi-anche', 'it-correlati-titolo', 'pl-czytaj-tez',
    'pl-powiazane-tytul', 'pt-leia-tambem', 'pt-relacionadas-titulo', 'nl-lees-ook', 'nl-gerelateerd-titel',
  ],
  house: ['en-coingeek-ai-law', 'en-new-to-blockchain', 'fr-coingeek-ia-loi', 'fr-nouveau-blockchain', 'self-promo', 'emphasised-tail', 'shape-promo'],
  video: ['en-watch-embed', 'en-watch-link', 'en-now-playing', 'fr-regarder-embed', 'fr-regarder-lien', 'de-video-embed', 'es-ver-embed', 'es-reproduciendo', 'video-plug'],
  subscribe: ['en-subscribe-pitch', 'en-print-edition', 'fr-abonnes', 'de-abo', 'es-suscripcion'],
  newsletter: ['en-newsletter', 'fr-newsletter', 'de-newsletter', 'es-boletin', 'shape-newsletter'],
  sponsored: ['en-sponsored', 'fr-sponsorise', 'es-patrocinado', 'shape-sponsored'],
  ad: ['en-ad-label', 'fr-etiquette-pub', 'de-anzeige', 'de-kennzeichnung-anzeige', 'es-etiqueta-publicidad', 'shape-advert'],
  podcast: ['en-podcast', 'fr-podcast'],
  app: ['en-app', 'fr-application'],
  follow: ['en-follow-us', 'fr-suivez-nous', 'de-folgen-sie-uns', 'es-siguenos', 'channel-plug'],
};
for (const [kind, ids] of Object.entries(RULES_BY_KIND)) for (const id of ids!) KIND_OF_RULE[id] = kind as PromoKind;

export function promoKind(p: Pick<Promo, 'ruleId' | 'reason'>, userRules: readonly UserRule[] = []): PromoKind {
  if (p.ruleId.startsWith('user:')) {
    const rule = userRules.find((r) => `user:${r.id}` === p.ruleId);
    if (rule) return rule.kind === 'selector' ? 'userSelector' : 'userPhrase';
    return /“/.test(p.reason) ? 'userPhrase' : 'userSelector';
  }
  return KIND_OF_RULE[p.ruleId] ?? 'other';
}

/** The reader's rule behind a promo, as they wrote it (for "Your rule: blocks starting with …"). */
export function userRuleValue(p: Pick<Promo, 'ruleId' | 'reason'>, userRules: readonly UserRule[] = []): string {
  const rule = userRules.find((r) => `user:${r.id}` === p.ruleId);
  if (rule) return rule.value.trim();
  // A rule removed since: its value is still in the reason utils/promo/user-rules.ts wrote.
  return /“(.*)”/.exec(p.reason)?.[1] ?? p.reason.replace(/^[^:]*:\s*/, '').replace(/^[^ ]+ matching /, '');
}

type Translate = (key: string, substitutions?: string | string[]) => string;

/** Why a block was hidden, in the reader's language. */
export function promoReason(p: Pick<Promo, 'ruleId' | 'reason'>, t: Translate, site: string, userRules: readonly UserRule[] = []): string {
  const kind = promoKind(p, userRules);
  if (kind === 'userPhrase' || kind === 'userSelector') return t(`reason_${kind}`, userRuleValue(p, userRules));
  return t(`reason_${kind}`, site);
}

/** Hidden blocks with the same text, shown as one line ("Advertisement" ×110). */
export interface PromoLine {
  text: string;
  /** Indexes into Report.promos. */
  indexes: number[];
  hidden: boolean;
}

/** Hidden blocks of one kind (one reader's rule is a kind of its own). */
export interface PromoGroup {
  key: string;
  kind: PromoKind;
  /** A promo of the group, for its reason. */
  first: Promo;
  ruleIds: string[];
  lines: PromoLine[];
  count: number;
}

/** The promos grouped by kind, in the order their kinds first appear on the page; identical texts merged. */
export function groupPromos(promos: readonly Promo[], userRules: readonly UserRule[] = []): PromoGroup[] {
  const groups = new Map<string, PromoGroup>();
  promos.forEach((p, i) => {
    const kind = promoKind(p, userRules);
    const key = kind === 'userPhrase' || kind === 'userSelector' || kind === 'other' ? `${kind}:${p.ruleId}` : kind;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, kind, first: p, ruleIds: [], lines: [], count: 0 }));
    if (!g.ruleIds.includes(p.ruleId)) g.ruleIds.push(p.ruleId);
    g.count++;
    const text = p.text.replace(/\s+/g, ' ').trim();
    const line = g.lines.find((l) => l.text === text);
    if (line) {
      line.indexes.push(i);
      line.hidden ||= p.hidden;
    } else g.lines.push({ text, indexes: [i], hidden: p.hidden });
  });
  return [...groups.values()];
}
