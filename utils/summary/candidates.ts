import type { BlockKind } from '../article/types';
import { isBylineOrCredit, isCrossReference, repeatsHeadline } from './boilerplate';
import { isFurnitureSentence, readableParts } from './furniture-text';
import { splitSentences } from './sentences';
import { contentTerms, wordCount as countWords } from './terms';

/**
 * The article's body sentences, in order, after the exclusions every summary (Lede's and the baselines)
 * shares: captions, headings and other non-prose blocks, the publisher's key points, bylines and credits
 * (whole lines, and the credits and datelines glued inside a paragraph: furniture-text.ts), the headline
 * repeated.
 */

/** Blocks that are prose: anything else (captions, headings, code, table cells) never gives a sentence. */
const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'quote', 'list-item', 'other']);
/** A summary sentence has at least this many words; shorter ones are labels, datelines, fragments. */
const MIN_SENTENCE_WORDS = 6;

/** A sentence is mostly words: letters make at least this share of its non-space characters (not a dateline). */
const MIN_LETTER_SHARE = 0.5;

function mostlyLetters(text: string): boolean {
  const chars = text.replace(/\s/g, '');
  const letters = chars.match(/\p{L}/gu)?.length ?? 0;
  return chars.length > 0 && letters / chars.length >= MIN_LETTER_SHARE;
}

export interface BodyBlock {
  text: string;
  kind: BlockKind;
}

export interface BodySentence {
  text: string;
  /** Index of its block in the input. */
  block: number;
  /** Order among body sentences (0 = the first sentence of the body). */
  position: number;
  /** Whether it opens its paragraph. */
  firstInBlock: boolean;
  terms: string[];
  wordCount: number;
  /** Long enough and sentence-like: may be chosen for a summary. */
  eligible: boolean;
}

export function bodySentences(
  blocks: readonly BodyBlock[],
  title: string | null,
  lang: string | null,
  skipBlocks: ReadonlySet<number> = new Set(),
): BodySentence[] {
  const out: BodySentence[] = [];
  blocks.forEach((b, block) => {
    if (skipBlocks.has(block) || !PROSE_KINDS.has(b.kind)) return;
    if (isBylineOrCredit(b.text) || isCrossReference(b.text) || repeatsHeadline(b.text, title)) return;
    let first = true;
    const sentences = readableParts(b.text).flatMap((part) => splitSentences(part, lang));
    for (const text of sentences) {
      if (isBylineOrCredit(text) || isCrossReference(text) || repeatsHeadline(text, title) || !/\p{L}/u.test(text)) continue;
      if (isFurnitureSentence(text)) continue;
      const wordCount = countWords(text, lang);
      out.push({
        text,
        block,
        position: out.length,
        firstInBlock: first,
        terms: contentTerms(text, lang),
        wordCount,
        eligible: wordCount >= MIN_SENTENCE_WORDS && mostlyLetters(text),
      });
      first = false;
    }
  });
  return out;
}
