//! The meaning stage: indicator, measure, direction, basis, target, period.

use zhibiao::{extract, Basis, Direction, Measure};

/// `(text, indicator)` of every figure in `text`.
fn indicators(text: &str) -> Vec<(String, Option<String>)> {
    extract(text).figures.into_iter().map(|f| (f.text, f.indicator)).collect()
}

fn pair(text: &str, indicator: &str) -> (String, Option<String>) {
    (text.to_string(), Some(indicator.to_string()))
}

#[test]
fn indicator_is_the_noun_phrase_before_the_verb() {
    assert_eq!(indicators("坚持科技创新，全社会研发经费投入增长29.3%"), [pair("29.3%", "全社会研发经费投入")]);
    assert_eq!(indicators("清洁能源总装机容量达862万千瓦"), [pair("862万千瓦", "清洁能源总装机容量")]);
    assert_eq!(indicators("同时，新增科技型中小企业95家"), [pair("95家", "新增科技型中小企业")]);
    assert_eq!(indicators("县域经济总量占比超50%"), [pair("超50%", "县域经济总量占比")]);
    assert_eq!(indicators("实施亿元以上项目88个"), [pair("88个", "实施亿元以上项目")]);
}

#[test]
fn a_share_of_the_noun_after_it_inherits_nothing() {
    assert_eq!(
        indicators("新增基础教育学位4万个，67.5%的初中毕业生升入优质高中。"),
        [pair("4万个", "新增基础教育学位"), (String::from("67.5%"), None)]
    );
    assert_eq!(
        indicators("原材料消耗指标有百分之四十三没有恢复，有百分之二十四的国营工业企业存在着亏损。"),
        [pair("百分之四十三", "原材料消耗指标"), (String::from("百分之二十四"), None)]
    );
    // A bound after a verb is of the clause's subject all the same.
    assert_eq!(
        indicators("广义货币M2增长11.3%，低于13%左右的预期目标。"),
        [pair("11.3%", "广义货币M2"), pair("低于13%左右", "广义货币M2")]
    );
}

#[test]
fn a_share_with_a_threshold_is_a_figure() {
    assert_eq!(
        indicators("95%以上的村集体经营性收入超过10万元"),
        [(String::from("95%以上"), None), pair("超过10万元", "村集体经营性收入")]
    );
    assert_eq!(indicators("实施亿元以上项目88个"), [pair("88个", "实施亿元以上项目")]);
}

#[test]
fn adverbs_before_the_verb_are_not_the_indicator() {
    assert_eq!(indicators("优良天数比例首次突破80%"), [pair("突破80%", "优良天数比例")]);
    assert_eq!(indicators("能耗强度累计下降17.3%"), [pair("17.3%", "能耗强度")]);
    assert_eq!(indicators("三月份的平均日产量迅速上升到一百一十三万吨"), [pair("一百一十三万吨", "三月份的平均日产量")]);
    assert_eq!(indicators("总产值仍然增加了二十七亿四千万元"), [pair("二十七亿四千万元", "总产值")]);
    assert_eq!(indicators("全年粮食产量明显增加500万吨"), [pair("500万吨", "全年粮食产量")]);
    assert_eq!(indicators("出口总额逐年增长8%"), [pair("8%", "出口总额")]);
    assert_eq!(indicators("进出口贸易总额合计二千三百亿美元"), [pair("二千三百亿美元", "进出口贸易总额")]);
    assert_eq!(indicators("中央政府拟新增1.18万亿元"), [pair("1.18万亿元", "中央政府")]);
    // 新增 and 新建 after the noun are its verb; before it they stay.
    assert_eq!(indicators("科技成果转化企业新增1013家"), [pair("1013家", "科技成果转化企业")]);
    assert_eq!(indicators("新增科技型中小企业95家"), [pair("95家", "新增科技型中小企业")]);
    // 人均, 年均: 均 is no adverb there.
    assert_eq!(indicators("全年人均增加1680元"), [pair("1680元", "全年人均")]);
    assert_eq!(indicators("钢产量前三年就增加了一百六十一万吨。"), [pair("一百六十一万吨", "钢产量")]);
    assert_eq!(indicators("高层次人才达到5000人。"), [pair("5000人", "高层次人才")]);
    assert_eq!(indicators("今年化学需氧量、氨氮排放量要下降2%。"), [pair("2%", "今年化学需氧量、氨氮排放量")]);
    assert_eq!(indicators("主要污染物排放总量下降5%。"), [pair("5%", "主要污染物排放总量")]);
    assert_eq!(indicators("全年地区生产总值按可比价格计算增长5%。"), [pair("5%", "全年地区生产总值")]);
    assert_eq!(
        indicators("国民生产总值3800亿元，按可比价格计算增长10.2%。"),
        [pair("3800亿元", "国民生产总值"), pair("10.2%", "国民生产总值")]
    );
    // A modal alone is no indicator.
    assert_eq!(indicators("一九八五年要降到千分之五左右。"), [(String::from("千分之五左右"), None)]);
    // An ordinal span before the verb is a time, and no indicator.
    assert_eq!(indicators("第一个五年合计增长1630万吨"), [(String::from("1630万吨"), None)]);
}

#[test]
fn the_object_of_a_disposal_is_the_indicator() {
    // 把 (and an opening 将) marks what the verb acts on: that is the indicator.
    assert_eq!(indicators("近几年把总产量稳定在一亿吨的水平上"), [pair("一亿吨", "总产量")]);
    assert_eq!(indicators("要把城镇登记失业率控制在4.5%以内"), [pair("4.5%以内", "城镇登记失业率")]);
    assert_eq!(indicators("将扶贫标准提高到2300元"), [pair("2300元", "扶贫标准")]);
    assert_eq!(indicators("把增长预期目标定在7.5%左右"), [pair("7.5%左右", "增长预期目标")]);
    // 把关 and 一把手 hold no 把 of a disposal.
    assert_eq!(indicators("严格把关审批事项减少30%"), [pair("30%", "严格把关审批事项")]);
}

#[test]
fn pdf_line_breaks_leave_the_indicator() {
    assert_eq!(indicators("规模以上工业增\n加值增长7.2%"), [pair("7.2%", "规模以上工业增加值")]);
}

#[test]
fn a_count_before_its_noun_takes_the_noun() {
    assert_eq!(indicators("中船、大唐5个风电项目陆续并网发电"), [pair("5个", "风电项目")]);
    assert_eq!(indicators("出台16项支持措施"), [pair("16项", "支持措施")]);
    assert_eq!(indicators("海星路及20余个小区新建路灯1900余盏"), [pair("20余个", "小区"), pair("1900余盏", "新建路灯")]);
    assert_eq!(indicators("落实每村每年5万元治理资金"), [pair("5万元", "治理资金")]);
}

#[test]
fn a_noun_that_begins_like_a_postposition_is_not_cut() {
    // 中 ends a noun as a postposition (在5个城市中), not in 中心, 中试, 中小.
    assert_eq!(indicators("建成9个国家区域医疗中心"), [pair("9个", "国家区域医疗中心")]);
    assert_eq!(indicators("2家中试平台跻身首批国家级制造业中试平台"), [pair("2家", "中试平台")]);
    assert_eq!(indicators("建设100个中小学校冰雪运动训练室"), [pair("100个", "中小学校冰雪运动训练室")]);
    assert_eq!(indicators("新增1万个普通高中学位"), [pair("1万个", "普通高中学位")]);
    assert_eq!(indicators("5个城市中有3个"), [pair("5个", "城市"), pair("3个", "城市")]);
    // 中 ends 高中 and 初中 as a word: the noun holds it, and ends with it.
    assert_eq!(indicators("支持超10所县域公办普通高中补短板"), [pair("超10所", "县域公办普通高中")]);
    assert_eq!(indicators("新建3所初中"), [pair("3所", "初中")]);
    // A threshold on a grade names a category, and the noun goes on.
    assert_eq!(indicators("打造20家省级以上零碳园区"), [pair("20家", "省级以上零碳园区")]);
    assert_eq!(indicators("新增76家二级及以上老年医院"), [pair("76家", "二级及以上老年医院")]);
    // Adverbs after the noun end it; a cause opens no noun, a noun of causes does.
    assert_eq!(indicators("10件民生实事圆满完成"), [pair("10件", "民生实事")]);
    assert_eq!(indicators("4条高速提前通车"), [pair("4条", "高速")]);
    assert_eq!(indicators("2130人因提前转移避免伤亡"), [(String::from("2130人"), None)]);
    assert_eq!(indicators("消除3个风险因素"), [pair("3个", "风险因素")]);
    assert_eq!(indicators("打造10个宜居宜业和美乡村。"), [pair("10个", "宜居宜业和美乡村")]);
    assert_eq!(indicators("全国有24万多户国有小企业。"), [pair("24万多户", "国有小企业")]);
}

#[test]
fn a_bare_change_inherits_the_indicator_before_it() {
    let report = extract("全市技术合同成交额5.1亿元,增长14%");
    let change = &report.figures[1];
    assert_eq!(change.indicator.as_deref(), Some("全市技术合同成交额"));
    assert_eq!((change.measure, change.direction), (Measure::Change, Some(Direction::Increase)));
}

#[test]
fn carry_over_crosses_a_semicolon_but_not_a_sentence() {
    assert_eq!(indicators("社会消费品零售总额1200亿元；增长5.1%"), [pair("1200亿元", "社会消费品零售总额"), pair("5.1%", "社会消费品零售总额")]);
    assert_eq!(indicators("进出口总额300亿元。增长5%").last(), Some(&("5%".to_string(), None)));
}

#[test]
fn respectively_distributes_in_order() {
    let report = extract("事故起数、死亡人数分别下降18.9%和18.3%");
    let got: Vec<_> = report.figures.iter().map(|f| (f.indicator.as_deref(), f.measure, f.direction)).collect();
    let down = (Measure::Change, Some(Direction::Decrease));
    assert_eq!(got, [(Some("事故起数"), down.0, down.1), (Some("死亡人数"), down.0, down.1)]);

    assert_eq!(
        indicators("一产、二产、三产增加值分别增长3.5%、6%、5%"),
        [pair("3.5%", "一产"), pair("6%", "二产"), pair("5%", "三产增加值")]
    );
}

#[test]
fn both_of_a_list_with_jun() {
    assert_eq!(indicators("办结率、满意率均为100%"), [pair("100%", "办结率、满意率")]);
}

#[test]
fn a_shared_verb_over_a_list() {
    assert_eq!(
        indicators("清理垃圾70万吨、沟渠9254公里、废弃物2万吨"),
        [pair("70万吨", "清理垃圾"), pair("9254公里", "沟渠"), pair("2万吨", "废弃物")]
    );
}

#[test]
fn from_to_pairs() {
    let report = extract("出庭应诉率由2022年的40%提高到100%");
    let got: Vec<_> = report
        .figures
        .iter()
        .map(|f| (f.value, f.measure, f.direction, f.period.as_deref(), f.indicator.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (40.0, Measure::From, Some(Direction::Increase), Some("2022"), Some("出庭应诉率")),
            (100.0, Measure::To, Some(Direction::Increase), None, Some("出庭应诉率")),
        ]
    );
    let merged = extract("11户市属国企优化重组成6户");
    let got: Vec<_> = merged.figures.iter().map(|f| (f.measure, f.direction, f.indicator.as_deref())).collect();
    assert_eq!(
        got,
        [
            (Measure::From, Some(Direction::Decrease), Some("市属国企")),
            (Measure::To, Some(Direction::Decrease), Some("市属国企")),
        ]
    );
}

#[test]
fn basis_of_a_change() {
    let basis = |text: &str| extract(text).figures[0].basis;
    assert_eq!(basis("近岸海域水质优良率同比改善18.3%"), Some(Basis::YearOnYear));
    assert_eq!(basis("出口额比上年增长12%"), Some(Basis::YearOnYear));
    assert_eq!(basis("地区生产总值年均增长5%左右"), Some(Basis::AnnualAverage));
    assert_eq!(basis("地区生产总值增长5%"), None);
    let report = extract("地区生产总值年均增长5%左右");
    assert_eq!(report.figures[0].indicator.as_deref(), Some("地区生产总值"));
}

#[test]
fn cuts_and_yearly_rises_are_changes() {
    let read = |text: &str| {
        let figure = extract(text).figures.remove(0);
        (figure.indicator, figure.measure, figure.direction, figure.basis)
    };
    let down = |indicator: &str, basis| (Some(indicator.to_string()), Measure::Change, Some(Direction::Decrease), basis);
    assert_eq!(read("一般性支出压减5%以上"), down("一般性支出", None));
    assert_eq!(read("国务院部门行政审批事项削减44%"), down("国务院部门行政审批事项", None));
    assert_eq!(read("沙化土地面积年均缩减近2000平方公里"), down("沙化土地面积", Some(Basis::AnnualAverage)));
    let up = (Some("工业总产值".to_string()), Measure::Change, Some(Direction::Increase), Some(Basis::AnnualAverage));
    assert_eq!(read("工业总产值平均每年递增百分之十四点七"), up);
}

#[test]
fn verbs_that_name_the_level_reached_leave_the_indicator() {
    assert_eq!(indicators("出境断面水质优良率保持100%"), [pair("100%", "出境断面水质优良率")]);
    assert_eq!(indicators("服务性消费支出占比升至48%"), [pair("48%", "服务性消费支出占比")]);
    assert_eq!(indicators("私营工业产值所占的比重将下降为百分之十二点二"), [pair("百分之十二点二", "私营工业产值所占的比重")]);
    assert_eq!(indicators("地区生产总值跨越5000亿元大关"), [pair("5000亿元", "地区生产总值")]);
}

#[test]
fn a_figure_of_a_year_after_the_reports_is_a_goal() {
    let text = "关于发展国民经济的第一个五年计划的报告\n——1955年7月5日在第一届全国人民代表大会第二次会议上\n一、国家在过渡时期的总任务\n一九五四年粮食产量是三千三百九十亿斤。\n到一九五七年，粮食产量达到三千八百五十六亿斤。\n";
    let report = extract(text);
    assert_eq!(report.about.year, Some(1955));
    let goals: Vec<(Option<&str>, bool)> = report.figures.iter().map(|f| (f.period.as_deref(), f.target)).collect();
    assert_eq!(goals, [(Some("1954"), false), (Some("1957"), true)]);
    // A part read on its own knows the report's year too.
    let parts: Vec<bool> = zhibiao::extract_parts(text, 16).flat_map(|part| part.figures).map(|f| f.target).collect();
    assert_eq!(parts, [false, true]);
}

#[test]
fn a_goal_word_in_the_name_of_a_policy_sets_no_goal() {
    let targets = |text: &str| extract(text).figures.iter().map(|f| f.target).collect::<Vec<_>>();
    assert_eq!(targets("创建高质量发展目标政策体系，连续5年开展抓发展攻坚行动。"), [false]);
    // In quotes too; outside them 确保 sets one.
    assert_eq!(targets("2002年中央财政用于“两个确保”和“低保”的资金达594亿元。"), [false]);
    assert_eq!(targets("力争“两个确保”资金增长10%。"), [true]);
    // A goal passed is reached, not set.
    assert_eq!(targets("城镇新增就业980万人，超过预期目标；城镇居民人均可支配收入9422元。"), [false, false]);
    // 确保了: what was ensured, said after the fact.
    assert_eq!(targets("确保了“三保”资金不断链，减少贫困人口845户1919人。"), [false, false]);
    assert_eq!(targets("确保“三保”资金不断链，减少贫困人口845户。"), [true]);
}

#[test]
fn targets_and_their_period() {
    let report = extract("今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业45万人以上。");
    assert!(report.figures.iter().all(|f| f.target));
    assert_eq!(report.figures[0].indicator.as_deref(), Some("地区生产总值"));

    let report = extract("力争到2027年全省研发投入强度达到2.5%。");
    let figure = &report.figures[0];
    assert_eq!((figure.target, figure.period.as_deref()), (true, Some("2027")));

    let report = extract("一、2025年工作回顾\n地区生产总值增长5%。\n二、2026年工作安排\n地区生产总值增长5%左右。");
    let targets: Vec<bool> = report.figures.iter().map(|f| f.target).collect();
    assert_eq!(targets, [false, true]);
}

#[test]
fn an_estimate_of_the_year_is_a_report_not_a_goal() {
    let report = extract("预计全年接待游客9.6亿人次、增长10.3%。");
    assert!(report.figures.iter().all(|f| !f.target));
    // The time word that scopes the figure stays (SPEC: 全年地区生产总值).
    assert_eq!(report.figures[0].indicator.as_deref(), Some("全年接待游客"));
}

#[test]
fn durations_of_time_have_no_indicator() {
    assert_eq!(indicators("兴城市连续7年荣登榜单"), [("7年".to_string(), None)]);
    assert_eq!(indicators("企业开办时间压缩至0.5个工作日以内"), [pair("0.5个工作日以内", "企业开办时间")]);
}

#[test]
fn adverbs_and_comparisons_leave_the_indicator() {
    assert_eq!(indicators("全区能耗强度累计下降17.3%"), [pair("17.3%", "全区能耗强度")]);
    assert_eq!(indicators("高价值发明专利较“十三五”时期增长148%"), [pair("148%", "高价值发明专利")]);
    assert_eq!(indicators("国有企业比重达40%"), [pair("40%", "国有企业比重")]);
}

#[test]
fn a_range_shares_its_indicator() {
    assert_eq!(indicators("国家级实验室再增加2—4家"), [pair("2", "国家级实验室"), pair("4家", "国家级实验室")]);
    // With a hyphen too; the far end is the same change, on the same basis.
    let report = extract("地区生产总值年均增速4.5%-5%、努力争取更好结果");
    let ends: Vec<_> = report.figures.iter().map(|f| (f.indicator.as_deref(), f.measure, f.basis)).collect();
    assert_eq!(ends, [(Some("地区生产总值"), Measure::Change, Some(Basis::AnnualAverage)); 2]);
}

#[test]
fn the_base_of_a_comparison_and_a_pair_measured_a_head() {
    // 将比一九五八年的…: the base, a level of the year, of the same indicator.
    assert_eq!(
        indicators("工农业总产值将比一九五八年的二千零五十亿元增长百分之四十。"),
        [pair("二千零五十亿元", "工农业总产值"), pair("百分之四十", "工农业总产值")]
    );
    // 占比 and 之比 are no comparison.
    assert_eq!(indicators("民间投资占比34%。"), [pair("34%", "民间投资占比")]);
    let report = extract("全员劳动生产率从人均8.7万元提高到12万元以上。");
    let pair_of: Vec<_> = report.figures.iter().map(|f| (f.indicator.as_deref(), f.measure)).collect();
    assert_eq!(pair_of, [(Some("全员劳动生产率"), Measure::From), (Some("全员劳动生产率"), Measure::To)]);
}

#[test]
fn a_verb_of_equality_opens_no_indicator() {
    assert_eq!(indicators("等于五年计划规定的投资总额的三分之一"), [pair("三分之一", "五年计划规定的投资总额")]);
    assert_eq!(indicators("相当于前九年总和的1.6倍"), [pair("1.6倍", "前九年总和")]);
    // A bracket and a comparison leave no indicator of marks alone.
    let report = extract("造价二百四十元（比预算增高百分之六十，");
    let [_, rise] = &report.figures[..] else { panic!() };
    assert_eq!((rise.indicator.as_deref(), rise.measure, rise.direction), (Some("造价"), Measure::Change, Some(Direction::Increase)));
}

#[test]
fn level_verbs_in_a_row_do_not_pair() {
    let report = extract("森林覆盖率达到13.52%、林草覆盖率达到44.79%");
    let got: Vec<_> = report.figures.iter().map(|f| (f.measure, f.indicator.as_deref())).collect();
    assert_eq!(got, [(Measure::Level, Some("森林覆盖率")), (Measure::Level, Some("林草覆盖率"))]);
    let report = extract("市属重点国企由51家整合为33家");
    let got: Vec<_> = report.figures.iter().map(|f| (f.measure, f.direction, f.indicator.as_deref())).collect();
    assert_eq!(
        got,
        [
            (Measure::From, Some(Direction::Decrease), Some("市属重点国企")),
            (Measure::To, Some(Direction::Decrease), Some("市属重点国企")),
        ]
    );
}

#[test]
fn the_sections_after_the_review_are_the_plan() {
    let text = "一、2025年工作回顾\n地区生产总值增长5%。\n二、全力推动开好局\n地区生产总值增长5%左右。\n三、加强政府自身建设\n压减会议10%。";
    let targets: Vec<bool> = extract(text).figures.iter().map(|f| f.target).collect();
    assert_eq!(targets, [false, true, true]);
}

#[test]
fn a_part_on_the_tasks_and_main_indicators_of_a_plan_sets_goals() {
    let text = "一、国民经济取得了新的进展\n棉花产量增长10%。\n二、1981年国民经济计划的任务和主要指标\n棉花产量255万吨，比1980年预计增加25万吨。";
    let targets: Vec<bool> = extract(text).figures.iter().map(|f| f.target).collect();
    assert_eq!(targets, [false, true, true]);
}

#[test]
fn older_reports_rates_and_time_frames() {
    let report = extract("轻工业平均每年增长百分之十一点八，");
    let f = &report.figures[0];
    assert_eq!((f.indicator.as_deref(), f.basis), (Some("轻工业"), Some(Basis::AnnualAverage)));
    assert_eq!(indicators("总产值在五年内增长百分之二十三点三"), [pair("百分之二十三点三", "总产值在五年内")]);
    assert_eq!(indicators("主要工业产品中，有３７种完成计划")[0].1, None);
    let report = extract("１９５５年政府支出农村救济费２亿余元");
    assert_eq!(report.figures[0].indicator.as_deref(), Some("政府支出农村救济费"));
    assert_eq!(report.figures[0].period.as_deref(), Some("1955"));
}

#[test]
fn a_time_frame_before_a_clause() {
    // The time words that scope the figure stay in its indicator.
    assert_eq!(indicators("近3年新增企业100家"), [pair("100家", "近3年新增企业")]);
    assert_eq!(indicators("五年新设外资企业1770家"), [pair("1770家", "五年新设外资企业")]);
}

#[test]
fn goal_words_open_the_clause_but_are_not_the_indicator() {
    let report = extract("力争规模以上工业增加值年均增长6.5%左右。");
    let f = &report.figures[0];
    assert_eq!((f.indicator.as_deref(), f.target, f.basis), (Some("规模以上工业增加值"), true, Some(Basis::AnnualAverage)));
}

#[test]
fn the_indicator_before_a_time_frame() {
    assert_eq!(
        indicators("粮食产量连续13年稳定在430亿斤以上，"),
        [("13年".to_string(), None), pair("430亿斤以上", "粮食产量")]
    );
    assert_eq!(
        indicators("营业收入、利润总额五年分别增长97.3%、27.7%。"),
        [pair("97.3%", "营业收入"), pair("27.7%", "利润总额")]
    );
}

#[test]
fn a_lone_verb_after_a_list_comma_inherits() {
    assert_eq!(
        indicators("今年赤字率拟按4%左右安排、比上年提高1个百分点"),
        [pair("4%左右", "今年赤字率"), pair("1个百分点", "今年赤字率")]
    );
}

#[test]
fn a_bare_respectively_takes_the_figures_before_it() {
    assert_eq!(
        indicators("全年接待游客1.2亿人次，实现旅游收入1100亿元，分别增长15%和18%。"),
        [pair("1.2亿人次", "全年接待游客"), pair("1100亿元", "实现旅游收入"), pair("15%", "全年接待游客"), pair("18%", "实现旅游收入")]
    );
    assert_eq!(
        indicators("居民人均可支配收入分别达到48000元、22000元，分别增长4.6%、6.8%。").last(),
        Some(&pair("6.8%", "居民人均可支配收入"))
    );
}

#[test]
fn scope_and_time_words_stay_in_the_indicator_but_never_stand_alone() {
    assert_eq!(indicators("全年地区生产总值增长5.2%"), [pair("5.2%", "全年地区生产总值")]);
    assert_eq!(indicators("当年完成投资120亿元"), [pair("120亿元", "当年完成投资")]);
    assert_eq!(indicators("地区生产总值5000亿元，全年增长5%"), [pair("5000亿元", "地区生产总值"), pair("5%", "地区生产总值")]);
    assert_eq!(indicators("年内新建3所学校"), [pair("3所", "学校")]);
}

#[test]
fn the_noun_a_count_stands_before_holds_brackets_lists_and_grades() {
    assert_eq!(indicators("28个省（区、市）开展试点"), [pair("28个", "省（区、市）")]);
    assert_eq!(indicators("通达全球127个国家和地区的584个港口"), [pair("127个", "国家和地区"), pair("584个", "港口")]);
    assert_eq!(indicators("启动了178项节能、节水和资源综合利用等重大项目。"), [pair("178项", "节能、节水和资源综合利用等重大项目")]);
    assert_eq!(indicators("获批2个1类创新药"), [pair("2个", "1类创新药")]);
    assert_eq!(indicators("实施5批次19组集团层面战略性重组"), [pair("5批次", "集团层面战略性重组"), pair("19组", "集团层面战略性重组")]);
    assert_eq!(indicators("支持116户国有企业"), [pair("116户", "国有企业")]);
}

#[test]
fn an_amount_before_a_sum_of_money_is_of_that_sum() {
    assert_eq!(indicators("中央安排30亿元国债资金支持乡镇卫生院建设"), [pair("30亿元", "国债资金")]);
    assert_eq!(indicators("取消了原先336亿元的农业税赋"), [pair("336亿元", "农业税赋")]);
    assert_eq!(indicators("新兴市场贡献约7成出口增量"), [pair("约7成", "出口增量")]);
}

#[test]
fn changes_written_as_verbs_on_an_amount() {
    let report = extract("同时增加中央预算内经常性建设投资100亿元；拟安排赤字2950亿元，比上年预算减少50亿元。");
    let f = &report.figures[0];
    assert_eq!((f.indicator.as_deref(), f.measure, f.direction), (Some("中央预算内经常性建设投资"), Measure::Change, Some(Direction::Increase)));
    assert_eq!(report.figures[2].basis, Some(Basis::YearOnYear));
    let report = extract("粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。");
    let [more, level] = &report.figures[..] else { panic!() };
    assert_eq!((more.indicator.as_deref(), more.measure, more.direction), (Some("粮食总产量"), Measure::Change, Some(Direction::Increase)));
    assert_eq!(level.indicator.as_deref(), Some("粮食总产量"));
}

#[test]
fn a_growth_goal_is_a_change_of_what_grows() {
    let report = extract("广义货币M2预期增长目标拟为13%左右");
    let [m2] = &report.figures[..] else { panic!() };
    assert_eq!((m2.indicator.as_deref(), m2.measure, m2.concept.as_deref()), (Some("广义货币M2"), Measure::Change, Some("m2")));
}

#[test]
fn a_rate_of_growth_is_a_change_of_what_grows() {
    let report = extract("对外直接投资年均增速超过30%；居民消费价格涨幅控制在3%。");
    let [growth, prices] = &report.figures[..] else { panic!() };
    assert_eq!((growth.indicator.as_deref(), growth.measure, growth.basis), (Some("对外直接投资"), Measure::Change, Some(Basis::AnnualAverage)));
    assert_eq!((prices.indicator.as_deref(), prices.measure), (Some("居民消费价格涨幅"), Measure::Level));
}

#[test]
fn a_bare_level_after_a_count_is_of_the_subject_before_it() {
    assert_eq!(
        indicators("地区生产总值五年跨过3个万亿级关口、突破10万亿元。"),
        [pair("3个", "万亿级关口"), pair("突破10万亿元", "地区生产总值")]
    );
}

#[test]
fn in_the_plan_what_was_done_is_no_goal() {
    let text = "一、2025年工作回顾\n略。\n二、2026年工作安排\n今年取消农业税，标志着实行了长达2600年的古老税种退出历史。地区生产总值增长5%左右。";
    let targets: Vec<(String, bool)> = extract(text).figures.into_iter().map(|f| (f.text, f.target)).collect();
    assert_eq!(targets, [("2600年".to_string(), false), ("5%左右".to_string(), true)]);
}

#[test]
fn in_the_plan_the_size_of_a_named_project_is_no_goal() {
    let text = "二、2026年工作安排\n规划建设中冉西北占地3万亩的新型工业园区，启动总投资12亿元的城南污水处理厂，建成5个农贸市场，新增就业1万人。";
    let figures: Vec<(String, Option<String>, bool)> = extract(text).figures.into_iter().map(|f| (f.text, f.indicator, f.target)).collect();
    assert!(!figures[0].2); // sizes 新型工业园区
    // Sizes 城南污水处理厂, and keeps the indicator it was read with.
    assert!(!figures[1].2 && figures[1].1.as_deref().is_some_and(|i| i.ends_with("总投资")));
    assert_eq!(figures[2..].iter().map(|f| f.2).collect::<Vec<_>>(), [true, true]); // works and jobs to come
    // A count in the description is of works, and stays a goal.
    let text = "二、2026年工作安排\n重点抓好A光伏组件等6个总投资100亿元的装备制造项目。";
    let targets: Vec<(String, bool)> = extract(text).figures.into_iter().map(|f| (f.text, f.target)).collect();
    assert_eq!(targets, [("6个".to_string(), true), ("100亿元".to_string(), false)]);
}

#[test]
fn first_place_is_position_one() {
    let report = extract("空气质量居全省首位，增速保持全市首位。");
    let places: Vec<(Option<u32>, Option<String>)> = report.ranks.into_iter().map(|r| (r.position, r.scope)).collect();
    assert_eq!(places, [(Some(1), Some("全省".to_string())), (Some(1), Some("全市".to_string()))]);
    assert!(extract("提高城市首位度").ranks.is_empty());
}

#[test]
fn a_rise_to_a_place_is_a_rank_with_its_whole_verb() {
    let report = extract("第一产业增加值提升至全国第二，进出口总额上升到第四位。");
    let ranks: Vec<(String, Option<u32>, Option<String>)> = report.ranks.into_iter().map(|r| (r.text, r.position, r.indicator)).collect();
    assert_eq!(
        ranks,
        [
            ("提升至全国第二".to_string(), Some(2), Some("第一产业增加值".to_string())),
            ("上升到第四位".to_string(), Some(4), Some("进出口总额".to_string())),
        ]
    );
}

#[test]
fn a_field_not_in_the_scope_table_after_a_rank_verb() {
    let ranks = |text: &str| -> Vec<(String, Option<u32>, Option<String>)> {
        extract(text).ranks.into_iter().map(|r| (r.text, r.position, r.scope)).collect()
    };
    let rank = |text: &str, place: u32, scope: &str| (text.to_string(), Some(place), Some(scope.to_string()));
    assert_eq!(ranks("常住人口城镇化率提高到76.58%、居各省区首位。"), [rank("居各省区首位", 1, "各省区")]);
    assert_eq!(ranks("外国获批在川设立领事机构增至24家、居内地第3位。"), [rank("居内地第3位", 3, "内地")]);
    assert_eq!(ranks("国内生产总值跃升到世界第二位。"), [rank("跃升到世界第二位", 2, "世界")]);
    // A field holds no verb of its own, and 居民 is no field.
    assert_eq!(ranks("区域农业品牌排名提升至全国第六位。"), [rank("提升至全国第六位", 6, "全国")]);
    assert!(ranks("居民第一次参保。").is_empty());
}

/// A rank's text, position, top and indicator.
type RankFields = (String, Option<u32>, Option<u32>, Option<String>);

#[test]
fn every_way_a_city_says_first() {
    let ranks = |text: &str| -> Vec<RankFields> {
        extract(text).ranks.into_iter().map(|r| (r.text, r.position, r.top, r.indicator)).collect()
    };
    let r = |text: &str, position: Option<u32>, top: Option<u32>, indicator: Option<&str>| (text.to_string(), position, top, indicator.map(str::to_string));
    // Without a verb, a place that ends its clause.
    assert_eq!(ranks("民间投资增长38.7%，全省第一；"), [r("全省第一", Some(1), None, Some("民间投资"))]);
    assert_eq!(ranks("区域创新能力连续9年全国第一。"), [r("全国第一", Some(1), None, Some("区域创新能力"))]);
    assert_eq!(ranks("专项资金连续3年保持全省第一。"), [r("全省第一", Some(1), None, Some("专项资金"))]);
    // 列 is a rank verb; the numeral may go without 位.
    assert_eq!(ranks("规上工业营收前移3位、列全省第4，"), [r("列全省第4", Some(4), None, Some("规上工业营收"))]);
    // Superlatives and 十大.
    assert_eq!(ranks("养老机构增至1125家、全国最多，"), [r("全国最多", Some(1), None, Some("养老机构"))]);
    assert_eq!(ranks("入选全国十大预制菜创新发展地区，")[0].2, Some(10));
    // Firsts and words that only end in 列 are no places.
    for text in ["建成全国第一个智慧港口，", "全省第一批试点，", "贯彻省市系列会议和县第十三次党代会精神，", "建成全国最大的光伏基地，"] {
        assert!(extract(text).ranks.is_empty(), "{text}");
    }
}

#[test]
fn a_counted_noun_ends_before_what_is_said_of_it() {
    assert_eq!(indicators("17家产业学院揭牌成立，"), [pair("17家", "产业学院")]);
    assert_eq!(indicators("2个国家区域医疗中心主体工程封顶，"), [pair("2个", "国家区域医疗中心主体工程")]);
    assert_eq!(indicators("18项改革经验全省推广，"), [pair("18项", "改革经验")]);
    // A slogan in quotes after the noun says what was done with it; a
    // quoted grade inside the noun stays.
    assert_eq!(indicators("611项政务服务事项“一网通办”，"), [pair("611项", "政务服务事项")]);
    assert_eq!(indicators("新增5家省级“专精特新”企业，"), [pair("5家", "省级“专精特新”企业")]);
    // A floor on the sum names the category counted.
    assert_eq!(indicators("新增营收超10亿元农业龙头企业3家，"), [pair("3家", "新增营收超10亿元农业龙头企业")]);
}

#[test]
fn a_share_of_the_plan_is_of_the_subject_before_it() {
    assert_eq!(indicators("固定资产投资完成年度计划的110%。"), [pair("110%", "固定资产投资")]);
    assert_eq!(
        indicators("596个省大中型项目、1852个“八大行动”项目投资分别完成年度计划的117.5%和109%，"),
        [pair("596个", "省大中型项目"), pair("1852个", "“八大行动”项目投资"), pair("117.5%", "省大中型项目"), pair("109%", "“八大行动”项目投资")]
    );
}

#[test]
fn a_counted_noun_ends_at_a_work_and_holds_words_that_look_like_enders() {
    assert_eq!(
        indicators("立案查处环境违法行为220件，建成7座垃圾中转站，完成3个垃圾源头分类示范村创建，新增5家省级放心消费创建示范单位。"),
        [
            pair("220件", "立案查处环境违法行为"),
            pair("7座", "垃圾中转站"),
            pair("3个", "垃圾源头分类示范村"),
            pair("5家", "省级放心消费创建示范单位"),
        ]
    );
}
