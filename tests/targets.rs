//! The targets table on excerpts of real reports: each shape of target, the
//! goals that are no year's target, and the outcome the next report gives.

use zhibiao::{extract, targets, Target, TargetBound};

/// A report of `title` whose review says `review` and whose plan says `plan`.
fn report(title: &str, review_year: i32, review: &str, plan: &str) -> String {
    format!("{title}\n一、{review_year}年工作回顾\n{review}\n二、{}年工作安排\n{plan}\n", review_year + 1)
}

/// The rows of the table over `reports` (`(file, text)` each).
fn rows(reports: &[(&str, &str)]) -> Vec<Target> {
    let read: Vec<_> = reports.iter().map(|&(file, text)| (file, text, extract(text))).collect();
    let with_reports: Vec<_> = read.iter().map(|(file, text, report)| (*file, *text, report)).collect();
    targets(&with_reports)
}

/// The row of `concept`, if any.
fn row<'r>(rows: &'r [Target], concept: &str) -> Option<&'r Target> {
    rows.iter().find(|row| row.concept == concept)
}

/// `(low, high, bound)` of the row of `concept` in a single report.
fn target(text: &str, concept: &str) -> Option<(Option<f64>, Option<f64>, TargetBound)> {
    row(&rows(&[("r.txt", text)]), concept).map(|row| (row.low, row.high, row.bound))
}

#[test]
fn exact_about_over_and_under() {
    let tianjin = report(
        "2026年天津市政府工作报告",
        2025,
        "全市地区生产总值增长4.8%，一般公共预算收入增长4.1%。",
        "今年经济社会发展主要预期目标是：地区生产总值增长4.5%，在实际工作中努力争取更好结果；一般公共预算收入增长2%；城镇调查失业率5.5%左右，城镇新增就业28万人。",
    );
    assert_eq!(target(&tianjin, "gdp"), Some((Some(4.5), Some(4.5), TargetBound::Exact)));
    assert_eq!(target(&tianjin, "budget_revenue"), Some((Some(2.0), Some(2.0), TargetBound::Exact)));
    assert_eq!(target(&tianjin, "unemployment_surveyed"), Some((Some(5.5), Some(5.5), TargetBound::About)));
    let chongqing = report(
        "2026年重庆市政府工作报告",
        2025,
        "全市地区生产总值增长5.3%。",
        "今年经济社会发展主要预期目标是：地区生产总值增长5%以上，规上工业增加值增长6%，固定资产投资增长3%，社会消费品零售总额增长4%以上，进出口总值增长5%，城镇新增就业65万人以上。",
    );
    assert_eq!(target(&chongqing, "gdp"), Some((Some(5.0), None, TargetBound::Over)));
    assert_eq!(target(&chongqing, "retail_sales"), Some((Some(4.0), None, TargetBound::Over)));
    assert_eq!(target(&chongqing, "urban_jobs"), Some((Some(650_000.0), None, TargetBound::Over)));
    let beijing = report(
        "2026年北京市政府工作报告",
        2025,
        "全市地区生产总值增长5.4%。",
        "地区生产总值增长5%左右，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内，居民消费价格涨幅2%左右。",
    );
    assert_eq!(target(&beijing, "unemployment_surveyed"), Some((None, Some(5.0), TargetBound::Under)));
    assert_eq!(target(&beijing, "cpi"), Some((Some(2.0), Some(2.0), TargetBound::About)));
}

#[test]
fn ranges_with_a_dash_or_in_chinese_numerals() {
    let anhui = report(
        "2026年安徽省政府工作报告",
        2025,
        "全省地区生产总值增长5.5%。",
        "经济社会发展的主要预期目标是：全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果。",
    );
    assert_eq!(target(&anhui, "gdp"), Some((Some(5.0), Some(5.5), TargetBound::Range)));
    let heilongjiang = report(
        "2026年黑龙江省政府工作报告",
        2025,
        "全省地区生产总值增长4.2%。",
        "今年全省经济社会发展主要预期目标是：地区生产总值增长4.5-5%，在实际工作中争取更好结果，粮食产量1600亿斤以上。",
    );
    assert_eq!(target(&heilongjiang, "gdp"), Some((Some(4.5), Some(5.0), TargetBound::Range)));
    assert_eq!(target(&heilongjiang, "grain_output"), Some((Some(160_000_000_000.0), None, TargetBound::Over)));
    // 1995: a range in Chinese numerals, its subject in the clause before.
    let national = "各位代表：\n我代表国务院作政府工作报告。\n一、1994年工作回顾\n国内生产总值达到４３８００亿元，按可比价格计算，比上年增长百分之十一点八。\n二、1995年的主要任务\n综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。\n";
    assert_eq!(target(national, "gdp"), Some((Some(8.0), Some(9.0), TargetBound::Range)));
    // 1994: one Chinese numeral.
    let national = "各位代表：\n我代表国务院作政府工作报告。\n一、1993年工作回顾\n二、1994年的主要任务\n根据这个要求，今年计划国内生产总值增长百分之九。\n";
    assert_eq!(target(national, "gdp"), Some((Some(9.0), Some(9.0), TargetBound::Exact)));
}

#[test]
fn goals_that_are_no_years_target() {
    // A five-year goal, a yearly average, a goal for a later year.
    let text = report(
        "2026年陕西省政府工作报告",
        2025,
        "全省地区生产总值增长5.4%。",
        "力争“十五五”时期地区生产总值年均增长5%左右。到2030年，全省地区生产总值突破5万亿元。今年地区生产总值增长5%左右。",
    );
    assert_eq!(target(&text, "gdp"), Some((Some(5.0), Some(5.0), TargetBound::About)));
    let table = rows(&[("r.txt", &text)]);
    assert_eq!(table.iter().filter(|row| row.concept == "gdp").count(), 1);
    assert_eq!(row(&table, "gdp").map(|row| row.text.as_str()), Some("5%左右"));
    // Only five-year goals: no row.
    let text = report("2026年甘肃省政府工作报告", 2025, "", "“十五五”时期，地区生产总值年均增长5.5%左右。");
    assert_eq!(target(&text, "gdp"), None);
    // 1986: the five-year plan's goal for 1990 and its growth over five years.
    let text = "各位代表：\n我代表国务院作政府工作报告。\n一、1985年工作回顾\n二、1986年的工作\n“七五”计划草案规定，在不断提高经济效益的前提下，五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四。按一九八○年不变价格计算，一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍；国民生产总值达到一万一千一百七十亿元，比一九八○年增长一点六倍。\n";
    assert_eq!(target(text, "gnp"), None);
    // A revision of the five-year plan's average: from 6% to 8%–9% a year.
    let text = "各位代表：\n我代表国务院作政府工作报告。\n一、1992年工作回顾\n二、1993年的工作\n按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。今年国民生产总值计划增长百分之八，是留有余地的。\n";
    assert_eq!(target(text, "gdp"), None);
    assert_eq!(target(text, "gnp"), Some((Some(8.0), Some(8.0), TargetBound::Exact)));
}

#[test]
fn a_plan_paragraph_that_looks_back_reports() {
    // 2011: the paragraph opening the year's work recalls the year before.
    let text = "各位代表：\n我代表国务院作政府工作报告。\n一、2010年工作回顾\n三、2011年的工作\n2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%。这为做好今年的工作打下了良好基础。\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；居民消费价格总水平涨幅控制在4%左右。\n";
    assert_eq!(target(text, "gdp"), Some((Some(8.0), Some(8.0), TargetBound::About)));
    assert_eq!(target(text, "cpi"), Some((Some(4.0), Some(4.0), TargetBound::About)));
}

#[test]
fn the_outcome_is_what_the_next_report_says_of_the_year() {
    let y2025 = report("2025年甲市政府工作报告", 2024, "全市地区生产总值增长5.1%。", "全市地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。");
    let y2026 = report(
        "2026年甲市政府工作报告",
        2025,
        "全市地区生产总值预计增长5.6%，城镇调查失业率5.2%。“十四五”时期地区生产总值年均增长5.8%。",
        "全市地区生产总值增长5%以上。",
    );
    let table = rows(&[("a-2026.txt", &y2026), ("a-2025.txt", &y2025)]);
    let gdp_2025 = table.iter().find(|row| row.year == Some(2025) && row.concept == "gdp").unwrap();
    // An estimate of the year is its outcome; the five-year average is not.
    assert_eq!((gdp_2025.outcome, gdp_2025.met), (Some(5.6), Some(true)));
    assert_eq!(gdp_2025.outcome_text.as_deref(), Some("5.6%"));
    assert_eq!(gdp_2025.outcome_file.as_deref(), Some("a-2026.txt"));
    let jobless = table.iter().find(|row| row.year == Some(2025) && row.concept == "unemployment_surveyed").unwrap();
    assert_eq!((jobless.outcome, jobless.met), (Some(5.2), Some(true)));
    // The 2026 target has no report of 2027 to tell.
    let gdp_2026 = table.iter().find(|row| row.year == Some(2026) && row.concept == "gdp").unwrap();
    assert_eq!((gdp_2026.outcome, gdp_2026.met), (None, None));
    // 5.4% against a target of 5.5% 左右: the value is both ends, not met.
    let y2026 = report("2026年甲市政府工作报告", 2025, "全市地区生产总值增长5.4%。", "");
    let table = rows(&[("a-2025.txt", &y2025), ("a-2026.txt", &y2026)]);
    assert_eq!(row(&table, "gdp").map(|row| row.met), Some(Some(false)));
}

#[test]
fn no_outcome_where_the_next_report_gives_no_year_growth() {
    // 2008 on 2007: growth since 2002 and a yearly average, no year's growth.
    let y2007 = "各位代表：\n我代表国务院作政府工作报告。\n一、2006年工作回顾\n二、2007年工作的总体要求\n今年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右。\n";
    let y2008 = "各位代表：\n我代表国务院作政府工作报告。\n一、过去五年政府工作回顾\n2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。\n二、2008年工作的总体要求\n国内生产总值增长8%左右。\n";
    let table = rows(&[("n-2007.txt", y2007), ("n-2008.txt", y2008)]);
    let gdp_2007 = table.iter().find(|row| row.year == Some(2007)).unwrap();
    assert_eq!((gdp_2007.low, gdp_2007.outcome, gdp_2007.met), (Some(8.0), None, None));
    // 2000 on 1999: words without a number.
    let y1999 = "各位代表：\n我代表国务院作政府工作报告。\n一、1998年工作回顾\n二、1999年的工作\n今年的经济增长预期为7％左右。\n";
    let y2000 = "各位代表：\n我代表国务院作政府工作报告。\n一、1999年工作回顾\n国内生产总值增长率达到预期目标，经济结构有所调整。\n二、2000年的工作\n";
    let table = rows(&[("n-1999.txt", y1999), ("n-2000.txt", y2000)]);
    assert_eq!(row(&table, "gdp").map(|row| (row.low, row.outcome)), Some((Some(7.0), None)));
}
