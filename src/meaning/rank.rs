//! Ranks: `排全省第二位`, `排名第一`, `排第47名`, `前三名`, `全国百强`, with the
//! size of the field (`在全国50个…城市中`), the scope and what is ranked.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::reading::figure::Near;
use crate::reading::clause::{clause_start, is_clause_end, is_sentence_end};
use crate::meaning::indicator::indicator_before_frame;
use crate::lexicon::{CONNECTIVES, RANK_TIERS, RANK_VERBS, SCOPES, SCOPE_WORDS};
use crate::model::{Figure, Rank};
use crate::reading::numeral;
use crate::reading::segment::Outline;
use crate::reading::unit::is_time_span;
use crate::span::Span;
use crate::words::{is_blank, Prefixes, WordSearch};

/// A place (`第二位`) after a rank verb or before `名`, or a top-N (`前三名`,
/// `百强`). The scope words come from [`SCOPES`], the verbs from [`RANK_VERBS`].
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    let scopes = SCOPES.join("|");
    let verbs = RANK_VERBS.join("|");
    let n = r"[0-9０-９]+|[一二三四五六七八九十百千两]+";
    // After a verb, a field not in the table, ending like a place or a
    // group of them, with no verb of its own: 居各省区首位, 居内地第3位,
    // 稳居发展中国家首位 (not 排名提升至全国…).
    let field = r"[^\s，,。；;、：:第首前的居至到为排升位名]{1,10}?[国省区市县州地陆界球家部城内]";
    Regex::new(&format!(
        r"(?x)
        (?P<verb>{verbs})(?P<scope1>{scopes}|{field})?第(?P<place>{n})(?:位|名)?
      | (?P<scope2>{scopes})?第(?P<named>{n})名
      | (?P<scope3>{scopes})?前(?P<top>{n})(?:名|位|强)
      | (?P<scope4>{scopes})?(?P<strong>{n})强
      | (?P<verb2>{verbs}|保持|稳居|继续居|保持在)(?P<scope5>{scopes}|{field})?(?P<first>首位)
      | (?P<scope6>{scopes})第(?P<bare>{n})(?:位|名)?
      | (?P<scope7>{scopes})最(?P<best>多|优|高|好|快|大)
      | (?P<scope8>{scopes})(?P<big>十|百)大"
    ))
    .expect("valid regex")
});

/// `在全国50个保交房重点城市中`: the size of the field ranked in.
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在(?P<inner>.*?(?P<of>[0-9０-９]+|[一二三四五六七八九十百千两]+)个.*)中$").expect("valid regex")
});

/// `在全国政府网站绩效评估中`: what is ranked, framed by 在…中.
static FRAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"在(?P<inner>.+)中$").expect("valid regex"));

/// `从全国第12位`: an earlier place, which is not what is ranked.
static EARLIER_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:由|从)?[^，,；;、]{0,6}第[0-9０-９一二三四五六七八九十]+(?:位|名)(?:、第[0-9０-９一二三四五六七八九十]+(?:位|名))*$").expect("valid regex"));

/// How far before and after its 第/前/强 a rank may reach, in bytes.
const WINDOW_BEFORE: usize = 48;
const WINDOW_AFTER: usize = 36;

/// Whether the 第, 前 or 强 at `at` sits by a numeral, or the 首 before
/// 位, as in a rank: most (`当前`, `前列`, `加强`, `首次`) do not, and need
/// no regex.
fn may_rank(text: &str, at: usize, anchor: &str) -> bool {
    let is_numeral = |c: char| numeral::arabic_digit(c).is_some() || "一二三四五六七八九十百千两".contains(c);
    let after = &text[at + anchor.len()..];
    match anchor {
        "强" => text[..at].chars().next_back().is_some_and(is_numeral),
        "首" => after.starts_with('位'),
        // 全省最多, 全国十大: right after a scope.
        "最" | "十大" | "百大" => SCOPES.iter().any(|scope| text[..at].ends_with(scope)),
        _ => after.chars().next().is_some_and(is_numeral),
    }
}

/// The words every rank holds.
const ANCHOR_WORDS: [&str; 7] = ["第", "前", "强", "首", "最", "十大", "百大"];

/// [`ANCHOR_WORDS`] found in one vectorized search: much faster than a
/// scan that decodes every char, or a search for each.
static ANCHORS: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(ANCHOR_WORDS));

/// The char boundary at or before `at`.
fn char_floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Reads a numeral in a rank: `二`, `47`, and the bare `百` of `百强`.
fn count(text: &str) -> Option<u32> {
    let value = match text {
        "百" => 100,
        "千" => 1000,
        _ => match numeral::number(text) {
            Ok(("", n)) => n.value.to_f64()? as u64,
            _ => return None,
        },
    };
    u32::try_from(value).ok().filter(|&v| v > 0)
}

/// Every rank whose 第, 前 or 强 lies in `part` of `text`; `figures` (already annotated) lend their indicator
/// to a rank whose clause names none.
pub(crate) fn find(text: &str, part: Range<usize>, figures: &[Figure], spans: &[Span], outline: &Outline) -> Vec<Rank> {
    let mut ranks = Vec::new();
    let mut done = 0;
    let mut near = Near::new(spans);
    // Every rank holds 第, 前 or 强: the regex runs only in a window around
    // each, not over the whole text.
    let mut from = part.start;
    while let Some((word, found)) = ANCHORS.find(text, from, part.end) {
        from = found.end;
        let anchor = found.start;
        if anchor < done || !may_rank(text, anchor, ANCHOR_WORDS[word]) {
            continue;
        }
        let lo = char_floor(text, anchor.saturating_sub(WINDOW_BEFORE)).max(done);
        let hi = char_floor(text, (anchor + WINDOW_AFTER).min(text.len()));
        let window = &text[lo..hi];
        // Most windows hold no rank (`第一批`): the match is found without
        // capture groups, which are read only for a rank.
        let found = RANK.find_iter(window).find(|m| lo + m.start() <= anchor && anchor < lo + m.end());
        let Some(caps) = found.and_then(|m| RANK.captures_at(&window[..m.end()], m.start())) else { continue };
        let Some(whole) = caps.get(0) else { continue };
        let whole = Span::new(text, lo + whole.start(), lo + whole.end());
        done = whole.end;
        let (position, top) = match (caps.name("place").or(caps.name("named")).or(caps.name("bare")), caps.name("top").or(caps.name("strong")).or(caps.name("big"))) {
            _ if caps.name("first").is_some() || caps.name("best").is_some() => (Some(1), None),
            (Some(p), _) => (count(p.as_str()), None),
            (None, Some(t)) => (None, count(t.as_str())),
            (None, None) => continue,
        };
        if position.is_none() && top.is_none() {
            continue;
        }
        let after = &text[whole.end..];
        // 世界500强企业 names a kind of firm, 开一备三强度 is no rank at all.
        let strong_kind = caps.name("strong").is_some()
            && (top.is_some_and(|t| t < 10) || ["企业", "峰会", "论坛", "大会", "度", "化"].iter().any(|w| after.starts_with(w)));
        // 居全国第一方阵: a tier, not a place.
        // Without a verb, a place ends its clause (保持全省第一，), a
        // superlative too (均为全省最多。): 全国第一个, 全省最大的 are firsts
        // and kinds, not places.
        // 列 is the verb, not the end of a word (系列会议和县第十三次).
        let word_end = caps.name("verb").is_some_and(|v| v.as_str() == "列" && text[..lo + v.start()].ends_with(['系', '并', '排', '序', '行', '陈', '下', '如', '罗', '前', '分', '队', '开', '专', '同']));
        if word_end {
            continue;
        }
        let verbless = ["bare", "best"].iter().any(|n| caps.name(n).is_some());
        let goes_on = after.chars().next().is_some_and(|c| c.is_alphanumeric() && !is_clause_end(c));
        if strong_kind || RANK_TIERS.iter().any(|w| after.starts_with(w)) || (verbless && goes_on) {
            continue;
        }
        let scope_here =
            ["scope1", "scope2", "scope3", "scope4", "scope5", "scope6", "scope7", "scope8"].iter().find_map(|n| caps.name(n)).map(|m| m.as_str());
        let start = clause_start(text, whole.start, 0, outline);
        let pre = &text[start..whole.start];
        let pre = after_last_figure(text, start, pre, figures, &mut near);
        let of = framed(pre).then(|| FIELD.captures(pre)).flatten().and_then(|c| c.name("of")).and_then(|m| count(m.as_str()));
        let scope = scope_here.or_else(|| last_scope(pre));
        let indicator = match of {
            Some(_) => None, // 在全国50个城市中: the field, not an indicator
            None => indicator_in(pre).or_else(|| inherited(text, whole.start, figures, &mut near)),
        };
        ranks.push(Rank {
            text: text[whole].to_string(),
            span: whole,
            position,
            top,
            of,
            scope: scope.map(str::to_string),
            indicator,
            concept: None,
            section: None,
        });
    }
    ranks
}

/// `pre` from the end of the last figure inside it: `收入增长5%，居` → `居`;
/// but with a time frame that leaves nothing ranked after it, what is
/// ranked stands before the frame: `增速连续30个月居` → `增速`.
fn after_last_figure<'t>(text: &'t str, start: usize, pre: &'t str, figures: &[Figure], near: &mut Near) -> &'t str {
    let end = start + pre.len();
    let last = near.overlapping(start, end).rfind(|&i| near.spans[i].start >= start && near.spans[i].end <= end);
    match last {
        Some(i) if !(framed(pre) && FIELD.is_match(pre)) => {
            let span = near.spans[i];
            let after = &text[span.end..end];
            // Before a frame, only when nothing after it names what is ranked
            // (连续4年在国家综合测评中位列第一 names it after).
            if !is_time_frame(&figures[i]) || indicator_in(after).is_some() {
                return after;
            }
            // The frame's own part of the clause: after the figure before it, if any.
            let from = i.checked_sub(1).map_or(start, |before| near.spans[before].end.max(start));
            indicator_before_frame(&text[from..span.start]).unwrap_or(after)
        }
        _ => pre,
    }
}

/// The last scope word in `pre`: the one starting last, the longest there.
fn last_scope(pre: &str) -> Option<&'static str> {
    pre.char_indices().rev().find_map(|(at, _)| SCOPE_STARTS.longest(&pre[at..])).map(|(scope, ())| scope)
}

/// Whether `pre` may hold `在…中`, the frame [`FIELD`] and [`FRAME`] read.
fn framed(pre: &str) -> bool {
    pre.ends_with('中') && pre.contains('在')
}

static SCOPE_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(SCOPES.iter().map(|&scope| (scope, ()))));

/// What the clause before a rank says is ranked.
fn indicator_in(pre: &str) -> Option<String> {
    let frame = framed(pre).then(|| FRAME.captures(pre)).flatten();
    let mut rest = frame.and_then(|c| c.name("inner")).map_or(pre, |m| m.as_str());
    // 营收从全国第12位 (升至第5位): the earlier place, with its scope, goes first.
    for word in ["双双", "分别"] {
        rest = rest.strip_suffix(word).unwrap_or(rest);
    }
    if let Some(at) = rest.rfind(['从', '由']).filter(|&at| EARLIER_PLACE.find(&rest[at..]).is_some_and(|m| m.start() == 0)) {
        rest = &rest[..at];
    }
    if let Some(scope) = last_scope(rest) {
        rest = &rest[rest.rfind(scope).map_or(0, |at| at + scope.len())..];
    }
    for verb in RANK_VERBS.iter().chain(&["跻身", "荣获", "获得", "进入", "入选", "荣登", "入围"]) {
        rest = rest.strip_suffix(verb).unwrap_or(rest);
    }
    let mut rest = rest.trim_matches(|c: char| is_blank(c) || is_clause_end(c) || c == '、');
    for word in ["上升到", "上升至", "提升到", "提升至", "前移到", "前移", "上升", "提升", "双双", "分别"] {
        rest = rest.strip_suffix(word).unwrap_or(rest);
    }
    if let Some(m) = rest.contains('第').then(|| EARLIER_PLACE.find(rest)).flatten() {
        rest = &rest[..m.start()];
    }
    for word in CONNECTIVES.iter().chain(SCOPE_WORDS) {
        rest = rest.strip_prefix(word).unwrap_or(rest);
    }
    for word in ["保持", "连续多年", "均", "持续", "继续", "始终", "由上年的", "由上年", "从上年的", "从上年", "由", "从"] {
        rest = rest.strip_suffix(word).unwrap_or(rest);
    }
    (!rest.is_empty()).then(|| rest.chars().filter(|&c| !is_blank(c)).collect())
}

/// Whether `figure` is a time frame (`连续5年`), which names no indicator.
fn is_time_frame(figure: &Figure) -> bool {
    is_time_span(figure) && figure.indicator.is_none()
}

/// The indicator of the last figure of the sentence before `pos` that is
/// no time frame.
fn inherited(text: &str, pos: usize, figures: &[Figure], near: &mut Near) -> Option<String> {
    // A figure that ends farther back than 4 × 41 bytes is more than 40 chars away.
    let last = near.overlapping(pos.saturating_sub(4 * 41), pos).rfind(|&i| near.spans[i].end <= pos && !is_time_frame(&figures[i]))?;
    let last = &figures[last];
    let between = &text[last.span.end..pos];
    if between.contains(is_sentence_end) || between.chars().count() > 40 {
        return None;
    }
    last.indicator.clone()
}

#[cfg(test)]
mod tests {
    /// position, top, of, scope, indicator
    type Row = (Option<u32>, Option<u32>, Option<u32>, Option<String>, Option<String>);

    fn ranks(text: &str) -> Vec<Row> {
        crate::extract(text).ranks.into_iter().map(|r| (r.position, r.top, r.of, r.scope, r.indicator)).collect()
    }

    #[test]
    fn place_after_a_verb_inherits_the_figure_before() {
        assert_eq!(
            ranks("空气质量综合指数改善9%,排全省第二位"),
            vec![(Some(2), None, None, Some("全省".into()), Some("空气质量综合指数".into()))]
        );
    }

    #[test]
    fn frame_names_the_indicator_and_the_field() {
        assert_eq!(
            ranks("我市在全国政府网站绩效评估中排第47名"),
            vec![(Some(47), None, None, Some("全国".into()), Some("政府网站绩效评估".into()))]
        );
        assert_eq!(ranks("在全国50个保交房重点城市中排名第一"), vec![(Some(1), None, Some(50), Some("全国".into()), None)]);
    }

    #[test]
    fn top_n() {
        assert_eq!(
            ranks("连续两年荣获全省“绿叶杯”竞赛前三名"),
            vec![(None, Some(3), None, Some("全省".into()), Some("“绿叶杯”竞赛".into()))]
        );
        assert_eq!(ranks("连续9年跻身全国百强"), vec![(None, Some(100), None, Some("全国".into()), None)]);
        assert_eq!(ranks("出口额居全国第3位"), vec![(Some(3), None, None, Some("全国".into()), Some("出口额".into()))]);
        assert_eq!(
            ranks("进出口总额达1.1万亿美元，由上年的第六位上升到居世界第五位"),
            vec![(Some(5), None, None, Some("世界".into()), Some("进出口总额".into()))]
        );
    }

    #[test]
    fn a_rise_from_an_earlier_place_and_a_time_frame_leave_the_indicator() {
        assert_eq!(
            ranks("规上工业企业营收从全国第12位跃升至第5位"),
            vec![(Some(5), None, None, Some("全国".into()), Some("规上工业企业营收".into()))]
        );
        assert_eq!(
            ranks("规上工业增加值增速连续30个月居全国前10位"),
            vec![(None, Some(10), None, Some("全国".into()), Some("规上工业增加值增速".into()))]
        );
        assert_eq!(
            ranks("港口集装箱吞吐量达到5506.3万标准箱、连续16年排名世界第一"),
            vec![(Some(1), None, None, Some("世界".into()), Some("港口集装箱吞吐量".into()))]
        );
        assert_eq!(
            ranks("连续4年在国家综合测评中位列第一"),
            vec![(Some(1), None, None, None, Some("国家综合测评".into()))]
        );
    }

    #[test]
    fn ordinals_and_kinds_are_not_ranks() {
        assert!(ranks("第五次全国经济普查取得阶段性成果").is_empty());
        assert!(ranks("辽宁先达获第二十四届中国专利金奖").is_empty());
        assert!(ranks("引进世界500强企业3家").is_empty());
        assert!(ranks("位居全国前列").is_empty());
    }
}
