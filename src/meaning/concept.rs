//! Concepts: the headline indicators that reports set targets for and
//! users compare across regions and years, one stable code each. A report
//! writes one measure many ways (`地区生产总值`, `全市生产总值`, `经济增长`,
//! `GDP`); the table below says which words name each code, which words
//! make a name another measure (`单位GDP能耗` is no `gdp`), and which way is
//! better. To teach the crate a way of writing a measure, add it here.

use std::sync::LazyLock;

use serde::Serialize;

use crate::words::Suffixes;

/// Which way of a headline indicator is better.
///
/// ```
/// let gdp = zhibiao::concepts().iter().find(|c| c.code == "gdp").unwrap();
/// assert_eq!(gdp.sense, zhibiao::Sense::Higher);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sense {
    /// More is better: growth, income, output.
    Higher,
    /// Less is better: unemployment, prices, energy per unit of output.
    Lower,
}

/// A headline indicator: its code, the words that name it in an
/// indicator, the words that make an indicator another measure although it
/// holds one of those, and which way is better.
///
/// ```
/// let concepts = zhibiao::concepts();
/// let income = concepts.iter().find(|c| c.code == "rural_disposable_income").unwrap();
/// assert!(income.words.contains(&"农民人均纯收入"));
/// ```
#[derive(Debug, Serialize)]
pub struct Concept {
    /// The code, in snake case: `gdp`, `cpi`, `urban_jobs`.
    pub code: &'static str,
    /// Words of which an indicator must hold one.
    pub words: &'static [&'static str],
    /// Words of which it must hold none.
    pub exclusions: &'static [&'static str],
    /// Which way is better.
    pub sense: Sense,
}

const fn concept(code: &'static str, words: &'static [&'static str], exclusions: &'static [&'static str], sense: Sense) -> Concept {
    Concept { code, words, exclusions, sense }
}

use Sense::{Higher, Lower};

/// The table of headline indicators. An indicator takes the first code
/// whose words it holds and whose exclusions it does not: the measures
/// that hold another's words come before it (`人均地区生产总值` before
/// `地区生产总值`, `城镇居民人均可支配收入` before `居民人均可支配收入`).
static CONCEPTS: &[Concept] = &[
    concept("gdp_per_capita", &["人均地区生产总值", "人均国内生产总值", "人均生产总值", "人均GDP"], &[], Higher),
    concept(
        "energy_intensity",
        &["单位GDP能耗", "单位地区生产总值能耗", "单位国内生产总值能耗", "单位生产总值能耗", "单位地区生产总值能源消耗", "单位国内生产总值能源消耗", "能耗强度"],
        &["二氧化碳", "碳排放"],
        Lower,
    ),
    concept(
        "carbon_intensity",
        &["单位GDP二氧化碳排放", "单位地区生产总值二氧化碳排放", "单位国内生产总值二氧化碳排放", "单位生产总值二氧化碳排放", "碳排放强度", "二氧化碳排放强度"],
        &[],
        Lower,
    ),
    concept(
        "rd_intensity",
        &["研发经费投入强度", "研究与试验发展经费投入强度", "R&D经费投入强度", "研发投入强度", "研发投入占GDP比重", "研发经费占地区生产总值比重", "研发经费投入占地区生产总值比重"],
        &[],
        Higher,
    ),
    concept("gnp", &["国民生产总值"], &["人均"], Higher),
    concept(
        "gdp",
        &["地区生产总值", "国内生产总值", "全省生产总值", "全市生产总值", "全区生产总值", "全县生产总值", "全州生产总值", "生产总值", "经济增长", "经济增速", "经济总量", "GDP"],
        &[
            "单位", "人均", "海洋", "能耗", "能源", "比重", "占", "县域", "民营", "数字经济", "核心产业", "服务业", "工业", "农业", "旅游", "文化",
            "产业", "非公", "外向", "总部", "城乡", "季度", "上半年", "前三季度", "贡献", "比率", "比例", "之比", "相当于",
        ],
        Higher,
    ),
    concept(
        "cpi",
        &["居民消费价格", "物价总水平", "消费价格涨幅", "消费价格指数", "CPI", "零售物价总水平", "物价涨幅"],
        &["工业生产者", "出厂价格", "生产资料", "购进价格"],
        Lower,
    ),
    concept("unemployment_surveyed", &["城镇调查失业率", "调查失业率"], &[], Lower),
    concept("unemployment_registered", &["城镇登记失业率", "登记失业率"], &[], Lower),
    concept("urban_jobs", &["城镇新增就业"], &["农村劳动力", "转移就业", "再就业", "困难人员", "高校毕业生"], Higher),
    concept(
        "budget_revenue",
        &["一般公共预算收入", "公共财政预算收入", "公共财政收入", "地方级一般公共预算收入"],
        &["财政总收入", "税收", "非税", "基金"],
        Higher,
    ),
    concept("budget_expenditure", &["一般公共预算支出", "公共财政预算支出", "公共财政支出"], &["民生"], Higher),
    concept(
        "fixed_asset_investment",
        &["固定资产投资", "全社会固定资产投资"],
        &["民间", "工业", "制造业", "基础设施", "技改", "技术改造", "房地产", "国有", "中央预算", "第一产业", "第二产业", "第三产业"],
        Higher,
    ),
    concept("retail_sales", &["社会消费品零售总额"], &["网上", "农村", "乡村", "城镇", "限额以上"], Higher),
    concept(
        "foreign_trade",
        &["进出口总额", "外贸进出口", "进出口总值", "货物进出口", "对外贸易总额", "外贸进出口总额", "进出口"],
        &["服务贸易", "跨境电商", "农产品", "机电", "高新技术", "加工贸易", "一般贸易", "东盟", "一带一路", "民营企业", "外资企业"],
        Higher,
    ),
    concept(
        "exports",
        &["出口总额", "外贸出口", "出口"],
        &["进出口", "机电", "高新技术", "高技术", "农产品", "服务", "新三样", "跨境电商", "民营企业", "外资企业", "一般贸易", "增量"],
        Higher,
    ),
    concept("foreign_investment", &["实际利用外资", "实际使用外资", "利用外资", "使用外资"], &["合同", "协议"], Higher),
    concept(
        "industrial_value_added",
        &["规模以上工业增加值", "规上工业增加值", "工业增加值"],
        &["高技术", "高新技术", "战略性新兴", "装备制造业", "制造业", "数字", "占"],
        Higher,
    ),
    concept("urban_disposable_income", &["城镇居民人均可支配收入", "城市居民人均可支配收入"], &[], Higher),
    concept(
        "rural_disposable_income",
        &["农村居民人均可支配收入", "农民人均纯收入", "农民人均可支配收入", "农村居民人均纯收入", "农牧民人均可支配收入"],
        &["脱贫", "贫困"],
        Higher,
    ),
    concept("disposable_income", &["居民人均可支配收入", "人均可支配收入"], &["城镇", "城市", "农村", "农民", "农牧民", "脱贫", "贫困"], Higher),
    concept("grain_output", &["粮食产量", "粮食总产量", "粮食总产", "粮食生产"], &["单产", "亩产", "能力", "储备"], Higher),
    concept("urbanization_rate", &["常住人口城镇化率", "城镇化率"], &["户籍"], Higher),
    concept("good_air_days", &["空气质量优良天数比率", "空气质量优良天数比例", "优良天数比例", "优良天数比率", "空气质量优良率", "空气优良天数比例"], &[], Higher),
    concept(
        "pm25",
        &["PM2.5平均浓度", "PM2.5年均浓度", "PM2.5年平均浓度", "细颗粒物平均浓度", "PM2.5浓度", "细颗粒物浓度", "细颗粒物(PM2.5)", "细颗粒物（PM2.5）", "（PM2.5）年均浓度", "(PM2.5)年均浓度"],
        &[],
        Lower,
    ),
    concept("deficit_ratio", &["赤字率"], &[], Lower),
    concept("m2", &["广义货币M2", "广义货币", "M2"], &["PM2"], Higher),
];

/// The table of headline indicators, in the order they are tried.
///
/// ```
/// let codes: Vec<&str> = zhibiao::concepts().iter().map(|c| c.code).collect();
/// assert!(codes.contains(&"gdp") && codes.contains(&"unemployment_surveyed"));
/// ```
pub fn concepts() -> &'static [Concept] {
    CONCEPTS
}

/// Scope words that may open an indicator that is otherwise a bare `经济`.
const SCOPES: &[&str] = &["今年", "去年", "上年", "全年", "全省", "全市", "全区", "全县", "全州", "全盟", "全国", "我省", "我市", "我区", "我县", "我国", "国民"];

/// The headline indicator an indicator names, if any. `经济` alone (the
/// indicator of `经济增长5%左右`, its verb aside), or after a scope
/// (`今年的经济`, `中央提出今年经济`), is the economy's output.
pub(crate) fn concept_of(indicator: &str) -> Option<&'static Concept> {
    let scoped = indicator.strip_suffix("经济").map(|before| before.strip_suffix('的').unwrap_or(before));
    if scoped.is_some_and(|before| before.is_empty() || SCOPES.iter().any(|scope| before.ends_with(scope))) {
        return CONCEPTS.iter().find(|c| c.code == "gdp");
    }
    // Which concepts' words and exclusions the indicator holds: the words
    // that end at each char, looked up by that char (few chars end a word).
    // (One bit a concept: the table holds fewer than 64.)
    let (mut named, mut excluded) = (0u64, 0u64);
    for (_, _, (concept, exclusion)) in CONCEPT_WORD_ENDS.all_in(indicator) {
        *(if exclusion { &mut excluded } else { &mut named }) |= 1 << concept;
    }
    let first = (named & !excluded).trailing_zeros() as usize;
    CONCEPTS.get(first)
}

/// Every word and exclusion of [`CONCEPTS`], by its last char, each with
/// the concept it belongs to and whether it excludes.
static CONCEPT_WORD_ENDS: LazyLock<Suffixes<(usize, bool)>> = LazyLock::new(|| {
    assert!(CONCEPTS.len() < 64, "a concept is one bit of a u64");
    Suffixes::new(CONCEPTS.iter().enumerate().flat_map(|(i, concept)| {
        let words = concept.words.iter().map(move |&word| (word, (i, false)));
        words.chain(concept.exclusions.iter().map(move |&word| (word, (i, true))))
    }))
});

#[cfg(test)]
mod tests {
    use super::concept_of;

    fn code(indicator: &str) -> Option<&'static str> {
        concept_of(indicator).map(|c| c.code)
    }

    #[test]
    fn the_ways_of_writing_a_measure() {
        for gdp in ["地区生产总值", "全年地区生产总值", "全市生产总值", "国内生产总值", "经济增长", "GDP", "全省经济总量", "经济", "全省经济", "今年的经济", "中央提出今年经济", "国民经济", "去年经济"] {
            assert_eq!(code(gdp), Some("gdp"), "{gdp}");
        }
        assert_eq!(code("国民生产总值"), Some("gnp"));
        assert_eq!(code("居民消费价格涨幅"), Some("cpi"));
        assert_eq!(code("城镇调查失业率"), Some("unemployment_surveyed"));
        assert_eq!(code("城镇新增就业"), Some("urban_jobs"));
        assert_eq!(code("一般公共预算收入"), Some("budget_revenue"));
        assert_eq!(code("社会消费品零售总额"), Some("retail_sales"));
        assert_eq!(code("外贸进出口"), Some("foreign_trade"));
        assert_eq!(code("出口"), Some("exports"));
        assert_eq!(code("农民人均纯收入"), Some("rural_disposable_income"));
        assert_eq!(code("城镇居民人均可支配收入"), Some("urban_disposable_income"));
        assert_eq!(code("居民人均可支配收入"), Some("disposable_income"));
    }

    #[test]
    fn exclusions_make_another_measure() {
        assert_eq!(code("单位GDP能耗"), Some("energy_intensity"));
        assert_eq!(code("单位地区生产总值能耗"), Some("energy_intensity"));
        assert_eq!(code("人均地区生产总值"), Some("gdp_per_capita"));
        assert_eq!(code("单位地区生产总值二氧化碳排放"), Some("carbon_intensity"));
        // M2 inside PM2.5 is no money supply.
        for pm25 in ["PM2.5年均浓度", "（PM2.5）年均浓度", "设区城市PM2.5年平均浓度"] {
            assert_eq!(code(pm25), Some("pm25"), "{pm25}");
        }
        assert_eq!(code("PM2.5、PM10平均浓度坚决退出全省后"), None);
        assert_eq!(code("广义货币M2"), Some("m2"));
        for other in ["数字经济", "民营经济", "海洋生产总值", "第一产业增加值", "县域经济总量占比", "数字经济核心产业增加值", "工业生产者出厂价格", "财政总收入", "农村劳动力转移就业", "民间固定资产投资", "机电产品出口", "全员劳动生产率"] {
            assert_eq!(code(other), None, "{other}");
        }
    }
}
