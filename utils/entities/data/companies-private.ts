/**
 * Private (or recently listed) companies frequent in tech, AI, crypto and business news, and the large
 * unlisted firms (family-, foundation-, employee- or state-owned) the news names. Format: see
 * ../gazetteer.ts. Countries are those of the headquarters (or, for offshore crypto exchanges without one,
 * of registration); facts only, from public references.
 * Tether the company is listed under its company names only: "Tether" alone is the stablecoin (cryptos.ts).
 */
export const COMPANIES_PRIVATE = `
# AI
@ US tech
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
Together AI|
~Cursor;Anysphere|
Harvey AI|
Glean Technologies;Glean|~
Poolside AI|
Physical Intelligence||-
Reka AI|
Magic AI|
Adept AI|
Cognition AI;Cognition Labs|
Replit|
Crusoe Energy Systems;Crusoe Energy;~Crusoe|
PsiQuantum|
Black Forest Labs|||DE tech
Lovable||~|SE tech
Figure AI|||US industrials
Skild AI|||US industrials
Helsing GmbH;Helsing||~|DE industrials
# AI chips and semiconductors
@ US tech
Cerebras Systems;Cerebras|
Groq Inc.;Groq|
SambaNova Systems;SambaNova|
Lambda Labs;Lambda Inc.|-
SiFive|
Lightmatter|
Etched||~
d-Matrix|
Ayar Labs|
Tenstorrent|||CA tech
Rebellions Inc.;Rebellions||~|KR tech
FuriosaAI|||KR tech
Hailo Technologies;Hailo|||IL tech
Axelera AI|||NL tech
SiPearl|||FR tech
Unisoc|||CN tech
Yangtze Memory Technologies;YMTC|||CN tech
ChangXin Memory Technologies;CXMT|||CN tech
# Big private tech
@ US tech
SpaceX;Space Exploration Technologies Corp.|||US industrials
Starlink|||US communication|SpaceX
Neuralink Corp.;Neuralink|||US health
The Boring Company;Boring Company||-|US industrials
Blue Origin|||US industrials
Relativity Space|||US industrials
Boston Dynamics|||US industrials
X Corp.;Twitter||-|US communication|xAI
Stripe, Inc.;Stripe||~|US financials
Databricks, Inc.;Databricks|
Epic Games, Inc.;Epic Games|||US communication
Discord Inc.;Discord||~|US communication
Anduril Industries;Anduril|||US industrials
Shield AI|||US industrials
Plaid Inc.;Plaid||~|US financials
Brex Inc.;Brex|||US financials
Ramp Business Corporation;Ramp||~|US financials
Rippling|
Deel Inc.;Deel|
Fanatics, Inc.;Fanatics||~|US discretionary
Valve Corporation;Valve||~|US communication
Yahoo Inc.;Yahoo|||US communication
Telegram Messenger;Telegram||~|AE communication
Proton AG;Proton||~|CH tech
Kaspersky Lab;Kaspersky|||RU tech
Xiaohongshu;RedNote|||CN communication
Personio|||DE tech
Doctolib|||FR health
Vinted|||LT discretionary
Bolt Technology;Bolt||~|EE industrials
# Fintech
@ GB financials
Starling Bank|
Checkout.com|
Qonto|||FR financials
bunq|||NL financials
Mollie||~|NL financials
Scalable Capital|||DE financials
Razorpay|||IN financials
Byju's|||IN discretionary
# Big private companies
@ US staples
Cargill, Incorporated;Cargill|
Koch Industries;Koch||~|US industrials
Mars, Incorporated||~
Publix Super Markets;Publix|
SC Johnson|
Chick-fil-A|||US discretionary
Enterprise Holdings;Enterprise Mobility||-|US industrials
Bechtel Corporation;Bechtel|||US industrials
McKinsey & Company;McKinsey|||US industrials
Boston Consulting Group;BCG|||US industrials
Bain & Company||~|US industrials
Cox Enterprises|||US communication
Hearst Communications;Hearst||~|US communication
Advance Publications|||US communication
@ DE staples
Aldi Süd;Aldi Sued;Aldi|
Aldi Nord|
Schwarz Gruppe;Schwarz Group||-
ZF Friedrichshafen AG;ZF Group|||DE discretionary
Bertelsmann SE & Co. KGaA;Bertelsmann|||DE communication
Axel Springer SE|||DE communication
Boehringer Ingelheim|||DE health
Deutsche Bahn AG;Deutsche Bahn|||DE industrials
Otto Group||-|DE discretionary
Red Bull GmbH;Red Bull|||AT staples
Inter IKEA Group;Inter IKEA Holding;IKEA|||NL discretionary
Ingka Group;Ingka Holding|||NL discretionary
The LEGO Group;Lego|||DK discretionary
Louis Dreyfus Company|||NL staples
Chanel Limited;Chanel||~|GB discretionary
Rolex SA|||CH discretionary
Liebherr Group|||CH industrials
Mediterranean Shipping Company|||CH industrials
INEOS Group;Ineos|||GB materials
Virgin Group||-|GB industrials
Deloitte;Deloitte Touche Tohmatsu Limited|||GB industrials
PricewaterhouseCoopers;PwC|||GB industrials
Ernst & Young;EY|||GB industrials
Decathlon SE;Decathlon||~|FR discretionary
Groupe Auchan;Auchan|||FR staples
E.Leclerc;~Leclerc|||FR staples
Groupe Lactalis;Lactalis|||FR staples
CMA CGM|||FR industrials
Rothschild & Co||-|FR financials
Trafigura Group|||SG energy
Zhejiang Geely Holding Group;Geely Holding Group||-|CN discretionary
Suntory Holdings Limited;Suntory|||JP staples
The Emirates Group;Emirates Group;Emirates Airline||-|AE industrials
Qatar Airways|||QA industrials
# Investors, asset managers and ETF issuers
@ US financials
Bloomberg L.P.;Bloomberg|
Fidelity Investments;Fidelity|~
Vanguard Group;Vanguard|~
Capital Group Companies;Capital Group||-
TIAA;Teachers Insurance and Annuity Association of America|
Edward Jones|
Citadel LLC;Citadel Securities;Citadel|~
Jane Street Capital;Jane Street|
Jump Trading;Jump Crypto|
DRW Holdings;DRW|
Bridgewater Associates|
Millennium Management|
Two Sigma|
Renaissance Technologies|
Point72 Asset Management;Point72|
Elliott Management;Elliott Investment Management|
Andreessen Horowitz;a16z|
Sequoia Capital;Sequoia|~
Y Combinator|
Tiger Global Management;Tiger Global|
Thrive Capital|
Founders Fund|
Paradigm|~
Pantera Capital;Pantera|
Polychain Capital|
Thoma Bravo|
Silver Lake Partners;~Silver Lake|
Vista Equity Partners|
Hellman & Friedman|
Bain Capital|
Advent International|
Warburg Pincus|
Clayton, Dubilier & Rice;CD&R|
Permira|||GB financials
Cinven|||GB financials
Bitwise Asset Management;Bitwise|
VanEck;Van Eck Associates|
ProShares|
ARK Investment Management;ARK Invest|
WisdomTree, Inc.;WisdomTree|WT.N
Osprey Funds|
21Shares|||CH financials
CoinShares International Limited;CoinShares|CS.ST||JE financials
Hashdex|||BR financials
Temasek Holdings;Temasek|||SG financials
GIC Private Limited;GIC|||SG financials
Public Investment Fund;PIF|||SA financials
Abu Dhabi Investment Authority;ADIA|||AE financials
Qatar Investment Authority;QIA|||QA financials
Norges Bank Investment Management;NBIM|||NO financials
China Investment Corporation||-|CN financials
Kuwait Investment Authority|||KW financials
# Crypto
@ US financials
Binance Holdings Ltd.;Binance;Binance.US|||KY financials exchange
Tether Holdings;Tether Limited;Tether Operations||-|SV financials
Payward, Inc.;~Kraken|||US financials exchange
Ripple Labs Inc.;Ripple Labs;Ripple|
Circle Internet Financial||-||Circle Internet Group, Inc.
OKX;OKEx|||SC financials exchange
Bybit|||AE financials exchange
Crypto.com;Foris DAX|||SG financials exchange
KuCoin|||SC financials exchange
Bitfinex|||VG financials exchange
Bitstamp|||LU financials exchange|Robinhood Markets, Inc.
Huobi;HTX|||SC financials exchange
Bitget|||SC financials exchange
Gemini Trust Company;Gemini exchange||-|US financials exchange|Gemini Space Station, Inc.
bitFlyer|||JP financials exchange
Bitvavo|||NL financials exchange
Bitso|||MX financials exchange
Bitpanda|||AT financials
Paxos Trust Company;Paxos|
Anchorage Digital|
Digital Currency Group;DCG||-
Grayscale Investments;Grayscale||||Digital Currency Group
Genesis Global Trading||||Digital Currency Group
FalconX|
Securitize|
Wintermute|||GB financials
Consensys Software Inc.;Consensys;ConsenSys|||US tech
MetaMask|||US tech|Consensys Software Inc.
Chainalysis Inc.;Chainalysis|||US tech
Fireblocks|||US tech
Uniswap Labs|||US tech
OpenSea|||US tech
Phantom Technologies;Phantom wallet|||US tech
Offchain Labs|||US tech
Aptos Labs|||US tech
Mysten Labs|||US tech
Eigen Labs|||US tech
Parity Technologies|||GB tech
SatoshiLabs;Trezor|||CZ tech
FTX Trading Ltd.;FTX|||BS financials exchange
Alameda Research|||BS financials
Celsius Network||-|US financials
Terraform Labs|||SG tech
Three Arrows Capital;3AC|||SG financials
BlockFi|
Blockstream Corporation;Blockstream|||CA tech
nChain Holdings;nChain|||GB tech
Tools for Humanity|||US tech
Polymarket|||US financials exchange
Kalshi|||US financials exchange
Pump.fun|||GB tech
Solana Labs|||US tech
Solana Foundation|||CH tech
Ethereum Foundation|||CH tech
Web3 Foundation|||CH tech
MoonPay|
World Liberty Financial|
Twenty One Capital||||Tether Holdings
`;
