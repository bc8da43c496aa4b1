//! Figures: a number, its magnitude, its unit and its bound, found in the text.
//!
//! The scanner jumps from one possible numeral start to the next, reads the
//! numeral with the grammar in [`numeral`], then what follows it
//! (`余`, a magnitude, a unit from the [`unit`](mod@crate::reading::unit) table, `以上`), and
//! finally looks at the context that makes a number no figure: a year, an
//! ordinal (`第二十四届`), a code (`20-2`, `5G`), a quoted name (`“十四五”`),
//! a category threshold (`亿元以上项目`), a slogan (`三篇大文章`).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;


use crate::reading::clause::{is_clause_end, starts_noun_ender, REACH};
use crate::lexicon::{LISTED_PLACE_WORDS, BODY_NOUNS, BOUNDS_AFTER, CATEGORY_NOUNS, LISTED_PLACE_NOUNS, ONE_COUNTED_AFTER, BOUNDS_BEFORE, BOUNDS_INSIDE, DURATION_BINDERS, GROUP_NOUNS, PLAN_NAMES, THRESHOLDS};
use crate::model::{Bound, Dimension, Figure, Measure, Si};
use crate::reading::numeral::{self, arabic_digit, Numeral, Script};
use crate::span::Span;
use crate::reading::unit::{self, magnitude_at, unit_at, Unit};
use crate::words::{is_blank_char, is_han, BLANKS};
use crate::words::{CharSet, Prefixes, Suffixes};

/// Every figure that starts in `part` of `text`, in order, with the meaning
/// fields left empty.
pub(crate) fn find(text: &str, part: Range<usize>) -> Vec<Figure> {
    // Reports hold about a figure per 130 bytes: room for them up front
    // (up to a bound) spares copying the figures as the vector grows.
    let mut figures = Vec::with_capacity((part.len() / 128).min(1 << 16));
    let mut pos = part.start;
    while let Some(start) = next_start(text, pos, part.end) {
        pos = read_at(text, start, &mut figures);
    }
    mark_neighbours(text, &mut figures);
    figures
}

/// The figure spans (in text order, not overlapping) read with a cursor:
/// the regions asked about move forward through the text, so the spans in
/// each are found by stepping from the last, not by searching them all.
pub(crate) struct Near<'s> {
    pub spans: &'s [Span],
    /// The first span that ends after the last region's start.
    first: usize,
}

impl<'s> Near<'s> {
    pub(crate) fn new(spans: &'s [Span]) -> Near<'s> {
        Near { spans, first: 0 }
    }

    /// The indices of the spans that overlap `from..to`.
    pub(crate) fn overlapping(&mut self, from: usize, to: usize) -> Range<usize> {
        while self.first > 0 && self.spans[self.first - 1].end > from {
            self.first -= 1;
        }
        while self.spans.get(self.first).is_some_and(|s| s.end <= from) {
            self.first += 1;
        }
        let len = self.spans[self.first..].iter().take_while(|s| s.start < to).count();
        self.first..self.first + len
    }
}

/// Blank that text extraction leaves inside a figure (`3.5 万人`, `88\n个`).
fn is_space(c: char) -> bool {
    is_blank_char(c)
}

/// `pos` moved past at most four whitespace chars.
fn skip_space(text: &str, pos: usize) -> usize {
    let mut end = pos;
    for c in text[pos..].chars().take(4) {
        if !is_space(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}


/// Chars that begin a Chinese numeral.
const CN_NUMERAL_STARTS: &str = "零〇一二三四五六七八九两兩十廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾";

static CN_NUMERAL_START_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(CN_NUMERAL_STARTS.chars()));

fn is_cn_numeral_start(c: char) -> bool {
    CN_NUMERAL_START_SET.contains(c)
}

/// 百千万亿: the units of a Chinese numeral that a figure may not end in.
fn is_power(c: char) -> bool {
    matches!(c, '百' | '千' | '万' | '亿' | '萬' | '億')
}

/// 兆京垓…: units of numerals larger than the grammar reads (`五兆六十二亿`);
/// a number right after one is the tail of such a numeral.
fn is_large_power(c: char) -> bool {
    matches!(c, '兆' | '京' | '垓' | '秭' | '穰' | '沟' | '溝' | '涧' | '澗' | '载' | '載' | '极' | '極')
}

/// Chars where a numeral may start: digits, Chinese numerals, and the first
/// chars of `百分之` and round numbers (`数百`, `近百`, `千亿`, `万亿`).
static NUMERAL_STARTS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new("0123456789０１２３４５６７８９百千万萬数几上近超逾".chars().chain(CN_NUMERAL_STARTS.chars()))
});

/// The first offset in `pos..end` where a numeral may start: a digit, a
/// Chinese numeral, `百分之`, or a round number (`数百`, `近百`).
fn next_start(text: &str, pos: usize, end: usize) -> Option<usize> {
    let mut at = pos;
    loop {
        at = NUMERAL_STARTS.find(text, at, end)?;
        let mut chars = text[at..].chars();
        let c = chars.next()?;
        let after = chars.as_str();
        let starts = match c {
            // 百分之五, and round amounts: 千亿元, 百万千瓦, 万亿元.
            '百' | '千' => after.starts_with("分之") || after.starts_with(['万', '亿', '萬', '億']),
            '万' | '萬' => after.starts_with(['亿', '億']),
            '数' | '几' | '上' | '近' | '超' | '逾' => after.starts_with(['十', '百', '千', '万', '亿']),
            _ => true,
        };
        if starts {
            return Some(at);
        }
        at += c.len_utf8();
    }
}

/// Chars that, before `数` or `上`, make it part of a word (`人数`, `线上`).
const ROUND_PREFIX_WORDS: &str = "人总次户指件个家系基倍多少参分无岁级位函变常读点天以线网海马向之往地楼身手路会台";

/// Chars that may follow the first char of a Chinese numeral in a figure:
/// the rest of the numeral (`三十`, `三分之一`, `十几`, `三点五`), space, and
/// the first chars of units, magnitudes, inner bounds and range links, and
/// the places a listed count counts.
static CN_NUMERAL_FOLLOWERS: LazyLock<CharSet> = LazyLock::new(|| {
    let numeral = CN_NUMERAL_STARTS.chars().chain("拾百佰千仟万萬亿億分几点點".chars());
    let space = BLANKS;
    let words = BOUNDS_INSIDE.iter().map(|&(word, _)| word).chain(RANGE_LINKS.iter().copied());
    let places = LISTED_PLACE_NOUNS.chars();
    CharSet::new(numeral.chain(space).chain(unit::first_chars()).chain(places).chain(words.filter_map(|word| word.chars().next())))
});

/// Whether the Chinese numeral char `c` at `start` stands alone, followed
/// by nothing a figure could go on with (`一些`, `统一`, `三农`): most
/// Chinese numeral chars in a report are such, and need no parsing.
fn stands_alone(text: &str, start: usize, c: char) -> bool {
    is_cn_numeral_start(c) && text[start + c.len_utf8()..].chars().next().is_none_or(|next| !CN_NUMERAL_FOLLOWERS.contains(next))
}

/// Tries a figure at `start`; pushes what it finds and returns where to go on.
fn read_at(text: &str, start: usize, figures: &mut Vec<Figure>) -> usize {
    let first = text[start..].chars().next();
    let first_len = first.map_or(1, char::len_utf8);
    if first.is_some_and(|c| stands_alone(text, start, c)) {
        return start + first_len;
    }
    let Ok((rest, numeral)) = numeral::number(&text[start..]) else {
        // A run of digits too long to be a number is skipped whole, once.
        let run = text[start..].find(|c: char| arabic_digit(c).is_none() && !matches!(c, '.' | ',' | '．'));
        return start + run.unwrap_or(text.len() - start).max(first_len);
    };
    let num_end = text.len() - rest.len();
    let before = &text[..start];
    let prev = before.chars().next_back();
    // 5元-6元: a dash right after a figure links a range, it is no sign.
    let after_figure = figures.last().is_some_and(|f| prev.is_some_and(|c| f.span.end + c.len_utf8() == start));
    if numeral.digit_string || is_ordinal_or_part_of_code(before, numeral.script) || goes_on_unread(&text[num_end..], numeral.script) {
        return num_end;
    }
    // 百分之四十二點三 read as far as 四十二: a numeral the grammar could not
    // finish is no figure, never a wrong one.
    if numeral.script == Script::Chinese && is_unfinished(&numeral, &text[num_end..]) {
        return num_end;
    }
    if numeral.percent {
        if let Some(end) = read_range(text, start, num_end, &numeral, figures) {
            return end; // 百分之八至九
        }
    }
    if numeral.approx.is_some()
        && text[start..].starts_with(['数', '上'])
        && prev.is_some_and(|c| ROUND_PREFIX_WORDS.contains(c))
    {
        return start + first_len;
    }
    let after = &text[num_end..];
    if starts_code_tail(after, numeral.script) {
        if let Some(end) = read_range(text, start, num_end, &numeral, figures) {
            return end;
        }
        return num_end;
    }
    let Some(tail) = read_tail(text, num_end, &numeral).or_else(|| listed_count(text, start, num_end, &numeral)) else {
        if let Some(end) = read_range(text, start, num_end, &numeral, figures) {
            return end;
        }
        return num_end;
    };
    match build(text, start, num_end, &numeral, &tail, after_figure) {
        Some(figure) => {
            let end = figure.span.end;
            figures.push(figure);
            end
        }
        None => num_end.max(start + first_len),
    }
}

/// Whether the text after a Chinese numeral still reads as numeral: the
/// grammar stopped where the writer did not (`四十二點三` in an unknown form).
fn is_unfinished(numeral: &Numeral, after: &str) -> bool {
    if unit_at(after).is_some() {
        return false; // 一百二十亿千瓦时
    }
    after.chars().next().is_some_and(|c| {
        is_cn_numeral_start(c) || matches!(c, '点' | '點') || (!numeral.point && is_power(c))
    })
}

/// An ordinal (`第二`), a top-N (`前三`), or a number inside a code or name
/// (`G20`, `PM2.5`, the `2` of `20-2`).
fn is_ordinal_or_part_of_code(before: &str, script: Script) -> bool {
    let mut back = before.chars().rev();
    let is_numeral_char = |c: char| is_cn_numeral_start(c) || is_power(c) || arabic_digit(c).is_some() || matches!(c, '点' | '點');
    if after_fraction_mark(before) {
        return true;
    }
    match back.next() {
        // 一百万又五十万分之二十五, 3又一千分之23: the rest of a mixed number.
        Some('又') => back.next().is_some_and(is_numeral_char),
        // 一百 五 十 二, 7万 5千: a numeral written with spaces inside.
        Some(c) if is_space(c) => back.find(|&c| !is_space(c)).is_some_and(is_numeral_char),
        // 五兆六十二亿: the tail of a numeral above the grammar's units.
        Some(c) if is_large_power(c) => true,
        // 五分三十秒, 一個小時三十分鐘: the rest of a time in several units.
        Some('分' | '时' | '時') => back.next().is_some_and(|c| is_numeral_char(c) || c == '小'),
        // 第二, 前三, 十二届十次: ordinals; 附件2: an attachment's number.
        Some('第' | '前' | '届') => true,
        Some('件') => before.ends_with("附件"),
        // 第一、二轮: the next ordinal of a list.
        Some('、') => {
            let mut list = back.skip_while(|&c| is_cn_numeral_start(c) || arabic_digit(c).is_some()).peekable();
            list.peek() == Some(&'第') && before.chars().rev().nth(1).is_some_and(|c| is_cn_numeral_start(c) || arabic_digit(c).is_some())
        }
        // 八點五, 一百点123: the digits after a point belong to the number before it.
        Some('点' | '點') => back.next().is_some_and(|c| is_cn_numeral_start(c) || is_power(c) || arabic_digit(c).is_some()),
        // 十四五, 1万600, 二百亿零四千230: the rest of a numeral the grammar
        // stopped in, or of a mixed one it does not read.
        Some(c) if is_cn_numeral_start(c) || is_power(c) => true,
        // 82，225.00: a comma between digits may be a thousands separator.
        Some(',' | '，') => script == Script::Arabic && back.next().and_then(arabic_digit).is_some(),
        Some(c) if c.is_ascii_alphanumeric() || c == '_' => true,
        Some('.' | '．') => script == Script::Arabic,
        // 2×60万千瓦: a capacity per unit, after the count of units.
        Some('×') => false,
        Some('-' | '－' | '+' | '＋' | '/' | '／' | '*' | '#' | '@') => {
            // -1.1^--23: signs in a row after an exponent mark.
            let mut back = back.skip_while(|&c| matches!(c, '-' | '－' | '+' | '＋'));
            back.next().is_some_and(|c| c.is_ascii_alphanumeric() || arabic_digit(c).is_some() || c == '^')
        }
        // 2^5: an exponent.
        Some('^') => true,
        _ => false,
    }
}

/// Whether `before` ends with the `分之` of a fraction, spaces and a sign
/// aside (`4分之3`, `３ 分  之 一百五十七`, `百分之负六十五`): what follows
/// is the numerator of a fraction the grammar did not read.
fn after_fraction_mark(before: &str) -> bool {
    // Most numerals follow none of these chars: one char is read for them.
    if !before.chars().next_back().is_some_and(|c| is_space(c) || matches!(c, '之' | '负' | '負' | '-' | '－')) {
        return false;
    }
    let rest = before.trim_end_matches(is_space).trim_end_matches(['负', '負', '-', '－']).trim_end_matches(is_space);
    rest.strip_suffix('之').is_some_and(|rest| rest.trim_end_matches(is_space).ends_with('分'))
}

/// Whether the text right after a numeral goes on with more of it in a
/// form the grammar does not read, so that reading the numeral alone would
/// be a wrong number: a space and more numeral (`百分之五 十`, `一 点五`),
/// a Latin or full-width magnitude (`15Ｋ`), three digits after a
/// full-width comma (`９，９９９`).
fn goes_on_unread(after: &str, script: Script) -> bool {
    // (After Arabic digits a space before a magnitude is a PDF wrap: 3.5 万人.)
    let trimmed = after.trim_start_matches(is_space);
    let spaced = trimmed.len() < after.len()
        && trimmed.chars().next().is_some_and(|c| {
            is_cn_numeral_start(c) || (script == Script::Chinese && is_power(c)) || matches!(c, '点' | '點')
        });
    let mut chars = after.chars();
    let first = chars.next();
    let wide_letter = first.is_some_and(|c| ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c));
    let thousands = first == Some('，') && {
        let digits = chars.clone().take_while(|&c| arabic_digit(c).is_some()).count();
        digits == 3 && chars.nth(3).is_none_or(|c| arabic_digit(c).is_none())
    };
    spaced || wide_letter || thousands
}

/// Whether `after` (the text right after a numeral) continues a code:
/// `-2`, `+8`, `G`, `.1` (`2.5.1`); a Latin unit symbol of the table
/// (`4800PF`, `3GW`) does not.
fn starts_code_tail(after: &str, script: Script) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() => script == Script::Arabic && unit_at(after).is_none(),
        Some('-' | '－' | '+' | '＋' | '/' | '／' | '×' | '*' | '.' | '．' | '_' | '~' | '～' | '—' | '–') => {
            chars.next().is_some_and(|c| c.is_ascii_alphanumeric() || arabic_digit(c).is_some())
        }
        _ => false,
    }
}

/// What follows a numeral: an inner bound, a magnitude, a unit, a trailing bound.
struct Tail {
    /// Power of ten of the magnitude (`万` → 4).
    scale: i32,
    unit: &'static Unit,
    /// `元/吨`: a unit per unit, reported as written.
    per: Option<&'static Unit>,
    /// Bound from `余`/`多` between number and unit.
    inside: Option<Bound>,
    /// Bound from `以上`, `左右`, … after the unit, and where it ends.
    after: Option<(Bound, usize)>,
    /// End of the unit.
    unit_end: usize,
    /// `100万新就业群体`: a count without a classifier, of the group whose
    /// noun starts where the unit would and ends at `unit_end`.
    group: Option<usize>,
}

/// The unit of a count of a group without a classifier (`1.77亿农民`):
/// reported with the group's noun as its name.
static GROUP_UNIT: Unit = Unit {
    word: "",
    name: "",
    dimension: Dimension::Count,
    base: None,
    factor: 1.0,
    not_before: "",
    after_word: None,
    measured_only: false,
    names_no_figure: false,
};

/// The unit of a ratio of three or more parts (`20:50:30`): reported as the
/// parts after the first, as written.
static RATIO_UNIT: Unit = Unit { dimension: Dimension::Other, ..GROUP_UNIT };

/// Where the other parts of a ratio end that `pos` opens (`:50:30` of
/// `20:50:30`): at least two more parts, each a colon and digits.
fn ratio_parts_end(text: &str, pos: usize) -> Option<usize> {
    let mut end = pos;
    let mut parts = 0;
    while let Some(rest) = text[end..].strip_prefix([':', '：', '∶']) {
        let digits: usize = rest.chars().take_while(|&c| arabic_digit(c).is_some() || c == '.').map(char::len_utf8).sum();
        if digits == 0 {
            break;
        }
        end = text.len() - rest.len() + digits;
        parts += 1;
    }
    (parts >= 2).then_some(end)
}

static GROUP_NOUN_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(GROUP_NOUNS.iter().map(|&w| (w, ()))));

/// Where the noun of people ends that a count stands before without a
/// classifier (`新就业群体` in `100万新就业群体`): at most six Han chars
/// from `pos`, the longest run ending in one of the [`GROUP_NOUNS`].
fn group_noun_end(text: &str, pos: usize) -> Option<usize> {
    let mut noun_end = None;
    let mut end = pos;
    for c in text[pos..].chars().take(6) {
        if !is_han(c) || (end > pos && starts_noun_ender(&text[end..])) {
            break;
        }
        end += c.len_utf8();
        if GROUP_NOUN_ENDS.longest(&text[pos..end]).is_some() {
            noun_end = Some(end);
        }
    }
    noun_end
}

/// The tail of a count of places named in a list beside it, with the
/// place noun as its unit (`广东、福建两省`, `南昌、赣江新区、九江三地`,
/// `四乡（望亭、孙村、何桥、石桥）`): a small Chinese numeral, one of the
/// [`LISTED_PLACE_NOUNS`], and as many items listed right before it (in
/// its clause) or in brackets right after it. Without the list the count
/// names a group (`沿海六市`) and is no figure.
fn listed_count(text: &str, start: usize, num_end: usize, numeral: &Numeral) -> Option<Tail> {
    if numeral.script != Script::Chinese || numeral.point || numeral.percent || numeral.approx.is_some() {
        return None;
    }
    let noun = text[num_end..].chars().next().filter(|&c| LISTED_PLACE_NOUNS.contains(c))?;
    let count = numeral.value.to_f64().filter(|v| (2.0..=10.0).contains(v))? as usize;
    let unit_end = num_end + noun.len_utf8();
    // 三区域, 两市场: the noun begins a longer word.
    if LISTED_PLACE_WORDS.iter().any(|w| text[num_end..].starts_with(w)) {
        return None;
    }
    // Each item a name of up to six chars; the first may carry its
    // clause's verb (支持西宁).
    let listed = |list: &str, first_any: bool| {
        let mut items = list.split('、');
        let first = items.next().unwrap_or_default();
        let rest: Vec<&str> = items.collect();
        let fits = |item: &&str| (1..=6).contains(&item.chars().count());
        (first_any && !first.is_empty() || fits(&first)) && rest.iter().all(fits) && rest.len() + 1 == count
    };
    // (Read back at most a clause's reach: a text without punctuation is
    // not read back to its start for every count.)
    let mut clause_start = start;
    for (at, c) in text[..start].char_indices().rev().take(REACH) {
        if is_clause_end(c) || matches!(c, '（' | '）' | '(' | ')' | '“' | '”') {
            break;
        }
        clause_start = at;
    }
    let listed_before = listed(&text[clause_start..start], true);
    let listed_after = || {
        let inner = text[unit_end..].strip_prefix(['（', '('])?;
        let close = inner.char_indices().take(60).find(|&(_, c)| matches!(c, '）' | ')'))?.0;
        listed(&inner[..close], false).then_some(())
    };
    if !listed_before && listed_after().is_none() {
        return None;
    }
    Some(Tail { scale: 0, unit: &GROUP_UNIT, per: None, inside: None, after: None, unit_end, group: Some(num_end) })
}

/// Whether `figure` is a count of listed places (see [`listed_count`]):
/// it points at the places named and sets no goal. Told by its unit, one
/// of the [`LISTED_PLACE_NOUNS`] taken from the text: the unit table holds
/// none of them (a table unit is borrowed, not owned).
pub(crate) fn counts_listed_places(figure: &Figure) -> bool {
    let mut unit = figure.unit.chars();
    matches!(figure.unit, Cow::Owned(_)) && unit.next().is_some_and(|c| LISTED_PLACE_NOUNS.contains(c)) && unit.next().is_none()
}

/// The unit used for `百分之五十`, which names no unit of its own.
fn percent_unit() -> &'static Unit {
    unit_at("%").unwrap_or_else(|| unreachable!("% is in the unit table"))
}

static BOUND_INSIDE_STARTS: LazyLock<Prefixes<Bound>> = LazyLock::new(|| Prefixes::new(BOUNDS_INSIDE.iter().copied()));
static BOUND_AFTER_STARTS: LazyLock<Prefixes<Bound>> = LazyLock::new(|| Prefixes::new(BOUNDS_AFTER.iter().copied()));
static RANGE_LINK_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(RANGE_LINKS.iter().map(|&link| (link, ()))));

/// The bound word of `table` that `text` starts with, and the text after it.
fn strip_word<'a>(text: &'a str, table: &Prefixes<Bound>) -> Option<(Bound, &'a str)> {
    table.longest(text).map(|(word, bound)| (bound, &text[word.len()..]))
}

/// The tail of `百分之五十`, which names no unit of its own.
fn percent_tail(text: &str, pos: usize) -> Tail {
    let after = read_after_bound(text, pos);
    Tail { scale: 0, unit: percent_unit(), per: None, inside: None, after, unit_end: pos, group: None }
}

/// Reads inner bound, magnitude and unit after the numeral ending at `pos`.
fn read_tail(text: &str, pos: usize, numeral: &Numeral) -> Option<Tail> {
    if numeral.percent {
        return Some(percent_tail(text, pos));
    }
    let mut p = skip_space(text, pos);
    let mut inside = None;
    let mut scale = 0;
    let take_inside = |p: &mut usize, inside: &mut Option<Bound>| {
        if let Some((bound, rest)) = strip_word(&text[*p..], &BOUND_INSIDE_STARTS) {
            *inside = Some(bound);
            *p = skip_space(text, text.len() - rest.len());
        }
    };
    take_inside(&mut p, &mut inside);
    let mut unit = unit_at(&text[p..]);
    // A magnitude may follow an Arabic number (1.3万), a Chinese decimal
    // (一点五万) or 余 (十余万); a Chinese integer has taken its own.
    let magnitude_allowed = numeral.script == Script::Arabic || numeral.point || inside.is_some();
    if unit.is_none() && magnitude_allowed {
        // 3千万亿: magnitudes in a row multiply, up to a unit (千瓦 is one).
        while unit.is_none() {
            let Some((len, power)) = magnitude_at(&text[p..]) else { break };
            scale += power;
            p = skip_space(text, p + len);
            unit = unit_at(&text[p..]);
        }
        if scale > 0 && inside.is_none() {
            let before = p;
            take_inside(&mut p, &mut inside); // 3万余人
            if p != before {
                unit = unit_at(&text[p..]);
            }
        }
    }
    let Some(unit) = unit else {
        // 20:50:30: the other parts of a ratio are its unit, as written.
        if let Some(end) = ratio_parts_end(text, p).filter(|_| scale == 0 && inside.is_none()) {
            return Some(Tail { scale, unit: &RATIO_UNIT, per: None, inside, after: None, unit_end: end, group: Some(p) });
        }
        // 100万新就业群体, 1.77亿农民: a count of people without a classifier.
        let end = group_noun_end(text, p).filter(|_| scale > 0)?;
        let after = read_after_bound(text, end);
        return Some(Tail { scale, unit: &GROUP_UNIT, per: None, inside, after, unit_end: end, group: Some(p) });
    };
    let mut unit_end = p + unit.word.len();
    let mut per = None;
    if let Some(rest) = text[unit_end..].strip_prefix(['/', '／']) {
        if let Some(second) = unit_at(rest) {
            per = Some(second);
            unit_end = text.len() - rest.len() + second.word.len();
        }
    }
    let after = read_after_bound(text, unit_end).or_else(|| {
        // 两年多, 十年余, 1倍多: over, when nothing more follows in the phrase.
        let measured = matches!(unit.dimension, Dimension::Duration | Dimension::Multiple);
        let rest = text[unit_end..].strip_prefix(['多', '余']).filter(|_| measured)?;
        let phrase_ends = rest.chars().next().is_none_or(|c| !is_han(c) || matches!(c, '的' | '来' | '时' | '间' | '中' | '后' | '前' | '里' | '内'));
        phrase_ends.then(|| (Bound::Over, text.len() - rest.len()))
    });
    Some(Tail { scale, unit, per, inside, after, unit_end, group: None })
}

/// A trailing bound word right after `pos`, with where it ends.
fn read_after_bound(text: &str, pos: usize) -> Option<(Bound, usize)> {
    let (bound, rest) = strip_word(&text[pos..], &BOUND_AFTER_STARTS)?;
    let end = text.len() - rest.len();
    // 上下游 and the like: 上下 only bounds a figure at the end of a phrase.
    if text[pos..].starts_with("上下") && rest.chars().next().is_some_and(is_han) {
        return None;
    }
    Some((bound, end))
}

static BOUND_BEFORE_ENDS: LazyLock<Suffixes<Bound>> = LazyLock::new(|| Suffixes::new(BOUNDS_BEFORE.iter().copied()));

/// The qualifier before `start` (`超过`, `约`, `近`), with where it begins.
fn read_before_bound(text: &str, start: usize) -> Option<(Bound, usize)> {
    // 超过了百分之零点九: the aspect mark stays inside the figure's text.
    let before = text[..start].strip_suffix('了').unwrap_or(&text[..start]);
    let (word, bound) = BOUND_BEFORE_ENDS.longest(before)?;
    let begin = before.len() - word.len();
    let prev = text[..begin].chars().next_back();
    // 最近, 赶超, 附近: the qualifier is part of another word.
    if prev.is_some_and(|c| matches!(c, '最' | '赶' | '附' | '临' | '靠')) {
        return None;
    }
    Some((bound, begin))
}

/// Makes the figure, or `None` when its context says it is no figure.
fn build(text: &str, start: usize, num_end: usize, numeral: &Numeral, tail: &Tail, after_figure: bool) -> Option<Figure> {
    let unit = tail.unit;
    let numeral_text = &text[start..num_end];
    let after_unit = tail.after.map_or(tail.unit_end, |(_, end)| end);
    let next = text[after_unit..].chars().next();
    // 2025年 is a year; 长达2600年 is none.
    let is_year = numeral.script == Script::Arabic
        && !numeral.point
        && tail.scale == 0
        && numeral_text.chars().count() == 4
        && numeral.value.to_f64().is_some_and(|v| (1000.0..=2100.0).contains(&v))
        && unit.word == "年";
    // 一批, 零容忍: a bare 一 or 零 is an article or a slogan, not a figure;
    // but 翻一番 doubles, and a thing built or added is counted (建成一座,
    // 创建一条).
    let counted_one = numeral_text == "一"
        && (unit.word == "番"
            || unit.dimension == Dimension::Count && !matches!(unit.word, "批" | "些") && ONE_COUNTED_AFTER.iter().any(|w| text[..start].ends_with(w)));
    let bare_one = numeral.script == Script::Chinese && matches!(numeral_text, "一" | "壹" | "零" | "〇") && tail.scale == 0 && !counted_one;
    // 两个万亿元台阶, 0.6人/百亿元: a round amount counted or divided by is a
    // step or a scale, not a figure.
    let counted_round = numeral_text.starts_with(numeral::ROUND_AMOUNT_STARTS)
        && !numeral.percent
        && text[..start].ends_with(['个', '/', '／']);
    if is_year || bare_one || counted_round || unit.names_no_figure || text[tail.unit_end..].starts_with('级') {
        return None;
    }
    // 2个1类创新药: a class after a count is a grade, not a figure.
    if unit.word == "类" && ends_with_count(&text[..start]) {
        return None;
    }
    // 五年来, 五年新设…, 十年禁渔: the span a review or plan covers is no
    // figure; a span something lasts is one (连续两年, 长达2600年, 创20年新高).
    // (五年多来, 二十多年来: more than a span, up to now, is one too.)
    let since = tail.after.is_none_or(|(bound, end)| bound == Bound::Over && text[..end].ends_with(['多', '余']) && text[end..].starts_with('来'));
    let inside_since = tail.inside.is_none() || text[tail.unit_end..].starts_with('来'); // 二十多年来
    if unit.word == "年" && tail.scale == 0 && since && inside_since && !numeral.point {
        let bound_before = read_before_bound(text, start).is_some_and(|(_, begin)| !text[begin..start].ends_with('近'));
        if !bound_before && DURATION_BINDER_ENDS.longest(&text[..start]).is_none() {
            return None;
        }
    }
    if unit.measured_only && numeral.script == Script::Chinese && tail.scale == 0 {
        return None;
    }
    if let Some(word) = unit.after_word {
        let from = text[..start].char_indices().rev().nth(11).map_or(0, |(at, _)| at);
        if !text[from..start].contains(word) {
            return None;
        }
    }
    if unit.spans_time() && PLAN_NAMES.iter().any(|w| text[after_unit..].starts_with(w)) {
        return None;
    }
    // 亿元以上项目: a threshold that names a category. A share is no
    // category: 95%以上的行政村, 保持20%以上增长 are figures.
    let after_unit_text = &text[tail.unit_end..];
    let threshold = !matches!(unit.dimension, Dimension::Percent | Dimension::Count)
        && after_unit_text.starts_with(['以', '及'])
        && THRESHOLDS.iter().any(|w| after_unit_text.starts_with(w));
    if threshold && next.is_some_and(is_han) {
        return None;
    }
    // 三篇大文章, 八项规定: a small Chinese count before a noun is a
    // slogan, unless the noun is a place or a body (两个社区, 三所学校).
    if numeral.script == Script::Chinese
        && unit.dimension == Dimension::Count
        && tail.scale == 0
        && tail.group.is_none()
        && numeral.value.to_f64().is_some_and(|v| v < 10.0)
        && next.is_some_and(is_han)
        && !starts_noun_ender(&text[after_unit..])
        && !counts_a_body(&text[after_unit..])
        && !counts_a_body(unit.word)
        && !ONE_COUNTED_AFTER.iter().any(|w| text[..start].ends_with(w))
    {
        return None;
    }
    let leading = if numeral.approx.is_none() { read_before_bound(text, start) } else { None };
    // 超10亿元项目, 过亿元农业龙头企业, 百亿元园区: a sum over which, or a
    // round sum of which, names a category of firm or project (30亿元国债资金
    // is a figure).
    let round = numeral_text.chars().all(|c| matches!(c, '百' | '千' | '万' | '亿' | '十'));
    let over = numeral.approx == Some(Bound::Over) || leading.is_some_and(|(bound, begin)| bound == Bound::Over && !text[begin..start].starts_with('以'));
    let category = || {
        let noun: usize = text[after_unit..].chars().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum();
        let noun = &text[after_unit..after_unit + noun];
        let noun_after_de = noun.strip_prefix('的').unwrap_or(noun);
        CATEGORY_NOUNS.iter().any(|w| noun_after_de.starts_with(w) || noun.ends_with(w))
    };
    if unit.dimension == Dimension::Money && (over || round) && category() {
        return None;
    }
    // 近三年 is a time frame, not a bound (不到三年 is one).
    let leading = leading.filter(|&(_, begin)| !(unit.spans_time() && text[begin..start].ends_with("近")));
    let sign = minus_before(text, start).filter(|_| leading.is_none() && !after_figure);
    let span_start = sign.or(leading.map(|(_, begin)| begin)).unwrap_or(start);
    // “40条”: articles in quotes name a policy.
    let quoted_articles = unit.word == "条" && text[..span_start].ends_with('“') && text[after_unit..].starts_with('”');
    if quoted_articles || in_quoted_name(text, span_start, after_unit) {
        return None;
    }
    let bound = [leading.map(|(b, _)| b), numeral.approx, tail.inside, tail.after.map(|(b, _)| b)]
        .into_iter()
        .flatten()
        .next()
        .unwrap_or(Bound::Exact);
    let mut value = numeral.value.scaled(tail.scale)?.to_f64()?;
    // 一亿一千多万: the magnitude after 多 scales what is below 亿.
    let scaled_after_more = numeral.script == Script::Chinese && !numeral.point && tail.inside.is_some() && tail.scale > 0;
    let split = scaled_after_more.then(|| numeral::split_at_big_unit(numeral_text)).flatten().filter(|&(_, _, power)| tail.scale < power);
    if let Some((high, low, _)) = split {
        // 一亿一多万: a whole (一亿一, 110 million) its parts do not make
        // is read no way that is sure; it is skipped, not misread.
        if numeral.value.to_f64()? != (high + low) as f64 {
            return None;
        }
        value = high as f64 + low as f64 * 10f64.powi(tail.scale);
    }
    let mut end = after_unit;
    if unit.name == "元" && tail.after.is_none() && tail.per.is_none() {
        if let Some((with_change, change_end)) = jiao_fen(text, tail.unit_end, value) {
            (value, end) = (with_change, change_end);
        }
    }
    let after_unit_text = &text[end..];
    // 三米九, 3斤5两, 两美元又三美分: a measure that goes on in a spoken form
    // the grammar does not read; the part read alone would be wrong.
    if tail.after.is_none() && (spoken_remainder(after_unit_text) || after_unit_text.starts_with('又')) {
        return None;
    }
    // 三斤半, 一年半: and a half.
    let measured = !matches!(unit.dimension, Dimension::Count | Dimension::Percent | Dimension::PercentagePoint | Dimension::Money);
    if measured && tail.scale == 0 && tail.after.is_none() && tail.per.is_none() && tail.group.is_none() {
        if let Some(rest) = after_unit_text.strip_prefix('半').filter(|rest| !rest.starts_with(['年', '月', '天', '日', '小', '个', '岛', '导'])) {
            value += 0.5;
            end = text.len() - rest.len();
        }
    }
    if sign.is_some() {
        value = -value;
    }
    let mut figure = make_figure(text, Span::new(text, span_start, end), value, unit, tail.per, bound);
    if let Some(noun_start) = tail.group {
        // 每10万人口: a rate's denominator, not a count.
        if text[..span_start].ends_with('每') {
            return None;
        }
        figure.unit = Cow::Owned(text[noun_start..tail.unit_end].to_string());
    }
    Some(figure)
}

/// Whether `before` ends with a count: a digit and a classifier (`2个`).
fn ends_with_count(before: &str) -> bool {
    let mut back = before.chars().rev();
    back.next().is_some_and(|c| matches!(c, '个' | '家' | '项' | '种' | '款' | '所')) && back.next().is_some_and(|c| arabic_digit(c).is_some() || is_cn_numeral_start(c))
}

static BODY_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(BODY_NOUNS.iter().map(|&w| (w, ()))));

/// Whether the noun after a count (its Han chars, up to six and up to a
/// numeral) ends in a place or a body (`社区`, `三所学校`, `国家控股公司`)
/// rather than a slogan's terms (`两个毫不动摇`, `两个市场`).
fn counts_a_body(after: &str) -> bool {
    let end = after
        .char_indices()
        .take(6)
        .find(|&(_, c)| !is_han(c) || is_cn_numeral_start(c))
        .map_or_else(|| after.char_indices().nth(6).map_or(after.len(), |(at, _)| at), |(at, _)| at);
    // (七个方面的工作: the noun ends at 的.)
    let noun = after[..end].split('的').next().unwrap_or_default();
    BODY_ENDS.longest(noun).is_some()
}

static DURATION_BINDER_ENDS: LazyLock<Suffixes<()>> =
    LazyLock::new(|| Suffixes::new(DURATION_BINDERS.iter().map(|&w| (w, ()))));

/// Whether the text after a measure is a remainder in a smaller unit, as
/// spoken: a bare numeral ending the phrase or before `两` (`三米九`,
/// `3斤5两`), or before a smaller unit of time (`两小时十分`,
/// `两年零三个月`).
fn spoken_remainder(after: &str) -> bool {
    let after = after.strip_prefix(['零', '又']).unwrap_or(after);
    let rest = after.trim_start_matches(|c: char| arabic_digit(c).is_some() || (is_cn_numeral_start(c) && c != '一'));
    let smaller_time = ["分", "秒", "个月", "個月", "天", "小时", "小時", "个小时", "個小時"].iter().any(|w| rest.starts_with(w));
    rest.len() < after.len()
        && (smaller_time || rest.chars().next().is_none_or(|c| is_clause_end(c) || matches!(c, '两' | '兩' | '。' | '、')))
}

/// Where a minus sign right before `start` begins: `-10.1万`, `负二`.
/// (A `-` after a digit or letter is a range or a code, handled before.)
fn minus_before(text: &str, start: usize) -> Option<usize> {
    // 负 1200000: a space may stand between the sign and the number (and
    // between a number and the dash of a range: 20 - 100).
    let start = text[..start].trim_end_matches([' ', '\u{3000}']).len();
    let mut back = text[..start].chars().rev();
    let c = back.next()?;
    let after_number = back
        .find(|&p| !matches!(p, ' ' | '\u{3000}'))
        .is_some_and(|p| p.is_ascii_alphanumeric() || arabic_digit(p).is_some() || is_cn_numeral_start(p) || matches!(p, '%' | '％'));
    // 减负5700亿元, 企业税负3500亿元: a burden of that much, not a negative figure.
    let fu_sign = matches!(c, '负' | '負') && !text[..start - c.len_utf8()].ends_with(['减', '税', '担', '抱', '胜', '正', '自', '重', '欠']);
    (fu_sign || (matches!(c, '-' | '－' | '−') && !after_number)).then(|| start - c.len_utf8())
}

/// `123元1角1分`: the value with its 角 and 分, and where they end.
fn jiao_fen(text: &str, pos: usize, yuan: f64) -> Option<(f64, usize)> {
    let mut cents = (yuan * 100.0).round();
    if cents >= 2f64.powi(53) {
        return None;
    }
    let mut end = pos;
    let mut any = false;
    for (word, per) in [("角", 10.0), ("毛", 10.0), ("分", 1.0)] {
        let Ok((rest, n)) = numeral::number(&text[end..]) else { continue };
        let digit = n.value.to_f64().filter(|d| d.fract() == 0.0 && (0.0..10.0).contains(d) && !n.percent);
        let (Some(digit), Some(after)) = (digit, rest.strip_prefix(word)) else { continue };
        cents += digit * per;
        end = text.len() - after.len();
        any = true;
    }
    any.then_some((cents / 100.0, end))
}

fn make_figure(text: &str, span: Span, value: f64, unit: &Unit, per: Option<&Unit>, bound: Bound) -> Figure {
    let (unit_name, dimension, si) = match per {
        Some(per) => (Cow::Owned(format!("{}/{}", unit.name, per.name)), Dimension::Other, None),
        None => {
            let si = unit.base.map(|base| Si { value: value * unit.factor, unit: Cow::Borrowed(base) });
            (Cow::Borrowed(unit.name), unit.dimension, si)
        }
    };
    Figure {
        text: text[span].to_string(),
        span,
        value,
        unit: unit_name,
        dimension,
        si,
        bound,
        indicator: None,
        measure: Measure::Level,
        direction: None,
        basis: None,
        target: false,
        period: None,
        concept: None,
        section: None,
    }
}

/// How far to look for the quote marks around a figure, in chars.
const QUOTE_REACH: usize = 24;

/// Whether `start..end` lies inside `“…”` or `《…》` that holds more than the
/// figure itself: `“十四五”`, `“两个毫不动摇”`, `《三餐四季》` are names, while
/// `“十三连涨”` is a figure in quotes.
fn in_quoted_name(text: &str, start: usize, end: usize) -> bool {
    let Some((open_at, open_char)) = last_mark_before(text, start) else {
        return false;
    };
    let close_char = match open_char {
        '“' => '”',
        '《' => '》',
        '「' => '」',
        _ => return false,
    };
    if open_char == '《' {
        return true;
    }
    let close = text[end..].char_indices().take(QUOTE_REACH).find(|&(_, c)| c == close_char || c == '\n' || c == '。');
    match close {
        Some((at, c)) if c == close_char => !(open_at + open_char.len_utf8() == start && at == 0),
        _ => false,
    }
}

/// The last quote mark, `。` or line end in the [`QUOTE_REACH`] chars
/// before `start`, with where it stands. This runs for every figure, so the
/// marks are searched in the bytes: each is `\n` or starts with `e2` or
/// `e3`, and [`QUOTE_REACH`] chars take at most four bytes each.
fn last_mark_before(text: &str, start: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let floor = start.saturating_sub(4 * QUOTE_REACH);
    let mut end = start;
    while let Some(found) = memchr::memrchr3(b'\n', 0xe2, 0xe3, &bytes[floor..end]) {
        let at = floor + found;
        end = at;
        let mark = match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            (b'\n', _, _) => '\n',
            (0xe2, Some(0x80), Some(0x9c)) => '“',
            (0xe2, Some(0x80), Some(0x9d)) => '”',
            (0xe3, Some(0x80), Some(0x8a)) => '《',
            (0xe3, Some(0x80), Some(0x8b)) => '》',
            (0xe3, Some(0x80), Some(0x8c)) => '「',
            (0xe3, Some(0x80), Some(0x8d)) => '」',
            (0xe3, Some(0x80), Some(0x82)) => '。',
            _ => continue,
        };
        let chars_back = bytes[at..start].iter().filter(|&&b| b & 0xc0 != 0x80).count();
        return (chars_back <= QUOTE_REACH).then_some((at, mark));
    }
    None
}

/// Range connectors: `4.5-5%`, `两到三万人`, `3至5年`.
const RANGE_LINKS: &[&str] = &["——", "-", "－", "—", "–", "~", "～", "至", "到"];

/// Reads `A-B unit` where A has no unit of its own: A takes B's unit (and
/// magnitude, when it has none) and becomes the lower bound, B the upper.
/// Returns where to go on, or `None` when this is no range.
fn read_range(text: &str, start: usize, num_end: usize, low: &Numeral, figures: &mut Vec<Figure>) -> Option<usize> {
    let (link, ()) = RANGE_LINK_STARTS.longest(&text[num_end..])?;
    let b_start = num_end + link.len();
    let (rest, high) = numeral::number(&text[b_start..]).ok()?;
    if high.digit_string || high.script != low.script || low.digit_string || high.approx.is_some() {
        return None;
    }
    if high.script == Script::Chinese && is_unfinished(&high, &text[text.len() - rest.len()..]) {
        return None;
    }
    let b_end = text.len() - rest.len();
    let tail = match read_tail(text, b_end, &high) {
        Some(tail) => tail,
        None if low.percent => percent_tail(text, b_end),
        None => return None,
    };
    let mut high_figure = build(text, b_start, b_end, &high, &tail, true)?;
    if high_figure.bound == Bound::Exact {
        high_figure.bound = Bound::Under;
    }
    let low_value = low.value.scaled(tail.scale)?.to_f64()?;
    let ascending = low_value < high_figure.value;
    if !ascending || (tail.unit.word == "年" && high_figure.value >= 1000.0) {
        return None;
    }
    let span = Span::new(text, start, num_end);
    let mut low_figure = make_figure(text, span, low_value, tail.unit, tail.per, Bound::Over);
    low_figure.text = text[span].to_string();
    figures.push(low_figure);
    let end = high_figure.span.end;
    figures.push(high_figure);
    Some(end)
}

/// Reads neighbours together: `4.5%—5%`, two figures joined by a range
/// connector, bound each other; in `12.7个、12个百分点` the first takes
/// the percentage points the list ends with (`个` is the measure word of
/// `个百分点`, not a count).
fn mark_neighbours(text: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (low, high) = (&figures[i - 1], &figures[i]);
        let between = &text[low.span.end..high.span.start];
        let joined = RANGE_LINKS.contains(&between) && low.unit == high.unit && low.value < high.value;
        let shares_points = matches!(between, "、" | "和" | "及")
            && low.unit == "个"
            && low.text.ends_with('个')
            && high.dimension == Dimension::PercentagePoint;
        if joined && low.bound == Bound::Exact && high.bound == Bound::Exact {
            figures[i - 1].bound = Bound::Over;
            figures[i].bound = Bound::Under;
        }
        if shares_points {
            let points = figures[i].unit.clone();
            let low = &mut figures[i - 1];
            (low.unit, low.dimension, low.si) = (points, Dimension::PercentagePoint, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{last_mark_before, Near, QUOTE_REACH};
    use crate::reading::clause::tests::tricky_text;
    use crate::span::Span;

    proptest! {
        #[test]
        fn quote_marks_found_in_bytes_as_in_chars(text in tricky_text(), cut in 0usize..400) {
            let bounds: Vec<usize> = text.char_indices().map(|(at, _)| at).chain([text.len()]).collect();
            let start = bounds[cut % bounds.len()];
            let expected = text[..start]
                .char_indices()
                .rev()
                .take(QUOTE_REACH)
                .find(|&(_, c)| matches!(c, '“' | '”' | '《' | '》' | '「' | '」' | '\n' | '。'));
            prop_assert_eq!(last_mark_before(&text, start), expected);
        }
    }

    #[test]
    fn near_gives_the_spans_overlapping_a_region_in_any_order() {
        let text = "a1b22c333d";
        let spans = [Span::new(text, 1, 2), Span::new(text, 3, 5), Span::new(text, 6, 9)];
        let mut near = Near::new(&spans);
        assert_eq!(near.overlapping(0, 1), 0..0);
        assert_eq!(near.overlapping(0, 4), 0..2);
        assert_eq!(near.overlapping(5, 10), 2..3);
        assert_eq!(near.overlapping(4, 5), 1..2);
        assert_eq!(near.overlapping(0, 10), 0..3);
        assert_eq!(near.overlapping(9, 10), 3..3);
    }
}
