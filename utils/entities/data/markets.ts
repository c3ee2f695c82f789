/**
 * Stock indices and media outlets: known so that they are never taken for a company ("S&P 500" is not
 * S&P Global, "the Financial Times" is a publication, "Nikkei 225" is not Nikkei Inc.). Their kind is in
 * the facts: "index" or "media". An index's country is that of its market; a pan-European or world
 * index's is that of its provider (STOXX: Switzerland; MSCI: United States; FTSE Russell: United
 * Kingdom). A media outlet may name the company that owns it (fifth field). Format: see ../gazetteer.ts.
 */
export const MARKETS = `
# Stock indices: United States and world
@ US index
S&P 500;S&P 500 Index;Standard & Poor's 500;SPX|
Dow Jones Industrial Average;Dow Jones;~Dow;DJIA|
Dow Jones Transportation Average|
Nasdaq Composite;Nasdaq Composite Index|
Nasdaq-100;Nasdaq 100;NDX|
Russell 2000;Russell 2000 Index|
Russell 1000|
Russell 3000|
Wilshire 5000|
PHLX Semiconductor Index;Philadelphia Semiconductor Index|
KBW Nasdaq Bank Index;KBW Bank Index|
Cboe Volatility Index;VIX|
ICE U.S. Dollar Index;U.S. Dollar Index;US Dollar Index;DXY|
Bloomberg Commodity Index|
MSCI World;MSCI World Index|
MSCI Emerging Markets;MSCI Emerging Markets Index|
MSCI ACWI;MSCI All Country World Index|
FTSE All-World;FTSE All-World Index|||GB index
# Europe
@ CH index
STOXX Europe 600;Stoxx Europe 600;STOXX 600;Stoxx 600|
Euro Stoxx 50;EURO STOXX 50;Euro STOXX 50;EuroStoxx 50|
Euro Stoxx Banks;EURO STOXX Banks|
SMI;Swiss Market Index|
CAC 40|||FR index
SBF 120|||FR index
DAX;DAX 40;DAX Index|||DE index
MDAX|||DE index
SDAX|||DE index
TecDAX|||DE index
FTSE 100;FTSE 100 Index;Footsie|||GB index
FTSE 250|||GB index
FTSE All-Share;FTSE All-Share Index|||GB index
AEX;AEX Index|||NL index
BEL 20|||BE index
IBEX 35;Ibex 35|||ES index
FTSE MIB|||IT index
PSI 20|||PT index
OMX Stockholm 30;OMXS30|||SE index
OMX Copenhagen 25;OMXC25|||DK index
OMX Helsinki 25;OMXH25|||FI index
ATX;Austrian Traded Index|||AT index
WIG20|||PL index
BIST 100|||TR index
MOEX Russia Index|||RU index
# Asia-Pacific, Americas, Middle East, Africa
@ JP index
Nikkei 225;Nikkei Stock Average;Nikkei|
TOPIX;Tokyo Stock Price Index|
Hang Seng Index;Hang Seng;HSI|||HK index
Hang Seng China Enterprises Index;HSCEI|||HK index
Hang Seng Tech Index;Hang Seng TECH Index|||HK index
KOSPI;KOSPI Composite Index;Korea Composite Stock Price Index|||KR index
KOSDAQ Composite Index|||KR index
TAIEX;Taiwan Capitalization Weighted Stock Index|||TW index
Shanghai Composite;Shanghai Composite Index;SSE Composite Index|||CN index
Shenzhen Component Index;Shenzhen Component|||CN index
CSI 300;CSI 300 Index|||CN index
ChiNext Index|||CN index
Sensex;BSE Sensex;S&P BSE Sensex|||IN index
Nifty 50;~Nifty|||IN index
Straits Times Index|||SG index
FTSE Bursa Malaysia KLCI;KLCI|||MY index
Jakarta Composite Index;IDX Composite|||ID index
SET Index|||TH index
PSEi;PSE Composite Index|||PH index
S&P/ASX 200;ASX 200|||AU index
All Ordinaries;All Ords|||AU index
S&P/NZX 50;NZX 50|||NZ index
S&P/TSX Composite Index;S&P/TSX Composite;TSX Composite|||CA index
Ibovespa;Bovespa Index|||BR index
S&P/BMV IPC|||MX index
S&P Merval;Merval|||AR index
Tadawul All Share Index;TASI|||SA index
TA-35|||IL index
FTSE/JSE Top 40;JSE Top 40|||ZA index

# News agencies and wires
@ US media
Reuters|||GB media|Thomson Reuters Corporation
Bloomberg News||||Bloomberg L.P.
Bloomberg Businessweek;Businessweek||||Bloomberg L.P.
Bloomberg Television;Bloomberg TV||||Bloomberg L.P.
Dow Jones Newswires||||Dow Jones & Company
Associated Press|
Agence France-Presse;AFP|||FR media
Deutsche Presse-Agentur;dpa;DPA|||DE media
Kyodo News|||JP media
Jiji Press|||JP media
Xinhua News Agency;Xinhua|||CN media
Yonhap News Agency;Yonhap|||KR media
ANSA|||IT media
Agencia EFE;EFE|||ES media
Press Trust of India|||IN media
Interfax|||RU media
TASS|||RU media
Anadolu Agency|||TR media
Business Wire||||Berkshire Hathaway Inc.
PR Newswire|
# Business and general press, television
@ US media
The Wall Street Journal;Wall Street Journal;WSJ||||Dow Jones & Company
Barron's||||Dow Jones & Company
MarketWatch||||Dow Jones & Company
The New York Times;New York Times;NYT|
The Washington Post;Washington Post|
CNBC|
CNN||||Warner Bros. Discovery, Inc.
Fox News;Fox News Channel||||Fox Corporation
Fox Business;Fox Business Network||||Fox Corporation
Yahoo Finance||||Yahoo Inc.
Business Insider||||Axel Springer SE
Politico||||Axel Springer SE
Axios||||Cox Enterprises
Forbes||~
Fortune||~
The Information||-
Seeking Alpha|
The Motley Fool;Motley Fool|
Benzinga|
Investor's Business Daily|
TechCrunch|
The Verge||-
Wired||~||Condé Nast
Ars Technica||||Condé Nast
The Financial Times;Financial Times|||GB media|Nikkei Inc.
The Economist||-|GB media
The Guardian||-|GB media
The Daily Telegraph;The Telegraph||-|GB media
BBC;British Broadcasting Corporation||-|GB media
Sky News|||GB media|Sky Group
Nikkei Inc.||-|JP communication media
Nikkei Asia|||JP media|Nikkei Inc.
Yomiuri Shimbun|||JP media
Asahi Shimbun|||JP media
South China Morning Post;SCMP|||HK media|Alibaba Group Holding Limited
Caixin|||CN media
Global Times|||CN media
China Daily|||CN media
The Straits Times|||SG media
The Economic Times;Economic Times|||IN media
Business Standard|||IN media
The Australian Financial Review;Australian Financial Review;AFR|||AU media
The Globe and Mail;Globe and Mail|||CA media
Financial Post|||CA media
Al Jazeera|||QA media
@ FR media
Les Echos;Les Échos||||LVMH Moët Hennessy Louis Vuitton SE
Le Parisien||||LVMH Moët Hennessy Louis Vuitton SE
Le Monde|
Le Figaro|
Libération||~
La Tribune|
L'Agefi|
BFM Business|
@ DE media
Handelsblatt|
Frankfurter Allgemeine Zeitung;FAZ|
Süddeutsche Zeitung|
Der Spiegel;~Spiegel|
Die Zeit|
Die Welt||||Axel Springer SE
~Bild;Bild-Zeitung||||Axel Springer SE
Börsen-Zeitung|
WirtschaftsWoche|
Neue Zürcher Zeitung;NZZ|||CH media
Der Standard|||AT media
El País|||ES media
Expansión||~|ES media
Cinco Días|||ES media
Il Sole 24 Ore|||IT media
Corriere della Sera|||IT media
La Repubblica|||IT media
# Crypto media
@ US media
CoinDesk||||Bullish
The Block||-
Decrypt||~
Bitcoin Magazine|
Blockworks|
`;
