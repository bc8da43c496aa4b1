//! Whose report it is and for which year, on the openings of real reports.

use zhibiao::{extract, Level};

fn about(text: &str) -> (Option<String>, Option<Level>, Option<String>, Option<i32>) {
    let a = extract(text).about;
    (a.region, a.level, a.parent, a.year)
}

fn some(region: &str, level: Level, parent: Option<&str>, year: i32) -> (Option<String>, Option<Level>, Option<String>, Option<i32>) {
    (Some(region.to_string()), Some(level), parent.map(str::to_string), Some(year))
}

#[test]
fn a_title_and_date_line_name_the_government_and_the_year() {
    let text = "2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n北京市市长 殷勇\n各位代表：";
    assert_eq!(about(text), some("北京市", Level::Provincial, None, 2026));
    let text = "陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n";
    assert_eq!(about(text), some("陕西省", Level::Provincial, None, 2026));
    // A bare title, the date line wrapped: the date line names the province.
    let text = "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n";
    assert_eq!(about(text), some("广东省", Level::Provincial, None, 2026));
}

#[test]
fn prefectures_counties_and_the_government_above() {
    let text = "2025年葫芦岛市政府工作报告\n——2025年1月8日在葫芦岛市第十七届人民代表大会第五次会议上\n";
    assert_eq!(about(text), some("葫芦岛市", Level::Prefecture, None, 2025));
    let text = "政府工作报告\n——2025年1月10日在呼伦贝尔市海拉尔区第十一届人民代表大会第五次会议上\n";
    assert_eq!(about(text), some("海拉尔区", Level::County, Some("呼伦贝尔市"), 2025));
    let text = "2025年兴城市政府工作报告\n";
    assert_eq!(about(text), some("兴城市", Level::County, None, 2025));
    let text = "延边朝鲜族自治州2024年政府工作报告\n";
    assert_eq!(about(text), some("延边朝鲜族自治州", Level::Prefecture, None, 2024));
}

#[test]
fn the_state_council_and_the_year_its_headings_name() {
    let text = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n过去一年……\n二、2025年经济社会发展总体要求和政策取向\n";
    assert_eq!(about(text), some("全国", Level::National, None, 2025));
    let text = "各位代表：\n我代表国务院作政府工作报告。\n首先报告２００１年的工作\n";
    assert_eq!(about(text).3, Some(2002));
    let text = "各位代表：\n我代表国务院作政府工作报告。\n一、过去一年工作回顾\n二、2005年工作总体部署\n";
    assert_eq!(about(text).3, Some(2005));
    let text = "各位代表：\n我代表国务院作政府工作报告。\n一、1998年工作回顾和1999年工作\n";
    assert_eq!(about(text).3, Some(1999));
}

#[test]
fn the_session_of_the_congress_dates_older_reports() {
    let text = "各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告以後";
    assert_eq!(about(text), some("全国", Level::National, None, 1954));
    assert_eq!(about("根据中共中央的决定，我代表国务院，向第四届全国人民代表大会作政府工作报告。").3, Some(1975));
    assert_eq!(about("我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。").3, Some(1983));
    // Since the first session of a term: the term is over, this is the next one.
    assert_eq!(about("我代表国务院作报告。首先指出，从第二届全国人民代表大会第一次会议以来，我国各族人民").3, Some(1964));
    assert_eq!(about("我代表国务院作报告。从第七届全国人民代表大会第一次会议，到这次大会的召开，已经整整过去了五年。").3, Some(1993));
    // Since last year's session, or since one closed: the next session.
    assert_eq!(about("我代表国务院作报告。从去年三月第五届全国人民代表大会第一次会议闭幕到我们这次会议").3, Some(1979));
    assert_eq!(about("国务院报告。第六届全国人民代表大会期间，我们较好地完成了第六个五年计划").3, Some(1988));
}

#[test]
fn the_place_of_the_year_in_a_five_year_plan() {
    assert_eq!(about("我代表国务院作报告。今年是实行“七五”计划的头一年。").3, Some(1986));
    assert_eq!(about("我代表国务院作报告。一九五八年是我国第二个五年计划的第一年。").3, Some(1958));
    assert_eq!(about("我代表国务院作报告。做好今年的各项工作，对于实施“十五”计划起好步、开好局，至关重要。").3, Some(2001));
}

#[test]
fn what_the_text_does_not_say_stays_empty() {
    assert_eq!(about("全市地区生产总值增长5%。"), (None, None, None, None));
    assert_eq!(about(""), (None, None, None, None));
}

#[test]
fn a_city_or_county_that_speaks_without_its_name() {
    // No title, no date line: a city's report, never the State Council's,
    // though it names the State Council further on; 市 leaves the level open.
    let text = "各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾\n认真落实国务院部署，全市地区生产总值增长5%。\n二、2024年工作安排\n";
    assert_eq!(about(text), (None, None, None, Some(2024)));
    let text = "各位代表：\n\n我代表市政府向大会报告工作，请予审议，并请政协委员提出意见。\n\n一、2023年工作回顾\n";
    assert_eq!(about(text), (None, None, None, Some(2024)));
    // 州 and 县 tell the level.
    let text = "各位代表：\n\n现在，我代表州人民政府，向大会报告工作。\n\n一、2023年工作回顾\n";
    assert_eq!(about(text), (None, Some(Level::Prefecture), None, Some(2024)));
    let text = "各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2019年工作回顾\n";
    assert_eq!(about(text), (None, Some(Level::County), None, Some(2020)));
}

#[test]
fn a_term_report_and_a_short_name() {
    // The term is no part of the name; a report that reviews five years and
    // plans 今后五年和2012年 is of 2012.
    let text = "各位代表：\n现在，我代表容城县第十四届人民政府，向大会报告 2007年换届以来的工作，对今后五年和2012年的工作提出建议，请予审议。\n一、过去五年工作回顾\n2011年全县生产总值达到50亿元。\n";
    assert_eq!(about(text), some("容城县", Level::County, None, 2012));
    // A short form of an autonomous prefecture the report uses stands.
    let text = "政 府 工 作 报 告\n\n（2024年1月31日在黔东南州第十五届人民代表大会第四次会议上）\n\n州长  杨光杰\n";
    assert_eq!(about(text), some("黔东南州", Level::Prefecture, None, 2024));
}
