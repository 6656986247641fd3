/**
 * Where and when, said in passing: places (countries, the cities exporters and their buyers
 * are in) and weekdays. "buyer in Brazil wired 15k on Tuesday, nothing yet" asks about a
 * payment not arrived; as words no article has, Brazil and Tuesday made the query look half
 * unknown and right answers not confident (one in eight of the read sets' right answers not
 * confident held one). ArticleTerms counts them as known, as a word of a synonym group, and
 * still weighs them in coverage. Left out of the query's weight altogether instead, they also
 * made near misses confident ("what is the capital of australia": capital, as in registered capital).
 *
 * A list written here rather than a country library: the cities and provinces matter as much
 * as the countries, and the server loads it at every start. It names most countries, most
 * prefecture cities of China's exporting provinces and the trading cities buyers write from
 * (Warsaw, Sharjah, Asuncion, 临沂, 海宁, 泸州): each such name a set written blind brought made a
 * right answer not confident. Not the cities whose names are everyday words: 开封 (unsealed),
 * 安康 (well-being), 来宾 (guests), 里加 (里 + 加). Nor Khartoum, Beirut, Tripoli or Aden, which synonyms.yaml names
 * with their countries: as a place, Khartoum ranked the payout article above the sanctions article for "an office
 * in Khartoum" (Moscow and Minsk, which the article's tags name, are found either way). Not "america": in "Bank of America" it is a bank's
 * name, and "swift code of Bank of America" is another bank's question. Weekend days are not
 * here: they are a synonym group (service hours, cut-off times).
 */
const PLACES = `
  巴西 土耳其 印度 孟加拉 巴基斯坦 越南 泰国 马来西亚 印尼 印度尼西亚 菲律宾 柬埔寨 缅甸 老挝 斯里兰卡 尼泊尔
  日本 韩国 澳洲 澳大利亚 新西兰 加拿大 墨西哥 智利 秘鲁 阿根廷 哥伦比亚 厄瓜多尔 巴拿马
  英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 波兰 捷克 匈牙利 希腊 爱尔兰 奥地利 罗马尼亚
  埃及 尼日利亚 肯尼亚 南非 加纳 摩洛哥 埃塞俄比亚 坦桑尼亚 沙特 阿联酋 卡塔尔 以色列 约旦 科威特 阿曼 中东 非洲 欧洲 美洲 东南亚 南美
  深圳 广州 杭州 义乌 宁波 上海 北京 东莞 佛山 厦门 苏州 温州 青岛 天津 成都 重庆 武汉 南京 泉州 汕头 中山 金华 台州
  福州 长沙 郑州 西安 合肥 昆明 南宁 大连 济南 无锡 常州 嘉兴 绍兴 潮州 揭阳 惠州 珠海 江门 石家庄 沈阳 哈尔滨
  孟买 新德里 德里 拉各斯 伊斯坦布尔 圣保罗 纽约 洛杉矶 芝加哥 休斯顿 迈阿密 德州 加州 伦敦 巴黎 柏林 汉堡 慕尼黑 米兰 马德里 巴塞罗那
  鹿特丹 阿姆斯特丹 东京 大阪 首尔 曼谷 胡志明 河内 雅加达 吉隆坡 马尼拉 悉尼 墨尔本 多伦多 温哥华 开罗 内罗毕 利雅得 多哈
  brazil turkey india bangladesh pakistan vietnam thailand malaysia indonesia philippines cambodia myanmar
  japan korea australia canada mexico chile peru argentina colombia ecuador panama
  uk england britain france germany italy spain portugal netherlands holland belgium switzerland sweden norway denmark finland
  poland czech hungary greece ireland austria romania egypt nigeria kenya ghana morocco ethiopia tanzania saudi uae qatar israel
  jordan kuwait oman europe africa asia
  shenzhen guangzhou hangzhou yiwu ningbo shanghai beijing dongguan foshan xiamen suzhou wenzhou qingdao tianjin chengdu
  mumbai delhi lagos istanbul london paris berlin hamburg munich milan madrid barcelona rotterdam amsterdam tokyo osaka
  seoul bangkok hanoi jakarta manila sydney melbourne toronto vancouver cairo nairobi riyadh doha chicago houston miami
  texas california florida
  俄罗斯 俄国 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 蒙古 乌克兰 白俄罗斯 格鲁吉亚 亚美尼亚
  阿塞拜疆 伊朗 伊拉克 叙利亚 黎巴嫩 也门 巴林 阿富汗 新加坡 文莱 马尔代夫 斯洛伐克 斯洛文尼亚 克罗地亚
  塞尔维亚 保加利亚 立陶宛 拉脱维亚 爱沙尼亚 卢森堡 冰岛 马耳他 塞浦路斯 阿尔及利亚 突尼斯 利比亚 苏丹 乌干达
  卢旺达 安哥拉 莫桑比克 赞比亚 津巴布韦 喀麦隆 科特迪瓦 塞内加尔 刚果 马达加斯加 毛里求斯 委内瑞拉 玻利维亚
  巴拉圭 乌拉圭 古巴 多米尼加 危地马拉 哥斯达黎加 洪都拉斯 牙买加 美国 北美 拉美 中亚 南亚 东欧 西欧 北欧
  迪拜 阿布扎比 吉达 德黑兰 莫斯科 圣彼得堡 阿拉木图 塔什干 比什凯克 乌兰巴托 基辅 华沙 布拉格 维也纳
  布达佩斯 罗马 雅典 里斯本 都柏林 布鲁塞尔 苏黎世 日内瓦 斯德哥尔摩 哥本哈根 奥斯陆 赫尔辛基 安特卫普
  法兰克福 杜塞尔多夫 科隆 曼彻斯特 伯明翰 利物浦 里昂 马赛 那不勒斯 都灵 巴伦西亚 卡萨布兰卡 约翰内斯堡
  开普敦 德班 阿克拉 阿比让 达喀尔 亚的斯亚贝巴 达累斯萨拉姆 蒙巴萨 坎帕拉 卢萨卡 卡拉奇 拉合尔 伊斯兰堡 达卡
  吉大港 加尔各答 金奈 班加罗尔 科伦坡 加德满都 仰光 金边 万象 岘港 海防 槟城 新山 泗水 宿务 釜山 仁川
  名古屋 横滨 墨西哥城 瓜达拉哈拉 蒙特雷 波哥大 利马 布宜诺斯艾利斯 里约热内卢 基多 加拉加斯 哈瓦那 旧金山
  西雅图 波士顿 亚特兰大 达拉斯 拉斯维加斯 费城 新泽西 蒙特利尔 卡尔加里 渥太华 奥克兰 布里斯班 珀斯 阿德莱德
  澳门 台湾 台北 高雄 台中 广东 浙江 福建 江苏 山东 河北 河南 湖南 湖北 江西 安徽 四川 贵州 云南 广西
  海南 山西 陕西 甘肃 青海 宁夏 新疆 西藏 内蒙古 辽宁 吉林 黑龙江 东北 华南 华东 华北 珠三角 长三角 昆山
  晋江 石狮 莆田 漳州 龙岩 三明 宁德 南平 丽水 衢州 舟山 湖州 永康 海宁 余姚 慈溪 瑞安 乐清 温岭 玉环
  诸暨 柯桥 南通 扬州 镇江 泰州 盐城 徐州 连云港 淮安 宿迁 张家港 江阴 常熟 太仓 吴江 烟台 威海 潍坊
  临沂 淄博 日照 济宁 聊城 保定 唐山 廊坊 邯郸 沧州 邢台 洛阳 许昌 南阳 新乡 株洲 湘潭 岳阳 衡阳 宜昌
  襄阳 赣州 南昌 九江 景德镇 芜湖 蚌埠 阜阳 绵阳 德阳 宜宾 贵阳 遵义 大理 瑞丽 凭祥 东兴 柳州 桂林 海口
  三亚 太原 大同 兰州 银川 西宁 乌鲁木齐 喀什 霍尔果斯 呼和浩特 包头 二连浩特 满洲里 长春 延吉 丹东 鞍山
  营口 珲春 绥芬河 齐齐哈尔 牡丹江 顺德 番禺 虎门 汕尾 梅州 河源 清远 韶关 阳江 茂名 湛江 肇庆 普宁 潮阳
  澄海
  russia kazakhstan uzbekistan kyrgyzstan tajikistan turkmenistan mongolia ukraine belarus armenia azerbaijan iran iraq
  syria lebanon yemen bahrain afghanistan singapore brunei maldives slovakia slovenia croatia serbia bulgaria lithuania
  latvia estonia luxembourg iceland malta cyprus algeria tunisia libya sudan uganda rwanda angola mozambique zambia
  zimbabwe cameroon senegal congo madagascar mauritius venezuela bolivia paraguay uruguay cuba guatemala honduras
  jamaica usa emirates scotland wales dubai sharjah jeddah tehran moscow almaty tashkent bishkek ulaanbaatar
  kyiv kiev warsaw prague vienna budapest rome athens lisbon dublin brussels zurich geneva stockholm copenhagen oslo
  helsinki antwerp frankfurt dusseldorf cologne manchester birmingham liverpool lyon marseille naples turin valencia
  casablanca johannesburg durban accra abidjan dakar mombasa kampala lusaka karachi lahore islamabad dhaka chittagong
  kolkata chennai bangalore bengaluru colombo kathmandu yangon vientiane danang penang surabaya cebu busan incheon
  nagoya yokohama guadalajara monterrey bogota lima santiago quito caracas havana seattle boston atlanta dallas
  philadelphia montreal calgary ottawa auckland brisbane perth adelaide taiwan taipei macau macao guangdong zhejiang
  fujian jiangsu shandong hebei henan hunan hubei jiangxi anhui sichuan guizhou yunnan guangxi hainan shanxi shaanxi
  gansu xinjiang tibet liaoning heilongjiang kunshan jinjiang putian haining yongkang shantou changsha zhengzhou xian
  hefei kunming nanning dalian shenyang harbin jinan wuxi changzhou jiaxing shaoxing wuhan nanjing quanzhou fuzhou
  taizhou jinhua zhongshan huizhou zhuhai
  nepal bhutan laos lao fiji suriname guyana belize nicaragua haiti bahamas barbados trinidad chad niger mali benin togo gabon
  namibia botswana malawi somalia djibouti eritrea burundi burkina guinea liberia gambia mauritania ivoire salvador
  asuncion guayaquil montevideo medellin cali barranquilla cartagena cusco managua tegucigalpa paramaribo georgetown suva nadi
  muscat salalah manama dammam medina mecca amman baghdad erbil basra tunis algiers
  rabat tangier marrakech alexandria addis kigali kinshasa luanda maputo harare windhoek gaborone antananarivo lome cotonou
  abuja kano ibadan bamako ouagadougou conakry freetown monrovia douala yaounde libreville samarkand dushanbe ashgabat baku
  tbilisi yerevan minsk odessa kharkiv bucharest sofia belgrade zagreb ljubljana bratislava vilnius riga tallinn reykjavik
  valletta nicosia limassol piraeus thessaloniki izmir ankara bursa gaziantep mersin porto seville bilbao genoa bologna
  florence venice palermo toulouse lille bordeaux nantes strasbourg basel lausanne stuttgart leipzig dresden hanover
  nuremberg bremen dortmund gdansk krakow wroclaw poznan brno gothenburg malmo bergen aarhus tampere glasgow edinburgh leeds
  bristol cardiff belfast utrecht eindhoven ghent faisalabad sialkot peshawar pune ahmedabad surat jaipur ludhiana tirupur
  saigon haiphong medan bandung semarang davao kuala lumpur johor ipoh kuching kaohsiung taichung tainan hsinchu kobe
  fukuoka sapporo daegu
  丹阳 泗阳 沭阳 邳州 东台 兴化 高邮 靖江 泰兴 如皋 海门 启东 宜兴 溧阳 东阳 嵊州 龙泉 苍南 临海 仙居 黄岩 安吉 长兴 桐乡 平湖
  天水 武威 张掖 酒泉 嘉峪关 格尔木 海东 泸州 安顺 六盘水 毕节 铜仁 滁州 亳州 六安 淮南 宿州 马鞍山 铜陵 安庆 黄山 宣城 池州
  陆丰 揭西 惠来 锦州 朝阳 阜新 铁岭 盘锦 抚顺 本溪 辽阳 葫芦岛 万宁 儋州 琼海 文昌 菏泽 枣庄 东营 泰安 滨州 平顶山 焦作
  商丘 周口 信阳 安阳 濮阳 漯河 驻马店 三门峡 十堰 孝感 荆州 荆门 黄冈 黄石 咸宁 随州 恩施 常德 益阳 娄底 邵阳 郴州 永州 怀化
  张家界 上饶 鹰潭 抚州 宜春 吉安 萍乡 新余 南充 自贡 乐山 内江 遂宁 达州 巴中 广元 眉山 攀枝花 曲靖 玉溪 北海 钦州 防城港
  玉林 梧州 贺州 百色 贵港 榆林 延安 宝鸡 咸阳 渭南 汉中 运城 临汾 长治 晋中 吕梁 赤峰 通辽 鄂尔多斯 大庆 绥化 佳木斯 鹤岗 四平
  通化 承德 张家口 秦皇岛 衡水 吴忠 固原 克拉玛依 吐鲁番 阿克苏 和田 伊犁 库尔勒 拉萨
  苏里南 斐济 亚松森 瓜亚基尔 蒙得维的亚 马斯喀特 麦纳麦 安曼 巴格达 突尼斯城 阿尔及尔 拉巴特 亚历山大港 基加利
  金沙萨 罗安达 马普托 哈拉雷 杜阿拉 阿布贾 卡诺 巴马科 第比利斯 埃里温 巴库 明斯克 敖德萨 布加勒斯特 索非亚 贝尔格莱德 萨格勒布
  维尔纽斯 塔林 安卡拉 伊兹密尔 波尔图 塞维利亚 热那亚 佛罗伦萨 威尼斯 汉诺威 斯图加特 莱比锡 纽伦堡 格但斯克 克拉科夫
  哥德堡 格拉斯哥 爱丁堡 利兹 乌得勒支 海牙 锡亚尔科特 浦那 苏拉特 蒂鲁普 曼德勒 西哈努克 棉兰 万隆 达沃 怡保
  古晋 台南 新竹 神户 福冈 札幌 大邱 不丹 圭亚那 伯利兹 尼加拉瓜 海地 巴哈马 特立尼达 乍得 尼日尔 马里 贝宁 多哥
  加蓬 纳米比亚 博茨瓦纳 马拉维 索马里 吉布提 厄立特里亚 布隆迪 布基纳法索 几内亚 塞拉利昂 利比里亚 冈比亚 毛里塔尼亚
`;

const DAYS = `
  周一 周二 周三 周四 周五 星期一 星期二 星期三 星期四 星期五 礼拜一 礼拜二 礼拜三 礼拜四 礼拜五 星期 礼拜
  monday tuesday wednesday thursday friday
`;

const WORDS = new Set(`${PLACES} ${DAYS}`.split(/\s+/).filter(Boolean));

/** Whether `surface` (a Chinese word, or an English word as written, in lower case) is a place or a weekday. */
export function isContextWord(surface: string): boolean {
  return WORDS.has(surface);
}
