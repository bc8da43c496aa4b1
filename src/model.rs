//! The report model: what [`extract`](crate::extract) returns and what the
//! writers serialize. Field names and values are the JSON contract
//! (schema `zhibiao/1`).

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The schema name written in every JSON document.
///
/// ```
/// assert_eq!(zhibiao::extract("").schema, zhibiao::SCHEMA);
/// ```
pub const SCHEMA: &str = "zhibiao/1";

/// Everything read from one text.
///
/// ```
/// let report = zhibiao::extract("（一）产业\n全市新增优质学位12157个。");
/// assert_eq!(report.schema, "zhibiao/1");
/// assert_eq!(report.sections[0].number, 1);
/// assert_eq!(report.figures[0].section.as_deref(), Some("1"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Whose report it is, and for which year.
    #[serde(default)]
    pub about: About,
    /// Numbered headings, in text order.
    pub sections: Vec<Section>,
    /// Quantities mentioned in the prose, in text order.
    pub figures: Vec<Figure>,
    /// Rankings such as `排全省第二位`, in text order.
    pub ranks: Vec<Rank>,
    /// Named projects with their status, in text order.
    pub projects: Vec<Project>,
}

impl Default for Report {
    fn default() -> Report {
        Report {
            schema: SCHEMA.to_string(),
            about: About::default(),
            sections: Vec::new(),
            figures: Vec::new(),
            ranks: Vec::new(),
            projects: Vec::new(),
        }
    }
}

/// Whose report it is and for which year, as the report itself says; each
/// field is empty where it does not.
///
/// ```
/// let text = "2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n";
/// let about = zhibiao::extract(text).about;
/// assert_eq!(about.region.as_deref(), Some("北京市"));
/// assert_eq!((about.level, about.year), (Some(zhibiao::Level::Provincial), Some(2026)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    /// The government whose report it is, as written (`葫芦岛市`); `全国`
    /// for the State Council's.
    pub region: Option<String>,
    /// Its level.
    pub level: Option<Level>,
    /// The government above, where the text names it (`呼伦贝尔市` of
    /// `呼伦贝尔市海拉尔区`).
    pub parent: Option<String>,
    /// The plan year: the year whose work the report sets out, the year it
    /// is made in (its review covers the year before).
    pub year: Option<i32>,
}

/// The level of a government.
///
/// ```
/// assert_eq!(serde_json::to_string(&zhibiao::Level::Prefecture).unwrap(), "\"prefecture\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The State Council.
    National,
    /// A province, an autonomous region, or Beijing, Tianjin, Shanghai, Chongqing.
    Provincial,
    /// A prefecture-level city, autonomous prefecture, 地区 or 盟.
    Prefecture,
    /// A district, county, county-level city or 旗.
    County,
}

/// A numbered heading such as `(四)积极调整产业结构` or `一、工作回顾`.
///
/// ```
/// let s = &zhibiao::extract("一、2025年工作回顾\n").sections[0];
/// assert_eq!((s.number, s.marker.as_str(), s.level), (1, "一、", 1));
/// assert_eq!(s.title, "2025年工作回顾");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The heading's numeral read as a number (`十一` → 11).
    pub number: u32,
    /// The marker as written: `一、`, `(四)`, `（四）`, `1.`.
    pub marker: String,
    /// 1 for `一、`, 2 for `(一)`, 3 for `1.` and `1、`.
    pub level: u8,
    /// The heading sentence without marker and final `。`.
    pub title: String,
    /// Marker and title.
    pub span: Span,
}

/// One quantity mentioned in the text.
///
/// ```
/// use zhibiao::{Bound, Dimension};
/// let f = &zhibiao::extract("培养引进高层次人才1300余人").figures[0];
/// assert_eq!((f.text.as_str(), f.value, f.unit.as_ref()), ("1300余人", 1300.0, "人"));
/// assert_eq!((f.dimension, f.bound), (Dimension::Count, Bound::Over));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The mention: leading qualifier, number, magnitude, unit, trailing qualifier.
    pub text: String,
    /// Where `text` is.
    pub span: Span,
    /// The number with 万/亿/千/百 magnitudes folded in.
    pub value: f64,
    /// The unit as a word, magnitude removed (`元`, `千瓦`, `%`, `个`):
    /// borrowed from the unit table, owned when composed (`元/吨`) or read
    /// back from JSON.
    pub unit: Cow<'static, str>,
    /// What kind of quantity the unit measures.
    pub dimension: Dimension,
    /// The value in a base unit, where one applies.
    pub si: Option<Si>,
    /// Whether the number is exact or a bound.
    pub bound: Bound,
    /// What the figure measures, copied from the text.
    pub indicator: Option<String>,
    /// Level, change, or one end of a 由…到… pair.
    pub measure: Measure,
    /// For changes and from/to pairs: which way.
    pub direction: Option<Direction>,
    /// For changes: what the change is measured against.
    pub basis: Option<Basis>,
    /// True when the text sets the figure as a goal.
    pub target: bool,
    /// A year the text ties to the figure (`2022` in `由2022年的40%`).
    pub period: Option<String>,
    /// The headline indicator its indicator names (`gdp`, `cpi`), one of
    /// the codes of [`concepts`](crate::concepts).
    #[serde(default)]
    pub concept: Option<Cow<'static, str>>,
    /// The `number` path of the innermost section (`"4"`, `"1.2"`),
    /// shared by everything in that section.
    pub section: Option<Arc<str>>,
}

/// A value in a base unit: `W`, `J`, `m2`, `m`, `kg`, `m3`, `s` or `CNY`.
///
/// ```
/// let f = &zhibiao::extract("造林8.2万亩").figures[0];
/// let si = f.si.as_ref().unwrap();
/// assert_eq!(si.unit, "m2");
/// assert!((si.value - 54_666_666.67).abs() < 0.01);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Si {
    /// The value in `unit`.
    pub value: f64,
    /// The base unit's symbol.
    pub unit: Cow<'static, str>,
}

/// What kind of quantity a unit measures.
///
/// ```
/// assert_eq!(serde_json::to_string(&zhibiao::Dimension::PercentagePoint).unwrap(),
///            "\"percentage_point\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// 元, 美元.
    Money,
    /// 瓦, 千瓦.
    Power,
    /// 千瓦时, 度 (of electricity), 吨标准煤.
    Energy,
    /// 平方米, 亩, 公顷.
    Area,
    /// 米, 公里.
    Length,
    /// 吨, 公斤.
    Mass,
    /// 立方米, 方.
    Volume,
    /// 年, 个月, 天, 小时.
    Duration,
    /// %.
    Percent,
    /// 个百分点.
    PercentagePoint,
    /// 倍.
    Multiple,
    /// Classifiers: 个, 家, 户, 人, 项, …
    Count,
    /// Anything else (concentrations, voltages).
    Other,
}

/// Whether a figure is exact or a bound.
///
/// ```
/// let f = &zhibiao::extract("城镇新增就业超过3万人").figures[0];
/// assert_eq!(f.bound, zhibiao::Bound::Over);
/// assert_eq!(f.text, "超过3万人");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// No qualifier.
    Exact,
    /// 余, 多, 超, 超过, 逾, 以上, 突破.
    Over,
    /// 以内, 以下, 不足, 不到, 近.
    Under,
    /// 约, 左右, 上下.
    About,
}

/// Whether a figure is a level, a change, or one end of 由…到….
///
/// ```
/// let f = &zhibiao::extract("信访总量下降26.3%").figures[0];
/// assert_eq!(f.measure, zhibiao::Measure::Change);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A stock, a total, a count done.
    Level,
    /// An increase or decrease of the indicator.
    Change,
    /// The start of 由…到….
    From,
    /// The end of 由…到….
    To,
}

/// Which way a change goes.
///
/// ```
/// let f = &zhibiao::extract("信访总量下降26.3%").figures[0];
/// assert_eq!(f.direction, Some(zhibiao::Direction::Decrease));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 增长, 增加, 提高, 提升, 上升, 扩大.
    Increase,
    /// 下降, 减少, 降低, 压缩, 缩小.
    Decrease,
    /// 改善, 好转.
    Improve,
}

/// What a change is measured against.
///
/// ```
/// let f = &zhibiao::extract("水质优良率同比改善18.3%").figures[0];
/// assert_eq!(f.basis, Some(zhibiao::Basis::YearOnYear));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// 同比, 比上年, 较上年.
    YearOnYear,
    /// 年均.
    AnnualAverage,
}

/// A ranking such as `排全省第二位`, `前三名` or `全国百强`.
///
/// ```
/// let r = &zhibiao::extract("空气质量综合指数改善9%,排全省第二位").ranks[0];
/// assert_eq!((r.position, r.scope.as_deref()), (Some(2), Some("全省")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rank {
    /// The mention.
    pub text: String,
    /// Where `text` is.
    pub span: Span,
    /// The place: 2 in `第二位`; null for a top-N.
    pub position: Option<u32>,
    /// N of a top-N: 3 in `前三名`, 100 in `百强`.
    pub top: Option<u32>,
    /// The size of the field where given (`在全国50个城市中`).
    pub of: Option<u32>,
    /// `全国`, `全省`, … as written.
    pub scope: Option<String>,
    /// What is ranked.
    pub indicator: Option<String>,
    /// The headline indicator of what is ranked, as for figures.
    #[serde(default)]
    pub concept: Option<Cow<'static, str>>,
    /// The `number` path of the innermost section.
    pub section: Option<Arc<str>>,
}

/// A named undertaking — 项目, 工程, 电站, 园区, … — with its status.
///
/// ```
/// let p = &zhibiao::extract("20-2天然气分离厂迁建项目开工").projects[0];
/// assert_eq!(p.name, "20-2天然气分离厂迁建项目");
/// assert_eq!(p.status, Some(zhibiao::Status::Started));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// The name, verbatim.
    pub name: String,
    /// Where `name` is.
    pub span: Span,
    /// Where the project stands.
    pub status: Option<Status>,
    /// The status words as written.
    pub status_text: Option<Cow<'static, str>>,
    /// The `number` path of the innermost section.
    pub section: Option<Arc<str>>,
}

/// Where a project stands, from plan to operation.
///
/// ```
/// assert_eq!(serde_json::to_string(&zhibiao::Status::InProgress).unwrap(), "\"in_progress\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 谋划, 规划.
    Planned,
    /// 签约.
    Signed,
    /// 落地, 入驻, 引进.
    Landed,
    /// 开工, 新开工.
    Started,
    /// 加快建设, 实施, 加快推进.
    InProgress,
    /// 竣工, 完工, 建成, 通过验收.
    Completed,
    /// 投产, 并网发电, 投用.
    Operating,
}
