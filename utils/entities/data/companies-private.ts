/**
 * Private (or recently listed) companies frequent in tech, AI and crypto news. Format: see ../gazetteer.ts.
 * Tether the company is listed under its company names only: "Tether" alone is the stablecoin (cryptos.ts).
 */
export const COMPANIES_PRIVATE = `
# AI
OpenAI|
Anthropic PBC;Anthropic|
xAI;X.AI Corp.|
Perplexity AI;Perplexity|~
Hugging Face|
Scale AI|
Character.AI;Character Technologies|
Inflection AI|
Safe Superintelligence Inc.;Safe Superintelligence|
Thinking Machines Lab|
Midjourney|
Runway AI;Runway ML|
Cerebras Systems;Cerebras|
Groq Inc.;Groq|
SambaNova Systems;SambaNova|
Lambda Labs;Lambda Inc.|-
Together AI|
Cursor;Anysphere|~
Harvey AI|
Glean Technologies;Glean|~
Poolside AI|
Figure AI|
Physical Intelligence|-
Reka AI|
Magic AI|
Adept AI|
# Big private tech
SpaceX;Space Exploration Technologies Corp.|
Starlink|
Neuralink Corp.;Neuralink|
The Boring Company|
X Corp.;Twitter|-
Stripe, Inc.;Stripe|~
Databricks, Inc.;Databricks|
Epic Games, Inc.;Epic Games|
Discord Inc.;Discord|~
Anduril Industries;Anduril|
Shield AI|
Plaid Inc.;Plaid|~
Brex Inc.;Brex|
Ramp Business Corporation;Ramp|~
Rippling|
Deel Inc.;Deel|
Fanatics, Inc.;Fanatics|~
Valve Corporation;Valve|~
Bloomberg L.P.;Bloomberg|
Cargill, Incorporated;Cargill|
Koch Industries;Koch|~
Mars, Incorporated|
Fidelity Investments;Fidelity|~
Vanguard Group;Vanguard|~
Citadel LLC;Citadel Securities;Citadel|~
Jane Street Capital;Jane Street|
Jump Trading;Jump Crypto|
Andreessen Horowitz;a16z|
Sequoia Capital;Sequoia|~
Y Combinator|
Tiger Global Management;Tiger Global|
Thrive Capital|
Founders Fund|
Paradigm|~
Pantera Capital;Pantera|
Polychain Capital|
# Crypto
Binance Holdings Ltd.;Binance;Binance.US|
Tether Holdings;Tether Limited;Tether Operations|-
Payward, Inc.;Kraken|~
Ripple Labs Inc.;Ripple Labs;Ripple|
Circle Internet Financial|-
OKX;OKEx|
Bybit|
Crypto.com;Foris DAX|
KuCoin|
Bitfinex|
Bitstamp|
Huobi;HTX|
Gate.io|
Bitget|
MEXC|
Gemini Trust Company;Gemini exchange|-
Paxos Trust Company;Paxos|
Consensys Software Inc.;Consensys;ConsenSys|
Chainalysis Inc.;Chainalysis|
Fireblocks|
Uniswap Labs|
OpenSea|
MetaMask|
Phantom Technologies;Phantom wallet|
Grayscale Investments;Grayscale|
FTX Trading Ltd.;FTX|
Alameda Research|
Celsius Network|-
Terraform Labs|
Three Arrows Capital;3AC|
Genesis Global Trading|
BlockFi|
Blockstream Corporation;Blockstream|
nChain Holdings;nChain|
Tools for Humanity|
Polymarket|
Kalshi|
Pump.fun|
Solana Labs;Solana Foundation|
Ethereum Foundation|
Web3 Foundation|
Bitpanda|
MoonPay|
World Liberty Financial|
Twenty One Capital|
`;
