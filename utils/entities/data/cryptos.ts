/**
 * Crypto assets: the top of the market by capitalisation, plus Bitcoin SV (BSV; CoinGeek covers it).
 * Format: see ../gazetteer.ts. Names that are common words carry "~"; tickers that are words in some
 * language ("SOL" in French, "LINK", "ONE", "DOT", "NEAR") carry "t": they need crypto words right next to them.
 * "Tether" alone is the stablecoin; Tether the company is in companies.ts under its company names.
 */
export const CRYPTOS = `
Bitcoin;Bitcoins|BTC,XBT|l
Ethereum;~Ether|ETH|l
Tether;USDT;Tether USD;USDt|USDT
BNB;Binance Coin|BNB
Solana|SOL|t
XRP|XRP
USD Coin;USDC|USDC
Cardano|ADA|t
Dogecoin|DOGE|l
TRON;~Tron|TRX
Toncoin;The Open Network|TON|t
Avalanche|AVAX|~
Shiba Inu|SHIB
Polkadot|DOT|t
Chainlink|LINK|t
Bitcoin Cash|BCH
Litecoin|LTC|l
Polygon|POL,MATIC|~
NEAR Protocol|NEAR|t
Internet Computer|ICP
Uniswap|UNI|t
Dai|DAI|t~
Stellar|XLM|~
Monero|XMR|l
Ethereum Classic|ETC|t
Hedera;Hedera Hashgraph|HBAR
Cosmos|ATOM|t~
Filecoin|FIL|t
Aptos|APT|t
Arbitrum|ARB|t
Optimism|OP|t~
Sui|SUI|t~
Pepe|PEPE|t~
VeChain|VET|t
Maker;MakerDAO|MKR|~
Aave|AAVE
The Graph|GRT|t
Algorand|ALGO|t
Injective|INJ|t
Render;Render Token|RENDER,RNDR|t~
Immutable;Immutable X|IMX|t~
Stacks|STX|t~
Celestia|TIA|t
Kaspa|KAS|t
OKB|OKB
Cronos|CRO|t~
UNUS SED LEO;LEO Token|LEO|t
Quant|QNT|t~
MultiversX;Elrond|EGLD
The Sandbox|SAND|t
Decentraland|MANA|t
Axie Infinity|AXS|t
Fantom|FTM|t
Tezos|XTZ
EOS|EOS|t
Wrapped Bitcoin;WBTC|WBTC
Lido Staked Ether;stETH|STETH
Bitcoin SV;Bitcoin Satoshi Vision;BSV|BSV
Hyperliquid|HYPE|t
Ethena USDe;USDe|USDE|t
PayPal USD;PYUSD|PYUSD
Worldcoin;World Network|WLD|t
Bittensor|TAO|t
Ondo|ONDO|t
Jupiter|JUP|t~
Bonk|BONK|t~
dogwifhat|WIF|t
Mantle|MNT|t~
Sei|SEI|t~
Theta Network;Theta|THETA|t~
Flow|FLOW|t~
Gala|GALA|t~
Chiliz|CHZ|t
Zcash|ZEC
Dash|DASH|t~
TrueUSD|TUSD
First Digital USD;FDUSD|FDUSD
World Liberty Financial USD;USD1|USD1|t
Pi Network|PI|t
Official Trump;TRUMP coin|TRUMP|t
Bitget Token|BGB|t
`;
