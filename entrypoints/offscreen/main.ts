import { onMessage } from '@/utils/extension/messaging';
import { parseAway } from '@/utils/pipeline/away';

/** Chrome's offscreen document: a DOM for Readability, away from the pages' main threads. */
onMessage('parseOffscreen', ({ html, promos }) => parseAway(html, promos));
