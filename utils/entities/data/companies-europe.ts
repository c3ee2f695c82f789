/**
 * Europe: CAC 40, DAX 40, Euro Stoxx 50, FTSE 100, SMI and the largest Nordic, Iberian, Italian, Benelux
 * listings (from memory; facts only). Format: see ../gazetteer.ts.
 */
export const COMPANIES_EUROPE = `
# France (CAC 40 and SBF 120 names frequent in the news)
LVMH Moët Hennessy Louis Vuitton SE;LVMH;Moët Hennessy Louis Vuitton|MC.PA
Hermès International SCA;Hermès;Hermes|RMS.PA
L'Oréal S.A.;L'Oréal;L'Oreal|OR.PA
TotalEnergies SE;TotalEnergies;~Total|TTE.PA,TTE.N
Sanofi S.A.|SAN.PA,SNY.O
Airbus SE|AIR.PA
Schneider Electric SE;Schneider Electric|SU.PA
Safran S.A.|SAF.PA
EssilorLuxottica S.A.;EssilorLuxottica|EL.PA
Air Liquide S.A.;Air Liquide|AI.PA
BNP Paribas S.A.;BNP Paribas;BNP|BNP.PA
AXA S.A.;AXA;Axa|CS.PA
Vinci S.A.;~Vinci|DG.PA
Dassault Systèmes SE;Dassault Systèmes;Dassault Systemes|DSY.PA
Kering S.A.|KER.PA
Pernod Ricard S.A.;Pernod Ricard|RI.PA
Danone S.A.|BN.PA
Crédit Agricole S.A.;Crédit Agricole;Credit Agricole|ACA.PA
Société Générale S.A.;Société Générale;Societe Generale;SocGen|GLE.PA
Saint-Gobain S.A.;Compagnie de Saint-Gobain;Saint-Gobain|SGO.PA
Thales S.A.;~Thales|HO.PA
Capgemini SE|CAP.PA
Engie S.A.|ENGI.PA
Orange S.A.;~Orange|ORA.PA
Michelin;Compagnie Générale des Établissements Michelin|ML.PA
Renault S.A.;Renault Group|RNO.PA
Stellantis N.V.|STLAP.PA,STLAM.MI,STLA.N
Carrefour S.A.|CA.PA
Publicis Groupe S.A.;Publicis|PUB.PA
Legrand S.A.;~Legrand|LR.PA
Veolia Environnement S.A.;Veolia|VIE.PA
Bouygues S.A.|EN.PA
Alstom S.A.|ALO.PA
Accor S.A.|AC.PA
ArcelorMittal S.A.|MT.AS,MT.N
STMicroelectronics N.V.;STMicro|STMPA.PA,STM.N
Teleperformance SE|TEP.PA
Unibail-Rodamco-Westfield SE;Unibail-Rodamco-Westfield;URW|URW.PA
Eurofins Scientific SE;Eurofins|ERF.PA
Edenred SE|EDEN.PA
Bureau Veritas S.A.;Bureau Veritas|BVI.PA
Vivendi SE|VIV.PA
Dassault Aviation S.A.|AM.PA
Arkema S.A.|AKE.PA
Worldline S.A.|WLN.PA
Ubisoft Entertainment S.A.;Ubisoft|UBI.PA
Atos SE|ATO.PA
Sodexo S.A.|SW.PA
Eiffage S.A.|FGR.PA
Euronext N.V.|ENX.PA|-
Amundi S.A.|AMUN.PA
Ipsen S.A.|IPN.PA
bioMérieux S.A.;bioMérieux|BIM.PA
Sartorius Stedim Biotech S.A.|DIM.PA
Rexel S.A.|RXL.PA
Nexans S.A.|NEX.PA
SEB S.A.;Groupe SEB|SK.PA|-
Valeo S.A.|FR.PA
Forvia SE|FRVIA.PA
Alten S.A.|ATE.PA
Sopra Steria Group S.A.;Sopra Steria|SOP.PA
Getlink SE|GET.PA
Aéroports de Paris;ADP Groupe;Groupe ADP|ADP.PA
Bolloré SE;Bolloré|BOL.PA
Havas N.V.|HAV.AS
Eramet S.A.|ERA.PA
Imerys S.A.|NK.PA
Soitec S.A.|SOI.PA
OVHcloud;OVH|OVH.PA
Believe S.A.|BLV.PA|-
Air France-KLM S.A.;Air France-KLM;Air France|AF.PA
Christian Dior SE;Christian Dior;Dior|CDI.PA
Electricité de France;EDF|
Iliad S.A.;Iliad|
BPCE;Groupe BPCE|
Crédit Mutuel;Crédit Mutuel Alliance Fédérale|
La Poste;Groupe La Poste|
SNCF;Groupe SNCF|
Ledger SAS;~Ledger|
Mistral AI;~Mistral|
Criteo S.A.|CRTO.O
# Germany (DAX 40 and MDAX names)
SAP SE;SAP|SAP.DE,SAP.N
Siemens AG|SIE.DE
Allianz SE|ALV.DE
Deutsche Telekom AG;Deutsche Telekom|DTE.DE
Mercedes-Benz Group AG;Mercedes-Benz;Mercedes|MBG.DE
BMW AG;Bayerische Motoren Werke AG;BMW|BMW.DE
Volkswagen AG;Volkswagen Group;Volkswagen;VW|VOW3.DE
Porsche AG;Dr. Ing. h.c. F. Porsche AG;Porsche|P911.DE
Porsche Automobil Holding SE;Porsche SE|PAH3.DE|-
BASF SE|BAS.DE
Bayer AG|BAYN.DE
Infineon Technologies AG;Infineon|IFX.DE
Münchener Rück;Munich Re;Münchener Rückversicherungs-Gesellschaft|MUV2.DE
Deutsche Börse AG;Deutsche Börse|DB1.DE
Deutsche Bank AG;Deutsche Bank|DBK.DE,DB.N
Commerzbank AG|CBK.DE
Adidas AG;adidas|ADS.DE
Puma SE|PUM.DE|~
Siemens Healthineers AG|SHL.DE
Siemens Energy AG|ENR.DE
Rheinmetall AG|RHM.DE
Merck KGaA|MRK.DE|-
Henkel AG & Co. KGaA;Henkel|HEN3.DE
Beiersdorf AG|BEI.DE
E.ON SE;E.ON|EOAN.DE
RWE AG|RWE.DE
Heidelberg Materials AG|HEI.DE
Hannover Rück SE;Hannover Re|HNR1.DE
DHL Group;Deutsche Post AG;Deutsche Post|DHL.DE
Vonovia SE|VNA.DE
Continental AG|CON.DE|~
Daimler Truck Holding AG;Daimler Truck|DTG.DE
Fresenius SE & Co. KGaA;Fresenius|FRE.DE
Fresenius Medical Care AG|FME.DE
Symrise AG|SY1.DE
Brenntag SE|BNR.DE
Zalando SE|ZAL.DE
Sartorius AG|SRT3.DE
MTU Aero Engines AG;MTU Aero Engines|MTX.DE
Qiagen N.V.|QGEN.DE,QGEN.N
Covestro AG|1COV.DE
Scout24 SE|G24.DE
Hensoldt AG|HAG.DE
Delivery Hero SE|DHER.DE
HelloFresh SE|HFG.DE
Lufthansa;Deutsche Lufthansa AG|LHA.DE
TUI AG|TUI1.DE
thyssenkrupp AG;thyssenkrupp;ThyssenKrupp|TKA.DE
Uniper SE|UN01.DE
Traton SE|8TRA.DE
Nemetschek SE|NEM.DE
Aixtron SE|AIXA.DE
Evonik Industries AG;Evonik|EVK.DE
Knorr-Bremse AG|KBX.DE
Bosch;Robert Bosch GmbH|
Aleph Alpha GmbH|
N26|
Trade Republic|
Celonis|
DeepL|
# Netherlands, Belgium, Luxembourg
ASML Holding N.V.;ASML|ASML.AS,ASML.O
Adyen N.V.|ADYEN.AS
Prosus N.V.|PRX.AS
ING Groep N.V.;ING Group;ING|INGA.AS
ABN AMRO Bank N.V.;ABN AMRO|ABN.AS
Koninklijke Ahold Delhaize N.V.;Ahold Delhaize|AD.AS
Wolters Kluwer N.V.|WKL.AS
Heineken N.V.|HEIA.AS
Koninklijke Philips N.V.;Philips|PHIA.AS,PHG.N
Universal Music Group N.V.;Universal Music Group;Universal Music|UMG.AS
ASM International N.V.;ASM International|ASM.AS
BE Semiconductor Industries N.V.;BE Semiconductor;Besi|BESI.AS
Akzo Nobel N.V.;AkzoNobel;Akzo Nobel|AKZA.AS
DSM-Firmenich AG;DSM-Firmenich|DSFIR.AS
NN Group N.V.|NN.AS|-
Randstad N.V.|RAND.AS
Koninklijke KPN N.V.;KPN|KPN.AS
Exor N.V.|EXO.AS
Aegon Ltd.|AGN.AS
Ferrari N.V.|RACE.MI,RACE.N
Anheuser-Busch InBev SA/NV;AB InBev;Anheuser-Busch InBev;Anheuser-Busch|ABI.BR,BUD.N
KBC Group NV;KBC|KBC.BR
UCB S.A.;~UCB|UCB.BR
Ageas SA/NV;Ageas|AGS.BR
Solvay S.A.|SOLB.BR
Umicore S.A.|UMI.BR
Argenx SE;argenx|ARGX.BR,ARGX.O
D'Ieteren Group|DIE.BR
Groupe Bruxelles Lambert;GBL|GBLB.BR
# Switzerland
Nestlé S.A.;Nestlé;Nestle|NESN.S
Roche Holding AG;Roche|ROG.S
Novartis AG|NOVN.S,NVS.N
UBS Group AG;UBS|UBSG.S,UBS.N
Zurich Insurance Group AG;Zurich Insurance|ZURN.S
ABB Ltd;ABB|ABBN.S
Compagnie Financière Richemont SA;Richemont|CFR.S
Holcim AG|HOLN.S
Swiss Re AG;Swiss Re|SREN.S
Lonza Group AG;Lonza|LONN.S
Sika AG|SIKA.S
Alcon Inc.|ALC.S,ALC.N
Givaudan SA|GIVN.S
Partners Group Holding AG;Partners Group|PGHN.S
Logitech International S.A.;Logitech|LOGN.S,LOGI.O
The Swatch Group AG;Swatch Group;Swatch|UHR.S
Swisscom AG|SCMN.S
Schindler Holding AG;~Schindler|SCHP.S
Kuehne + Nagel International AG;Kuehne+Nagel;Kuehne + Nagel|KNIN.S
Geberit AG|GEBN.S
Sonova Holding AG;Sonova|SOON.S
Straumann Holding AG;Straumann|STMN.S
Julius Bär Gruppe AG;Julius Baer;Julius Bär|BAER.S
SGS SA|SGSN.S
Chocoladefabriken Lindt & Sprüngli AG;Lindt & Sprüngli;Lindt|LISN.S
Glencore plc|GLEN.L
Galderma Group AG;Galderma|GALD.S
# United Kingdom (FTSE 100)
AstraZeneca PLC|AZN.L,AZN.O
Shell plc|SHEL.L,SHEL.N|~
HSBC Holdings plc;HSBC|HSBA.L,0005.HK
Unilever PLC|ULVR.L,UL.N
BP p.l.c.;BP|BP.L,BP.N
Rio Tinto Group;Rio Tinto|RIO.L,RIO.AX,RIO.N
GSK plc;GSK;GlaxoSmithKline|GSK.L
RELX plc;RELX|REL.L
Diageo plc|DGE.L
British American Tobacco p.l.c.;British American Tobacco;BAT|BATS.L
London Stock Exchange Group plc;London Stock Exchange Group;LSEG|LSEG.L
Rolls-Royce Holdings plc;Rolls-Royce|RR.L
BAE Systems plc|BA.L
Reckitt Benckiser Group plc;Reckitt Benckiser;Reckitt|RKT.L
National Grid plc|NG.L
Lloyds Banking Group plc;Lloyds Banking Group;Lloyds|LLOY.L
Barclays PLC|BARC.L
NatWest Group plc;NatWest|NWG.L
Standard Chartered PLC|STAN.L
Prudential plc|PRU.L|-
Legal & General Group plc;Legal & General|LGEN.L
Aviva plc|AV.L
Compass Group PLC|CPG.L|~
Experian plc|EXPN.L
Haleon plc|HLN.L
Anglo American plc|AAL.L
Antofagasta plc|ANTO.L
Tesco PLC|TSCO.L
J Sainsbury plc;Sainsbury's|SBRY.L
Marks and Spencer Group plc;Marks & Spencer;Marks and Spencer;M&S|MKS.L
Next plc|NXT.L|~
BT Group plc;BT|BT.A.L
Vodafone Group Plc;Vodafone|VOD.L
Imperial Brands PLC|IMB.L
InterContinental Hotels Group PLC;InterContinental Hotels Group;IHG|IHG.L
Whitbread plc|WTB.L
Burberry Group plc|BRBY.L
Associated British Foods plc|ABF.L
Smith & Nephew plc|SN.L
Smiths Group plc|SMIN.L|~
Halma plc|HLMA.L
Ashtead Group plc|AHT.L
Bunzl plc|BNZL.L
Intertek Group plc|ITRK.L
Rentokil Initial plc;Rentokil|RTO.L
Informa plc|INF.L
Pearson plc|PSON.L|~
WPP plc;WPP|WPP.L
The Sage Group plc;Sage Group|SGE.L|~
Auto Trader Group plc;Auto Trader|AUTO.L
Rightmove plc|RMV.L
Ocado Group plc|OCDO.L
JD Sports Fashion plc;JD Sports|JD.L
Kingfisher plc|KGF.L|~
Taylor Wimpey plc|TW.L
Persimmon plc|PSN.L|~
Barratt Redrow plc;Barratt Redrow|BTRW.L
Berkeley Group Holdings plc;Berkeley Group|BKG.L|~
Land Securities Group plc;Landsec|LAND.L
British Land Company plc;British Land|BLND.L
Segro plc|SGRO.L
Severn Trent plc|SVT.L
United Utilities Group plc;United Utilities|UU.L
SSE plc|SSE.L|-
Centrica plc|CNA.L
Coca-Cola HBC AG;Coca-Cola HBC|CCH.L
Coca-Cola Europacific Partners PLC;Coca-Cola Europacific Partners|CCEP.O
Croda International plc;Croda|CRDA.L
DCC plc|DCC.L|-
Entain plc|ENT.L
International Consolidated Airlines Group S.A.;International Airlines Group;IAG|IAG.L
easyJet plc|EZJ.L
Airtel Africa plc|AAF.L
Fresnillo plc|FRES.L
Endeavour Mining plc|EDV.L
Spirax Group plc;Spirax-Sarco|SPX.L
Weir Group plc|WEIR.L|~
Melrose Industries PLC|MRO.L
Hikma Pharmaceuticals PLC;Hikma|HIK.L
Admiral Group plc|ADM.L|~
Beazley plc|BEZ.L
Phoenix Group Holdings plc|PHNX.L|~
Schroders plc|SDR.L
3i Group plc;3i|III.L
St. James's Place plc;St James's Place|STJ.L
M&G plc|MNG.L
Howden Joinery Group Plc;Howdens|HWDN.L
Mondi plc|MNDI.L
Diploma PLC|DPLM.L|-
Games Workshop Group PLC;Games Workshop|GAW.L
Frasers Group plc|FRAS.L
Unite Group plc|UTG.L|-
Pershing Square Holdings|PSH.L
Standard Life;abrdn plc|ABDN.L
Hargreaves Lansdown plc|HL.L
Wise plc|WISE.L|-
Darktrace plc|DARK.L
Deliveroo plc|ROO.L
Revolut Ltd;Revolut|
Monzo Bank;Monzo|
DeepMind;Google DeepMind|
Stability AI Ltd;Stability AI|
ElevenLabs|
Synthesia|
Wayve|
# Ireland
CRH plc|CRH.N
Ryanair Holdings plc;Ryanair|RYA.I,RYAAY.O
Kerry Group plc|KRZ.I
Bank of Ireland Group plc;Bank of Ireland|BIRG.I
AIB Group plc;Allied Irish Banks;AIB|A5G.I
Kingspan Group plc;Kingspan|KRX.I
# Spain and Portugal
Banco Santander, S.A.;~Santander|SAN.MC,SAN.N
Banco Bilbao Vizcaya Argentaria, S.A.;BBVA|BBVA.MC
Industria de Diseño Textil, S.A.;Inditex;~Zara|ITX.MC
Iberdrola, S.A.|IBE.MC
Telefónica, S.A.;Telefónica;Telefonica|TEF.MC
Repsol S.A.|REP.MC
CaixaBank, S.A.|CABK.MC
Amadeus IT Group, S.A.;Amadeus IT Group|AMS.MC
Aena S.M.E., S.A.;Aena|AENA.MC
Ferrovial SE|FER.MC,FER.O
Cellnex Telecom, S.A.;Cellnex|CLNX.MC
Naturgy Energy Group, S.A.;Naturgy|NTGY.MC
Banco de Sabadell, S.A.;Banco Sabadell;~Sabadell|SAB.MC
Endesa, S.A.|ELE.MC
Grifols, S.A.|GRF.MC
ACS, Actividades de Construcción y Servicios;ACS|ACS.MC
Redeia|RED.MC
EDP – Energias de Portugal;Energias de Portugal;EDP|EDP.LS
Galp Energia;Galp|GALP.LS
Jerónimo Martins|JMT.LS
# Italy
Enel S.p.A.;Enel|ENEL.MI
Eni S.p.A.;Eni|ENI.MI
Intesa Sanpaolo S.p.A.;Intesa Sanpaolo|ISP.MI
UniCredit S.p.A.;UniCredit|UCG.MI
Assicurazioni Generali S.p.A.;Generali|G.MI
Moncler S.p.A.;Moncler|MONC.MI
Prysmian S.p.A.;Prysmian|PRY.MI
Leonardo S.p.A.;~Leonardo|LDO.MI
Poste Italiane S.p.A.;Poste Italiane|PST.MI
Terna S.p.A.;Terna|TRN.MI
Snam S.p.A.;Snam|SRG.MI
Mediobanca S.p.A.;Mediobanca|MB.MI
Pirelli & C. S.p.A.;Pirelli|PIRC.MI
Telecom Italia S.p.A.;Telecom Italia;TIM|TIT.MI
Davide Campari-Milano N.V.;Campari|CPR.MI
Banco BPM S.p.A.;Banco BPM|BAMI.MI
Saipem S.p.A.;Saipem|SPM.MI
Tenaris S.A.;Tenaris|TEN.MI,TS.N
# Nordics and Austria, Poland
Novo Nordisk A/S;Novo Nordisk|NOVO-B.CO,NVO.N
A.P. Møller – Mærsk A/S;Maersk;Mærsk|MAERSK-B.CO
DSV A/S;DSV|DSV.CO
Carlsberg A/S;Carlsberg|CARL-B.CO
Vestas Wind Systems A/S;Vestas|VWS.CO
Ørsted A/S;Ørsted;Orsted|ORSTED.CO
Coloplast A/S;Coloplast|COLO-B.CO
Pandora A/S|PNDORA.CO|~
Genmab A/S;Genmab|GMAB.CO
Danske Bank A/S;Danske Bank|DANSKE.CO
Novonesis;Novozymes|NSIS-B.CO
Ericsson;Telefonaktiebolaget LM Ericsson|ERIC-B.ST,ERIC.O
Volvo AB;AB Volvo;Volvo Group;Volvo|VOLV-B.ST
Volvo Car AB;Volvo Cars|VOLCAR-B.ST
Atlas Copco AB;Atlas Copco|ATCO-A.ST
Investor AB|INVE-B.ST|-
H&M;Hennes & Mauritz AB;Hennes & Mauritz|HM-B.ST
Assa Abloy AB;Assa Abloy|ASSA-B.ST
Sandvik AB;Sandvik|SAND.ST
Hexagon AB|HEXA-B.ST|~
Evolution AB|EVO.ST|-
Essity AB;Essity|ESSITY-B.ST
Saab AB|SAAB-B.ST
Epiroc AB;Epiroc|EPI-A.ST
Skandinaviska Enskilda Banken;SEB AB|SEB-A.ST
Swedbank AB;Swedbank|SWED-A.ST
Svenska Handelsbanken AB;Handelsbanken|SHB-A.ST
Telia Company AB;Telia|TELIA.ST
Nokia Oyj;Nokia|NOKIA.HE,NOK.N
Nordea Bank Abp;Nordea|NDA-FI.HE
Kone Oyj;Kone|KNEBV.HE
Neste Oyj;Neste|NESTE.HE
Sampo Oyj;Sampo|SAMPO.HE
UPM-Kymmene Oyj;UPM|UPM.HE
Stora Enso Oyj;Stora Enso|STERV.HE
Wärtsilä Oyj;Wärtsilä|WRT1V.HE
Equinor ASA;Equinor|EQNR.OL,EQNR.N
DNB Bank ASA;DNB|DNB.OL
Telenor ASA;Telenor|TEL.OL
Norsk Hydro ASA;Norsk Hydro|NHY.OL
Mowi ASA;Mowi|MOWI.OL
Kongsberg Gruppen ASA;Kongsberg|KOG.OL
Yara International ASA;~Yara|YAR.OL
Aker BP ASA;Aker BP|AKRBP.OL
Erste Group Bank AG;Erste Group|EBS.VI|~
OMV AG|OMV.VI
Verbund AG|VER.VI|~
Raiffeisen Bank International AG;Raiffeisen|RBI.VI
PKO Bank Polski;PKO BP|PKO.WA
Orlen S.A.;PKN Orlen;Orlen|PKN.WA
Allegro.eu;Allegro|ALE.WA|~
CD Projekt S.A.;CD Projekt|CDR.WA
`;
