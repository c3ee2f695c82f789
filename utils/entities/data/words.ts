/**
 * Language-dependent word lists of the recogniser, keyed by BCP 47 primary tag. '*' applies to every
 * language. Words are written as they read; the code compares them lower-cased and without accents.
 * Adding a language means adding keys here, not code.
 */
export type WordTable = Readonly<Record<string, string>>;

/**
 * Capitalised words that start a sentence but never a company name: trimmed from the front of a name
 * found before a ticker ("Outre SoftBank…", "The chipmaker Intel…", "Selon Intel Corporation (…)").
 */
export const FUNCTION_WORDS: WordTable = {
  en: 'the a an and or but of in on at to for from by with as after before while since during about against among between into through over under than then this that these those its their his her our your my we they he she it i you also meanwhile however although though despite according shares rival rivals analysts chipmaker giant firm company companies group startup investors both either neither each every some many most other others such when where which who whom whose why how if unlike like including besides alongside former',
  fr: 'le la les l un une des du de d et ou mais donc or ni car à au aux en dans sur sous chez par pour avec sans selon outre après avant pendant depuis contre entre vers comme ainsi alors cependant toutefois pourtant néanmoins ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu lui même aussi quant face grâce lorsque quand si le géant la société le groupe l entreprise la firme les actions',
  de: 'der die das den dem des ein eine einen einem einer und oder aber im in am an auf aus bei mit nach von vor zu zum zur über unter laut auch',
  es: 'el la los las un una unos unas y o pero de del en con por para según sobre tras ante también',
  it: 'il lo la i gli le un una e o ma di del della dei in con per su secondo anche',
  nl: 'de het een en of maar van in op met voor volgens ook',
  pt: 'o a os as um uma e ou mas de do da dos das em no na com por para segundo também',
};

/**
 * Upper-case abbreviations and capitalised words that are never a company or a ticker, whatever a
 * gazetteer says (the seed page's "IA" and "PDG"; "IT" is Gartner's ticker, "A" is Agilent's, "ALL"
 * Allstate's, "NOW" ServiceNow's, "ON" onsemi's).
 */
export const NOT_ENTITIES: WordTable = {
  '*': 'AI IA KI IT A I US USA U.S U.S.A UK U.K EU UE UN ONU NATO OTAN OPEC OPEP G7 G20 GDP PIB CEO CFO COO CTO CIO CMO PDG DG DRH VP SVP EVP IPO ETF ETFs SEC FTC DOJ FBI CIA NSA FED BCE ECB IMF FMI WTO OMC OECD OCDE WHO OMS TV PC PCs API APIs GPU GPUs CPU CPUs NPU TPU LLM LLMs GenAI AGI ASI IoT SaaS B2B B2C R&D M&A Q1 Q2 Q3 Q4 H1 H2 FY AM PM GMT UTC CET ET PT EST PST HQ NYC LA SF DC OK NO YES NEW ALL NOW ON ONE KEY ARE FOR THE AND ANY CAN BIG FUN LOW HAS WAS NOT OUT SEE TOP HOT JOB JOBS BUY SELL HOLD BEAT MAN DAY WAY CAR CARS EV EVs NFT NFTs DeFi DAO DAOs DEX CEX KYC AML OTC PoW PoS TPS DM RSS PDF URL USB HTML CSS JSON SMS GPS VR AR XR 5G 4G 3G LTE WiFi Wi-Fi BBC CNN CNBC AFP AP NPR PBS ABC NBC CBS',
  fr: 'PME PMI TPE ETI SA SAS CAC RATP BPI INSEE CNIL AMF ACPR BCE UE RN LR PS LFI PCF EELV TVA RSA SMIC CDI CDD JO',
  de: 'KI GmbH AG EU USA BRD DAX',
};

/** Months and days: capitalised in English, sometimes in French titles; never a company. */
export const CALENDAR: WordTable = {
  en: 'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche',
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo',
};

/**
 * Places (countries, regions, big cities) and demonyms: they stand before company names ("Japanese
 * SoftBank", "Abu Dhabi's G42") and must never become a name of their own by co-reference.
 */
export const PLACES: WordTable = {
  '*': 'Abu Dhabi Dubai Riyadh Doha Qatar Saudi Arabia Emirates UAE Israel Iran Iraq Turkey Egypt Nigeria Kenya Africa Asia Europe America Americas Oceania Australia Canada Mexico Brazil Argentina Chile Colombia Peru India Pakistan Bangladesh Indonesia Malaysia Singapore Thailand Vietnam Philippines Taiwan Taipei Hong Kong Macau Beijing Shanghai Shenzhen Tokyo Osaka Seoul Korea Japan China Russia Ukraine Poland Germany Berlin Munich Frankfurt France Paris Lyon Marseille Spain Madrid Barcelona Italy Rome Milan Portugal Lisbon Netherlands Amsterdam Belgium Brussels Luxembourg Switzerland Zurich Geneva Austria Vienna Sweden Stockholm Norway Oslo Denmark Copenhagen Finland Helsinki Ireland Dublin Britain London Scotland England Wales Washington York California Texas Florida Silicon Valley Seattle Boston Chicago Atlanta Miami Toronto Vancouver Montreal Sydney Melbourne Mumbai Delhi Bangalore Bengaluru Jakarta Manila Hanoi Wall Street',
  en: 'American Chinese Japanese Korean South North Taiwanese European French German British Italian Spanish Dutch Swiss Swedish Indian Saudi Emirati Israeli Russian Canadian Australian Brazilian United States Kingdom Kingdom Union Gulf East West Middle',
  fr: 'Chine Japon Corée Sud Nord États-Unis Etats-Unis Amérique Allemagne Espagne Italie Royaume-Uni Angleterre Belgique Suisse Suède Norvège Danemark Pays-Bas Russie Inde Brésil Mexique Arabie Émirats Europe Asie Afrique Taïwan Pékin Séoul Londres Bruxelles Genève Japonais Chinois Coréen Américain Européen Français Allemand Britannique',
  de: 'Deutschland Frankreich Spanien Italien Schweiz Österreich Japan China Korea Amerika',
};

/**
 * Words around a company name that say "this is business or tech news": they corroborate names that are
 * also common words (Apple, Shell, Orange, Amazon the river) and bare tickers (NVDA).
 */
export const BUSINESS_CONTEXT: WordTable = {
  '*': 'Nasdaq NYSE ticker IPO CEO CFO CTO PDG AI IA iPhone iPad Mac app apps smartphone smartphones startup start-up tech fintech chip chips chipmaker cloud software hardware API GPU GPUs SaaS ETF S&P Dow Stoxx CAC DAX FTSE Nikkei KOSPI',
  en: 'share shares stock stocks equity investor investors investment investments invest invested trading traded trader traders rose fell rise fall gained gains lost losses dropped jumped surged slipped slid tumbled rallied soared plunged climbed percent price prices priced market markets index earnings revenue revenues profit profits sales dividend valuation valued billion billions million millions bn quarter quarterly analyst analysts acquisition acquisitions acquire acquired acquires buy bought sell sold merger deal deals company companies firm firms corporation business businesses brand brands subsidiary unit division rival rivals competitor partner partnership founder founders executive executives chief board shareholders shareholder customers users device devices products product launch launched unveiled announced announces platform platforms service services retailer retail store stores supplier suppliers manufacturer maker giant conglomerate bank banks lender insurer airline automaker carmaker oil gas energy telecom operator semiconductor semiconductors fund funds funding raised round capital venture backed antitrust regulators lawsuit contract employees workers layoffs hiring headquarters agreement agreements signed purchase supply datacenter datacenters',
  fr: 'action actions actionnaire actionnaires bourse boursier boursière cours titre titres investisseur investisseurs investissement investissements investir hausse baisse progresse recule grimpe chute bondit pourcent prix marché marchés indice résultats chiffre affaires bénéfice bénéfices ventes dividende valorisation valorisé milliard milliards million millions trimestre trimestriel analyste analystes acquisition rachat racheté racheter fusion accord société sociétés entreprise entreprises firme groupe marque marques filiale concurrent concurrents partenaire partenaires partenariat fondateur dirigeant dirigeants patron conseil clients utilisateurs produit produits lancé lance annoncé annonce plateforme service services distributeur magasin magasins fournisseur fabricant fabricants géant banque banques assureur opérateur compagnie constructeur pétrolier énergéticien télécoms semi-conducteurs puces financement levée fonds capital antitrust régulateurs contrat salariés emplois siège',
  de: 'Aktie Aktien Börse Anleger Umsatz Gewinn Konzern Unternehmen Milliarden Millionen Quartal Dividende Chef Vorstand Übernahme Marktwert',
  es: 'acciones bolsa inversores empresa compañía grupo millones beneficio ventas',
};

/**
 * Stock-market words: the only context that licenses a bare company ticker ("NVDA rose 3%"). Business
 * words are not enough: Google's SRE book says "SRE" (Sempra's ticker) next to "company" and "software".
 */
export const MARKET_CONTEXT: WordTable = {
  '*': 'Nasdaq NYSE ticker tickers IPO ETF S&P Dow Stoxx CAC DAX FTSE Nikkei KOSPI',
  en: 'share shares stock stocks equity equities investors trading traded trader traders rose fell gained lost dropped jumped surged slipped slid tumbled rallied soared plunged climbed percent premarket after-hours earnings dividend valuation analysts downgrade upgrade downgraded upgraded outperform underperform buyback',
  fr: 'action actions actionnaires bourse boursier boursière cours titre titres investisseurs hausse baisse progresse recule grimpe chute bondit pourcent séance dividende valorisation analystes accord accords signé contrat contrats',
  de: 'Aktie Aktien Börse Anleger Kurs Dividende',
};

/** Words that put a text in crypto territory: they license bare crypto tickers ("BTC", "SOL"). */
export const CRYPTO_CONTEXT: WordTable = {
  '*': 'crypto cryptos cryptocurrency cryptocurrencies cryptomonnaie cryptomonnaies crypto-monnaie crypto-monnaies cryptoactif cryptoactifs crypto-actifs krypto kryptowährung criptomoneda criptomonedas blockchain blockchains token tokens stablecoin stablecoins altcoin altcoins memecoin memecoins DeFi NFT NFTs Web3 wallet wallets mining miner miners hashrate halving satoshi satoshis sats on-chain onchain ledger ETF ETFs staking validator validators exchange exchanges airdrop',
  en: 'coin coins trading price prices rally market markets holders',
  fr: 'jeton jetons portefeuille portefeuilles minage mineurs plateforme échange échanges cours prix marché détenteurs',
};

/**
 * Nouns that introduce a company by name ("the asset manager Bitwise", "la société Mistral", "das
 * Unternehmen Hensoldt", "BYD, a Shenzhen-based carmaker"), separated by "|". Never "group" in English
 * ("the militant group Hamas", "the band"), nor nouns that also name people's jobs ("developer", "operator").
 */
export const COMPANY_NOUNS: WordTable = {
  en: 'company|firm|startup|start-up|carmaker|automaker|chipmaker|chip designer|chip maker|asset manager|fund manager|investment firm|investment manager|money manager|bank|lender|insurer|retailer|conglomerate|miner|brokerage|manufacturer|airline|supplier|drugmaker|pharmaceutical company|biotech|fintech|software maker|software company|tech company|exchange|crypto exchange|ETF issuer|issuer|shipbuilder|brewer|utility|telecom operator|carrier|subsidiary|holding company|parent company|hedge fund|private equity firm|venture firm|unicorn',
  fr: 'société|entreprise|start-up|startup|jeune pousse|constructeur|constructeur automobile|fabricant|banque|assureur|gestionnaire d’actifs|gestionnaire d\'actifs|société de gestion|conglomérat|compagnie aérienne|équipementier|fonds|distributeur|opérateur|plateforme d’échange|plateforme d\'échange|filiale|maison mère|laboratoire pharmaceutique|fintech|licorne',
  de: 'Unternehmen|Konzern|Firma|Hersteller|Autobauer|Autohersteller|Chiphersteller|Chipkonzern|Vermögensverwalter|Fondsanbieter|Bank|Versicherer|Start-up|Startup|Handelskonzern|Zulieferer|Tochter|Tochterfirma|Tochtergesellschaft|Mutterkonzern|Fluggesellschaft|Reederei|Pharmakonzern|Energiekonzern|Börsenbetreiber|Kryptobörse',
};

/** Verbs after which a name introduced by a company noun is a person's: "the company Jack Ma founded". */
export const PERSON_VERBS: WordTable = {
  en: 'founded cofounded co-founded runs ran leads led heads headed owns owned started joined left created built',
  fr: 'fonde fondée dirige dirigée',
  de: 'gegründet gründete leitet führt',
};
