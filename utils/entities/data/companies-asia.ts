/**
 * Asia-Pacific, the Middle East, Africa and the Americas outside the US (from memory; facts only, as of
 * 2025): the Nikkei 225, the KOSPI 50, the largest TWSE names, the Hang Seng Index and the largest
 * Chinese A-shares, the Nifty 50, the S&P/TSX 60, the ASX 20, and the largest names of New Zealand,
 * Singapore, Southeast Asia, the Gulf, Israel, South Africa and Latin America, with a few unlisted
 * companies frequent in tech news. Listed subsidiaries name their parent; unlisted subsidiaries are in
 * companies-subsidiaries.ts, most unlisted firms in companies-private.ts. Grouped by country under "@"
 * lines; every entry gives its sector. A company listed only where no Reuters suffix is known (Ho Chi
 * Minh City) or whose code is not certain has no ticker. Format: see ../gazetteer.ts.
 */
export const COMPANIES_ASIA = `
# Japan (the Nikkei 225 and other names frequent in the news)
@ JP
Toyota Motor Corporation;Toyota|7203.T,TM.N||discretionary
Sony Group Corporation;Sony|6758.T,SONY.N||discretionary
Mitsubishi UFJ Financial Group, Inc.;Mitsubishi UFJ Financial Group;MUFG|8306.T,MUFG.N||financials
Keyence Corporation;Keyence|6861.T||tech
Hitachi, Ltd.;Hitachi|6501.T||industrials
Tokyo Electron Limited;Tokyo Electron|8035.T||tech
Fast Retailing Co., Ltd.;Fast Retailing;Uniqlo|9983.T||discretionary
SoftBank Group Corp.;SoftBank Group;SoftBank|9984.T,SFTBY.PK,SFTBF.PK||communication
Shin-Etsu Chemical Co., Ltd.;Shin-Etsu Chemical;Shin-Etsu|4063.T||materials
Recruit Holdings Co., Ltd.;Recruit Holdings|6098.T|-|industrials
Nippon Telegraph and Telephone Corporation;NTT|9432.T||communication
KDDI Corporation;KDDI|9433.T||communication
SoftBank Corp.|9434.T|-|communication|SoftBank Group Corp.
Sumitomo Mitsui Financial Group, Inc.;Sumitomo Mitsui Financial Group;SMFG|8316.T,SMFG.N||financials
Mizuho Financial Group, Inc.;Mizuho|8411.T,MFG.N||financials
Mitsubishi Corporation|8058.T|-|industrials
Mitsui & Co., Ltd.;Mitsui & Co.|8031.T|-|industrials
Itochu Corporation;Itochu;ITOCHU|8001.T||industrials
Marubeni Corporation;Marubeni|8002.T||industrials
Sumitomo Corporation|8053.T|-|industrials
Tokio Marine Holdings, Inc.;Tokio Marine|8766.T||financials
Nintendo Co., Ltd.;Nintendo|7974.T||communication
Daiichi Sankyo Company, Limited;Daiichi Sankyo|4568.T||health
Takeda Pharmaceutical Company Limited;Takeda|4502.T,TAK.N||health
Chugai Pharmaceutical Co., Ltd.;Chugai|4519.T||health|Roche Holding AG
Astellas Pharma Inc.;Astellas|4503.T||health
Otsuka Holdings Co., Ltd.;Otsuka|4578.T||health
Honda Motor Co., Ltd.;Honda|7267.T,HMC.N||discretionary
Nissan Motor Co., Ltd.;Nissan|7201.T||discretionary
Denso Corporation;Denso|6902.T||discretionary
Mitsubishi Heavy Industries, Ltd.;Mitsubishi Heavy Industries;MHI|7011.T||industrials
Kawasaki Heavy Industries, Ltd.;Kawasaki Heavy Industries|7012.T||industrials
IHI Corporation;IHI|7013.T||industrials
Fanuc Corporation;Fanuc;FANUC|6954.T||industrials
SMC Corporation|6273.T|-|industrials
Daikin Industries, Ltd.;Daikin|6367.T||industrials
Murata Manufacturing Co., Ltd.;Murata|6981.T||tech
TDK Corporation;TDK|6762.T||tech
Advantest Corporation;Advantest|6857.T||tech
Lasertec Corporation;Lasertec|6920.T||tech
Disco Corporation|6146.T|-|tech
Renesas Electronics Corporation;Renesas|6723.T||tech
Canon Inc.|7751.T|~|tech
Fujifilm Holdings Corporation;Fujifilm|4901.T||tech
Panasonic Holdings Corporation;Panasonic|6752.T||discretionary
Mitsubishi Electric Corporation;Mitsubishi Electric|6503.T||industrials
Fujitsu Limited;Fujitsu|6702.T||tech
NEC Corporation;NEC|6701.T||tech
Oriental Land Co., Ltd.;Oriental Land|4661.T||discretionary
Seven & i Holdings Co., Ltd.;Seven & i|3382.T||staples
Kao Corporation|4452.T|~|staples
Shiseido Company, Limited;Shiseido|4911.T||staples
Unicharm Corporation;Unicharm|8113.T||staples
Japan Tobacco Inc.;Japan Tobacco|2914.T||staples
Asahi Group Holdings, Ltd.;Asahi Group;~Asahi|2502.T||staples
Kirin Holdings Company, Limited;Kirin|2503.T||staples
Ajinomoto Co., Inc.;Ajinomoto|2802.T||staples
Bridgestone Corporation;Bridgestone|5108.T||discretionary
Komatsu Ltd.;Komatsu|6301.T||industrials
Kubota Corporation;Kubota|6326.T||industrials
Toyota Industries Corporation|6201.T||industrials|Toyota Motor Corporation
Suzuki Motor Corporation;Suzuki Motor|7269.T||discretionary
Subaru Corporation;Subaru|7270.T||discretionary
Mazda Motor Corporation;Mazda|7261.T||discretionary
Yamaha Motor Co., Ltd.|7272.T||discretionary
Terumo Corporation;Terumo|4543.T||health
Olympus Corporation;Olympus|7733.T|~|health
Hoya Corporation|7741.T|-|health
Nidec Corporation;Nidec|6594.T||industrials
Kyocera Corporation;Kyocera|6971.T||tech
Japan Post Holdings Co., Ltd.;Japan Post|6178.T||financials
Japan Post Bank Co., Ltd.|7182.T||financials|Japan Post Holdings Co., Ltd.
Dai-ichi Life Holdings, Inc.;Dai-ichi Life|8750.T||financials
Nomura Holdings, Inc.;Nomura|8604.T,NMR.N||financials
Daiwa Securities Group Inc.;Daiwa Securities|8601.T||financials
ORIX Corporation;ORIX|8591.T||financials
Japan Exchange Group, Inc.;Japan Exchange Group;JPX Group|8697.T||financials exchange
Sumitomo Mitsui Trust Group;Sumitomo Mitsui Trust|8309.T||financials
Resona Holdings, Inc.;Resona|8308.T||financials
Mitsubishi Estate Co., Ltd.;Mitsubishi Estate|8802.T||realestate
Mitsui Fudosan Co., Ltd.;Mitsui Fudosan|8801.T||realestate
Sumitomo Realty & Development Co., Ltd.|8830.T||realestate
Daiwa House Industry Co., Ltd.;Daiwa House|1925.T||realestate
Sekisui House, Ltd.;Sekisui House|1928.T||discretionary
East Japan Railway Company;JR East|9020.T||industrials
Central Japan Railway Company;JR Central|9022.T||industrials
West Japan Railway Company;JR West|9021.T||industrials
ANA Holdings Inc.;All Nippon Airways|9202.T||industrials
Japan Airlines Co., Ltd.;Japan Airlines|9201.T||industrials
Nippon Steel Corporation;Nippon Steel|5401.T||materials
JFE Holdings, Inc.|5411.T||materials
Sumitomo Metal Mining Co., Ltd.|5713.T||materials
Inpex Corporation;Inpex|1605.T||energy
ENEOS Holdings, Inc.;ENEOS|5020.T||energy
Tokyo Electric Power Company Holdings;TEPCO|9501.T||utilities
Kansai Electric Power Co., Inc.;Kansai Electric|9503.T||utilities
LY Corporation;Z Holdings|4689.T||communication|SoftBank Corp.
Rakuten Group, Inc.;Rakuten|4755.T||discretionary
Nexon Co., Ltd.;Nexon|3659.T||communication
Bandai Namco Holdings Inc.;Bandai Namco|7832.T||discretionary
Capcom Co., Ltd.;Capcom|9697.T||communication
Square Enix Holdings Co., Ltd.;Square Enix|9684.T||communication
Konami Group Corporation;Konami|9766.T||communication
Sompo Holdings, Inc.;Sompo|8630.T||financials
MS&AD Insurance Group Holdings;MS&AD|8725.T||financials
Nitori Holdings Co., Ltd.;Nitori|9843.T||discretionary
Toray Industries, Inc.;Toray|3402.T||materials
Asahi Kasei Corporation;Asahi Kasei|3407.T||materials
Mitsubishi Chemical Group Corporation;Mitsubishi Chemical|4188.T||materials
Sumitomo Electric Industries, Ltd.;Sumitomo Electric|5802.T||discretionary
Fujikura Ltd.;Fujikura|5803.T||industrials
Yaskawa Electric Corporation;Yaskawa|6506.T||industrials
Omron Corporation;Omron|6645.T||tech
Shimano Inc.;Shimano|7309.T||discretionary
Secom Co., Ltd.;Secom|9735.T||industrials
Pan Pacific International Holdings;Don Quijote|7532.T||discretionary
Aeon Co., Ltd.|8267.T|~|staples
Toyota Tsusho Corporation;Toyota Tsusho|8015.T||industrials
Sysmex Corporation;Sysmex|6869.T||health
Ricoh Company, Ltd.;Ricoh|7752.T||tech
Sumitomo Mitsui Banking Corporation;SMBC|||financials|Sumitomo Mitsui Financial Group, Inc.
Kioxia Holdings Corporation;Kioxia|285A.T||tech
Sakana AI|||tech
Preferred Networks|||tech
Rapidus Corporation;Rapidus|||tech
# Japan: the rest of the Nikkei 225
Kyowa Kirin Co., Ltd.;Kyowa Kirin|4151.T||health|Kirin Holdings Company, Limited
Sumitomo Pharma Co., Ltd.;Sumitomo Pharma|4506.T||health|Sumitomo Chemical Company, Limited
Shionogi & Co., Ltd.;Shionogi|4507.T||health
Eisai Co., Ltd.;Eisai|4523.T||health
Ibiden Co., Ltd.;Ibiden|4062.T||tech
MinebeaMitsumi Inc.;MinebeaMitsumi|6479.T||industrials
Fuji Electric Co., Ltd.;Fuji Electric|6504.T||industrials
Socionext Inc.;Socionext|6526.T||tech
GS Yuasa Corporation;GS Yuasa|6674.T||industrials
Seiko Epson Corporation;Seiko Epson;Epson|6724.T||tech
Sharp Corporation|6753.T|~|discretionary|Hon Hai Precision Industry Co., Ltd.
Alps Alpine Co., Ltd.;Alps Alpine|6770.T||tech
Yokogawa Electric Corporation;Yokogawa|6841.T||tech
Casio Computer Co., Ltd.;Casio|6952.T||discretionary
Rohm Co., Ltd.;ROHM|6963.T||tech
Taiyo Yuden Co., Ltd.;Taiyo Yuden|6976.T||tech
Screen Holdings Co., Ltd.;Screen Holdings|7735.T|-|tech
Isuzu Motors Limited;Isuzu Motors;Isuzu|7202.T||discretionary
Mitsubishi Motors Corporation;Mitsubishi Motors|7211.T||discretionary
Konica Minolta, Inc.;Konica Minolta|4902.T||tech
Nikon Corporation;Nikon|7731.T||discretionary
Shizuoka Financial Group, Inc.|5831.T||financials
Yokohama Financial Group, Inc.|7186.T||financials
Aozora Bank, Ltd.;Aozora Bank|8304.T||financials
The Chiba Bank, Ltd.;Chiba Bank|8331.T||financials
Fukuoka Financial Group, Inc.|8354.T||financials
Credit Saison Co., Ltd.;Credit Saison|8253.T||financials
T&D Holdings, Inc.;T&D Holdings|8795.T|-|financials
Nissui Corporation;Nissui|1332.T||staples
Nisshin Seifun Group Inc.;Nisshin Seifun|2002.T||staples
Meiji Holdings Co., Ltd.|2269.T|~|staples
NH Foods Ltd.|2282.T||staples
Sapporo Holdings Limited|2501.T|~|staples
Kikkoman Corporation;Kikkoman|2801.T||staples
Nichirei Corporation;Nichirei|2871.T||staples
J.Front Retailing Co., Ltd.;J.Front Retailing|3086.T||discretionary
ZOZO, Inc.;ZOZO;Zozo|3092.T||discretionary|LY Corporation
Isetan Mitsukoshi Holdings Ltd.;Isetan Mitsukoshi|3099.T||discretionary
Ryohin Keikaku Co., Ltd.;Ryohin Keikaku;Muji|7453.T||discretionary
Takashimaya Company, Limited;Takashimaya|8233.T||discretionary
Marui Group Co., Ltd.;Marui|8252.T||discretionary
M3, Inc.|2413.T|-|health
DeNA Co., Ltd.;~DeNA|2432.T||communication
SHIFT Inc.|3697.T|-|tech
Nomura Research Institute, Ltd.|4307.T||tech
Dentsu Group Inc.;Dentsu|4324.T||communication
Mercari, Inc.;Mercari|4385.T||discretionary
Trend Micro Incorporated;Trend Micro|4704.T||tech
CyberAgent, Inc.;CyberAgent|4751.T||communication
BayCurrent, Inc.;BayCurrent|6532.T||industrials
Toho Co., Ltd.;Toho|9602.T||communication
Teijin Limited;Teijin|3401.T||materials
Oji Holdings Corporation;Oji Holdings|3861.T||materials
Kuraray Co., Ltd.;Kuraray|3405.T||materials
Resonac Holdings Corporation;Resonac|4004.T||materials
Sumitomo Chemical Company, Limited;Sumitomo Chemical|4005.T||materials
Nissan Chemical Corporation;Nissan Chemical|4021.T||materials
Tosoh Corporation;Tosoh|4042.T||materials
Tokuyama Corporation;Tokuyama|4043.T||materials
Denka Company Limited;Denka|4061.T||materials
Mitsui Chemicals, Inc.;Mitsui Chemicals|4183.T||materials
UBE Corporation;UBE|4208.T||materials
Nitto Denko Corporation;Nitto Denko|6988.T||materials
Idemitsu Kosan Co., Ltd.;Idemitsu Kosan;Idemitsu|5019.T||energy
The Yokohama Rubber Company, Limited;Yokohama Rubber|5101.T||discretionary
AGC Inc.|5201.T||industrials
Nippon Electric Glass Co., Ltd.;Nippon Electric Glass|5214.T||tech
Taiheiyo Cement Corporation;Taiheiyo Cement|5233.T||materials
Tokai Carbon Co., Ltd.;Tokai Carbon|5301.T||industrials
TOTO Ltd.|5332.T||industrials
NGK Insulators, Ltd.;NGK Insulators|5333.T||industrials
Kobe Steel, Ltd.;Kobe Steel|5406.T||materials
SUMCO Corporation;SUMCO|3436.T||tech
Mitsui Mining & Smelting Co., Ltd.;Mitsui Mining & Smelting;Mitsui Kinzoku|5706.T||materials
Mitsubishi Materials Corporation;Mitsubishi Materials|5711.T||materials
DOWA Holdings Co., Ltd.|5714.T||materials
Furukawa Electric Co., Ltd.;Furukawa Electric|5801.T||industrials
Sojitz Corporation;Sojitz|2768.T||industrials
COMSYS Holdings Corporation|1721.T||industrials
Taisei Corporation;Taisei|1801.T||industrials
Obayashi Corporation;Obayashi|1802.T||industrials
Shimizu Corporation|1803.T||industrials
Haseko Corporation;Haseko|1808.T||discretionary
Kajima Corporation;Kajima|1812.T||industrials
JGC Holdings Corporation|1963.T||industrials
The Japan Steel Works, Ltd.;Japan Steel Works|5631.T||industrials
Okuma Corporation|6103.T||industrials
Amada Co., Ltd.;Amada|6113.T||industrials
Sumitomo Heavy Industries, Ltd.;Sumitomo Heavy Industries|6302.T||industrials
Hitachi Construction Machinery Co., Ltd.;Hitachi Construction Machinery|6305.T||industrials
Ebara Corporation;Ebara|6361.T||industrials
NSK Ltd.|6471.T||industrials
NTN Corporation|6472.T||industrials
JTEKT Corporation;JTEKT|6473.T||industrials
Kanadevia Corporation;Kanadevia;Hitachi Zosen|7004.T||industrials
Toppan Holdings Inc.;Toppan|7911.T||industrials
Dai Nippon Printing Co., Ltd.;Dai Nippon Printing|7912.T||industrials
Yamaha Corporation|7951.T||discretionary
Tokyu Fudosan Holdings Corporation;Tokyu Fudosan|3289.T||realestate
Tokyo Tatemono Co., Ltd.;Tokyo Tatemono|8804.T||realestate
Tobu Railway Co., Ltd.;Tobu Railway|9001.T||industrials
Tokyu Corporation;Tokyu|9005.T||industrials
Odakyu Electric Railway Co., Ltd.;Odakyu Electric Railway;Odakyu|9007.T||industrials
Keio Corporation|9008.T|~|industrials
Keisei Electric Railway Co., Ltd.;Keisei Electric Railway;Keisei|9009.T||industrials
Yamato Holdings Co., Ltd.;Yamato Transport|9064.T|~|industrials
Nippon Express Holdings, Inc.;Nippon Express|9147.T||industrials
Nippon Yusen Kabushiki Kaisha;NYK Line|9101.T||industrials
Mitsui O.S.K. Lines, Ltd.;Mitsui O.S.K. Lines|9104.T||industrials
Kawasaki Kisen Kaisha, Ltd.;Kawasaki Kisen;K Line|9107.T||industrials
Chubu Electric Power Company, Incorporated;Chubu Electric Power;Chubu Electric|9502.T||utilities
Tokyo Gas Co., Ltd.;Tokyo Gas|9531.T||utilities
Osaka Gas Co., Ltd.;Osaka Gas|9532.T||utilities
# Japan: other listed names frequent in the news
Aisin Corporation;Aisin|7259.T||discretionary
Japan Post Insurance Co., Ltd.;Japan Post Insurance|7181.T||financials
SBI Holdings, Inc.;SBI Holdings|8473.T|-|financials
Suntory Beverage & Food Limited|2587.T||staples|Suntory Holdings Limited
Yakult Honsha Co., Ltd.;Yakult|2267.T||staples
Asics Corporation;ASICS|7936.T||discretionary
Sanrio Company, Ltd.;Sanrio|8136.T||discretionary
Sega Sammy Holdings Inc.;Sega Sammy;Sega|6460.T||discretionary
Kadokawa Corporation;Kadokawa|9468.T||communication
Fuji Media Holdings, Inc.|4676.T||communication
Kokusai Electric Corporation;Kokusai Electric|6525.T||tech
Makita Corporation;Makita|6586.T||industrials
Tokyo Metro Co., Ltd.;Tokyo Metro|9023.T||industrials
# South Korea (the KOSPI 50 and other names frequent in the news)
@ KR
Samsung Electronics Co., Ltd.;Samsung Electronics;Samsung|005930.KS||tech
SK Hynix Inc.;SK Hynix;SK hynix|000660.KS||tech
LG Energy Solution, Ltd.;LG Energy Solution|373220.KS||industrials|LG Chem, Ltd.
Samsung Biologics Co., Ltd.;Samsung Biologics|207940.KS||health
Hyundai Motor Company;Hyundai Motor;Hyundai|005380.KS||discretionary
Kia Corporation;Kia|000270.KS||discretionary
Celltrion, Inc.;Celltrion|068270.KS||health
POSCO Holdings Inc.;POSCO|005490.KS,PKX.N||materials
NAVER Corporation;Naver;NAVER|035420.KS||communication
Kakao Corp.;Kakao|035720.KS||communication
LG Chem, Ltd.;LG Chem|051910.KS||materials
Samsung SDI Co., Ltd.;Samsung SDI|006400.KS||tech
KB Financial Group Inc.;KB Financial|105560.KS,KB.N||financials
Shinhan Financial Group Co., Ltd.;Shinhan Financial Group;Shinhan|055550.KS,SHG.N||financials
Hana Financial Group Inc.;Hana Financial|086790.KS||financials
Woori Financial Group Inc.;Woori Financial|316140.KS,WF.N||financials
Hyundai Mobis Co., Ltd.;Hyundai Mobis|012330.KS||discretionary
Samsung C&T Corporation;Samsung C&T|028260.KS||industrials
LG Electronics Inc.;LG Electronics|066570.KS||discretionary
LG Corp.|003550.KS|-|industrials
SK Innovation Co., Ltd.;SK Innovation|096770.KS||energy
SK Inc.|034730.KS|-|industrials
SK Telecom Co., Ltd.;SK Telecom|017670.KS,SKM.N||communication
KT Corporation|030200.KS,KT.N|-|communication
Samsung Life Insurance Co., Ltd.;Samsung Life|032830.KS||financials
Samsung Fire & Marine Insurance|000810.KS||financials
Samsung Electro-Mechanics Co., Ltd.;Samsung Electro-Mechanics|009150.KS||tech
Samsung SDS Co., Ltd.;Samsung SDS|018260.KS||tech
Samsung Heavy Industries Co., Ltd.;Samsung Heavy Industries|010140.KS||industrials
Hanwha Aerospace Co., Ltd.;Hanwha Aerospace|012450.KS||industrials
Hanwha Ocean Co., Ltd.;Hanwha Ocean|042660.KS||industrials
HD Hyundai Heavy Industries Co., Ltd.;HD Hyundai Heavy Industries|329180.KS||industrials|HD Korea Shipbuilding & Offshore Engineering Co., Ltd.
Korean Air Lines Co., Ltd.;Korean Air|003490.KS||industrials
Korea Electric Power Corporation;KEPCO|015760.KS,KEP.N||utilities
Krafton, Inc.;Krafton|259960.KS||communication
HMM Co., Ltd.;HMM|011200.KS||industrials
Doosan Enerbility Co., Ltd.;Doosan Enerbility|034020.KS||industrials
Amorepacific Corporation;Amorepacific|090430.KS||staples
Ecopro BM Co., Ltd.;Ecopro BM|247540.KQ||industrials|Ecopro Co., Ltd.
Upbit;Dunamu|||financials exchange
Bithumb|||financials exchange
HD Hyundai Co., Ltd.;HD Hyundai|267250.KS||industrials
HD Korea Shipbuilding & Offshore Engineering Co., Ltd.;HD Korea Shipbuilding & Offshore Engineering;HD KSOE|009540.KS||industrials
HD Hyundai Electric Co., Ltd.;HD Hyundai Electric|267260.KS||industrials
Hanwha Corporation;Hanwha|000880.KS||industrials
Hanwha Solutions Corporation;Hanwha Solutions|009830.KS||materials
LG H&H Co., Ltd.;LG H&H;LG Household & Health Care|051900.KS||staples
LG Display Co., Ltd.;LG Display|034220.KS,LPL.N||tech
LG Uplus Corp.;LG Uplus|032640.KS||communication
LG Innotek Co., Ltd.;LG Innotek|011070.KS||tech
SK Square Co., Ltd.;SK Square|402340.KS||industrials
Hyundai Glovis Co., Ltd.;Hyundai Glovis|086280.KS||industrials
Hyundai Engineering & Construction Co., Ltd.;Hyundai Engineering & Construction;Hyundai E&C|000720.KS||industrials
Hyundai Steel Company;Hyundai Steel|004020.KS||materials
Hyundai Rotem Company;Hyundai Rotem|064350.KS||industrials
POSCO Future M Co., Ltd.;POSCO Future M|003670.KS||industrials|POSCO Holdings Inc.
POSCO International Corporation;POSCO International|047050.KS||industrials|POSCO Holdings Inc.
Korea Zinc Co., Ltd.;Korea Zinc|010130.KS||materials
CJ CheilJedang Corporation;CJ CheilJedang|097950.KS||staples
KT&G Corporation;KT&G|033780.KS||staples
KakaoBank Corp.;KakaoBank;Kakao Bank|323410.KS||financials
Samsung E&A Co., Ltd.;Samsung E&A|028050.KS||industrials
Industrial Bank of Korea|024110.KS||financials
Meritz Financial Group Inc.;Meritz Financial|138040.KS||financials
Korea Aerospace Industries, Ltd.;Korea Aerospace Industries|047810.KS||industrials
LIG Nex1 Co., Ltd.;LIG Nex1|079550.KS||industrials
LS Electric Co., Ltd.;LS Electric|010120.KS||industrials
Hanmi Semiconductor Co., Ltd.;Hanmi Semiconductor|042700.KS||tech
Yuhan Corporation;Yuhan|000100.KS||health
S-Oil Corporation;S-Oil|010950.KS||energy|Saudi Aramco
Mirae Asset Securities Co., Ltd.;Mirae Asset Securities|006800.KS||financials
Doosan Corporation;Doosan|000150.KS||industrials
Doosan Bobcat Inc.;Doosan Bobcat;~Bobcat|241560.KS||industrials|Doosan Enerbility Co., Ltd.
Lotte Chemical Corporation;Lotte Chemical|011170.KS||materials
Samyang Foods Co., Ltd.;Samyang Foods|003230.KS||staples
HYBE Co., Ltd.;HYBE|352820.KS||communication
NCSoft Corporation;NCSoft;NCSOFT|036570.KS||communication
Netmarble Corporation;Netmarble|251270.KS||communication
Asiana Airlines, Inc.;Asiana Airlines;Asiana|020560.KS||industrials|Korean Air Lines Co., Ltd.
Ecopro Co., Ltd.;Ecopro;EcoPro|086520.KQ||industrials
Alteogen Inc.;Alteogen|196170.KQ||health
SM Entertainment Co., Ltd.;SM Entertainment|041510.KQ||communication
JYP Entertainment Corporation;JYP Entertainment|035900.KQ||communication
# Taiwan
@ TW
Taiwan Semiconductor Manufacturing Company Limited;Taiwan Semiconductor Manufacturing Co., Ltd.;Taiwan Semiconductor Manufacturing Co.;Taiwan Semiconductor;TSMC|2330.TW,TSM.N||tech
Hon Hai Precision Industry Co., Ltd.;Hon Hai Precision Industry;Hon Hai;Foxconn|2317.TW||tech
MediaTek Inc.;MediaTek|2454.TW||tech
Delta Electronics, Inc.;Delta Electronics|2308.TW||tech
Quanta Computer Inc.;Quanta Computer|2382.TW||tech
Chunghwa Telecom Co., Ltd.;Chunghwa Telecom|2412.TW,CHT.N||communication
Fubon Financial Holding Co., Ltd.;Fubon Financial|2881.TW||financials
Cathay Financial Holding Co., Ltd.;Cathay Financial|2882.TW||financials
CTBC Financial Holding Co., Ltd.;CTBC|2891.TW||financials
Mega Financial Holding Co., Ltd.;Mega Financial|2886.TW||financials
United Microelectronics Corporation;United Microelectronics;UMC|2303.TW,UMC.N||tech
ASE Technology Holding Co., Ltd.;ASE Technology;ASE Group|3711.TW,ASX.N||tech
Largan Precision Co., Ltd.;Largan|3008.TW||tech
Wistron Corporation;Wistron|3231.TW||tech
Wiwynn Corporation;Wiwynn|6669.TW||tech
Accton Technology Corporation;Accton|2345.TW||tech
ASUSTeK Computer Inc.;Asus;ASUS|2357.TW||tech
Acer Inc.|2353.TW|-|tech
Pegatron Corporation;Pegatron|4938.TW||tech
Compal Electronics, Inc.;Compal|2324.TW||tech
Lite-On Technology Corporation;Lite-On|2301.TW||tech
Yageo Corporation;Yageo|2327.TW||tech
Nan Ya Plastics Corporation;Nan Ya Plastics|1303.TW||materials
Formosa Plastics Corporation;Formosa Plastics|1301.TW||materials
China Steel Corporation;China Steel|2002.TW||materials
Uni-President Enterprises Corp.;Uni-President|1216.TW||staples
Taiwan Mobile Co., Ltd.;Taiwan Mobile|3045.TW||communication
E.Sun Financial Holding Co., Ltd.;E.Sun Financial|2884.TW||financials
Yuanta Financial Holding Co., Ltd.;Yuanta|2885.TW||financials
Novatek Microelectronics Corp.;Novatek|3034.TW||tech
Realtek Semiconductor Corp.;Realtek|2379.TW||tech
Alchip Technologies, Limited;Alchip|3661.TW||tech
Global Unichip Corp.;Global Unichip|3443.TW||tech
Nanya Technology Corporation;Nanya Technology|2408.TW||tech
Powerchip Semiconductor Manufacturing Corp.;Powerchip|6770.TW||tech
Evergreen Marine Corporation;Evergreen Marine|2603.TW||industrials
Yang Ming Marine Transport Corporation;~Yang Ming|2609.TW||industrials
Giga-Byte Technology Co., Ltd.;~Gigabyte|2376.TW||tech
Micro-Star International Co., Ltd.;Micro-Star International;MSI|2377.TW||tech
AUO Corporation;AUO|2409.TW||tech
Innolux Corporation;Innolux|3481.TW||tech
Elite Material Co., Ltd.;Elite Material|2383.TW||tech
Vanguard International Semiconductor Corporation|5347.TWO||tech
First Financial Holding Co., Ltd.;First Financial Holding|2892.TW|-|financials
Hua Nan Financial Holdings Co., Ltd.;Hua Nan Financial|2880.TW||financials
SinoPac Financial Holdings Company Limited;SinoPac|2890.TW||financials
Taishin Financial Holding Co., Ltd.;Taishin Financial|2887.TW||financials
KGI Financial Holding Co., Ltd.;KGI Financial|2883.TW||financials
Taiwan Cooperative Financial Holding Co., Ltd.;Taiwan Cooperative Financial|5880.TW||financials
Formosa Chemicals & Fibre Corporation;Formosa Chemicals & Fibre|1326.TW||materials
Formosa Petrochemical Corporation;Formosa Petrochemical|6505.TW||energy
President Chain Store Corporation;President Chain Store|2912.TW||staples|Uni-President Enterprises Corp.
Hotai Motor Co., Ltd.;Hotai Motor|2207.TW||discretionary
Far EasTone Telecommunications Co., Ltd.;Far EasTone|4904.TW||communication
Asia Vital Components Co., Ltd.;Asia Vital Components|3017.TW||tech
Inventec Corporation;Inventec|2356.TW||tech
Unimicron Technology Corp.;Unimicron|3037.TW||tech
Advantech Co., Ltd.;Advantech|2395.TW||tech
HTC Corporation;HTC|2498.TW||tech
EVA Airways Corporation;EVA Air|2618.TW||industrials
China Airlines, Ltd.;China Airlines|2610.TW||industrials
Wan Hai Lines Ltd.;Wan Hai Lines|2615.TW||industrials
Taiwan High Speed Rail Corporation;Taiwan High Speed Rail|2633.TW||industrials
Pou Chen Corporation;Pou Chen|9904.TW||discretionary
Cheng Shin Rubber Industry Co., Ltd.;Cheng Shin Rubber|2105.TW||discretionary
Giant Manufacturing Co., Ltd.;Giant Manufacturing|9921.TW||discretionary
# China (Hong Kong and mainland listings: the Hang Seng Index and the largest A-shares)
@ CN
Tencent Holdings Limited;Tencent|0700.HK,TCEHY.PK||communication
Meituan|3690.HK||discretionary
Xiaomi Corporation;Xiaomi|1810.HK||tech
BYD Company Limited;BYD|1211.HK,002594.SZ||discretionary
Contemporary Amperex Technology Co., Limited;CATL|300750.SZ,3750.HK||industrials
Kweichow Moutai Co., Ltd.;Kweichow Moutai;Moutai|600519.SS||staples
Industrial and Commercial Bank of China Limited;Industrial and Commercial Bank of China;ICBC|1398.HK,601398.SS||financials
China Construction Bank Corporation;China Construction Bank|0939.HK,601939.SS||financials
Bank of China Limited;Bank of China|3988.HK,601988.SS||financials
Agricultural Bank of China Limited;Agricultural Bank of China|1288.HK,601288.SS||financials
Ping An Insurance (Group) Company of China, Ltd.;Ping An Insurance;Ping An|2318.HK,601318.SS||financials
China Mobile Limited;China Mobile|0941.HK,600941.SS||communication
PetroChina Company Limited;PetroChina|0857.HK,601857.SS||energy
China Petroleum & Chemical Corporation;Sinopec|0386.HK,600028.SS||energy
CNOOC Limited;CNOOC|0883.HK,600938.SS||energy
AIA Group Limited;AIA|1299.HK||HK financials
Hong Kong Exchanges and Clearing Limited;Hong Kong Exchanges and Clearing|0388.HK||HK financials exchange
Semiconductor Manufacturing International Corporation;SMIC|0981.HK,688981.SS||tech
Lenovo Group Limited;Lenovo|0992.HK||tech
Kuaishou Technology;Kuaishou|1024.HK||communication
ZTE Corporation;ZTE|0763.HK,000063.SZ||tech
Geely Automobile Holdings Limited;Geely|0175.HK||discretionary
Great Wall Motor Company Limited;Great Wall Motor|2333.HK,601633.SS||discretionary
Midea Group Co., Ltd.;Midea|000333.SZ,0300.HK||discretionary
Haier Smart Home Co., Ltd.;Haier|6690.HK,600690.SS||discretionary
BOE Technology Group Co., Ltd.;BOE Technology|000725.SZ||tech
Anta Sports Products Limited;Anta Sports|2020.HK||discretionary
Pop Mart International Group;Pop Mart|9992.HK||discretionary
Cambricon Technologies Corporation;Cambricon|688256.SS||tech
Huawei Technologies Co., Ltd.;Huawei|||tech
ByteDance Ltd.;ByteDance;TikTok;Douyin|||communication
Ant Group Co., Ltd.;Ant Group;Alipay;~Ant|||financials
DJI;Da-Jiang Innovations|||discretionary
Shein;SHEIN|||discretionary
DeepSeek|||tech
Moonshot AI|||tech
Zhipu AI;Zhipu|||tech
MiniMax||~|tech
Baichuan AI;Baichuan|||tech
Bitmain Technologies;Bitmain|||tech
Chery Automobile Co., Ltd.;Chery Automobile;Chery|||discretionary
CITIC Limited|0267.HK||industrials
BYD Electronic (International) Company Limited;BYD Electronic|0285.HK||tech|BYD Company Limited
China Resources Beer (Holdings) Company Limited;China Resources Beer;CR Beer|0291.HK||staples
Tingyi (Cayman Islands) Holding Corp.;Tingyi|0322.HK||staples
China Overseas Land & Investment Limited;China Overseas Land & Investment|0688.HK||realestate
China Unicom (Hong Kong) Limited;China Unicom|0762.HK||communication
China Telecom Corporation Limited;China Telecom|0728.HK,601728.SS||communication
China Tower Corporation Limited;China Tower|0788.HK||communication
China Resources Power Holdings Company Limited;China Resources Power|0836.HK||utilities
China Resources Land Limited;China Resources Land|1109.HK||realestate
Zhongsheng Group Holdings Limited;Zhongsheng|0881.HK||discretionary
Longfor Group Holdings Limited;Longfor|0960.HK||realestate
Hengan International Group Company Limited;Hengan|1044.HK||staples
China Shenhua Energy Company Limited;China Shenhua|1088.HK,601088.SS||energy
CSPC Pharmaceutical Group Limited;CSPC Pharmaceutical|1093.HK||health
Sinopharm Group Co. Ltd.;Sinopharm|1099.HK||health
Sino Biopharmaceutical Limited;Sino Biopharmaceutical;Sino Biopharm|1177.HK||health
China Hongqiao Group Limited;China Hongqiao|1378.HK||materials
WuXi Biologics (Cayman) Inc.;WuXi Biologics|2269.HK||health
WuXi AppTec Co., Ltd.;WuXi AppTec|603259.SS,2359.HK||health
Shenzhou International Group Holdings Limited;Shenzhou International|2313.HK||discretionary
China Mengniu Dairy Company Limited;China Mengniu Dairy;Mengniu|2319.HK||staples
Li Ning Company Limited;~Li Ning|2331.HK||discretionary
Sunny Optical Technology (Group) Company Limited;Sunny Optical|2382.HK||tech
China Life Insurance Company Limited;China Life|2628.HK,601628.SS||financials
ENN Energy Holdings Limited;ENN Energy|2688.HK||utilities
Zijin Mining Group Company Limited;Zijin Mining;Zijin|2899.HK,601899.SS||materials
Hansoh Pharmaceutical Group Company Limited;Hansoh Pharmaceutical;Hansoh|3692.HK||health
China Merchants Bank Co., Ltd.;China Merchants Bank|3968.HK,600036.SS||financials
Bank of Communications Co., Ltd.;Bank of Communications|3328.HK,601328.SS||financials
Postal Savings Bank of China Co., Ltd.;Postal Savings Bank of China|1658.HK,601658.SS||financials
China Pacific Insurance (Group) Co., Ltd.;China Pacific Insurance|2601.HK,601601.SS||financials
PICC Property and Casualty Company Limited;PICC Property and Casualty|2328.HK||financials
CITIC Securities Company Limited;CITIC Securities|6030.HK,600030.SS||financials
JD Health International Inc.;JD Health|6618.HK||staples|JD.com, Inc.
JD Logistics, Inc.;JD Logistics|2618.HK||industrials|JD.com, Inc.
Alibaba Health Information Technology Limited;Alibaba Health|0241.HK||staples|Alibaba Group Holding Limited
Haidilao International Holding Ltd.;Haidilao|6862.HK||discretionary
Nongfu Spring Co., Ltd.;Nongfu Spring|9633.HK||staples
ZTO Express (Cayman) Inc.;ZTO Express|ZTO.N,2057.HK||industrials
New Oriental Education & Technology Group Inc.;New Oriental|EDU.N,9901.HK||discretionary
Innovent Biologics, Inc.;Innovent Biologics;Innovent|1801.HK||health
Akeso, Inc.;Akeso|9926.HK||health
Hua Hong Semiconductor Limited;Hua Hong Semiconductor|1347.HK,688347.SS||tech
COSCO Shipping Holdings Co., Ltd.;COSCO Shipping Holdings;COSCO Shipping|1919.HK,601919.SS||industrials
Tencent Music Entertainment Group;Tencent Music|TME.N,1698.HK||communication|Tencent Holdings Limited
Bilibili Inc.;Bilibili|BILI.O,9626.HK||communication
iQIYI, Inc.;iQIYI|IQ.O||communication|Baidu, Inc.
SenseTime Group Inc.;SenseTime|0020.HK||tech
Horizon Robotics|9660.HK||tech
Zhejiang Leapmotor Technology Co., Ltd.;Leapmotor|9863.HK||discretionary
Luckin Coffee Inc.;Luckin Coffee;Luckin|LKNCY.PK||discretionary
Country Garden Holdings Company Limited;Country Garden|2007.HK||realestate
China Vanke Co., Ltd.;China Vanke;Vanke|000002.SZ,2202.HK||realestate
Luxshare Precision Industry Co., Ltd.;Luxshare Precision;Luxshare|002475.SZ||tech
Hangzhou Hikvision Digital Technology Co., Ltd.;Hikvision|002415.SZ||tech
Zhejiang Dahua Technology Co., Ltd.;Dahua Technology;Dahua|002236.SZ||tech
iFlytek Co., Ltd.;iFlytek;iFLYTEK|002230.SZ||tech
Inspur Electronic Information Industry Co., Ltd.;Inspur Electronic Information;Inspur|000977.SZ||tech
NAURA Technology Group Co., Ltd.;NAURA Technology;NAURA|002371.SZ||tech
Hygon Information Technology Co., Ltd.;Hygon|688041.SS||tech
Wingtech Technology Co., Ltd.;Wingtech|600745.SS||tech
Foxconn Industrial Internet Co., Ltd.;Foxconn Industrial Internet|601138.SS||tech|Hon Hai Precision Industry Co., Ltd.
LONGi Green Energy Technology Co., Ltd.;LONGi Green Energy;LONGi|601012.SS||tech
Trina Solar Co., Ltd.;Trina Solar|688599.SS||tech
JinkoSolar Holding Co., Ltd.;JinkoSolar|JKS.N||tech
Sungrow Power Supply Co., Ltd.;Sungrow Power Supply;Sungrow|300274.SZ||industrials
Gotion High-Tech Co., Ltd.;Gotion High-Tech;Gotion|002074.SZ||industrials
China Yangtze Power Co., Ltd.;China Yangtze Power|600900.SS||utilities
Wuliangye Yibin Co., Ltd.;Wuliangye|000858.SZ||staples
Inner Mongolia Yili Industrial Group Co., Ltd.;Yili|600887.SS||staples
Tsingtao Brewery Company Limited;Tsingtao Brewery|600600.SS,0168.HK||staples
Ping An Bank Co., Ltd.;Ping An Bank|000001.SZ||financials|Ping An Insurance (Group) Company of China, Ltd.
East Money Information Co., Ltd.;East Money|300059.SZ||financials
Shenzhen Mindray Bio-Medical Electronics Co., Ltd.;Mindray|300760.SZ||health
Jiangsu Hengrui Pharmaceuticals Co., Ltd.;Jiangsu Hengrui;Hengrui|600276.SS||health
SAIC Motor Corporation Limited;SAIC Motor|600104.SS||discretionary
Seres Group Co., Ltd.;Seres|601127.SS||discretionary
Gree Electric Appliances, Inc. of Zhuhai;Gree Electric;Gree|000651.SZ||discretionary
CRRC Corporation Limited;CRRC|601766.SS,1766.HK||industrials
China State Construction Engineering Corporation Limited;China State Construction Engineering;China State Construction|601668.SS||industrials
Sany Heavy Industry Co., Ltd.;Sany Heavy Industry;Sany|600031.SS||industrials
CMOC Group Limited;CMOC|603993.SS,3993.HK||materials
Ganfeng Lithium Group Co., Ltd.;Ganfeng Lithium;Ganfeng|002460.SZ,1772.HK||materials
Tianqi Lithium Corporation;Tianqi Lithium;Tianqi|002466.SZ,9696.HK||materials
Aluminum Corporation of China Limited;Chalco|601600.SS,2600.HK||materials
China Northern Rare Earth (Group) High-Tech Co., Ltd.;China Northern Rare Earth|600111.SS||materials
# Hong Kong and Macau
@ HK
CK Hutchison Holdings Limited;CK Hutchison|0001.HK||industrials
CLP Holdings Limited;CLP|0002.HK||utilities
The Hong Kong and China Gas Company Limited;Hong Kong and China Gas;Towngas|0003.HK||utilities
Power Assets Holdings Limited|0006.HK||utilities
Hang Seng Bank Limited;Hang Seng Bank|0011.HK||financials|HSBC Holdings plc
Henderson Land Development Company Limited;Henderson Land|0012.HK||realestate
Sun Hung Kai Properties Limited;Sun Hung Kai Properties|0016.HK||realestate
New World Development Company Limited;New World Development|0017.HK||realestate
Swire Pacific Limited;Swire Pacific|0019.HK||industrials
Galaxy Entertainment Group Limited;Galaxy Entertainment|0027.HK||discretionary
MTR Corporation Limited;MTR Corporation;MTR|0066.HK||industrials
Sino Land Company Limited;Sino Land|0083.HK||realestate
Hang Lung Properties Limited;Hang Lung Properties|0101.HK||realestate
Cathay Pacific Airways Limited;Cathay Pacific|0293.HK||industrials
Orient Overseas (International) Limited;Orient Overseas;OOCL|0316.HK||industrials|COSCO Shipping Holdings Co., Ltd.
Techtronic Industries Company Limited;Techtronic Industries;Techtronic|0669.HK||industrials
Link Real Estate Investment Trust;Link REIT|0823.HK||realestate
OSL Group Limited;OSL Group|0863.HK|-|financials exchange
CK Infrastructure Holdings Limited;CK Infrastructure|1038.HK||utilities
CK Asset Holdings Limited;CK Asset|1113.HK||realestate
Sands China Ltd.;Sands China|1928.HK||MO discretionary|Las Vegas Sands Corp.
Chow Tai Fook Jewellery Group Limited;Chow Tai Fook|1929.HK||discretionary
Swire Properties Limited;Swire Properties|1972.HK||realestate|Swire Pacific Limited
Wharf Real Estate Investment Company Limited;Wharf Real Estate Investment|1997.HK||realestate
BOC Hong Kong (Holdings) Limited;BOC Hong Kong|2388.HK||financials|Bank of China Limited
WH Group Limited;WH Group|0288.HK|-|staples
Jardine Matheson Holdings Limited;Jardine Matheson|J36.SI||industrials
Hongkong Land Holdings Limited;Hongkong Land|H78.SI||realestate|Jardine Matheson Holdings Limited
# India (the Nifty 50 and other names frequent in the news)
@ IN
Reliance Industries Limited;Reliance Industries;Reliance|RELIANCE.NS|~|energy
Tata Consultancy Services Limited;Tata Consultancy Services;TCS|TCS.NS||tech|Tata Group
HDFC Bank Limited;HDFC Bank|HDFCBANK.NS,HDB.N||financials
ICICI Bank Limited;ICICI Bank|ICICIBANK.NS,IBN.N||financials
State Bank of India;SBI|SBIN.NS||financials
Bharti Airtel Limited;Bharti Airtel;Airtel|BHARTIARTL.NS||communication
Wipro Limited;Wipro|WIPRO.NS,WIT.N||tech
HCL Technologies Limited;HCLTech;HCL Technologies|HCLTECH.NS||tech
Larsen & Toubro Limited;Larsen & Toubro|LT.NS||industrials
Hindustan Unilever Limited;Hindustan Unilever|HINDUNILVR.NS||staples|Unilever PLC
ITC Limited|ITC.NS|-|staples
Bajaj Finance Limited;Bajaj Finance|BAJFINANCE.NS||financials|Bajaj Finserv Ltd.
Maruti Suzuki India Limited;Maruti Suzuki|MARUTI.NS||discretionary|Suzuki Motor Corporation
Tata Motors Limited;Tata Motors|TATAMOTORS.NS||discretionary
Tata Steel Limited;Tata Steel|TATASTEEL.NS||materials
Mahindra & Mahindra Limited;Mahindra & Mahindra;Mahindra|M&M.NS||discretionary
Adani Enterprises Limited;Adani Enterprises|ADANIENT.NS||industrials
Adani Group|||industrials
Tata Group;Tata Sons|||industrials
Zomato Limited;Eternal Limited;Zomato;~Eternal|ETERNAL.NS||discretionary
Paytm;One 97 Communications|PAYTM.NS||financials
Adani Ports and Special Economic Zone Limited;Adani Ports|ADANIPORTS.NS||industrials
Adani Green Energy Limited;Adani Green Energy;Adani Green|ADANIGREEN.NS||utilities
Adani Power Limited;Adani Power|ADANIPOWER.NS||utilities
Apollo Hospitals Enterprise Limited;Apollo Hospitals|APOLLOHOSP.NS||health
Asian Paints Limited;Asian Paints|ASIANPAINT.NS||materials
Axis Bank Limited;Axis Bank|AXISBANK.NS||financials
Bajaj Auto Limited;Bajaj Auto|BAJAJ-AUTO.NS||discretionary
Bajaj Finserv Ltd.;Bajaj Finserv|BAJAJFINSV.NS||financials
Bharat Electronics Limited;Bharat Electronics|BEL.NS||industrials
Cipla Limited;Cipla|CIPLA.NS||health
Coal India Limited;Coal India|COALINDIA.NS||energy
Dr. Reddy's Laboratories Limited;Dr. Reddy's Laboratories;Dr. Reddy's|DRREDDY.NS,RDY.N||health
Eicher Motors Limited;Eicher Motors|EICHERMOT.NS||discretionary
Grasim Industries Limited;Grasim Industries;Grasim|GRASIM.NS||materials
HDFC Life Insurance Company Limited;HDFC Life|HDFCLIFE.NS||financials|HDFC Bank Limited
Hero MotoCorp Limited;Hero MotoCorp|HEROMOTOCO.NS||discretionary
Hindalco Industries Limited;Hindalco|HINDALCO.NS||materials
IndusInd Bank Limited;IndusInd Bank|INDUSINDBK.NS||financials
InterGlobe Aviation Limited;InterGlobe Aviation;IndiGo|INDIGO.NS||industrials
Jio Financial Services Limited;Jio Financial Services;Jio Financial|JIOFIN.NS||financials
JSW Steel Limited;JSW Steel|JSWSTEEL.NS||materials
Kotak Mahindra Bank Limited;Kotak Mahindra Bank;Kotak|KOTAKBANK.NS||financials
Max Healthcare Institute Limited;Max Healthcare|MAXHEALTH.NS||health
Nestlé India Limited;Nestlé India;Nestle India|NESTLEIND.NS||staples|Nestlé S.A.
NTPC Limited;NTPC|NTPC.NS||utilities
Oil and Natural Gas Corporation Limited;Oil and Natural Gas Corporation;ONGC|ONGC.NS||energy
Power Grid Corporation of India Limited;Power Grid Corporation of India;~Power Grid|POWERGRID.NS||utilities
SBI Life Insurance Company Limited;SBI Life|SBILIFE.NS||financials|State Bank of India
Shriram Finance Limited;Shriram Finance|SHRIRAMFIN.NS||financials
Sun Pharmaceutical Industries Limited;Sun Pharmaceutical Industries;Sun Pharma|SUNPHARMA.NS||health
Tata Consumer Products Limited;Tata Consumer Products;Tata Consumer|TATACONSUM.NS||staples
Tech Mahindra Limited;Tech Mahindra|TECHM.NS||tech
Titan Company Limited;Titan Company|TITAN.NS|-|discretionary
Trent Limited|TRENT.NS|~|discretionary
UltraTech Cement Limited;UltraTech Cement;UltraTech|ULTRACEMCO.NS||materials|Grasim Industries Limited
Tata Power Company Limited;Tata Power|TATAPOWER.NS||utilities
TVS Motor Company Limited;TVS Motor|TVSMOTOR.NS||discretionary
Life Insurance Corporation of India;LIC|LICI.NS||financials
Hindustan Aeronautics Limited;Hindustan Aeronautics|HAL.NS||industrials
Vedanta Limited|VEDL.NS|~|materials
Indian Oil Corporation Limited;Indian Oil Corporation;Indian Oil|IOC.NS||energy
Bharat Petroleum Corporation Limited;Bharat Petroleum;BPCL|BPCL.NS||energy
Vodafone Idea Limited;Vodafone Idea|IDEA.NS||communication
Swiggy Limited;Swiggy|SWIGGY.NS||discretionary
Ola Electric Mobility Limited;Ola Electric|OLAELEC.NS||discretionary
# Canada (the S&P/TSX 60 and other names frequent in the news)
@ CA
Royal Bank of Canada;RBC|RY.TO,RY.N||financials
Toronto-Dominion Bank;TD Bank|TD.TO,TD.N||financials
Enbridge Inc.;Enbridge|ENB.TO,ENB.N||energy
Canadian National Railway Company;Canadian National Railway;CN Rail|CNR.TO,CNI.N||industrials
Canadian Pacific Kansas City Limited;Canadian Pacific Kansas City;CPKC|CP.TO,CP.N||industrials
Brookfield Corporation;Brookfield|BN.TO,BN.N|~|financials
Brookfield Asset Management|BAM.TO,BAM.N||financials
Bank of Montreal;BMO|BMO.TO,BMO.N||financials
Bank of Nova Scotia;Scotiabank|BNS.TO,BNS.N||financials
Canadian Imperial Bank of Commerce;CIBC|CM.TO,CM.N||financials
Manulife Financial Corporation;Manulife|MFC.TO,MFC.N||financials
Sun Life Financial Inc.;Sun Life|SLF.TO,SLF.N||financials
Suncor Energy Inc.;Suncor|SU.TO,SU.N||energy
Canadian Natural Resources Limited;Canadian Natural Resources|CNQ.TO,CNQ.N||energy
Barrick Mining Corporation;Barrick Gold;Barrick|ABX.TO,B.N||materials
Agnico Eagle Mines Limited;Agnico Eagle|AEM.TO,AEM.N||materials
Nutrien Ltd.;Nutrien|NTR.TO,NTR.N||materials
Alimentation Couche-Tard Inc.;Couche-Tard|ATD.TO||staples
Constellation Software Inc.;Constellation Software|CSU.TO||tech
BCE Inc.;BCE;Bell Canada|BCE.TO,BCE.N||communication
Telus Corporation;Telus;TELUS|T.TO,TU.N||communication
Rogers Communications Inc.;Rogers Communications|RCI-B.TO,RCI.N||communication
Magna International Inc.;Magna|MG.TO,MGA.N|~|discretionary
CGI Inc.|GIB-A.TO,GIB.N|-|tech
Bombardier Inc.;Bombardier|BBD-B.TO|~|industrials
Cameco Corporation;Cameco|CCO.TO,CCJ.N||energy
Open Text Corporation;OpenText|OTEX.O,OTEX.TO||tech
Cohere Inc.;Cohere||~|tech
TC Energy Corporation;TC Energy|TRP.TO,TRP.N||energy
Pembina Pipeline Corporation;Pembina Pipeline;Pembina|PPL.TO,PBA.N||energy
Cenovus Energy Inc.;Cenovus Energy;Cenovus|CVE.TO,CVE.N||energy
Imperial Oil Limited;Imperial Oil|IMO.TO||energy|Exxon Mobil Corporation
Tourmaline Oil Corp.;Tourmaline Oil|TOU.TO||energy
ARC Resources Ltd.;ARC Resources|ARX.TO||energy
Teck Resources Limited;Teck Resources;Teck|TECK-B.TO,TECK.N||materials
First Quantum Minerals Ltd.;First Quantum Minerals;First Quantum|FM.TO||materials
Franco-Nevada Corporation;Franco-Nevada|FNV.TO,FNV.N||materials
Wheaton Precious Metals Corp.;Wheaton Precious Metals|WPM.TO,WPM.N||materials
Kinross Gold Corporation;Kinross Gold;Kinross|K.TO,KGC.N||materials
Ivanhoe Mines Ltd.;Ivanhoe Mines|IVN.TO||materials
Lundin Mining Corporation;Lundin Mining|LUN.TO||materials
National Bank of Canada|NA.TO||financials
Intact Financial Corporation;Intact Financial|IFC.TO||financials
Power Corporation of Canada|POW.TO||financials
Great-West Lifeco Inc.;Great-West Lifeco|GWO.TO||financials|Power Corporation of Canada
Fairfax Financial Holdings Limited;Fairfax Financial|FFH.TO||financials
Fortis Inc.|FTS.TO,FTS.N|~|utilities
Emera Incorporated;Emera|EMA.TO||utilities
Hydro One Limited;Hydro One|H.TO||utilities
Canadian Tire Corporation, Limited;Canadian Tire|CTC-A.TO||discretionary
Dollarama Inc.;Dollarama|DOL.TO||staples
Loblaw Companies Limited;Loblaw|L.TO||staples|George Weston Limited
George Weston Limited;~George Weston|WN.TO||staples
Metro Inc.|MRU.TO|-|staples
Saputo Inc.;Saputo|SAP.TO||staples
Restaurant Brands International Inc.;Restaurant Brands International|QSR.TO,QSR.N||discretionary
Gildan Activewear Inc.;Gildan Activewear;Gildan|GIL.TO,GIL.N||discretionary
CAE Inc.|CAE.TO,CAE.N||industrials
WSP Global Inc.;WSP Global|WSP.TO||industrials
TFI International Inc.;TFI International|TFII.TO,TFII.N||industrials
GFL Environmental Inc.;GFL Environmental|GFL.TO,GFL.N||industrials
AtkinsRéalis Group Inc.;AtkinsRéalis;SNC-Lavalin|ATRL.TO||industrials
Air Canada|AC.TO||industrials
# Australia (the ASX 20 and other names frequent in the news)
@ AU
BHP Group Limited;BHP|BHP.AX,BHP.N||materials
Commonwealth Bank of Australia;Commonwealth Bank;CBA|CBA.AX||financials
CSL Limited|CSL.AX|-|health
National Australia Bank Limited;National Australia Bank;NAB|NAB.AX||financials
Westpac Banking Corporation;Westpac|WBC.AX||financials
ANZ Group Holdings Limited;ANZ|ANZ.AX||financials
Macquarie Group Limited;Macquarie Group;Macquarie|MQG.AX|~|financials
Wesfarmers Limited;Wesfarmers|WES.AX||discretionary
Woolworths Group Limited;Woolworths|WOW.AX||staples
Fortescue Ltd;Fortescue|FMG.AX|~|materials
Woodside Energy Group Ltd;Woodside|WDS.AX,WDS.N|~|energy
Telstra Group Limited;Telstra|TLS.AX||communication
Goodman Group|GMG.AX|~|realestate
Transurban Group;Transurban|TCL.AX||industrials
Qantas Airways Limited;Qantas|QAN.AX||industrials
WiseTech Global Limited;WiseTech|WTC.AX||tech
Santos Limited|STO.AX|-|energy
Northern Star Resources;Northern Star|NST.AX||materials
Canva Pty Ltd;Canva|||tech
Aristocrat Leisure Limited;Aristocrat Leisure;~Aristocrat|ALL.AX||discretionary
REA Group Ltd;REA Group|REA.AX||communication
QBE Insurance Group Limited;QBE Insurance;QBE|QBE.AX||financials
Suncorp Group Limited;Suncorp|SUN.AX||financials
Insurance Australia Group Limited;Insurance Australia Group|IAG.AX||financials
Coles Group Limited;Coles|COL.AX|~|staples
Brambles Limited;Brambles|BXB.AX|~|industrials
Computershare Limited;Computershare|CPU.AX||industrials
Origin Energy Limited;Origin Energy|ORG.AX||utilities
AGL Energy Limited;AGL Energy|AGL.AX||utilities
Pro Medicus Limited;Pro Medicus|PME.AX||health
Cochlear Limited;Cochlear|COH.AX||health
Sonic Healthcare Limited;Sonic Healthcare|SHL.AX||health
Ramsay Health Care Limited;Ramsay Health Care|RHC.AX||health
Sigma Healthcare Limited;Sigma Healthcare;Chemist Warehouse|SIG.AX||staples
Treasury Wine Estates Limited;Treasury Wine Estates|TWE.AX||staples
JB Hi-Fi Limited;JB Hi-Fi|JBH.AX||discretionary
South32 Limited;South32|S32.AX||materials
Mineral Resources Limited;~Mineral Resources|MIN.AX||materials
Pilbara Minerals Limited;Pilbara Minerals|PLS.AX||materials
Lynas Rare Earths Limited;Lynas Rare Earths;Lynas|LYC.AX||materials
Evolution Mining Limited;Evolution Mining|EVN.AX||materials
# New Zealand
@ NZ
Xero Limited;Xero|XRO.AX||tech
Fisher & Paykel Healthcare Corporation Limited;Fisher & Paykel Healthcare|FPH.NZ||health
Air New Zealand Limited;Air New Zealand|AIR.NZ||industrials
Spark New Zealand Limited;Spark New Zealand|SPK.NZ||communication
# Singapore
@ SG
DBS Group Holdings Ltd;DBS Bank;DBS|D05.SI||financials
Oversea-Chinese Banking Corporation;OCBC|O39.SI||financials
United Overseas Bank;UOB|U11.SI||financials
Singapore Telecommunications;Singtel|Z74.SI||communication
Singapore Airlines Limited;Singapore Airlines|C6L.SI||industrials
Singapore Exchange Limited;Singapore Exchange;SGX Group|S68.SI||financials exchange
Keppel Ltd.;Keppel|BN4.SI||industrials
CapitaLand Investment Limited;CapitaLand Investment|9CI.SI||realestate
Wilmar International Limited;Wilmar International;Wilmar|F34.SI||staples
Genting Singapore Limited;Genting Singapore|G13.SI||discretionary
Singapore Technologies Engineering Ltd;ST Engineering|S63.SI||industrials
Sembcorp Industries Ltd;Sembcorp Industries;Sembcorp|U96.SI||utilities
# Southeast and Central Asia
@ ID
PT Bank Central Asia Tbk;Bank Central Asia|BBCA.JK||financials
PT Bank Rakyat Indonesia (Persero) Tbk;Bank Rakyat Indonesia|BBRI.JK||financials
PT Bank Mandiri (Persero) Tbk;Bank Mandiri|BMRI.JK||financials
PT Telkom Indonesia (Persero) Tbk;Telkom Indonesia|TLKM.JK||communication
PT Astra International Tbk;Astra International|ASII.JK||industrials
PT GoTo Gojek Tokopedia Tbk;~GoTo;Gojek|GOTO.JK||discretionary
@ MY
Malayan Banking Berhad;Maybank|1155.KL||financials
Public Bank Berhad|1295.KL|-|financials
CIMB Group Holdings Berhad;CIMB Group;CIMB|1023.KL||financials
Tenaga Nasional Berhad;Tenaga Nasional|5347.KL||utilities
@ VN
Vingroup Joint Stock Company;Vingroup|||industrials
VinFast Auto Ltd.;VinFast|VFS.O||discretionary
@ KZ
Kaspi.kz JSC;Kaspi.kz|KSPI.O||financials
# Middle East
@ SA
Saudi Aramco;Saudi Arabian Oil Company;Aramco|2222.SR||energy
Saudi Basic Industries Corporation;SABIC|2010.SR||materials|Saudi Aramco
Al Rajhi Bank|1120.SR||financials
Saudi National Bank|1180.SR||financials
Saudi Telecom Company|7010.SR||communication
Saudi Arabian Mining Company;Ma'aden|1211.SR||materials
ACWA Power Company;ACWA Power|2082.SR||utilities
@ AE
G42;Group 42|||tech
MGX|||financials
Mubadala Investment Company;Mubadala|||financials
ADNOC;Abu Dhabi National Oil Company|||energy
ADNOC Gas plc;ADNOC Gas|ADNOCGAS.AD||energy|ADNOC
First Abu Dhabi Bank|FAB.AD||financials
Emirates NBD Bank PJSC;Emirates NBD|EMIRATESNBD.DU||financials
International Holding Company PJSC;International Holding Company;IHC|IHC.AD|-|industrials
Emaar Properties PJSC;Emaar Properties;Emaar|EMAAR.DU||realestate
Aldar Properties PJSC;Aldar Properties;Aldar|ALDAR.AD||realestate
Emirates Telecommunications Group Company PJSC;Etisalat|EAND.AD||communication
@ IL
Teva Pharmaceutical Industries;Teva|TEVA.N,TEVA.TA||health
Check Point Software Technologies;Check Point|CHKP.O||tech
Wix.com Ltd.;Wix|WIX.O||tech
Mobileye Global Inc.;Mobileye|MBLY.O||discretionary|Intel Corporation
Bank Leumi le-Israel B.M.;Bank Leumi|LUMI.TA||financials
Bank Hapoalim B.M.;Bank Hapoalim|POLI.TA||financials
Elbit Systems Ltd.;Elbit Systems|ESLT.TA,ESLT.O||industrials
Tower Semiconductor Ltd.;Tower Semiconductor|TSEM.O,TSEM.TA||tech
# Africa
@ ZA
Naspers Limited;Naspers|NPN.J||discretionary
MTN Group|MTN.J||communication
Standard Bank Group Limited;Standard Bank Group;Standard Bank|SBK.J||financials
FirstRand Limited;FirstRand|FSR.J||financials
Shoprite Holdings Ltd;Shoprite|SHP.J||staples
Gold Fields Limited;Gold Fields|GFI.J,GFI.N||materials
# Latin America
@ BR
Petrobras;Petróleo Brasileiro|PETR4.SA,PBR.N||energy
Vale S.A.|VALE3.SA,VALE.N|~|materials
Itaú Unibanco;Itaú|ITUB4.SA,ITUB.N||financials
Banco Bradesco S.A.;Banco Bradesco;Bradesco|BBDC4.SA,BBD.N||financials
Banco do Brasil S.A.;Banco do Brasil|BBAS3.SA||financials
Banco BTG Pactual S.A.;BTG Pactual|BPAC11.SA||financials
B3 S.A.|B3SA3.SA||financials exchange
Ambev S.A.;Ambev|ABEV3.SA,ABEV.N||staples|Anheuser-Busch InBev SA/NV
JBS N.V.;JBS|JBS.N||staples
WEG S.A.|WEGE3.SA||industrials
Embraer S.A.;Embraer|EMBR3.SA||industrials
Localiza Rent a Car S.A.;Localiza|RENT3.SA||industrials
Suzano S.A.;Suzano|SUZB3.SA,SUZ.N||materials
Gerdau S.A.;Gerdau|GGBR4.SA,GGB.N||materials
Centrais Elétricas Brasileiras S.A.;Eletrobras|||utilities
Telefônica Brasil S.A.;Telefônica Brasil|VIVT3.SA,VIV.N||communication|Telefónica, S.A.
@ MX
America Movil;América Móvil|AMX.N||communication
Walmex;Walmart de México|WALMEX.MX||staples|Walmart Inc.
Grupo México, S.A.B. de C.V.;Grupo México;Grupo Mexico|GMEXICOB.MX||materials
Fomento Económico Mexicano, S.A.B. de C.V.;Fomento Económico Mexicano;FEMSA|FEMSAUBD.MX,FMX.N||staples
Grupo Financiero Banorte, S.A.B. de C.V.;Grupo Financiero Banorte;Banorte|GFNORTEO.MX||financials
Cemex, S.A.B. de C.V.;Cemex|CEMEXCPO.MX,CX.N||materials
Grupo Bimbo, S.A.B. de C.V.;Grupo Bimbo;~Bimbo|BIMBOA.MX||staples
Grupo Televisa, S.A.B.;Grupo Televisa;Televisa|TLEVISACPO.MX||communication
@ CL
Sociedad Química y Minera de Chile S.A.;SQM|SQM.N||materials
LATAM Airlines Group S.A.;LATAM Airlines|LTM.N||industrials
@ AR
YPF S.A.;YPF|YPF.N||energy
@ CO
Ecopetrol S.A.;Ecopetrol|EC.N||energy
@ PE
Credicorp Ltd.;Credicorp|BAP.N||financials
# (the defaults end here: the next table sets its own)
@
`;
