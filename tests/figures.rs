//! The figure stage: number, magnitude, unit, bound, span — and what is no figure.

use zhibiao::{extract, Bound, Dimension};

/// `(text, value, unit, bound)` of every figure in `text`.
fn figures(text: &str) -> Vec<(String, f64, String, Bound)> {
    extract(text).figures.into_iter().map(|f| (f.text, f.value, f.unit.into_owned(), f.bound)).collect()
}

fn one(text: &str) -> (String, f64, String, Bound) {
    let all = figures(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn f(text: &str, value: f64, unit: &str, bound: Bound) -> (String, f64, String, Bound) {
    (text.to_string(), value, unit.to_string(), bound)
}

#[test]
fn magnitudes_fold_into_the_value() {
    assert_eq!(one("吸引高校毕业生1.3万人"), f("1.3万人", 13_000.0, "人", Bound::Exact));
    assert_eq!(one("地区生产总值突破3万亿元"), f("突破3万亿元", 3e12, "元", Bound::Over));
    assert_eq!(one("投资5千万元"), f("5千万元", 5e7, "元", Bound::Exact));
    assert_eq!(one("完成建筑节能改造164.8万平方米"), f("164.8万平方米", 1_648_000.0, "平方米", Bound::Exact));
    assert_eq!(one("装机达862万千瓦"), f("862万千瓦", 8_620_000.0, "千瓦", Bound::Exact));
    assert_eq!(one("发电量一百二十亿千瓦时"), f("一百二十亿千瓦时", 1.2e10, "千瓦时", Bound::Exact));
    // After 多 or 余, a magnitude scales what stands below 亿, not the whole.
    assert_eq!(one("有一亿一千多万农户"), f("一亿一千多万农户", 1.1e8, "农户", Bound::Over));
    assert_eq!(one("农具五亿二千余万件"), f("五亿二千余万件", 5.2e8, "件", Bound::Over));
    assert_eq!(one("一万多亿元"), f("一万多亿元", 1e12, "元", Bound::Over));
    // 一亿一 is 110 million, and 一亿一多万 reads no one way: skipped, not misread.
    assert_eq!(figures("有一亿一多万人"), []);
}

#[test]
fn chinese_numerals_and_fractions() {
    assert_eq!(one("城乡低保实现“十三连涨”"), f("十三连涨", 13.0, "连涨", Bound::Exact));
    assert_eq!(one("连续两年荣获"), f("两年", 2.0, "年", Bound::Exact));
    assert_eq!(one("用了两年多时间"), f("两年多", 2.0, "年", Bound::Over));
    assert_eq!(one("走了五十多年的路"), f("五十多年", 50.0, "年", Bound::Over));
    assert_eq!(one("占比百分之二十九点三"), f("百分之二十九点三", 29.3, "%", Bound::Exact));
    assert_eq!(one("增长２９．３％"), f("２９．３％", 29.3, "%", Bound::Exact));
    assert_eq!(one("提高0.6个百分点"), f("0.6个百分点", 0.6, "个百分点", Bound::Exact));
    assert_eq!(one("增长近7倍"), f("近7倍", 7.0, "倍", Bound::Under));
}

#[test]
fn bounds_and_their_span() {
    assert_eq!(one("培养人才1300余人"), f("1300余人", 1300.0, "人", Bound::Over));
    assert_eq!(one("汇聚300多个科研团队"), f("300多个", 300.0, "个", Bound::Over));
    assert_eq!(one("就业超过3万人"), f("超过3万人", 30_000.0, "人", Bound::Over));
    assert_eq!(one("压缩至0.5个工作日以内"), f("0.5个工作日以内", 0.5, "工作日", Bound::Under));
    assert_eq!(one("增长6%左右"), f("6%左右", 6.0, "%", Bound::About));
    assert_eq!(one("投资约20亿元"), f("约20亿元", 2e9, "元", Bound::About));
    assert_eq!(one("举办超千场体育赛事"), f("超千场", 1000.0, "场", Bound::Over));
    assert_eq!(one("近百场大型演唱会"), f("近百场", 100.0, "场", Bound::Under));
    // 所 before 以上 is the classifier, not 所以.
    assert_eq!(one("义务教育学校500所以上、"), f("500所以上", 500.0, "所", Bound::Over));
    assert_eq!(figures("所以，新增学校"), []);
    assert_eq!(one("惠及数十万人"), f("数十万人", 100_000.0, "人", Bound::Over));
}

#[test]
fn counts_of_times_are_one_unit() {
    assert_eq!(one("举办各类基层文化活动超10万场次"), f("超10万场次", 100_000.0, "场次", Bound::Over));
    assert_eq!(one("开展药品监督抽检超1.5万批次"), f("超1.5万批次", 15_000.0, "批次", Bound::Over));
    assert_eq!(one("接待游客1.2亿人次"), f("1.2亿人次", 1.2e8, "人次", Bound::Exact));
    assert_eq!(one("跨境公路班车开行量突破1.2万车次"), f("突破1.2万车次", 12_000.0, "车次", Bound::Over));
}

#[test]
fn a_list_of_percentage_points_shares_its_unit() {
    let units: Vec<(String, Dimension)> =
        extract("投资增速分别高于全国12.7个、12个百分点").figures.into_iter().map(|f| (f.unit.into_owned(), f.dimension)).collect();
    let points = ("个百分点".to_string(), Dimension::PercentagePoint);
    assert_eq!(units, [points.clone(), points]);
    assert_eq!(figures("建成12个、新增3个百分点")[0], f("12个", 12.0, "个", Bound::Exact));
}

#[test]
fn an_age_is_a_figure_unless_it_names_a_category() {
    let report = extract("人均预期寿命提高到80.4岁");
    let age = &report.figures[0];
    assert_eq!((age.value, age.unit.as_ref(), age.dimension), (80.4, "岁", Dimension::Duration));
    assert_eq!(age.si.as_ref().map(|si| (si.value.round(), si.unit.as_ref())), Some((2_537_231_040.0, "s")));
    assert_eq!(age.indicator.as_deref(), Some("人均预期寿命"));
    assert!(extract("为孕产妇和0—6岁儿童提供健康服务").figures.is_empty());
    assert!(extract("60岁及以上老年人").figures.is_empty());
}

#[test]
fn latin_unit_symbols_after_a_number() {
    assert_eq!(one("算力规模突破15万P，"), f("突破15万P", 150_000.0, "PFLOPS", Bound::Over));
    assert_eq!(one("智能算力达4800PF"), f("4800PF", 4800.0, "PFLOPS", Bound::Exact));
    assert_eq!(one("算力规模突破160Eflops。"), f("突破160Eflops", 160.0, "EFLOPS", Bound::Over));
    let battery = &extract("新能源电池产能55GWh").figures[0];
    assert_eq!((battery.unit.as_ref(), battery.si.as_ref().map(|si| si.value)), ("吉瓦时", Some(55.0 * 3.6e12)));
    for code in ["新建5G基站", "国家5A级旅游景区", "气压4000Pa", "C919大飞机"] {
        assert!(extract(code).figures.is_empty(), "{code}");
    }
}

#[test]
fn words_that_only_hold_a_unit_are_no_figures() {
    assert!(extract("破除城乡二元结构").figures.is_empty());
}

#[test]
fn round_amounts_without_a_digit() {
    assert_eq!(one("年实际使用外资保持在千亿元以上。"), f("千亿元以上", 1e11, "元", Bound::Over));
    assert_eq!(one("进出口总额突破万亿元"), f("突破万亿元", 1e12, "元", Bound::Over));
    assert_eq!(one("整车出口突破百万辆"), f("突破百万辆", 1e6, "辆", Bound::Over));
    // A step or a scale: 两个万亿元台阶, 0.6人/百亿元.
    assert!(extract("地区生产总值连跨两个万亿元台阶").figures.is_empty());
    assert_eq!(figures("死亡率控制在0.6人/百亿元以下").len(), 1);
    assert!(extract("千家万户").figures.is_empty());
}

#[test]
fn a_negated_bound_is_the_other_bound() {
    assert_eq!(one("保护面积不少于3613.97万亩"), f("不少于3613.97万亩", 36_139_700.0, "亩", Bound::Over));
    assert_eq!(one("森林覆盖率不低于30%"), f("不低于30%", 30.0, "%", Bound::Over));
    assert_eq!(one("能耗不超过5000万吨标准煤"), f("不超过5000万吨标准煤", 5e7, "吨标准煤", Bound::Under));
    assert_eq!(one("负债率不高于60%"), f("不高于60%", 60.0, "%", Bound::Under));
    assert_eq!(one("占比低于10%"), f("低于10%", 10.0, "%", Bound::Under));
    // A bound before a duration stays one; 近 makes a time frame (近三年), no figure.
    assert_eq!(one("审批时间压缩到不超过120个工作日"), f("不超过120个工作日", 120.0, "工作日", Bound::Under));
    assert_eq!(one("运营时间不少于3年"), f("不少于3年", 3.0, "年", Bound::Over));
    assert!(figures("近三年累计投资").is_empty());
}

#[test]
fn ranges_bound_each_end() {
    assert_eq!(
        figures("增长4.5%—5%"),
        vec![f("4.5%", 4.5, "%", Bound::Over), f("5%", 5.0, "%", Bound::Under)]
    );
    assert_eq!(figures("增长4.5-5%"), vec![f("4.5", 4.5, "%", Bound::Over), f("5%", 5.0, "%", Bound::Under)]);
    assert_eq!(figures("新增2-3万人"), vec![f("2", 20_000.0, "人", Bound::Over), f("3万人", 30_000.0, "人", Bound::Under)]);
}

#[test]
fn units_follow_the_table() {
    let report = extract("造林8.2万亩，用电量100亿度，建成3个月，治理4公顷");
    let units: Vec<(&str, Dimension)> = report.figures.iter().map(|f| (f.unit.as_ref(), f.dimension)).collect();
    assert_eq!(
        units,
        [("亩", Dimension::Area), ("度", Dimension::Energy), ("月", Dimension::Duration), ("公顷", Dimension::Area)]
    );
    let si: Vec<(f64, &str)> = report.figures.iter().filter_map(|f| f.si.as_ref()).map(|s| (s.value, s.unit.as_ref())).collect();
    assert_eq!(si[1], (3.6e16, "J"));
    assert_eq!(si[3], (40_000.0, "m2"));
    assert!(extract("温度达30度").figures.is_empty(), "度 is energy only after 电");
    assert_eq!(one("房价每平方米8000元/平方米").2, "元/平方米");
}

#[test]
fn pdf_whitespace_inside_a_figure() {
    let text = "新增就业3.5 万人，实施项目88\n个";
    let report = extract(text);
    let got: Vec<(&str, f64)> = report.figures.iter().map(|f| (f.text.as_str(), f.value)).collect();
    assert_eq!(got, [("3.5 万人", 35_000.0), ("88\n个", 88.0)]);
}

#[test]
fn years_dates_ordinals_and_codes_are_no_figures() {
    for text in [
        "2024年3月15日召开",
        "二〇二四年",
        "第二十四届中国专利金奖",
        "附件2\n名词解释",
        "制定出台“40条”帮扶企业",
        "第五次全国经济普查",
        "20-2天然气分离厂迁建项目开工",
        "12345热线",
        "绘制“4+8”产业链图谱",
        "完善“1+N”政策体系",
        "5G基站",
        "PM2.5浓度",
        "排全省第二位",
        "前五年新增数量总和",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
}

#[test]
fn names_slogans_and_thresholds_are_no_figures() {
    for text in [
        "“十四五”时期",
        "做好结构调整“三篇大文章”",
        "坚持“两个毫不动摇”",
        "呵护“一老一小”",
        "严格遵守中央八项规定",
        "一批“硬骨头”",
        "过去一年",
        "推进安全生产治本攻坚三年行动",
        "三北六期工程",
        "《三餐四季》推动城市热度",
        "建设10万千瓦级电站",
        "城镇和农村居民",
        "“万件清理”行动",
        "三四万吨",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    assert_eq!(figures("实施亿元以上项目88个"), vec![f("88个", 88.0, "个", Bound::Exact)]);
    assert_eq!(figures("城镇新增就业45万人以上，"), vec![f("45万人以上", 450_000.0, "人", Bound::Over)]);
}

#[test]
fn overflowing_numerals_are_skipped_never_misread() {
    assert!(figures("九千九百九十九万亿亿亿元").is_empty());
    assert!(figures("99999999999999999999亿元").is_empty());
    assert!(figures("9999999999999999亿元").is_empty());
}

#[test]
fn figures_carry_their_section() {
    let report = extract("一、回顾\n（二）产业\n新增企业5家。\n二、安排\n新增企业6家。");
    let sections: Vec<Option<&str>> = report.figures.iter().map(|f| f.section.as_deref()).collect();
    assert_eq!(sections, [Some("1.2"), Some("2")]);
}

#[test]
fn traditional_forms_of_the_national_reports() {
    assert_eq!(one("等於一九四九年的八點五倍；"), f("八點五倍", 8.5, "倍", Bound::Exact));
    assert_eq!(one("增加了百分之四百十一。"), f("百分之四百十一", 411.0, "%", Bound::Exact));
    assert_eq!(one("上升爲百分之四十二點三。"), f("百分之四十二點三", 42.3, "%", Bound::Exact));
    assert_eq!(one("原煤八千一百九十九萬噸，"), f("八千一百九十九萬噸", 81_990_000.0, "吨", Bound::Exact));
    assert!(figures("确定的１９９４年的工作任务").is_empty());
    assert!(figures("第一個五年計劃").is_empty());
    assert_eq!(figures("定为百分之八至九。"), vec![f("百分之八", 8.0, "%", Bound::Over), f("九", 9.0, "%", Bound::Under)]);
}

#[test]
fn an_unfinished_chinese_numeral_is_no_figure() {
    // Were 點 unknown, 八點五倍 must not become 五倍.
    assert!(figures("增长八点").is_empty());
    assert!(figures("十四五年").is_empty());
}

#[test]
fn signs_and_mixed_numerals_are_never_misread() {
    assert_eq!(one("人口自然增长率-0.5个百分点"), f("-0.5个百分点", -0.5, "个百分点", Bound::Exact));
    assert_eq!(one("利润增长负二个百分点"), f("负二个百分点", -2.0, "个百分点", Bound::Exact));
    // Mixed numerals the grammar does not read are no figures, never a part of one.
    for text in ["新增二百亿零四千230个", "新增1万600个", "新增一百点123个", "收入82，225.00元"] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    assert!(figures("坚持零容忍").is_empty());
}

#[test]
fn yuan_with_jiao_and_fen() {
    assert_eq!(one("补助123元1角1分。"), f("123元1角1分", 123.11, "元", Bound::Exact));
    assert_eq!(one("票价壹拾壹元壹角"), f("壹拾壹元壹角", 11.1, "元", Bound::Exact));
}

#[test]
fn a_burden_cut_is_not_a_negative_figure() {
    assert_eq!(one("为经营主体减负2500亿元以上"), f("2500亿元以上", 2.5e11, "元", Bound::Over));
    assert_eq!(one("再减少企业税负3500亿元左右"), f("3500亿元左右", 3.5e11, "元", Bound::About));
    assert_eq!(one("投资3千万亿日元"), f("3千万亿日元", 3e15, "日元", Bound::Exact));
    assert_eq!(one("不到1.9万台币"), f("不到1.9万台币", 19_000.0, "新台币", Bound::Under));
    assert_eq!(figures("增长6.5%－7%"), vec![f("6.5%", 6.5, "%", Bound::Over), f("7%", 7.0, "%", Bound::Under)]);
}

#[test]
fn quarters_are_periods_not_durations() {
    assert!(figures("二季度以来经济回升").is_empty());
    assert_eq!(one("连续3个季度增长"), f("3个季度", 3.0, "季度", Bound::Exact));
}

#[test]
fn old_units_and_words_that_only_look_like_units() {
    assert_eq!(one("可蓄水三十八亿立方公尺"), f("三十八亿立方公尺", 3.8e9, "立方公尺", Bound::Exact));
    assert!(figures("举行三方会谈，一方有难，八方支援").is_empty());
    assert_eq!(one("清运土方300万方"), f("300万方", 3e6, "方", Bound::Exact));
}

#[test]
fn a_duration_and_more() {
    assert_eq!(one("经过两年多的深入调查"), f("两年多", 2.0, "年", Bound::Over));
    assert_eq!(figures("连续三年多元发展"), vec![f("三年", 3.0, "年", Bound::Exact)]);
    assert_eq!(one("监测鱼类增长1倍多"), f("1倍多", 1.0, "倍", Bound::Over));
}

#[test]
fn ordinals_in_lists_and_sessions() {
    assert!(figures("按照省委十二届十次、十一次全会部署").is_empty());
    assert!(figures("第一、二轮中央生态环境保护督察").is_empty());
    // Without 第, a list of counts stays a list of figures.
    assert_eq!(figures("检查两次、三个"), vec![f("两次", 2.0, "次", Bound::Exact), f("三个", 3.0, "个", Bound::Exact)]);
}

#[test]
fn the_span_a_review_or_plan_covers_is_no_figure() {
    for text in ["五年来，我们坚持", "五年多来，我国", "十多年来，中国", "五年新设外资企业1770家", "中新互联互通项目十年开辟“六条通道”", "近三年，中央投入", "长江十年禁渔以来", "两年来新建学校"] {
        assert!(figures(text).iter().all(|(_, _, unit, _)| unit != "年"), "{text}: {:?}", figures(text));
    }
    assert_eq!(one("连续两年荣获"), f("两年", 2.0, "年", Bound::Exact));
    assert_eq!(one("用了两年多时间"), f("两年多", 2.0, "年", Bound::Over));
    assert_eq!(one("走了五十多年的路"), f("五十多年", 50.0, "年", Bound::Over));
    assert_eq!(one("粮食产量创20年新高"), f("20年", 20.0, "年", Bound::Exact));
    assert_eq!(one("实行了长达2600年的古老税种"), f("2600年", 2600.0, "年", Bound::Exact));
    assert_eq!(one("土地承包期再延长30年"), f("30年", 30.0, "年", Bound::Exact));
}

#[test]
fn anniversaries_and_grades_are_no_figures() {
    assert!(figures("纪念抗战胜利80周年").is_empty());
    assert_eq!(figures("获批2个1类创新药"), vec![f("2个", 2.0, "个", Bound::Exact)]);
}

#[test]
fn tenths_ratios_and_counts_of_a_kind() {
    assert_eq!(one("贡献约7成出口增量"), f("约7成", 7.0, "成", Bound::About));
    assert_eq!(one("下降超三成"), f("超三成", 3.0, "成", Bound::Over));
    assert_eq!(one("城乡居民收入比缩小至2.21∶1"), f("2.21∶1", 2.21, "∶1", Bound::Exact));
    assert_eq!(one("构建3大系统"), f("3大", 3.0, "大", Bound::Exact));
    assert_eq!(one("实施19组集团重组"), f("19组", 19.0, "组", Bound::Exact));
    assert_eq!(one("成功举办两届大会"), f("两届", 2.0, "届", Bound::Exact));
    assert_eq!(one("水质实现“9连优”"), f("9连优", 9.0, "连优", Bound::Exact));
    // Not tenths: 形成, 成为, 成势.
    assert!(figures("三成为主，百亿成势").is_empty());
    // An ordinal session is no count of sessions held.
    assert!(figures("党的二十届四中全会").is_empty());
}

#[test]
fn a_count_of_people_without_a_classifier() {
    assert_eq!(one("惠及1.77亿农民"), f("1.77亿农民", 1.77e8, "农民", Bound::Exact));
    assert_eq!(one("100万新就业群体有了保障"), f("100万新就业群体", 1e6, "新就业群体", Bound::Exact));
    assert_eq!(one("覆盖近30万儿童"), f("近30万儿童", 3e5, "儿童", Bound::Under));
    assert_eq!(one("惠及23.6万婴幼儿。"), f("23.6万婴幼儿", 2.36e5, "婴幼儿", Bound::Exact));
    // A rate's denominator is no count.
    assert!(figures("每10万人口拥有").is_empty());
}

#[test]
fn small_chinese_counts_of_places_are_counts_and_of_slogans_are_not() {
    assert_eq!(one("建成两个社区"), f("两个", 2.0, "个", Bound::Exact));
    assert_eq!(one("新建三所学校"), f("三所", 3.0, "所", Bound::Exact));
    for text in ["做好三篇大文章", "坚持两个毫不动摇", "利用国内国际两个市场", "坚持四项基本原则", "计划生育和环境保护是我国的两项基本国策"] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
}

#[test]
fn a_count_with_a_threshold_is_a_figure_a_measure_with_one_names_a_category() {
    assert_eq!(one("推动600个以上亿元级工业项目建设"), f("600个以上", 600.0, "个", Bound::Over));
    assert!(figures("实施亿元以上项目").is_empty());
}

#[test]
fn a_capacity_per_unit_after_the_count_of_units() {
    let report = extract("建设2×60万千瓦机组");
    let f = &report.figures[0];
    assert_eq!((f.text.as_str(), f.value, f.indicator.as_deref()), ("60万千瓦", 600_000.0, Some("机组")));
}

#[test]
fn numerals_in_brand_names_are_no_figures() {
    assert!(figures("七匹狼、五粮液、三一重工等企业").is_empty());
}

#[test]
fn what_the_grammar_does_not_read_is_skipped_whole_never_read_in_part() {
    for text in [
        "新增4分之3个",
        "新增３ 分  之 一百五十七个",
        "百分之负六十五点二八",
        "新增一百万又五十万分之二十五个",
        "新增一百 五 十 二个",
        "新增7万 5千 4百个",
        "新增五兆六十二亿四万五千二个",
        "新增2^5个",
        "增长百分之15Ｋ",
        "增长百分之９，９９９",
        "身高三米九",
        "重3斤5两",
        "两年零三个月",
        "一個小時三十分鐘",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    // Digits each set apart by a space, as some extraction writes them, are one number.
    assert_eq!(one("国民生产总值1 9 4 亿美元"), f("1 9 4 亿美元", 194e8, "美元", Bound::Exact));
    assert_eq!(one("去年经济增长8 ．8 ％"), f("8 ．8 ％", 8.8, "%", Bound::Exact));
    // A range with a dash after a figure is no negative number.
    assert_eq!(figures("5元-6元"), vec![f("5元", 5.0, "元", Bound::Over), f("6元", 6.0, "元", Bound::Under)]);
}

#[test]
fn signs_tens_halves_and_bounds_as_other_suites_write_them() {
    assert_eq!(one("增长负 1200000元"), f("负 1200000元", -1_200_000.0, "元", Bound::Exact));
    assert_eq!(one("增长負一百二十萬元"), f("負一百二十萬元", -1_200_000.0, "元", Bound::Exact));
    assert_eq!(one("新增卅三个"), f("卅三个", 33.0, "个", Bound::Exact));
    assert_eq!(one("重三斤半"), f("三斤半", 3.5, "斤", Bound::Exact));
    assert_eq!(one("至少四毫升"), f("至少四毫升", 4.0, "毫升", Bound::Over));
    assert_eq!(one("收视率超过了百分之零点九"), f("超过了百分之零点九", 0.9, "%", Bound::Over));
    assert_eq!(one("这个手机壳五元三毛"), f("五元三毛", 5.3, "元", Bound::Exact));
}

#[test]
fn a_count_of_places_listed_beside_it_is_a_figure_and_no_goal() {
    assert_eq!(one("支持西宁、海东两市实施地质灾害避险搬迁。"), f("两市", 2.0, "市", Bound::Exact));
    assert_eq!(one("推进南昌、赣江新区、九江三地联动。"), f("三地", 3.0, "地", Bound::Exact));
    assert_eq!(one("规划四乡（望亭、孙村、何桥、石桥）之间的工业园区。"), f("四乡", 4.0, "乡", Bound::Exact));
    let planned = extract("今年要支持西宁、海东两市实施搬迁。");
    assert!(!planned.figures[0].target && planned.figures[0].indicator.is_none());
    // Without the list, or with a list of other things, or a count that
    // differs from the list, the words name a group or are a word.
    for text in ["签订沿海六市协同立法，", "电子证照、公立医院检查结果两地互认，", "支持西宁、海东、格尔木两市，", "紫光新华三区域总部，"] {
        assert_eq!(figures(text), [], "{text}");
    }
}

#[test]
fn county_prose_counts_doublings_and_rates_per_thousand() {
    // Chinese-numeral counts of parts of a plan and of things built.
    assert_eq!(one("重点做好以下七个方面的工作。"), f("七个", 7.0, "个", Bound::Exact));
    assert_eq!(one("建成三座桥梁。"), f("三座", 3.0, "座", Bound::Exact));
    assert_eq!(one("创建一条市级精品旅游线路。"), f("一条", 1.0, "条", Bound::Exact));
    assert_eq!(one("重点做好七方面工作。"), f("七方面", 7.0, "方面", Bound::Exact));
    // Articles and slogans stay out.
    for text in ["新建一批概念验证中心，", "坚持两个毫不动摇，", "实现四个现代化的目标，", "坚持和平共处五项原则，"] {
        assert_eq!(figures(text), [], "{text}");
    }
    // 翻一番 is a change of one doubling; ‰ a rate per thousand.
    let doubled = extract("人均地区生产总值比2020年翻一番，");
    let doubled = &doubled.figures[0];
    assert_eq!((doubled.text.as_str(), doubled.value, doubled.unit.as_ref()), ("一番", 1.0, "番"));
    assert_eq!(doubled.measure, zhibiao::Measure::Change);
    assert_eq!(one("人口自然增长率控制在7‰以内。"), f("7‰以内", 7.0, "‰", Bound::Under));
}

#[test]
fn a_sum_that_names_a_category_of_firm_or_project_is_no_figure() {
    assert_eq!(one("新增超10亿元企业4家，"), f("4家", 4.0, "家", Bound::Exact));
    assert_eq!(one("其中百亿元项目6个，"), f("6个", 6.0, "个", Bound::Exact));
    assert_eq!(one("新引进落地过亿元项目50个，"), f("50个", 50.0, "个", Bound::Exact));
    // A sum before the money it is stays a figure.
    assert_eq!(one("争取30亿元国债资金，"), f("30亿元", 3e9, "元", Bound::Exact));
}

#[test]
fn a_ratio_of_three_parts_keeps_the_others_as_its_unit() {
    assert_eq!(one("三次产业比重为4.0∶37.7∶58.3，"), f("4.0∶37.7∶58.3", 4.0, "∶37.7∶58.3", Bound::Exact));
    assert_eq!(one("三次产业比例调整到20:50:30；"), f("20:50:30", 20.0, ":50:30", Bound::Exact));
    assert_eq!(extract("三次产业结构比为22.7：30.3：47，").figures[0].dimension, Dimension::Other);
    // A floor given as a round approximation (超千万元) names a category too.
    assert_eq!(figures("德润达印刷等一批投资超千万元的项目相继建成投产，"), []);
}
