/**
 * The swap model of spinning tools (伪原创): each row is one word-for-word substitution the tools
 * make — original (the standard word), spun (what the tool writes), how often the spun word is
 * ordinary Chinese on its own, and where the pair was seen.
 *
 * kind: "odd" — the spun word is rarely standard in official text (效劳, 根底, 立异): flagged unless
 *       its neighbours show a legitimate use (巧立名目, 不可估量);
 *       "amb" — the spun word is ordinary Chinese too (进展, 平安, 缺乏, 标准): flagged only where
 *       the neighbours are typical collocates of the original word and not of the spun one.
 * source: "seed: …" — seen in shared/reference/seed-report.txt (the phrases quoted);
 *         "conventions.md" — listed in the reference conventions ("Spun wording");
 *         "issue 13" — listed in the issue that asked for this detector;
 *         "spinner (…)" — a substitution of the common synonym-spinner tables (同义词替换), not seen
 *         in the seed; listed so that the same tool's other swaps are caught too.
 * Data, parsed once by spin-lexicon.ts; it travels in the lazily loaded lexicon chunk.
 */
export const SPIN_SWAPS_TSV = `original	spun	kind	source
发展	进展	amb	seed: 科学进展观, 进展思路, 经济进展, 可持续进展
发展	开展	amb	issue 13: 经济开展
增强	增加	amb	seed: 增加工作责任感
奋发	奋勉	odd	seed: 奋勉有为
顺利	顺当	odd	seed: 顺当开展, 特殊顺当
预计	估量	odd	seed: 估量到12月底, 估量明年初
服务	效劳	odd	seed: 协调效劳; issue 13: 公共效劳
准备	预备	odd	seed: 已预备就绪, 前期预备工作, 预备开工
特别	特殊	amb	seed: 特殊顺当
启动	起动	odd	seed: 二期工程明年春天起动
储备	储藏	amb	seed: 在谈项目储藏良好
跟踪	追踪	amb	seed: 追踪洽谈
娱乐	消遣	odd	seed: 集消遣、休闲…于一体
基础	根底	odd	seed: 根底设施; issue 13: 奠定根底
天然	自然	amb	seed: 自然气供气工程, 自然燃气
能力	力量	amb	seed: 供水力量, 拒腐防变的力量
部分	局部	amb	seed: 局部企业, 组成局部, 大局部; conventions.md
大部分	大局部	odd	seed: 大局部; conventions.md
基本	根本	amb	seed: 根本到达, 根本形成; conventions.md: 根本完成, 根本建成
达到	到达	amb	seed: 根本到达; conventions.md; issue 13
素质	素养	amb	seed: 队伍素养, 整体素养; issue 13
不足	缺乏	amb	seed: 一些缺乏, 相对缺乏, 了解缺乏; issue 13
认识	了解	amb	seed: 正确了解缺乏
认识	生疏	odd	seed: 充分生疏
相称	适合	amb	seed: 极不适合
十分	格外	amb	seed: 不格外明确
积极	乐观	amb	seed: 乐观整改, 乐观分子; issue 13
创建	创立	amb	seed: 乐观创立
宣传	宣扬	odd	seed: 宣扬工作, 学习宣扬, 对外宣扬
奖励	嘉奖	amb	seed: 表彰嘉奖
安排	支配	odd	seed: 支配部署, 支配在
研究	争辩	odd	seed: 集体争辩, 调查争辩
一致	全都	amb	seed: 团结全都
出现	消逝	odd	seed: 消逝一起
安全	平安	amb	seed: 平安生产, 平安第一, 平安责任; issue 13: 平安隐患
专门	特地	odd	seed: 特地的
招聘	聘请	amb	seed: 人员聘请
帮助	挂念	odd	seed: 挂念企业
提供	供应	amb	seed: 供应了人才保障
继续	连续	amb	seed: 连续加大, 连续深化
艰巨	困难	amb	seed: 长期困难的
原则	原那么	odd	seed: 原那么; conventions.md; issue 13
否则	否那么	odd	seed: 否那么; conventions.md
规则	规那么	odd	seed: 规那么; conventions.md
准则	准那么	odd	conventions.md (则→那么)
细则	细那么	odd	conventions.md (则→那么)
法则	法那么	odd	conventions.md (则→那么)
委以	赐予	odd	seed: 赐予重任
给予	赐予	odd	spinner (给予→赐予, as in the seed's 赐予重任)
委托	托付	odd	seed: 托付招商
掌握	把握	amb	seed: 把握更多的商户资源
农民	农夫	odd	seed: 变农夫为市民
注重	留意	odd	seed: 留意调查
注意	留意	odd	spinner (注意→留意)
延伸	延长	amb	seed: 延长到开发区股级以上领导干部
情况	状况	amb	seed: 完成状况
规范	标准	amb	seed: 进一步标准; conventions.md; issue 13
发达	兴旺	amb	seed: 兴旺国家; conventions.md
危险	危急	amb	seed: 危急化学品; conventions.md; issue 13
必须	必需	amb	seed: 必需坚持, 必需加强; conventions.md; issue 13
一定	必须	amb	seed: 取得了必须成绩; conventions.md
拒腐防变	防腐拒变	odd	seed: 防腐拒变的力量 (a reversal)
控制	掌握	amb	conventions.md: 掌握在…以内; issue 13
采用	采纳	amb	conventions.md: 采纳…技术; issue 13
增长	增添	amb	issue 13: 同比增添
贡献	奉献	amb	issue 13
项目	名目	odd	issue 13: 重点名目
创新	立异	odd	issue 13: 科技立异
建设	扶植	amb	issue 13
问题	题目	odd	spinner (问题→题目)
关键	要害	odd	spinner (关键→要害)
目标	方针	amb	spinner (目标→方针)
主要	首要	amb	spinner (主要→首要)
提高	进步	amb	spinner (提高→进步)
提升	晋升	amb	spinner (提升→晋升)
经验	阅历	odd	spinner (经验→阅历)
作用	效果	amb	spinner (作用→效果)
效率	功率	odd	spinner (效率→功率)
历史	前史	odd	spinner (历史→前史)
过去	曩昔	odd	spinner (过去→曩昔)
同时	一起	amb	spinner (同时→一起)
共同	一起	amb	spinner (共同→一起)
但是	可是	odd	spinner (但是→可是)
如果	假如	odd	spinner (如果→假如)
比如	比方	odd	spinner (比如→比方)
需要	需求	amb	spinner (需要→需求)
普遍	遍及	amb	spinner (普遍→遍及)
普及	遍及	amb	spinner (普及→遍及)
丰富	丰厚	amb	spinner (丰富→丰厚)
复杂	杂乱	amb	spinner (复杂→杂乱)
简单	简略	odd	spinner (简单→简略)
方便	便当	odd	spinner (方便→便当)
美好	夸姣	odd	spinner (美好→夸姣)
和谐	调和	odd	spinner (和谐→调和)
稳定	安稳	odd	spinner (稳定→安稳)
竞争	竞赛	amb	spinner (竞争→竞赛)
活力	生机	amb	spinner (活力→生机)
成本	本钱	odd	spinner (成本→本钱)
利润	赢利	amb	spinner (利润→赢利)
投资	出资	amb	spinner (投资→出资)
市场	商场	amb	spinner (市场→商场)
行业	职业	amb	spinner (行业→职业)
销售	出售	amb	spinner (销售→出售)
生产	出产	amb	spinner (生产→出产)
接受	承受	amb	spinner (接受→承受)
承担	承当	odd	spinner (承担→承当)
负责	担任	amb	spinner (负责→担任)
法律	法令	odd	spinner (法律→法令)
公开	揭露	amb	spinner (公开→揭露)
透明	通明	odd	spinner (透明→通明)
主动	自动	amb	spinner (主动→自动)
自觉	自发	amb	spinner (自觉→自发)
努力	尽力	amb	spinner (努力→尽力)
奋斗	斗争	amb	spinner (奋斗→斗争)
善于	长于	odd	spinner (善于→长于)
漏洞	缝隙	amb	spinner (漏洞→缝隙)
良好	杰出	amb	spinner (良好→杰出)
突出	凸起	odd	spinner (突出→凸起)
明显	显着	odd	spinner (明显→显着)
显著	显着	odd	spinner (显著→显着)
尽快	赶快	odd	spinner (尽快→赶快)
认真	仔细	amb	spinner (认真→仔细)
扎实	结实	amb	spinner (扎实→结实)
切实	实在	amb	spinner (切实→实在)
实际	实践	amb	spinner (实际→实践)
真正	真实	amb	spinner (真正→真实)
满足	满意	amb	spinner (满足→满意)
基层	底层	amb	spinner (基层→底层)
背景	布景	odd	spinner (背景→布景)
场所	场合	amb	spinner (场所→场合)
时代	年代	amb	spinner (时代→年代)
领域	范畴	amb	spinner (领域→范畴)
减少	削减	amb	spinner (减少→削减)
增加	添加	amb	spinner (增加→添加)
巩固	稳固	amb	spinner (巩固→稳固)
强调	着重	amb	spinner (强调→着重)
报告	陈述	amb	spinner (报告→陈述)
申请	请求	amb	spinner (申请→请求)
许可	答应	odd	spinner (许可→答应)
允许	答应	odd	spinner (允许→答应)
禁止	制止	amb	spinner (禁止→制止)
应对	应付	amb	spinner (应对→应付)
寻找	寻觅	odd	spinner (寻找→寻觅)
赢得	博得	odd	spinner (赢得→博得)
争取	争夺	amb	spinner (争取→争夺)
提前	提早	odd	spinner (提前→提早)
恢复	康复	amb	spinner (恢复→康复)
修改	批改	odd	spinner (修改→批改)
生活	日子	amb	spinner (生活→日子)
劳动	劳作	amb	spinner (劳动→劳作)
心理	心思	amb	spinner (心理→心思)
改变	改动	amb	spinner (改变→改动)
升级	晋级	amb	spinner (升级→晋级)
改革	变革	amb	spinner (改革→变革)
开放	敞开	amb	spinner (开放→敞开)
群众	大众	amb	spinner (群众→大众)
世界	国际	amb	spinner (世界→国际)
我们	咱们	odd	spinner (我们→咱们)
大家	咱们	odd	spinner (大家→咱们)
其中	其间	odd	spinner (其中→其间)
另外	别的	odd	spinner (另外→别的)
最后	终究	odd	spinner (最后→终究)
最终	终究	odd	spinner (最终→终究)
终于	总算	odd	spinner (终于→总算)
开始	开端	amb	spinner (开始→开端)
以前	曾经	amb	spinner (以前→曾经)
或者	或许	odd	spinner (或者→或许)
当然	天然	amb	spinner (当然→天然)
计算	核算	amb	spinner (计算→核算)
结构	构造	amb	spinner (结构→构造)
组织	构造	amb	spinner (组织→构造)
功能	功用	odd	spinner (功能→功用)
安装	装置	amb	spinner (安装→装置)
考核	查核	odd	spinner (考核→查核)
思想	思维	amb	spinner (思想→思维)
建议	主张	amb	spinner (建议→主张)
意见	定见	odd	spinner (意见→定见)
批评	批判	amb	spinner (批评→批判)
纪律	规律	amb	spinner (纪律→规律)
腐败	糜烂	odd	spinner (腐败→糜烂)
队伍	部队	amb	spinner (队伍→部队)
示范	演示	amb	spinner (示范→演示)
老人	白叟	odd	spinner (老人→白叟)
课堂	讲堂	amb	spinner (课堂→讲堂)
文字	笔墨	odd	spinner (文字→笔墨)
资产	财物	amb	spinner (资产→财物)
运输	运送	amb	spinner (运输→运送)
旅游	旅行	amb	spinner (旅游→旅行)
居民	住民	odd	spinner (居民→住民)
预测	猜测	odd	spinner (预测→猜测)
挑战	应战	odd	spinner (挑战→应战)
根本	底子	odd	spinner (根本→底子)
风险	危险	amb	spinner (风险→危险)
防范	防备	odd	spinner (防范→防备)
实施	施行	amb	spinner (实施→施行)
突破	打破	amb	spinner (突破→打破)
创造	发明	amb	spinner (创造→发明)
制造	制作	amb	spinner (制造→制作)
反映	反响	amb	spinner (反映→反响)
原因	缘由	odd	spinner (原因→缘由)
总之	总归	odd	spinner (总之→总归)
即将	行将	odd	spinner (即将→行将)
极其	极端	amb	spinner (极其→极端)
及时	实时	amb	spinner (及时→实时)
迅速	敏捷	odd	spinner (迅速→敏捷)
督促	催促	odd	spinner (督促→催促)
整理	收拾	odd	spinner (整理→收拾)
登记	挂号	amb	spinner (登记→挂号)
举报	告发	odd	spinner (举报→告发)
号召	召唤	odd	spinner (号召→召唤)
抓住	捉住	odd	spinner (抓住→捉住)
支出	开销	odd	spinner (支出→开销)
消费	花费	amb	spinner (消费→花费)
优势	优点	amb	spinner (优势→优点)
精神	精力	amb	spinner (精神→精力)
作风	风格	amb	spinner (作风→风格)
目的	意图	odd	spinner (目的→意图)
全面	周全	odd	spinner (全面→周全)
有效	有用	amb	spinner (有效→有用)
稳妥	稳当	odd	spinner (稳妥→稳当)
工作	作业	amb	spinner (工作→作业)
完成	完结	odd	spinner (完成→完结)
国家	国度	odd	spinner (国家→国度)
可能	或许	odd	spinner (可能→或许)
发挥	阐扬	odd	spinner (发挥→阐扬)
具体	详细	amb	spinner (具体→详细)
完整	完好	amb	spinner (完整→完好)
特别	格外	amb	spinner (特别→格外)
引进	引入	amb	spinner (引进→引入)
任务	使命	amb	spinner (任务→使命)
问题	疑问	amb	spinner (问题→疑问)
规模	规划	amb	spinner (规模→规划)
综合	归纳	amb	spinner (综合→归纳)
人民群众	人民大众	amb	spinner (群众→大众 inside 人民群众: the segmenter reads 人民大众 as one word)
措施	办法	amb	spinner (措施→办法)
措施	方法	amb	spinner (措施→方法)
管理	办理	amb	spinner (管理→办理)
困难	艰难	amb	spinner (困难→艰难)
全面	全部	amb	spinner (全面→全部)
保障	确保	amb	spinner (保障→确保)
组织	安排	amb	spinner (组织→安排)
部门	部分	amb	spinner (部门→部分)
检查	查看	amb	spinner (检查→查看)
评价	点评	amb	spinner (评价→点评)
规定	规矩	amb	spinner (规定→规矩)
重点	要点	amb	spinner (重点→要点)
特色	特征	amb	spinner (特色→特征)
优秀	优异	amb	spinner (优秀→优异)
严格	严厉	amb	spinner (严格→严厉)
发挥	发扬	amb	spinner (发挥→发扬)
分析	剖析	amb	spinner (分析→剖析)
研究	研讨	amb	spinner (研究→研讨)
调查	查询	amb	spinner (调查→查询)
时间	时刻	amb	spinner (时间→时刻)
当前	当时	amb	spinner (当前→当时)
目前	当时	amb	spinner (目前→当时)
形成	构成	amb	spinner (形成→构成)
建立	树立	amb	spinner (建立→树立)
损失	丢失	amb	spinner (损失→丢失)
负担	担负	amb	spinner (负担→担负)
矛盾	对立	amb	spinner (矛盾→对立)
障碍	妨碍	amb	spinner (障碍→妨碍)
意义	含义	amb	spinner (意义→含义)
充分	充沛	amb	spinner (充分→充沛)
重大	严重	amb	spinner (重大→严重)
严重	严峻	amb	spinner (严重→严峻)
相当	适当	amb	spinner (相当→适当)
落后	掉队	amb	spinner (落后→掉队)
更加	愈加	odd	spinner (更加→愈加)
积极	活跃	amb	spinner (积极→活跃)
涉及	触及	amb	spinner (涉及→触及)
说明	阐明	amb	spinner (说明→阐明)
表明	标明	amb	spinner (表明→标明)
探索	探究	amb	spinner (探索→探究)
降低	下降	amb	spinner (降低→下降)
采取	采纳	amb	spinner (采取→采纳)
模式	形式	amb	spinner (模式→形式)
热点	热门	amb	spinner (热点→热门)
核心	中心	amb	spinner (核心→中心)
效益	效果	amb	spinner (效益→效果)
重要	要紧	amb	spinner (重要→要紧)
扎实	厚实	amb	spinner (扎实→厚实)
突出	杰出	amb	spinner (突出→杰出)
知识	常识	amb	spinner (知识→常识)
控制	操控	amb	spinner (控制→操控)
今后	往后	amb	spinner (今后→往后)
协调	和谐	amb	spinner (协调→和谐)
机遇	机会	amb	spinner (机遇→机会)
振兴	复兴	amb	spinner (振兴→复兴)
贫困	贫穷	amb	spinner (贫困→贫穷)
教育	教学	amb	spinner (教育→教学)
积累	堆集	odd	spinner (积累→堆集)
集中	会集	odd	spinner (集中→会集)
制度	轨制	odd	spinner (制度→轨制)
决策	决议计划	odd	spinner (决策→决议计划)
全部	悉数	odd	spinner (全部→悉数)
信息	音讯	odd	spinner (信息→音讯)
时候	时分	odd	spinner (时候→时分)
宗旨	主旨	odd	spinner (宗旨→主旨)
`;
