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

use serde::Serialize;

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
    /// That figure as written.
    pub outcome_text: Option<String>,
    /// The file of the next year's report.
    pub outcome_file: Option<String>,
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
    text: String,
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
        for (concept, first, last) in annual_targets(text, report) {
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
                met: None,
                fall: first.measure == Measure::Change && first.direction == Some(Direction::Decrease),
                rise: first.indicator.as_deref().is_some_and(|indicator| indicator.ends_with("涨幅")),
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
                let fall = f.measure == Measure::Change && f.direction == Some(Direction::Decrease);
                let value = if fall { -f.value } else { f.value };
                Some(Outcome { concept, value, unit: f.unit.to_string(), measure: f.measure, text: f.text.clone() })
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
            if let Some(year) = entry.year {
                next_year.entry((entry.region.as_deref(), entry.level, year)).or_insert(entry);
            }
        }
        for target in &mut self.targets {
            let Some(year) = target.year else { continue };
            let Some(entry) = next_year.get(&(target.region.as_deref(), target.level, year + 1)) else { continue };
            let measured_alike = |o: &Outcome| o.measure == target.measure || target.rise && o.measure == Measure::Change;
            let outcome = entry.outcomes.iter().find(|o| o.concept == target.concept && o.unit == target.unit && measured_alike(o));
            if let Some(outcome) = outcome {
                // In the target's terms: a fall of 3.8% against a fall of 3%.
                let value = if target.fall { -outcome.value } else { outcome.value };
                target.outcome = Some(value);
                target.outcome_text = Some(outcome.text.clone());
                target.outcome_file = Some(entry.file.clone());
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
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '；' | '\n');
    let floor = (start.saturating_sub(300)..=start).find(|&at| text.is_char_boundary(at)).unwrap_or(start);
    let from = text[floor..start].rfind(is_end).map_or(floor, |at| floor + at);
    let ceiling = (end..=(end + 300).min(text.len())).rev().find(|&at| text.is_char_boundary(at)).unwrap_or(end);
    let to = text[end..ceiling].find(is_end).map_or(ceiling, |at| end + at);
    &text[from..to]
}

/// The annual main targets of a report, one per concept: its goal figures
/// of each concept for the plan year, those in a sentence that sets the
/// year's targets before others, a percent before any other unit, the first
/// of these; a range gives both its figures. The start of a change
/// (`由原定6%调整为8%`) is no target.
fn annual_targets<'r>(text: &str, report: &'r Report) -> Vec<(&'static str, &'r Figure, &'r Figure)> {
    let year = report.about.year.map(|year| year.to_string());
    let figures = &report.figures;
    let is_target = |f: &Figure| {
        f.target
            && f.measure != Measure::From
            && f.basis != Some(Basis::AnnualAverage)
            && (f.period.is_none() || f.period == year)
            && f.concept.is_some()
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
