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
}

#[test]
fn the_complement_of_a_status_verb_is_not_the_name() {
    assert_eq!(projects("实施好关键核心技术攻关工程。"), [p("关键核心技术攻关工程", Status::InProgress, "实施")]);
}

#[test]
fn generic_mentions_are_not_projects() {
    for text in [
        "实施重点项目18个，",
        "新签约项目186个，",
        "储氢、光学等未来产业项目加快推进。",
        "开工建设一批重大项目。",
        "实施“兴葫英才计划”，",
        "有色冶金产业园新入驻项目8个，",
        "实施重大科技项目，",
        "全年新开工了南疆铁路，",
        "加强项目谋划，",
        "实施亿元以上技改项目，",
        "推动更多国家级数据中心落地，",
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
