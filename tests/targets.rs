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
    assert_eq!(gdp_2025.outcome_text.as_deref(), Some("全市地区生产总值预计增长5.6%，城镇调查失业率5.2%"));
    let (start, end) = (gdp_2025.outcome_span_start.unwrap(), gdp_2025.outcome_span_end.unwrap());
    assert_eq!(&y2026[start..end], "全市地区生产总值预计增长5.6%，城镇调查失业率5.2%");
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

/// Plan and review texts as the national reports write them, each part
/// under its own top-level heading.
fn national(year: i32, parts: &[(&str, &str)]) -> String {
    let mut text = format!("{year}年国务院政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n");
    for (i, (heading, body)) in parts.iter().enumerate() {
        text += &format!("{}、{heading}\n{body}\n", ["一", "二", "三", "四"][i]);
    }
    text
}

#[test]
fn five_year_goals_are_no_years_targets_of_any_concept() {
    // 2011: the 十二五 part sets five-year goals, the 2011 part the year's.
    let y2011 = national(
        2011,
        &[
            ("“十一五”时期国民经济和社会发展的回顾", "城镇新增就业5771万人。"),
            ("“十二五”时期的主要目标和任务", "五年城镇新增就业4500万人。\n单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。"),
            ("2011年的工作", "今年主要预期目标是：城镇新增就业900万人以上，居民消费价格总水平涨幅控制在4%左右。"),
        ],
    );
    let table = rows(&[("n-2011.txt", &y2011)]);
    assert_eq!(row(&table, "urban_jobs").map(|r| (r.low, r.bound)), Some((Some(9_000_000.0), TargetBound::Over)));
    assert_eq!(row(&table, "energy_intensity"), None);
    // A yearly average and a goal for the end of the century are none either.
    let y1988 = national(1988, &[("1988年的工作", "到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。")]);
    assert_eq!(row(&rows(&[("n-1988.txt", &y1988)]), "grain_output"), None);
    // A plan's name alone frames nothing: 今年是“十五五”起步之年 sets the year's targets.
    let y2026 = national(2026, &[("2026年主要工作", "今年是“十五五”起步之年，确保“十五五”良好开局。主要预期目标是：地区生产总值增长5%以上，城镇新增就业1200万人以上。")]);
    assert_eq!(row(&rows(&[("n-2026.txt", &y2026)]), "urban_jobs").map(|r| r.low), Some(Some(12_000_000.0)));
}

#[test]
fn an_outcome_is_the_years_own_figure_and_nothing_else() {
    let y2017 = national(2017, &[("2017年工作安排", "今年主要预期目标是：城镇新增就业1100万人以上，单位国内生产总值能耗下降3.4%以上，居民消费价格涨幅3%左右。")]);
    // 2018 reviews five years first: its five-year totals are no outcome of 2017.
    let y2018 = national(
        2018,
        &[
            ("过去五年工作回顾", "五年来，经济实力跃上新台阶。居民消费价格年均上涨1.9%。城镇新增就业6600万人以上。单位国内生产总值能耗、水耗均下降20%以上。\n刚刚过去的2017年，城镇新增就业1351万人，失业率为多年来最低。"),
            ("2018年经济社会发展总体要求和政策取向", "城镇新增就业1100万人以上。"),
        ],
    );
    let table = rows(&[("n-2017.txt", &y2017), ("n-2018.txt", &y2018)]);
    let jobs = table.iter().find(|r| r.year == Some(2017) && r.concept == "urban_jobs").unwrap();
    assert_eq!((jobs.outcome, jobs.met), (Some(13_510_000.0), Some(true)));
    assert_eq!(jobs.outcome_text.as_deref(), Some("刚刚过去的2017年，城镇新增就业1351万人，失业率为多年来最低"));
    let energy = table.iter().find(|r| r.year == Some(2017) && r.concept == "energy_intensity").unwrap();
    assert_eq!(energy.outcome, None, "a five-year fall is no year's outcome");
    let cpi = table.iter().find(|r| r.year == Some(2017) && r.concept == "cpi").unwrap();
    assert_eq!(cpi.outcome, None, "a yearly average is no year's outcome");

    // The state a change turned from (由前三年分别上升…转为下降), and a goal
    // restated (没有实现年初确定的…目标), are no outcome.
    let y2006 = national(2006, &[("今年主要任务", "今年主要预期目标是：单位国内生产总值能耗降低4%左右。")]);
    let y2007 = national(
        2007,
        &[
            ("去年工作回顾", "2006年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%。但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。"),
            ("今年主要任务", "单位国内生产总值能耗降低4%左右。"),
        ],
    );
    let table = rows(&[("n-2006.txt", &y2006), ("n-2007.txt", &y2007)]);
    let energy = table.iter().find(|r| r.year == Some(2006)).unwrap();
    assert_eq!(energy.outcome, None);

    // A requirement in the next report's review (还要…再增加) is no outcome.
    let y1959 = national(1959, &[("一九五八年的伟大成就", "粮食产量大幅增长。"), ("我们在第二个五年计划的第二年——一九五九年经济战线上的任务", "现在我们要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤，这当然是一个要用极大努力才能实现的跃进计划。")]);
    let y1960 = national(1960, &[("一九五九年的成就", "还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤以上。")]);
    let table = rows(&[("n-1959.txt", &y1959), ("n-1960.txt", &y1960)]);
    assert_eq!(table.iter().find(|r| r.year == Some(1959) && r.concept == "grain_output").map(|r| r.outcome), Some(None));
}

#[test]
fn lower_is_better_concepts_are_met_within_their_bound() {
    let y2007 = national(2007, &[("2007年工作的总体要求", "今年主要预期目标是：居民消费价格总水平涨幅控制在3%以内，城镇登记失业率控制在4.6%以内。")]);
    let y2008 = national(2008, &[("2008年主要任务", "去年居民消费价格总水平比上年上涨4.8%，主要是食品和居住类价格涨幅较大。年末城镇登记失业率4%。")]);
    let table = rows(&[("n-2007.txt", &y2007), ("n-2008.txt", &y2008)]);
    // A rise against a ceiling on the rise (涨幅…在3%以内): over it, not met.
    let cpi = row(&table, "cpi").unwrap();
    assert_eq!((cpi.high, cpi.outcome, cpi.met), (Some(3.0), Some(4.8), Some(false)));
    let jobless = row(&table, "unemployment_registered").unwrap();
    assert_eq!((jobless.outcome, jobless.met), (Some(4.0), Some(true)));
    // A fall written as a level (降幅超过3%) against a goal of a fall.
    let y2024 = national(2024, &[("2024年工作安排", "今年主要预期目标是：单位国内生产总值能耗降低2.5%左右。")]);
    let y2025 = national(2025, &[("2024年工作回顾", "单位国内生产总值能耗降幅超过3%。")]);
    let table = rows(&[("n-2024.txt", &y2024), ("n-2025.txt", &y2025)]);
    let energy = row(&table, "energy_intensity").unwrap();
    assert_eq!((energy.outcome, energy.met), (Some(3.0), Some(true)));
}

#[test]
fn no_outcome_across_governments_that_do_not_name_themselves() {
    // Two cities' reports that open 我代表市人民政府: nothing says they are one
    // government, so neither judges the other's target.
    let a = "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n全市地区生产总值增长4%。\n二、2023年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n";
    let b = "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n全市地区生产总值增长5.8%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%。\n";
    let table = rows(&[("a-2023.txt", a), ("b-2024.txt", b)]);
    let gdp_2023 = table.iter().find(|r| r.year == Some(2023)).unwrap();
    assert_eq!((gdp_2023.region.as_deref(), gdp_2023.low, gdp_2023.outcome), (None, Some(6.0), None));
}
