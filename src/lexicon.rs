//! Word tables shared by the stages: bound qualifiers, verbs, connectives.
//! Each table is data, one entry per word; to teach the crate a new word,
//! add it here.

use crate::model::{Basis, Bound, Direction, Measure};

/// Qualifiers written before a number, with the bound they set.
/// Longest first where one word starts another.
pub(crate) const BOUNDS_BEFORE: &[(&str, Bound)] = &[
    // A negated bound is the other bound: 不少于 is at least, 不超过 at most.
    ("不少于", Bound::Over),
    ("不低于", Bound::Over),
    ("不小于", Bound::Over),
    ("不超过", Bound::Under),
    ("不高于", Bound::Under),
    ("不多于", Bound::Under),
    ("不大于", Bound::Under),
    ("至少", Bound::Over),
    ("起码", Bound::Over),
    ("起碼", Bound::Over),
    ("最少", Bound::Over),
    ("最多", Bound::Under),
    ("至多", Bound::Under),
    ("超过", Bound::Over),
    ("突破", Bound::Over),
    ("高于", Bound::Over),
    ("多于", Bound::Over),
    ("超", Bound::Over),
    ("逾", Bound::Over),
    ("大约", Bound::About),
    ("约", Bound::About),
    ("将近", Bound::Under),
    ("接近", Bound::Under),
    ("不足", Bound::Under),
    ("不到", Bound::Under),
    ("低于", Bound::Under),
    ("少于", Bound::Under),
    ("近", Bound::Under),
];

/// Qualifiers written between the number and the unit (`1300余人`, `300多家`).
pub(crate) const BOUNDS_INSIDE: &[(&str, Bound)] = &[("余", Bound::Over), ("多", Bound::Over)];

/// Thresholds after an amount or a grade, which may name a category
/// (`亿元以上项目`, `省级以上园区`) rather than bound a figure.
pub(crate) const THRESHOLDS: [&str; 4] = ["以上", "以下", "及以上", "及以下"];

/// Qualifiers written after the unit.
pub(crate) const BOUNDS_AFTER: &[(&str, Bound)] = &[
    ("及以上", Bound::Over),
    ("或以上", Bound::Over),
    ("或以下", Bound::Under),
    ("以上", Bound::Over),
    ("以内", Bound::Under),
    ("及以下", Bound::Under),
    ("以下", Bound::Under),
    ("左右", Bound::About),
    ("上下", Bound::About),
];

/// Words that, right after a duration, make it the name of a plan or
/// campaign (`三年行动`, `五年规划`) rather than a figure.
pub(crate) const PLAN_NAMES: &[&str] =
    &["行动", "计划", "規劃", "計劃", "計畫", "规划", "攻坚", "工程", "方案", "战略", "纲要", "專項", "专项", "会战", "目标", "设想"];

/// Words right before a span of years that make it a figure, the time
/// something lasts or holds (`连续两年`, `长达2600年`, `创20年新高`), not
/// the span a review or plan covers (`五年来`, `五年新设…`).
pub(crate) const DURATION_BINDERS: &[&str] = &[
    "连续", "长达", "经过", "历经", "历时", "用时", "用了", "花了", "创", "延长", "延长到", "延长至", "再延长", "达", "达到", "超过",
    "提前", "缩短", "缩短了", "已经", "已", "还有", "满", "为期", "期限", "用", "至少", "最长", "最短", "平均", "不少于", "不超过",
    "之后", "以后", "届满",
];

/// Places a small Chinese count counts when the places are listed beside
/// it (`广东、福建两省`, `西宁、海东两市`, `南昌、赣江新区、九江三地`,
/// `M1、M2两路`).
pub(crate) const LISTED_PLACE_NOUNS: &str = "省市县区乡镇村地路";

/// Words that begin with one of the [`LISTED_PLACE_NOUNS`] and are no place
/// (`三区域总部`, `两市场`).
pub(crate) const LISTED_PLACE_WORDS: &[&str] = &["区域", "区位", "市场", "市民", "地区", "地方", "地域", "路线", "路径", "县域", "县城", "乡村", "镇村", "村民", "省份"];

/// Nouns of people that a count of a group stands before without a
/// classifier (`100万新就业群体`, `1.77亿农民`): the noun is the unit.
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "群体", "群众", "农民", "农牧民", "女生", "男生", "学生", "儿童", "婴幼儿", "幼儿", "新生儿", "老人", "老年人", "居民", "市民", "村民", "职工", "员工",
    "人口", "农户", "家庭", "患者", "病人", "游客", "旅客", "乘客", "观众", "党员", "劳动力", "人员", "人才", "青年", "毕业生",
    "妇女", "残疾人", "用户", "会员", "师生", "教师", "考生", "贫困户", "脱贫户", "消费者", "移民", "军人", "职员", "工人",
];

/// Nouns of places and bodies: a small Chinese count before them is a
/// count (`两个社区`, `五个村`, `三所学校`), not a slogan (`三篇大文章`).
pub(crate) const BODY_NOUNS: &[&str] = &[
    "村", "社区", "乡", "镇", "县", "区", "市", "省", "街道", "学校", "小学", "中学", "大学", "医院", "企业", "公司", "园区", "基地",
    "项目", "工程", "平台", "城市", "国家", "单位", "部门", "车间", "工厂", "站", "馆", "港", "机场", "会", "队", "家庭", "小区",
    "口岸", "水库", "电站", "景区", "院", "所", "中心", "片区",
    // Parts of a plan and built things counted in county prose (七个方面, 三座桥梁).
    "方面", "桥梁", "道路", "公园", "广场",
];

/// Verbs after which a small Chinese count counts what was built or added
/// (`建成一座`, `创建一条市级…观光线`), not an article (`一批`) or a slogan.
pub(crate) const ONE_COUNTED_AFTER: &[&str] = &["建成", "新建", "创建", "新增", "开通", "获批"];

/// Nouns after a sum that make it a category of firm or project, not a
/// figure, when the sum is a floor or round (`超10亿元项目`, `百亿元企业`).
pub(crate) const CATEGORY_NOUNS: &[&str] = &["企业", "项目", "产业", "集群", "工程", "园区"];

/// Nouns that begin with a word of [`NOUN_ENDERS`] (`中心` with `中`,
/// `上海` with `上`): after a count they go on with the noun
/// (`9个国家区域医疗中心`, `37家中央企业`), not end it.
pub(crate) const NOUNS_STARTING_LIKE_ENDERS: &[&str] = &[
    "中心", "因素", "基本原则", "基本国策", "中国", "中央", "中小", "中医", "中药", "中部", "中试", "中华", "中欧", "中亚", "中东", "中西部", "中型", "中学",
    "中职", "中长期", "中高端", "中转", "内蒙古", "内河", "内陆", "内需", "上海", "上游", "有色", "有机", "有企业", "有资本", "有资产",
    "有经济", "有林",
];

/// Words that hold a word of [`NOUN_ENDERS`] past their first char
/// (`宜居` holds `居`, `国有` holds `有`, `和美` is no `和`): a noun after a
/// count goes on through them (`10个宜居宜业和美乡村`, `24万户国有小企业`).
pub(crate) const NOUN_WORDS_HOLDING_ENDERS: &[&str] = &["宜居", "和美", "国有", "创建示范"];

/// Nouns that end with a word of [`NOUN_ENDERS`] (`高中` with `中`): a
/// noun after a count goes on through them (`10所普通高中建设`).
pub(crate) const NOUNS_ENDING_LIKE_ENDERS: &[&str] = &["高中", "初中", "华中", "行为"];

/// Words that end a noun phrase: verbs, adverbs and postpositions that can
/// follow the noun a count stands before (`5个风电项目陆续并网发电`).
pub(crate) const NOUN_ENDERS: &[&str] = &[
    "揭牌", "封顶", "扎实", "全省推广", "全市推广", "全国推广",
    "陆续", "加快", "未能", "未", "全部", "全面", "基本", "顺利", "稳步", "持续", "分别", "均", "已", "已经", "正在", "相继", "先后",
    "率先", "成功", "圆满", "如期", "提前", "因", "因为", "由于", "首次", "同比", "比上年", "较上年", "累计", "共", "共计", "合计", "实现", "纳入", "列为", "列入",
    "入选", "获评", "获批", "获得", "获", "荣获", "被", "通过", "完成", "建成", "新建", "新增", "组建", "优化", "上线",
    "投入", "投产", "开工", "竣工", "落地", "签约", "达到", "达", "增长", "下降", "提高", "提升", "减少", "增加", "得到",
    "参与", "参加", "受益", "惠及", "覆盖", "中", "内", "里", "上", "以上", "以下", "等", "的", "和", "与", "及",
    "并", "在", "为", "是", "有", "进入", "跻身", "排名", "位居", "位列", "居", "排", "成为", "改造", "整治", "创建", "消除",
    "兑现", "开展", "启动", "建设", "推进", "实施", "运行", "运营", "挂牌", "授牌", "认定", "评为", "达标", "免除", "免费", "提供",
    "享受", "接受", "用上", "吃上", "住上", "参保", "落户", "提质", "成型", "脱贫", "受到", "用于", "投向", "扶持", "帮助", "得以", "全部", "连续",
];

/// Words that open a clause without belonging to its indicator. Scope and
/// time words (`全年`, `当年`, `年末`) are no connectives: they stay.
pub(crate) const CONNECTIVES: &[&str] = &[
    "同时", "其中", "此外", "另外", "并且", "而且", "以及", "并", "及", "和", "与", "使", "让", "其", "共", "则", "力争", "确保",
    "努力", "预计", "争取", "但是", "但", "而", "却", "即使", "即", "虽然", "尽管", "因此", "所以",
    "等于", "等於", "相当于", "相當於",
];

/// Scope and time words that are never an indicator alone (`全年增长5%`
/// inherits the indicator before; `年内新建3所学校` takes `学校`).
pub(crate) const SCOPE_WORDS: &[&str] = &[
    "全年", "当年", "年内", "年末", "年底", "目前", "截至目前", "截至年底", "今年", "去年", "上年", "明年", "全市", "全省", "全区",
    "全县", "全州", "全国", "累计", "共", "总共", "其中", "当前", "现在", "同期", "期间", "全年累计", "年均",
];

/// Nouns that name a sum of money: an amount before one is of it
/// (`中央安排30亿元国债资金`, `336亿元的农业税赋`).
pub(crate) const MONEY_NOUNS: &[&str] = &[
    "资金", "基金", "经费", "贷款", "补贴", "补助", "奖补", "奖励", "债券", "国债", "专项债", "投资", "资本", "税赋", "税费", "税款",
    "费用", "支出", "收入", "集资", "赔偿", "救济", "捐款", "拨款", "预算", "欠款", "欠薪", "工资",
];

/// Words before a change that say what it is measured against.
pub(crate) const BASES: &[(&str, Basis)] = &[
    ("比上年同期", Basis::YearOnYear),
    ("比上年", Basis::YearOnYear),
    ("较上年", Basis::YearOnYear),
    ("比去年", Basis::YearOnYear),
    ("较去年", Basis::YearOnYear),
    ("同比", Basis::YearOnYear),
    ("年均", Basis::AnnualAverage),
    ("平均每年", Basis::AnnualAverage),
    ("每年平均", Basis::AnnualAverage),
    ("年平均", Basis::AnnualAverage),
];

/// Verbs right before a figure: what they make of it.
pub(crate) struct Verb {
    pub word: &'static str,
    pub measure: Measure,
    pub direction: Option<Direction>,
}

const fn level(word: &'static str) -> Verb {
    Verb { word, measure: Measure::Level, direction: None }
}

const fn change(word: &'static str, direction: Direction) -> Verb {
    Verb { word, measure: Measure::Change, direction: Some(direction) }
}

use Direction::{Decrease, Improve, Increase};

/// The verb table, read at the end of the text before a figure, longest
/// first. `提高到` names the level reached; `提高` the change.
pub(crate) const VERBS: &[Verb] = &[
    level("提高到"),
    level("提高至"),
    level("提升到"),
    level("提升至"),
    level("增加到"),
    level("增加至"),
    level("增长到"),
    level("增长至"),
    level("上升到"),
    level("上升至"),
    level("扩大到"),
    level("扩大至"),
    level("下降到"),
    level("下降至"),
    level("降低到"),
    level("降低至"),
    level("减少到"),
    level("减少至"),
    level("压缩到"),
    level("压缩至"),
    level("缩短到"),
    level("缩短至"),
    level("缩小到"),
    level("缩小至"),
    level("降到"),
    level("降至"),
    level("增至"),
    level("减至"),
    level("升至"),
    level("升到"),
    level("跃升至"),
    level("跃升到"),
    level("压减至"),
    level("压减到"),
    level("缩减至"),
    level("缩减到"),
    level("上升为"),
    level("下降为"),
    level("降为"),
    level("减为"),
    level("缩减为"),
    level("控制在"),
    level("稳定在"),
    level("保持在"),
    level("维持在"),
    level("保持"),
    level("迈上"),
    level("跨上"),
    level("跃上"),
    level("站上"),
    level("登上"),
    level("跨过"),
    level("跨越"),
    level("创"),
    level("达到"),
    level("达"),
    level("定为"),
    level("定在"),
    level("确定为"),
    level("为"),
    level("是"),
    level("实现"),
    level("完成"),
    level("突破"),
    level("累计"),
    level("拟按"),
    level("拟安排"),
    level("安排"),
    level("拥有"),
    level("新增"),
    level("新建"),
    level("共有"),
    level("有"),
    level("共计"),
    level("合计"),
    level("超过"),
    level("占"),
    change("增长", Increase),
    change("增加", Increase),
    change("提高", Increase),
    change("增高", Increase),
    change("提升", Increase),
    change("上升", Increase),
    change("上涨", Increase),
    change("扩大", Increase),
    change("下降", Decrease),
    change("减少", Decrease),
    change("降低", Decrease),
    change("压缩", Decrease),
    change("缩小", Decrease),
    change("缩短", Decrease),
    change("回落", Decrease),
    change("压减", Decrease),
    change("削减", Decrease),
    change("缩减", Decrease),
    change("递增", Increase),
    change("遞增", Increase),
    change("递减", Decrease),
    change("遞減", Decrease),
    change("下滑", Decrease),
    change("增产", Increase),
    change("减产", Decrease),
    change("增收", Increase),
    change("减收", Decrease),
    change("月增", Increase),
    change("年增", Increase),
    change("多增", Increase),
    change("净增", Increase),
    change("翻", Increase),
    change("前移", Increase),
    change("少增", Decrease),
    change("改善", Improve),
    change("好转", Improve),
];

/// Verbs between the two ends of `由A…到B` / `从A…到B` / `A…重组成B`,
/// without their direction: it follows from the two values.
pub(crate) const FROM_TO_LINKS: &[&str] = &[
    "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至", "扩大到", "扩大至",
    "拓展到", "跃升到", "跃升至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "压缩到", "压缩至", "缩短到",
    "缩短至", "缩小到", "缩小至", "降到", "降至", "增至", "减至", "提高为", "变为", "调整为", "重组成", "重组为", "整合为",
    "整合至", "合并为", "压减至", "压减到", "到", "至",
];

/// Links that pair two figures even without a 由 before the first
/// (`11户市属国企优化重组成6户`).
pub(crate) const MERGE_LINKS: &[&str] =
    &["重组成", "重组为", "整合为", "整合至", "合并为", "变为", "调整为", "压减至", "压减到"];

/// Adverbs between an indicator and its verb (`能耗强度累计下降17.3%`).
pub(crate) const ADVERBS: &[&str] = &[
    "按可比价格计算", "按可比价计算", "按可比口径", "累计", "合计", "总计", "共计", "拟", "再", "又", "也", "就", "仍", "仍然", "依然", "进一步", "大幅", "大幅度", "较大幅度", "大大", "持续",
    "稳步", "逐步", "逐年", "迅速", "快速", "较快", "明显", "显著", "平均", "预计", "将", "已", "共", "首次", "首度", "历史性", "已经",
];

/// Words that are all that is left between a time frame and a verb.
pub(crate) const POSTPOSITIONS: &[&str] = &["内", "中", "间", "来", "以来", "里", "后", "前", "期间", "之内", "之间", "年来"];

/// Words that make a sentence a goal rather than a report.
pub(crate) const TARGET_WORDS: &[&str] =
    &["预期目标", "主要目标", "发展目标", "目标是", "目标为", "力争", "确保", "努力实现", "要达到", "将达到"];

/// Words that name the field of a rank, longest first where one starts another.
pub(crate) const SCOPES: &[&str] = &[
    "全国同类城市", "全国", "全省", "全市", "全区", "全州", "全县", "全盟", "全球", "世界", "东北", "中西部", "西部", "中部",
    "省内", "国内", "同类城市",
];

/// Verbs that introduce a place in a ranking.
pub(crate) const RANK_VERBS: &[&str] =
    &["排名", "排在", "排位", "排", "位居", "位列", "名列", "稳居", "跃居", "跃升至", "跃升到", "提升至", "提升到", "上升至", "上升到", "上升为", "升至", "居", "列"];

/// Words after `第一` that make it a tier, not a place (`居全国第一方阵`).
pub(crate) const RANK_TIERS: &[&str] = &["方阵", "梯队", "档", "阵营", "序列", "批"];

/// Words that open a sentence looking back at the year or the years
/// before: what it goes on to say was done.
pub(crate) const LOOKING_BACK: &[&str] =
    &["过去一年", "过去的一年", "去年", "上一年", "一年来", "刚刚过去的", "过去五年", "过去的五年", "五年来", "这五年"];

/// Words in a top-level heading that name the review of past years.
pub(crate) const REVIEW_TITLES: &[&str] = &["回顾", "成就", "成绩", "总结"];

/// Words in a top-level heading that open the plan part of a report, where
/// every figure is a goal.
pub(crate) const PLAN_TITLES: &[&str] =
    &["工作安排", "工作任务", "重点工作", "主要工作", "主要任务", "目标任务", "今年工作", "总体要求", "工作部署", "工作的建议", "工作建议", "计划的任务", "主要指标"];

use crate::model::Status;

/// Where a status word stands in relation to the names it applies to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Place {
    /// After the names only: `A建成投用`, `A进展顺利`.
    After,
    /// After the names, or before them as a verb: `A开工`, `开工A`.
    Either,
    /// Before the names only: `规划A` (`A规划` is a plan's document).
    Before,
}

/// A status word of projects: the word, the status it says, and where it
/// may stand.
pub(crate) struct StatusWord {
    pub word: &'static str,
    pub status: Status,
    pub place: Place,
}

const fn after(word: &'static str, status: Status) -> StatusWord {
    StatusWord { word, status, place: Place::After }
}

const fn before(word: &'static str, status: Status) -> StatusWord {
    StatusWord { word, status, place: Place::Before }
}

const fn either(word: &'static str, status: Status) -> StatusWord {
    StatusWord { word, status, place: Place::Either }
}

use Status::{Completed, InProgress, Landed, Operating, Planned, Signed, Started};

/// Status words of projects, with the status they say, grouped by status.
/// Preparation (前期工作, 立项, 获批) is `planned`. Where one word starts
/// another, the longer is found (`开工建设` before `开工`).
pub(crate) const STATUSES: &[StatusWord] = &[
    either("谋划推进", Planned),
    either("谋划", Planned),
    either("规划建设", Planned),
    before("规划", Planned),
    after("获批立项", Planned),
    after("获批建设", Planned),
    after("完成核准", Planned),
    after("完成项目核准", Planned),
    after("达成合作意向", Planned),
    after("前期工作", Planned),
    after("开展前期", Planned),
    after("完成前期", Planned),
    after("加快前期", Planned),
    after("立项", Planned),
    after("获批", Planned),
    either("成功签约", Signed),
    either("顺利签约", Signed),
    either("签约", Signed),
    after("签订协议", Signed),
    after("完成招商", Signed),
    after("达成协议", Signed),
    after("签约落地", Landed),
    after("成功落地", Landed),
    after("正式落地", Landed),
    after("落地", Landed),
    after("入驻", Landed),
    after("落户", Landed),
    either("引进", Landed),
    either("落地开工", Started),
    either("开工建设", Started),
    either("新开工", Started),
    either("开工", Started),
    after("破土动工", Started),
    after("全面开工", Started),
    after("集中开工", Started),
    after("动工", Started),
    after("复工", Started),
    either("启动建设", Started),
    either("启动实施", Started),
    after("开建", Started),
    either("启动", Started),
    either("加快建设", InProgress),
    either("加快推进", InProgress),
    either("加速建设", InProgress),
    either("提速建设", InProgress),
    after("全面提速", InProgress),
    either("顺利实施", InProgress),
    either("稳步实施", InProgress),
    either("稳步推进", InProgress),
    after("有序推进", InProgress),
    after("扎实推进", InProgress),
    either("全力推进", InProgress),
    after("加速推进", InProgress),
    after("顺利推进", InProgress),
    either("深入实施", InProgress),
    either("实施", InProgress),
    either("重点建设", InProgress),
    either("抓好", InProgress),
    either("打造", InProgress),
    either("推进", InProgress),
    after("全面展开", InProgress),
    after("初具规模", InProgress),
    either("续建", InProgress),
    after("进展顺利", InProgress),
    after("取得重要进展", InProgress),
    after("取得重大进展", InProgress),
    after("取得积极进展", InProgress),
    after("取得阶段性进展", InProgress),
    after("取得新进展", InProgress),
    after("主体完工", Completed),
    after("全面完工", Completed),
    after("整体完工", Completed),
    after("全面竣工", Completed),
    after("具备通水条件", Completed),
    after("具备通车条件", Completed),
    after("具备搬迁条件", Completed),
    after("达到入住条件", Completed),
    after("完成主体建设", Completed),
    after("完成提档升级", Completed),
    either("完成", Completed),
    after("主体工程完工", Completed),
    after("基本完工", Completed),
    after("完成主体工程", Completed),
    after("主体封顶", Completed),
    after("封顶", Completed),
    after("竣工", Completed),
    after("完工", Completed),
    either("基本建成", Completed),
    either("建成", Completed),
    after("建成使用", Completed),
    after("全线贯通", Completed),
    after("贯通", Completed),
    after("通过验收", Completed),
    after("通过省级验收", Completed),
    after("通过国家验收", Completed),
    after("通过竣工验收", Completed),
    after("建成投产", Operating),
    after("建成投运", Operating),
    after("建成运营", Operating),
    after("建成运行", Operating),
    after("建成开放", Operating),
    after("建成并网", Operating),
    after("竣工投产", Operating),
    after("投产达效", Operating),
    after("投产达产", Operating),
    after("投产", Operating),
    after("达产", Operating),
    after("并网发电", Operating),
    after("全容量并网", Operating),
    after("并网", Operating),
    either("建成投用", Operating),
    after("正式投入使用", Operating),
    after("投入使用", Operating),
    after("竣工通车", Operating),
    after("开港运营", Operating),
    after("揭牌启用", Operating),
    after("正式营业", Operating),
    after("营业", Operating),
    after("正式运行", Operating),
    after("挂牌运行", Operating),
    after("挂牌成立", Operating),
    after("正式挂牌", Operating),
    after("开馆", Operating),
    after("开园", Operating),
    after("交付使用", Operating),
    after("投用", Operating),
    after("投运", Operating),
    after("投入运营", Operating),
    after("正式运营", Operating),
    after("试运行", Operating),
    after("建成通车", Operating),
    after("正式通车", Operating),
    after("全线通车", Operating),
    after("通车", Operating),
    either("开通", Operating),
    after("开业", Operating),
    after("实现产业化", Operating),
];

/// Verbs that wrap a name with 建设 after it (`加快A建设`, `推进A建设`),
/// with the status text reported and the status.
pub(crate) const BUILDING_LEADS: &[(&str, &str, Status)] = &[
    ("加快推进", "加快推进", InProgress),
    ("全力推进", "全力推进", InProgress),
    ("加快", "加快建设", InProgress),
    ("加速", "加速建设", InProgress),
    ("提速", "提速建设", InProgress),
    ("推进", "推进建设", InProgress),
    ("推动", "推动建设", InProgress),
    ("抓紧", "抓紧建设", InProgress),
    ("加紧", "加紧建设", InProgress),
    ("抓好", "抓好建设", InProgress),
    ("启动", "启动建设", Started),
];

/// Words a project name ends with: the kinds of undertaking.
pub(crate) const PROJECT_SUFFIXES: &[&str] = &[
    "项目", "工程", "专项", "电站", "核电", "电厂", "风电场", "光伏", "园区", "产业园", "基地", "中心", "医院", "院区", "学校", "校区",
    "院", "园", "馆", "公园", "综合体", "高速", "高速公路", "公路", "铁路", "高铁", "城际", "地铁", "轨道交通", "机场", "段",
    "航站楼", "跑道", "码头", "港", "港区", "场", "通道", "航道", "运河", "枢纽", "大桥", "桥", "隧道", "水库", "灌区", "管道", "管网", "线",
    "产线", "生产线", "站", "油田", "气田", "矿", "联网", "示范区", "合作区", "开发区", "功能区", "新区", "片区", "平台",
    "污水处理厂", "厂", "棚户区改造", "改扩建", "一期", "二期", "三期", "四期", "五期",
    // Built things and places of work that city and county reports name
    // without 项目 or 工程 (`万达广场、希尔顿酒店投入运营`).
    "小镇", "新城", "科技城", "科学城", "大学城", "教育城", "汽车城", "商贸城", "商城", "商场", "超市", "酒店", "宾馆", "市场", "写字楼", "大厦", "楼", "景区", "道路", "大道", "大街", "街",
    "路", "管廊", "小区", "安置房", "回迁楼", "仓库", "新村", "广场", "热电联产", "风电", "经济区", "实验室", "大厅", "干渠",
    // Named works on a place or facility (`人民路雨污分流改造`).
    "改造", "提标改造", "迁建", "生态修复", "景观提升", "提质", "综合提升",
];

/// Kinds named after `等` at the end of a list of names that are not
/// themselves project suffixes (`A、B等算力设施`).
pub(crate) const LIST_KINDS: &[&str] = &["设施", "工作", "任务"];

/// The roles a frame `以…为` gives the facilities it names as models of a
/// plan (`以A基地为依托`, `以A、B小区为龙头`).
pub(crate) const FRAME_ROLES: &[&str] =
    &["为龙头", "为重点", "为依托", "为中心", "为核心", "为骨干", "为主体", "为载体", "为支撑", "为引领", "为带动"];

/// A share of the plan done, before its percent (`投资完成年度计划的110%`):
/// the percent is of the subject before it.
pub(crate) const PLAN_SHARES: &[&str] = &["完成年度计划的", "完成年计划的", "完成全年计划的", "完成计划的"];

/// Words that open a generic mention, not a name (`一批优质外资项目`).
pub(crate) const GENERIC_NAME_STARTS: &[&str] = &[
    "一批", "一些", "一系列", "多个", "若干", "各类", "各项", "这些", "一大批", "重大", "重点", "部分", "有", "的", "了", "更多",
    "其他", "相关", "配套", "所有", "全部", "标志性", "在建", "储备", "招商", "民生", "百亿级", "十亿级", "亿元级", "政府投资",
    "专项债", "中央预算内", "工程建设", "大中型", "高水平", "高质量", "保障性",
];

/// Words that, before a head word and nothing else, make a kind of thing,
/// not a named one (`零碳园区`, `口袋公园`, `大项目`, `技改项目`, `二期工程`).
pub(crate) const KIND_MODIFIERS: &[&str] =
    &["零碳", "大", "口袋", "产业", "宿舍", "节能", "体育", "地下", "地下综合", "储能", "外资", "停车", "技改", "虚拟", "二期", "国家", "抽水蓄能", "共性技术"];

/// Verbs a named project does things with when it opens a clause
/// (`渝西水资源配置工程破解区域缺水难题`, `A项目入选…`): what makes a
/// clause's opening a name when no status is said.
pub(crate) const PROJECT_PREDICATES: &[&str] = &[
    "入选", "取得", "结束", "破解", "开辟", "荣获", "获得", "获评", "成为", "带动", "列入", "纳入", "被评为", "被列为", "被认定为", "惠及",
    "总投资", "计划总投资", "累计完成投资", "完成投资", "已完成", "累计", "年内", "今年", "全面", "有效", "极大",
];

/// Words that end a generic mention, a kind of project in a field
/// (`节能降耗重点项目`).
pub(crate) const GENERIC_NAME_ENDS: &[&str] = &[
    "重点项目", "重点工程", "重大项目", "重大工程", "重点建设工程", "重点建设项目", "标志性项目", "标志性工程", "民生工程", "民生项目", "实事项目", "阶段", "手段", "地段", "时段",
    "一带一路", "一带一路”", "线路",
    // 引进企业入园: entering a park, no park.
    "入园",
];

/// Kinds of place or thing that make a work on them (`城中村改造`,
/// `老旧小区改造`) a kind of work, not a named one (`人民路雨污分流改造`).
pub(crate) const GENERIC_WORK_OBJECTS: &[&str] =
    &["城中村", "老旧小区", "老旧街区", "老旧厂区", "棚户区", "危旧房", "危房", "农村危房", "公司制", "股份制", "行业", "企业", "国有企业"];

/// Heads of what a report sets out to become rather than to build: after
/// 打造 they name an aim (`打造国家中医药综合改革示范区`, `打造区域性会展中心`),
/// not a project (`打造医药及大健康产业基地`).
pub(crate) const AIM_HEADS: &[&str] = &[
    "示范区", "先行区", "试验区", "引领区", "中心", "平台", "枢纽", "高地", "策源地", "家园", "样板", "标杆", "片区", "环线", "风景线", "服务站", "市场",
];

/// Words that end a named work on a place or facility.
pub(crate) const WORK_SUFFIXES: &[&str] = &["改造", "提标改造", "迁建", "生态修复", "景观提升", "提质", "综合提升"];

/// Chars that end the names of places and facilities (`人民路`, `北河`,
/// `城内村`, `百里峡景区`): a work names one of them, or it is a kind of
/// work (`设备更新和技术改造`, `社保扩面提质`).
pub(crate) const PLACE_ENDS: &str = "路街道桥河湖江溪渠山峡村镇乡园场站厂港楼馆院校区岸湾库矿线段城宫寺塔井厅室网池塘堤速铁间";

/// Words before a project name that belong to the sentence, not the name.
pub(crate) const NAME_LEAD_VERBS: &[&str] = &[
    "推动", "推进", "加快", "依托", "实施", "引进", "支持", "全力", "积极", "力争", "确保", "其中", "同时", "并", "以及",
    "建设", "开工", "新建", "新增", "续建", "加强", "强化", "完善", "好", "了", "今年", "全年", "年内", "去年", "明年", "当年",
    "重点", "继续", "着力", "大力", "持续", "协调", "争取", "保障", "服务", "完成", "抓好", "做好", "统筹", "启动", "陆续",
    "布局", "筹建", "力促", "实现",
];

/// Firsts that open a name's region and are no part of the name
/// (`全国首个“一带一路”科技创新合作区`).
pub(crate) const NAME_FIRSTS: &[&str] =
    &["全国首个", "全省首个", "全市首个", "国内首个", "全国首家", "首个", "首家", "首条", "首座", "首批"];

/// Verbs that, inside the text before a status word, end the sentence's
/// lead and start the names (`全力推动A项目建成投产` → `A项目`).
pub(crate) const NAME_OPENING_VERBS: &[&str] =
    &["推动", "推进", "加快", "实施", "开工", "启动", "确保", "力争", "支持", "用于", "完成", "开展", "加强", "建设", "建好", "布局",
      "深化", "抓实", "抓好", "培育", "集中力量", "打造", "围绕", "做优", "做活", "做强", "做大", "做火", "重视"];

/// Words that open a clause before the status word that opens its names,
/// besides the lead verbs and scope words (`我们将开工建设…`).
pub(crate) const CLAUSE_OPENERS: &[&str] =
    &["我们", "要", "将", "正在", "已", "共", "新", "还", "又", "再", "着力", "集中", "先后", "陆续", "相继", "率先", "成功", "一举", "全面", "正式", "基本", "顺利",
      // The points of a list: 一是…, 二是….
      "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"];

/// Adverbs between a project name and its status (`陆续并网发电`).
pub(crate) const STATUS_ADVERBS: &[&str] = &[
    "陆续", "相继", "先后", "正式", "全部", "全面", "均", "已", "已经", "如期", "提前", "按期", "按时", "顺利", "基本", "成功",
    "即将", "将", "全线", "建设",
    // In a plan: 要尽早开工建设, 要早日签约.
    "要", "尽早", "早日", "尽快", "年内", "纷纷",
];
