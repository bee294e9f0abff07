#!/usr/bin/python3
"""Builds the segmentation parity inputs.

Writes tests/CampaignText.Tests/Specs/Segmentation/parity-inputs.jsonl: one JSON object per line,
{"id": "...", "text": "..."}, UTF-8, ensure_ascii=False. The output is deterministic (fixed seed,
no hash-ordered containers), so re-running the script reproduces the file byte for byte.

Run from the repository root:

    /usr/bin/python3 scripts/jieba/make_lines.py            # writes the default output
    /usr/bin/python3 scripts/jieba/make_lines.py -o OUT.jsonl

Then regenerate the expected segmentations with scripts/jieba/make_parity.py.

Every sentence in the pools below is written for this project. Person names are invented;
district, street and organisation names are real places and bodies.
"""

import argparse
import json
import os
import random
import sys

SEED = 20200424
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "tests", "CampaignText.Tests", "Specs", "Segmentation", "parity-inputs.jsonl")

# ---------------------------------------------------------------------------------------------
# Slot values
# ---------------------------------------------------------------------------------------------

DISTRICTS = [
    "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区",
    "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区",
    "北京经济技术开发区",
]
STREETS = [
    "东四街道", "交道口街道", "和平里街道", "西长安街街道", "新街口街道", "什刹海街道",
    "建外街道", "劲松街道", "三里屯街道", "望京街道", "海淀街道", "中关村街道", "学院路街道",
    "万寿路街道", "方庄地区", "卢沟桥街道", "鲁谷街道", "八宝山街道", "大峪街道", "城子街道",
    "永定镇", "良乡地区", "长阳镇", "永顺镇", "仁和镇", "回龙观街道", "天通苑北街道",
    "西红门镇", "泉河街道", "滨河街道", "果园街道", "儒林街道", "兴谷街道", "鼓楼街道",
]
COMMUNITIES = [
    "幸福里", "和平东里", "青年路", "建国里", "花园村", "安华里", "桃源", "枣林", "向阳",
    "新华里", "光明西里", "双井", "育新花园", "金顶街", "富力城", "康居", "南苑新村",
]
NAMES = [
    "张志远", "李晓梅", "王建国", "刘思雨", "陈浩然", "杨丽华", "赵明轩", "黄雅婷", "周德胜",
    "吴佳琪", "徐文博", "孙秀英", "马俊杰", "朱海燕", "胡国庆", "郭子涵", "何美玲", "高振华",
    "罗一鸣", "郑春花", "梁晓东", "谢雨桐", "宋立新", "唐婉清", "韩东升", "冯玉兰", "邓伟",
    "曹雪梅", "彭志强", "曾凡", "欧阳晓峰", "司徒静怡", "覃小川", "万里鹏", "祁天佑", "阿依古丽",
]
ORGS = [
    "区文明办", "区教委", "区卫健委", "区城管委", "区交通支队", "团区委", "区妇联", "区总工会",
    "区文化和旅游局", "区市场监管局", "区融媒体中心", "区委宣传部", "区住建委", "区生态环境局",
    "区民政局", "区商务局", "区园林绿化局", "区城管执法局", "区公安分局", "区消防救援支队",
]
PLACES = [
    "农贸市场", "公交站台", "地铁站出入口", "背街小巷", "老旧小区", "建筑工地", "公园广场",
    "医院门口", "学校周边", "商业街", "停车场", "公共厕所", "便民菜站", "社区服务站", "文化广场",
]
TITLES = ["区委书记", "区长", "副区长", "区委常委、宣传部部长", "区文明办主任", "街道工委书记", "社区党委书记", "志愿者", "网格员", "楼门长"]

# ---------------------------------------------------------------------------------------------
# Sentence pools (templates; {slots} filled at random)
# ---------------------------------------------------------------------------------------------

BULLETIN = [
    "{district}召开创建全国文明城区推进会，对下一阶段重点任务进行再部署。",
    "会议要求各街道对照测评体系逐项查找短板，做到问题不过夜、整改不打折。",
    "{street}组织志愿者{n}余人次，对背街小巷的乱堆乱放问题开展集中清理。",
    "{community}社区在楼门口设置文明宣传栏，用居民身边的好人好事教育引导群众。",
    "{org}会同城管、交通等部门成立联合督查组，每周对重点点位进行暗访检查。",
    "截至{month}月底，全区累计发现并整改各类问题{n}处，整改率达到{pct}%。",
    "{name}是{street}的一名老党员，退休后坚持每天在小区门口义务引导车辆停放。",
    "各单位要把创城工作与疫情防控、垃圾分类、接诉即办等重点工作统筹推进。",
    "下一步，我区将持续完善长效管理机制，巩固提升文明城区创建成果。",
    "{district}新时代文明实践中心开展“邻里节”主题活动，吸引周边居民踊跃参与。",
    "活动现场设置了义诊、理发、家电维修等便民服务摊位，受到老年人的欢迎。",
    "{org}负责同志{name}带队深入{street}，实地检查公益广告刊播情况。",
    "对检查中发现的共享单车乱停放、占道经营等问题，当场反馈属地限期整改。",
    "{org}组织开展“文明交通我先行”志愿服务活动，在路口劝导行人遵守交通信号。",
    "本期重点通报各街道实地考察点位问题整改情况，请各单位认真对照落实。",
    "全区{n}个社区全部建成志愿服务站，注册志愿者人数突破{small}万人。",
    "区四套班子领导分别带队，对所联系街道的创城工作进行督导调研。",
    "要坚持问题导向，聚焦群众反映强烈的难点痛点，拿出过硬措施抓好整改。",
    "在{place}，工作人员对摊位摆放、公筷公勺使用、垃圾分类等情况逐一检查。",
    "{street}联合辖区物业公司开展楼道清理行动，共清运杂物{n}吨。",
    "学校通过主题班会、手抄报比赛等形式，引导未成年人养成文明行为习惯。",
    "市民文明素质提升是一项长期任务，必须久久为功、持之以恒。",
    "{org}对{n}家文明单位进行动态复查，对不达标的单位予以通报批评。",
    "公交站台、地铁出入口等人流密集区域增设了文明引导员。",
    "{district}将“光盘行动”纳入文明餐桌创建内容，在全区餐饮企业推广使用公勺公筷。",
    "通过“随手拍”平台，群众可以直接上传身边的不文明现象，相关部门及时处置。",
    "各镇街要建立问题台账，实行销号管理，确保整改一处、销账一处。",
    "{title}{name}在会上强调，要以迎检为契机，推动城市精细化管理再上新台阶。",
    "今年以来，{district}共评选出“最美家庭”{n}户、“身边好人”{small}名。",
    "{org}加大对违法建设的拆除力度，腾退空间用于补建便民设施。",
    "测评组将于近期对我区进行实地考察，请各点位责任单位做好日常管理。",
    "小区内新增了电动自行车充电桩，有效解决了飞线充电的安全隐患。",
    "{street}在老旧小区改造中同步推进无障碍设施建设，方便残疾人和老年人出行。",
    "全区范围内开展了为期一个月的“清洁家园”专项行动。",
    "各部门要压实责任链条，层层传导压力，确保各项指标全面达标。",
    "志愿者们身穿红马甲，在{place}向过往群众发放文明出行倡议书。",
    "{org}于{date}召开专题会议，研究部署未成年人思想道德建设工作。",
    "建设主题公园、文化广场等阵地，让社会主义核心价值观融入日常生活。",
    "对照网上申报材料，逐项核实佐证资料的完整性和规范性。",
    "本次暗访共抽查点位{n}个，发现问题{small}个，已全部转交责任单位。",
    "{street}{community}社区的{name}大妈，十年如一日照顾独居老人，被评为“北京榜样”。",
    "针对{place}周边环境脏乱问题，{street}调集保洁力量实行全天候巡回保洁。",
    "{district}创城办每日汇总问题清单，按照“发现、派单、整改、反馈”的流程闭环管理。",
    "请各单位于{month}月{day}日前将整改情况报送区创城办，逾期未报的予以通报。",
    "区级领导包片、部门包线、街道包面，形成上下联动、齐抓共管的工作格局。",
    "{name}在{place}捡到一个装有现金和证件的钱包，第一时间交给了民警。",
    "{org}开展“垃圾分类进社区”宣传活动，现场演示厨余垃圾的正确投放方法。",
    "各窗口单位要规范服务用语，提升办事效率，让群众少跑腿、好办事。",
    "在{street}，一面面文化墙讲述着胡同里的老故事，成为居民打卡的新去处。",
    "迎检期间，全区停止一切可能影响市容环境的施工作业。",
    "{district}统筹调度{n}名机关干部下沉社区，协助开展环境整治和入户宣传。",
    "会议通报了第{small}轮实地考察发现的问题，并对整改不力的单位进行了约谈。",
    "街道工委书记{name}说：“创城不是一阵风，我们要把好的做法坚持下去。”",
    "{community}社区把闲置空间改造成“四点半课堂”，解决了双职工家庭接孩子难的问题。",
    "截至目前，全区已完成{n}块公益广告的更新替换，主要街道公益广告覆盖率达到{pct}%。",
    "要用好“接诉即办”数据，对群众高频诉求开展专项治理，做到未诉先办。",
    "{org}在{place}设置“文明引导岗”，劝导不文明行为{n}起。",
    "（{district}文明办供稿）",
    "（{street}供稿）",
    "【文明创建】",
    "【志愿服务】",
    "【工作动态】",
    "【经验交流】",
    "【问题通报】",
    "一、总体情况",
    "二、存在问题",
    "三、下一步工作",
    "（一）强化组织领导。",
    "（二）狠抓问题整改。",
    "（三）营造浓厚氛围。",
    "1.持续开展环境整治。",
    "2.加强宣传引导。",
    "报：市文明办，区委、区政府领导",
    "送：区创建全国文明城区工作领导小组各成员单位",
    "发：各街道（地区）、各镇",
]

GENERAL = [
    "今天早上下了一场小雨，空气格外清新。",
    "我们明天去公园散步吧，顺便买点水果回来。",
    "他在一家互联网公司做软件工程师，平时主要写后端服务。",
    "这部电影讲述了一个普通家庭在大城市打拼的故事。",
    "研究人员发现，适量运动有助于改善睡眠质量。",
    "新能源汽车的销量连续三年保持快速增长。",
    "图书馆延长了周末的开放时间，方便学生复习备考。",
    "人工智能技术正在深刻改变制造业的生产方式。",
    "小王把手机落在出租车上了，幸好司机主动送了回来。",
    "超市里的蔬菜价格比上周略有下降。",
    "气象台发布暴雨蓝色预警，提醒市民注意出行安全。",
    "这家餐馆的红烧肉做得特别地道，每天中午都要排队。",
    "孩子们在操场上踢足球，笑声传得很远。",
    "工程师们正在调试新一代的数据中心冷却系统。",
    "结婚的和尚未结婚的都可以报名参加。",
    "他说的确实在理。",
    "乒乓球拍卖完了。",
    "研究生命起源的科学家们聚在一起讨论。",
    "发展中国家正在加快基础设施建设。",
    "这个门把手坏了，请尽快修理。",
    "老师说明天上午考试。",
    "他从小学习书法，已经坚持了二十年。",
    "请把文件发到我的邮箱，我下班前处理。",
    "春节期间，高速公路小型客车免费通行。",
    "这款手机的电池续航能力明显提升。",
    "当地政府投入资金修缮了一批历史建筑。",
    "长城是中华民族的象征之一。",
    "她每天坚持跑步五公里，体重减轻了不少。",
    "快递小哥冒着大雪把包裹送到了家门口。",
    "数据库查询变慢，可能是因为缺少合适的索引。",
    "网络安全事件的数量呈上升趋势。",
    "云计算平台为中小企业提供了低成本的算力。",
    "开源社区的贡献者来自世界各地。",
    "这个函数的时间复杂度是线性的。",
    "服务器在凌晨两点自动重启完成升级。",
    "秋天到了，香山的红叶吸引了大批游客。",
    "奶奶包的饺子是全家人最爱吃的。",
    "中华人民共和国成立七十多年来，经济社会发展取得了巨大成就。",
    "北京大学和清华大学都位于海淀区。",
    "上海浦东新区是改革开放的前沿。",
    "广州塔又被称为“小蛮腰”。",
    "南京市长江大桥建成通车已经有半个多世纪了。",
    "他马上就来，请你稍等一下。",
    "把手举起来，大家一起数到三。",
    "这位同学的成绩一直名列前茅。",
    "中国科学技术大学的学生参加了这次比赛。",
    "我爱北京天安门。",
    "吃葡萄不吐葡萄皮，不吃葡萄倒吐葡萄皮。",
    "他骑着自行车穿过了整条胡同。",
    "黄河是中华民族的母亲河。",
    "小明的妈妈在医院当护士，经常上夜班。",
    "公司决定下个月开始实行弹性工作制。",
    "这款软件支持离线使用，不需要联网。",
    "机器学习模型的训练需要大量标注数据。",
    "由于天气原因，航班延误了两个小时。",
    "年轻人越来越喜欢在网上购买生鲜食品。",
    "博物馆推出了线上展览，观众在家就能参观。",
    "这道数学题有三种不同的解法。",
    "他把旧衣服捐给了山区的孩子们。",
    "高铁让城市之间的距离变得越来越近。",
    "这条河的水质经过治理明显好转。",
    "科学家成功观测到了引力波信号。",
    "我们的目标是让每个人都能用上干净的饮用水。",
    "下雨天留客天留我不留。",
    "来到杨过曾经生活过的地方，小龙女动情地说：“我也想过过过儿过过的生活。”",
    "人要是行，干一行行一行，一行行行行行。",
    "他正在研究一种新型的锂电池材料。",
    "请勿在车厢内饮食，谢谢合作。",
    "这个问题我们下次开会再讨论。",
    "大家好，欢迎收听今天的新闻节目。",
    "冬奥会的吉祥物冰墩墩深受大家喜爱。",
    "居民楼下的快递柜方便了取件。",
    "每周五下午，单位组织职工打羽毛球。",
    "外卖骑手在午高峰时段格外忙碌。",
    "这本书的作者是一位退休的中学语文老师。",
    "写代码之前，先把需求文档读三遍。",
    "测试用例覆盖了所有的边界条件。",
    "程序员发现这个缺陷只在并发量很高时才会出现。",
    "编译器报了一个类型不匹配的错误。",
    "一丝不苟",
    "守株待兔",
    "千里之行，始于足下。",
    "锲而不舍，金石可镂。",
    "不积跬步，无以至千里。",
    "路漫漫其修远兮，吾将上下而求索。",
    "天下兴亡，匹夫有责。",
    "好好学习，天天向上。",
    "为人民服务",
    "的",
    "了",
    "是",
    "我",
    "在",
    "中国",
    "北京",
    "文明",
    "创城",
    "简报",
]

# Mixed Chinese / Latin / digits pieces.
LATIN_TOKENS = [
    "COVID-19", "5G", "4G", "iPhone 12 Pro", "iPhone12", "iPad", "C++", "C#", ".NET 8", ".NET Framework 4.8",
    "v2.0.1", "V1.2", "Python3", "Node.js", "GitHub", "HTTP/2", "Wi-Fi", "USB-C", "PM2.5", "CO2", "A4", "AA制",
    "B超", "QQ群", "App", "APP", "H5", "O2O", "3D打印", "AI", "GDP", "CPI", "KTV", "NBA", "CBA", "WTO", "IT",
    "U盘", "e-mail", "ID", "No.1", "U-17", "K-12", "B2B", "WeChat", "Windows 11", "macOS 14.2", "Linux",
    "x86_64", "ARM64", "1080p", "4K", "60fps", "100Mbps", "3.5mm", "1TB", "16GB", "USB3.0", "IPv6",
    "192.168.1.1", "127.0.0.1:8080", "a_b_c", "snake_case_name", "CamelCaseName", "XMLHttpRequest",
    "T恤", "X光", "K歌", "卡拉OK", "SIM卡", "PPT", "Excel", "Word", "PDF", "OK", "ok", "Hello World",
    "hello", "WORLD", "iOS", "Android", "Kubernetes", "Docker", "JSON", "UTF-8", "GB2312", "GBK", "UTF-16",
    "2B铅笔", "A股", "VIP", "CEO", "PK", "DIY", "MV", "DJ", "NGO", "5A级景区", "3A", "12345", "110", "120",
    "119", "G20", "G7", "F1", "M78", "Q3", "W3C", "R&D", "AT&T", "P&G", "H&M", "100%", "50%", "0.5%",
    "a.b.c", "1..2", "--", "%%", "___", "a-b", "A.I.", "U.S.A.", "Ph.D.", "e.g.", "i.e.", "etc.",
]
URLS = [
    "https://www.example.com/news/2021/0418.html", "http://localhost:5000/api/v1/items?id=42&sort=desc",
    "ftp://files.example.net/pub/readme.txt", "www.gov.cn", "https://wenming.example.cn/jianbao/2022/673.pdf",
    "http://例子.测试/路径", "https://example.org/a%20b?q=%E4%B8%AD", "mailto:office@example.cn",
    "https://example.com:8443/#/home", "example.com/path_with_underscore",
]
EMAILS = [
    "wenmingban@example.org.cn", "zhang.san@example.com", "user+tag@mail.example.cn", "li_si-2020@example.net",
    "a@b.c", "ADMIN@EXAMPLE.COM", "chuangcheng_2021@example.gov.cn",
]
PHONES = [
    "010-12345678", "12345热线", "12345", "400-800-8888", "+86 138 0013 8000", "13800138000",
    "(010)6512-3456", "0755-88886666", "010—87654321", "６５１２３４５６", "12315", "96156",
]
NUMBERS = [
    "5.3万", "98%", "98％", "624.6平米", "1,234.5", "-3.5", "2020年4月24日", "二〇二一年一月十八日",
    "第十八期", "总第3056期", "第673期", "3000余人次", "约1.6万吨", "百分之九十五", "三分之一", "零点五",
    "十二万七千", "一千二百三十四", "两百", "1.5亿元", "12.8%", "0.5公里", "第3季度", "5月1日至5日",
    "7×24小时", "9:00—17:00", "30℃", "-5℃", "3个月", "100多名", "近千人", "20余家", "¥1,299", "$9.99",
    "€5", "1～3岁", "2-3天", "±0.5", "2021-04-18", "2020/4/24", "08:30", "23:59:59", "12:00-14:00",
    "3.14159", "1e-5", "0x1F", "+7", "1/2", "3:1", "100m", "24h", "1.", ".5", "007", "000000",
    "123456789012345678901234567890", "2022年", "4月13日", "13日", "第一", "第二十九", "一二三四五六七八九十",
    "壹贰叁肆伍陆柒捌玖拾", "〇", "两千零二十年", "廿一", "卅", "1,000,000", "10,000.00", "99.9%", "0.01",
    "１２３", "１２.５％", "Ⅳ", "ⅻ", "②", "⑩", "㈤", "²", "½", "¾", "٣", "৩", "๓",
]
FULLWIDTH = [
    "ＡＢＣ１２３，．！？", "ＡＢＣ１２３", "，", "．", "！", "？", "ＣＯＶＩＤ－１９", "Ｗｉ－Ｆｉ", "１２３４５热线", "（一）",
    "【文明创建】", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "＃话题＃", "＠张三", "１０％", "＋８６", "～", "＆", "＿",
    "ｉＰｈｏｎｅ", "Ｃ＋＋", "ａｂｃ", "ＸＹＺ", "０９", "／", "＼", "｜", "＜＞", "［］", "｛｝", "＂", "＇",
    "：", "；", "＝", "＊", "＄", "＾", "｀", "－", "ｶﾀｶﾅ", "ﾟ", "｡", "｢｣", "､",
]
PUNCT = [
    "！！！", "……", "——", "、、、", "《》", "“”", "‘’", "「」", "『』", "〈〉", "【】", "？！", "?!", "...",
    "---", "~~~", "·", "•", "．．．", "，，，", "。。。", "；：", "（）", "()", "[]", "{}", "\"\"", "''", "«»",
    "‹›", "¡¿", "‼", "⁉", "〜", "～～", "＃＃", "※", "★☆", "●○", "◆◇", "■□", "△▲", "→←↑↓", "①②③", "⑴⑵",
    "⒈⒉", "Ⅰ Ⅱ Ⅲ", "㈠㈡", "℃", "‰", "§", "¶", "©®™", "°", "±×÷", "≈≠≤≥", "√∞", "∑", "。", "，", "、", "；",
    "：", "？", "！", "“", "”", "《", "》", "——————", "…", "⋯", "‥", "!!!", "???", "!?", ",,,", ";;", "::",
    "〔〕", "〖〗", "﹏", "＿＿", "‐", "‑", "‒", "–", "—", "―", "−",
]
WHITESPACE = [
    " ", "\t", "\r\n", "\n", "\r", "\u3000", "\xa0", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d",
    "\x1e", "\x1f", "\x85", "\u200b", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
    "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u1680", "\ufeff", "\u180e", "\u200c",
    "\u200d", "\u2060", "\u200e", "\u200f",
]
EMOJI = [
    "😀", "😂", "👍", "👍🏻", "👍🏿", "👋🏽", "❤️", "❤", "☺️", "✅", "✨", "🎉", "🇨🇳", "🇺🇸", "🇯🇵", "🏳️‍🌈",
    "👨‍👩‍👧‍👦", "👩🏽‍💻", "🧑‍🚀", "👨🏻‍⚕️", "1️⃣", "#️⃣", "*️⃣", "🀄", "🈶", "🈚", "㊗️", "©️", "™️", "🆗", "🆘",
    "⭐", "☀️", "🌧️", "🚇", "🚲", "🏙️", "🧹", "♻️", "🗑️", "😷", "💉", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👏👏👏", "🔥🔥", "💪🏼", "🙏",
    "🇨🇳🇨🇳", "👩‍❤️‍👨", "🤝", "📢", "📌", "🟢", "🔴", "⚠️", "☎️", "✉️", "🈵",
]
NON_BMP = [
    "𠀀", "𪚥", "𠮷", "𡈽", "𤭢", "𦍌", "𩸽", "𫝀", "𬺰", "𰀀", "𝐀", "𝐁", "𝑎", "𝟘", "𝟙", "𐍈", "𓀀", "🀀", "𝄞",
    "𠮷野家", "𪚥𪚥", "𝐀𝐁𝐂", "𝟙𝟚𝟛", "\U0002f800", "\U0002fa1d", "𣎴", "𨭎", "𠂇", "𡗗",
]
RARE_CJK = [
    "㐀", "㑇", "㒸", "䶵", "䶿", "豈", "郎", "﨎", "\U0002f800\u4e3d", "⻄", "⺁", "⼀", "⾔", "\u9fd5", "\u9fd6", "\u9fef",
    "\u9fff", "\u4e00", "\u4dff", "\u4dc0", "〇", "\u3400", "〆", "々", "〻", "\u9fd4", "\u9fd0", "㊣", "㍻",
    "㎡", "㎏", "㏄", "\uf900", "\ufa6d", "\u2e80", "\u2fd5", "\u31c0", "\u3105", "ㄅㄆㄇ", "\u4e01\u9fd6\u4e02",
]
SCRIPTS = [
    "こんにちは、世界！", "カタカナ", "東京タワーは高い。", "ひらがなとカタカナ", "ラーメン", "コーヒー",
    "안녕하세요", "서울특별시", "\u1100\u1161\u11a8", "한국어", "Привет, мир!", "Москва", "ёлка",
    "Αθήνα", "αβγ", "Ωμέγα", "مرحبا بالعالم", "\u200fالعربية\u200e", "שלום", "สวัสดี", "नमस्ते",
    "e\u0301", "a\u0308", "n\u0303", "Z\u0324\u0354\u0367\u0311\u0313", "中\u0301", "1\u20e3",
    "Tiếng Việt", "café", "naïve", "Straße", "Øresund", "ﬁle", "Ⅻ", "ᵃᵇᶜ", "İstanbul", "ı", "ǅ", "Ǆ",
    "ÀÉÎÕÜ", "ñandú", "Ελλάδα", "Україна", "ქართული", "Հայերեն", "አማርኛ", "ᠮᠣᠩᠭᠣᠯ", "བོད་ཡིག",
    "ئۇيغۇرچە", "ꆈꌠꉙ", "ᐃᓄᒃᑎᑐᑦ",
]
SYMBOLS = [
    "+", "#", "&", ".", "_", "%", "-", "@", "/", "a+b", "#1", "&&", "__init__", "--verbose", "@user",
    "/usr/bin", "a/b", "1.2.3.4", "x-y-z", "%d", "&nbsp;", "+-+-", "#&._%-", "@@", "//", "\\", "|", "~",
    "^", "$", "*", "=", "<>", "!", "?", "'", "\"", "`", ";", ",", ":", "(", ")", "[", "]", "{", "}",
    "a.b", "x_y", "1+1=2", "c++", "f#", "A&B", "50%off", "-1", "+1", "..", "__", "%%d", "-_-", "@_@",
    "#+#", "&.&", "a@b", "1/3", "2020-01-01T08:00:00Z", "<br/>", "<p>段落</p>", "&amp;", "$HOME",
    "C:\\Windows\\System32", "~/.bashrc", "`code`", "**加粗**", "# 标题", "- 列表项", "> 引用",
]
SINGLE_CHARS = [
    "中", "的", "了", "一", "〇", "a", "Z", "0", "9", "+", "#", "&", ".", "_", "%", "-", "@", "/", " ",
    "\t", "\n", "\r", "\u3000", "\xa0", "\u2028", "\x85", "\u200b", "，", "。", "！", "？", "…", "—", "“",
    "😀", "𠮷", "𝐀", "\U0002f800", "㐀", "\u9fd5", "\u9fd6", "\u9fff", "\u4dff", "あ", "ア", "한", "Я", "λ", "ع",
    "é", "\u0301", "Ａ", "１", "（", "《", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\u2029", "\u205f",
    "\u202f", "\u2000", "\u200a", "\ufeff", "\u200d", "\u00ad", "x", "Q", "5", "鿕", "龥", "丂", "乂",
]
# Boundaries of jieba's block regexes: re_han_default keeps [a-zA-Z0-9+#&._%-] inside a block, posseg's
# re_han_internal drops % and -, finalseg and posseg split letters, digits and decimals differently.
TRICKY = [
    "abc123中文", "中文abc", "123.45%的增长", "a1b2c3", "ABC-123_x.y%z", "--中文--", "中.文", "3.14是圆周率",
    "10.5.3版本", "++", "C++11标准", "a&b中", "中&文", "中_文", "中#文", "中+文", "中%文", "中-文", "中\r\n文",
    "中\n\r文", "第1期", "12月", "2020年", "100%的人", "1.5倍", "0.5%以下", "3.5mm耳机", "x86架构", "A股市场",
    "5G网络", "iPhone的", "的iPhone", "中文English混合Mixed文本", "UPPER小写lower", "1,234,567元", "1.2.3",
    "...中文...", "___中文___", "%%%", "#中国#", "@北京", "中国@", "年月日", "二〇二〇年", "〇一二", "一二〇",
    "3月15日消费者权益日", "人民币100元", "100元人民币", "第一百二十三条", "十一五规划", "2B", "B2", "V2X车联网",
    "中\u3000文", "中\xa0文", "中\u200b文", "中\ufeff文", "中\u2028文", "中\x1c文", "中\x85文", "中 文",
    "中\t文", "中  文", "中\r文", "文明城区文明城区文明城区", "的的的的的", "了了", "啊啊啊啊啊啊", "哈哈哈哈",
]
CONNECTORS = ["", "", "", "，", "。", "；", "、", " ", "\n", "：", "——", "……"]


def fill(rng, template):
    """Fills {slots} in a template with random values."""
    values = {
        "district": rng.choice(DISTRICTS),
        "street": rng.choice(STREETS),
        "community": rng.choice(COMMUNITIES),
        "name": rng.choice(NAMES),
        "org": rng.choice(ORGS),
        "place": rng.choice(PLACES),
        "title": rng.choice(TITLES),
        "n": str(rng.choice([3, 8, 12, 26, 55, 150, 170, 300, 1200, 4890, 16267, 20781])),
        "small": str(rng.randint(2, 30)),
        "pct": rng.choice(["85", "92.5", "98", "100", "99.6"]),
        "month": str(rng.randint(1, 12)),
        "day": str(rng.randint(1, 28)),
        "date": rng.choice(["2020年4月24日", "2021年6月12日", "2022年4月13日", "3月5日", "12月31日", "二〇二一年一月十八日"]),
    }
    return template.format(**values)


def sentence(rng, pool=None):
    if pool is None:
        pool = BULLETIN if rng.random() < 0.55 else GENERAL
    return fill(rng, rng.choice(pool))


def paragraph(rng, lo, hi, pool=None):
    parts = []
    for _ in range(rng.randint(lo, hi)):
        parts.append(sentence(rng, pool))
    return "".join(parts)


def sprinkle(rng, text, pools, count):
    """Inserts `count` random items drawn from `pools` at random positions of `text`."""
    chars = list(text)
    for _ in range(count):
        item = rng.choice(rng.choice(pools))
        pos = rng.randint(0, len(chars))
        chars.insert(pos, item)
    return "".join(chars)


def bulletin(rng, paragraphs):
    district = rng.choice(DISTRICTS)
    head = [
        rng.choice(["首都精神文明建设情况简报", district + "创建全国文明城区工作简报", district + "创建全国文明城市 工作快报", "创城快报"]),
        "",
        rng.choice(["第 %d 期" % rng.randint(1, 60), "第%d期" % rng.randint(100, 900), "第十二期"]),
        "",
        rng.choice(["(总第 %d 期)" % rng.randint(2000, 3000), "（总第%d期）" % rng.randint(100, 900), ""]),
        district + rng.choice(["创城办", "文明办", "创建全国文明城区工作领导小组办公室"]),
        rng.choice(["2020 年 4 月 24 日", "2021年6月12日", "2022年4月13日", "二〇二一年一月十八日"]),
        "",
    ]
    body = []
    for _ in range(paragraphs):
        if rng.random() < 0.3:
            body.append(rng.choice(["【文明创建】", "【志愿服务】", "【工作动态】", "【经验交流】", "【问题通报】"]))
        if rng.random() < 0.3:
            body.append(fill(rng, rng.choice(["{district}扎实推进创城各项工作", "{street}打造“最美街巷”", "{community}社区的新变化", "{org}开展专项检查"])))
        body.append(paragraph(rng, 2, 6, BULLETIN))
        if rng.random() < 0.2:
            body.append(fill(rng, rng.choice(["（{district}文明办供稿）", "（{street}供稿）"])))
    newline = rng.choice(["\n", "\n", "\n", "\r\n", "\n\n"])
    return newline.join(head + body) + (newline if rng.random() < 0.5 else "")


def random_fuzz(rng, length):
    pools = [WHITESPACE, EMOJI, NON_BMP, RARE_CJK, SCRIPTS, SYMBOLS, PUNCT, FULLWIDTH, NUMBERS, LATIN_TOKENS, SINGLE_CHARS]
    out = []
    total = 0
    while total < length:
        r = rng.random()
        if r < 0.45:
            piece = sentence(rng)
            if len(piece) > 12:
                a = rng.randint(0, len(piece) - 6)
                piece = piece[a:a + rng.randint(2, 12)]
        else:
            piece = rng.choice(rng.choice(pools))
        out.append(piece)
        total += len(piece)
    return "".join(out)


def generate():
    rng = random.Random(SEED)
    items = []

    def add(prefix, text):
        items.append((prefix, text))

    # Fixed edge cases first.
    add("edge", "")
    for ws in WHITESPACE:
        add("edge", ws)
    for s in ["  ", "   ", "\t\t", " \t ", "\r\n\r\n", "\n\n\n", "\u3000\u3000", " \u3000 \xa0 ", "\r\r", "\n\r", "\r\n\n\r"]:
        add("blank", s)
    for c in SINGLE_CHARS:
        add("single", c)
    for t in LATIN_TOKENS + URLS + EMAILS + PHONES:
        add("latin", t)
    for t in NUMBERS:
        add("number", t)
    for t in FULLWIDTH + PUNCT:
        add("punct", t)
    for t in EMOJI + NON_BMP + RARE_CJK:
        add("rare", t)
    for t in SCRIPTS + SYMBOLS:
        add("script", t)
    for t in GENERAL:
        add("general", t)
    for t in TRICKY:
        add("tricky", t)

    # Single sentences (slots filled).
    for _ in range(300):
        add("sent", sentence(rng))

    # Recombined paragraphs.
    for _ in range(380):
        add("para", paragraph(rng, 2, 6))

    # Mixed Chinese / Latin / digits.
    mix_pools = [LATIN_TOKENS, LATIN_TOKENS, URLS, EMAILS, PHONES, NUMBERS]
    for _ in range(330):
        base = sentence(rng)
        add("mix", sprinkle(rng, base, mix_pools, rng.randint(1, 4)))
    for _ in range(60):
        tok = rng.choice(LATIN_TOKENS + URLS + EMAILS + PHONES)
        add("mix", rng.choice([
            "请访问{t}了解详情。", "{t}是什么？", "我们使用{t}。", "{t}", "关于{t}的通知", "联系方式：{t}",
            "下载{t}版本", "{t}和{t2}", "在{t}里面", "{t}，{t2}。", "（{t}）", "“{t}”",
        ]).format(t=tok, t2=rng.choice(LATIN_TOKENS)))

    # Numbers.
    for _ in range(200):
        base = sentence(rng, BULLETIN)
        add("num", sprinkle(rng, base, [NUMBERS], rng.randint(1, 4)))

    # Full-width forms and punctuation runs.
    for _ in range(130):
        add("fullwidth", sprinkle(rng, sentence(rng), [FULLWIDTH], rng.randint(1, 5)))
    for _ in range(130):
        add("punctrun", sprinkle(rng, sentence(rng), [PUNCT], rng.randint(1, 6)))

    # Whitespace of every kind.
    for _ in range(220):
        text = paragraph(rng, 1, 3)
        add("ws", sprinkle(rng, text, [WHITESPACE], rng.randint(1, 8)))
    for _ in range(40):
        k = rng.randint(1, 6)
        add("ws", "".join(rng.choice(WHITESPACE) for _ in range(k)) + sentence(rng) + "".join(rng.choice(WHITESPACE) for _ in range(rng.randint(0, 4))))

    # Emoji, supplementary planes, rare CJK, other scripts, symbols.
    for _ in range(140):
        add("emoji", sprinkle(rng, sentence(rng), [EMOJI], rng.randint(1, 5)))
    for _ in range(140):
        add("nonbmp", sprinkle(rng, sentence(rng), [NON_BMP, RARE_CJK], rng.randint(1, 5)))
    for _ in range(130):
        add("scripts", sprinkle(rng, sentence(rng), [SCRIPTS], rng.randint(1, 3)))
    for _ in range(110):
        add("symbols", sprinkle(rng, sentence(rng), [SYMBOLS], rng.randint(1, 5)))

    # Bulletins with structure and line breaks.
    for _ in range(90):
        add("bulletin", bulletin(rng, rng.randint(2, 6)))

    # Random mixtures of everything.
    for _ in range(200):
        add("fuzz", random_fuzz(rng, rng.randint(5, 160)))

    # Long texts (2,000-6,000 characters).
    for i in range(60):
        target = rng.randint(2000, 6000)
        parts = []
        total = 0
        while total < target:
            if i % 3 == 0:
                piece = bulletin(rng, rng.randint(3, 8))
            elif i % 3 == 1:
                piece = paragraph(rng, 3, 10) + rng.choice(["\n", "\n\n", "\r\n", "\u2029", ""])
            else:
                piece = random_fuzz(rng, rng.randint(50, 400)) + rng.choice(["\n", " ", ""])
            parts.append(piece)
            total += len(piece)
        text = "".join(parts)[:target]
        # never end on half of a "\r\n" pair split by truncation? (both halves are fine for jieba)
        add("long", text)

    # Deduplicate, keep first occurrence, number ids per prefix.
    seen = {}
    counters = {}
    rows = []
    for prefix, text in items:
        if text in seen:
            continue
        seen[text] = True
        counters[prefix] = counters.get(prefix, 0) + 1
        rows.append({"id": "%s-%04d" % (prefix, counters[prefix]), "text": text})
    return rows


def check(rows):
    for row in rows:
        text = row["text"]
        if "\x00" in text:
            raise SystemExit("NUL in " + row["id"])
        if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            raise SystemExit("lone surrogate in " + row["id"])
        text.encode("utf-8")


def dumps(obj):
    """JSON line with U+0085, U+2028 and U+2029 escaped so that no line-splitting reader breaks a record."""
    s = json.dumps(obj, ensure_ascii=False)
    return s.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    args = ap.parse_args()
    rows = generate()
    check(rows)
    if len(rows) < 2500:
        raise SystemExit("only %d texts generated" % len(rows))
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(dumps(row) + "\n")
    longest = max(len(r["text"]) for r in rows)
    print("wrote %d texts to %s (longest %d chars)" % (len(rows), os.path.relpath(args.output, REPO), longest), file=sys.stderr)


if __name__ == "__main__":
    main()
