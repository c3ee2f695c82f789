/**
 * Europe: the CAC 40, DAX 40, FTSE 100, SMI, AEX, IBEX 35 and FTSE MIB, the larger STOXX Europe 600 names
 * (MDAX, SBF 120, FTSE 250, OMX Stockholm 30, OMX Copenhagen 25, OMX Helsinki 25, OBX, BEL 20, ATX,
 * WIG20, PSI) as of 2025, and a few unlisted companies (from memory; facts only). Other unlisted
 * companies and unlisted subsidiaries are in companies-private.ts and companies-subsidiaries.ts.
 * Format: see ../gazetteer.ts.
 *
 * Grouped by country. The country is the head office's, which may differ from the place of incorporation
 * and from the listing: Airbus FR, Stellantis NL, STMicroelectronics CH, Glencore CH, Experian IE,
 * Fresnillo MX, Amrize US. Companies taken over or delisted keep the tickers they had (Darktrace,
 * Hargreaves Lansdown, Deliveroo): articles still cite them.
 */
export const COMPANIES_EUROPE = `
# France (CAC 40 and SBF 120 names frequent in the news)
@ FR
LVMH Moët Hennessy Louis Vuitton SE;LVMH;Moët Hennessy Louis Vuitton|MC.PA||discretionary
Hermès International SCA;Hermès;Hermes|RMS.PA||discretionary
L'Oréal S.A.;L'Oréal;L'Oreal|OR.PA||staples
TotalEnergies SE;TotalEnergies;~Total|TTE.PA,TTE.N||energy
Sanofi S.A.|SAN.PA,SNY.O||health
Airbus SE|AIR.PA,AIR.DE,AIR.MC||industrials
Schneider Electric SE;Schneider Electric|SU.PA||industrials
Safran S.A.|SAF.PA||industrials
EssilorLuxottica S.A.;EssilorLuxottica|EL.PA||health
Air Liquide S.A.;Air Liquide|AI.PA||materials
BNP Paribas S.A.;BNP Paribas;BNP|BNP.PA||financials
AXA S.A.;AXA;Axa|CS.PA||financials
Vinci S.A.;~Vinci|DG.PA||industrials
Dassault Systèmes SE;Dassault Systèmes;Dassault Systemes|DSY.PA||tech
Kering S.A.|KER.PA||discretionary
Pernod Ricard S.A.;Pernod Ricard|RI.PA||staples
Danone S.A.;Groupe Danone|BN.PA||staples
Crédit Agricole S.A.;Crédit Agricole;Credit Agricole|ACA.PA||financials
Société Générale S.A.;Société Générale;Societe Generale;SocGen|GLE.PA||financials
Saint-Gobain S.A.;Compagnie de Saint-Gobain;Saint-Gobain|SGO.PA||industrials
Thales S.A.;~Thales|HO.PA||industrials
Capgemini SE|CAP.PA||tech
Engie S.A.;GDF Suez|ENGI.PA||utilities
Orange S.A.;~Orange;France Télécom;France Telecom|ORA.PA||communication
Michelin;Compagnie Générale des Établissements Michelin;Groupe Michelin|ML.PA||discretionary
Renault S.A.;Renault Group;Groupe Renault|RNO.PA||discretionary
Carrefour S.A.;Groupe Carrefour|CA.PA||staples
Publicis Groupe S.A.;Publicis|PUB.PA||communication
Legrand S.A.;~Legrand|LR.PA||industrials
Veolia Environnement S.A.;Veolia|VIE.PA||utilities
Bouygues S.A.|EN.PA||industrials
Alstom S.A.|ALO.PA||industrials
Accor S.A.|AC.PA||discretionary
Teleperformance SE|TEP.PA||industrials
Unibail-Rodamco-Westfield SE;Unibail-Rodamco-Westfield;URW|URW.PA||realestate
Edenred SE|EDEN.PA||financials
Bureau Veritas S.A.;Bureau Veritas|BVI.PA||industrials
Vivendi SE|VIV.PA||communication
Dassault Aviation S.A.|AM.PA||industrials
Arkema S.A.|AKE.PA||materials
Worldline S.A.|WLN.PA||financials
Ubisoft Entertainment S.A.;Ubisoft|UBI.PA||communication
Atos SE|ATO.PA||tech
Sodexo S.A.|SW.PA||discretionary
Eiffage S.A.|FGR.PA||industrials
Amundi S.A.|AMUN.PA||financials|Crédit Agricole S.A.
Ipsen S.A.|IPN.PA||health
bioMérieux S.A.;bioMérieux|BIM.PA||health
Sartorius Stedim Biotech S.A.|DIM.PA||health|Sartorius AG
Rexel S.A.|RXL.PA||industrials
Nexans S.A.|NEX.PA||industrials
SEB S.A.;Groupe SEB|SK.PA|-|discretionary
Valeo S.A.|FR.PA||discretionary
Forvia SE|FRVIA.PA||discretionary
Alten S.A.|ATE.PA|~|tech
Sopra Steria Group S.A.;Sopra Steria|SOP.PA||tech
Getlink SE|GET.PA||industrials
Aéroports de Paris;ADP Groupe;Groupe ADP|ADP.PA||industrials
Bolloré SE;Bolloré;Bollore;Groupe Bolloré|BOL.PA||industrials
Havas N.V.|HAV.AS||communication
Eramet S.A.|ERA.PA||materials
Imerys S.A.|NK.PA||materials
Soitec S.A.|SOI.PA||tech
OVHcloud;OVH|OVH.PA||tech
Believe S.A.|BLV.PA|-|communication
Air France-KLM S.A.;Air France-KLM;Air France|AF.PA||industrials
Christian Dior SE;Christian Dior;Dior|CDI.PA||discretionary
Criteo S.A.|CRTO.O||communication
Ayvens S.A.;Ayvens;ALD Automotive|AYV.PA||industrials|Société Générale S.A.
Société BIC S.A.;Société BIC;~BIC|BB.PA||industrials
Coface S.A.|COFA.PA||financials
Covivio S.A.|COV.PA||realestate
Elis S.A.|ELIS.PA|~|industrials
Eurazeo SE|RF.PA||financials
Eutelsat Communications S.A.;Eutelsat|ETL.PA||communication
FDJ United;La Française des Jeux;Française des Jeux;FDJ|FDJU.PA||discretionary
Gecina S.A.|GFC.PA||realestate
Icade S.A.|ICAD.PA||realestate
Ipsos S.A.|IPS.PA||communication
JCDecaux SE;JCDecaux|DEC.PA||communication
Klépierre S.A.;Klépierre;Klepierre|LI.PA||realestate
Lagardère S.A.;Lagardère;Lagardere|MMB.PA||communication|Louis Hachette Group
Louis Hachette Group S.A.;Louis Hachette Group|ALHG.PA||communication
Rémy Cointreau S.A.;Rémy Cointreau;Remy Cointreau|RCO.PA||staples
Rubis SCA|RUI.PA|~|utilities
SCOR SE|SCR.PA||financials
Spie S.A.;~SPIE|SPIE.PA|~|industrials
Technip Energies N.V.;Technip Energies|TE.PA||energy
Trigano S.A.|TRI.PA||discretionary
Vallourec S.A.|VK.PA||energy
Verallia S.A.|VRLA.PA||materials
Vicat S.A.|VCT.PA||materials
Virbac S.A.|VIRP.PA||health
Wendel SE|MF.PA|~|financials
Interparfums S.A.|ITP.PA||staples
Pluxee N.V.|PLX.PA||financials
TF1 S.A.;Groupe TF1|TFI.PA||communication
Métropole Télévision S.A.;Groupe M6;M6 Group;~M6|MMT.PA||communication
Fnac Darty S.A.;Fnac Darty;Fnac|FNAC.PA||discretionary
Casino Guichard-Perrachon S.A.;Groupe Casino;~Casino|CO.PA||staples
Canal+ S.A.;Groupe Canal+;~Canal+|CAN.L|-|communication
Electricité de France;Électricité de France;EDF|||utilities
Iliad S.A.;Iliad||~|communication
BPCE;Groupe BPCE|||financials
Crédit Mutuel;Crédit Mutuel Alliance Fédérale|||financials
La Poste;Groupe La Poste|||industrials
SNCF;Groupe SNCF|||industrials
Ledger SAS;~Ledger|||tech
Mistral AI;~Mistral|||tech

# Germany (DAX 40, MDAX and other names frequent in the news)
@ DE
SAP SE;SAP|SAP.DE,SAP.N||tech
Siemens AG|SIE.DE||industrials
Allianz SE|ALV.DE|~|financials
Deutsche Telekom AG;Deutsche Telekom;Telekom|DTE.DE||communication
Mercedes-Benz Group AG;Mercedes-Benz;~Mercedes|MBG.DE||discretionary
BMW AG;Bayerische Motoren Werke AG;BMW|BMW.DE||discretionary
Volkswagen AG;Volkswagen Group;Volkswagen;VW|VOW3.DE||discretionary
Porsche AG;Dr. Ing. h.c. F. Porsche AG;Porsche|P911.DE||discretionary|Volkswagen AG
Porsche Automobil Holding SE;Porsche SE|PAH3.DE|-|financials
BASF SE|BAS.DE||materials
Bayer AG|BAYN.DE|~|health
Infineon Technologies AG;Infineon|IFX.DE||tech
Münchener Rück;Munich Re;Münchener Rückversicherungs-Gesellschaft|MUV2.DE||financials
Deutsche Börse AG;Deutsche Börse;Deutsche Boerse|DB1.DE||financials exchange
Deutsche Bank AG;Deutsche Bank|DBK.DE,DB.N||financials
Commerzbank AG|CBK.DE||financials
Adidas AG;adidas|ADS.DE||discretionary
Puma SE|PUM.DE|~|discretionary
Siemens Healthineers AG|SHL.DE||health|Siemens AG
Siemens Energy AG|ENR.DE||industrials
Rheinmetall AG|RHM.DE||industrials
Merck KGaA|MRK.DE|-|health
Henkel AG & Co. KGaA;Henkel|HEN3.DE||staples
Beiersdorf AG|BEI.DE||staples
E.ON SE;E.ON|EOAN.DE||utilities
RWE AG|RWE.DE||utilities
Heidelberg Materials AG;HeidelbergCement|HEI.DE||materials
Hannover Rück SE;Hannover Re|HNR1.DE||financials|Talanx AG
DHL Group;Deutsche Post AG;Deutsche Post;Deutsche Post DHL|DHL.DE||industrials
Vonovia SE|VNA.DE||realestate
Continental AG|CON.DE|~|discretionary
Daimler Truck Holding AG;Daimler Truck|DTG.DE||industrials
Fresenius SE & Co. KGaA;Fresenius|FRE.DE||health
Fresenius Medical Care AG|FME.DE||health
Symrise AG|SY1.DE||materials
Brenntag SE|BNR.DE||industrials
Zalando SE|ZAL.DE||discretionary
Sartorius AG|SRT3.DE||health
MTU Aero Engines AG;MTU Aero Engines|MTX.DE||industrials
Covestro AG|1COV.DE||materials
Scout24 SE|G24.DE||communication
Hensoldt AG|HAG.DE||industrials
Delivery Hero SE|DHER.DE||discretionary
HelloFresh SE|HFG.DE||staples
Lufthansa;Deutsche Lufthansa AG|LHA.DE||industrials
TUI AG|TUI1.DE||discretionary
thyssenkrupp AG;thyssenkrupp;ThyssenKrupp|TKA.DE||industrials
Uniper SE|UN01.DE||utilities
Traton SE|8TRA.DE||industrials|Volkswagen AG
Nemetschek SE|NEM.DE||tech
Aixtron SE|AIXA.DE||tech
Evonik Industries AG;Evonik|EVK.DE||materials
Knorr-Bremse AG|KBX.DE||industrials
GEA Group AG|G1A.DE||industrials
Talanx AG|TLX.DE||financials
Aurubis AG|NDA.DE||materials
Auto1 Group SE|AG1.DE||discretionary
Bechtle AG|BC8.DE||tech
Bilfinger SE|GBF.DE||industrials
Carl Zeiss Meditec AG|AFX.DE||health
CTS Eventim AG & Co. KGaA;CTS Eventim;Eventim|EVD.DE||communication
Deutsche Wohnen SE|DWNI.DE||realestate|Vonovia SE
DWS Group GmbH & Co. KGaA;DWS Group|DWS.DE||financials|Deutsche Bank AG
Evotec SE|EVT.DE||health
Fielmann Group AG;Fielmann|FIE.DE||discretionary
Fraport AG|FRA.DE||industrials
Freenet AG;freenet|FNTN.DE||communication
Fuchs SE|FPE3.DE|~|materials
Gerresheimer AG|GXI.DE||health
Hapag-Lloyd AG|HLAG.DE||industrials
HELLA GmbH & Co. KGaA;~Hella|HLE.DE||discretionary|Forvia SE
Hochtief AG|HOT.DE||industrials|ACS, Actividades de Construcción y Servicios
Hugo Boss AG|BOSS.DE||discretionary
Jenoptik AG|JEN.DE||tech
Jungheinrich AG|JUN3.DE||industrials
K+S AG|SDF.DE||materials
Kion Group AG|KGX.DE||industrials
Krones AG|KRN.DE||industrials
Lanxess AG|LXS.DE||materials
LEG Immobilien SE|LEG.DE||realestate
Nordex SE|NDX1.DE||industrials
ProSiebenSat.1 Media SE;ProSiebenSat.1|PSM.DE||communication
Rational AG|RAA.DE|~|industrials
Renk Group AG|R3NK.DE||industrials
Schott Pharma AG & Co. KGaA;Schott Pharma|1SXP.DE||health
Siltronic AG|WAF.DE||tech
Sixt SE|SIX2.DE||industrials
Ströer SE & Co. KGaA;Ströer;Stroeer|SAX.DE||communication
Südzucker AG;Suedzucker|SZU.DE||staples
TAG Immobilien AG|TEG.DE||realestate
TeamViewer SE|TMV.DE||tech
United Internet AG|UTDI.DE||communication
Ionos Group SE|IOS.DE||tech|United Internet AG
Wacker Chemie AG|WCH.DE||materials
Schaeffler AG|SHA0.DE||discretionary
Salzgitter AG|SZG.DE|~|materials
Heidelberger Druckmaschinen AG;Heidelberger Druck|HDD.DE||industrials
Ceconomy AG|CEC.DE||discretionary
Metro AG|B4B.DE|~|staples
Deutsche Pfandbriefbank AG|PBB.DE||financials
Stabilus SE|STM.DE||industrials
Springer Nature AG & Co. KGaA;Springer Nature|SPG.DE||communication
Douglas AG|DOU.DE|~|discretionary
Dürr AG|DUE.DE|~|industrials
Deutz AG|DEZ.DE|~|industrials
EnBW Energie Baden-Württemberg AG;EnBW|EBK.DE||utilities
BioNTech SE|BNTX.O||health
Birkenstock Holding plc|BIRK.N||discretionary
trivago N.V.|TRVG.O||communication
Bosch;Robert Bosch GmbH|||discretionary
Aleph Alpha GmbH|||tech
N26|||financials
Trade Republic|||financials
Celonis|||tech
DeepL|||tech

# Netherlands
@ NL
ASML Holding N.V.;ASML|ASML.AS,ASML.O||tech
Adyen N.V.|ADYEN.AS||financials
Prosus N.V.|PRX.AS||discretionary|Naspers Limited
ING Groep N.V.;ING Group;ING|INGA.AS,ING.N||financials
ABN AMRO Bank N.V.;ABN AMRO|ABN.AS||financials
Koninklijke Ahold Delhaize N.V.;Ahold Delhaize|AD.AS||staples
Wolters Kluwer N.V.|WKL.AS||industrials
Heineken N.V.|HEIA.AS||staples|Heineken Holding N.V.
Heineken Holding N.V.;Heineken Holding|HEIO.AS|-|staples
Koninklijke Philips N.V.;Philips;Royal Philips|PHIA.AS,PHG.N||health
Universal Music Group N.V.;Universal Music Group;Universal Music|UMG.AS||communication
ASM International N.V.;ASM International|ASM.AS||tech
BE Semiconductor Industries N.V.;BE Semiconductor;Besi|BESI.AS||tech
Akzo Nobel N.V.;AkzoNobel;Akzo Nobel|AKZA.AS||materials
NN Group N.V.|NN.AS|-|financials
Randstad N.V.|RAND.AS|~|industrials
Koninklijke KPN N.V.;KPN|KPN.AS||communication
Exor N.V.|EXO.AS||financials
Aegon Ltd.|AGN.AS,AEG.N||financials
Stellantis N.V.|STLAP.PA,STLAM.MI,STLA.N||discretionary
Euronext N.V.|ENX.PA|-|financials exchange
Qiagen N.V.|QGEN.DE,QGEN.N||health
Argenx SE;argenx|ARGX.BR,ARGX.O||health
Ferrovial SE|FER.MC,FER.O||industrials
ASR Nederland N.V.;ASR Nederland|ASRNL.AS||financials
IMCD N.V.|IMCD.AS||industrials
JDE Peet's N.V.;JDE Peet's|JDEP.AS||staples
Signify N.V.|LIGHT.AS|~|industrials
Aalberts N.V.|AALB.AS||industrials
Arcadis N.V.|ARCAD.AS||industrials
Basic-Fit N.V.|BFIT.AS||discretionary
Fugro N.V.|FUR.AS||industrials
Koninklijke Vopak N.V.;Vopak|VPK.AS||energy
OCI N.V.|OCI.AS|-|materials
PostNL N.V.|PNL.AS||industrials
SBM Offshore N.V.|SBMO.AS||energy
TomTom N.V.|TOM2.AS||tech
Redcare Pharmacy N.V.;Redcare Pharmacy;Shop Apotheke|RDC.DE||staples

# Belgium
@ BE
Anheuser-Busch InBev SA/NV;AB InBev;Anheuser-Busch InBev;Anheuser-Busch|ABI.BR,BUD.N||staples
KBC Group NV;KBC|KBC.BR||financials
UCB S.A.;~UCB|UCB.BR||health
Ageas SA/NV;Ageas|AGS.BR||financials
Solvay S.A.|SOLB.BR||materials
Umicore S.A.|UMI.BR||materials
D'Ieteren Group|DIE.BR||discretionary
Groupe Bruxelles Lambert;GBL|GBLB.BR||financials
Ackermans & van Haaren NV;Ackermans & van Haaren|ACKB.BR||financials
Aedifica SA|AED.BR||realestate
Azelis Group NV|AZE.BR||industrials
Cofinimmo SA|COFB.BR||realestate
Elia Group SA/NV;Elia Group|ELI.BR|~|utilities
Lotus Bakeries NV|LOTB.BR||staples
Melexis NV|MELE.BR||tech
Sofina SA|SOF.BR||financials
Syensqo SA|SYENS.BR||materials
Warehouses De Pauw;WDP|WDP.BR||realestate
Proximus SA|PROX.BR||communication
Colruyt Group NV|COLR.BR||staples
Bekaert NV;NV Bekaert SA;Bekaert|BEKB.BR||industrials
Orange Belgium SA|OBEL.BR||communication|Orange S.A.
bpost SA/NV;bpost|BPOST.BR||industrials
Barco NV|BAR.BR||tech
Galapagos NV|GLPG.AS,GLPG.O|~|health

# Luxembourg
@ LU
ArcelorMittal S.A.|MT.AS,MTS.MC,MT.N||materials
Eurofins Scientific SE;Eurofins|ERF.PA||health
Tenaris S.A.;Tenaris|TEN.MI,TS.N||energy
SES S.A.;~SES|SESG.PA||communication
Aperam S.A.|APAM.AS||materials
RTL Group S.A.;~RTL|RRTL.DE||communication|Bertelsmann SE & Co. KGaA
Aroundtown SA|AT1.DE||realestate

# Switzerland
@ CH
Nestlé S.A.;Nestlé;Nestle|NESN.S||staples
Roche Holding AG;Roche|ROG.S|~|health
Novartis AG|NOVN.S,NVS.N||health
UBS Group AG;UBS|UBSG.S,UBS.N||financials
Zurich Insurance Group AG;Zurich Insurance;Zurich Versicherung|ZURN.S||financials
ABB Ltd;ABB|ABBN.S,ABB.ST||industrials
Compagnie Financière Richemont SA;Richemont|CFR.S||discretionary
Holcim AG|HOLN.S||materials
Swiss Re AG;Swiss Re|SREN.S||financials
Lonza Group AG;Lonza|LONN.S||health
Sika AG|SIKA.S||materials
Alcon Inc.|ALC.S,ALC.N||health
Givaudan SA|GIVN.S||materials
Partners Group Holding AG;Partners Group|PGHN.S|-|financials
Logitech International S.A.;Logitech|LOGN.S,LOGI.O||tech
The Swatch Group AG;Swatch Group;Swatch|UHR.S||discretionary
Swisscom AG|SCMN.S||communication
Schindler Holding AG;~Schindler|SCHP.S||industrials
Kuehne + Nagel International AG;Kuehne+Nagel;Kuehne + Nagel;Kühne + Nagel;Kühne+Nagel|KNIN.S||industrials
Geberit AG|GEBN.S||industrials
Sonova Holding AG;Sonova|SOON.S||health
Straumann Holding AG;Straumann|STMN.S||health
Julius Bär Gruppe AG;Julius Baer;Julius Bär|BAER.S||financials
SGS SA|SGSN.S||industrials
Chocoladefabriken Lindt & Sprüngli AG;Lindt & Sprüngli;Lindt & Spruengli;Lindt|LISN.S||staples
Glencore plc|GLEN.L||materials
Galderma Group AG;Galderma|GALD.S||health
STMicroelectronics N.V.;STMicro|STMPA.PA,STMMI.MI,STM.N||tech
DSM-Firmenich AG;DSM-Firmenich|DSFIR.AS||materials
Coca-Cola HBC AG;Coca-Cola HBC|CCH.L||staples
Swiss Life Holding AG;Swiss Life|SLHN.S||financials
Sandoz Group AG;Sandoz|SDZ.S||health
Amrize Ltd;Amrize|AMRZ.N,AMRZ.S||US materials
Adecco Group AG;Adecco|ADEN.S||industrials
Barry Callebaut AG|BARN.S||staples
Clariant AG|CLN.S||materials
EMS-Chemie Holding AG|EMSN.S||materials
Flughafen Zürich AG;~Flughafen Zürich;~Zurich Airport|FHZN.S||industrials
PSP Swiss Property AG|PSPN.S||realestate
SIG Group AG;SIG Group;SIG Combibloc|SIGN.S|-|materials
Swiss Prime Site AG|SPSN.S||realestate
Temenos AG|TEMN.S||tech
VAT Group AG;VAT Group|VACN.S|-|industrials
Tecan Group AG|TECN.S||health
Bachem Holding AG|BANB.S||health
Avolta AG;Dufry|AVOL.S||discretionary
Galenica AG|GALE.S||health
Belimo Holding AG|BEAN.S||industrials
Accelleron Industries AG;Accelleron|ACLN.S||industrials
Sulzer AG|SUN.S||industrials
Swissquote Group Holding AG|SQN.S||financials
Stadler Rail AG|SRAIL.S||industrials
BKW AG|BKW.S||utilities
On Holding AG;On Holding;On Running|ONON.N|-|discretionary
Transocean Ltd.|RIG.N||energy

# United Kingdom (FTSE 100 and FTSE 250 names frequent in the news)
@ GB
AstraZeneca PLC|AZN.L,AZN.ST,AZN.O||health
Shell plc;Royal Dutch Shell|SHEL.L,SHELL.AS,SHEL.N|~|energy
HSBC Holdings plc;HSBC|HSBA.L,0005.HK,HSBC.N||financials
Unilever PLC|ULVR.L,UNA.AS,UL.N||staples
BP p.l.c.;BP|BP.L,BP.N||energy
Rio Tinto Group;Rio Tinto|RIO.L,RIO.AX,RIO.N||materials
GSK plc;GSK;GlaxoSmithKline|GSK.L,GSK.N||health
RELX plc;RELX|REL.L,REN.AS,RELX.N||industrials
Diageo plc|DGE.L,DEO.N||staples
British American Tobacco p.l.c.;British American Tobacco;~BAT|BATS.L,BTI.N||staples
London Stock Exchange Group plc;London Stock Exchange Group;LSEG|LSEG.L||financials exchange
Rolls-Royce Holdings plc;Rolls-Royce|RR.L||industrials
BAE Systems plc;BAE|BA.L||industrials
Reckitt Benckiser Group plc;Reckitt Benckiser;Reckitt|RKT.L||staples
National Grid plc|NG.L,NGG.N||utilities
Lloyds Banking Group plc;Lloyds Banking Group;Lloyds|LLOY.L,LYG.N||financials
Barclays PLC|BARC.L,BCS.N||financials
NatWest Group plc;NatWest|NWG.L,NWG.N||financials
Standard Chartered PLC;StanChart|STAN.L||financials
Prudential plc|PRU.L,PUK.N|-|financials
Legal & General Group plc;Legal & General|LGEN.L||financials
Aviva plc|AV.L||financials
Compass Group PLC|CPG.L|~|discretionary
Haleon plc|HLN.L||staples
Anglo American plc|AAL.L||materials
Antofagasta plc|ANTO.L|~|materials
Tesco PLC|TSCO.L||staples
J Sainsbury plc;Sainsbury's|SBRY.L||staples
Marks and Spencer Group plc;Marks & Spencer;Marks and Spencer;M&S|MKS.L||discretionary
Next plc|NXT.L|~|discretionary
BT Group plc;BT|BT.A.L||communication
Vodafone Group Plc;Vodafone|VOD.L,VOD.O||communication
Imperial Brands PLC|IMB.L||staples
InterContinental Hotels Group PLC;InterContinental Hotels Group;IHG|IHG.L,IHG.N||discretionary
Whitbread plc|WTB.L||discretionary
Burberry Group plc|BRBY.L||discretionary
Associated British Foods plc|ABF.L||staples
Smith & Nephew plc|SN.L,SNN.N||health
Smiths Group plc|SMIN.L|~|industrials
Halma plc|HLMA.L||tech
Ashtead Group plc|AHT.L||industrials
Bunzl plc|BNZL.L||industrials
Intertek Group plc|ITRK.L||industrials
Rentokil Initial plc;Rentokil|RTO.L||industrials
Informa plc|INF.L||communication
Pearson plc|PSON.L|~|discretionary
WPP plc;WPP|WPP.L||communication
The Sage Group plc;Sage Group|SGE.L|~|tech
Auto Trader Group plc;Auto Trader|AUTO.L||communication
Rightmove plc|RMV.L||communication
Ocado Group plc|OCDO.L||staples
JD Sports Fashion plc;JD Sports|JD.L||discretionary
Kingfisher plc|KGF.L|~|discretionary
Taylor Wimpey plc|TW.L||discretionary
Persimmon plc|PSN.L|~|discretionary
Barratt Redrow plc;Barratt Redrow|BTRW.L||discretionary
Berkeley Group Holdings plc;Berkeley Group|BKG.L|~|discretionary
Land Securities Group plc;Landsec|LAND.L||realestate
British Land Company plc;British Land|BLND.L||realestate
Segro plc|SGRO.L||realestate
Severn Trent plc|SVT.L||utilities
United Utilities Group plc;United Utilities|UU.L||utilities
SSE plc|SSE.L|-|utilities
Centrica plc|CNA.L||utilities
Coca-Cola Europacific Partners PLC;Coca-Cola Europacific Partners|CCEP.O,CCEP.L,CCEP.AS||staples
Croda International plc;Croda|CRDA.L||materials
Entain plc|ENT.L||discretionary
International Consolidated Airlines Group S.A.;International Airlines Group;IAG|IAG.L,IAG.MC||industrials
easyJet plc|EZJ.L||industrials
Airtel Africa plc|AAF.L||communication|Bharti Airtel Limited
Fresnillo plc|FRES.L|~|MX materials
Endeavour Mining plc|EDV.L||materials
Spirax Group plc;Spirax-Sarco|SPX.L||industrials
Weir Group plc|WEIR.L|~|industrials
Melrose Industries PLC|MRO.L||industrials
Hikma Pharmaceuticals PLC;Hikma|HIK.L||health
Admiral Group plc|ADM.L|~|financials
Beazley plc|BEZ.L||financials
Phoenix Group Holdings plc|PHNX.L|~|financials
Schroders plc|SDR.L||financials
3i Group plc;3i|III.L||financials
St. James's Place plc;St James's Place|STJ.L||financials
M&G plc|MNG.L||financials
Howden Joinery Group Plc;Howdens|HWDN.L||industrials
Mondi plc|MNDI.L||materials
Diploma PLC|DPLM.L|-|industrials
Games Workshop Group PLC;Games Workshop|GAW.L||discretionary
Frasers Group plc|FRAS.L||discretionary
Unite Group plc|UTG.L|-|realestate
Pershing Square Holdings|PSH.L||GG financials
Standard Life;abrdn plc;Aberdeen Group plc;~Aberdeen|ABDN.L||financials
Hargreaves Lansdown plc|HL.L||financials
Wise plc|WISE.L|-|financials
Darktrace plc|DARK.L||tech
Deliveroo plc|ROO.L||discretionary
Babcock International Group PLC|BAB.L||industrials
ConvaTec Group plc;Convatec|CTEC.L||health
Hiscox Ltd|HSX.L||BM financials
IMI plc;~IMI|IMI.L||industrials
Intermediate Capital Group plc;ICG|ICG.L||financials
LondonMetric Property plc;LondonMetric|LMP.L||realestate
Scottish Mortgage Investment Trust PLC;Scottish Mortgage|SMT.L||financials
F&C Investment Trust PLC|FCIT.L||financials
Alliance Witan PLC|ALW.L||financials
Investec plc|INVP.L||financials
B&M European Value Retail S.A.;B&M|BME.L||discretionary
Vistry Group PLC|VTY.L||discretionary
Inchcape plc|INCH.L||discretionary
Tate & Lyle PLC|TATE.L||staples
Aston Martin Lagonda Global Holdings plc;Aston Martin Lagonda;Aston Martin|AML.L||discretionary
Harbour Energy plc|HBR.L||energy
Serco Group plc|SRP.L||industrials
Capita plc|CPI.L|~|industrials
ITV plc|ITV.L||communication
Man Group plc;Man Group|EMG.L|-|financials
Quilter plc|QLT.L||financials
Close Brothers Group plc|CBG.L||financials
Bellway p.l.c.;Bellway|BWY.L||discretionary
Greggs plc|GRG.L||discretionary
Dunelm Group plc|DNLM.L||discretionary
WH Smith PLC|SMWH.L||discretionary
J D Wetherspoon plc;Wetherspoon;Wetherspoons|JDW.L||discretionary
Trainline plc|TRN.L||discretionary
THG plc|THG.L||discretionary
ASOS plc|ASC.L||discretionary
Currys plc|CURY.L||discretionary
Hammerson plc|HMSO.L||realestate
Derwent London plc|DLN.L||realestate
Great Portland Estates plc|GPE.L||realestate
Tritax Big Box REIT plc;Tritax Big Box|BBOX.L||realestate
Shaftesbury Capital PLC|SHC.L||realestate
Rotork plc|ROR.L||industrials
QinetiQ Group plc|QQ.L||industrials
Chemring Group PLC|CHG.L||industrials
Renishaw plc|RSW.L||tech
Johnson Matthey plc|JMAT.L||materials
Drax Group plc|DRX.L|~|utilities
Pennon Group plc|PNN.L|~|utilities
Tullow Oil plc|TLW.L||energy
Softcat plc|SCT.L||tech
Computacenter plc|CCC.L||tech
Playtech plc|PTEC.L||discretionary
Evoke plc|EVOK.L|~|discretionary
Oxford Nanopore Technologies plc;Oxford Nanopore|ONT.L||health
Genus plc|GNS.L|~|health
Revolut Ltd;Revolut|||financials
Monzo Bank;Monzo|||financials
DeepMind;Google DeepMind|||tech|Alphabet Inc.
Stability AI Ltd;Stability AI|||tech
ElevenLabs|||tech
Synthesia|||tech
Wayve|||tech

# Ireland
@ IE
CRH plc|CRH.N||materials
Ryanair Holdings plc;Ryanair|RYA.I,RYAAY.O||industrials
Kerry Group plc|KRZ.I|~|staples
Bank of Ireland Group plc;Bank of Ireland|BIRG.I||financials
AIB Group plc;Allied Irish Banks;AIB|A5G.I||financials
Kingspan Group plc;Kingspan|KRX.I||industrials
Experian plc|EXPN.L||industrials
DCC plc|DCC.L|-|industrials
Glanbia plc|GL9.I||staples
Greencore Group plc|GNC.L||staples
Jazz Pharmaceuticals plc|JAZZ.O||health

# Spain
@ ES
Banco Santander, S.A.;~Santander|SAN.MC,SAN.N||financials
Banco Bilbao Vizcaya Argentaria, S.A.;BBVA|BBVA.MC,BBVA.N||financials
Industria de Diseño Textil, S.A.;Inditex;~Zara|ITX.MC||discretionary
Iberdrola, S.A.|IBE.MC||utilities
Telefónica, S.A.;Telefónica;Telefonica|TEF.MC,TEF.N||communication
Repsol S.A.|REP.MC||energy
CaixaBank, S.A.|CABK.MC||financials
Amadeus IT Group, S.A.;Amadeus IT Group|AMS.MC||tech
Aena S.M.E., S.A.;Aena|AENA.MC||industrials
Cellnex Telecom, S.A.;Cellnex|CLNX.MC||communication
Naturgy Energy Group, S.A.;Naturgy|NTGY.MC||utilities
Banco de Sabadell, S.A.;Banco Sabadell;~Sabadell|SAB.MC||financials
Endesa, S.A.|ELE.MC||utilities|Enel S.p.A.
Grifols, S.A.|GRF.MC||health
ACS, Actividades de Construcción y Servicios;ACS|ACS.MC||industrials
Redeia|RED.MC||utilities
Acciona, S.A.|ANA.MC||industrials
Corporación Acciona Energías Renovables, S.A.;Acciona Energía;Acciona Energia|ANE.MC||utilities|Acciona, S.A.
Acerinox, S.A.|ACX.MC||materials
Bankinter, S.A.|BKT.MC||financials
Enagás, S.A.;Enagás;Enagas|ENG.MC||utilities
Fluidra, S.A.|FDR.MC||industrials
Indra Sistemas, S.A.;~Indra|IDR.MC||tech
Inmobiliaria Colonial SOCIMI, S.A.;Inmobiliaria Colonial|COL.MC||realestate
Logista Integral, S.A.;Logista|LOG.MC||industrials
Mapfre, S.A.|MAP.MC||financials
Merlin Properties SOCIMI, S.A.;Merlin Properties|MRL.MC||realestate
Puig Brands, S.A.;~Puig|PUIG.MC||staples
Laboratorios Farmacéuticos Rovi, S.A.;Laboratorios Rovi;Rovi|ROVI.MC||health
Sacyr, S.A.|SCYR.MC||industrials
Solaria Energía y Medio Ambiente, S.A.;Solaria|SLR.MC||utilities
Unicaja Banco, S.A.;Unicaja|UNI.MC||financials
Meliá Hotels International, S.A.;Meliá Hotels|MEL.MC||discretionary

# Portugal
@ PT
EDP – Energias de Portugal;Energias de Portugal;EDP|EDP.LS||utilities
Galp Energia;Galp|GALP.LS||energy
Jerónimo Martins|JMT.LS||staples
Banco Comercial Português, S.A.;Banco Comercial Português;Millennium bcp|BCP.LS||financials
EDP Renováveis, S.A.;EDP Renováveis;EDP Renovaveis|EDPR.LS||utilities|Energias de Portugal
The Navigator Company, S.A.;Navigator Company|NVG.LS|-|materials
Sonae SGPS, S.A.;Sonae|SON.LS||staples
Mota-Engil, SGPS, S.A.;Mota-Engil|EGL.LS||industrials
CTT – Correios de Portugal, S.A.;CTT Correios de Portugal;CTT|CTT.LS||industrials

# Italy
@ IT
Enel S.p.A.;Enel|ENEL.MI||utilities
Eni S.p.A.;Eni|ENI.MI,E.N||energy
Intesa Sanpaolo S.p.A.;Intesa Sanpaolo|ISP.MI||financials
UniCredit S.p.A.;UniCredit|UCG.MI||financials
Assicurazioni Generali S.p.A.;Generali|G.MI||financials
Moncler S.p.A.;Moncler|MONC.MI||discretionary
Prysmian S.p.A.;Prysmian|PRY.MI||industrials
Leonardo S.p.A.;~Leonardo|LDO.MI||industrials
Poste Italiane S.p.A.;Poste Italiane|PST.MI||financials
Terna S.p.A.;Terna|TRN.MI||utilities
Snam S.p.A.;Snam|SRG.MI||utilities
Mediobanca S.p.A.;Mediobanca|MB.MI||financials|Banca Monte dei Paschi di Siena S.p.A.
Pirelli & C. S.p.A.;Pirelli|PIRC.MI||discretionary
Telecom Italia S.p.A.;Telecom Italia;TIM|TIT.MI||communication
Davide Campari-Milano N.V.;Campari|CPR.MI||staples
Banco BPM S.p.A.;Banco BPM|BAMI.MI||financials
Saipem S.p.A.;Saipem|SPM.MI||energy
Ferrari N.V.|RACE.MI,RACE.N||discretionary
A2A S.p.A.|A2A.MI||utilities
Amplifon S.p.A.|AMP.MI||health
Avio S.p.A.|AVIO.MI||industrials
Azimut Holding S.p.A.|AZM.MI|~|financials
Banca Generali S.p.A.|BGN.MI||financials|Assicurazioni Generali S.p.A.
Banca Mediolanum S.p.A.|BMED.MI||financials
Banca Monte dei Paschi di Siena S.p.A.;Monte dei Paschi di Siena;Monte dei Paschi;~MPS|BMPS.MI||financials
Banca Popolare di Sondrio S.p.A.;Popolare di Sondrio|BPSO.MI||financials|BPER Banca S.p.A.
BPER Banca S.p.A.;BPER|BPE.MI||financials
Brunello Cucinelli S.p.A.;~Brunello Cucinelli|BC.MI||discretionary
Buzzi S.p.A.|BZU.MI||materials
DiaSorin S.p.A.|DIA.MI||health
De'Longhi S.p.A.|DLG.MI||discretionary
ERG S.p.A.|ERG.MI||utilities
Fincantieri S.p.A.|FCT.MI||industrials
FinecoBank S.p.A.;Fineco|FBK.MI||financials
Hera S.p.A.|HER.MI|~|utilities
Infrastrutture Wireless Italiane S.p.A.;Inwit|INW.MI||communication
Interpump Group S.p.A.|IP.MI||industrials
Italgas S.p.A.|IG.MI||utilities
Iveco Group N.V.|IVG.MI||industrials
Lottomatica Group S.p.A.|LTMC.MI||discretionary
Nexi S.p.A.|NEXI.MI||financials
Recordati S.p.A.|REC.MI||health
Unipol Assicurazioni S.p.A.;Unipol Gruppo;Unipol|UNI.MI||financials
Webuild S.p.A.|WBD.MI||industrials
Prada S.p.A.|1913.HK||discretionary

# Denmark
@ DK
Novo Nordisk A/S;Novo Nordisk|NOVO-B.CO,NVO.N||health
A.P. Møller – Mærsk A/S;Maersk;Mærsk;A.P. Moller-Maersk;A.P. Møller-Mærsk|MAERSK-B.CO||industrials
DSV A/S;DSV|DSV.CO||industrials
Carlsberg A/S;Carlsberg|CARL-B.CO||staples
Vestas Wind Systems A/S;Vestas|VWS.CO||industrials
Ørsted A/S;Ørsted;Orsted|ORSTED.CO||utilities
Coloplast A/S;Coloplast|COLO-B.CO||health
Pandora A/S|PNDORA.CO|-|discretionary
Genmab A/S;Genmab|GMAB.CO,GMAB.O||health
Danske Bank A/S;Danske Bank|DANSKE.CO||financials
Novonesis;Novozymes|NSIS-B.CO||materials
Ambu A/S;Ambu|AMBU-B.CO||health
Bavarian Nordic A/S;Bavarian Nordic|BAVA.CO||health
Demant A/S;Demant|DEMANT.CO||health
FLSmidth & Co. A/S;FLSmidth|FLS.CO||industrials
GN Store Nord A/S;GN Store Nord|GN.CO||health
ISS A/S;ISS World|ISS.CO||industrials
Jyske Bank A/S;Jyske Bank|JYSK.CO||financials
NKT A/S;NKT|NKT.CO||industrials
Netcompany Group A/S;Netcompany|NETC.CO||tech
Rockwool A/S;Rockwool;ROCKWOOL|ROCK-B.CO||industrials
Royal Unibrew A/S;Royal Unibrew|RBREW.CO||staples
Tryg A/S;Tryg|TRYG.CO||financials
Zealand Pharma A/S;Zealand Pharma|ZEAL.CO||health
Sydbank A/S;Sydbank|SYDB.CO||financials
H. Lundbeck A/S;Lundbeck|HLUN-B.CO||health

# Sweden
@ SE
Ericsson;Telefonaktiebolaget LM Ericsson|ERIC-B.ST,ERIC.O||tech
Volvo AB;AB Volvo;Volvo Group;Volvo|VOLV-B.ST||industrials
Volvo Car AB;Volvo Cars|VOLCAR-B.ST||discretionary
Atlas Copco AB;Atlas Copco|ATCO-A.ST||industrials
Investor AB|INVE-B.ST|-|financials
H&M;Hennes & Mauritz AB;Hennes & Mauritz|HM-B.ST||discretionary
Assa Abloy AB;Assa Abloy|ASSA-B.ST||industrials
Sandvik AB;Sandvik|SAND.ST||industrials
Hexagon AB|HEXA-B.ST|~|tech
Evolution AB|EVO.ST|-|discretionary
Essity AB;Essity|ESSITY-B.ST||staples
Saab AB|SAAB-B.ST||industrials
Epiroc AB;Epiroc|EPI-A.ST||industrials
Skandinaviska Enskilda Banken;SEB AB|SEB-A.ST||financials
Swedbank AB;Swedbank|SWED-A.ST||financials
Svenska Handelsbanken AB;Handelsbanken|SHB-A.ST||financials
Telia Company AB;Telia|TELIA.ST||communication
Alfa Laval AB|ALFA.ST||industrials
Boliden AB|BOL.ST||materials
Electrolux AB;AB Electrolux|ELUX-B.ST||discretionary
Getinge AB|GETI-B.ST||health
Kinnevik AB|KINV-B.ST||financials
NIBE Industrier AB;NIBE;Nibe|NIBE-B.ST||industrials
Svenska Cellulosa Aktiebolaget SCA;Svenska Cellulosa|SCA-B.ST||materials
Skanska AB|SKA-B.ST||industrials
SKF AB;AB SKF|SKF-B.ST||industrials
SSAB AB|SSAB-A.ST||materials
Tele2 AB|TEL2-B.ST||communication
Securitas AB|SECU-B.ST||industrials
Industrivärden AB;AB Industrivärden|INDU-C.ST||financials
Lifco AB|LIFCO-B.ST||industrials
EQT AB|EQT.ST|-|financials
Husqvarna AB|HUSQ-B.ST||industrials
Trelleborg AB|TREL-B.ST|~|industrials
Sinch AB|SINCH.ST||tech
Embracer Group AB|EMBRAC-B.ST||communication
Autoliv, Inc.;Autoliv|ALV.N,ALIV-SDB.ST||discretionary

# Finland
@ FI
Nokia Oyj;Nokia|NOKIA.HE,NOK.N||tech
Nordea Bank Abp;Nordea|NDA-FI.HE,NDA-SE.ST||financials
Kone Oyj;Kone|KNEBV.HE||industrials
Neste Oyj;Neste|NESTE.HE||energy
Sampo Oyj;Sampo|SAMPO.HE||financials
UPM-Kymmene Oyj;UPM|UPM.HE||materials
Stora Enso Oyj;Stora Enso|STERV.HE||materials
Wärtsilä Oyj;Wärtsilä;Wartsila|WRT1V.HE||industrials
Elisa Oyj|ELISA.HE|~|communication
Fortum Oyj|FORTUM.HE||utilities
Metso Oyj|METSO.HE||industrials
Orion Oyj|ORNBV.HE|~|health
Kesko Oyj|KESKOB.HE||staples
Valmet Oyj|VALMT.HE||industrials
Konecranes Oyj|KCR.HE||industrials
Huhtamäki Oyj;Huhtamaki|HUH1V.HE||materials
Kemira Oyj|KEMIRA.HE||materials
Outokumpu Oyj|OUT1V.HE||materials
Nokian Tyres plc|TYRES.HE||discretionary
Tietoevry Oyj;TietoEVRY|TIETO.HE||tech
Cargotec Oyj|CGCBV.HE||industrials

# Norway
@ NO
Equinor ASA;Equinor|EQNR.OL,EQNR.N||energy
DNB Bank ASA;DNB|DNB.OL||financials
Telenor ASA;Telenor|TEL.OL||communication
Norsk Hydro ASA;Norsk Hydro|NHY.OL||materials
Mowi ASA;Mowi|MOWI.OL||staples
Kongsberg Gruppen ASA;Kongsberg|KOG.OL||industrials
Yara International ASA;~Yara|YAR.OL||materials
Aker BP ASA;Aker BP|AKRBP.OL||energy
Orkla ASA|ORK.OL||staples
Storebrand ASA|STB.OL||financials
Gjensidige Forsikring ASA;Gjensidige|GJF.OL||financials
SalMar ASA|SALM.OL||staples
Aker ASA|AKER.OL||financials
Aker Solutions ASA|AKSO.OL||energy
Nordic Semiconductor ASA|NOD.OL||tech
Schibsted ASA|SCHA.OL||communication
AutoStore Holdings Ltd;AutoStore|AUTO.OL||industrials
Tomra Systems ASA;Tomra|TOM.OL||industrials
Vår Energi ASA;Vår Energi;Var Energi|VAR.OL||energy
Norwegian Air Shuttle ASA;Norwegian Air|NAS.OL||industrials
Nel ASA|NEL.OL|~|industrials

# Austria
@ AT
Erste Group Bank AG;Erste Group|EBS.VI|~|financials
OMV AG|OMV.VI||energy
Verbund AG|VER.VI|~|utilities
Raiffeisen Bank International AG;Raiffeisen|RBI.VI||financials
Andritz AG|ANDR.VI||industrials
BAWAG Group AG|BG.VI||financials
voestalpine AG|VOE.VI||materials
Wienerberger AG|WIE.VI||materials
Vienna Insurance Group AG|VIG.VI||financials
Uniqa Insurance Group AG;Uniqa|UQA.VI||financials
Telekom Austria AG;Telekom Austria;A1 Telekom Austria|TKA.VI|-|communication|America Movil
Lenzing AG|LNZ.VI||materials
Österreichische Post AG;Österreichische Post;Austrian Post|POST.VI||industrials
Strabag SE|STR.VI||industrials

# Poland, Hungary, Greece
@ PL
PKO Bank Polski;PKO BP|PKO.WA||financials
Orlen S.A.;PKN Orlen;Orlen|PKN.WA||energy
Allegro.eu;Allegro|ALE.WA|~|discretionary
CD Projekt S.A.;CD Projekt|CDR.WA||communication
Powszechny Zakład Ubezpieczeń;PZU|PZU.WA||financials
Bank Polska Kasa Opieki S.A.;Bank Pekao;Pekao|PEO.WA||financials
KGHM Polska Miedź S.A.;KGHM|KGH.WA||materials
LPP S.A.|LPP.WA||discretionary
Dino Polska S.A.|DNP.WA||staples
PGE Polska Grupa Energetyczna S.A.;PGE Polska Grupa Energetyczna;~PGE|PGE.WA||utilities
Santander Bank Polska S.A.|SPL.WA||financials
mBank S.A.|MBK.WA||financials|Commerzbank AG
ING Bank Śląski S.A.;ING Bank Śląski;ING Bank Slaski|ING.WA||financials|ING Groep N.V.
Alior Bank S.A.|ALR.WA||financials
Budimex S.A.|BDX.WA||industrials
Orange Polska S.A.|OPL.WA||communication|Orange S.A.
Żabka Group S.A.;Żabka;Zabka|ZAB.WA||staples
InPost S.A.|INPST.AS||industrials
Wizz Air Holdings plc;Wizz Air|WIZZ.L||HU industrials
Metlen Energy & Metals PLC;Metlen;Mytilineos|MTLN.L||GR industrials

# Russia
@ RU
Gazprom PJSC;Gazprom|GAZP.MM||energy
Sberbank of Russia PJSC;Sberbank;Sber|SBER.MM||financials
Rosneft Oil Company;Rosneft|ROSN.MM||energy
Lukoil PJSC;Lukoil;LUKOIL|LKOH.MM||energy
MMC Norilsk Nickel PJSC;Norilsk Nickel;Nornickel|GMKN.MM||materials
`;
