/**
 * Well-known subsidiaries, each linked to its parent (the fifth field names the parent's entry in another
 * table). Majority-owned and operating under their own name; brands without a company of their own are
 * left out, and so are subsidiaries listed on their own (they are in the regional tables). Format: see
 * ../gazetteer.ts. Facts only, from public references (as of 2025).
 */
export const COMPANIES_SUBSIDIARIES = `
# Berkshire Hathaway
@ US financials
BNSF Railway;BNSF;Burlington Northern Santa Fe|||US industrials|Berkshire Hathaway Inc.
GEICO;Government Employees Insurance Company||||Berkshire Hathaway Inc.
General Re;Gen Re||||Berkshire Hathaway Inc.
Berkshire Hathaway Energy|||US utilities|Berkshire Hathaway Inc.
PacifiCorp|||US utilities|Berkshire Hathaway Energy
MidAmerican Energy Company|||US utilities|Berkshire Hathaway Energy
NV Energy|||US utilities|Berkshire Hathaway Energy
NetJets|||US industrials|Berkshire Hathaway Inc.
Precision Castparts Corp.|||US industrials|Berkshire Hathaway Inc.
Lubrizol Corporation|||US materials|Berkshire Hathaway Inc.
Benjamin Moore & Co.|||US materials|Berkshire Hathaway Inc.
Duracell|||US staples|Berkshire Hathaway Inc.
See's Candies|||US staples|Berkshire Hathaway Inc.
International Dairy Queen;Dairy Queen|||US discretionary|Berkshire Hathaway Inc.
Fruit of the Loom|||US discretionary|Berkshire Hathaway Inc.
Clayton Homes|||US discretionary|Berkshire Hathaway Inc.
# US technology
@ US tech
YouTube|||US communication|Alphabet Inc.
Waymo|||US industrials|Alphabet Inc.
Verily Life Sciences;~Verily|||US health|Alphabet Inc.
Isomorphic Labs|||GB health|Alphabet Inc.
Fitbit||||Alphabet Inc.
Mandiant||||Alphabet Inc.
LinkedIn Corporation|||US communication|Microsoft Corporation
GitHub||||Microsoft Corporation
Activision Blizzard|||US communication|Microsoft Corporation
Blizzard Entertainment|||US communication|Activision Blizzard
ZeniMax Media|||US communication|Microsoft Corporation
Mojang Studios;Mojang|||SE communication|Microsoft Corporation
Nuance Communications;~Nuance||||Microsoft Corporation
Whole Foods Market;Whole Foods|||US staples|Amazon.com, Inc.
Zoox|||US industrials|Amazon.com, Inc.
Twitch Interactive;~Twitch|||US communication|Amazon.com, Inc.
Zappos|||US discretionary|Amazon.com, Inc.
Audible||~|US communication|Amazon.com, Inc.
IMDb|||US communication|Amazon.com, Inc.
Amazon MGM Studios;MGM Studios|||US communication|Amazon.com, Inc.
One Medical|||US health|Amazon.com, Inc.
Beats Electronics||||Apple Inc.
Mellanox Technologies;Mellanox|||IL tech|NVIDIA Corporation
Xilinx||||Advanced Micro Devices, Inc.
VMware||||Broadcom Inc.
Splunk||||Cisco Systems, Inc.
Red Hat||||International Business Machines Corporation
HashiCorp||||International Business Machines Corporation
Slack Technologies;~Slack||||Salesforce, Inc.
Tableau Software;~Tableau||||Salesforce, Inc.
MuleSoft||||Salesforce, Inc.
Cerner Corporation;Oracle Health|||US health|Oracle Corporation
Quantinuum||||Honeywell International Inc.
Motorola Mobility||||Lenovo Group Limited
Ampere Computing||||SoftBank Group Corp.
Graphcore|||GB tech|SoftBank Group Corp.
Solidigm||||SK Hynix Inc.
Harman International;~Harman|||US discretionary|Samsung Electronics Co., Ltd.
Samsung Display|||KR tech|Samsung Electronics Co., Ltd.
HiSilicon|||CN tech|Huawei Technologies Co., Ltd.
Alibaba Cloud;Aliyun|||CN tech|Alibaba Group Holding Limited
Cainiao Smart Logistics Network;Cainiao|||CN industrials|Alibaba Group Holding Limited
Lazada Group;Lazada|||SG discretionary|Alibaba Group Holding Limited
Vonage||||Ericsson
Infinera||||Nokia Oyj
T-Systems|||DE tech|Deutsche Telekom AG
Metaco|||CH tech|Ripple Labs Inc.
# Media and entertainment
@ US communication
Marvel Entertainment;~Marvel||||The Walt Disney Company
Pixar Animation Studios;Pixar||||The Walt Disney Company
ESPN||||The Walt Disney Company
Lucasfilm||||The Walt Disney Company
Hulu||||The Walt Disney Company
20th Century Studios||||The Walt Disney Company
NBCUniversal||||Comcast Corporation
Universal Pictures||||NBCUniversal
Sky Group;Sky UK;Sky plc||-|GB communication|Comcast Corporation
HBO;Home Box Office||||Warner Bros. Discovery, Inc.
Paramount Pictures||||Paramount Skydance Corporation
Dow Jones & Company;Dow Jones & Co.||-|US communication media|News Corp
HarperCollins||||News Corp
Condé Nast;Conde Nast||||Advance Publications
Sony Interactive Entertainment||||Sony Group Corporation
Sony Pictures Entertainment;Sony Pictures||||Sony Group Corporation
Sony Music Entertainment;Sony Music||||Sony Group Corporation
Riot Games||||Tencent Holdings Limited
Supercell|||FI communication|Tencent Holdings Limited
Jio Platforms;Reliance Jio;Jio|||IN communication|Reliance Industries Limited
# Consumer
@ US discretionary
Sam's Club|||US staples|Walmart Inc.
Flipkart|||IN discretionary|Walmart Inc.
PhonePe|||IN financials|Walmart Inc.
The Gillette Company;Gillette|||US staples|Procter & Gamble Company
Costa Coffee|||GB discretionary|The Coca-Cola Company
Frito-Lay|||US staples|PepsiCo, Inc.
Quaker Oats Company|||US staples|PepsiCo, Inc.
Cadbury|||GB staples|Mondelez International, Inc.
Nespresso|||CH staples|Nestlé S.A.
Nestlé Purina PetCare;Purina|||US staples|Nestlé S.A.
Aesop||~|AU staples|L'Oréal S.A.
Sephora|||FR discretionary|LVMH Moët Hennessy Louis Vuitton SE
Louis Vuitton Malletier;Louis Vuitton|||FR discretionary|LVMH Moët Hennessy Louis Vuitton SE
Christian Dior Couture|||FR discretionary|LVMH Moët Hennessy Louis Vuitton SE
Moët Hennessy;Moet Hennessy|||FR staples|LVMH Moët Hennessy Louis Vuitton SE
Tiffany & Co.;Tiffany & Co||-|US discretionary|LVMH Moët Hennessy Louis Vuitton SE
Fendi|||IT discretionary|LVMH Moët Hennessy Louis Vuitton SE
Bulgari;Bvlgari|||IT discretionary|LVMH Moët Hennessy Louis Vuitton SE
Givenchy|||FR discretionary|LVMH Moët Hennessy Louis Vuitton SE
Loro Piana|||IT discretionary|LVMH Moët Hennessy Louis Vuitton SE
TAG Heuer|||CH discretionary|LVMH Moët Hennessy Louis Vuitton SE
Gucci|||IT discretionary|Kering S.A.
Yves Saint Laurent|||FR discretionary|Kering S.A.
Balenciaga|||FR discretionary|Kering S.A.
Bottega Veneta|||IT discretionary|Kering S.A.
Luxottica Group;Luxottica|||IT discretionary|EssilorLuxottica S.A.
Ray-Ban|||IT discretionary|EssilorLuxottica S.A.
Essilor International;Essilor|||FR health|EssilorLuxottica S.A.
Lidl|||DE staples|Schwarz Gruppe
Kaufland|||DE staples|Schwarz Gruppe
Just Eat Takeaway.com;Just Eat Takeaway;Just Eat|||NL discretionary|Prosus N.V.
iFood|||BR discretionary|Prosus N.V.
# Automobiles and industrials
@ DE discretionary
Audi AG;Audi||||Volkswagen AG
Automobili Lamborghini;Lamborghini|||IT discretionary|Audi AG
Ducati Motor Holding;Ducati|||IT discretionary|Audi AG
Bentley Motors;~Bentley|||GB discretionary|Volkswagen AG
Škoda Auto;Skoda Auto;Škoda;Skoda|||CZ discretionary|Volkswagen AG
SEAT S.A.;SEAT|||ES discretionary|Volkswagen AG
Cariad|||DE tech|Volkswagen AG
PowerCo SE|||DE industrials|Volkswagen AG
Scania AB;Scania|||SE industrials|Traton SE
MAN Truck & Bus|||DE industrials|Traton SE
Navistar International;Navistar|||US industrials|Traton SE
Rolls-Royce Motor Cars|||GB discretionary|BMW AG
Mercedes-AMG||||Mercedes-Benz Group AG
Maserati|||IT discretionary|Stellantis N.V.
Opel Automobile GmbH;Opel||||Stellantis N.V.
Vauxhall Motors;~Vauxhall|||GB discretionary|Stellantis N.V.
Automobile Dacia;Dacia|||RO discretionary|Renault S.A.
Daihatsu Motor Co., Ltd.;Daihatsu|||JP discretionary|Toyota Motor Corporation
Jaguar Land Rover;JLR|||GB discretionary|Tata Group
Mack Trucks|||US industrials|Volvo AB
Renault Trucks|||FR industrials|Volvo AB
Sikorsky Aircraft;Sikorsky|||US industrials|Lockheed Martin Corporation
Pratt & Whitney|||US industrials|RTX Corporation
Collins Aerospace|||US industrials|RTX Corporation
Airbus Helicopters|||FR industrials|Airbus SE
Airbus Defence and Space|||DE industrials|Airbus SE
Siemens Mobility|||DE industrials|Siemens AG
DHL Express|||DE industrials|DHL Group
DB Schenker|||DE industrials|DSV A/S
Air India|||IN industrials|Tata Group
Tata Electronics|||IN tech|Tata Group
Framatome|||FR industrials|Electricité de France
Saft Groupe;~Saft|||FR industrials|TotalEnergies SE
# Health care
@ US health
Genentech||||Roche Holding AG
Seagen||||Pfizer Inc.
Celgene||||Bristol-Myers Squibb Company
Allergan|||IE health|AbbVie Inc.
Horizon Therapeutics|||IE health|Amgen Inc.
Optum||||UnitedHealth Group Incorporated
Aetna||||CVS Health Corporation
Express Scripts||||Cigna Group
Monsanto Company;Monsanto|||US materials|Bayer AG
# Energy and utilities
@ US utilities
XTO Energy|||US energy|Exxon Mobil Corporation
Pioneer Natural Resources|||US energy|Exxon Mobil Corporation
Florida Power & Light Company;FPL||||NextEra Energy, Inc.
Georgia Power||||The Southern Company
Alabama Power||||The Southern Company
Southern California Edison||||Edison International
Pacific Gas and Electric Company;Pacific Gas & Electric||||PG&E Corporation
San Diego Gas & Electric;SDG&E||||Sempra
Oncor Electric Delivery;Oncor||||Sempra
Commonwealth Edison;ComEd||||Exelon Corporation
# Financials
@ US financials
JPMorgan Chase Bank;Chase Bank||||JPMorgan Chase & Co.
Merrill Lynch||||Bank of America Corporation
E*Trade;E-Trade;ETrade||||Morgan Stanley
Banamex|||MX financials|Citigroup Inc.
iShares||||BlackRock, Inc.
Global Infrastructure Partners||||BlackRock, Inc.
HPS Investment Partners||||BlackRock, Inc.
Preqin|||GB financials|BlackRock, Inc.
State Street Global Advisors;State Street Investment Management;SSGA||||State Street Corporation
Legg Mason||||Franklin Resources, Inc.
Nuveen||||TIAA
Fidelity Digital Assets||||Fidelity Investments
Venmo||||PayPal Holdings, Inc.
Afterpay|||AU financials|Block, Inc.
NinjaTrader||||Payward, Inc.
Cumberland DRW||||DRW Holdings
Valkyrie Investments;Valkyrie Funds||||CoinShares International Limited
Luno|||GB financials|Digital Currency Group
PIMCO;Pacific Investment Management Company||||Allianz SE
ERGO Group AG;ERGO|||DE financials|Münchener Rück
Clearstream|||LU financials|Deutsche Börse AG
Eurex|||DE financials exchange|Deutsche Börse AG
STOXX Ltd.||-|CH financials|Deutsche Börse AG
FTSE Russell|||GB financials|London Stock Exchange Group plc
Refinitiv|||GB financials|London Stock Exchange Group plc
Postbank|||DE financials|Deutsche Bank AG
HypoVereinsbank;UniCredit Bank GmbH|||DE financials|UniCredit S.p.A.
HSBC UK Bank;HSBC UK|||GB financials|HSBC Holdings plc
Bank of Scotland;~Halifax|||GB financials|Lloyds Banking Group plc
Scottish Widows|||GB financials|Lloyds Banking Group plc
Royal Bank of Scotland;RBS|||GB financials|NatWest Group plc
Coutts & Co|||GB financials|NatWest Group plc
BNP Paribas Fortis|||BE financials|BNP Paribas S.A.
BoursoBank;Boursorama|||FR financials|Société Générale S.A.
LCL;Le Crédit Lyonnais|||FR financials|Crédit Agricole S.A.
CACEIS|||FR financials|Crédit Agricole S.A.
Natixis|||FR financials|BPCE
`;
