//! Targets against outcomes: one row per report and headline indicator for
//! the report's annual main targets, with the outcome the same
//! government's report of the next year gives for that year.
//!
//! A target is a goal figure ([`Figure::target`]) with a
//! [`concept`](crate::concepts) whose period is the plan year or unstated:
//! a yearly average (`年均`) or a five-year goal (`十五五`, `到2030年`) is no
//! year's target. The first such figure of a concept in the report is its
//! target, a percent before any other unit; two figures that bound each
//! other (`5%—5.5%`, `百分之八至九`) are a range. The outcome is the first
//! figure of the concept in the next year's report that is no goal, for that
//! year (no other period, no yearly average), in the target's unit and
//! measure; an estimate (`预计增长5%`) is one.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::meaning::about::{year_value, YEAR};
use crate::meaning::concept::{concept_of, Sense};
use crate::model::{Basis, Bound, Direction, Figure, Level, Measure, Report};

/// How a target bounds the indicator.
///
/// ```
/// assert_eq!(serde_json::to_string(&zhibiao::TargetBound::Range).unwrap(), "\"range\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetBound {
    /// `增长5%`: `low` and `high` are the value.
    Exact,
    /// `5%左右`: `low` and `high` are the value.
    About,
    /// `6%以上`: `low` only.
    Over,
    /// `3%以内`: `high` only.
    Under,
    /// `5%—5.5%`: both.
    Range,
}

/// One row of the targets table: a report's target for a headline
/// indicator and, where the next year's report is at hand, its outcome.
///
/// ```
/// let text = "2025年辽宁省政府工作报告\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。";
/// let report = zhibiao::extract(text);
/// let rows = zhibiao::targets(&[("liaoning-2025.txt", text, &report)]);
/// let gdp = &rows[0];
/// assert_eq!((gdp.concept, gdp.low, gdp.high, gdp.bound), ("gdp", Some(5.0), Some(5.0), zhibiao::TargetBound::About));
/// assert_eq!((gdp.region.as_deref(), gdp.year), (Some("辽宁省"), Some(2025)));
/// assert_eq!(gdp.met, None); // no report of 2026 to tell
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Target {
    /// The file the report came from.
    pub file: String,
    /// [`About::region`](crate::About::region) of the report.
    pub region: Option<String>,
    /// [`About::level`](crate::About::level).
    pub level: Option<Level>,
    /// [`About::year`](crate::About::year): the year the target is for.
    pub year: Option<i32>,
    /// The headline indicator's code.
    pub concept: &'static str,
    /// The indicator as written.
    pub indicator: Option<String>,
    /// The least the target asks for.
    pub low: Option<f64>,
    /// The most it allows.
    pub high: Option<f64>,
    /// How it bounds the indicator.
    pub bound: TargetBound,
    /// The unit of `low` and `high`.
    pub unit: String,
    /// Whether it is a level or a change.
    pub measure: Measure,
    /// The target as written (both ends of a range).
    pub text: String,
    /// Where `text` is in the report.
    pub span_start: usize,
    /// Where it ends.
    pub span_end: usize,
    /// The value the next year's report gives for the year, in the
    /// target's terms: a fall is negative against a rise or a level
    /// (`下降0.1%` against `涨幅2%左右` is -0.1), positive against a fall.
    pub outcome: Option<f64>,
    /// The sentence of the next year's report the outcome is read from.
    pub outcome_text: Option<String>,
    /// The file of the next year's report.
    pub outcome_file: Option<String>,
    /// Where `outcome_text` starts in that file's text.
    pub outcome_span_start: Option<usize>,
    /// Where it ends.
    pub outcome_span_end: Option<usize>,
    /// Whether the outcome reached the target: at least `low` where more is
    /// better, at most `high` where less is (the other way round for a
    /// target of a fall: `能耗下降3%`).
    pub met: Option<bool>,
    /// Whether the target is a fall (`下降3%`), which the outcome is read
    /// against.
    #[serde(skip)]
    fall: bool,
    /// Whether the target is a rise written as a level (`涨幅3%左右`),
    /// which a change (`上涨0.2%`) reports.
    #[serde(skip)]
    rise: bool,
}

/// A figure that may be the outcome of a target.
struct Outcome {
    concept: &'static str,
    /// The value, negative for a fall.
    value: f64,
    unit: String,
    measure: Measure,
    /// The sentence it is in, and where.
    sentence: String,
    span: (usize, usize),
}

/// What one report gives the table: its targets, and its outcomes for the
/// year before.
struct Entry {
    file: String,
    region: Option<String>,
    level: Option<Level>,
    year: Option<i32>,
    outcomes: Vec<Outcome>,
}

/// The targets table, built a report at a time: only each report's
/// targets and outcome candidates are kept, not the report.
///
/// ```
/// let mut table = zhibiao::TargetTable::default();
/// for (file, text) in [
///     ("a-2025.txt", "2025年甲市政府工作报告\n二、2025年工作安排\n今年地区生产总值增长6%。"),
///     ("a-2026.txt", "2026年甲市政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长6.3%。"),
/// ] {
///     table.add(file, text, &zhibiao::extract(text));
/// }
/// let rows = table.rows();
/// assert_eq!((rows[0].outcome, rows[0].met), (Some(6.3), Some(true)));
/// assert_eq!(rows[0].outcome_file.as_deref(), Some("a-2026.txt"));
/// ```
#[derive(Default)]
pub struct TargetTable {
    targets: Vec<Target>,
    entries: Vec<Entry>,
}

impl TargetTable {
    /// Reads the targets of `report` (of `text`, from `file`) and the
    /// outcomes it gives for the year before.
    pub fn add(&mut self, file: &str, text: &str, report: &Report) {
        let about = &report.about;
        let frames = Frames::new(text, report);
        for (concept, first, last) in annual_targets(text, report, &frames) {
            let (low, high, bound) = bounds(first, last);
            let span = (first.span.start, last.span.end);
            self.targets.push(Target {
                file: file.to_string(),
                region: about.region.clone(),
                level: about.level,
                year: about.year,
                concept,
                indicator: first.indicator.clone(),
                low,
                high,
                bound,
                unit: first.unit.to_string(),
                measure: first.measure,
                text: text.get(span.0..span.1).unwrap_or(&first.text).to_string(),
                span_start: span.0,
                span_end: span.1,
                outcome: None,
                outcome_text: None,
                outcome_file: None,
                outcome_span_start: None,
                outcome_span_end: None,
                met: None,
                fall: first.measure == Measure::Change && first.direction == Some(Direction::Decrease),
                rise: first.indicator.as_deref().is_some_and(|indicator| indicator.contains("涨幅")),
            });
        }
        let year_before = about.year.map(|year| (year - 1).to_string());
        let outcomes = report
            .figures
            .iter()
            .filter(|f| !f.target && f.basis != Some(Basis::AnnualAverage))
            .filter(|f| f.period.is_none() || f.period == year_before)
            .filter_map(|f| {
                let concept = concept_of(f.indicator.as_deref()?)?.code;
                let (from, to) = sentence_bounds(text, f.span.start, f.span.end);
                let before = text.get(from..f.span.start)?;
                if frames.frame(f.span.start) != Frame::Year || says_goal(before, &text[f.span.end..to]) || is_start_of_turn(before, &text[f.span.end..to]) {
                    return None;
                }
                // 降幅超过3%: a fall, written as a level.
                let fall_level = f.measure == Measure::Level && f.indicator.as_deref().is_some_and(|i| i.ends_with("降幅"));
                let fall = f.measure == Measure::Change && f.direction == Some(Direction::Decrease) || fall_level;
                let value = if fall { -f.value } else { f.value };
                let measure = if fall_level { Measure::Change } else { f.measure };
                let sentence = text[from..to].trim().to_string();
                Some(Outcome { concept, value, unit: f.unit.to_string(), measure, sentence, span: (from, to) })
            })
            .collect();
        self.entries.push(Entry { file: file.to_string(), region: about.region.clone(), level: about.level, year: about.year, outcomes });
    }

    /// The rows, in the order the reports were added, each with the outcome
    /// the same government's report of the next year gives, where it is in
    /// the table.
    pub fn rows(mut self) -> Vec<Target> {
        let mut next_year: HashMap<(Option<&str>, Option<Level>, i32), &Entry> = HashMap::new();
        for entry in &self.entries {
            if let (Some(year), Some(_)) = (entry.year, &entry.region) {
                next_year.entry((entry.region.as_deref(), entry.level, year)).or_insert(entry);
            }
        }
        for target in &mut self.targets {
            // Only a government that names itself is known to be the same
            // in two reports.
            let (Some(year), Some(_)) = (target.year, &target.region) else { continue };
            let Some(entry) = next_year.get(&(target.region.as_deref(), target.level, year + 1)) else { continue };
            let measured_alike = |o: &Outcome| o.measure == target.measure || target.rise && o.measure == Measure::Change;
            let outcome = entry.outcomes.iter().find(|o| o.concept == target.concept && o.unit == target.unit && measured_alike(o));
            if let Some(outcome) = outcome {
                // In the target's terms: a fall of 3.8% against a fall of 3%.
                let value = if target.fall { -outcome.value } else { outcome.value };
                target.outcome = Some(value);
                target.outcome_text = Some(outcome.sentence.clone());
                target.outcome_file = Some(entry.file.clone());
                target.outcome_span_start = Some(outcome.span.0);
                target.outcome_span_end = Some(outcome.span.1);
                target.met = met(target, value);
            }
        }
        self.targets
    }
}

/// The targets table of `reports`: `(file, text, report)` each, in any
/// order.
///
/// ```
/// let text = "2026年乙省政府工作报告\n二、2026年工作安排\n城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。";
/// let rows = zhibiao::targets(&[("b.txt", text, &zhibiao::extract(text))]);
/// let codes: Vec<&str> = rows.iter().map(|r| r.concept).collect();
/// assert_eq!(codes, ["unemployment_surveyed", "cpi"]);
/// ```
pub fn targets(reports: &[(&str, &str, &Report)]) -> Vec<Target> {
    let mut table = TargetTable::default();
    for &(file, text, report) in reports {
        table.add(file, text, report);
    }
    table.rows()
}

/// Words of a sentence that sets the year's targets.
const GOAL_WORDS: &[&str] = &["预期目标", "主要目标", "目标是", "目标为", "目标定", "计划", "力争", "今年", "明年"];

/// The sentence of `text` that `start..end` lies in (up to a few hundred
/// bytes either side).
fn sentence(text: &str, start: usize, end: usize) -> &str {
    let (from, to) = sentence_bounds(text, start, end);
    &text[from..to]
}

/// Where the sentence that `start..end` lies in starts and ends: after the
/// last sentence end before it, and at the first after it (up to a few
/// hundred bytes either side).
fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '；' | '\n');
    let floor = (start.saturating_sub(600)..=start).find(|&at| text.is_char_boundary(at)).unwrap_or(start);
    let from = text[floor..start].char_indices().rev().find(|&(_, c)| is_end(c)).map_or(floor, |(at, c)| floor + at + c.len_utf8());
    let ceiling = (end..=(end + 600).min(text.len())).rev().find(|&at| text.is_char_boundary(at)).unwrap_or(end);
    let to = text[end..ceiling].find(is_end).map_or(ceiling, |at| end + at);
    (from, to)
}

/// Words before a figure in its sentence that make it a goal or a
/// requirement, not what was done: in the next year's report a figure
/// after them is no outcome (`还要…再增加一千八百亿斤以上`).
const OUTCOME_GOAL_WORDS: &[&str] = &["今年", "还要", "要在", "应该", "应当", "必须", "争取", "力争", "计划", "预期目标", "目标是", "目标为"];

/// Whether the words before a figure in its sentence set a goal, or the
/// words after it in its clause call it one (`没有实现年初确定的…降低4%左右、…的目标`).
fn says_goal(before: &str, after: &str) -> bool {
    let clause = after.split(['，', ',', '；', '。']).next().unwrap_or(after);
    OUTCOME_GOAL_WORDS.iter().any(|w| before.contains(w)) || clause.contains("目标")
}

/// Whether a figure is the state a change turned from (`由前三年分别上升
/// 4.9%…转为下降1.2%`, `由上年下降2.3%转为增长8.5%`): 由 before it in its
/// clause, 转为 after it in its sentence.
fn is_start_of_turn(before: &str, after: &str) -> bool {
    let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
    let from = clause.match_indices('由').any(|(at, _)| !clause[at..].starts_with("由于") && !clause[..at].ends_with(['自', '理', '经']));
    from && (after.contains("转为") || after.contains("变为"))
}

/// The time the words around a figure frame it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// One year: the plan year or the year before (`去年`, `2025年`,
    /// `全年`), or nothing said.
    Year,
    /// A span of years or another year (`过去五年`, `五年累计`, `年均`,
    /// `“十四五”时期`, `到本世纪末`, `2020年`).
    Years,
}

/// Words that frame what follows them in a span of years.
/// A plan's name alone (`“十五五”良好开局`) is none: its span is `“十五五”时期`.
/// `五年` names a span, not a programme (`五年行动`); shorter spans frame
/// only after 近, 前 or 过去.
const YEARS_WORDS: &[&str] = &[
    "五年", "近两年", "近三年", "前三年", "前四年", "过去三年", "年来", "以来", "累计", "年均", "每年", "时期", "期间", "规划期", "本世纪", "今后",
];

/// Words that frame what follows them in one year.
const YEAR_WORDS: &[&str] = &["今年", "去年", "全年", "上年", "当年", "年初", "年末", "年底", "过去一年", "一年来"];

/// A year written out, before 年 (a space may stand between, as PDF text
/// has it): the year digits `about` reads.
static WRITTEN_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"{YEAR}[ 　]?年")).expect("valid regex"));

/// The time frames of a report: which years count as one year, and the
/// top-level headings with the frame their titles set.
struct Frames<'t> {
    text: &'t str,
    years: [i32; 2],
    /// Each top-level heading's start and the frame its title sets (none
    /// when it names no span of years).
    parts: Vec<(usize, Option<Frame>)>,
}

impl<'t> Frames<'t> {
    fn new(text: &'t str, report: &Report) -> Frames<'t> {
        let years = report.about.year.map_or([i32::MIN; 2], |year| [year - 1, year]);
        let mut frames = Frames { text, years, parts: Vec::new() };
        let parts = report.sections.iter().filter(|s| s.level == 1).map(|s| (s.span.start, frames.title_frame(&s.title))).collect();
        frames.parts = parts;
        frames
    }

    /// A heading names a span of years (`过去五年工作回顾`, `“十四五”时期主要目标任务`)
    /// and no one year (`过去一年和五年工作回顾` names both).
    fn title_frame(&self, title: &str) -> Option<Frame> {
        let words = |list: &[&str]| list.iter().any(|w| title.contains(w));
        let one_year = words(YEAR_WORDS) || title.contains("一年") || WRITTEN_YEAR.find_iter(title).any(|m| self.is_one_year(m.as_str()));
        (words(YEARS_WORDS) && !one_year).then_some(Frame::Years)
    }

    /// Whether a written year (`2025年`, `一九五九年`) is the plan year or the year before.
    fn is_one_year(&self, written: &str) -> bool {
        let digits = written.trim_end_matches('年').trim_end_matches([' ', '　']);
        year_value(digits).is_some_and(|year| self.years.contains(&year))
    }

    /// The frame of a figure starting at `at`: the last frame word or year
    /// before it in its paragraph; else the frame of the title of the part
    /// it is in; else one year.
    fn frame(&self, at: usize) -> Frame {
        let paragraph_start = memchr::memrchr(b'\n', &self.text.as_bytes()[..at]).map_or(0, |nl| nl + 1);
        let before = &self.text[paragraph_start..at];
        let mut last: Option<(usize, Frame)> = None;
        let mut see = |end: usize, frame: Frame| {
            if last.is_none_or(|(seen, _)| end >= seen) {
                last = Some((end, frame));
            }
        };
        for (list, frame) in [(YEARS_WORDS, Frame::Years), (YEAR_WORDS, Frame::Year)] {
            for word in list {
                for (i, _) in before.match_indices(word) {
                    // 连续五年, 第五年 and 五年行动 count or name; a year's last digits
                    // (一九五五年) are no span.
                    let lead = before[..i].chars().next_back();
                    let programme = before[i + word.len()..].starts_with("行动");
                    let first = word.chars().next().map_or(0, char::len_utf8);
                    let year_end = &before[..i + first];
                    let year_digits = &year_end[year_end.char_indices().rev().nth(3).map_or(0, |(at, _)| at)..];
                    let in_year = year_value(year_digits).is_some();
                    if frame == Frame::Years && (programme || in_year || before[..i].ends_with("连续") || lead == Some('第')) {
                        continue;
                    }
                    see(i + word.len(), frame);
                }
            }
        }
        for written in WRITTEN_YEAR.find_iter(before) {
            see(written.end(), if self.is_one_year(written.as_str()) { Frame::Year } else { Frame::Years });
        }
        if let Some((_, frame)) = last {
            return frame;
        }
        let part = self.parts.partition_point(|&(start, _)| start <= at);
        part.checked_sub(1).and_then(|i| self.parts[i].1).unwrap_or(Frame::Year)
    }
}


/// The annual main targets of a report, one per concept: its goal figures
/// of each concept for the plan year, those in a sentence that sets the
/// year's targets before others, a percent before any other unit, the first
/// of these; a range gives both its figures. The start of a change
/// (`由原定6%调整为8%`) is no target.
fn annual_targets<'r>(text: &str, report: &'r Report, frames: &Frames) -> Vec<(&'static str, &'r Figure, &'r Figure)> {
    let year = report.about.year.map(|year| year.to_string());
    let figures = &report.figures;
    let is_target = |f: &Figure| {
        f.target
            && f.measure != Measure::From
            && f.basis != Some(Basis::AnnualAverage)
            && (f.period.is_none() || f.period == year)
            && f.concept.is_some()
            && frames.frame(f.span.start) == Frame::Year
    };
    let rank = |f: &Figure| {
        let goal_sentence = text.get(f.span.start..f.span.end).is_some()
            && GOAL_WORDS.iter().any(|w| sentence(text, f.span.start, f.span.end).contains(w));
        (goal_sentence, f.unit == "%")
    };
    let mut chosen: Vec<(&'static str, &Figure, &Figure)> = Vec::new();
    for (i, figure) in figures.iter().enumerate() {
        if !is_target(figure) {
            continue;
        }
        let Some(concept) = figure.indicator.as_deref().and_then(concept_of).map(|c| c.code) else { continue };
        // 5%—5.5%: the two ends of a range, bounding each other.
        let last = figures
            .get(i + 1)
            .filter(|next| figure.bound == Bound::Over && next.bound == Bound::Under && next.unit == figure.unit)
            .filter(|next| next.span.start.saturating_sub(figure.span.end) <= 6 && next.value > figure.value)
            .unwrap_or(figure);
        match chosen.iter_mut().find(|(code, ..)| *code == concept) {
            Some(slot) if rank(figure) > rank(slot.1) => *slot = (concept, figure, last),
            Some(_) => {}
            None => chosen.push((concept, figure, last)),
        }
    }
    chosen
}

/// `low`, `high` and the bound of a target of one figure or two.
fn bounds(first: &Figure, last: &Figure) -> (Option<f64>, Option<f64>, TargetBound) {
    if !std::ptr::eq(first, last) {
        return (Some(first.value), Some(last.value), TargetBound::Range);
    }
    let value = Some(first.value);
    match first.bound {
        Bound::Exact => (value, value, TargetBound::Exact),
        Bound::About => (value, value, TargetBound::About),
        Bound::Over => (value, None, TargetBound::Over),
        Bound::Under => (None, value, TargetBound::Under),
    }
}

/// Whether `outcome` reached the target, by the concept's sense (turned
/// round for a target of a fall: the more an energy intensity falls, the
/// better).
fn met(target: &Target, outcome: f64) -> Option<bool> {
    let sense = crate::concepts().iter().find(|c| c.code == target.concept)?.sense;
    let sense = match (sense, target.fall) {
        (Sense::Higher, true) => Sense::Lower,
        (Sense::Lower, true) => Sense::Higher,
        (sense, false) => sense,
    };
    match sense {
        Sense::Higher => target.low.map(|low| outcome >= low),
        Sense::Lower => target.high.map(|high| outcome <= high),
    }
}
