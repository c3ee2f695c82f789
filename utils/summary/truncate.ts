/** No summary sentence is longer than this many characters (UTF-16 code units), ellipsis included. */
export const MAX_SENTENCE_CHARS = 600;
/** A cut keeps at least this much of the sentence, or it is not worth showing. */
const MIN_KEPT_CHARS = 200;
/** Clause boundaries, best first: a cut after one of these reads naturally. */
const CLAUSE_BREAKS = [/[;:](?=\s)/g, /[,，、；](?=\s?)/g, /\s[–—-]\s/g];

/** Cuts an over-long sentence at its last clause boundary that fits (or a space), adding "…". */
export function truncateSentence(sentence: string, max = MAX_SENTENCE_CHARS): string {
  if (sentence.length <= max) return sentence;
  const room = max - 1; // for the ellipsis
  const head = sentence.slice(0, room);
  for (const re of CLAUSE_BREAKS) {
    let cut = -1;
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) cut = m.index;
    if (cut >= MIN_KEPT_CHARS) return `${head.slice(0, cut).trimEnd()}…`;
  }
  const space = head.lastIndexOf(' ');
  let cut = space >= MIN_KEPT_CHARS ? space : room;
  // Never split a surrogate pair (an emoji, a rare CJK character) in a hard cut.
  if (cut === room && /[\uD800-\uDBFF]/.test(head[cut - 1] ?? '')) cut--;
  return `${head.slice(0, cut).trimEnd()}…`;
}
