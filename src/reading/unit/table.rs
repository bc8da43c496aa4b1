//! The unit table: one line per unit. Add a unit here and nowhere else.
//!
//! `word` is what the text says after the number, `name` the unit reported
//! in [`Figure::unit`](crate::Figure::unit) (`个月` is reported as `月`),
//! `factor` the size of one unit in `base`, and `not_before` the characters
//! that, right after `word`, make it part of another word (`项` + `目` is
//! `项目`, not a count of 项).

use super::Unit;
use crate::model::Dimension::{self, *};

const fn u(word: &'static str, name: &'static str, dimension: Dimension, base: Option<&'static str>, factor: f64) -> Unit {
    Unit { word, name, dimension, base, factor, not_before: "", after_word: None, measured_only: false, names_no_figure: false }
}

const fn count(word: &'static str, not_before: &'static str) -> Unit {
    Unit {
        word,
        name: word,
        dimension: Count,
        base: None,
        factor: 1.0,
        not_before,
        after_word: None,
        measured_only: false,
        names_no_figure: false,
    }
}

/// The letters after which a Latin unit symbol is part of a longer word.
const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

const MU: f64 = 10_000.0 / 15.0; // one 亩 in square metres
const YEAR: f64 = 365.25 * 86_400.0;
const MONTH: f64 = YEAR / 12.0;
const TCE: f64 = 29.307_6e9; // one tonne of standard coal equivalent in joules

pub(super) const UNITS: &[Unit] = &[
    // money
    u("元", "元", Money, Some("CNY"), 1.0).not_before("素宵旦结"),
    u("圆", "元", Money, Some("CNY"), 1.0),
    u("人民币", "元", Money, Some("CNY"), 1.0),
    u("美元", "美元", Money, None, 1.0),
    u("欧元", "欧元", Money, None, 1.0),
    u("港元", "港元", Money, None, 1.0),
    u("日元", "日元", Money, None, 1.0),
    u("英镑", "英镑", Money, None, 1.0),
    u("港币", "港元", Money, None, 1.0),
    u("日币", "日元", Money, None, 1.0),
    u("台币", "新台币", Money, None, 1.0),
    u("新台币", "新台币", Money, None, 1.0),
    u("澳元", "澳元", Money, None, 1.0),
    u("韩元", "韩元", Money, None, 1.0),
    u("卢布", "卢布", Money, None, 1.0),
    u("泰铢", "泰铢", Money, None, 1.0),
    // power
    u("瓦", "瓦", Power, Some("W"), 1.0),
    u("千瓦", "千瓦", Power, Some("W"), 1e3),
    u("兆瓦", "兆瓦", Power, Some("W"), 1e6),
    u("吉瓦", "吉瓦", Power, Some("W"), 1e9),
    // energy
    u("瓦时", "瓦时", Energy, Some("J"), 3_600.0),
    u("千瓦时", "千瓦时", Energy, Some("J"), 3.6e6),
    u("兆瓦时", "兆瓦时", Energy, Some("J"), 3.6e9),
    u("吉瓦时", "吉瓦时", Energy, Some("J"), 3.6e12),
    u("度", "度", Energy, Some("J"), 3.6e6).after_word("电"),
    u("吨标准煤", "吨标准煤", Energy, Some("J"), TCE),
    u("吨标煤", "吨标煤", Energy, Some("J"), TCE),
    // area
    u("平方米", "平方米", Area, Some("m2"), 1.0),
    u("平米", "平米", Area, Some("m2"), 1.0),
    u("平方公尺", "平方公尺", Area, Some("m2"), 1.0),
    u("平方公里", "平方公里", Area, Some("m2"), 1e6),
    u("平方千米", "平方千米", Area, Some("m2"), 1e6),
    u("亩", "亩", Area, Some("m2"), MU),
    u("畝", "亩", Area, Some("m2"), MU),
    u("公顷", "公顷", Area, Some("m2"), 1e4),
    // length
    u("米", "米", Length, Some("m"), 1.0),
    u("公尺", "公尺", Length, Some("m"), 1.0),
    u("延米", "延米", Length, Some("m"), 1.0),
    u("公里", "公里", Length, Some("m"), 1e3),
    u("千米", "千米", Length, Some("m"), 1e3),
    u("厘米", "厘米", Length, Some("m"), 0.01),
    u("公分", "厘米", Length, Some("m"), 0.01).measured_only(),
    u("毫米", "毫米", Length, Some("m"), 0.001),
    u("海里", "海里", Length, Some("m"), 1_852.0),
    // mass
    u("吨", "吨", Mass, Some("kg"), 1e3),
    u("噸", "吨", Mass, Some("kg"), 1e3),
    u("公斤", "公斤", Mass, Some("kg"), 1.0),
    u("千克", "千克", Mass, Some("kg"), 1.0),
    u("克", "克", Mass, Some("kg"), 0.001).not_before("服隆"),
    u("斤", "斤", Mass, Some("kg"), 0.5),
    // volume
    u("立方米", "立方米", Volume, Some("m3"), 1.0),
    u("立方", "立方", Volume, Some("m3"), 1.0),
    u("立方公尺", "立方公尺", Volume, Some("m3"), 1.0),
    u("方", "方", Volume, Some("m3"), 1.0).not_before("面式案向位法针阵舱言略便").measured_only(),
    u("标方", "标方", Volume, Some("m3"), 1.0),
    u("升", "升", Volume, Some("m3"), 0.001).not_before("级值温高学"),
    u("公升", "升", Volume, Some("m3"), 0.001),
    u("毫升", "毫升", Volume, Some("m3"), 1e-6),
    // duration
    u("年", "年", Duration, Some("s"), YEAR).not_before("代级"),
    // An anniversary (建党100周年) is no quantity.
    u("周年", "周年", Duration, Some("s"), YEAR).names_no_figure(),
    u("个月", "月", Duration, Some("s"), MONTH),
    u("個月", "月", Duration, Some("s"), MONTH),
    u("个多月", "月", Duration, Some("s"), MONTH),
    u("个季度", "季度", Duration, Some("s"), 3.0 * MONTH),
    u("周", "周", Duration, Some("s"), 7.0 * 86_400.0).not_before("边期岁末转"),
    u("天", "天", Duration, Some("s"), 86_400.0).not_before("然津地下空"),
    u("个工作日", "工作日", Duration, Some("s"), 86_400.0),
    u("工作日", "工作日", Duration, Some("s"), 86_400.0),
    u("小时", "小时", Duration, Some("s"), 3_600.0),
    u("小時", "小时", Duration, Some("s"), 3_600.0),
    u("个小时", "小时", Duration, Some("s"), 3_600.0),
    u("個小時", "小时", Duration, Some("s"), 3_600.0),
    u("分钟", "分钟", Duration, Some("s"), 60.0),
    u("分鐘", "分钟", Duration, Some("s"), 60.0),
    u("秒", "秒", Duration, Some("s"), 1.0),
    u("秒钟", "秒", Duration, Some("s"), 1.0),
    u("秒鐘", "秒", Duration, Some("s"), 1.0),
    // percent, percentage points, multiples
    u("%", "%", Percent, None, 1.0),
    u("％", "%", Percent, None, 1.0),
    u("个百分点", "个百分点", PercentagePoint, None, 1.0),
    u("個百分點", "个百分点", PercentagePoint, None, 1.0),
    u("百分点", "百分点", PercentagePoint, None, 1.0),
    u("倍", "倍", Multiple, None, 1.0).not_before("增"),
    // Tenths (约7成) and ratios to one (2.81∶1), kept as written.
    u("成", "成", Other, None, 1.0).not_before("为功本果员效立交绩长品型熟就都了绿势"),
    u("∶1", "∶1", Other, None, 1.0).not_before("0123456789.０１２３４５６７８９"),
    u("‰", "‰", Other, None, 1.0),
    u("番", "番", Other, None, 1.0),
    u(":1", ":1", Other, None, 1.0).not_before("0123456789.０１２３４５６７８９"),
    u("：1", "：1", Other, None, 1.0).not_before("0123456789.０１２３４５６７８９"),
    // Latin symbols, read only when no letter follows (4000Pa is no 4000P)
    u("kW", "千瓦", Power, Some("W"), 1e3).not_before(LETTERS),
    u("MW", "兆瓦", Power, Some("W"), 1e6).not_before(LETTERS),
    u("GW", "吉瓦", Power, Some("W"), 1e9).not_before(LETTERS),
    u("kWh", "千瓦时", Energy, Some("J"), 3.6e6).not_before(LETTERS),
    u("MWh", "兆瓦时", Energy, Some("J"), 3.6e9).not_before(LETTERS),
    u("GWh", "吉瓦时", Energy, Some("J"), 3.6e12).not_before(LETTERS),
    // computing power: 算力规模11.4万P, 4800PF, 160Eflops
    u("P", "PFLOPS", Other, None, 1.0).not_before(LETTERS),
    u("PF", "PFLOPS", Other, None, 1.0).not_before(LETTERS),
    u("PFLOPS", "PFLOPS", Other, None, 1.0).not_before(LETTERS),
    u("Pflops", "PFLOPS", Other, None, 1.0).not_before(LETTERS),
    u("EFLOPS", "EFLOPS", Other, None, 1.0).not_before(LETTERS),
    u("Eflops", "EFLOPS", Other, None, 1.0).not_before(LETTERS),
    // other measures, reported as written
    u("微克/立方米", "微克/立方米", Other, None, 1.0),
    u("千伏", "千伏", Other, None, 1.0),
    u("℃", "℃", Other, None, 1.0),
    // An age (人均预期寿命80岁): a duration, but a level rather than a span
    // of time, so the time-frame rules (连续五年, 近三年) do not apply to it.
    // Before the people it counts it names a category (0—6岁儿童).
    u("岁", "岁", Duration, Some("s"), YEAR).not_before("末月儿童老婴幼妇女男青少学人孩及的"),
    u("人公里", "人公里", Other, None, 1.0),
    u("吨公里", "吨公里", Other, None, 1.0),
    u("摄氏度", "摄氏度", Other, None, 1.0),
    // counts: classifiers
    count("个", "体性"),
    Unit { name: "个", ..count("個", "體性") },
    Unit { name: "项", ..count("項", "目") },
    Unit { name: "条", ..count("條", "例件款") },
    Unit { name: "台", ..count("臺", "階灣") },
    Unit { name: "辆", ..count("輛", "") },
    Unit { name: "种", ..count("種", "植類養業子") },
    count("家", "庭乡居"),
    count("户", "口籍外型"),
    count("人", "民口大"),
    count("人次", ""),
    count("户次", ""),
    count("家次", ""),
    count("个次", ""),
    count("辆次", ""),
    count("架次", ""),
    count("艘次", ""),
    count("班次", ""),
    count("航次", ""),
    count("车次", ""),
    count("场次", ""),
    count("批次", ""),
    count("件次", ""),
    count("亩次", ""),
    count("所", "属有得以"),
    count("名", "单列牌称"),
    count("位", "居列于次"),
    count("项", "目"),
    count("件", ""),
    count("次", "年日月要序生全党"),
    count("场", "景所馆"),
    count("条", "例件款"),
    count("处", "理置罚室"),
    count("座", "谈"),
    count("套", "餐路"),
    count("盏", ""),
    count("台", "阶湾账"),
    count("辆", ""),
    count("批", "准复"),
    count("宗", "教旨"),
    count("类", "型别"),
    count("种", "植类养业子"),
    count("只", "有是要能"),
    count("头", "部"),
    count("张", ""),
    count("床", ""),
    count("间", "接"),
    count("栋", ""),
    count("幢", ""),
    count("层", "次级面"),
    count("棵", ""),
    count("株", ""),
    count("匹", ""),
    count("本", "地科级土市省届年"),
    count("册", ""),
    count("部", "门署分委长"),
    count("支", "持撑付出柱部"),
    count("艘", ""),
    count("架", "构"),
    count("列", "入为"),
    count("趟", ""),
    count("班", "子级"),
    count("例", ""),
    count("份", "额"),
    count("篇", ""),
    count("款", "项"),
    count("门", "户槛诊类店"),
    count("根", "本据"),
    count("对", "接外象于口标话"),
    count("枚", ""),
    count("颗", ""),
    count("块", ""),
    count("片", "区"),
    count("起", "步草点来到"),
    count("笔", ""),
    count("轮", ""),
    // 七方面工作: the parts of a plan, counted without 个.
    count("方面", ""),
    count("标箱", ""),
    Unit { name: "标箱", ..count("标准箱", "") },
    count("连涨", ""),
    count("连增", ""),
    count("连升", ""),
    count("连降", ""),
    count("连冠", ""),
    count("连优", ""),
    count("连胜", ""),
    count("连丰", ""),
    count("连稳", ""),
    // 3大系统, 19组集团: the big ones and groups of a kind, after digits.
    count("大", "学型幅力量中小会多都约概于类项关").measured_only(),
    count("组", "织建成合团长件"),
    // 成功举办两届: sessions held, only after a verb of holding (a bare
    // 二十届 is an ordinal).
    count("届", "").after_word("举办"),
];

/// Magnitudes that may stand between a number and its unit, as powers of ten.
pub(super) const MAGNITUDES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("千亿", 11),
    ("百亿", 10),
    ("十亿", 9),
    ("亿", 8),
    ("億", 8),
    ("千万", 7),
    ("百万", 6),
    ("十万", 5),
    ("万", 4),
    ("萬", 4),
    ("千", 3),
    ("百", 2),
];
