//! Meaning: what each figure measures (`indicator`), whether it is a level
//! or a change (`measure`, `direction`, `basis`), whether it is a goal
//! (`target`) and the year it is tied to (`period`).
//!
//! Clause-local rules over the word tables in [`lexicon`](crate::lexicon):
//! the indicator is the noun phrase between the clause start (or the figure
//! before) and the verb before the number; a count takes the noun after it;
//! a bare change inherits the indicator before it; `分别` distributes a list
//! over the figures after it; `由A提高到B` pairs two figures.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{
    Verb, ADVERBS, BASES, CONNECTIVES, FROM_TO_LINKS, MERGE_LINKS, NOUNS_STARTING_LIKE_ENDERS, NOUN_ENDERS, POSTPOSITIONS,
    TARGET_WORDS, VERBS,
};
use crate::model::{Basis, Dimension, Direction, Figure, Measure};
use crate::numeral::arabic_digit;
use crate::segment::Outline;
use crate::unit::is_time_span;
use crate::words::{char_starts_back, is_alphanumeric, Prefixes, Suffixes, WordSearch};

/// Chars that end a clause.
pub(crate) fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':' | '！' | '？' | '!' | '?' | '\n' | '\r')
}

/// Chars that end a sentence.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

/// How far back a clause or sentence is looked for, in chars; past it the
/// text is no prose (tables, runs of numbers) and nothing is gained.
const REACH: usize = 160;

/// The start of the clause that `pos` lies in, not before `floor`.
///
/// Read backwards from the bytes, for it runs for every figure and status
/// word: a char of [`is_clause_end`] is one ASCII byte or `ef bc xx` /
/// `e3 80 82`, and only char starts are counted against [`REACH`].
pub(crate) fn clause_start(text: &str, pos: usize, floor: usize, outline: &Outline) -> usize {
    let bytes = text.as_bytes();
    let mut start = pos;
    for at in char_starts_back(text, floor, pos).take(REACH) {
        let end_len = match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            (b'\n', _, _) if outline.is_soft_break(at) => None,
            (b',' | b';' | b':' | b'!' | b'?' | b'\n' | b'\r', _, _) => Some(1),
            (0xef, Some(0xbc), Some(0x8c | 0x9b | 0x9a | 0x81 | 0x9f)) | (0xe3, Some(0x80), Some(0x82)) => Some(3),
            _ => None,
        };
        if let Some(len) = end_len {
            return at + len;
        }
        start = at;
    }
    start
}

/// What the text before a figure says about it.
#[derive(Default)]
struct Reading<'t> {
    /// The noun phrase, before whitespace is removed.
    indicator: Option<&'t str>,
    verb: Option<&'static Verb>,
    basis: Option<Basis>,
    /// `分别`: a list before the verb, distributed over the figures after.
    respectively: bool,
    /// `由2022年的40%`: this figure is the start of a from/to pair.
    from: bool,
    /// `提高到`, `重组成`: the word that may end a from/to pair.
    link: Option<&'static str>,
    /// `每村每年5万元治理资金`: a rate, which takes the noun after it.
    per: bool,
    period: Option<&'t str>,
}


/// `较“十三五”时期`, `比2020年`: what a change is compared with, when it is
/// not one of the [`BASES`].
static COMPARED_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:较|比)[^重例率值较比，,；;、]{1,14}$").expect("valid regex"));

/// Where `较…`/`比…` at the end of `rest` starts, before a verb of change.
fn compared_with<'t>(rest: &'t str, verb: Option<&Verb>) -> Option<regex::Match<'t>> {
    let change = verb.is_some_and(|v| v.measure == Measure::Change);
    if change && rest.contains(['较', '比']) {
        COMPARED_WITH.find(rest)
    } else {
        None
    }
}


/// A section marker that opens a clause: `（四）`, `(十一)`.
static HEADING_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(][一二三四五六七八九十]+[）)]").expect("valid regex"));

/// A year right before a figure (`由2022年的`, `提升到2025年底`): the year,
/// and where the phrase `2022年的` starts.
fn year_at_end(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_suffix('的').unwrap_or(text);
    let rest = rest.strip_suffix(['底', '末']).unwrap_or(rest);
    let rest = rest.strip_suffix('年')?;
    let start = year_start(rest)?;
    Some((&rest[start..], start))
}

/// Whether `text` is a year: `2022`, `２０２５`, `二〇二五`.
fn is_year(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return false };
    let rest = chars.as_str();
    rest.chars().count() == 3
        && match first {
            '1' | '2' | '１' | '２' => rest.chars().all(|c| arabic_digit(c).is_some()),
            '一' | '二' => rest.chars().all(|c| "〇零一二三四五六七八九".contains(c)),
            _ => false,
        }
}

/// Where the year that `text` ends with starts.
fn year_start(text: &str) -> Option<usize> {
    let (start, _) = text.char_indices().rev().nth(3)?;
    is_year(&text[start..]).then_some(start)
}

/// The length of the time phrase that opens `text`: `2024年`, `到2027年`,
/// `截至2025年底的`.
fn leading_year_phrase(text: &str) -> Option<usize> {
    // Most clauses open with neither a year nor a word before one.
    if !text.starts_with(['截', '到', '至', '1', '2', '１', '２', '一', '二']) {
        return None;
    }
    let rest = ["截止到", "截至", "截止", "到", "至"].iter().find_map(|word| text.strip_prefix(word)).unwrap_or(text);
    let year_end = rest.char_indices().nth(4).map_or(rest.len(), |(at, _)| at);
    let rest = rest[year_end..].strip_prefix('年').filter(|_| is_year(&rest[..year_end]))?;
    let rest = ["底", "末", "年底", "年末", "前", "以来"].iter().find_map(|word| rest.strip_prefix(word)).unwrap_or(rest);
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    Some(text.len() - rest.len())
}

/// The last year named in `text` (`到2027年全省…` → `2027`).
fn last_year(text: &str) -> Option<&str> {
    text.rmatch_indices('年').find_map(|(at, _)| year_start(&text[..at]).map(|start| &text[start..at]))
}

static VERB_ENDS: LazyLock<Suffixes<&Verb>> = LazyLock::new(|| Suffixes::new(VERBS.iter().map(|v| (v.word, v))));
static LINK_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(FROM_TO_LINKS.iter().map(|&w| (w, ()))));
static BASIS_ENDS: LazyLock<Suffixes<Basis>> = LazyLock::new(|| Suffixes::new(BASES.iter().copied()));
static ADVERB_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(ADVERBS.iter().map(|&w| (w, ()))));
static CONNECTIVE_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(CONNECTIVES.iter().map(|&w| (w, ()))));

fn strip_suffix_any<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().filter(|w| text.ends_with(**w)).max_by_key(|w| w.len()).map(|w| &text[..text.len() - w.len()])
}

fn trim_space(text: &str) -> &str {
    text.trim() // the ideographic space (U+3000) included
}

/// Reads the text between the clause start and a figure, from the right.
fn read_before(pre: &str) -> Reading<'_> {
    let mut reading = Reading::default();
    let mut rest = trim_space(pre);
    rest = rest.strip_suffix('“').unwrap_or(rest);
    // 由2022年的40%, 提升到2025年的63%: the year right before is the figure's.
    if let Some((year, start)) = year_at_end(rest) {
        reading.period = Some(year);
        rest = trim_space(&rest[..start]);
    }
    if let Some((link, _)) = LINK_ENDS.longest(rest) {
        reading.link = Some(link);
    }
    if let Some((word, verb)) = VERB_ENDS.longest(rest) {
        reading.verb = Some(verb);
        rest = trim_space(&rest[..rest.len() - word.len()]);
    } else if let Some(link) = reading.link {
        rest = trim_space(&rest[..rest.len() - link.len()]);
    }
    // 到2027年全省…: a year earlier in the clause.
    if reading.period.is_none() && rest.contains('年') {
        reading.period = last_year(rest);
    }
    // 由上年的58.6%: the start of a pair, measured a year before.
    for last_year in ["上年的", "上年", "去年的", "去年", "上一年的"].iter().filter(|_| rest.ends_with(['的', '年'])) {
        if let Some(before) = rest.strip_suffix(last_year).filter(|b| b.ends_with(['由', '从'])) {
            rest = before;
            break;
        }
    }
    if let Some(before) = rest.strip_suffix('由').or_else(|| rest.strip_suffix('从')) {
        reading.from = true;
        rest = trim_space(before);
    }
    loop {
        if let Some((word, basis)) = BASIS_ENDS.longest(rest) {
            reading.basis = Some(basis);
            rest = &rest[..rest.len() - word.len()];
        } else if let Some(before) = rest.strip_suffix("分别") {
            reading.respectively = true;
            rest = before;
        } else if let Some(before) = rest.strip_suffix(['、', '，', ',']) {
            rest = before;
        } else if let Some((word, _)) = VERB_ENDS.longest(rest).filter(|(w, _)| w.len() == rest.len()) {
            // 安排、比上年提高1个百分点: a lone verb is no indicator.
            rest = &rest[..rest.len() - word.len()];
        } else if let Some((adverb, ())) = ADVERB_ENDS.longest(rest) {
            rest = &rest[..rest.len() - adverb.len()];
        } else if let Some(at) = rest.rfind('每').filter(|&at| rest[at..].chars().count() <= 3) {
            // 每村每年5万元: a rate.
            reading.per = true;
            rest = &rest[..at];
        } else if let Some(before) = rest.strip_suffix('均').or_else(|| rest.strip_suffix("都")) {
            rest = before;
        } else if let Some(m) = compared_with(rest, reading.verb) {
            // 较“十三五”时期增长148%: compared with a time other than last year.
            rest = &rest[..m.start()];
        } else {
            break;
        }
    }
    rest = trim_leading(rest);
    rest = rest.strip_suffix('的').unwrap_or(rest);
    rest = without_trailing_frame(rest);
    // 五年内增长…: what is left after a time frame is a postposition.
    if POSTPOSITIONS.contains(&rest) {
        rest = "";
    }
    // 连续7年: an adverb of time, not an indicator.
    rest = rest.strip_suffix("连续").unwrap_or(rest);
    rest = trim_space(rest);
    reading.indicator = (!rest.is_empty()).then_some(rest);
    reading
}

/// `rest` without the span of years it ends with, between a noun and its
/// verb (`利润总额五年增长…` → `利润总额`); a span opening the phrase
/// stays (`五年新设外资企业`).
fn without_trailing_frame(rest: &str) -> &str {
    let Some(before_year) = rest.strip_suffix('年') else { return rest };
    let noun = before_year.trim_end_matches(|c: char| arabic_digit(c).is_some() || "一二三四五六七八九十两几".contains(c));
    let noun = noun.strip_suffix(['近', '这']).unwrap_or(noun);
    if noun.len() < before_year.len() && !noun.is_empty() && !noun.ends_with(['第', '连', '续']) {
        noun
    } else {
        rest
    }
}

/// `rest` without leading connectives, list marks and time phrases.
fn trim_leading(mut rest: &str) -> &str {
    loop {
        let before = rest;
        rest = trim_space(rest);
        // 95%以上的村集体经营性收入: a figure before leaves its 的.
        rest = rest.trim_start_matches(['、', '，', ',', '；', ';', '：', ':', '的']);
        if let Some((connective, ())) = CONNECTIVE_STARTS.longest(rest) {
            rest = &rest[connective.len()..];
        }
        if rest.starts_with(['（', '(']) {
            if let Some(m) = HEADING_MARKER.find(rest) {
                rest = &rest[m.end()..];
            }
        }
        // 2024年, 到2027年: a time phrase opening the clause.
        if let Some(len) = leading_year_phrase(rest) {
            rest = &rest[len..];
        }
        if rest.len() == before.len() {
            return rest;
        }
    }
}

/// The noun right after a count (`5个风电项目陆续…` → `风电项目`), with
/// where it ends.
fn noun_after(text: &str, pos: usize) -> Option<(&str, usize)> {
    if text[pos..].starts_with('”') {
        return None;
    }
    let mut end = pos;
    let mut quoted = false;
    for (at, c) in text[pos..].char_indices().take(24) {
        let here = pos + at;
        if c == '“' {
            quoted = true;
        } else if c == '”' {
            quoted = false;
        } else if !quoted {
            let ends = is_clause_end(c)
                || matches!(c, '、' | '（' | '）' | '(' | ')' | '《' | '》')
                || c.is_ascii_digit()
                || starts_noun_ender(&text[here..]);
            if ends && here > pos {
                break;
            }
            if ends || !(is_han_or_word(c)) {
                return None;
            }
        }
        end = here + c.len_utf8();
    }
    let noun = &text[pos..end];
    let noun = strip_suffix_any(noun, &["之中", "中", "内", "里"]).unwrap_or(noun);
    (!noun.is_empty() && !quoted).then_some((noun, end))
}

/// [`NOUN_ENDERS`], the verbs and the from/to links (not the bare `到`,
/// `至`), each `true`; the [`NOUNS_STARTING_LIKE_ENDERS`], each `false`, so
/// that the longer word wins where a noun begins like an ender.
static NOUN_ENDER_WORDS: LazyLock<Prefixes<bool>> = LazyLock::new(|| {
    let verbs = VERBS.iter().map(|v| v.word).filter(|w| w.chars().count() > 1);
    let links = FROM_TO_LINKS.iter().copied().filter(|w| w.chars().count() > 1);
    let enders = NOUN_ENDERS.iter().copied().chain(verbs).chain(links).map(|w| (w, true));
    Prefixes::new(enders.chain(NOUNS_STARTING_LIKE_ENDERS.iter().map(|&w| (w, false))))
});

/// Whether `text` starts with a word of [`NOUN_ENDERS`] (and not with a noun
/// that begins like one).
pub(crate) fn starts_noun_ender(text: &str) -> bool {
    NOUN_ENDER_WORDS.longest(text).is_some_and(|(_, ends)| ends)
}

fn is_han_or_word(c: char) -> bool {
    is_alphanumeric(c) || c == '“' || c == '”'
}

/// The indicator as reported: whitespace that PDF extraction left inside removed.
fn clean(indicator: &str) -> String {
    if indicator.contains(char::is_whitespace) {
        indicator.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        indicator.to_string()
    }
}

/// Separators between the figures of one list (`87%、71%`, `18.9%和18.3%`).
fn is_list_gap(gap: &str) -> bool {
    matches!(trim_space(gap), "、" | "和" | "及" | "与" | "" | "—" | "-" | "－" | "–" | "~" | "～")
}

/// Splits `事故起数、死亡人数` into its items.
fn list_items(indicator: &str) -> Vec<&str> {
    indicator.split(['、', '和', '及', '与']).map(trim_space).filter(|s| !s.is_empty()).collect()
}

/// Fills the meaning fields of every figure.
///
/// In the plan part of the report (see [`Outline::in_plan`]) every figure is a goal.
///
/// The figures all start at or after `from`, where the reading begins.
pub(crate) fn annotate(text: &str, from: usize, figures: &mut [Figure], outline: &Outline) {
    let mut floor = from;
    let mut goals = Goals { read_to: from, found: false };
    let mut list = List::default();
    for i in 0..figures.len() {
        let span = figures[i].span;
        let start = clause_start(text, span.start, floor.min(span.start), outline);
        let mut reading = read_before(&text[start..span.start]);
        // 粮食产量连续13年稳定在430亿斤: the indicator stands before the time frame.
        if reading.indicator.is_none() {
            if let Some(frame) = i.checked_sub(1).map(|p| &figures[p]).filter(|p| is_time_frame_at(text, p, start)) {
                let frame_clause = clause_start(text, frame.span.start, 0, outline);
                reading.indicator = indicator_before_frame(&text[frame_clause..frame.span.start]);
            }
        }
        let noun = noun_after(text, span.end);
        // In the plan part every figure is a goal, and no sentence need be read for it.
        let goal = outline.in_plan(span.start) || goals.up_to(text, span.start);
        let figure = &mut figures[i];
        if let Some(verb) = reading.verb {
            figure.measure = verb.measure;
            figure.direction = verb.direction;
        }
        if figure.measure == Measure::Change {
            figure.basis = reading.basis;
        }
        figure.period = reading.period.map(str::to_string);
        figure.target = goal;
        // A count before its noun takes that noun: 5个风电项目, 16项支持措施.
        // …but not the start of a pair: 由51家整合为33家.
        let takes_noun = noun.is_some()
            && !reading.from
            && (figure.dimension == Dimension::Count || reading.indicator.is_none() || reading.per);
        // 未来五年, 连续7年, 五年间: a time frame, not the level of an indicator.
        let time_frame = is_time_span(figure) && reading.verb.is_none();
        figure.indicator = match (noun, takes_noun) {
            _ if time_frame => None,
            (Some((noun, _)), true) => Some(clean(noun)),
            _ => reading.indicator.map(clean),
        };
        // A time frame with a postposition leaves the clause to the figure
        // after it: 总产值在五年内增长….
        let framed = time_frame && POSTPOSITIONS.iter().any(|p| text[span.end..].starts_with(p));
        floor = match (noun, takes_noun) {
            _ if framed => floor,
            (Some((_, end)), true) => end,
            _ => span.end,
        };
        if let Some(slot) = list.slot(i) {
            if let Some(indicator) = slot.take() {
                figure.indicator = Some(indicator);
            }
            continue;
        }
        // The text since the figure before, read only when needed.
        let gap = i.checked_sub(1).map(|p| &text[figures[p].span.end..span.start]);
        let same_sentence = || {
            gap.is_some_and(|between| {
                // A gap of 4 × REACH bytes holds at least REACH chars, one of REACH bytes fewer.
                between.len() < 4 * REACH
                    && last_sentence_end(between).is_none()
                    && (between.len() < REACH || between.chars().count() < REACH)
            })
        };
        // 接待游客1.2亿人次，实现旅游收入1100亿元，分别增长15%和18%: a bare
        // 分别 takes the indicators of the figures before it, in order.
        let backward = reading.respectively && figures[i].indicator.is_none();
        if figures[i].indicator.is_none() && !is_time_span(&figures[i]) && !backward && same_sentence() {
            // A bare change clause inherits the indicator before it.
            let indicator = figures[i - 1].indicator.clone();
            figures[i].indicator = indicator;
        }
        if reading.respectively || reading.verb.is_some() {
            if let Some(spread) = spread_list(text, figures, i, reading.respectively) {
                list = spread;
            }
        }
        if figures[i].indicator.is_none() && backward && same_sentence() {
            let indicator = figures[i - 1].indicator.clone();
            figures[i].indicator = indicator;
            if list.start == i + 1 {
                for slot in list.indicators.iter_mut().filter(|slot| slot.is_none()) {
                    *slot = figures[i].indicator.clone();
                }
            }
        }
        if reading.from {
            figures[i].measure = Measure::From;
        }
        let same_clause = || same_sentence() && gap.is_some_and(|between| !between.contains(is_clause_end));
        if let Some(link) = reading.link.filter(|_| same_clause()) {
            // 由A提高到B: the pair's end; A重组成B and the like pair without 由.
            if figures[i - 1].measure == Measure::From || MERGE_LINKS.contains(&link) {
                pair_from_to(figures, i - 1, i);
            }
        }
    }
}

/// Whether `frame` is a time frame (`连续13年`, `五年`) that ends the text
/// before `start` in the same clause.
fn is_time_frame_at(text: &str, frame: &Figure, start: usize) -> bool {
    is_time_span(frame) && frame.indicator.is_none() && frame.span.end <= start && {
        let between = &text[frame.span.end..start];
        !between.contains(is_clause_end) && between.chars().count() < 8
    }
}

/// The indicator before a time frame: `粮食产量连续` → `粮食产量`.
pub(crate) fn indicator_before_frame(before: &str) -> Option<&str> {
    let mut rest = trim_leading(trim_space(before));
    for word in ["连续", "近", "过去", "今后", "最近", "这", "此"] {
        rest = rest.strip_suffix(word).unwrap_or(rest);
    }
    let rest = trim_space(rest);
    // 比上一个五年, 在五年内, 仅此一项: a comparison or a frame, not a noun.
    let framing = rest.starts_with(['比', '较', '在', '仅', '从', '由']) || rest.chars().count() < 2;
    (!framing && !rest.ends_with(|c: char| is_clause_end(c))).then_some(rest)
}

/// The figures listed after the head of a list (`87%、71%`), from `start`
/// on: each takes the indicator of its slot when it is read.
#[derive(Default)]
struct List {
    start: usize,
    indicators: Vec<Option<String>>,
}

impl List {
    /// The slot of figure `i`, if the list holds it.
    fn slot(&mut self, i: usize) -> Option<&mut Option<String>> {
        let k = i.checked_sub(self.start)?;
        self.indicators.get_mut(k)
    }
}

/// Gives the figures listed after `first` (joined by `、`, `和`) its verb, and
/// with `分别` the items of its indicator in order. Returns the list of the
/// figures after `first`, if any.
fn spread_list(text: &str, figures: &mut [Figure], first: usize, respectively: bool) -> Option<List> {
    let mut last = first;
    while last + 1 < figures.len() && is_list_gap(&text[figures[last].span.end..figures[last + 1].span.start]) {
        last += 1;
    }
    if last == first {
        return None;
    }
    let head = &figures[first];
    let (indicator, measure, direction, basis) = (head.indicator.clone(), head.measure, head.direction, head.basis);
    let count = last - first + 1;
    let items: Vec<String> = match indicator.as_deref() {
        Some(indicator) => list_items(indicator).into_iter().map(str::to_string).collect(),
        None if respectively => earlier_indicators(text, figures, first, count),
        None => Vec::new(),
    };
    let zip = respectively && items.len() == count;
    let mut items = items.into_iter();
    if zip {
        figures[first].indicator = items.next();
    }
    for figure in &mut figures[first + 1..=last] {
        figure.measure = measure;
        figure.direction = direction;
        figure.basis = basis;
    }
    let indicators = (first + 1..=last).map(|_| if zip { items.next() } else { indicator.clone() }).collect();
    Some(List { start: first + 1, indicators })
}

/// The indicators of the `count` figures right before `first` in its
/// sentence, in order; empty unless there are that many, each with one.
fn earlier_indicators(text: &str, figures: &[Figure], first: usize, count: usize) -> Vec<String> {
    let start = figures[first].span.start;
    let earlier: Vec<String> = figures[..first]
        .iter()
        .rev()
        .take_while(|f| !text[f.span.end..start].contains(is_sentence_end))
        .take(count)
        .filter_map(|f| f.indicator.clone())
        .collect();
    if earlier.len() == count {
        earlier.into_iter().rev().collect()
    } else {
        Vec::new()
    }
}

/// `由A提高到B`, `A…重组成B`: A is `from`, B is `to`, both going the way the
/// values go.
fn pair_from_to(figures: &mut [Figure], from: usize, to: usize) {
    if figures[from].unit != figures[to].unit {
        return;
    }
    let direction = if figures[to].value >= figures[from].value { Direction::Increase } else { Direction::Decrease };
    let indicator = figures[from].indicator.clone();
    let (a, b) = figures.split_at_mut(to);
    let (a, b) = (&mut a[from], &mut b[0]);
    a.measure = Measure::From;
    b.measure = Measure::To;
    a.direction = Some(direction);
    b.direction = Some(direction);
    b.indicator = indicator;
}

static TARGET_WORDS_ANY: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(TARGET_WORDS.iter().copied()));

/// Where the last sentence of `text` ends, if one does: the bytes are
/// searched from the end for the last byte of each char of
/// [`is_sentence_end`], without decoding the chars in between.
fn last_sentence_end(text: &str) -> Option<usize> {
    const WIDE_ENDS: [&[u8]; 3] = ["。".as_bytes(), "！".as_bytes(), "？".as_bytes()];
    let bytes = text.as_bytes();
    let narrow = memchr::memrchr3(b'\n', b'!', b'?', bytes);
    let mut end = bytes.len();
    // The last bytes of 。, ！ and ？, each checked for the two before it.
    while let Some(at) = memchr::memrchr3(0x82, 0x81, 0x9f, &bytes[..end]) {
        if narrow.is_some_and(|n| n > at) {
            break;
        }
        if at >= 2 && WIDE_ENDS.contains(&&bytes[at - 2..=at]) {
            return Some(at + 1);
        }
        end = at;
    }
    narrow.map(|at| at + 1)
}

/// Whether the sentence so far sets a goal (`今年主要预期目标是：…`, `力争…`),
/// read forward once as the figures go by.
struct Goals {
    /// Where the text has been read to.
    read_to: usize,
    /// Whether the current sentence has named a goal so far.
    found: bool,
}

impl Goals {
    /// Whether the sentence up to `pos` (at or after the last call's) sets a goal.
    fn up_to(&mut self, text: &str, pos: usize) -> bool {
        if let Some(end) = last_sentence_end(&text[self.read_to..pos]) {
            self.read_to += end;
            self.found = false;
        }
        self.found = self.found || TARGET_WORDS_ANY.is_in(&text[self.read_to..pos]);
        self.read_to = pos;
        self.found
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use proptest::prelude::*;

    use super::{clause_start, is_clause_end, is_sentence_end, last_sentence_end, last_year, leading_year_phrase, year_at_end, REACH};
    use crate::segment::Outline;

    /// Text of the chars that the byte scans must tell apart: clause and
    /// sentence ends, quote marks, chars that share their bytes, chars of
    /// one to four bytes.
    pub(crate) fn tricky_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![
                '，', ',', '；', ';', '。', '：', ':', '！', '？', '!', '?', '\n', '\r', '“', '”', '《', '》', '「', '」', '、',
                '肂', '丁', '丌', '〇', 'é', 'a', '5', '年', '中', '𠂂', '\u{3000}', ' ',
            ]),
            0..400,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn byte_scans_agree_with_char_scans(text in tricky_text(), cut in 0usize..400, floor_cut in 0usize..400) {
            let bounds: Vec<usize> = text.char_indices().map(|(at, _)| at).chain([text.len()]).collect();
            let pos = bounds[cut % bounds.len()];
            let floor = bounds[floor_cut % bounds.len()].min(pos);
            let outline = Outline::read(&text);
            // clause_start, as a char scan.
            let region = &text[floor..pos];
            let mut expected = pos;
            for (at, c) in region.char_indices().rev().take(REACH) {
                if is_clause_end(c) && !(c == '\n' && outline.is_soft_break(floor + at)) {
                    expected = floor + at + c.len_utf8();
                    break;
                }
                expected = floor + at;
            }
            prop_assert_eq!(clause_start(&text, pos, floor, &outline), expected);
            // last_sentence_end, as a char scan.
            let before = &text[..pos];
            let expected = before.char_indices().rev().find(|&(_, c)| is_sentence_end(c)).map(|(at, c)| at + c.len_utf8());
            prop_assert_eq!(last_sentence_end(before), expected);
        }
    }

    #[test]
    fn year_at_end_reads_the_year_before_a_figure() {
        assert_eq!(year_at_end("由2022年的"), Some(("2022", "由".len())));
        assert_eq!(year_at_end("提升到二〇二五年底"), Some(("二〇二五", "提升到".len())));
        assert_eq!(year_at_end("到２０２７年"), Some(("２０２７", "到".len())));
        assert_eq!(year_at_end("近3年的"), None);
        assert_eq!(year_at_end("在3012年"), None);
        assert_eq!(year_at_end("年"), None);
    }

    #[test]
    fn leading_year_phrases() {
        assert_eq!(leading_year_phrase("2024年全市"), Some("2024年".len()));
        assert_eq!(leading_year_phrase("截止到2025年底的全省"), Some("截止到2025年底的".len()));
        assert_eq!(leading_year_phrase("到二〇二七年以来"), Some("到二〇二七年以来".len()));
        assert_eq!(leading_year_phrase("到2027"), None);
        assert_eq!(leading_year_phrase("3024年"), None);
        assert_eq!(leading_year_phrase("全年"), None);
    }

    #[test]
    fn last_year_is_the_rightmost_year() {
        assert_eq!(last_year("到2027年全省"), Some("2027"));
        assert_eq!(last_year("2020年至2021年底"), Some("2021"));
        assert_eq!(last_year("12020年比上年"), Some("2020"));
        assert_eq!(last_year("二〇二五年年底前全年"), Some("二〇二五"));
        assert_eq!(last_year("全年比上年"), None);
    }

    #[test]
    fn clause_start_stops_after_each_clause_end() {
        let outline = Outline::read("");
        for end in ["，", ",", "；", ";", "。", "：", ":", "！", "？", "!", "?", "\n", "\r"] {
            let text = format!("上年{end}全年增长5%");
            let pos = text.find('5').unwrap_or_default();
            assert_eq!(clause_start(&text, pos, 0, &outline), "上年".len() + end.len(), "{end}");
        }
        assert_eq!(clause_start("、全年增长5%", "、全年增长".len(), 0, &outline), 0);
        assert_eq!(clause_start("上年，全年增长", "上年，全年增长".len(), "上年，全".len(), &outline), "上年，全".len());
    }

    #[test]
    fn last_sentence_end_reads_bytes_of_wide_and_narrow_ends() {
        assert_eq!(last_sentence_end("增长5%。力争"), Some("增长5%。".len()));
        assert_eq!(last_sentence_end("是否？好!再"), Some("是否？好!".len()));
        assert_eq!(last_sentence_end("一行\n二行"), Some("一行\n".len()));
        // 肂 (e8 82 82) and 丁 (e4 b8 81) end in the bytes of 。 and ！.
        assert_eq!(last_sentence_end("肂丁𠂂"), None);
        assert_eq!(last_sentence_end(""), None);
    }
}
