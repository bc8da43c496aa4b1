//! The project stage: names, lists and status.

use zhibiao::{extract, Status};

fn projects(text: &str) -> Vec<(String, Option<Status>, Option<String>)> {
    extract(text).projects.into_iter().map(|p| (p.name, p.status, p.status_text.map(|s| s.into_owned()))).collect()
}

fn p(name: &str, status: Status, status_text: &str) -> (String, Option<Status>, Option<String>) {
    (name.to_string(), Some(status), Some(status_text.to_string()))
}

#[test]
fn name_then_status() {
    assert_eq!(projects("20-2天然气分离厂迁建项目开工，"), [p("20-2天然气分离厂迁建项目", Status::Started, "开工")]);
    assert_eq!(
        projects("推动锦西石化转型升级发展工程投产达效，"),
        [p("锦西石化转型升级发展工程", Status::Operating, "投产达效")]
    );
    assert_eq!(projects("康宁医院主体完工。"), [p("康宁医院", Status::Completed, "主体完工")]);
}

#[test]
fn a_list_before_deng_gives_one_project_per_item() {
    assert_eq!(
        projects("锌业股份锌合金、合申铅盐等项目加快建设，"),
        [p("锌业股份锌合金", Status::InProgress, "加快建设"), p("合申铅盐", Status::InProgress, "加快建设")]
    );
    assert_eq!(projects("北兴科技镀膜材料等8个项目实现产业化。"), [p("北兴科技镀膜材料", Status::Operating, "实现产业化")]);
}

#[test]
fn a_shared_suffix_splits_a_counted_group_does_not() {
    assert_eq!(
        projects("京哈、凌绥高速加快建设，"),
        [p("京哈", Status::InProgress, "加快建设"), p("凌绥高速", Status::InProgress, "加快建设")]
    );
    assert_eq!(
        projects("中船、大唐、辽能5个风电项目陆续并网发电，"),
        [p("中船、大唐、辽能5个风电项目", Status::Operating, "并网发电")]
    );
    // A size in each name counts nothing: the names stay apart.
    assert_eq!(
        projects("京能28兆瓦光伏发电项目、京能30兆瓦风电项目开工建设。"),
        [p("京能28兆瓦光伏发电项目", Status::Started, "开工建设"), p("京能30兆瓦风电项目", Status::Started, "开工建设")]
    );
}

#[test]
fn status_before_the_names() {
    assert_eq!(
        projects("谋划推进秦沈高铁、叶绥铁路，"),
        [p("秦沈高铁", Status::Planned, "谋划推进"), p("叶绥铁路", Status::Planned, "谋划推进")]
    );
    assert_eq!(projects("实施三北六期工程，"), [p("三北六期工程", Status::InProgress, "实施")]);
    assert_eq!(projects("引进博大人工智能机器人等项目5个。"), [p("博大人工智能机器人", Status::Landed, "引进")]);
}

#[test]
fn speed_up_wraps_the_name() {
    assert_eq!(
        projects("加快辽宁(东戴河)带土移植转化中心建设，"),
        [p("辽宁(东戴河)带土移植转化中心", Status::InProgress, "加快建设")]
    );
    assert_eq!(
        projects("抓紧黄河小浪底水利枢纽和南水北调工程建设。"),
        [p("黄河小浪底水利枢纽", Status::InProgress, "抓紧建设"), p("南水北调工程", Status::InProgress, "抓紧建设")]
    );
}

#[test]
fn the_complement_of_a_status_verb_is_not_the_name() {
    assert_eq!(projects("实施好关键核心技术攻关工程。"), [p("关键核心技术攻关工程", Status::InProgress, "实施")]);
}

#[test]
fn generic_mentions_are_not_projects() {
    for text in [
        "实施重点项目18个，",
        "新开工10项国家重点建设工程。",
        "新签约项目186个，",
        "储氢、光学等未来产业项目加快推进。",
        "开工建设一批重大项目。",
        "实施“兴葫英才计划”，",
        "有色冶金产业园新入驻项目8个，",
        "实施重大科技项目，",
        "加强项目谋划，",
        "实施亿元以上技改项目，",
        "推动更多国家级数据中心落地，",
        // A kind word and a head word and nothing more: a kind.
        "加快建设零碳园区。",
        "推进完整社区、口袋公园建设，",
        "积极引进立县富民的大项目、好项目。",
        "实施技改项目，",
        "推进国家公园建设，",
        "加快抽水蓄能电站建设。",
    ] {
        assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
    }
}

#[test]
fn names_joined_by_ji_and_phases() {
    assert_eq!(
        projects("交通领域，长赣高铁主体工程、宜常高铁及虞公港二期开工建设，"),
        [
            p("长赣高铁主体工程", Status::Started, "开工建设"),
            p("宜常高铁", Status::Started, "开工建设"),
            p("虞公港二期", Status::Started, "开工建设"),
        ]
    );
    assert_eq!(
        projects("推动锦西石化结构调整和转型升级发展工程投产达效，"),
        [p("锦西石化结构调整和转型升级发展工程", Status::Operating, "投产达效")]
    );
}

#[test]
fn status_phrases_of_every_stage() {
    for (text, name, status, status_text) in [
        ("一体化智能化公共数据平台建成投用，", "一体化智能化公共数据平台", Status::Operating, "建成投用"),
        ("突发公共卫生事件医疗救治中心建设进展顺利。", "突发公共卫生事件医疗救治中心", Status::InProgress, "进展顺利"),
        ("重庆至武汉段4.5米水深航道全线贯通，", "重庆至武汉段4.5米水深航道", Status::Completed, "全线贯通"),
        ("沿江高铁渝宜段提速建设；", "沿江高铁渝宜段", Status::InProgress, "提速建设"),
        ("国家海洋综合试验场（深海）投入运营。", "国家海洋综合试验场（深海）", Status::Operating, "投入运营"),
        ("崇左至凭祥铁路建成通车，", "崇左至凭祥铁路", Status::Operating, "建成通车"),
        ("呼包高铁前期工作，", "呼包高铁", Status::Planned, "前期工作"),
        ("中山医院青浦院区主体封顶，", "中山医院青浦院区", Status::Completed, "主体封顶"),
        ("全年新开工了南疆铁路，", "南疆铁路", Status::Started, "新开工"),
    ] {
        assert_eq!(projects(text), [p(name, status, status_text)], "{text}");
    }
}

#[test]
fn status_before_a_list_with_its_kind() {
    assert_eq!(
        projects("开工黔江至吉首高铁重庆段、福寿岩水库、川渝特高压交流加强工程等项目，"),
        [
            p("黔江至吉首高铁重庆段", Status::Started, "开工"),
            p("福寿岩水库", Status::Started, "开工"),
            p("川渝特高压交流加强工程", Status::Started, "开工"),
        ]
    );
    assert_eq!(
        projects("桑龙、城龙、醴娄等7条高速公路建成通车。"),
        [
            p("桑龙", Status::Operating, "建成通车"),
            p("城龙", Status::Operating, "建成通车"),
            p("醴娄", Status::Operating, "建成通车"),
        ]
    );
    assert_eq!(
        projects("启动建设全国首个“一带一路”科技创新合作区和国际技术转移中心，"),
        [p("“一带一路”科技创新合作区", Status::Started, "启动建设"), p("国际技术转移中心", Status::Started, "启动建设")]
    );
}

#[test]
fn a_count_or_a_description_before_the_name_is_not_part_of_it() {
    assert_eq!(projects("建成25个国家级慢性病综合防控示范区，"), [p("国家级慢性病综合防控示范区", Status::Completed, "建成")]);
    assert_eq!(projects("总投资12亿元的城东污水处理厂竣工。"), [p("城东污水处理厂", Status::Completed, "竣工")]);
    assert_eq!(projects("今年推进江北大桥建设，"), [p("江北大桥", Status::InProgress, "推进建设")]);
}

#[test]
fn names_without_a_status() {
    let named = |text: &str| extract(text).projects.into_iter().map(|p| (p.name, p.status)).collect::<Vec<_>>();
    assert_eq!(named("渝西水资源配置工程破解区域缺水难题；"), [("渝西水资源配置工程".to_string(), None)]);
    assert_eq!(
        named("主要用于天然林保护、退耕还林还草、防沙治沙等重点生态工程。"),
        [("天然林保护".to_string(), None), ("退耕还林还草".to_string(), None), ("防沙治沙".to_string(), None)]
    );
    for text in ["重大项目储备不够，", "工程建设项目审批制度改革，", "14个技术创新项目纳入省计划，", "重庆大学国家卓越工程师学院累计输送人才"] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
}

#[test]
fn descriptions_and_categories_are_not_names() {
    for text in [
        "基本建成具有国际竞争力的先进制造业中心、具有全国影响力的产业创新中心和西部人才中心。",
        "建设一批化工新材料、专用化学品等项目，",
        "要实施高端装备、信息网络、集成电路、新能源、新材料等重大项目。",
        "推进完整社区、美丽城市等建设，",
        "推进节能降耗重点项目建设，",
    ] {
        assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
    }
}

#[test]
fn places_before_a_name_share_it() {
    assert_eq!(
        projects("寻乌、崇义生活垃圾焚烧发电项目建成投用，"),
        [p("寻乌", Status::Operating, "建成投用"), p("崇义生活垃圾焚烧发电项目", Status::Operating, "建成投用")]
    );
    assert_eq!(projects("德厚、阿岗、车马碧大型水库建成投用，").len(), 3);
    // Names joined by 及 inside a list item are names each.
    assert_eq!(
        projects("完成南关村、城内村背街小巷改造及滨河公园二期、向阳路街头游园提升工程。"),
        [
            p("南关村", Status::Completed, "完成"),
            p("城内村背街小巷改造", Status::Completed, "完成"),
            p("滨河公园二期", Status::Completed, "完成"),
            p("向阳路街头游园提升工程", Status::Completed, "完成"),
        ]
    );
    // Brands that land are names, short as they are; fields never land.
    assert_eq!(
        projects("小丁家、晟柿食品等农产品深加工项目落户涞水，"),
        [p("小丁家", Status::Landed, "落户"), p("晟柿食品", Status::Landed, "落户")]
    );
    assert_eq!(projects("京保扶贫协作项目全面提速，"), [p("京保扶贫协作项目", Status::InProgress, "全面提速")]);
    assert_eq!(projects("新增大西山世外桃源沟谷、九龙民宿等一批精品民宿类项目，")[0].0, "大西山世外桃源沟谷");
    for text in ["确保政策落实、项目开工、资金拨付等工作能早则早，", "谋划储备、洽谈招引、纾困解难、投建运营一批项目。"] {
        assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
    }
}

#[test]
fn a_list_in_quotes_is_one_name() {
    assert_eq!(
        projects("持续实施“登高、升规、晋位、上市”工程。"),
        [p("“登高、升规、晋位、上市”工程", Status::InProgress, "实施")]
    );
}

#[test]
fn counts_of_kinds_name_no_project() {
    assert_eq!(projects("建成8个国家级、13个省级区域医疗中心。"), []);
    // A count after the names still makes one group of them.
    assert_eq!(
        projects("中船、大唐、辽能5个风电项目陆续并网发电。"),
        [p("中船、大唐、辽能5个风电项目", Status::Operating, "并网发电")]
    );
    // A size in each name counts nothing: the names stay apart.
    assert_eq!(
        projects("京能28兆瓦光伏发电项目、京能30兆瓦风电项目开工建设。"),
        [p("京能28兆瓦光伏发电项目", Status::Started, "开工建设"), p("京能30兆瓦风电项目", Status::Started, "开工建设")]
    );
}

#[test]
fn a_list_of_facilities_and_canals() {
    assert_eq!(
        projects("文昌航天超算中心、海口数据中心等一批算力设施建成投用。"),
        [p("文昌航天超算中心", Status::Operating, "建成投用"), p("海口数据中心", Status::Operating, "建成投用")]
    );
    assert_eq!(projects("确保平陆运河建成。"), [p("平陆运河", Status::Completed, "建成")]);
    assert_eq!(projects("京津塘高速改扩建顺利推进。"), [p("京津塘高速改扩建", Status::InProgress, "顺利推进")]);
    // Kinds of work after 等 are no facilities.
    assert_eq!(projects("国防动员、双拥共建等工作扎实推进。"), []);
}

#[test]
fn facilities_a_city_names_without_xiangmu() {
    assert_eq!(
        projects("万达广场、希尔顿酒店投入运营，"),
        [p("万达广场", Status::Operating, "投入运营"), p("希尔顿酒店", Status::Operating, "投入运营")]
    );
    assert_eq!(projects("药兴南路建成通车，"), [p("药兴南路", Status::Operating, "建成通车")]);
    assert_eq!(projects("城北农贸市场正式营业。"), [p("城北农贸市场", Status::Operating, "正式营业")]);
}

#[test]
fn status_phrases_of_city_and_county_reports() {
    for (text, name, status, said) in [
        ("市民服务中心揭牌启用，", "市民服务中心", Status::Operating, "揭牌启用"),
        ("城东港区综合码头开港运营，", "城东港区综合码头", Status::Operating, "开港运营"),
        ("滨江湿地公园开园，", "滨江湿地公园", Status::Operating, "开园"),
        ("城市规划馆开馆，", "城市规划馆", Status::Operating, "开馆"),
        ("南环路竣工通车，", "南环路", Status::Operating, "竣工通车"),
        ("东部灌区总干渠具备通水条件，", "东部灌区总干渠", Status::Completed, "具备通水条件"),
        ("城南电厂二期获批立项，", "城南电厂二期", Status::Planned, "获批立项"),
        ("高铁新区、临空经济区建设取得阶段性进展，", "高铁新区", Status::InProgress, "取得阶段性进展"),
        // 建成 and the word for running: built and in use.
        ("西宁机场三期建成投运，", "西宁机场三期", Status::Operating, "建成投运"),
        ("合新高铁安徽段建成运营，", "合新高铁安徽段", Status::Operating, "建成运营"),
        ("双墩遗址博物馆建成开放，", "双墩遗址博物馆", Status::Operating, "建成开放"),
        ("鸿蒙生态创新中心建成运行，", "鸿蒙生态创新中心", Status::Operating, "建成运行"),
        ("宁电投电化学储能项目建成并网，", "宁电投电化学储能项目", Status::Operating, "建成并网"),
        // 力促 and 实现 lead the names.
        ("力促雄商高铁建成投用，", "雄商高铁", Status::Operating, "建成投用"),
        ("实现革命英雄纪念馆建成运营，", "革命英雄纪念馆", Status::Operating, "建成运营"),
    ] {
        let found = projects(text);
        assert_eq!(found.first(), Some(&p(name, status, said)), "{text}");
    }
}

#[test]
fn a_status_word_before_the_name_governs_it() {
    assert_eq!(projects("完成裕华路改造，"), [p("裕华路改造", Status::Completed, "完成")]);
    assert_eq!(projects("深入实施城市生态修复工程，"), [p("城市生态修复工程", Status::InProgress, "深入实施")]);
    assert_eq!(projects("打造嘉禾艺术小镇，"), [p("嘉禾艺术小镇", Status::InProgress, "打造")]);
}

#[test]
fn kinds_of_work_aims_and_fields_are_no_projects() {
    // A work on a named place is a project; on a kind of place or on no
    // place, a kind of work.
    assert_eq!(projects("实施人民路雨污分流改造，"), [p("人民路雨污分流改造", Status::InProgress, "实施")]);
    for text in [
        "推进城中村改造，",
        "推进设备更新和技术改造，",
        "推进社保扩面提质，",
        "打造国家中医药综合改革示范区，",
        "打造区域性国际会展中心，",
        "全力抓好防汛抗旱、森林草原防灭火等工作，",
        "推进“一带一路”建设，",
        "开通全省首条城际公交线路，",
    ] {
        assert_eq!(projects(text), [], "{text}");
    }
}

#[test]
fn a_landing_names_its_place_and_a_plan_its_modal() {
    // 落户 and 入驻 may take the place landed in.
    assert_eq!(
        projects("德信电子、恒丰纸业等投资过亿元的大项目纷纷落户高新区。"),
        [p("德信电子", Status::Landed, "落户"), p("恒丰纸业", Status::Landed, "落户")]
    );
    // A plan's modal and adverbs stand between the names and the status.
    assert_eq!(
        projects("城北物流园、南湖酒店等项目要尽早开工建设。"),
        [p("城北物流园", Status::Started, "开工建设"), p("南湖酒店", Status::Started, "开工建设")]
    );
    // 抓好…建设 wraps the names like 加快…建设.
    assert_eq!(
        projects("重点抓好220KV变电站、城西热电厂等投资过亿元的大项目建设。"),
        [p("220KV变电站", Status::InProgress, "抓好建设"), p("城西热电厂", Status::InProgress, "抓好建设")]
    );
    // A landing followed by a status is that status.
    assert_eq!(projects("智能装备制造等项目落地开工，"), [p("智能装备制造", Status::Started, "落地开工")]);
}

#[test]
fn a_size_after_a_programme_and_the_conditions_a_facility_meets() {
    assert_eq!(projects("实施农村公路安全生命防护工程62公里，"), [p("农村公路安全生命防护工程", Status::InProgress, "实施")]);
    // The size of a kind of thing is its figure, no project.
    assert_eq!(projects("建成“清水绿岸”河段406公里，"), []);
    assert_eq!(projects("县医院迁建项目基本具备搬迁条件，"), [p("县医院迁建项目", Status::Completed, "具备搬迁条件")]);
    assert_eq!(projects("海洋研究中心挂牌运行，"), [p("海洋研究中心", Status::Operating, "挂牌运行")]);
}

#[test]
fn a_list_of_named_facilities_without_a_status() {
    let names: Vec<String> = projects("蔬菜产业要以城南无公害蔬菜基地、北关西瓜种植基地、李家庄草莓基地、东湖优质梨基地、临河生态园为龙头，带动周边。")
        .into_iter()
        .map(|(name, status, _)| {
            assert_eq!(status, None);
            name
        })
        .collect();
    assert_eq!(names, ["城南无公害蔬菜基地", "北关西瓜种植基地", "李家庄草莓基地", "东湖优质梨基地", "临河生态园"]);
    // Kinds of facility are no list of names.
    assert_eq!(projects("建设图书馆、文化馆、博物馆、美术馆等公共文化设施，"), []);
}

#[test]
fn a_size_may_follow_the_status_word() {
    assert_eq!(projects("城北智能制造产业园标准厂房项目开工11万平方米，"), [p("城北智能制造产业园标准厂房项目", Status::Started, "开工")]);
}

#[test]
fn facilities_named_as_the_models_of_a_plan() {
    assert_eq!(
        projects("禽蛋奶业要以孙村蛋鸡养殖小区和北店、温仁奶牛养殖小区为龙头，吸引养殖户入驻。"),
        [
            (String::from("孙村蛋鸡养殖小区"), None, None),
            (String::from("北店"), None, None),
            (String::from("温仁奶牛养殖小区"), None, None),
        ]
    );
    assert_eq!(projects("以冉庄地道战爱国主义教育示范基地为依托，")[0].0, "冉庄地道战爱国主义教育示范基地");
    // Kinds, counts and a slogan's quoted terms are no models.
    for text in ["以9个省级化工园区为载体，", "以“清西陵、狼牙山、易水湖、乡村游”四大旅游片区为重点，", "以汽车、钢铁、造船、水泥等行业为重点，"] {
        assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
    }
}

#[test]
fn planning_stands_before_a_name_and_points_open_a_clause() {
    assert_eq!(projects("二是规划建设中冉西北新型工业园区，"), [p("中冉西北新型工业园区", Status::Planned, "规划建设")]);
    assert_eq!(projects("规划布局汽车零部件产业园，"), [p("汽车零部件产业园", Status::Planned, "规划")]);
    // After a name, 规划 is the plan's document.
    assert!(projects("全面实施历史文化名城保护规划，").is_empty());
    assert_eq!(projects("全面实施路网“通达工程”，"), [p("路网“通达工程”", Status::InProgress, "实施")]);
    // What a batch is like, and kinds of project listed, are no names.
    for text in ["建成了一批“民心工程”、“德政工程”。", "围绕生产性项目、高科技项目、农业产业化项目、城市基础设施项目，精心谋划一批。", "并力争引进企业入园。"] {
        assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
    }
}

#[test]
fn names_keep_the_chars_a_lead_word_shares() {
    // 和 opens place names (和林格尔, 和若铁路) and 保障 an adjective (保障性).
    assert_eq!(projects("建成和林格尔新区算力调度平台。")[0].0, "和林格尔新区算力调度平台");
    assert_eq!(projects("开工建设和若铁路。")[0].0, "和若铁路");
    assert!(projects("加快推进保障性住房建设。").is_empty());
    // A conjunction right after the verb still leaves the name.
    assert_eq!(projects("重点地区生态工程建设和长江、黄河上游天然林保护工程全面展开。")[0].0, "长江");
}

#[test]
fn a_count_of_places_sizes_the_work_done_on_them() {
    assert_eq!(projects("完成51个贫困村电网升级改造，"), [p("51个贫困村电网升级改造", Status::Completed, "完成")]);
    assert_eq!(projects("推进9个乡镇卫生院改扩建工程，")[0].0, "9个乡镇卫生院改扩建工程");
    let report = extract("完成51个贫困村电网升级改造，");
    assert_eq!((report.figures[0].text.as_str(), report.figures[0].indicator.as_deref()), ("51个", None));
    // A count of a kind of facility is a figure, and the kind the name.
    assert_eq!(projects("6个国家级海洋牧场示范区加快建设，")[0].0, "国家级海洋牧场示范区");
}
