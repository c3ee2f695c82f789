import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** Chrome's measure of a storage.sync item: its key's length plus its value as JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));
}

/**
 * Makes the fake storage.sync refuse writes as Chrome's does: an item over 8,192 bytes, or the area over
 * 102,400 in all, rejects the whole set() with Chrome's message, and nothing is written.
 */
/** chrome.storage.SYNC_QUOTA.perItem and QUOTA_BYTES (Firefox's storage.sync has the same). */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400 };

export function enforceSyncQuota() {
  const sync = fakeBrowser.storage.sync;
  const set = sync.set.bind(sync);
  return vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = { ...(await sync.get(null)), ...items };
    for (const [k, v] of Object.entries(items)) {
      if (v !== undefined && syncItemBytes(k, v) > SYNC_QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const total = Object.entries(all).reduce((n, [k, v]) => n + (v === undefined || v === null ? 0 : syncItemBytes(k, v)), 0);
    if (total > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

/** Makes every write to one area fail with `message` (a full disk, a browser that refuses). */
export function failWrites(area: 'sync' | 'local', message: string) {
  return vi.spyOn(fakeBrowser.storage[area], 'set').mockRejectedValue(new Error(message));
}
