/** A listing as the reader sees it: "NASDAQ: INTC", or the ticker alone when the exchange is unknown. */
export function listingLabel(l: { ticker: string; exchange?: string }): string {
  return l.exchange ? `${l.exchange}: ${l.ticker}` : l.ticker;
}

/** Several listings: "HKEX: 1211, OTC: BYDDY". */
export function listingsLabel(ls: readonly { ticker: string; exchange?: string }[]): string {
  return ls.map(listingLabel).join(', ');
}
