import { browser, type Browser } from 'wxt/browser';
import type { Entity, Report } from '../report';
import type { AwayPromoRequest, ParsedArticle } from '../pipeline/wire';

/**
 * The one typed protocol for every message between Lede's parts. Nothing else calls
 * runtime.sendMessage / tabs.sendMessage. Every payload is plain data from utils/report.ts.
 *
 *   panel → content   getReport, analyzeAnyway, scrollToMention, scrollToSentence, showPromo
 *   bg → content      nextMention (keyboard command)
 *   content → pages   reportUpdated (background: badge + cache; panel: re-render)
 *   content → bg      openPanel (hover card's "show in side panel")
 *   bg → panel        focusEntity
 *   content → bg      parseArticle (Readability, and the promo stage, away from the page's thread)
 *   bg → offscreen    parseOffscreen (Chrome: the service worker has no DOMParser)
 *   content → bg      recognizeEntities (the gazetteer is built once there, not on every page)
 */
export interface Protocol {
  getReport: { data: undefined; result: Report | null };
  analyzeAnyway: { data: undefined; result: Report | null };
  scrollToMention: { data: { entityId: string }; result: boolean };
  scrollToSentence: { data: { sentence: string }; result: boolean };
  showPromo: { data: { index: number }; result: Report | null };
  nextMention: { data: undefined; result: boolean };
  reportUpdated: { data: Report | null; result: void };
  openPanel: { data: { entityId: string | null }; result: void };
  focusEntity: { data: { entityId: string }; result: void };
  parseArticle: { data: { html: string; promos?: AwayPromoRequest }; result: ParsedArticle | null };
  parseOffscreen: { data: { html: string; promos?: AwayPromoRequest }; result: ParsedArticle | null };
  recognizeEntities: { data: { blocks: { text: string }[]; lang: string | null }; result: Entity[] };
}

export type MessageType = keyof Protocol;

interface Envelope<T extends MessageType> {
  lede: T;
  data: Protocol[T]['data'];
}

function isEnvelope(msg: unknown): msg is Envelope<MessageType> {
  return typeof msg === 'object' && msg !== null && typeof (msg as { lede?: unknown }).lede === 'string';
}

/** To the content script of one tab (top frame). Rejects when no Lede content script is there. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, data: Protocol[T]['data']): Promise<Protocol[T]['result']> {
  const envelope: Envelope<T> = { lede: type, data };
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Protocol[T]['result'];
}

/** To the extension's pages (background, side panel). Never rejects: nobody listening is fine. */
export async function sendToExtension<T extends MessageType>(type: T, data: Protocol[T]['data']): Promise<Protocol[T]['result'] | undefined> {
  const envelope: Envelope<T> = { lede: type, data };
  try {
    return (await browser.runtime.sendMessage(envelope)) as Protocol[T]['result'];
  } catch {
    return undefined;
  }
}

/** Handles one message type. Returns the function that removes the listener. */
export function onMessage<T extends MessageType>(
  type: T,
  handler: (data: Protocol[T]['data'], sender: Browser.runtime.MessageSender) => Protocol[T]['result'] | Promise<Protocol[T]['result']>,
): () => void {
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(msg) || msg.lede !== type) return undefined;
    return Promise.resolve(handler(msg.data as Protocol[T]['data'], sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
