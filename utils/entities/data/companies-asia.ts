/**
 * Asia-Pacific and the Americas outside the US: the largest 100 of the Nikkei 225, the largest KOSPI and
 * TWSE companies, Hong Kong / mainland China, India, Canada, Australia and others (from memory; facts
 * only). Format: see ../gazetteer.ts.
 */
export const COMPANIES_ASIA = `
# Japan
Toyota Motor Corporation;Toyota|7203.T,TM.N
Sony Group Corporation;Sony|6758.T,SONY.N
Mitsubishi UFJ Financial Group, Inc.;Mitsubishi UFJ Financial Group;MUFG|8306.T,MUFG.N
Keyence Corporation;Keyence|6861.T
Hitachi, Ltd.;Hitachi|6501.T
Tokyo Electron Limited;Tokyo Electron|8035.T
Fast Retailing Co., Ltd.;Fast Retailing;Uniqlo|9983.T
SoftBank Group Corp.;SoftBank Group;SoftBank|9984.T,SFTBY.PK,SFTBF.PK
Shin-Etsu Chemical Co., Ltd.;Shin-Etsu Chemical;Shin-Etsu|4063.T
Recruit Holdings Co., Ltd.;Recruit Holdings|6098.T|-
Nippon Telegraph and Telephone Corporation;NTT|9432.T
KDDI Corporation;KDDI|9433.T
SoftBank Corp.|9434.T|-
Sumitomo Mitsui Financial Group, Inc.;Sumitomo Mitsui Financial Group;SMFG|8316.T,SMFG.N
Mizuho Financial Group, Inc.;Mizuho|8411.T,MFG.N
Mitsubishi Corporation|8058.T|-
Mitsui & Co., Ltd.;Mitsui & Co.|8031.T|-
Itochu Corporation;Itochu;ITOCHU|8001.T
Marubeni Corporation;Marubeni|8002.T
Sumitomo Corporation|8053.T|-
Tokio Marine Holdings, Inc.;Tokio Marine|8766.T
Nintendo Co., Ltd.;Nintendo|7974.T
Daiichi Sankyo Company, Limited;Daiichi Sankyo|4568.T
Takeda Pharmaceutical Company Limited;Takeda|4502.T,TAK.N
Chugai Pharmaceutical Co., Ltd.;Chugai|4519.T
Astellas Pharma Inc.;Astellas|4503.T
Otsuka Holdings Co., Ltd.;Otsuka|4578.T
Honda Motor Co., Ltd.;Honda|7267.T,HMC.N
Nissan Motor Co., Ltd.;Nissan|7201.T
Denso Corporation;Denso|6902.T
Mitsubishi Heavy Industries, Ltd.;Mitsubishi Heavy Industries;MHI|7011.T
Kawasaki Heavy Industries, Ltd.;Kawasaki Heavy Industries|7012.T
IHI Corporation;IHI|7013.T
Fanuc Corporation;Fanuc;FANUC|6954.T
SMC Corporation|6273.T|-
Daikin Industries, Ltd.;Daikin|6367.T
Murata Manufacturing Co., Ltd.;Murata|6981.T
TDK Corporation;TDK|6762.T
Advantest Corporation;Advantest|6857.T
Lasertec Corporation;Lasertec|6920.T
Disco Corporation|6146.T|-
Renesas Electronics Corporation;Renesas|6723.T
Canon Inc.|7751.T|~
Fujifilm Holdings Corporation;Fujifilm|4901.T
Panasonic Holdings Corporation;Panasonic|6752.T
Mitsubishi Electric Corporation;Mitsubishi Electric|6503.T
Fujitsu Limited;Fujitsu|6702.T
NEC Corporation;NEC|6701.T
Oriental Land Co., Ltd.;Oriental Land|4661.T
Seven & i Holdings Co., Ltd.;Seven & i|3382.T
Kao Corporation|4452.T|~
Shiseido Company, Limited;Shiseido|4911.T
Unicharm Corporation;Unicharm|8113.T
Japan Tobacco Inc.;Japan Tobacco|2914.T
Asahi Group Holdings, Ltd.;Asahi Group|2502.T
Kirin Holdings Company, Limited;Kirin|2503.T
Ajinomoto Co., Inc.;Ajinomoto|2802.T
Bridgestone Corporation;Bridgestone|5108.T
Komatsu Ltd.;Komatsu|6301.T
Kubota Corporation;Kubota|6326.T
Toyota Industries Corporation|6201.T
Suzuki Motor Corporation;Suzuki Motor|7269.T
Subaru Corporation;Subaru|7270.T
Mazda Motor Corporation;Mazda|7261.T
Yamaha Motor Co., Ltd.|7272.T
Terumo Corporation;Terumo|4543.T
Olympus Corporation;Olympus|7733.T|~
Hoya Corporation|7741.T|-
Nidec Corporation;Nidec|6594.T
Kyocera Corporation;Kyocera|6971.T
Japan Post Holdings Co., Ltd.;Japan Post|6178.T
Japan Post Bank Co., Ltd.|7182.T
Dai-ichi Life Holdings, Inc.;Dai-ichi Life|8750.T
Nomura Holdings, Inc.;Nomura|8604.T,NMR.N
Daiwa Securities Group Inc.;Daiwa Securities|8601.T
ORIX Corporation;ORIX|8591.T
Japan Exchange Group, Inc.;Japan Exchange Group;JPX Group|8697.T
Sumitomo Mitsui Trust Group;Sumitomo Mitsui Trust|8309.T
Resona Holdings, Inc.;Resona|8308.T
Mitsubishi Estate Co., Ltd.;Mitsubishi Estate|8802.T
Mitsui Fudosan Co., Ltd.;Mitsui Fudosan|8801.T
Sumitomo Realty & Development Co., Ltd.|8830.T
Daiwa House Industry Co., Ltd.;Daiwa House|1925.T
Sekisui House, Ltd.;Sekisui House|1928.T
East Japan Railway Company;JR East|9020.T
Central Japan Railway Company;JR Central|9022.T
West Japan Railway Company;JR West|9021.T
ANA Holdings Inc.;All Nippon Airways|9202.T
Japan Airlines Co., Ltd.;Japan Airlines|9201.T
Nippon Steel Corporation;Nippon Steel|5401.T
JFE Holdings, Inc.|5411.T
Sumitomo Metal Mining Co., Ltd.|5713.T
Inpex Corporation;Inpex|1605.T
ENEOS Holdings, Inc.;ENEOS|5020.T
Tokyo Electric Power Company Holdings;TEPCO|9501.T
Kansai Electric Power Co., Inc.;Kansai Electric|9503.T
LY Corporation;Z Holdings|4689.T
Rakuten Group, Inc.;Rakuten|4755.T
Nexon Co., Ltd.;Nexon|3659.T
Bandai Namco Holdings Inc.;Bandai Namco|7832.T
Capcom Co., Ltd.;Capcom|9697.T
Square Enix Holdings Co., Ltd.;Square Enix|9684.T
Konami Group Corporation;Konami|9766.T
Sompo Holdings, Inc.;Sompo|8630.T
MS&AD Insurance Group Holdings;MS&AD|8725.T
Nitori Holdings Co., Ltd.;Nitori|9843.T
Toray Industries, Inc.;Toray|3402.T
Asahi Kasei Corporation;Asahi Kasei|3407.T
Mitsubishi Chemical Group Corporation;Mitsubishi Chemical|4188.T
Sumitomo Electric Industries, Ltd.;Sumitomo Electric|5802.T
Fujikura Ltd.;Fujikura|5803.T
Yaskawa Electric Corporation;Yaskawa|6506.T
Omron Corporation;Omron|6645.T
Shimano Inc.;Shimano|7309.T
Secom Co., Ltd.;Secom|9735.T
Pan Pacific International Holdings;Don Quijote|7532.T
Aeon Co., Ltd.|8267.T|~
Toyota Tsusho Corporation;Toyota Tsusho|8015.T
Sysmex Corporation;Sysmex|6869.T
Ricoh Company, Ltd.;Ricoh|7752.T
Sumitomo Mitsui Banking Corporation;SMBC|
Kioxia Holdings Corporation;Kioxia|285A.T
Sakana AI|
Preferred Networks|
Rapidus Corporation;Rapidus|
# South Korea
Samsung Electronics Co., Ltd.;Samsung Electronics;Samsung|005930.KS
SK Hynix Inc.;SK Hynix;SK hynix|000660.KS
LG Energy Solution, Ltd.;LG Energy Solution|373220.KS
Samsung Biologics Co., Ltd.;Samsung Biologics|207940.KS
Hyundai Motor Company;Hyundai Motor;Hyundai|005380.KS
Kia Corporation;Kia|000270.KS
Celltrion, Inc.;Celltrion|068270.KS
POSCO Holdings Inc.;POSCO|005490.KS,PKX.N
NAVER Corporation;Naver;NAVER|035420.KS
Kakao Corp.;Kakao|035720.KS
LG Chem, Ltd.;LG Chem|051910.KS
Samsung SDI Co., Ltd.;Samsung SDI|006400.KS
KB Financial Group Inc.;KB Financial|105560.KS,KB.N
Shinhan Financial Group Co., Ltd.;Shinhan Financial Group;Shinhan|055550.KS
Hana Financial Group Inc.;Hana Financial|086790.KS
Woori Financial Group Inc.;Woori Financial|316140.KS
Hyundai Mobis Co., Ltd.;Hyundai Mobis|012330.KS
Samsung C&T Corporation;Samsung C&T|028260.KS
LG Electronics Inc.;LG Electronics|066570.KS
LG Corp.|003550.KS|-
SK Innovation Co., Ltd.;SK Innovation|096770.KS
SK Inc.|034730.KS|-
SK Telecom Co., Ltd.;SK Telecom|017670.KS,SKM.N
KT Corporation|030200.KS|-
Samsung Life Insurance Co., Ltd.;Samsung Life|032830.KS
Samsung Fire & Marine Insurance|000810.KS
Samsung Electro-Mechanics Co., Ltd.;Samsung Electro-Mechanics|009150.KS
Samsung SDS Co., Ltd.;Samsung SDS|018260.KS
Samsung Heavy Industries Co., Ltd.;Samsung Heavy Industries|010140.KS
Hanwha Aerospace Co., Ltd.;Hanwha Aerospace|012450.KS
Hanwha Ocean Co., Ltd.;Hanwha Ocean|042660.KS
HD Hyundai Heavy Industries Co., Ltd.;HD Hyundai Heavy Industries|329180.KS
Korean Air Lines Co., Ltd.;Korean Air|003490.KS
Korea Electric Power Corporation;KEPCO|015760.KS
Krafton, Inc.;Krafton|259960.KS
HMM Co., Ltd.;HMM|011200.KS
Doosan Enerbility Co., Ltd.;Doosan Enerbility|034020.KS
Amorepacific Corporation;Amorepacific|090430.KS
Ecopro BM Co., Ltd.;Ecopro BM|247540.KQ
Upbit;Dunamu|
Bithumb|
# Taiwan
Taiwan Semiconductor Manufacturing Company Limited;Taiwan Semiconductor Manufacturing Co., Ltd.;Taiwan Semiconductor Manufacturing Co.;Taiwan Semiconductor;TSMC|2330.TW,TSM.N
Hon Hai Precision Industry Co., Ltd.;Hon Hai Precision Industry;Hon Hai;Foxconn|2317.TW
MediaTek Inc.;MediaTek|2454.TW
Delta Electronics, Inc.;Delta Electronics|2308.TW
Quanta Computer Inc.;Quanta Computer|2382.TW
Chunghwa Telecom Co., Ltd.;Chunghwa Telecom|2412.TW,CHT.N
Fubon Financial Holding Co., Ltd.;Fubon Financial|2881.TW
Cathay Financial Holding Co., Ltd.;Cathay Financial|2882.TW
CTBC Financial Holding Co., Ltd.;CTBC|2891.TW
Mega Financial Holding Co., Ltd.;Mega Financial|2886.TW
United Microelectronics Corporation;United Microelectronics;UMC|2303.TW,UMC.N
ASE Technology Holding Co., Ltd.;ASE Technology;ASE Group|3711.TW,ASX.N
Largan Precision Co., Ltd.;Largan|3008.TW
Wistron Corporation;Wistron|3231.TW
Wiwynn Corporation;Wiwynn|6669.TW
Accton Technology Corporation;Accton|2345.TW
ASUSTeK Computer Inc.;Asus;ASUS|2357.TW
Acer Inc.|2353.TW|-
Pegatron Corporation;Pegatron|4938.TW
Compal Electronics, Inc.;Compal|2324.TW
Lite-On Technology Corporation;Lite-On|2301.TW
Yageo Corporation;Yageo|2327.TW
Nan Ya Plastics Corporation;Nan Ya Plastics|1303.TW
Formosa Plastics Corporation;Formosa Plastics|1301.TW
China Steel Corporation;China Steel|2002.TW
Uni-President Enterprises Corp.;Uni-President|1216.TW
Taiwan Mobile Co., Ltd.;Taiwan Mobile|3045.TW
E.Sun Financial Holding Co., Ltd.;E.Sun Financial|2884.TW
Yuanta Financial Holding Co., Ltd.;Yuanta|2885.TW
Novatek Microelectronics Corp.;Novatek|3034.TW
Realtek Semiconductor Corp.;Realtek|2379.TW
Alchip Technologies, Limited;Alchip|3661.TW
Global Unichip Corp.;Global Unichip|3443.TW
Nanya Technology Corporation;Nanya Technology|2408.TW
Powerchip Semiconductor Manufacturing Corp.;Powerchip|6770.TW
Evergreen Marine Corporation;Evergreen Marine|2603.TW
Yang Ming Marine Transport Corporation;Yang Ming|2609.TW
Giga-Byte Technology Co., Ltd.;Gigabyte|2376.TW
Micro-Star International Co., Ltd.;Micro-Star International;MSI|2377.TW
AUO Corporation;AUO|2409.TW
Innolux Corporation;Innolux|3481.TW
Elite Material Co., Ltd.;Elite Material|2383.TW
Vanguard International Semiconductor Corporation|5347.TWO
# China and Hong Kong
Tencent Holdings Limited;Tencent|0700.HK,TCEHY.PK
Meituan|3690.HK
Xiaomi Corporation;Xiaomi|1810.HK
BYD Company Limited;BYD|1211.HK,002594.SZ
Contemporary Amperex Technology Co., Limited;CATL|300750.SZ,3750.HK
Kweichow Moutai Co., Ltd.;Kweichow Moutai;Moutai|600519.SS
Industrial and Commercial Bank of China Limited;Industrial and Commercial Bank of China;ICBC|1398.HK,601398.SS
China Construction Bank Corporation;China Construction Bank|0939.HK
Bank of China Limited;Bank of China|3988.HK
Agricultural Bank of China Limited;Agricultural Bank of China|1288.HK
Ping An Insurance (Group) Company of China, Ltd.;Ping An Insurance;Ping An|2318.HK
China Mobile Limited;China Mobile|0941.HK
PetroChina Company Limited;PetroChina|0857.HK
China Petroleum & Chemical Corporation;Sinopec|0386.HK
CNOOC Limited;CNOOC|0883.HK
AIA Group Limited;AIA|1299.HK
Hong Kong Exchanges and Clearing Limited;Hong Kong Exchanges and Clearing|0388.HK
Semiconductor Manufacturing International Corporation;SMIC|0981.HK,688981.SS
Lenovo Group Limited;Lenovo|0992.HK
Kuaishou Technology;Kuaishou|1024.HK
ZTE Corporation;ZTE|0763.HK
Geely Automobile Holdings Limited;Geely|0175.HK
Great Wall Motor Company Limited;Great Wall Motor|2333.HK
Midea Group Co., Ltd.;Midea|000333.SZ
Haier Smart Home Co., Ltd.;Haier|6690.HK
BOE Technology Group Co., Ltd.;BOE Technology|000725.SZ
Anta Sports Products Limited;Anta Sports|2020.HK
Pop Mart International Group;Pop Mart|9992.HK
Cambricon Technologies Corporation;Cambricon|688256.SS
Huawei Technologies Co., Ltd.;Huawei|
ByteDance Ltd.;ByteDance;TikTok;Douyin|
Ant Group Co., Ltd.;Ant Group;Alipay|
DJI;Da-Jiang Innovations|
Shein;SHEIN|
DeepSeek|
Moonshot AI|
Zhipu AI;Zhipu|
MiniMax|
Baichuan AI;Baichuan|
Bitmain Technologies;Bitmain|
# India
Reliance Industries Limited;Reliance Industries;Reliance|RELIANCE.NS
Tata Consultancy Services Limited;Tata Consultancy Services;TCS|TCS.NS
HDFC Bank Limited;HDFC Bank|HDFCBANK.NS,HDB.N
ICICI Bank Limited;ICICI Bank|ICICIBANK.NS,IBN.N
State Bank of India;SBI|SBIN.NS
Bharti Airtel Limited;Bharti Airtel;Airtel|BHARTIARTL.NS
Wipro Limited;Wipro|WIPRO.NS,WIT.N
HCL Technologies Limited;HCLTech;HCL Technologies|HCLTECH.NS
Larsen & Toubro Limited;Larsen & Toubro|LT.NS
Hindustan Unilever Limited;Hindustan Unilever|HINDUNILVR.NS
ITC Limited|ITC.NS|-
Bajaj Finance Limited;Bajaj Finance|BAJFINANCE.NS
Maruti Suzuki India Limited;Maruti Suzuki|MARUTI.NS
Tata Motors Limited;Tata Motors|TATAMOTORS.NS
Tata Steel Limited;Tata Steel|TATASTEEL.NS
Mahindra & Mahindra Limited;Mahindra & Mahindra;Mahindra|M&M.NS
Adani Enterprises Limited;Adani Enterprises|ADANIENT.NS
Adani Group|
Tata Group;Tata Sons|
Zomato Limited;Eternal Limited;Zomato|ETERNAL.NS
Paytm;One 97 Communications|PAYTM.NS
# Canada
Royal Bank of Canada;RBC|RY.TO,RY.N
Toronto-Dominion Bank;TD Bank|TD.TO,TD.N
Enbridge Inc.;Enbridge|ENB.TO
Canadian National Railway Company;Canadian National Railway;CN Rail|CNR.TO
Canadian Pacific Kansas City Limited;Canadian Pacific Kansas City;CPKC|CP.TO
Brookfield Corporation;Brookfield|BN.TO,BN.N
Brookfield Asset Management|BAM.TO
Bank of Montreal;BMO|BMO.TO
Bank of Nova Scotia;Scotiabank|BNS.TO
Canadian Imperial Bank of Commerce;CIBC|CM.TO
Manulife Financial Corporation;Manulife|MFC.TO
Sun Life Financial Inc.;Sun Life|SLF.TO
Suncor Energy Inc.;Suncor|SU.TO
Canadian Natural Resources Limited;Canadian Natural Resources|CNQ.TO
Barrick Mining Corporation;Barrick Gold;Barrick|ABX.TO,B.N
Agnico Eagle Mines Limited;Agnico Eagle|AEM.TO
Nutrien Ltd.;Nutrien|NTR.TO
Alimentation Couche-Tard Inc.;Couche-Tard|ATD.TO
Constellation Software Inc.;Constellation Software|CSU.TO
BCE Inc.;BCE;Bell Canada|BCE.TO
Telus Corporation;Telus;TELUS|T.TO
Rogers Communications Inc.;Rogers Communications|RCI-B.TO
Magna International Inc.;Magna|MG.TO
CGI Inc.|GIB-A.TO|-
Bombardier Inc.;Bombardier|BBD-B.TO
Cameco Corporation;Cameco|CCO.TO,CCJ.N
Open Text Corporation;OpenText|OTEX.O
Cohere Inc.;Cohere|
# Australia, New Zealand, Singapore, others
BHP Group Limited;BHP|BHP.AX,BHP.N
Commonwealth Bank of Australia;Commonwealth Bank;CBA|CBA.AX
CSL Limited|CSL.AX|-
National Australia Bank Limited;National Australia Bank;NAB|NAB.AX
Westpac Banking Corporation;Westpac|WBC.AX
ANZ Group Holdings Limited;ANZ|ANZ.AX
Macquarie Group Limited;Macquarie Group;Macquarie|MQG.AX
Wesfarmers Limited;Wesfarmers|WES.AX
Woolworths Group Limited;Woolworths|WOW.AX
Fortescue Ltd;Fortescue|FMG.AX
Woodside Energy Group Ltd;Woodside|WDS.AX
Telstra Group Limited;Telstra|TLS.AX
Goodman Group|GMG.AX|~
Transurban Group;Transurban|TCL.AX
Qantas Airways Limited;Qantas|QAN.AX
Xero Limited;Xero|XRO.AX
WiseTech Global Limited;WiseTech|WTC.AX
Santos Limited|STO.AX|-
Northern Star Resources;Northern Star|NST.AX
Canva Pty Ltd;Canva|
DBS Group Holdings Ltd;DBS Bank;DBS|D05.SI
Oversea-Chinese Banking Corporation;OCBC|O39.SI
United Overseas Bank;UOB|U11.SI
Singapore Telecommunications;Singtel|Z74.SI
Saudi Aramco;Saudi Arabian Oil Company;Aramco|2222.SR
Petrobras;Petróleo Brasileiro|PETR4.SA,PBR.N
Vale S.A.|VALE3.SA,VALE.N|~
Itaú Unibanco;Itaú|ITUB4.SA,ITUB.N
Teva Pharmaceutical Industries;Teva|TEVA.N
Check Point Software Technologies;Check Point|CHKP.O
Wix.com Ltd.;Wix|WIX.O
Mobileye Global Inc.;Mobileye|MBLY.O
America Movil;América Móvil|AMX.N
Walmex;Walmart de México|WALMEX.MX
Naspers Limited;Naspers|NPN.J
MTN Group|MTN.J
G42;Group 42|
MGX|
Mubadala Investment Company;Mubadala|
ADNOC;Abu Dhabi National Oil Company|
`;
