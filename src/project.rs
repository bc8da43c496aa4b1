//! Projects: named undertakings (…项目, …工程, …电站, …园区) and where they
//! stand, read from the status words of [`STATUSES`] in three shapes:
//!
//! - name then status: `20-2天然气分离厂迁建项目开工`, `A、B等项目加快建设`;
//! - status then name: `实施三北六期工程`, `谋划推进秦沈高铁、叶绥铁路`;
//! - `加快X建设`: `加快辽宁(东戴河)带土移植转化中心建设`.
//!
//! Only projects with a status are reported; generic mentions
//! (`实施重点项目18个`, `储氢、光学等未来产业项目`) are not.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::indicator::{clause_start, is_clause_end};
use crate::lexicon::{GENERIC_NAME_STARTS, NAME_LEAD_VERBS, PROJECT_SUFFIXES, STATUSES, STATUS_ADVERBS, STATUS_BEFORE_NAME};
use crate::figure::{within, Near};
use crate::model::{Project, Status};
use crate::numeral::arabic_digit;
use crate::segment::Outline;
use crate::span::Span;
use crate::words::{Prefixes, Suffixes, WordSearch};

static STATUS_WORDS: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(STATUSES.iter().map(|&(word, _)| word)));

static STATUS_ADVERB_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(STATUS_ADVERBS.iter().map(|&w| (w, ()))));
static NAME_LEAD_VERB_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(NAME_LEAD_VERBS.iter().map(|&w| (w, ()))));
static GENERIC_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(GENERIC_NAME_STARTS.iter().map(|&w| (w, ()))));
static PROJECT_SUFFIX_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(PROJECT_SUFFIXES.iter().map(|&w| (w, ()))));

/// `加快X建设`, `加快推进X建设` at the end of a clause.
static SPEED_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<lead>加快推进|加快)(?P<name>[^，,；;。：:！？!?、\n]{2,40}?)建设(?:[，,；;。：:！？!?、\n]|$)").expect("valid regex")
});

/// A count at the start of a name: `6个`, `53个`.
static LEADING_COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:个|座|家|项|条|处)").expect("valid regex"));

/// The tail of a list of names that `region` ends with: `等项目`,
/// `等8个项目`, `等农产品深加工项目` — `等`, a count, `个` or `批`, the kind
/// of the names, and `项目` or `工程`, with no `、，,；;。` between. Gives where
/// the tail's `等` stands and whether it names a kind.
fn etc_tail(region: &str) -> Option<(usize, bool)> {
    let body = region.strip_suffix("项目").or_else(|| region.strip_suffix("工程"))?;
    let floor = body.rfind(['、', '，', ',', '；', ';', '。']).map_or(0, |at| at + body[at..].chars().next().map_or(1, char::len_utf8));
    let at = floor + body[floor..].find('等')?;
    let after = &body[at + '等'.len_utf8()..];
    let digits = after.trim_start_matches(|c: char| arabic_digit(c).is_some());
    let counted = if digits.len() < after.len() { digits } else { after.trim_start_matches(|c: char| "一二三四五六七八九十两".contains(c)) };
    let kind = counted.strip_prefix(['个', '批']).unwrap_or(counted);
    Some((at, !kind.is_empty()))
}

/// The longest name a project may have, in chars.
const MAX_NAME: usize = 40;

/// Every project with a status word in `part` of `text`.
pub(crate) fn find(text: &str, part: Range<usize>, spans: &[Span], outline: &Outline) -> Vec<Project> {
    let mut projects = Vec::new();
    let mut floor = part.start;
    let mut near = Near::new(spans);
    let mut from = part.start;
    while let Some((index, m)) = STATUS_WORDS.find(text, from, part.end) {
        from = m.end;
        let (word, status) = STATUSES[index];
        let after = text[m.end..].chars().next();
        if after.is_none_or(|c| is_clause_end(c) || c == '、') {
            let names_end = strip_adverbs(&text[..m.start]);
            if may_end_a_name(text, names_end, &mut near) {
                let start = clause_start(text, m.start, floor.min(m.start), outline).min(names_end);
                push_names(text, (start, names_end), &spans[near.overlapping(start, names_end)], word, status, &mut projects);
            }
        } else if STATUS_BEFORE_NAME.contains(&word) {
            let end = clause_end(text, m.end);
            if may_end_a_name(text, end, &mut near) {
                push_names(text, (m.end, end), &spans[near.overlapping(m.end, end)], word, status, &mut projects);
            }
        }
        floor = m.end;
    }
    let mut near = Near::new(spans);
    // A part ends after a line end, which no name crosses: the search stays in it.
    for caps in SPEED_UP.captures_iter(&text[part.clone()]) {
        let (Some(lead), Some(name)) = (caps.name("lead"), caps.name("name")) else { continue };
        let status_text = if lead.as_str() == "加快" { "加快建设" } else { "加快推进" };
        let (start, end) = (part.start + name.start(), part.start + name.end());
        push_names(text, (start, end), &spans[near.overlapping(start, end)], status_text, Status::InProgress, &mut projects);
    }
    projects.sort_by_key(|p| p.span);
    projects.dedup_by_key(|p| p.span);
    projects
}

/// The end of the clause that starts at or before `pos`.
fn clause_end(text: &str, pos: usize) -> usize {
    text[pos..].char_indices().take(MAX_NAME * 2).find(|&(_, c)| is_clause_end(c)).map_or_else(|| {
        pos + text[pos..].chars().take(MAX_NAME * 2).map(char::len_utf8).sum::<usize>()
    }, |(at, _)| pos + at)
}

/// Where `before` ends without the adverbs at its end (`陆续`).
fn strip_adverbs(before: &str) -> usize {
    let mut end = before.len();
    while let Some((adverb, ())) = STATUS_ADVERB_ENDS.longest(&before[..end]) {
        end -= adverb.len();
    }
    end
}

/// Whether names may end at `end`: the text before it, without space and
/// a count (`…项目5个`), ends with a project suffix. Most status words stand
/// in prose about no project at all, and this spares reading their clause.
fn may_end_a_name(text: &str, end: usize, near: &mut Near) -> bool {
    let mut end = text[..end].trim_end().len();
    let count = near.overlapping(end.saturating_sub(1), end).last().map(|i| near.spans[i]).filter(|s| s.end == end);
    if let Some(count) = count {
        end = count.start;
    }
    ends_with_suffix(&text[..end])
}

/// Whether `name` ends with a project suffix and holds more than that.
fn ends_with_suffix(name: &str) -> bool {
    let bare = name.trim_end_matches([')', '）']);
    PROJECT_SUFFIX_ENDS.endings(bare).any(|(suffix, ())| bare.len() > suffix.len())
}

/// Reads the names in `text[start..end]` and pushes one project per name.
fn push_names(
    text: &str,
    (mut start, mut end): (usize, usize),
    spans: &[Span],
    status_text: &'static str,
    status: Status,
    projects: &mut Vec<Project>,
) {
    // Trim what belongs to the sentence: leading verbs and counts, space.
    loop {
        let region = &text[start..end];
        let trimmed = region.trim_start_matches(|c: char| c.is_whitespace() || "、，,".contains(c));
        let trimmed = NAME_LEAD_VERB_STARTS.longest(trimmed).map_or(trimmed, |(verb, ())| &trimmed[verb.len()..]);
        let counted = trimmed.starts_with(|c: char| c.is_ascii_digit() || "０１２３４５６７８９一二三四五六七八九十两".contains(c));
        let trimmed = match counted.then(|| LEADING_COUNT.find(trimmed)).flatten() {
            Some(count) => &trimmed[count.end()..],
            None => trimmed,
        };
        start = end - trimmed.len();
        if trimmed.len() == region.len() {
            break;
        }
    }
    end = start + text[start..end].trim_end().len();
    // A count right after the names: 实施重点项目18个 is generic, 引进A等项目5个 is not.
    let mut region = &text[start..end];
    let trailing_count = within(spans, start, end).last().map(|i| spans[i]).filter(|s| s.end == end && s.start > start);
    if let Some(count) = trailing_count {
        region = &text[start..count.start];
    }
    if region.chars().count() > MAX_NAME * 2 || region.is_empty() {
        return;
    }
    if let Some((whole, kind_named)) = etc_tail(region) {
        let items = region[..whole].split('、');
        // 储氢、光学等未来产业项目, 新材料、新能源等新兴产业项目: short items
        // before a named kind are categories, not names.
        if !(kind_named && items.clone().any(|i| i.chars().count() < 5 && !ends_with_suffix(i))) {
            push_all(text, items, status_text, status, projects);
        }
        return;
    }
    if trailing_count.is_some() || !ends_with_suffix(region) {
        return;
    }
    // 长赣高铁主体工程、宜常高铁及虞公港二期: names joined by 及 or 和
    // when every one of them is a name (not 结构调整和转型升级发展工程).
    const JOINERS: [char; 3] = ['、', '及', '和'];
    let region_start = region.as_ptr() as usize - text.as_ptr() as usize;
    let counted = !within(spans, region_start, region_start + region.len()).is_empty();
    if region.contains(JOINERS) && !counted && region.split(JOINERS).all(ends_with_suffix) {
        push_all(text, region.split(JOINERS), status_text, status, projects);
        return;
    }
    // 京哈、凌绥高速 share a suffix; 中船、大唐、辽能5个风电项目 are one group
    // (a count in the last item), and so is any list of long phrases.
    let (others, last) = region.rsplit_once('、').map_or((None, region), |(others, last)| (Some(others), last));
    let last_start = last.as_ptr() as usize - text.as_ptr() as usize;
    let counted = !within(spans, last_start, last_start + last.len()).is_empty();
    let shared_suffix = others.is_none_or(|others| others.split('、').all(|i| ends_with_suffix(i) || i.chars().count() <= 4));
    if counted || !shared_suffix {
        push_all(text, [region], status_text, status, projects);
    } else {
        push_all(text, region.split('、'), status_text, status, projects);
    }
}

/// Pushes one project per name, skipping what cannot be a name.
fn push_all<'t>(text: &str, names: impl IntoIterator<Item = &'t str>, status_text: &'static str, status: Status, projects: &mut Vec<Project>) {
    for name in names {
        let name = name.trim();
        // 一批重大项目, 亿元以上技改项目: a kind of project, not a name.
        let generic = GENERIC_STARTS.longest(name).is_some() || name.contains("以上");
        if generic || name.is_empty() || name.chars().count() > MAX_NAME || name.contains(is_clause_end) {
            continue;
        }
        let at = name.as_ptr() as usize - text.as_ptr() as usize;
        projects.push(Project {
            name: name.to_string(),
            span: Span::new(text, at, at + name.len()),
            status: Some(status),
            status_text: Some(Cow::Borrowed(status_text)),
            section: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use regex::Regex;

    use super::etc_tail;

    #[test]
    fn etc_tails() {
        assert_eq!(etc_tail("A、B等项目"), Some(("A、B".len(), false)));
        assert_eq!(etc_tail("A、B等8个项目"), Some(("A、B".len(), false)));
        assert_eq!(etc_tail("A等一批重点工程"), Some(("A".len(), true)));
        assert_eq!(etc_tail("储氢、光学等未来产业项目"), Some(("储氢、光学".len(), true)));
        assert_eq!(etc_tail("等工程项目"), Some((0, true)));
        assert_eq!(etc_tail("A等项目、B项目"), None);
        assert_eq!(etc_tail("A等项目建设"), None);
        assert_eq!(etc_tail("A项目"), None);
    }

    proptest! {
        /// The tail read by hand is the one the pattern it spells out finds.
        #[test]
        fn etc_tail_reads_as_its_pattern(region in "[等个批项目工程8８一两十、，。A]{0,14}") {
            let pattern = Regex::new(r"等(?:[0-9０-９]+|[一二三四五六七八九十两]+)?(?:个|批)?(?P<kind>[^、，,；;。]*?)(?:项目|工程)$").unwrap();
            let expected = pattern.captures(&region).map(|c| (c.get(0).unwrap().start(), !c["kind"].is_empty()));
            prop_assert_eq!(etc_tail(&region), expected);
        }
    }
}
