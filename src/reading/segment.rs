//! Segmentation: numbered section headings, and the section path of any offset.

use std::cell::Cell;
use std::fmt::Write;
use std::sync::Arc;

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::satisfy;
use nom::combinator::recognize;
use nom::multi::many1;
use nom::{IResult, Parser};

use crate::lexicon::{LOOKING_BACK, PLAN_TITLES, REVIEW_TITLES};
use crate::model::Section;
use crate::reading::numeral;
use crate::span::Span;
use crate::words::{is_alphanumeric, is_blank};

/// The numbered headings of `text`, each with its `number` path (`"1.2"`),
/// and the line breaks that PDF extraction left inside sentences.
pub(crate) struct Outline {
    pub sections: Vec<Section>,
    /// Where each entry of `sections` starts: searched instead of the
    /// sections themselves, it stays in a few cache lines.
    starts: Vec<usize>,
    /// How many sections started before the offset asked about last:
    /// offsets are mostly asked in text order, and then need no search.
    last_count: Cell<usize>,
    /// The same for `plan_marks`.
    last_mark_count: Cell<usize>,
    /// The same for `soft_breaks`.
    last_break_count: Cell<usize>,
    /// The section path of each entry of `sections`.
    paths: Vec<Arc<str>>,
    /// Where the report enters or leaves its plan part, in text order: at
    /// each top-level heading, numbered or a bare line (`2026年重点工作`).
    plan_marks: Vec<(usize, bool)>,
    /// Offsets of the `\n`s that wrap a line inside a sentence: after a
    /// word char, on a line that is no heading.
    soft_breaks: Vec<usize>,
}

impl Outline {
    /// Reads every line that starts with a heading marker.
    pub(crate) fn read(text: &str) -> Outline {
        let mut reader = OutlineReader::default();
        reader.read_lines(text, 0);
        reader.finish()
    }

    /// The outline as seen from `range` of the text, with offsets into
    /// `text[range]`: of the sections and plan marks before it only the
    /// last, which still holds at its start, moved to 0; the line wraps
    /// outside it left out.
    pub(crate) fn window(&self, range: std::ops::Range<usize>) -> Outline {
        let shift = |at: usize| at.saturating_sub(range.start);
        let first = self.starts.partition_point(|&start| start < range.start).saturating_sub(1);
        let kept = first..self.starts.partition_point(|&start| start < range.end).max(first);
        let sections: Vec<Section> = self.sections[kept.clone()]
            .iter()
            .map(|section| Section { span: Span { start: shift(section.span.start), end: shift(section.span.end) }, ..section.clone() })
            .collect();
        let breaks = self.soft_breaks.partition_point(|&at| at < range.start)..self.soft_breaks.partition_point(|&at| at < range.end);
        Outline {
            starts: sections.iter().map(|s| s.span.start).collect(),
            sections,
            last_count: Cell::new(0),
            last_mark_count: Cell::new(0),
            last_break_count: Cell::new(0),
            paths: self.paths[kept].to_vec(),
            plan_marks: {
                let first = self.plan_marks.partition_point(|&(at, _)| at < range.start).saturating_sub(1);
                let end = self.plan_marks.partition_point(|&(at, _)| at < range.end).max(first);
                self.plan_marks[first..end].iter().map(|&(at, plan)| (shift(at), plan)).collect()
            },
            soft_breaks: self.soft_breaks[breaks].iter().map(|&at| at - range.start).collect(),
        }
    }

    /// Whether the `\n` at `offset` wraps a line inside a sentence.
    pub(crate) fn is_soft_break(&self, offset: usize) -> bool {
        let count = counted_before(&self.soft_breaks, |&at| at, offset, &self.last_break_count);
        count.checked_sub(1).is_some_and(|last| self.soft_breaks[last] == offset)
    }

    /// Whether `offset` lies in the plan part of the report: a top-level
    /// section titled `…工作安排`, `…目标任务`, `今年工作…`.
    pub(crate) fn in_plan(&self, offset: usize) -> bool {
        let count = counted_before(&self.plan_marks, |&(at, _)| at, offset, &self.last_mark_count);
        count.checked_sub(1).is_some_and(|last| self.plan_marks[last].1)
    }

    /// The index of the innermost section that `offset` lies in.
    fn section_at(&self, offset: usize) -> Option<usize> {
        counted_before(&self.starts, |&start| start, offset, &self.last_count).checked_sub(1)
    }

    /// The path of the innermost section that `offset` lies in.
    pub(crate) fn path_at(&self, offset: usize) -> Option<Arc<str>> {
        self.section_at(offset).map(|i| self.paths[i].clone())
    }
}

/// Reads an outline a stretch of whole lines at a time, in text order, so
/// that a text too large to hold is read in parts (`Outline::read` reads
/// a text in one stretch).
#[derive(Default)]
pub(crate) struct OutlineReader {
    sections: Vec<Section>,
    paths: Vec<Arc<str>>,
    soft_breaks: Vec<usize>,
    plan_marks: Vec<(usize, bool)>,
    after_review: bool,
    turn: Option<String>,
    stack: Vec<(u8, u32)>,
}

impl OutlineReader {
    /// Reads the lines of `text`, which starts at `offset` of the whole
    /// text, after a line end (or at its start).
    pub(crate) fn read_lines(&mut self, text: &str, offset: usize) {
        // Where the year's main goals are stated (`今年…的主要预期目标是：`):
        // a part that does not name itself a plan is one from there on.
        let mut goal_statements = main_goal_statements(text).peekable();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let section = heading(line).map(|mut section| {
                section.span = Span { start: section.span.start + offset + line_start, end: section.span.end + offset + line_start };
                section
            });
            let at = offset + line_start;
            let body = line.trim_end();
            if section.is_none() && line.ends_with('\n') && body.ends_with(is_alphanumeric) {
                self.soft_breaks.push(at + line.len() - 1);
            }
            // The plan part: a top-level heading that names it, or any one
            // after the review of the past years.
            let top_title = match &section {
                Some(section) => (section.level == 1).then_some(section.title.as_str()),
                None => part_title(body),
            };
            if let Some(title) = top_title {
                let plan = is_plan_title(title, self.after_review);
                // 1998年工作回顾和1999年工作的总体要求: the review first, the
                // plan from the paragraph that turns to its time.
                self.turn = plan.then(|| joint_plan_time(title)).flatten().map(str::to_string);
                self.plan_marks.push((at, plan && self.turn.is_none()));
                self.after_review |= REVIEW_TITLES.iter().any(|w| title.contains(w));
            } else if self.turn.as_deref().is_some_and(|time| section.is_none() && turns_to(body, time)) {
                self.plan_marks.push((at, true));
                self.turn = None;
            }
            let line_end = line_start + line.len();
            let mut states_goals = false;
            while goal_statements.next_if(|&at| at < line_end).is_some() {
                states_goals = true;
            }
            let in_plan = self.plan_marks.last().is_some_and(|&(_, plan)| plan);
            if states_goals && section.is_none() && top_title.is_none() && !in_plan {
                self.plan_marks.push((at, true));
                // What follows the goals is the plan too, unless it reviews.
                self.after_review = true;
                self.turn = None;
            }
            if let Some(section) = section {
                self.stack.retain(|&(level, _)| level < section.level);
                self.stack.push((section.level, section.number));
                self.paths.push(path_of(&self.stack));
                self.sections.push(section);
            }
            line_start = line_end;
        }
    }

    /// The outline of the lines read.
    pub(crate) fn finish(self) -> Outline {
        let starts = self.sections.iter().map(|s| s.span.start).collect();
        Outline {
            sections: self.sections,
            starts,
            last_count: Cell::new(0),
            last_mark_count: Cell::new(0),
            last_break_count: Cell::new(0),
            paths: self.paths,
            plan_marks: self.plan_marks,
            soft_breaks: self.soft_breaks,
        }
    }
}

/// How many of `items` (in text order) start at or before `offset`, by
/// their `start`. `last` holds the answer to the call before: offsets are
/// mostly asked in text order, and then need no search.
fn counted_before<T>(items: &[T], start: impl Fn(&T) -> usize, offset: usize, last: &Cell<usize>) -> usize {
    let holds = |count: usize| {
        (count == 0 || start(&items[count - 1]) <= offset) && items.get(count).is_none_or(|next| start(next) > offset)
    };
    let hint = last.get();
    let count = match hint {
        _ if hint <= items.len() && holds(hint) => hint,
        _ if hint < items.len() && holds(hint + 1) => hint + 1,
        _ => items.partition_point(|item| start(item) <= offset),
    };
    last.set(count);
    count
}

/// What may stand around a heading on its line: spaces and a byte-order mark.
const HEADING_SPACE: [char; 4] = [' ', '\t', '\u{3000}', '\u{feff}'];

/// The title of a part heading written as a bare line, without a marker
/// (`“十四五”时期工作回顾`, `2026年重点工作`): short, no punctuation,
/// and naming a review or a plan.
fn part_title(line: &str) -> Option<&str> {
    // Most lines are paragraphs: told by their length in bytes at once.
    if line.len() > 4 * 40 + 8 {
        return None;
    }
    let title = line.trim_matches(HEADING_SPACE);
    // (Cheapest first: the search for the part names runs on few lines.)
    let short = !title.is_empty() && title.chars().count() <= 40;
    let bare = || !title.contains(['。', '，', '；', '：', ',', ';', ':']);
    let names_a_part = || REVIEW_TITLES.iter().chain(PLAN_TITLES).any(|w| title.contains(w));
    (short && bare() && names_a_part()).then_some(title)
}

/// Where `text` states the year's main goals: `主要预期目标是`, `…为`,
/// `…：`, found by one vectorised search.
fn main_goal_statements(text: &str) -> impl Iterator<Item = usize> + '_ {
    const GOALS: &str = "主要预期目标";
    memchr::memmem::find_iter(text.as_bytes(), GOALS.as_bytes())
        .filter(move |&at| text[at + GOALS.len()..].starts_with(['是', '为', '：', ':']))
}

/// Whether a top-level heading opens the plan part: it names a plan, or
/// follows the review, unless it is a review itself. A heading that joins
/// two parts (`2025年主要工作和“十四五”发展成就`, `“十四五”时期发展成就和
/// “十五五”时期主要目标任务`) is what its last part is.
fn is_plan_title(title: &str, after_review: bool) -> bool {
    let last = title.rsplit(['和', '及', '与']).next().unwrap_or(title);
    let review = REVIEW_TITLES.iter().any(|w| last.contains(w));
    !review && (after_review || PLAN_TITLES.iter().any(|w| title.contains(w)))
}

/// The time the plan part of a heading that joins a review and then a
/// plan names: `1999年` of `1998年工作回顾和1999年工作的总体要求`,
/// `“十五五”` of `“十四五”时期发展成就和“十五五”时期主要目标任务`.
fn joint_plan_time(title: &str) -> Option<&str> {
    let cut = title.rfind(['和', '及', '与'])?;
    if !REVIEW_TITLES.iter().any(|w| title[..cut].contains(w)) {
        return None;
    }
    let plan = &title[cut + '和'.len_utf8()..];
    let len = match plan.strip_prefix('“') {
        Some(rest) => '“'.len_utf8() + rest.find('”')? + '”'.len_utf8(),
        None => {
            let digits: usize = plan.chars().take_while(|&c| numeral::arabic_digit(c).is_some()).map(char::len_utf8).sum();
            (digits > 0 && plan[digits..].starts_with('年')).then_some(digits + '年'.len_utf8())?
        }
    };
    Some(&plan[..len])
}

/// Whether a paragraph turns to `time`: its first sentence names it, and
/// it does not open by looking back.
fn turns_to(paragraph: &str, time: &str) -> bool {
    let first = paragraph.split(['。', '！']).find(|s| !s.trim_matches(is_blank).is_empty() && !s.ends_with("各位代表"));
    first.is_some_and(|first| first.contains(time)) && !looks_back(paragraph)
}

/// Whether a sentence opens by looking back at the year or the years
/// before (`过去一年，`, `去年`, `五年来`).
pub(crate) fn looks_back(sentence: &str) -> bool {
    let opening = sentence.trim_start_matches(is_blank);
    let opening = opening.strip_prefix("各位代表！").unwrap_or(opening);
    LOOKING_BACK.iter().any(|w| opening.starts_with(w))
}

/// The `number` path of the innermost section of `stack`: `1.2`.
fn path_of(stack: &[(u8, u32)]) -> Arc<str> {
    let mut path = String::new();
    for (_, number) in stack {
        if !path.is_empty() {
            path.push('.');
        }
        write!(path, "{number}").expect("a String takes any write");
    }
    Arc::from(path)
}

/// `marker := cn_number "、" | ("(" | "（") cn_number (")" | "）") | digits ("." | "．" | "、")`
/// with its level.
fn marker(i: &str) -> IResult<&str, (u64, u8)> {
    let cn = |i| numeral::cn_integer(i);
    let level_1 = (cn, tag("、")).map(|(n, _)| (n, 1));
    let level_2 = (alt((tag("("), tag("（"))), cn, alt((tag(")"), tag("）")))).map(|(_, n, _)| (n, 2));
    let digits = recognize(many1(satisfy(|c| numeral::arabic_digit(c).is_some())));
    let level_3 = (digits, alt((tag("."), tag("．"), tag("、")))).map(|(d, _): (&str, _)| {
        let n = d.chars().filter_map(numeral::arabic_digit).fold(0u64, |n, d| n.saturating_mul(10).saturating_add(d.into()));
        (n, 3)
    });
    alt((level_1, level_2, level_3)).parse(i)
}

/// The heading `line` opens with, if any, its span within the line.
fn heading(line: &str) -> Option<Section> {
    let indent = line.len() - line.trim_start_matches(HEADING_SPACE).len();
    let body = &line[indent..];
    // Most lines are paragraphs: a marker opens with a numeral or a bracket.
    let first = body.chars().next()?;
    if !(matches!(first, '(' | '（') || numeral::arabic_digit(first).is_some() || numeral::cn_integer(&body[..first.len_utf8()]).is_ok()) {
        return None;
    }
    let (rest, (number, level)) = marker(body).ok()?;
    let number = u32::try_from(number).ok().filter(|&n| (1..=99).contains(&n))?;
    // 1.3万人 at a line start is a figure, not heading 1.
    let digit_follows = rest.starts_with(|c: char| numeral::arabic_digit(c).is_some());
    if (level == 3 && digit_follows) || rest.starts_with(char::is_whitespace) || rest.is_empty() {
        return None;
    }
    let title_len = rest.find(['。', '\n', '\r']).unwrap_or(rest.len());
    let title = rest[..title_len].trim_end().trim_end_matches(['：', ':']);
    if title.is_empty() {
        return None;
    }
    let marker_text = &body[..body.len() - rest.len()];
    let start = indent;
    let end = start + marker_text.len() + title.len();
    Some(Section {
        number,
        marker: marker_text.to_string(),
        level,
        title: title.to_string(),
        span: Span::new(line, start, end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(text: &str) -> Vec<(u32, String, u8, String)> {
        Outline::read(text).sections.into_iter().map(|s| (s.number, s.marker, s.level, s.title)).collect()
    }

    #[test]
    fn reads_the_three_marker_levels() {
        let text = "一、2025年工作回顾\n（二）扩大内需。全年增长5%。\n(十一)其他\n3.加快建设\n";
        assert_eq!(
            headings(text),
            vec![
                (1, "一、".into(), 1, "2025年工作回顾".into()),
                (2, "（二）".into(), 2, "扩大内需".into()),
                (11, "(十一)".into(), 2, "其他".into()),
                (3, "3.".into(), 3, "加快建设".into()),
            ]
        );
    }

    #[test]
    fn paths_nest_by_level() {
        let text = "一、回顾\n(一)产业\n甲\n(二)创新\n乙\n二、安排\n丙\n";
        let outline = Outline::read(text);
        let at = |s: &str| outline.path_at(text.find(s).unwrap());
        assert_eq!((at("甲"), at("乙"), at("丙")), (Some("1.1".into()), Some("1.2".into()), Some("2".into())));
        assert_eq!(outline.path_at(0), Some("1".into()));
        assert_eq!(Outline::read("前言\n一、x").path_at(0), None);
    }

    #[test]
    fn paths_are_the_same_in_any_order_of_lookup() {
        let text = "一、回顾\n(一)产业\n甲\n(二)创新\n乙\n二、安排\n丙\n三、其他\n丁\n";
        let offsets: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
        let in_order: Vec<Option<std::sync::Arc<str>>> = offsets.iter().map(|&at| Outline::read(text).path_at(at)).collect();
        let outline = Outline::read(text);
        for &i in [7, 0, 30, 31, 2, 29, 45, 1, 46].iter().filter(|&&i| i < offsets.len()) {
            assert_eq!(outline.path_at(offsets[i]), in_order[i], "char {i}");
        }
        assert_eq!(offsets.iter().map(|&at| outline.path_at(at)).collect::<Vec<_>>(), in_order);
    }

    #[test]
    fn plan_headings() {
        assert!(is_plan_title("2026年重点工作", false));
        assert!(is_plan_title("全面加强政府自身建设", true));
        assert!(!is_plan_title("2025年工作回顾", false));
        assert!(!is_plan_title("2025年主要工作和“十四五”发展成就", false));
        assert!(is_plan_title("“十四五”时期发展成就和“十五五”时期主要目标任务", true));
        assert!(!is_plan_title("“十四五”时期和2025年工作回顾", true));
    }

    #[test]
    fn part_headings_without_a_marker_open_the_plan() {
        let text = "“十四五”时期工作回顾\n增长5%。\n“十五五”时期的主要目标任务\n增长6%。\n一、2026年重点工作\n增长7%。\n";
        let outline = Outline::read(text);
        let at = |s: &str| outline.in_plan(text.find(s).unwrap());
        assert_eq!((at("增长5%"), at("增长6%"), at("增长7%")), (false, true, true));
        assert_eq!(outline.sections.len(), 1);
        assert_eq!(part_title("全年地区生产总值增长5%，主要工作如下："), None);
    }

    #[test]
    fn a_statement_of_the_years_main_goals_opens_the_plan() {
        // Headings that name neither a review nor a plan.
        let text = "一、一年接着一年干\n增长5%。\n二、一鼓作气勇争先\n开局之年。\n今年的主要预期目标是：增长6%。\n新建学校10所。\n三、一以贯之转作风\n压减会议10%。\n";
        let outline = Outline::read(text);
        let at = |s: &str| outline.in_plan(text.find(s).unwrap());
        assert_eq!((at("增长5%"), at("开局之年"), at("增长6%"), at("新建学校"), at("压减会议")), (false, false, true, true, true));
        // Goals reached in the review open nothing.
        let review = Outline::read("一、回顾\n全面完成年初确定的主要预期目标。\n增长5%。\n");
        assert!(!review.in_plan(review.sections[0].span.end + 20));
    }

    #[test]
    fn lines_that_only_look_like_headings() {
        assert!(headings("1.3万人参加\n一是扩大内需。\n2024年\n（一）\n").is_empty());
    }
}
