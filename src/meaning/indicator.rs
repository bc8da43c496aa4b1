//! Meaning: what each figure measures (`indicator`), whether it is a level
//! or a change (`measure`, `direction`, `basis`), whether it is a goal
//! (`target`) and the year it is tied to (`period`).
//!
//! Clause-local rules over the word tables in [`lexicon`](crate::lexicon):
//! the indicator is the noun phrase between the clause start (or the figure
//! before) and the verb before the number; a count takes the noun after it;
//! a bare change inherits the indicator before it; `分别` distributes a list
//! over the figures after it; `由A提高到B` pairs two figures.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{
    PLAN_SHARES,
    Verb, ADVERBS, BASES, BOUNDS_BEFORE, CONNECTIVES, MONEY_NOUNS, SCOPE_WORDS, FROM_TO_LINKS, MERGE_LINKS, NOUNS_ENDING_LIKE_ENDERS, NOUN_WORDS_HOLDING_ENDERS, POSTPOSITIONS, THRESHOLDS,
    TARGET_WORDS, VERBS,
};
use crate::model::{Basis, Dimension, Direction, Figure, Measure};
use crate::reading::figure::counts_listed_places;
use crate::reading::numeral::arabic_digit;
use crate::reading::segment::{looks_back, Outline};
use crate::reading::unit::is_time_span;
use crate::reading::clause::{clause_start, is_clause_end, is_lone_verb, is_sentence_end, last_sentence_end, sentence_pieces, starts_noun_ender, REACH};
use crate::words::{is_alphanumeric, is_blank, is_han, Prefixes, Suffixes, WordSearch};

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
            '一' | '二' => rest.chars().all(|c| cn_year_digit(c).is_some()),
            _ => false,
        }
}

/// The digit a char of a year written in Chinese stands for (`〇` and the
/// `○` some texts write for it included).
fn cn_year_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九".chars().position(|d| d == c).or_else(|| matches!(c, '零' | '○').then_some(0)).map(|d| d as u32)
}

/// A period as the figure gives it: a year in ASCII digits whichever way
/// it is written (`二〇二五` → `2025`), a plan as named (`十五五`).
fn period_text(period: &str) -> String {
    if !is_year(period) {
        return period.to_string();
    }
    period.chars().filter_map(|c| arabic_digit(c).or_else(|| cn_year_digit(c))).filter_map(|d| char::from_digit(d, 10)).collect()
}

/// The year a sentence opens with (`一九九〇年，…`, `2025年全市…`).
fn opening_year(sentence: &str) -> Option<&str> {
    let sentence = sentence.trim_start_matches(is_blank);
    let end = sentence.char_indices().nth(4).map_or(sentence.len(), |(at, _)| at);
    (sentence[end..].starts_with('年') && is_year(&sentence[..end])).then(|| &sentence[..end])
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
static BASIS_STARTS: LazyLock<Prefixes<Basis>> = LazyLock::new(|| Prefixes::new(BASES.iter().copied()));
/// Verbs of change that open the phrase before the amount (`增加中央预算内
/// 投资100亿元`): the noun phrase after them is the indicator.
static CHANGE_VERB_STARTS: LazyLock<Prefixes<&Verb>> = LazyLock::new(|| {
    Prefixes::new(VERBS.iter().filter(|v| v.measure == Measure::Change && v.word.chars().count() == 2).map(|v| (v.word, v)))
});
static PLAN_SHARE_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(PLAN_SHARES.iter().map(|&w| (w, ()))));
static ADVERB_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(ADVERBS.iter().map(|&w| (w, ()))));
static SCOPE_WORD_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(SCOPE_WORDS.iter().map(|&w| (w, ()))));
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
    let dated = year_at_end(rest);
    if let Some((year, start)) = dated {
        reading.period = Some(year);
        rest = trim_space(&rest[..start]);
    }
    let dated = dated.is_some();
    // 2×60万千瓦机组: a capacity per unit takes the noun of the units.
    if let Some(before) = rest.strip_suffix('×') {
        reading.per = true;
        rest = before.trim_end_matches(|c: char| arabic_digit(c).is_some());
    }
    // 下降了3.3%: the aspect mark leaves the verb.
    if let Some(before) = rest.strip_suffix('了').filter(|b| VERB_ENDS.longest(b).is_some()) {
        rest = before;
    }
    // 投资分别完成年度计划的117.5%: a share of the plan is of the subject
    // before it.
    if let Some((word, ())) = PLAN_SHARE_ENDS.longest(rest) {
        rest = trim_space(&rest[..rest.len() - word.len()]);
    }
    // 环境违法行为220件: a noun that ends like a link or a verb is the noun.
    let noun_ends = ends_like_ender(rest);
    if let Some((link, _)) = LINK_ENDS.longest(rest).filter(|_| !noun_ends) {
        reading.link = Some(link);
    }
    if let Some((word, verb)) = VERB_ENDS.longest(rest).filter(|_| !noun_ends) {
        reading.verb = Some(verb);
        rest = trim_space(&rest[..rest.len() - word.len()]);
    } else if let Some(link) = reading.link {
        rest = trim_space(&rest[..rest.len() - link.len()]);
    }
    // 到2027年全省…: a year earlier in the clause.
    if reading.period.is_none() && rest.contains('年') {
        reading.period = last_year(rest);
    }
    // 由上年的58.6%: the start of a pair, measured a year before; 从人均
    // 8.7万元: measured a head.
    for measured in ["上年的", "上年", "去年的", "去年", "上一年的", "人均", "户均", "每人"].iter().filter(|_| rest.ends_with(['的', '年', '均', '人'])) {
        if let Some(before) = rest.strip_suffix(measured).filter(|b| b.ends_with(['由', '从'])) {
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
        } else if let Some(before) = rest.strip_suffix('要').filter(|b| !b.ends_with(['主', '纲', '需', '重', '必', '只', '概', '摘', '首'])) {
            // 排放量要下降2%: the modal (not 主要, 需要, 纲要).
            rest = before;
        } else if let Some((at, _)) = rest.char_indices().rev().take(3).find(|&(_, c)| c == '每') {
            // 每村每年5万元: a rate.
            reading.per = true;
            rest = &rest[..at];
        } else if let Some(before) = rest.strip_suffix('均').filter(|b| !b.ends_with(['人', '年', '平', '户', '日', '月'])).or_else(|| rest.strip_suffix("都")) {
            rest = before;
        } else if let Some(before) = rest.strip_suffix(['比', '较']).filter(|b| dated && !b.is_empty()) {
            // 将比一九五八年的二千零五十亿元: the base a change is measured
            // from (not 占比, 之比: no year stands between).
            rest = before;
        } else if let Some(m) = compared_with(rest, reading.verb) {
            // 较“十三五”时期增长148%: compared with a time other than last
            // year; 比上年预算减少50亿元: with last year's, all the same.
            if BASIS_STARTS.longest(m.as_str()).is_some_and(|(_, basis)| basis == Basis::YearOnYear) {
                reading.basis = Some(Basis::YearOnYear);
            }
            rest = &rest[..m.start()];
        } else {
            break;
        }
    }
    rest = disposal_object(trim_leading(rest));
    rest = rest.strip_suffix('的').unwrap_or(rest);
    rest = without_trailing_frame(rest);
    // 能耗由前两年…: a 由 before the span left no noun after it.
    rest = rest.strip_suffix(['由', '从']).unwrap_or(rest);
    if reading.verb.is_none() {
        let opens_with_change = CHANGE_VERB_STARTS.longest(rest).filter(|&(w, _)| {
            // 增加到…: a verb of level, not a change of what follows.
            rest.len() > w.len() + 3 && !rest[w.len()..].starts_with(['到', '至', '为', '了'])
        });
        if let Some((word, verb)) = opens_with_change {
            reading.verb = Some(verb);
            rest = &rest[word.len()..];
        }
    }
    // 五年内增长…: what is left after a time frame is a postposition.
    if POSTPOSITIONS.contains(&rest) {
        rest = "";
    }
    // 连续7年: an adverb of time, not an indicator.
    rest = rest.strip_suffix("连续").unwrap_or(rest);
    rest = trim_space(rest);
    // 全年增长5%: a scope or time word alone is no indicator.
    let scope_only = SCOPE_WORD_STARTS.longest(rest).is_some_and(|(word, ())| word.len() == rest.len());
    // （比预算增高…: marks alone are no indicator either, nor 还 or 才
    // alone (adverbs the table cannot hold: they end 偿还, 人才).
    let words = rest.chars().any(is_han_or_word) && !matches!(rest, "还" | "才");
    reading.indicator = (words && !scope_only).then_some(rest);
    reading
}

/// `rest` without the span of years it ends with, between a noun and its
/// verb (`利润总额五年增长…` → `利润总额`); a span opening the phrase
/// stays (`五年新设外资企业`).
fn without_trailing_frame(rest: &str) -> &str {
    let is_count = |c: char| arabic_digit(c).is_some() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两' | '几');
    let Some(before_year) = rest.strip_suffix('年') else { return rest };
    let noun = before_year.trim_end_matches(is_count);
    let noun = noun.strip_suffix(['近', '这', '前']).unwrap_or(noun);
    // 第一个五年: an ordinal span, and what stands before it the noun.
    let before_ordinal = noun.strip_suffix('个').and_then(|n| n.trim_end_matches(is_count).strip_suffix('第'));
    if let Some(before) = before_ordinal.filter(|_| noun.len() < before_year.len()) {
        return before;
    }
    if noun.len() < before_year.len() && !noun.is_empty() && !noun.ends_with(['第', '连', '续']) {
        noun
    } else {
        rest
    }
}

/// The object of a disposal (`把总产量稳定在…`, `要将失业率控制在…`): what
/// follows the last 把 (not 把关, 把握, 一把手), or an opening 将; the
/// verb acts on it, and it is the indicator.
fn disposal_object(rest: &str) -> &str {
    // (把 found by its last byte, 8a, searched from the end in the bytes.)
    let bytes = rest.as_bytes();
    let ba = memchr::memrchr_iter(0x8a, bytes)
        .filter(|&last| last >= 2 && bytes[last - 2..=last] == *"把".as_bytes())
        .map(|last| last + 1)
        .find(|&after| !rest[after..].starts_with(['关', '握', '手']));
    let object = match ba {
        Some(after) => &rest[after..],
        None => ["要将", "并将", "将"].iter().find_map(|mark| rest.strip_prefix(mark)).filter(|o| !o.starts_with(['近', '军'])).unwrap_or(rest),
    };
    if object.chars().count() >= 2 {
        object
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
        // 长江十年禁渔以来: a time since which, opening the clause.
        static SINCE: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("以来".as_bytes()));
        if let Some(at) = rest.as_bytes().get(1..).and_then(|after_first| SINCE.find(after_first)) {
            rest = &rest[1 + at + "以来".len()..];
        }
        if rest.len() == before.len() {
            return rest;
        }
    }
}

/// The noun right after a count (`5个风电项目陆续…` → `风电项目`), with
/// where it ends. The noun may open with a grade (`1类创新药`), hold a note
/// in brackets (`省（区、市）`), a short noun joined by 和 (`国家和地区`)
/// and a list ending in 等 (`节能、节水和资源综合利用等重大项目`).
fn noun_after(text: &str, pos: usize) -> Option<(&str, usize)> {
    if text[pos..].starts_with('”') {
        return None;
    }
    let mut end = pos + grade_len(&text[pos..]);
    let mut quoted = false;
    for _ in 0..24 {
        let Some(c) = text[end..].chars().next() else { break };
        // 政务服务事项“一网通办”: a slogan in quotes after the noun, closing
        // its phrase, says what was done with it (not 省级“专精特新”企业).
        if c == '“' && end > pos && quote_closes_phrase(&text[end..]) {
            break;
        }
        if c == '“' {
            quoted = true;
        } else if c == '”' {
            quoted = false;
        } else if !quoted {
            // 宜居宜业和美乡村: words that hold an ender go on with the noun.
            if let Some(word) = NOUN_WORDS_HOLDING_ENDERS.iter().find(|w| text[end..].starts_with(**w)) {
                end += word.len();
                continue;
            }
            if end > pos {
                let rest = &text[end..];
                let joined = match c {
                    '（' | '(' => bracket_note_len(rest),
                    '和' | '与' | '及' => joined_noun_len(rest),
                    '、' => etc_list_len(rest),
                    _ => None,
                };
                if let Some(len) = joined {
                    end += len;
                    // 县（市）: the note closes the noun.
                    if matches!(c, '（' | '(') {
                        break;
                    }
                    continue;
                }
            }
            let ender = starts_noun_ender(&text[end..]);
            if ender && end > pos {
                // 省级以上零碳园区: a threshold on a grade names a category.
                if let Some(threshold) = grade_threshold(&text[pos..end], &text[end..]) {
                    end += threshold.len();
                    continue;
                }
                // 普通高中: the char that would end the noun ends the word,
                // and the noun with it.
                if ends_like_ender(&text[pos..end + c.len_utf8()]) {
                    end += c.len_utf8();
                    break;
                }
            }
            let ends = ender || is_clause_end(c) || matches!(c, '、' | '（' | '）' | '(' | ')' | '《' | '》') || c.is_ascii_digit();
            if ends && end > pos {
                break;
            }
            if ends || !(is_han_or_word(c)) {
                return None;
            }
        }
        end += c.len_utf8();
    }
    let noun = &text[pos..end];
    let noun = if ends_like_ender(noun) { noun } else { strip_suffix_any(noun, &["之中", "中", "内", "里"]).unwrap_or(noun) };
    (!noun.is_empty() && !quoted).then_some((noun, end))
}

/// Whether the quote `text` opens with closes within a few words and ends
/// its phrase there.
fn quote_closes_phrase(text: &str) -> bool {
    let Some(close) = text.char_indices().take(24).find(|&(_, c)| c == '”').map(|(at, _)| at) else { return false };
    text[close + '”'.len_utf8()..].chars().next().is_none_or(|c| is_clause_end(c) || matches!(c, '、' | '，'))
}

/// The threshold on the grade `noun` ends with that `rest` opens with
/// (`省级以上零碳园区`, `二级及以上医院`): a category the noun goes on with
/// (see SPEC).
fn grade_threshold<'r>(noun: &str, rest: &'r str) -> Option<&'r str> {
    let threshold = THRESHOLDS.iter().find(|t| rest.starts_with(**t))?;
    noun.ends_with('级').then(|| &rest[..threshold.len()])
}

/// Whether `noun` ends with one of the [`NOUNS_ENDING_LIKE_ENDERS`]
/// (`普通高中`): its last char ends no noun.
fn ends_like_ender(noun: &str) -> bool {
    NOUNS_ENDING_LIKE_ENDERS.iter().any(|word| noun.ends_with(word))
}

/// The length of a grade opening a noun: `1类`, `5A级`, `3级`.
fn grade_len(text: &str) -> usize {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit());
    if digits.len() == text.len() {
        return 0;
    }
    let letter = digits.trim_start_matches(|c: char| c.is_ascii_uppercase());
    match letter.chars().next() {
        Some('类') if letter.len() == digits.len() => text.len() - letter.len() + '类'.len_utf8(),
        Some('级') => text.len() - letter.len() + '级'.len_utf8(),
        _ => 0,
    }
}

/// The length of a short note in brackets at the start of `text`:
/// `（区、市）`.
fn bracket_note_len(text: &str) -> Option<usize> {
    let close = text.char_indices().skip(1).take(8).find(|&(_, c)| !is_han(c) && c != '、')?;
    matches!(close.1, '）' | ')').then_some(close.0 + close.1.len_utf8())
}

/// The length of `和地区` at the start of `text`: a joiner and a noun of at
/// most four chars that ends the phrase.
fn joined_noun_len(text: &str) -> Option<usize> {
    let joiner = text.chars().next()?.len_utf8();
    let rest = &text[joiner..];
    let noun: usize =
        rest.char_indices().take_while(|&(at, c)| is_han(c) && !starts_noun_ender(&rest[at..])).take(5).map(|(_, c)| c.len_utf8()).sum();
    let after = rest[noun..].chars().next();
    let ends = after.is_none_or(|c| is_clause_end(c) || c == '、') || starts_noun_ender(&rest[noun..]);
    (noun > 0 && noun <= 4 * 3 && ends).then_some(joiner + noun)
}

/// The length of `、节水和资源综合利用等重大项目` at the start of `text`: the
/// rest of a list and the noun after its 等.
fn etc_list_len(text: &str) -> Option<usize> {
    let window: usize = text.chars().take(30).map(char::len_utf8).sum();
    let list = &text[..window];
    let etc = list.find('等')?;
    if list[..etc].contains(|c: char| is_clause_end(c) || c.is_ascii_digit()) {
        return None;
    }
    let after = etc + '等'.len_utf8();
    let noun: usize = text[after..]
        .char_indices()
        .take_while(|&(at, c)| is_han(c) && (at == 0 || !starts_noun_ender(&text[after + at..])))
        .take(10)
        .map(|(_, c)| c.len_utf8())
        .sum();
    (noun > 0).then_some(after + noun)
}


fn is_han_or_word(c: char) -> bool {
    is_alphanumeric(c) || c == '“' || c == '”'
}

/// The indicator as reported: whitespace that PDF extraction left inside removed.
fn clean(indicator: &str) -> String {
    // Every blank char has a byte at most b' ' or one of these lead bytes
    // (U+00A0, U+1680, U+2000…U+2060, U+3000, U+FEFF), which Chinese
    // chars (lead bytes e4…e9) do not: most indicators are passed on the
    // bytes alone.
    let may_hold_blank = indicator.bytes().any(|b| b <= b' ' || matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef));
    if may_hold_blank && indicator.contains(is_blank) {
        indicator.chars().filter(|&c| !is_blank(c)).collect()
    } else {
        indicator.to_string()
    }
}

/// Separators between the figures of one list (`87%、71%`, `18.9%和18.3%`).
fn is_list_gap(gap: &str) -> bool {
    matches!(trim_space(gap), "、" | "和" | "及" | "与" | "" | "—" | "-" | "－" | "–" | "~" | "～")
}

/// Splits `事故起数、死亡人数` into `count` items: at the list commas, or
/// where that gives too few, also at 和, 及 and 与 (which words hold too:
/// 普及率). Empty when neither gives `count` items.
fn list_items(indicator: &str, count: usize) -> Vec<&str> {
    let split = |marks: &[char]| -> Vec<&str> { indicator.split(marks).map(trim_space).filter(|s| !s.is_empty()).collect() };
    let items = split(&['、']);
    if items.len() == count {
        return items;
    }
    let items = split(&['、', '和', '及', '与']);
    if items.len() == count {
        items
    } else {
        Vec::new()
    }
}

/// Fills the meaning fields of every figure.
///
/// In the plan part of the report (see [`Outline::in_plan`]) every figure is a goal.
///
/// The figures all start at or after `from`, where the reading begins.
pub(crate) fn annotate(text: &str, from: usize, figures: &mut [Figure], outline: &Outline) {
    let mut floor = from;
    let mut goals = Goals { read_to: from, found: false, frame: None };
    let mut paragraph = Paragraph::default();
    let mut list = List::default();
    // The indicator before the last count that took its noun after it.
    let mut last_subject: Option<&str> = None;
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
        // 实施5批次19组集团层面战略性重组: a count right before another
        // counts the same noun.
        let next_count = figures.get(i + 1).filter(|next| next.span.start == span.end && next.dimension == Dimension::Count);
        // (A noun holds no figure: 百分之八至九 is a range.)
        let next_start = figures.get(i + 1).map_or(usize::MAX, |next| next.span.start);
        let noun = noun_after(text, span.end)
            .filter(|&(_, end)| end <= next_start)
            .or_else(|| next_count.and_then(|next| noun_after(text, next.span.end)))
            .or_else(|| money_noun_after(text, &figures[i]));
        // In the plan part every figure is a goal, and no sentence need be read for it.
        // 标志着实行了长达2600年的…: what a plan sentence says was done is no goal.
        let (goal_sentence, frame) = goals.up_to(text, span.start);
        let in_plan = outline.in_plan(span.start) && !is_done(&text[start..span.start]) && !paragraph.reviews(text, span.start);
        let goal = in_plan || goal_sentence;
        let figure = &mut figures[i];
        if let Some(verb) = reading.verb {
            figure.measure = verb.measure;
            figure.direction = verb.direction;
        }
        // (The later figures of a list keep the basis their list gave them:
        // 年均增长5%—5.5%.)
        if figure.measure == Measure::Change && reading.basis.is_some() {
            figure.basis = reading.basis;
        }
        figure.period = reading.period.or(frame).map(period_text);
        figure.target = goal && !counts_listed_places(figure);
        // A count before its noun takes that noun: 5个风电项目, 16项支持措施.
        // …but not the start of a pair: 由51家整合为33家.
        // 30亿元国债资金支持…: an amount before a sum of money is of it.
        let money = (figure.dimension == Dimension::Money).then(|| noun.and_then(|(n, _)| money_part(n))).flatten();
        let noun = match money {
            Some(part) => Some((part, span.end + part.len())),
            None => noun,
        };
        let money_noun = money.is_some();
        let takes_noun = noun.is_some()
            && !reading.from
            && (figure.dimension == Dimension::Count || figure.unit == "成" || money_noun || reading.indicator.is_none() || reading.per);
        // 未来五年, 连续7年, 五年间: a time frame, not the level of an indicator.
        let time_frame = is_time_span(figure) && reading.verb.is_none();
        figure.indicator = match (noun, takes_noun) {
            _ if time_frame => None,
            _ if is_group_count(figure) => None,
            (Some((noun, _)), true) => Some(clean(noun)),
            _ => reading.indicator.map(clean),
        };
        // 今年经济增长速度的宏观调控目标，定为百分之八至九: a clause of a
        // verb alone is of the clause before it, when that one is a noun
        // phrase alone.
        if figure.indicator.is_none() && reading.verb.is_some_and(|verb| trim_space(&text[start..span.start]) == verb.word) {
            let previous_end = i.checked_sub(1).map_or(from, |p| figures[p].span.end);
            figures[i].indicator = topic_before(text, start, previous_end, outline).map(clean);
        }
        let figure = &mut figures[i];
        growth_rate(figure, reading.verb);
        let subject = if takes_noun { reading.indicator } else { None };
        let previous_subject = std::mem::replace(&mut last_subject, subject);
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
        // ，67.5%的初中毕业生…: a share of the noun after it, opening its
        // clause, takes no indicator from before (低于13%左右的预期目标 does).
        // (有百分之二十四的国营工业企业…: after a verb alone too.)
        let share_of_after = figures[i].dimension == Dimension::Percent
            && text[span.end..].starts_with('的')
            && {
                let before = trim_space(&text[start..span.start]);
                before.is_empty() || is_lone_verb(before)
            }
            && !opens_with_bound(&figures[i].text);
        if figures[i].indicator.is_none() && !is_time_span(&figures[i]) && !is_group_count(&figures[i]) && !backward && !share_of_after && same_sentence() {
            // A bare change clause inherits the indicator before it; a bare
            // level the subject of a count before (地区生产总值跨过3个万亿级
            // 关口、突破10万亿元).
            let level = reading.verb.is_some_and(|v| v.measure == Measure::Level) || opens_with_bound(&figures[i].text);
            let indicator = match previous_subject {
                Some(subject) if level => Some(clean(subject)),
                _ => figures[i - 1].indicator.clone(),
            };
            figures[i].indicator = indicator;
        }
        // 增长百分之八至九, 增长5%—5.5%: the far end of a range is a change
        // as the near one is.
        let range_end = gap.is_some_and(|gap| matches!(trim_space(gap), "至" | "到" | "—" | "-" | "－" | "–" | "~" | "～" | "——"));
        if range_end && reading.verb.is_none() && figures[i].measure == Measure::Level && figures[i].indicator == figures[i - 1].indicator {
            (figures[i].measure, figures[i].direction, figures[i].basis) = (figures[i - 1].measure, figures[i - 1].direction, figures[i - 1].basis);
        }
        // 粮食总产量在上年大幅度增长的基础上，又增产291亿斤: a change with
        // nothing before it in its sentence is of the sentence's subject.
        if figures[i].indicator.is_none() && figures[i].measure == Measure::Change && !same_sentence() {
            figures[i].indicator = sentence_subject(text, start).map(clean);
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

/// A figure of a year after the report's own (`到一九五七年达到…` in the
/// report of 1955) can only be a goal.
pub(crate) fn mark_later_years_as_goals(figures: &mut [Figure], report_year: Option<i32>) {
    let Some(report_year) = report_year else { return };
    for figure in figures {
        if figure.period.as_deref().and_then(|period| period.parse::<i32>().ok()).is_some_and(|year| year > report_year) {
            figure.target = true;
        }
    }
}

/// The clause before the one at `clause` when it is a noun phrase alone,
/// after a comma and after `floor` (no figure in it): `今年经济增长速度的宏观
/// 调控目标` of `…目标，定为百分之八至九`.
fn topic_before<'t>(text: &'t str, clause: usize, floor: usize, outline: &Outline) -> Option<&'t str> {
    let comma = text[..clause].strip_suffix('，').map(str::len)?;
    if comma < floor {
        return None;
    }
    let start = clause_start(text, comma, floor, outline);
    let topic = trim_leading(&text[start..comma]);
    let noun = (2..=24).contains(&topic.chars().count())
        && topic.chars().all(is_han)
        && !VERBS.iter().any(|verb| topic.ends_with(verb.word));
    (start > floor && noun).then_some(topic)
}

/// The subject of the sentence that the clause at `clause` lies in, when
/// its first clause is another and opens with a noun before a preposition
/// (`粮食总产量在上年…的基础上`).
fn sentence_subject(text: &str, clause: usize) -> Option<&str> {
    let floor = clause.saturating_sub(4 * REACH);
    let floor = (floor..=clause).find(|&at| text.is_char_boundary(at)).unwrap_or(clause);
    let sentence = match last_sentence_end(&text[floor..clause]) {
        Some(end) => floor + end,
        None if floor == 0 => 0,
        None => return None,
    };
    let first_end = sentence + text[sentence..clause].find(is_clause_end)?;
    let first = trim_leading(&text[sentence..first_end]);
    let cut = ["在", "从", "由", "经过", "通过", "随着"].iter().filter_map(|p| first.find(p)).min()?;
    let subject = trim_space(&first[..cut]);
    (2..=10).contains(&subject.chars().count()).then_some(subject)
}

/// The paragraph the last figure lay in, read forward once as the figures
/// go by, and whether it looks back at the year before where the figure
/// stands: from a sentence that opens by looking back (`过去一年，…`) to one
/// that turns to this year (`…今年…`). In the plan part such sentences
/// report.
#[derive(Default)]
struct Paragraph {
    start: usize,
    end: usize,
    /// Where the paragraph has been read to.
    read_to: usize,
    /// Whether the text read so far looks back.
    reviews: bool,
    /// Whether the sentence being read opened by looking back.
    sentence_reviews: bool,
}

impl Paragraph {
    /// Whether the text at `pos` (at or after the last one asked about)
    /// looks back at the year before.
    fn reviews(&mut self, text: &str, pos: usize) -> bool {
        if pos >= self.end || pos < self.start {
            let floor = if pos >= self.end { self.end } else { 0 };
            self.start = memchr::memrchr(b'\n', &text.as_bytes()[floor..pos]).map_or(floor, |at| floor + at + 1);
            self.end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |at| pos + at);
            self.read_to = self.start;
            self.reviews = false;
            self.sentence_reviews = false;
        }
        let mut sentence_start = self.read_to == self.start || text[..self.read_to].ends_with(is_sentence_end);
        static THIS_YEAR: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("今年".as_bytes()));
        for piece in sentence_pieces(&text[self.read_to..pos]) {
            if sentence_start {
                self.sentence_reviews = looks_back(piece);
                self.reviews |= self.sentence_reviews;
            }
            // (今年 ends a look back: looked for only while there is one.)
            if self.reviews && !self.sentence_reviews && THIS_YEAR.find(piece.as_bytes()).is_some() {
                self.reviews = false;
            }
            sentence_start = piece.ends_with(is_sentence_end);
        }
        self.read_to = pos;
        self.reviews
    }
}


/// Whether a clause says its figure was done: `了` after a verb (not
/// `为了`, `除了`), or `已经`.
fn is_done(clause: &str) -> bool {
    // 已 and 了 found by their last bytes (b2, 86) in one pass.
    let bytes = clause.as_bytes();
    memchr::memchr2_iter(0xb2, 0x86, bytes).any(|end| {
        let at = end.saturating_sub(2);
        match &bytes[at..=end] {
            [0xe5, 0xb7, 0xb2] => clause[at..].starts_with("已经"),
            [0xe4, 0xba, 0x86] => !clause[..at].ends_with(['为', '除', '罢', '不']),
            _ => false,
        }
    })
}

/// Whether a figure's text opens with a bound word (`突破10万亿元`), which
/// says it is a level reached.
fn opens_with_bound(text: &str) -> bool {
    BOUNDS_BEFORE.iter().any(|(word, _)| text.starts_with(word))
}

/// Whether `figure` counts a group named in its own unit (`1.77亿农民`),
/// which leaves nothing for an indicator to say.
fn is_group_count(figure: &Figure) -> bool {
    // Units of the table are borrowed; a group's noun is the text's own.
    figure.dimension == Dimension::Count && matches!(figure.unit, Cow::Owned(_))
}

static MONEY_NOUN_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(MONEY_NOUNS.iter().map(|&w| (w, ()))));

/// The part of `noun` that names a sum of money, up to its last money
/// word (`国债资金` of `国债资金支持乡镇卫生院`).
fn money_part(noun: &str) -> Option<&str> {
    noun.char_indices().rev().map(|(at, c)| &noun[..at + c.len_utf8()]).find(|head| MONEY_NOUN_ENDS.longest(head).is_some())
}

/// The sum of money an amount is of, after its 的: `336亿元的农业税赋`.
fn money_noun_after<'t>(text: &'t str, figure: &Figure) -> Option<(&'t str, usize)> {
    if figure.dimension != Dimension::Money || !text[figure.span.end..].starts_with('的') {
        return None;
    }
    let (noun, _) = noun_after(text, figure.span.end + '的'.len_utf8())?;
    let part = money_part(noun)?;
    Some((part, figure.span.end + '的'.len_utf8() + part.len()))
}

/// Words after a rate of growth that make it the goal for one
/// (`经济增长预期目标7%左右`, `经济增长速度的调控目标定为8%`).
const GROWTH_GOALS: &[&str] = &["的宏观调控目标", "宏观调控目标", "的调控目标定", "的调控目标", "调控目标", "预期目标定", "的预期目标", "预期目标", "的目标定", "目标定", "的目标", "目标", "的预期", "预期"];

/// `增速超过30%`, `年均增速6%`, `经济增长速度8%`, `经济增长预期目标7%`:
/// an indicator that names a rate of growth, or the goal for one, makes its
/// figure a change of what it names.
fn growth_rate(figure: &mut Figure, verb: Option<&Verb>) {
    if figure.dimension != Dimension::Percent || verb.is_some_and(|v| v.measure != Measure::Level) {
        return;
    }
    let Some(indicator) = figure.indicator.as_deref() else { return };
    // (A price's 涨幅 is an indicator of its own: 居民消费价格涨幅控制在3%.)
    // (A 增长率 names a rate of its own too: 人口自然增长率1%.)
    let goal = GROWTH_GOALS.iter().find_map(|w| indicator.strip_suffix(w));
    let rates: &[&str] = if goal.is_some() { &["增速", "增幅", "增长速度", "增长"] } else { &["增速", "增幅", "增长速度"] };
    let Some(rest) = rates.iter().find_map(|w| goal.unwrap_or(indicator).strip_suffix(w)) else { return };
    // 广义货币M2预期增长目标: the goal's 预期 stands before the rate.
    let rest = if goal.is_some() { rest.strip_suffix("预期").unwrap_or(rest) } else { rest };
    let (rest, basis) = match rest.strip_suffix("年均") {
        Some(before) => (before, Some(Basis::AnnualAverage)),
        None => (rest, figure.basis),
    };
    if rest.is_empty() {
        return;
    }
    figure.indicator = Some(rest.to_string());
    (figure.measure, figure.direction, figure.basis) = (Measure::Change, Some(Direction::Increase), basis);
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
        Some(indicator) => list_items(indicator, count).into_iter().map(str::to_string).collect(),
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

/// Whether `text` names a goal: one of the [`TARGET_WORDS`], not as a goal
/// reached (`全面实现年初确定的主要目标`, `完成“十二五”主要目标`).
fn names_a_goal(text: &str) -> bool {
    let mut from = 0;
    while let Some((_, found)) = TARGET_WORDS_ANY.find(text, from, text.len()) {
        let before = &text[..found.start];
        // (确保了…: a goal word that 了 follows says what was done.)
        let reached = text[found.end..].starts_with('了')
            || ["确定的", "实现", "完成", "超额完成", "达到了", "低于", "高于", "超过", "好于"].iter().any(|w| before.ends_with(w))
            || before.ends_with("的") && [before.rfind("实现"), before.rfind("完成")].iter().flatten().any(|&at| found.start - at <= 18);
        // 高质量发展目标政策体系, 目标责任考核: a goal word in the name of a
        // policy or a duty sets no goal.
        let in_a_name = ["政策", "体系", "责任", "考核", "管理", "导向"].iter().any(|w| text[found.end..].starts_with(w))
            // “两个确保”: a policy named in quotes.
            || before.rfind('“').is_some_and(|open| !before[open..].contains('”'));
        if !reached && !in_a_name {
            return true;
        }
        from = found.end;
    }
    false
}

/// Whether the sentence so far sets a goal (`今年主要预期目标是：…`, `力争…`),
/// read forward once as the figures go by.
struct Goals<'t> {
    /// Where the text has been read to.
    read_to: usize,
    /// Whether the current sentence has named a goal so far.
    found: bool,
    /// The time frame the sentence has named so far: the year it opens
    /// with (`2025年，…`), a five-year plan (`十五五`) or the year a goal is
    /// for (`到2030年`).
    frame: Option<&'t str>,
}

impl<'t> Goals<'t> {
    /// Whether the sentence up to `pos` (at or after the last call's) sets
    /// a goal, and the time frame it names.
    fn up_to(&mut self, text: &'t str, pos: usize) -> (bool, Option<&'t str>) {
        if let Some(end) = last_sentence_end(&text[self.read_to..pos]) {
            self.read_to += end;
            self.found = false;
            self.frame = opening_year(&text[self.read_to..pos]);
        }
        let read = &text[self.read_to..pos];
        self.found = self.found || names_a_goal(read);
        if let Some(frame) = last_frame(read) {
            self.frame = Some(frame);
        }
        self.read_to = pos;
        (self.found, self.frame)
    }
}

/// The last time frame `text` names: a five-year plan in quotes
/// (`“十五五”`), the year a goal is for (`到2030年`, `至2027年底`) or the
/// year a clause opens with (`，一九九〇年工农业总产值…`).
fn last_frame(text: &str) -> Option<&str> {
    // A frame holds 年 or 五: most text between two figures holds neither,
    // found by their last bytes (b4, 94) in one pass.
    let bytes = text.as_bytes();
    let frame_char = |at: usize| at >= 2 && matches!(&bytes[at - 2..=at], [0xe5, 0xb9, 0xb4] | [0xe4, 0xba, 0x94]);
    if !memchr::memchr2_iter(0xb4, 0x94, bytes).any(frame_char) {
        return None;
    }
    // (Searched forward for the last: the forward search is vectorized,
    // the reverse one is not, and the closes are rare.)
    static PLAN_CLOSES: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| ["五”", "五 ”"].map(|close| memchr::memmem::Finder::new(close.as_bytes())));
    let plan = PLAN_CLOSES.iter().filter_map(|close| close.find_iter(text.as_bytes()).last()).max().and_then(|at| {
        let open = text[..at].rfind('“')?;
        let name = &text[open + '“'.len_utf8()..at + '五'.len_utf8()];
        let after = text[at..].split_once('”').map_or("", |(_, after)| after);
        // “十五五”; the early plans “一五” to “九五” only as a plan (not
        // “五五”普法).
        let early = name.chars().count() == 2
            && name.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九'])
            && ["计划", "规划", "时期", "期间"].iter().any(|w| after.starts_with(w));
        (early || name.starts_with('十') && name.chars().count() <= 3).then_some((at, name))
    });
    let goal_year = text.rmatch_indices('年').find_map(|(at, _)| {
        let start = year_start(&text[..at])?;
        text[..start].trim_end_matches(is_blank).ends_with(['到', '至', '，', '；', ',', ';']).then(|| (at, &text[start..at]))
    });
    match (plan, goal_year) {
        (Some((a, plan)), Some((b, year))) => Some(if a > b { plan } else { year }),
        (plan, year) => plan.or(year).map(|(_, frame)| frame),
    }
}

#[cfg(test)]
mod tests {
    use super::{last_year, leading_year_phrase, year_at_end};



    #[test]
    fn done_clauses_say_了_after_a_verb_or_已经() {
        use super::is_done;
        assert!(is_done("完成了"));
        assert!(is_done("已经建成"));
        assert!(!is_done("为了实现"));
        assert!(!is_done("除了"));
        assert!(!is_done("已建成")); // 已 alone
        assert!(!is_done("力争"));
        assert!(!is_done(""));
        assert!(is_done("了")); // nothing before it
        assert!(!is_done("绿色治理")); // 色 and 理 end in the last bytes of 已 and 了
    }

    #[test]
    fn time_frames_a_sentence_names() {
        use super::last_frame;
        assert_eq!(last_frame("“十五五”时期经济社会发展的主要目标是："), Some("十五五"));
        assert_eq!(last_frame("到2030年，"), Some("2030"));
        assert_eq!(last_frame("到2030年，“十五五”末"), Some("十五五"));
        assert_eq!(last_frame("2025年全市"), None);
        assert_eq!(last_frame("按一九八○年不变价格计算，一九九○年工农业总产值"), Some("一九九○"));
        assert_eq!(last_frame("比2020年增长"), None);
        assert_eq!(last_frame("“五五”普法"), None);
        assert_eq!(last_frame("“七五”计划草案规定，在不断提高经济效益的前提下，五年内"), Some("七五"));
        assert_eq!(last_frame("按调整后的“八五”计划，国民经济增长速度由原定平均每年"), Some("八五"));
        assert_eq!(last_frame("着手研究制定“九五 ”计划"), Some("九五"));
    }

    #[test]
    fn years_as_periods() {
        use super::{opening_year, period_text};
        assert_eq!(period_text("二〇二五"), "2025");
        assert_eq!(period_text("一九九○"), "1990");
        assert_eq!(period_text("１９９４"), "1994");
        assert_eq!(period_text("十五五"), "十五五");
        assert_eq!(opening_year("\u{3000}\u{3000}一九九○年工农业总产值"), Some("一九九○"));
        assert_eq!(opening_year("2025年，全市"), Some("2025"));
        assert_eq!(opening_year("全市2025年"), None);
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

}
