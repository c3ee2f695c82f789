/**
 * United States: S&P 500 and NASDAQ-100 members during 2025 (from the public constituent lists; facts
 * only; those that left an index or were taken over during the year stay, as the news still names them),
 * plus US-listed companies frequent in tech and crypto news. Grouped by GICS sector. The country is where
 * the company has its legal seat (Ireland for Medtronic and Accenture, Switzerland for Chubb, the
 * Netherlands for NXP), or where it is run from when that seat is a holding company's (Cayman Islands,
 * Bermuda, Jersey, Luxembourg, Delaware: Alibaba CN, Spotify SE, Lululemon CA). The foreign members of the
 * NASDAQ-100 (ASML, AstraZeneca…) are in the files of their regions. Format: see ../gazetteer.ts.
 */
export const COMPANIES_US = `
# Information technology
@ US tech
Apple Inc.|AAPL.O|~
Microsoft Corporation|MSFT.O
NVIDIA Corporation;Nvidia|NVDA.O
Broadcom Inc.|AVGO.O
Oracle Corporation|ORCL.N|~
Salesforce, Inc.|CRM.N
Adobe Inc.|ADBE.O|~
Advanced Micro Devices, Inc.;AMD|AMD.O
Intel Corporation|INTC.O
Cisco Systems, Inc.;Cisco|CSCO.O
Qualcomm Incorporated;Qualcomm;QUALCOMM|QCOM.O
Texas Instruments Incorporated;Texas Instruments|TXN.O
International Business Machines Corporation;IBM|IBM.N
Micron Technology, Inc.;Micron|MU.O
Applied Materials, Inc.|AMAT.O
Lam Research Corporation|LRCX.O
KLA Corporation;KLA|KLAC.O
Analog Devices, Inc.|ADI.O
Marvell Technology, Inc.;Marvell|MRVL.O
Microchip Technology Incorporated;Microchip|MCHP.O|~
NXP Semiconductors N.V.;NXP|NXPI.O||NL
ON Semiconductor Corporation;onsemi|ON.O
Monolithic Power Systems, Inc.|MPWR.O
Skyworks Solutions, Inc.;Skyworks|SWKS.O
Qorvo, Inc.|QRVO.O
Teradyne, Inc.|TER.O
Entegris, Inc.|ENTG.O
First Solar, Inc.|FSLR.O
Enphase Energy, Inc.;Enphase|ENPH.O
Super Micro Computer, Inc.;Supermicro|SMCI.O
Arista Networks, Inc.;Arista|ANET.N
Dell Technologies Inc.;Dell|DELL.N|~
HP Inc.;~HP;Hewlett-Packard|HPQ.N
Hewlett Packard Enterprise Company;HPE|HPE.N
NetApp, Inc.|NTAP.O
Western Digital Corporation|WDC.O
Seagate Technology Holdings plc;Seagate|STX.O||IE
Palantir Technologies Inc.;Palantir|PLTR.O
ServiceNow, Inc.|NOW.N
Intuit Inc.|INTU.O
Workday, Inc.|WDAY.O|~
Autodesk, Inc.|ADSK.O
Synopsys, Inc.|SNPS.O
Cadence Design Systems, Inc.;Cadence|CDNS.O|~
Palo Alto Networks, Inc.|PANW.O
CrowdStrike Holdings, Inc.;CrowdStrike|CRWD.O
Fortinet, Inc.|FTNT.O
Datadog, Inc.|DDOG.O
Zscaler, Inc.|ZS.O
Snowflake Inc.|SNOW.N|~
MongoDB, Inc.|MDB.O
Atlassian Corporation|TEAM.O||AU
Cloudflare, Inc.|NET.N
Okta, Inc.|OKTA.O
Twilio Inc.|TWLO.N
Shopify Inc.|SHOP.O,SHOP.TO||CA
Gen Digital Inc.|GEN.O
Akamai Technologies, Inc.;Akamai|AKAM.O
F5, Inc.;~F5|FFIV.O
Gartner, Inc.|IT.N
Cognizant Technology Solutions Corporation;Cognizant|CTSH.O|~
Accenture plc|ACN.N||IE
EPAM Systems, Inc.;EPAM|EPAM.N
Jabil Inc.|JBL.N
Corning Incorporated|GLW.N|~
Amphenol Corporation|APH.N
TE Connectivity plc|TEL.N||IE
Keysight Technologies, Inc.;Keysight|KEYS.N
Zebra Technologies Corporation|ZBRA.O
Trimble Inc.|TRMB.O
Teledyne Technologies Incorporated;Teledyne|TDY.N
PTC Inc.|PTC.O
Tyler Technologies, Inc.|TYL.N
Fair Isaac Corporation;FICO|FICO.N
Roper Technologies, Inc.|ROP.O
ANSYS, Inc.;Ansys|ANSS.O|||Synopsys, Inc.
GoDaddy Inc.|GDDY.N
VeriSign, Inc.|VRSN.O
CDW Corporation|CDW.O
AppLovin Corporation;AppLovin|APP.O
Unity Software Inc.;Unity|U.N|~
Zoom Communications, Inc.;Zoom Video Communications|ZM.O|~
DocuSign, Inc.|DOCU.O
Dropbox, Inc.|DBX.O
Arm Holdings plc;Arm|ARM.O|~|GB
GlobalFoundries Inc.|GFS.O
Strategy Inc;MicroStrategy Incorporated;MicroStrategy|MSTR.O|-
Marathon Digital Holdings;MARA Holdings|MARA.O
Riot Platforms, Inc.|RIOT.O
CleanSpark, Inc.|CLSK.O
Core Scientific, Inc.|CORZ.O
Hut 8 Corp.|HUT.O
Bitdeer Technologies Group;Bitdeer|BTDR.O||SG
Canaan Inc.|CAN.O|~|CN
CoreWeave, Inc.|CRWV.O
Figma, Inc.|FIG.N
Toast, Inc.|TOST.N|~
Nebius Group N.V.;Nebius|NBIS.O||NL
IonQ, Inc.|IONQ.N
Rigetti Computing, Inc.;Rigetti|RGTI.O
C3.ai, Inc.;C3.ai|AI.N
SoundHound AI, Inc.;SoundHound|SOUN.O
UiPath Inc.|PATH.N
HubSpot, Inc.|HUBS.N
Motorola Solutions, Inc.|MSI.N
Juniper Networks, Inc.|JNPR.N|||Hewlett Packard Enterprise Company
Sandisk Corporation;SanDisk|SNDK.O
Qnity Electronics, Inc.;Qnity|Q.N
Infosys Limited|INFY.N,INFY.NS||IN
Samsara Inc.|IOT.N|~
Rubrik, Inc.|RBRK.N|~
Astera Labs, Inc.|ALAB.O
Credo Technology Group|CRDO.O
Celestica Inc.|CLS.N,CLS.TO||CA
Exodus Movement|EXOD.A
# Communication services
@ US communication
Alphabet Inc.;~Alphabet;Google|GOOGL.O,GOOG.O
Meta Platforms, Inc.;~Meta;Facebook;Instagram;WhatsApp|META.O
Netflix, Inc.|NFLX.O
Spotify Technology S.A.;Spotify|SPOT.N||SE
Snap Inc.;~Snap;Snapchat|SNAP.N
Pinterest, Inc.|PINS.N
Reddit, Inc.|RDDT.N
Match Group, Inc.|MTCH.O|~
Electronic Arts Inc.;~EA|EA.O
Take-Two Interactive Software, Inc.;Take-Two|TTWO.O
Roblox Corporation|RBLX.N
Trade Desk, Inc.;The Trade Desk|TTD.O
Comcast Corporation|CMCSA.O
Charter Communications, Inc.;Charter|CHTR.O|~
Verizon Communications Inc.;Verizon|VZ.N
AT&T Inc.;AT&T|T.N
T-Mobile US, Inc.;T-Mobile|TMUS.O
The Walt Disney Company;Disney|DIS.N
Warner Bros. Discovery, Inc.;Warner Bros. Discovery;Warner Bros|WBD.O
Paramount Skydance Corporation;Paramount Global;Paramount|PSKY.O,PARA.O|~
Fox Corporation|FOXA.O,FOX.O|~
News Corp|NWSA.O,NWS.O|-
Omnicom Group Inc.;Omnicom|OMC.N
Interpublic Group of Companies;Interpublic|IPG.N|||Omnicom Group Inc.
Live Nation Entertainment, Inc.;Live Nation|LYV.N
Sirius XM Holdings Inc.;SiriusXM;Sirius XM|SIRI.O
Baidu, Inc.|BIDU.O,9888.HK||CN
NetEase, Inc.|NTES.O,9999.HK||CN
Lumen Technologies|LUMN.N
AMC Entertainment Holdings;AMC Entertainment|AMC.N
Trump Media & Technology Group;Trump Media|DJT.O
Rumble Inc.|RUM.O|~
AST SpaceMobile, Inc.;AST SpaceMobile|ASTS.O
TKO Group Holdings, Inc.;TKO Group;~TKO|TKO.N
# Consumer discretionary
@ US discretionary
Amazon.com, Inc.;Amazon;Amazon Web Services;AWS|AMZN.O|~
Tesla, Inc.|TSLA.O
Airbnb, Inc.|ABNB.O
Booking Holdings Inc.;Booking.com|BKNG.O|~
Expedia Group, Inc.|EXPE.O
DoorDash, Inc.|DASH.O
eBay Inc.|EBAY.O
Etsy, Inc.|ETSY.O
MercadoLibre, Inc.|MELI.O||UY
Rivian Automotive, Inc.;Rivian|RIVN.O
Lucid Group, Inc.;Lucid Motors|LCID.O|~
Carvana Co.|CVNA.N
The Home Depot, Inc.;Home Depot|HD.N
Lowe's Companies, Inc.;Lowe's|LOW.N
Best Buy Co., Inc.;Best Buy|BBY.N
The TJX Companies, Inc.;TJX|TJX.N
Ross Stores, Inc.|ROST.O
Nike, Inc.;Nike|NKE.N
Lululemon Athletica Inc.;Lululemon|LULU.O||CA
Deckers Outdoor Corporation;Deckers|DECK.N
Tapestry, Inc.|TPR.N|~
Ralph Lauren Corporation|RL.N
Starbucks Corporation|SBUX.O
McDonald's Corporation;McDonald's|MCD.N
Chipotle Mexican Grill, Inc.;Chipotle|CMG.N|~
Yum! Brands, Inc.;Yum Brands|YUM.N
Domino's Pizza, Inc.;Domino's|DPZ.O
Darden Restaurants, Inc.;Darden|DRI.N
Marriott International, Inc.;Marriott|MAR.O
Hilton Worldwide Holdings Inc.;Hilton|HLT.N|~
Hyatt Hotels Corporation;Hyatt|H.N|~
Carnival Corporation & plc;Carnival|CCL.N|~
Royal Caribbean Cruises Ltd.;Royal Caribbean|RCL.N
Norwegian Cruise Line Holdings Ltd.;Norwegian Cruise Line|NCLH.N
Las Vegas Sands Corp.;Las Vegas Sands|LVS.N
Wynn Resorts, Limited;Wynn Resorts|WYNN.O
MGM Resorts International;MGM Resorts|MGM.N
Caesars Entertainment, Inc.;Caesars|CZR.O
Ford Motor Company;~Ford|F.N
General Motors Company;~GM|GM.N
Aptiv PLC;Aptiv|APTV.N||CH
BorgWarner Inc.;BorgWarner|BWA.N
O'Reilly Automotive, Inc.;~O'Reilly|ORLY.O
AutoZone, Inc.|AZO.N
Genuine Parts Company|GPC.N
CarMax, Inc.|KMX.N
LKQ Corporation|LKQ.O
Pool Corporation|POOL.O|~
Tractor Supply Company|TSCO.O
Williams-Sonoma, Inc.|WSM.N
Ulta Beauty, Inc.;Ulta|ULTA.O
Hasbro, Inc.|HAS.O
Mattel, Inc.|MAT.O
Garmin Ltd.|GRMN.N||CH
D.R. Horton, Inc.;D.R. Horton|DHI.N
Lennar Corporation|LEN.N
PulteGroup, Inc.|PHM.N
NVR, Inc.|NVR.N
Whirlpool Corporation|WHR.N|~
Alibaba Group Holding Limited;Alibaba|BABA.N,9988.HK||CN
PDD Holdings Inc.;Pinduoduo;Temu|PDD.O||CN
JD.com, Inc.|JD.O,9618.HK||CN
Trip.com Group Limited|TCOM.O||CN
NIO Inc.|NIO.N||CN
XPeng Inc.|XPEV.N||CN
Li Auto Inc.|LI.O||CN
Sea Limited|SE.N|-|SG
Coupang, Inc.|CPNG.N||KR
Peloton Interactive;Peloton|PTON.O|~
GameStop Corp.|GME.N
Duolingo, Inc.|DUOL.O
Mohawk Industries, Inc.|MHK.N
Bath & Body Works, Inc.|BBWI.N
Flutter Entertainment plc;~Flutter;FanDuel|FLUT.N||IE
DraftKings Inc.|DKNG.O
# Consumer staples
@ US staples
Walmart Inc.|WMT.O
Costco Wholesale Corporation;Costco|COST.O
Target Corporation|TGT.N|~
Dollar General Corporation;Dollar General|DG.N
Dollar Tree, Inc.|DLTR.O
Procter & Gamble Company;Procter & Gamble;P&G|PG.N
The Coca-Cola Company;Coca-Cola|KO.N
PepsiCo, Inc.|PEP.O
Mondelez International, Inc.;Mondelez|MDLZ.O
Philip Morris International Inc.;Philip Morris|PM.N
Altria Group, Inc.|MO.N
Colgate-Palmolive Company;Colgate-Palmolive;~Colgate|CL.N
Kimberly-Clark Corporation|KMB.O
The Estée Lauder Companies Inc.;Estée Lauder;Estee Lauder|EL.N
Church & Dwight Co., Inc.|CHD.N
The Clorox Company;Clorox|CLX.N
General Mills, Inc.|GIS.N
Kellanova|K.N|||Mars, Incorporated
The Kraft Heinz Company;Kraft Heinz|KHC.O
The Hershey Company;~Hershey|HSY.N
Hormel Foods Corporation;Hormel|HRL.N
Conagra Brands, Inc.;Conagra|CAG.N
The J. M. Smucker Company;Smucker|SJM.N
Campbell's Company;Campbell Soup Company;~Campbell's|CPB.O
McCormick & Company|MKC.N|~
Tyson Foods, Inc.|TSN.N
Kroger Co.;Kroger|KR.N
Sysco Corporation|SYY.N
Archer-Daniels-Midland Company;ADM|ADM.N
Bunge Global SA;Bunge|BG.N||CH
Constellation Brands, Inc.|STZ.N
Brown-Forman Corporation|BF.B.N
Molson Coors Beverage Company;Molson Coors|TAP.N
Monster Beverage Corporation|MNST.O
Keurig Dr Pepper Inc.;Keurig Dr Pepper|KDP.O
Walgreens Boots Alliance, Inc.;Walgreens|WBA.O
Kenvue Inc.|KVUE.N
Lamb Weston Holdings, Inc.;Lamb Weston|LW.N
# Health care
@ US health
UnitedHealth Group Incorporated;UnitedHealth|UNH.N
Johnson & Johnson|JNJ.N
Eli Lilly and Company;Eli Lilly;~Lilly|LLY.N
Merck & Co., Inc.;Merck;MSD|MRK.N
AbbVie Inc.|ABBV.N
Pfizer Inc.|PFE.N
Abbott Laboratories;~Abbott|ABT.N
Thermo Fisher Scientific Inc.;Thermo Fisher|TMO.N
Danaher Corporation|DHR.N
Amgen Inc.|AMGN.O
Gilead Sciences, Inc.|GILD.O
Bristol-Myers Squibb Company;Bristol Myers Squibb;~BMS|BMY.N
Regeneron Pharmaceuticals, Inc.;Regeneron|REGN.O
Vertex Pharmaceuticals Incorporated;~Vertex|VRTX.O
Moderna, Inc.|MRNA.O
Biogen Inc.|BIIB.O
Intuitive Surgical, Inc.|ISRG.O
Stryker Corporation|SYK.N|~
Boston Scientific Corporation|BSX.N
Medtronic plc|MDT.N||IE
Becton, Dickinson and Company;Becton Dickinson|BDX.N
Edwards Lifesciences Corporation|EW.N
Zimmer Biomet Holdings, Inc.;Zimmer Biomet|ZBH.N
Baxter International Inc.|BAX.N
GE HealthCare Technologies Inc.;GE HealthCare|GEHC.O
IDEXX Laboratories, Inc.;IDEXX|IDXX.O
DexCom, Inc.;Dexcom|DXCM.O
ResMed Inc.|RMD.N
Insulet Corporation|PODD.O
Hologic, Inc.|HOLX.O
Align Technology, Inc.|ALGN.O
STERIS plc|STE.N||IE
The Cooper Companies, Inc.;CooperCompanies;Cooper Companies|COO.O|-
Agilent Technologies, Inc.;Agilent|A.N
IQVIA Holdings Inc.;IQVIA|IQV.N
Mettler-Toledo International Inc.;Mettler-Toledo|MTD.N
Waters Corporation|WAT.N|~
Illumina, Inc.|ILMN.O
West Pharmaceutical Services, Inc.|WST.N
Revvity, Inc.|RVTY.N
Charles River Laboratories International, Inc.;Charles River Laboratories|CRL.N
Bio-Techne Corporation|TECH.O
Elevance Health, Inc.|ELV.N
Cigna Group;Cigna|CI.N
Humana Inc.|HUM.N
Centene Corporation|CNC.N
Molina Healthcare, Inc.|MOH.N
CVS Health Corporation;CVS|CVS.N
McKesson Corporation|MCK.N
Cencora, Inc.|COR.N
Cardinal Health, Inc.|CAH.N
HCA Healthcare, Inc.|HCA.N
Universal Health Services, Inc.|UHS.N
Labcorp Holdings Inc.;Labcorp|LH.N
Quest Diagnostics Incorporated|DGX.N
Zoetis Inc.|ZTS.N
Incyte Corporation|INCY.O
Viatris Inc.|VTRS.O
Solventum Corporation|SOLV.N
DaVita Inc.|DVA.N
Henry Schein, Inc.|HSIC.O
Teleflex Incorporated|TFX.N
Alnylam Pharmaceuticals, Inc.;Alnylam|ALNY.O
Insmed Incorporated|INSM.O
Hims & Hers Health|HIMS.N
Semler Scientific|SMLR.O
# Financials
@ US financials
Fiserv, Inc.|FISV.O,FI.N
Fidelity National Information Services, Inc.;FIS|FIS.N
Global Payments Inc.|GPN.N
Jack Henry & Associates, Inc.;Jack Henry|JKHY.O
Coinbase Global, Inc.;Coinbase|COIN.O
Robinhood Markets, Inc.;Robinhood|HOOD.O
Block, Inc.;~Square;Cash App|XYZ.N,SQ.N|~
PayPal Holdings, Inc.;PayPal|PYPL.O
Visa Inc.|V.N|~
Mastercard Incorporated|MA.N
American Express Company;Amex|AXP.N
Galaxy Digital Inc.;Galaxy Digital|GLXY.O
Circle Internet Group, Inc.;Circle|CRCL.N|~
Klarna Group plc;Klarna|KLAR.N||SE
Bullish|BLSH.N|~|KY
Gemini Space Station, Inc.|GEMI.O|-
eToro Group Ltd.;eToro|ETOR.O||IL
Chime Financial, Inc.;Chime|CHYM.O|~
SoFi Technologies, Inc.;SoFi|SOFI.O
Affirm Holdings, Inc.;Affirm|AFRM.O|~
MSCI Inc.|MSCI.N
S&P Global Inc.|SPGI.N
Moody's Corporation;Moody's|MCO.N
FactSet Research Systems Inc.;FactSet|FDS.N
MarketAxess Holdings Inc.;MarketAxess|MKTX.O
Berkshire Hathaway Inc.|BRK.B.N,BRK.A.N
JPMorgan Chase & Co.;JPMorgan;JP Morgan;J.P. Morgan|JPM.N
Bank of America Corporation;BofA|BAC.N
Wells Fargo & Company;Wells Fargo|WFC.N
Citigroup Inc.;Citi|C.N
The Goldman Sachs Group, Inc.;Goldman Sachs;~Goldman|GS.N
Morgan Stanley|MS.N
The Charles Schwab Corporation;Charles Schwab;~Schwab|SCHW.N
BlackRock, Inc.|BLK.N
Blackstone Inc.|BX.N
KKR & Co. Inc.;KKR|KKR.N
Apollo Global Management, Inc.;Apollo Global|APO.N
The Carlyle Group|CG.O|~
State Street Corporation|STT.N
The Bank of New York Mellon Corporation;BNY Mellon;BNY|BK.N
Northern Trust Corporation|NTRS.O
U.S. Bancorp|USB.N
PNC Financial Services Group, Inc.;PNC|PNC.N
Truist Financial Corporation;Truist|TFC.N
Capital One Financial Corporation;Capital One|COF.N
Discover Financial Services|DFS.N|||Capital One Financial Corporation
Synchrony Financial|SYF.N
Fifth Third Bancorp|FITB.O
Huntington Bancshares Incorporated|HBAN.O
KeyCorp|KEY.N
M&T Bank Corporation;M&T Bank|MTB.N
Regions Financial Corporation|RF.N
Citizens Financial Group, Inc.|CFG.N
First Citizens BancShares|FCNCA.O
Ameriprise Financial, Inc.;Ameriprise|AMP.N
Raymond James Financial, Inc.;Raymond James|RJF.N
T. Rowe Price Group, Inc.;T. Rowe Price|TROW.O
Invesco Ltd.|IVZ.N
Franklin Resources, Inc.;Franklin Templeton|BEN.N
Blue Owl Capital Inc.;Blue Owl|OWL.N
Interactive Brokers Group, Inc.;Interactive Brokers|IBKR.O
Chubb Limited|CB.N||CH
The Progressive Corporation|PGR.N|~
The Allstate Corporation|ALL.N
The Travelers Companies, Inc.;Travelers|TRV.N|~
American International Group, Inc.;AIG|AIG.N
MetLife, Inc.|MET.N
Prudential Financial, Inc.|PRU.N
Aflac Incorporated|AFL.N
The Hartford Financial Services Group, Inc.;The Hartford|HIG.N|~
Principal Financial Group, Inc.|PFG.O
Marsh & McLennan Companies, Inc.;Marsh McLennan|MMC.N
Aon plc|AON.N||IE
Arthur J. Gallagher & Co.;~Gallagher|AJG.N
Willis Towers Watson Public Limited Company;WTW|WTW.O||IE
Brown & Brown, Inc.|BRO.N
Arch Capital Group Ltd.|ACGL.O||BM
Cincinnati Financial Corporation|CINF.O
W. R. Berkley Corporation|WRB.N
Loews Corporation|L.N
Everest Group, Ltd.|EG.N|~|BM
Globe Life Inc.|GL.N
Assurant, Inc.|AIZ.N|~
Erie Indemnity Company|ERIE.O
Corpay, Inc.|CPAY.N
Ares Management Corporation|ARES.N
Nu Holdings Ltd.;~Nu;Nubank|NU.N||BR
Marqeta|MQ.O
Upstart Holdings|UPST.O|~
Bakkt Holdings;Bakkt|BKKT.N
Metaplanet Inc.;Metaplanet|3350.T||JP
# Financials: exchange operators
@ US financials exchange
Intercontinental Exchange, Inc.;~ICE|ICE.N
CME Group Inc.;CME|CME.O
Nasdaq, Inc.|NDAQ.O|-
Cboe Global Markets, Inc.|CBOE.A
# Industrials
@ US industrials
Broadridge Financial Solutions, Inc.;Broadridge|BR.N
Automatic Data Processing, Inc.;ADP|ADP.O
Paychex, Inc.|PAYX.O
Paycom Software, Inc.;Paycom|PAYC.N
Dayforce Inc.|DAY.N
Uber Technologies, Inc.;Uber|UBER.N
Lyft, Inc.|LYFT.O
Verisk Analytics, Inc.;Verisk|VRSK.O
Equifax Inc.|EFX.N
TransUnion|TRU.N
Thomson Reuters Corporation;Thomson Reuters|TRI.O,TRI.TO||CA
General Electric Company;GE Aerospace;GE|GE.N
GE Vernova Inc.;GE Vernova|GEV.N
Caterpillar Inc.|CAT.N|~
Deere & Company;John Deere|DE.N
The Boeing Company;Boeing|BA.N
Lockheed Martin Corporation|LMT.N
RTX Corporation;~RTX;Raytheon|RTX.N
Northrop Grumman Corporation|NOC.N
General Dynamics Corporation|GD.N
L3Harris Technologies, Inc.;L3Harris|LHX.N
Huntington Ingalls Industries, Inc.|HII.N
Textron Inc.|TXT.N
Howmet Aerospace Inc.|HWM.N
TransDigm Group Incorporated;TransDigm|TDG.N
Axon Enterprise, Inc.;~Axon|AXON.O
Honeywell International Inc.;Honeywell|HON.O
3M Company;3M|MMM.N
Emerson Electric Co.;Emerson|EMR.N|~
Eaton Corporation plc|ETN.N|~|IE
Parker-Hannifin Corporation;Parker Hannifin|PH.N
Illinois Tool Works Inc.|ITW.N
Rockwell Automation, Inc.|ROK.N
Johnson Controls International plc;Johnson Controls|JCI.N||IE
Trane Technologies plc|TT.N||IE
Carrier Global Corporation|CARR.N|~
Otis Worldwide Corporation|OTIS.N|~
Lennox International Inc.|LII.N
Cummins Inc.|CMI.N|~
PACCAR Inc|PCAR.O
Dover Corporation|DOV.N|~
Xylem Inc.|XYL.N|~
Fortive Corporation|FTV.N
AMETEK, Inc.|AME.N
Hubbell Incorporated|HUBB.N
Generac Holdings Inc.|GNRC.N
Quanta Services, Inc.|PWR.N
Vertiv Holdings Co|VRT.N
Ingersoll Rand Inc.|IR.N
IDEX Corporation|IEX.N
Nordson Corporation|NDSN.O
Snap-on Incorporated|SNA.N
Stanley Black & Decker, Inc.|SWK.N
Pentair plc|PNR.N||IE
A. O. Smith Corporation|AOS.N
Masco Corporation|MAS.N
Builders FirstSource, Inc.|BLDR.N
Allegion plc|ALLE.N||IE
Union Pacific Corporation;Union Pacific|UNP.N
CSX Corporation|CSX.O
Norfolk Southern Corporation|NSC.N
United Parcel Service, Inc.;~UPS|UPS.N
FedEx Corporation|FDX.N
Old Dominion Freight Line, Inc.|ODFL.O
J.B. Hunt Transport Services, Inc.;J.B. Hunt|JBHT.O
C.H. Robinson Worldwide, Inc.;C.H. Robinson|CHRW.O
Expeditors International of Washington, Inc.;Expeditors|EXPD.O
Delta Air Lines, Inc.;Delta Air Lines|DAL.N
United Airlines Holdings, Inc.;United Airlines|UAL.O
American Airlines Group Inc.;American Airlines|AAL.O
Southwest Airlines Co.|LUV.N
Waste Management, Inc.|WM.N
Republic Services, Inc.|RSG.N
Waste Connections, Inc.|WCN.N||CA
Rollins, Inc.|ROL.N|~
Cintas Corporation|CTAS.O
Copart, Inc.|CPRT.O
Fastenal Company|FAST.O
W. W. Grainger, Inc.;Grainger|GWW.N
United Rentals, Inc.|URI.N
Leidos Holdings, Inc.;Leidos|LDOS.N
Booz Allen Hamilton Holding Corporation;Booz Allen|BAH.N
Jacobs Solutions Inc.|J.N
Robert Half Inc.|RHI.N
Wabtec Corporation;Westinghouse Air Brake Technologies|WAB.N
Veralto Corporation|VLTO.N
EMCOR Group, Inc.|EME.N
Comfort Systems USA, Inc.|FIX.N
Grab Holdings Limited;Grab|GRAB.O|~|SG
Dun & Bradstreet|DNB.N
Joby Aviation, Inc.;Joby|JOBY.N
Archer Aviation Inc.|ACHR.N
Rocket Lab USA, Inc.;Rocket Lab|RKLB.O
Intuitive Machines|LUNR.O
Planet Labs|PL.N
HEICO Corporation|HEI.N
# Energy
@ US energy
Exxon Mobil Corporation;ExxonMobil;Exxon|XOM.N
Chevron Corporation|CVX.N|~
ConocoPhillips|COP.N
EOG Resources, Inc.|EOG.N
Occidental Petroleum Corporation;~Occidental|OXY.N
Schlumberger Limited;SLB;Schlumberger|SLB.N
Halliburton Company|HAL.N
Baker Hughes Company|BKR.O
Marathon Petroleum Corporation|MPC.N
Phillips 66|PSX.N
Valero Energy Corporation|VLO.N
Kinder Morgan, Inc.|KMI.N
The Williams Companies, Inc.;Williams Companies|WMB.N|-
ONEOK, Inc.;ONEOK|OKE.N
Targa Resources Corp.|TRGP.N
Diamondback Energy, Inc.|FANG.O
Devon Energy Corporation|DVN.N
Coterra Energy Inc.|CTRA.N
APA Corporation;~APA|APA.O
Expand Energy Corporation|EXE.O
EQT Corporation|EQT.N
Hess Corporation|HES.N|~||Chevron Corporation
Texas Pacific Land Corporation|TPL.N
# Utilities
@ US utilities
NextEra Energy, Inc.;NextEra|NEE.N
Duke Energy Corporation|DUK.N
The Southern Company;Southern Company|SO.N|-
Dominion Energy, Inc.|D.N
American Electric Power Company, Inc.;AEP|AEP.O
Exelon Corporation|EXC.O
Sempra|SRE.N
Xcel Energy Inc.|XEL.O
Public Service Enterprise Group Incorporated;PSEG|PEG.N
Consolidated Edison, Inc.;Con Edison|ED.N
Edison International|EIX.N
PG&E Corporation;PG&E|PCG.N
Entergy Corporation|ETR.N
WEC Energy Group, Inc.|WEC.N
DTE Energy Company|DTE.N
Eversource Energy|ES.N
FirstEnergy Corp.|FE.N
PPL Corporation|PPL.N
Ameren Corporation|AEE.N
CMS Energy Corporation|CMS.N
CenterPoint Energy, Inc.|CNP.N
Atmos Energy Corporation|ATO.N
Alliant Energy Corporation|LNT.O
Evergy, Inc.|EVRG.O
NiSource Inc.|NI.N
Pinnacle West Capital Corporation|PNW.N
NRG Energy, Inc.|NRG.N
Vistra Corp.|VST.N
Constellation Energy Corporation|CEG.O
AES Corporation;~AES|AES.N
American Water Works Company, Inc.;American Water|AWK.N
Oklo Inc.|OKLO.N
# Materials
@ US materials
Martin Marietta Materials, Inc.;Martin Marietta|MLM.N
Vulcan Materials Company|VMC.N
Linde plc|LIN.O|~|IE
Air Products and Chemicals, Inc.;Air Products|APD.N
The Sherwin-Williams Company;Sherwin-Williams|SHW.N
Ecolab Inc.|ECL.N
Freeport-McMoRan Inc.;Freeport-McMoRan|FCX.N
Newmont Corporation|NEM.N
Nucor Corporation|NUE.N
Steel Dynamics, Inc.|STLD.O
Dow Inc.|DOW.N|-
DuPont de Nemours, Inc.;DuPont|DD.N
PPG Industries, Inc.|PPG.N
International Paper Company|IP.N
Packaging Corporation of America|PKG.N
Smurfit Westrock plc;Smurfit Westrock|SW.N||IE
Amcor plc|AMCR.N||GB
Ball Corporation|BALL.N|~
Avery Dennison Corporation|AVY.N
International Flavors & Fragrances Inc.;IFF|IFF.N
Corteva, Inc.|CTVA.N
CF Industries Holdings, Inc.|CF.N
The Mosaic Company|MOS.N|~
Albemarle Corporation|ALB.N|~
Eastman Chemical Company|EMN.N
LyondellBasell Industries N.V.;LyondellBasell|LYB.N||NL
Celanese Corporation|CE.N
FMC Corporation;~FMC|FMC.N
# Real estate
@ US realestate
Zillow Group, Inc.|Z.O
CoStar Group, Inc.;CoStar|CSGP.O
Prologis, Inc.|PLD.N
American Tower Corporation|AMT.N
Equinix, Inc.|EQIX.O
Crown Castle Inc.|CCI.N
Welltower Inc.|WELL.N
Digital Realty Trust, Inc.;Digital Realty|DLR.N
Simon Property Group, Inc.|SPG.N
Public Storage|PSA.N
Realty Income Corporation|O.N
Iron Mountain Incorporated|IRM.N
Extra Space Storage Inc.|EXR.N
AvalonBay Communities, Inc.;AvalonBay|AVB.N
Equity Residential|EQR.N
Ventas, Inc.|VTR.N
VICI Properties Inc.|VICI.N
SBA Communications Corporation|SBAC.O
Weyerhaeuser Company|WY.N
Alexandria Real Estate Equities, Inc.|ARE.N
Invitation Homes Inc.|INVH.N
Essex Property Trust, Inc.|ESS.N
Mid-America Apartment Communities, Inc.|MAA.N
Kimco Realty Corporation|KIM.N
Regency Centers Corporation|REG.O
Host Hotels & Resorts, Inc.|HST.O
CBRE Group, Inc.|CBRE.N
BXP, Inc.;Boston Properties|BXP.N
Camden Property Trust|CPT.N
Healthpeak Properties, Inc.;Healthpeak|DOC.N
Federal Realty Investment Trust;Federal Realty|FRT.N
UDR, Inc.|UDR.N
`;
