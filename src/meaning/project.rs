//! Projects: named undertakings (…项目, …工程, …电站, …园区, …广场, …路) and
//! where they stand. Four readings, each over the clause a word stands in:
//!
//! - a status word of [`STATUSES`] after the names (`A、B等项目建成投用`,
//!   `A项目进展顺利`) or before them (`开工建设A、B`, `建成25个A示范区`);
//! - a verb wrapping a name with 建设 (`加快A建设`, `推进A建设`);
//! - names without a status: the items of a list of projects
//!   (`A、B、C等重点生态工程`), and a named project that opens a clause
//!   (`渝西水资源配置工程破解区域缺水难题`);
//! - lists of named facilities without a status (`以A基地、B基地、…、C生态园为龙头`).
//!
//! A list gives one project per item; a suffix shared by the list (`京哈、
//! 凌绥高速`) or named by its `等` tail (`A、B等7条高速公路`) makes each
//! item a name. Generic mentions (`实施重点项目18个`, `一批重大项目`,
//! `储氢、光学等未来产业项目`) are no projects.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use crate::reading::figure::Near;
use crate::reading::clause::{clause_start, is_clause_end, PhraseMarks};
use crate::lexicon::{
    Place, StatusWord, AIM_HEADS, BUILDING_LEADS, CLAUSE_OPENERS, SCOPE_WORDS, GENERIC_NAME_ENDS, GENERIC_NAME_STARTS, FRAME_ROLES, GENERIC_WORK_OBJECTS, LIST_KINDS, PLACE_ENDS, NAME_FIRSTS, NAME_LEAD_VERBS, KIND_MODIFIERS, NAME_OPENING_VERBS, PROJECT_PREDICATES,
    PROJECT_SUFFIXES, STATUSES, STATUS_ADVERBS, WORK_SUFFIXES,
};
use crate::model::{Dimension, Figure, Project, Status};
use crate::reading::numeral::arabic_digit;
use crate::reading::segment::Outline;
use crate::span::Span;
use crate::words::{is_blank, is_han, CharSet, Prefixes, Suffixes, WordSearch};

/// The status words read from their end, at the end of a phrase.
static STATUS_ENDS: LazyLock<Suffixes<&StatusWord>> =
    LazyLock::new(|| Suffixes::new(STATUSES.iter().filter(|s| s.place != Place::Before).map(|s| (s.word, s))));
/// The last chars of the status words and `了`, which may follow them.
static STATUS_LAST_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(STATUSES.iter().filter(|s| s.place != Place::Before).map(|s| s.word).chain(["了"]).filter_map(|w| w.chars().next_back())));
/// What may open a clause: a status word that stands before names, or a
/// lead verb, scope or time word before one; read from a clause's start
/// in one table, one lookup a word.
#[derive(Clone, Copy)]
enum Opening {
    Status(&'static StatusWord),
    Lead,
}
static CLAUSE_OPENING_STARTS: LazyLock<Prefixes<Opening>> = LazyLock::new(|| {
    let statuses = STATUSES.iter().filter(|s| s.place != Place::After).map(|s| (s.word, Opening::Status(s)));
    let leads = NAME_LEAD_VERBS.iter().chain(SCOPE_WORDS).chain(CLAUSE_OPENERS).map(|&w| (w, Opening::Lead));
    Prefixes::new(statuses.chain(leads))
});
/// The kinds that name a project on their own: a clause that ends in one
/// may be a name without a status.
static KIND_WORDS: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(["工程", "项目"]));
/// The status words of a landing that a place may follow (`落户清苑`).
static LANDING_WORDS: LazyLock<WordSearch> = LazyLock::new(|| WordSearch::new(["落户", "落地", "入驻"]));
/// How far a phrase end may stand after a landing word: four chars of
/// place (see [`landing_place`]).
const MAX_LANDING_PLACE: usize = 4 * 3;

static STATUS_ADVERB_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(STATUS_ADVERBS.iter().map(|&w| (w, ()))));
/// The lead verbs and the firsts (`全国首个`) that open a name's region.
static NAME_LEAD_STARTS: LazyLock<Prefixes<()>> =
    LazyLock::new(|| Prefixes::new(NAME_LEAD_VERBS.iter().chain(NAME_FIRSTS).map(|&w| (w, ()))));
static GENERIC_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(GENERIC_NAME_STARTS.iter().map(|&w| (w, ()))));
static PREDICATE_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(PROJECT_PREDICATES.iter().map(|&w| (w, ()))));
static NAME_OPENING_VERB_ENDS: LazyLock<Suffixes<()>> =
    LazyLock::new(|| Suffixes::new(NAME_OPENING_VERBS.iter().map(|&w| (w, ()))));
static BUILDING_LEAD_ENDS: LazyLock<Suffixes<(&str, Status)>> =
    LazyLock::new(|| Suffixes::new(BUILDING_LEADS.iter().map(|&(lead, text, status)| (lead, (text, status)))));
static KIND_MODIFIER_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(KIND_MODIFIERS.iter().map(|&w| (w, ()))));
static GENERIC_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(GENERIC_NAME_ENDS.iter().map(|&w| (w, ()))));
static PROJECT_SUFFIX_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(PROJECT_SUFFIXES.iter().map(|&w| (w, ()))));
static AIM_HEAD_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(AIM_HEADS.iter().map(|&w| (w, ()))));
static WORK_SUFFIX_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(WORK_SUFFIXES.iter().map(|&w| (w, ()))));
static GENERIC_WORK_OBJECT_STARTS: LazyLock<Prefixes<()>> =
    LazyLock::new(|| Prefixes::new(GENERIC_WORK_OBJECTS.iter().map(|&w| (w, ()))));
/// The head words found anywhere in a phrase, for where its last name ends.
static PROJECT_SUFFIX_ENDS_IN: LazyLock<aho_corasick::AhoCorasick> =
    LazyLock::new(|| aho_corasick::AhoCorasick::new(PROJECT_SUFFIXES).expect("a table of words builds an automaton"));
/// The roles a frame `以…为` gives what it names (`为龙头`, `为依托`), read
/// where a `为` stands (all begin with it, which a packed search for the
/// words would look for no faster).
static FRAME_ROLE_STARTS: LazyLock<Prefixes<()>> = LazyLock::new(|| Prefixes::new(FRAME_ROLES.iter().map(|&w| (w, ()))));
static LIST_KIND_ENDS: LazyLock<Suffixes<()>> = LazyLock::new(|| Suffixes::new(LIST_KINDS.iter().map(|&w| (w, ()))));

/// The longest name a project may have, in chars.
const MAX_NAME: usize = 40;

/// Whether `c` counts things in a list tail or before a name: `7条`, `一批`.
fn is_count_digit(c: char) -> bool {
    arabic_digit(c).is_some() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两' | '百' | '千' | '万' | '几' | '多')
}

/// Whether `c` is a classifier after such a count.
fn is_count_word(c: char) -> bool {
    matches!(c, '个' | '条' | '座' | '家' | '项' | '批' | '处' | '所' | '台' | '套')
}

/// Every project in `part` of `text`, in text order; `spans` are those of
/// `figures`.
pub(crate) fn find(text: &str, part: Range<usize>, figures: &[Figure], spans: &[Span], outline: &Outline) -> Projects {
    let mut found = Found { text, near: Near::new(spans), figures, projects: Vec::new(), descriptions: Vec::new() };
    let marks = PhraseMarks::read(text, part.start, part.end);
    by_status_words(text, part.clone(), outline, &marks, &mut found);
    let mut found = Found { near: Near::new(spans), ..found };
    by_building_leads(text, part.clone(), outline, &mut found);
    let mut found = Found { near: Near::new(spans), ..found };
    without_status(text, part.clone(), outline, &mut found);
    named_facility_lists(text, part.clone(), &marks, &mut found);
    exemplar_frames(text, part, &mut found);
    let mut projects = std::mem::take(&mut found.projects);
    // The readings may find a name twice: the one with a status stays.
    projects.sort_by_key(|p| (p.span.start, p.status.is_none(), std::cmp::Reverse(p.span.end)));
    let mut kept: Vec<Project> = Vec::with_capacity(projects.len());
    for project in projects {
        match kept.last_mut() {
            Some(last) if last.span.end > project.span.start => {
                if last.status.is_none() && project.status.is_some() {
                    *last = project;
                }
            }
            _ => kept.push(project),
        }
    }
    let mut descriptions = found.descriptions;
    descriptions.sort_unstable_by_key(|d| d.start);
    Projects { projects: kept, descriptions }
}

/// The projects of a part, and the descriptions before their names.
pub(crate) struct Projects {
    /// In text order.
    pub projects: Vec<Project>,
    /// In text order.
    pub descriptions: Vec<Span>,
}

/// Figures inside a project's name describe the project and set no goal;
/// a capacity there (`川渝千亿立方米天然气生产基地`) and a count that opens
/// it (`51个贫困村电网升级改造`) measure no indicator, while a count inside
/// keeps the noun it counts (`辽能5个风电项目`). A size in the
/// description before a name sizes the project as well, and sets no goal
/// (`规划建设占地3万亩的…园区`, `启动总投资12亿元的A项目`); it keeps
/// the indicator it was read with (`总投资`). All lists are in text order.
pub(crate) fn mark_project_figures(projects: &Projects, figures: &mut [Figure]) {
    let mut next = 0;
    for project in &projects.projects {
        // Both move forward: a walk, not a search, keeps to the cache.
        while figures.get(next).is_some_and(|f| f.span.start < project.span.start) {
            next += 1;
        }
        for figure in figures[next..].iter_mut().take_while(|f| f.span.end <= project.span.end) {
            figure.target = false;
            // (A count that opens the name sizes it: 51个贫困村…改造.)
            if figure.dimension != Dimension::Count || figure.span.start == project.span.start {
                figure.indicator = None;
            }
        }
    }
    let mut next = 0;
    for description in &projects.descriptions {
        while figures.get(next).is_some_and(|f| f.span.start < description.start) {
            next += 1;
        }
        // (A count there is of works, and a plan's count of works is a goal.)
        for figure in figures[next..].iter_mut().take_while(|f| f.span.end <= description.end) {
            figure.target &= figure.dimension == Dimension::Count;
        }
    }
}

/// What the readings share: the text, the figure spans, the projects found.
struct Found<'t, 's> {
    text: &'t str,
    near: Near<'s>,
    /// The figures whose spans `near` holds.
    figures: &'s [Figure],
    projects: Vec<Project>,
    /// The descriptions before names that gave a project
    /// (`总投资12亿元的` of `总投资12亿元的A项目`).
    descriptions: Vec<Span>,
}

/// Names next to a status word, read at each phrase end: before a status
/// word that ends the phrase (looked up in the table of words read from
/// their end), and at a clause end, after one that opens the clause, lead
/// verbs and scope words aside (`全年新开工A、B等项目`).
fn by_status_words(text: &str, part: Range<usize>, outline: &Outline, marks: &PhraseMarks, found: &mut Found) {
    // The names reach back to the clause start, not past the status word before.
    let mut floor = part.start;
    let mut phrase = part.start;
    let mut clause = part.start;
    let text_end = (part.end == text.len()).then_some(text.len());
    // The figures and the landing words, walked with the phrase ends: few
    // phrases end in either.
    let spans = found.near.spans;
    let mut next_figure = 0;
    let landings: Vec<usize> = LANDING_WORDS.find_iter(&text[..part.end], part.start).map(|(_, word)| word.end).collect();
    let mut next_landing = 0;
    for end in marks.ends(text, outline).chain(text_end) {
        let before = &text[phrase..end];
        let phrase_start = phrase;
        phrase = end;
        // Most phrases end in a char no status word ends in; a place may
        // follow the status word of a landing (落户清苑, 入驻园区).
        let at_status_char = before.chars().next_back().is_some_and(|c| STATUS_LAST_CHARS.contains(c));
        while spans.get(next_figure).is_some_and(|s| s.end < end) {
            next_figure += 1;
        }
        while landings.get(next_landing).is_some_and(|&at| at + MAX_LANDING_PLACE < end) {
            next_landing += 1;
        }
        // A size may follow the status word (A项目开工11万平方米).
        let sized = || {
            let figure = spans.get(next_figure).filter(|s| s.end == end && s.start > phrase_start)?;
            STATUS_ENDS.longest(&text[phrase_start..figure.start]).map(|_| figure.start)
        };
        let lands = || landings.get(next_landing).is_some_and(|&at| at <= end);
        let landing = if at_status_char { None } else { sized().or_else(|| lands().then(|| landing_place(before)).flatten().map(|place| end - place)) };
        if landing.is_some() || at_status_char {
            let word_end = landing.unwrap_or(end - if before.ends_with('了') { '了'.len_utf8() } else { 0 });
            if let Some((word, entry)) = STATUS_ENDS.longest(&text[end - before.len()..word_end]) {
                let word_start = word_end - word.len();
                let names_end = strip_adverbs(&text[..word_start]);
                floor = floor.min(word_start);
                if may_end_names(&text[floor.min(names_end)..names_end]) {
                    let start = clause_start(text, word_start, floor, outline).min(names_end);
                    found.names(start..names_end, Side::BeforeStatus, (entry.word, entry.status));
                }
                floor = word_end;
            }
        }
        // A list comma goes on with the clause.
        if text[end..].starts_with('、') {
            continue;
        }
        if let Some((word_end, entry)) = opening_status(&text[clause..end]) {
            let names = clause + word_end;
            if !ends_phrase(&text[names..]) {
                found.names(names..end, Side::AfterStatus, (entry.word, entry.status));
            }
        }
        clause = end + text[end..].chars().next().map_or(0, char::len_utf8);
    }
}

/// The status word that opens `clause` after lead verbs and scope words
/// (`今年开工建设`, `着力实施`), with where it ends.
fn opening_status(clause: &str) -> Option<(usize, &'static StatusWord)> {
    let mut at = clause.len() - clause.trim_start().len();
    for _ in 0..4 {
        // A status word is taken before any lead word that starts there.
        let mut lead = None;
        for (word, opening) in CLAUSE_OPENING_STARTS.all(&clause[at..]) {
            match opening {
                Opening::Status(entry) => return Some((at + word.len(), entry)),
                Opening::Lead => lead = lead.or(Some(word)),
            }
        }
        at += lead?.len();
    }
    None
}

/// `加快A建设`, `推进A建设`: 建设 ending a clause, a lead verb before the name.
fn by_building_leads(text: &str, part: Range<usize>, outline: &Outline, found: &mut Found) {
    let finder = memchr::memmem::Finder::new("建设".as_bytes());
    let mut floor = part.start;
    for at in finder.find_iter(&text.as_bytes()[part.clone()]).map(|at| part.start + at) {
        let end = at + "建设".len();
        // 加快A建设进度: the building's pace is the building.
        let pace = ["进度", "步伐", "进程"].iter().find(|w| text[end..].starts_with(**w)).map_or(0, |w| w.len());
        if at < floor || !ends_phrase(&text[end + pace..]) {
            continue;
        }
        let start = clause_start(text, at, floor, outline);
        floor = end;
        // The lead verb nearest the name wins, the longest where two end
        // together: 加快推进A建设.
        let Some((lead_end, _, (status_text, status))) = BUILDING_LEAD_ENDS.last_in(&text[start..at]) else { continue };
        let lead_end = start + lead_end;
        found.names(lead_end..at, Side::AfterStatus, (status_text, status));
    }
}

/// Projects no status is said of: the items of a list of projects, and a
/// named project that opens its clause.
fn without_status(text: &str, part: Range<usize>, outline: &Outline, found: &mut Found) {
    // The projects with a status, in text order: a list they were read
    // from is not read again.
    found.projects.sort_unstable_by_key(|p| p.span.start);
    let read: Vec<Span> = found.projects.iter().map(|p| p.span).collect();
    let mut next_read = 0;
    let mut from = part.start;
    let mut floor = part.start;
    while let Some((_, m)) = KIND_WORDS.find(text, from, part.end) {
        from = m.end;
        // A list of projects has a 等 just before its kind; a named project
        // is followed by a verb of result: most kind words have neither.
        let near = m.start.saturating_sub(36);
        let near_before = &text.as_bytes()[near..m.start];
        if !near_before.windows(3).any(|w| w == "等".as_bytes()) && !predicate_follows(&text[m.end..]) {
            continue;
        }
        while read.get(next_read).is_some_and(|s| s.end <= near) {
            next_read += 1;
        }
        if read.get(next_read).is_some_and(|s| s.start < m.start) {
            continue;
        }
        let start = clause_start(text, m.start, floor.min(m.start), outline);
        floor = m.end;
        let region = strip_description(trim_lead(after_opening_verb(&text[start..m.end])));
        if let Some((at, kind)) = etc_tail(region) {
            let generic = GENERIC_STARTS.longest(&region[..at]).is_some() || kind == Kind::Fields;
            let items = strip_leading_count(&region[..at]);
            let generic = generic || is_category_list(list_items(items));
            if items.contains('、') && !generic {
                found.push_all(list_items(items), None);
            }
            continue;
        }
        let at = region.as_ptr() as usize - text.as_ptr() as usize;
        let counted = !found.near.overlapping(at, m.end).is_empty();
        if !counted && opens_clause(text, start, region) && names_a_project(region, &text[m.end..]) {
            found.push_list(region, None);
        }
    }
}

/// Lists of named facilities no status is said of (`以张登无公害蔬菜基地、
/// 南王庄西瓜基地、…、御城生态园为中心`): a clause whose list holds at least
/// four items, every one ending in a head word of [`PROJECT_SUFFIXES`], the
/// first after the clause's lead words and the last up to its head word.
fn named_facility_lists(text: &str, part: Range<usize>, marks: &PhraseMarks, found: &mut Found) {
    let mut done = part.start;
    for (at, next_mark) in marks.list_commas(text) {
        if at < done {
            continue;
        }
        // Most lists are of words, not names: the item after this comma
        // must end in a head word before the clause is read at all.
        let next = &text[at + '、'.len_utf8()..];
        let next_end = next_mark.map_or(next.len(), |mark| mark - (at + '、'.len_utf8()));
        if !next[next_end..].starts_with('、') || !ends_with_suffix(&next[..next_end]) {
            continue;
        }
        let clause_from = after_last(&text[..at], is_clause_end).unwrap_or(0);
        let clause_to = text[at..].find(is_clause_end).map_or(text.len(), |c| at + c);
        done = clause_to;
        let clause = &text[clause_from.max(part.start)..clause_to];
        let items: Vec<&str> = clause.split('、').collect();
        let [first, middle @ .., last] = items.as_slice() else { continue };
        // Kinds of facility (图书馆、文化馆、博物馆) are short: names are longer.
        let chars: usize = middle.iter().map(|item| item.chars().count()).sum();
        // (生产性项目、高科技项目、…: kinds of project; a facility list
        // names built things.)
        let facility = |item: &&str| ends_with_suffix(item) && !item.ends_with("项目") && !item.ends_with("工程");
        let named = middle.iter().all(|item| facility(item) && is_name(item) && !item.contains(['（', '(', '）', ')']));
        if middle.len() < 2 || !named || chars < 5 * middle.len() {
            continue;
        }
        // The first item after the clause's lead words (以, 重点扶持); the
        // last up to its head word (…生态园为中心).
        let first = first.rsplit(['以', '把', '将', '对', '在']).next().unwrap_or(first);
        let first = trim_lead(after_opening_verb(first));
        let first = if first.chars().count() <= 16 { first } else { "" };
        let ends_there = |end: usize| last[end..].is_empty() || last[end..].starts_with(['为', '等', '和', '及', '的', '作']);
        let last_end = PROJECT_SUFFIX_ENDS_IN.find_iter(last).map(|m| m.end()).find(|&end| ends_with_suffix(&last[..end]) && ends_there(end));
        let last = last_end.map(|end| &last[..end]);
        let names = std::iter::once(first).chain(middle.iter().copied()).chain(last);
        found.push_all(names.filter(|name| ends_with_suffix(name)), None);
    }
}

/// Facilities named as the models of a plan, in a frame `以…为龙头`
/// (`以孙村蛋鸡养殖小区和北店、百中、温仁奶牛养殖小区为龙头`,
/// `以冉庄…教育示范基地为依托`): every item that ends in a head word,
/// and the short items before one in its list, which share it. No status
/// is said of them.
fn exemplar_frames(text: &str, part: Range<usize>, found: &mut Found) {
    let wei = memchr::memmem::Finder::new("为".as_bytes());
    let roles = wei.find_iter(&text.as_bytes()[part.clone()]).map(|at| part.start + at).filter_map(|at| {
        let (word, ()) = FRAME_ROLE_STARTS.longest(&text[at..part.end])?;
        Some(at..at + word.len())
    });
    for role in roles {
        // The frame opens at the nearest 以 of the sentence.
        // (A frame holds at most 120 chars: the look back is bounded.)
        let mut reach = role.start.saturating_sub(120 * 3).max(part.start);
        while !text.is_char_boundary(reach) {
            reach += 1;
        }
        let sentence = reach + after_last(&text[reach..role.start], |c| matches!(c, '。' | '；' | ';' | '\n')).unwrap_or(0);
        let Some(open) = text[sentence..role.start].rfind('以').map(|at| sentence + at + '以'.len_utf8()) else { continue };
        let inside = &text[open..role.start];
        let inside = inside.strip_suffix('等').unwrap_or(inside);
        // 以“A、B、C”四大片区为重点: a quoted list is a slogan's terms.
        if inside.contains(['“', '"']) {
            continue;
        }
        let mut waiting: Vec<&str> = Vec::new();
        for item in inside.split(['、', '，', '和', '及']) {
            let counted = item.starts_with(is_count_digit);
            if ends_with_suffix(item) && is_name(item) && !counted {
                found.push_all(waiting.drain(..).chain([item]), None);
            } else if (2..=4).contains(&item.chars().count()) && item.chars().all(is_han) && !counted {
                waiting.push(item);
            } else {
                waiting.clear();
            }
        }
    }
}

/// Where the text after the last char of `text` that `is` holds for
/// starts, if one does.
fn after_last(text: &str, is: impl Fn(char) -> bool) -> Option<usize> {
    text.char_indices().rev().find(|&(_, c)| is(c)).map(|(at, c)| at + c.len_utf8())
}

/// Whether `region` is what its clause opens with: no more than
/// connectives or a lead verb stand between.
fn opens_clause(text: &str, clause: usize, region: &str) -> bool {
    let lead = &text[clause..region.as_ptr() as usize - text.as_ptr() as usize];
    lead.chars().count() <= 2
}

/// Whether `name` (a clause's opening, ending in 工程 or 项目) names one
/// project: long enough to be more than a kind, and followed by one of the
/// [`PROJECT_PREDICATES`], perhaps after a time (`中新互联互通项目十年开辟…`).
fn names_a_project(name: &str, after: &str) -> bool {
    let bare = name.trim_end_matches(['工', '程', '项', '目']);
    let specific = bare.chars().count() >= 4 || bare.contains('、');
    specific && predicate_follows(after) && is_name(name.rsplit('、').next().unwrap_or(name))
}

/// Whether `after` opens with one of the [`PROJECT_PREDICATES`], perhaps
/// after a time (`十年开辟`).
fn predicate_follows(after: &str) -> bool {
    let timed = after.trim_start_matches(is_count_digit);
    let after = if timed.len() < after.len() { timed.strip_prefix(['年', '天']).unwrap_or(after) } else { after };
    PREDICATE_STARTS.longest(after).is_some()
}

/// Which side of the status word the names stand on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// `A开工`: the names end where the status word starts.
    BeforeStatus,
    /// `开工A`: the names start where the status word ends.
    AfterStatus,
}

impl Found<'_, '_> {
    /// Reads the names in `region` and pushes one project per name, and
    /// the description before them if they gave one.
    fn names(&mut self, region: Range<usize>, side: Side, status: (&'static str, Status)) {
        let pushed = self.projects.len();
        let description = self.read_names(region, side, status);
        if self.projects.len() > pushed {
            self.descriptions.extend(description);
        }
    }

    /// Reads and pushes as [`Found::names`] does; returns the span of the
    /// description left out before the names, if there was one.
    fn read_names(&mut self, region: Range<usize>, side: Side, (status_text, status): (&'static str, Status)) -> Option<Span> {
        let text = self.text;
        let end = region.end;
        let mut names = &text[region.clone()];
        // Most status words stand in prose about no project: a region that
        // cannot hold a name is left at once. The size of a programme may
        // end it (实施A工程62公里), not that of a kind of thing (建成A河段406公里).
        if side == Side::AfterStatus && !may_end_names(names) && !names.contains('等') {
            let figures = self.near.overlapping(end.saturating_sub(1), end);
            let sized = figures.last().map(|i| self.near.spans[i]).filter(|s| s.end == end);
            if sized.is_none_or(|s| !text[region.start..s.start].ends_with("工程") && !text[region.start..s.start].ends_with("项目")) {
                return None;
            }
        }
        if side == Side::BeforeStatus {
            // 全力推动A项目: the names start after the last verb that opens them.
            names = names.strip_suffix("建设").filter(|n| ends_with_suffix(n)).unwrap_or(names);
            names = after_opening_verb(names);
        }
        let lead = trim_lead(names);
        names = strip_description(lead).trim_end();
        let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
        let description = (offset(names) > offset(lead)).then(|| Span::new(text, offset(lead), offset(names)));
        // A count right after the names: 实施重点项目18个 is generic, 引进A等项目5个 is not.
        let at = offset(names);
        let spans = self.near.overlapping(at, at + names.len());
        let trailing_count = spans.clone().last().map(|i| self.near.spans[i]).filter(|s| s.end == at + names.len() && s.start > at);
        // (A size in a name, 京能28兆瓦光伏发电项目, counts nothing.)
        let counted = spans.clone().any(|i| self.figures[i].dimension == Dimension::Count);
        if let Some(count) = trailing_count {
            names = &text[at..count.start];
        }
        if names.is_empty() || names.chars().count() > MAX_NAME * 2 {
            return description;
        }
        // 打造 sets out aims as well as builds: an aim is no project.
        if status_text == "打造" && names.split('、').any(|name| AIM_HEAD_ENDS.longest(name.trim_end_matches('”')).is_some()) {
            return description;
        }
        let status = Some((status_text, status));
        if let Some((whole, kind)) = etc_tail(names) {
            // 储氢、光学等未来产业项目: short items before a general kind are
            // categories (before 高速公路 they are names: 桑龙、城龙); a list
            // after 一批 is a kind of project.
            let generic = GENERIC_STARTS.longest(&names[..whole]).is_some();
            let items = strip_leading_count(&names[..whole]);
            // Fields do not land: the short items of a list that lands
            // (小丁家、晟柿食品等…项目落户) are names.
            let landed = status.is_some_and(|(_, s)| s == Status::Landed) && list_items(items).all(|i| i.chars().count() >= 3);
            let generic = generic || (matches!(kind, Kind::Projects | Kind::Named) && !landed && is_category_list(list_items(items)));
            match kind {
                _ if generic => {}
                Kind::Fields => {}
                // A、B等: the items name projects only by their suffix.
                Kind::None => list_items(items).for_each(|item| self.push_list(item, status)),
                Kind::Projects | Kind::Named | Kind::Facilities => self.push_all(list_items(items), status),
            }
            return description;
        }
        // (A size after the name is no count of projects: 实施A工程62公里.)
        let counts_projects = trailing_count.is_some_and(|count| text[count.start..count.end].chars().next_back().is_some_and(is_count_word));
        // 建成了一批“民心工程”、“德政工程”: what a batch is like, no names.
        if counts_projects || !ends_with_suffix(names) || GENERIC_STARTS.longest(names).is_some() {
            return description;
        }
        // 8个国家级、13个省级区域医疗中心: counts of kinds, no names.
        if names.split('、').skip(1).any(|item| strip_leading_count(item).len() < item.len()) {
            return description;
        }
        // 中船、大唐、辽能5个风电项目: a count in the list makes it one group.
        if counted && names.contains('、') {
            self.push_all([names], status);
        } else {
            self.push_list(names, status);
        }
        description
    }

    /// Pushes the names of a list that ends with a project suffix: one per
    /// item where the items share the suffix (`京哈、凌绥高速`) or each end
    /// with one, else the list whole.
    fn push_list(&mut self, names: &str, status: Option<(&'static str, Status)>) {
        // 具有竞争力的A中心、具有影响力的B中心: descriptions, not names.
        if names.contains('的') || !ends_with_suffix(names) {
            return;
        }
        // “登高、升规、晋位、上市”工程: a list in quotes is one name.
        if names.contains('、') && !has_comma_outside_quotes(names) {
            self.push_all([names], status);
            return;
        }
        // Short items share the suffix of the list (京哈、凌绥高速; 城东、
        // 城西污水处理厂扩容工程: each place has its own); a long item
        // without a suffix is no name.
        let last = names.rsplit('、').next().unwrap_or(names);
        if is_name(last) {
            let items = names.split('、').filter(|i| ends_with_suffix(i) || i.chars().count() <= 4);
            self.push_all(items.flat_map(split_joined), status);
        }
    }

    /// Pushes one project per name, skipping what cannot be a name.
    fn push_all<'n>(&mut self, names: impl IntoIterator<Item = &'n str>, status: Option<(&'static str, Status)>) {
        for name in names {
            let name = trim_lead(name.trim());
            let uncounted = strip_leading_count(name);
            // 51个贫困村电网升级改造: a count of places sizes the one work
            // done on them, and stays in its name.
            let name = if sizes_a_work_on_places(uncounted) { name } else { uncounted };
            if !is_name(name) || (uncounted.len() < name.len() && !is_name(uncounted)) {
                continue;
            }
            let at = name.as_ptr() as usize - self.text.as_ptr() as usize;
            self.projects.push(Project {
                name: name.to_string(),
                span: Span::new(self.text, at, at + name.len()),
                status: status.map(|(_, status)| status),
                status_text: status.map(|(text, _)| Cow::Borrowed(text)),
                section: None,
            });
        }
    }
}

/// Whether names may end where `names` ends: at a project suffix (before
/// 建设 too), a `等` tail (`等`, `等算力设施`: facilities, not 等工作) or a
/// count.
fn may_end_names(names: &str) -> bool {
    let names = names.trim_end();
    let bare = names.strip_suffix("建设").unwrap_or(names);
    let facilities = || names.ends_with("设施") && names.contains('等');
    ends_with_suffix(bare) || names.ends_with('等') || names.ends_with(is_count_word) || facilities()
}

/// Whether `names` has a list comma `、` outside quotes `“…”`.
fn has_comma_outside_quotes(names: &str) -> bool {
    let mut quoted = false;
    names.chars().any(|c| {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            _ => {}
        }
        c == '、' && !quoted
    })
}

/// Whether `name` can be a project's name: not empty, not too long, not a
/// clause, and not a generic mention (`一批重大项目`, `亿元以上技改项目`).
fn is_name(name: &str) -> bool {
    // One walk over the chars finds the words that make a mention generic.
    let mut chars = 0;
    for (at, c) in name.char_indices() {
        chars += 1;
        let rest = &name[at..];
        let generic = match c {
            '的' | '等' => true,
            '一' => rest.starts_with("一批") || rest.starts_with("一系列"),
            '若' => rest.starts_with("若干"),
            '以' => rest.starts_with("以上"),
            c => is_clause_end(c),
        };
        if generic || chars > MAX_NAME {
            return false;
        }
    }
    chars >= 2
        && !name.starts_with(['等', '”', '）', ')'])
        && GENERIC_STARTS.longest(name).is_none()
        && GENERIC_ENDS.longest(name).is_none()
        && !is_generic_work(name)
        && !is_head_word(name)
        && !KIND_MODIFIER_STARTS.longest(name).is_some_and(|(modifier, ())| is_head_word(&name[modifier.len()..]))
}

/// Whether `word` is one of the head words of [`PROJECT_SUFFIXES`] and
/// nothing more: looked up by its last char, not by walking the table.
fn is_head_word(word: &str) -> bool {
    PROJECT_SUFFIX_ENDS.longest(word).is_some_and(|(suffix, ())| suffix.len() == word.len())
}

/// Whether `name` is a work on a kind of place (`城中村改造`) or on no
/// place (`设备更新和技术改造`), not on a named one (`人民路雨污分流改造`).
fn is_generic_work(name: &str) -> bool {
    static PLACE_END_CHARS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(PLACE_ENDS.chars()));
    let Some((work, ())) = WORK_SUFFIX_ENDS.longest(name) else { return false };
    let object = &name[..name.len() - work.len()];
    GENERIC_WORK_OBJECT_STARTS.longest(name).is_some() || !object.chars().any(|c| PLACE_END_CHARS.contains(c))
}

/// Whether the items of a list are categories rather than names: some
/// item is short and names no kind of project (`储氢、光学`).
fn is_category_list<'n>(mut items: impl Iterator<Item = &'n str>) -> bool {
    items.any(|i| i.chars().count() < 4 && !ends_with_suffix(i))
}

/// Whether the text right after a status word ends its phrase: a clause
/// end, a list comma, the end of the text, `了` before one of these.
fn ends_phrase(after: &str) -> bool {
    let after = after.strip_prefix('了').unwrap_or(after);
    after.chars().next().is_none_or(|c| is_clause_end(c) || c == '、')
}

/// The place a phrase ends with after the status word of a landing
/// (`清苑` in `纷纷落户清苑`): its length in bytes, up to four chars.
fn landing_place(phrase: &str) -> Option<usize> {
    // 落 or 入 stands in the last six chars, or there is no landing: most
    // phrases are left on their bytes.
    // (Found by their last bytes, bd and a5, which few chars share, in a
    // plain loop: a vector search costs more to set up on 18 bytes.)
    let bytes = phrase.as_bytes();
    let lands = (bytes.len().saturating_sub(16)..bytes.len()).any(|at| {
        matches!(bytes[at], 0xbd | 0xa5) && at >= 2 && (bytes[at - 2..=at] == *"落".as_bytes() || bytes[at - 2..=at] == *"入".as_bytes())
    });
    if !lands {
        return None;
    }
    // Read back over at most four chars of place, for 户, 驻 or 地 after 落 or 入.
    for (place, (at, c)) in phrase.char_indices().rev().enumerate() {
        let landing = match c {
            '户' | '地' => phrase[..at].ends_with('落'),
            '驻' => phrase[..at].ends_with('入'),
            _ => false,
        };
        if landing {
            return (place > 0).then(|| phrase.len() - at - c.len_utf8());
        }
        if place == 4 || !is_han(c) {
            return None;
        }
    }
    None
}

/// Where `before` ends without the adverbs at its end (`陆续`).
fn strip_adverbs(before: &str) -> usize {
    let mut end = before.len();
    while let Some((adverb, ())) = STATUS_ADVERB_ENDS.longest(&before[..end]) {
        end -= adverb.len();
    }
    end
}

/// `names` after the last verb of [`NAME_OPENING_VERBS`] in it.
fn after_opening_verb(names: &str) -> &str {
    // (…工程建设和长江、黄河上游…工程: a conjunction right after the verb
    // joins what follows to the sentence, not to the name.)
    NAME_OPENING_VERB_ENDS.last_in(names).map_or(names, |(end, _, ())| names[end..].strip_prefix(['和', '及']).unwrap_or(&names[end..]))
}

/// `names` without a phrase that describes them (`总投资12亿元的`,
/// `覆盖省市县三级的`); a list of such phrases stays, and names no project.
fn strip_description(names: &str) -> &str {
    match names.rfind('的').filter(|&at| !names[..at].contains('、')) {
        Some(at) => {
            let rest = &names[at + '的'.len_utf8()..];
            if rest.chars().count() >= 2 && !rest.starts_with(['”', '》']) {
                rest
            } else {
                names
            }
        }
        None => names,
    }
}

/// The items of a list before its `等` tail: the list starts after any
/// earlier `等`, and its first item after a `和` or `及` that joins it to
/// what comes before (`污染防治和天然林保护、退耕还林还草`).
fn list_items(items: &str) -> impl Iterator<Item = &str> {
    let items = items.rfind('等').map_or(items, |at| &items[at + '等'.len_utf8()..]);
    let first_end = items.find('、').unwrap_or(items.len());
    let start = items[..first_end].rfind(['和', '及']).map_or(0, |at| at + '和'.len_utf8());
    items[start..].split('、')
}

/// `text` without what opens it and belongs to the sentence: space, list
/// marks, lead verbs and time words (`全年`, `推进`), a first (`全国首个`).
fn trim_lead(mut text: &str) -> &str {
    loop {
        let before = text.len();
        text = text.trim_start_matches(|c: char| is_blank(c) || matches!(c, '、' | '，' | ','));
        // (保障性住房: a lead verb before 性 is part of an adjective.)
        if let Some((word, ())) = NAME_LEAD_STARTS.longest(text).filter(|(word, ())| !text[word.len()..].starts_with('性')) {
            text = &text[word.len()..];
        }
        if text.len() == before {
            return text;
        }
    }
}

/// Whether `name` (after a count) is a work or a programme done on the
/// places counted (`贫困村电网升级改造`, `乡镇卫生院改扩建工程`,
/// `社区养老工程`), not a kind of facility (`国家级示范区`).
fn sizes_a_work_on_places(name: &str) -> bool {
    let head: usize = name.chars().take(4).map(char::len_utf8).sum();
    let places = name[..head].contains(['村', '镇', '乡', '县', '寨']) || name[..head].contains("社区");
    places && (WORK_SUFFIX_ENDS.longest(name).is_some() || name.ends_with("工程"))
}

/// `name` without a count before it: `25个国家级…示范区` → `国家级…示范区`.
fn strip_leading_count(name: &str) -> &str {
    let digits = name.trim_start_matches(|c: char| is_count_digit(c) || c == '.');
    if digits.len() == name.len() || name.starts_with(['万', '千', '百']) {
        return name;
    }
    let digits = digits.strip_prefix(['余', '多']).unwrap_or(digits);
    match digits.chars().next() {
        Some(c) if is_count_word(c) => &digits[c.len_utf8()..],
        _ => name,
    }
}

/// Whether `name` ends with a project suffix and holds more than that,
/// before or inside the brackets it may end with (`试验场（深海）`,
/// `口岸扩大开放(绥中港区)`).
fn ends_with_suffix(name: &str) -> bool {
    let bare = name.trim_end_matches('”');
    let ends = |bare: &str| PROJECT_SUFFIX_ENDS.endings(bare).any(|(suffix, ())| bare.len() > suffix.len());
    match bare.strip_suffix([')', '）']) {
        Some(inner) => ends(inner) || inner.rfind(['(', '（']).is_some_and(|open| ends(&bare[..open])),
        None => ends(bare),
    }
}

/// The names in a list item joined by 及 or 和, when every one of them
/// is a name (`长赣高铁主体工程`, `宜常高铁` and `虞公港二期` of
/// `宜常高铁及虞公港二期`), else the item whole (`结构调整和转型升级发展工程`).
fn split_joined(item: &str) -> impl Iterator<Item = &str> {
    const JOINERS: [char; 2] = ['及', '和'];
    let joined = item.contains(JOINERS) && item.split(JOINERS).all(ends_with_suffix);
    let (whole, parts) = if joined { (None, Some(item.split(JOINERS))) } else { (Some(item), None) };
    whole.into_iter().chain(parts.into_iter().flatten())
}

/// What the `等` tail of a list says of its items.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `A、B等`: nothing.
    None,
    /// `A、B等项目`, `等8个工程`: that they are projects.
    Projects,
    /// `等未来产业项目`, `等算力设施`: their kind, in general words.
    Named,
    /// `A、B等7条高速公路`, `等水库`: a kind of facility.
    Facilities,
    /// `A、B等领域…项目`, `等方面`: that they are fields, not names.
    Fields,
}

/// The tail of a list of names that `region` ends with: `等`, `等项目`,
/// `等8个项目`, `等一批重大项目`, `等7条高速公路`, `等算力设施` — `等`, a
/// count, and the kind of the names ending in a project suffix or a
/// [`LIST_KINDS`] word, with no `、，,；;。` after `等`. Gives where the
/// tail's `等` stands and what it says of the items.
fn etc_tail(region: &str) -> Option<(usize, Kind)> {
    // (Most regions hold no 等: it is looked for first.)
    let at = region.rfind('等').filter(|&at| !region[at..].contains(['、', '，', ',', '；', ';', '。']))?;
    let after = &region[at + '等'.len_utf8()..];
    let counted = after.trim_start_matches(is_count_digit);
    let kind = match counted.chars().next() {
        Some(c) if counted.len() < after.len() && is_count_word(c) => &counted[c.len_utf8()..],
        _ => counted,
    };
    // (等精品线路: routes, not built things.)
    let built = ends_with_suffix(kind) && GENERIC_ENDS.longest(kind).is_none_or(|(end, ())| end != "线路");
    let names_a_kind = kind.is_empty() || is_head_word(kind) || built || LIST_KIND_ENDS.longest(kind).is_some();
    let general = ["项目", "工程", "专项"].iter().any(|w| kind.ends_with(w)) || LIST_KIND_ENDS.longest(kind).is_some();
    let said = match kind {
        "" => Kind::None,
        "项目" | "工程" => Kind::Projects,
        // (等领域一批…项目; 等重点工作, 等各项任务: work, not built things.)
        _ if ["领域", "方面", "行业", "工作", "任务"].iter().any(|w| kind.starts_with(w)) || kind.ends_with("工作") || kind.ends_with("任务") => Kind::Fields,
        _ if general => Kind::Named,
        _ => Kind::Facilities,
    };
    (names_a_kind && kind.chars().count() <= 12).then_some((at, said))
}

#[cfg(test)]
mod tests {
    use super::{etc_tail, list_items, strip_description, strip_leading_count, trim_lead, Kind};

    #[test]
    fn etc_tails() {
        assert_eq!(etc_tail("A、B等项目"), Some(("A、B".len(), Kind::Projects)));
        assert_eq!(etc_tail("A、B等8个项目"), Some(("A、B".len(), Kind::Projects)));
        assert_eq!(etc_tail("A等一批重点工程"), Some(("A".len(), Kind::Named)));
        assert_eq!(etc_tail("储氢、光学等未来产业项目"), Some(("储氢、光学".len(), Kind::Named)));
        assert_eq!(etc_tail("A、B等7条高速公路"), Some(("A、B".len(), Kind::Facilities)));
        assert_eq!(etc_tail("A、B等"), Some(("A、B".len(), Kind::None)));
        assert_eq!(etc_tail("A、B等算力设施"), Some(("A、B".len(), Kind::Named)));
        assert_eq!(etc_tail("等工程项目"), Some((0, Kind::Named)));
        assert_eq!(etc_tail("新能源汽车、生物医药等领域一批重大外资项目"), Some(("新能源汽车、生物医药".len(), Kind::Fields)));
        assert_eq!(etc_tail("A等项目、B项目"), None);
        assert_eq!(etc_tail("A等项目建设"), None);
        assert_eq!(etc_tail("A项目"), None);
        assert_eq!(etc_tail("A、B等方面"), None);
        assert_eq!(etc_tail("A、B等重点工作"), Some(("A、B".len(), Kind::Fields)));
    }
    #[test]
    fn leads_and_counts_are_not_names() {
        assert_eq!(strip_description(trim_lead("今年推进总投资12亿元的A项目")), "A项目");
        assert_eq!(strip_description("具有竞争力的A中心、具有影响力的B中心"), "具有竞争力的A中心、具有影响力的B中心");
        assert_eq!(list_items("主要用于淮河、太湖等重点流域污染防治和天然林保护、退耕还林还草").collect::<Vec<_>>(), ["天然林保护", "退耕还林还草"]);
        assert_eq!(trim_lead("全国首个“一带一路”科技创新合作区"), "“一带一路”科技创新合作区");
        assert_eq!(strip_description("覆盖省市县三级的疾病预防控制体系"), "疾病预防控制体系");
        assert_eq!(strip_leading_count("25个国家级示范区"), "国家级示范区");
        assert_eq!(strip_leading_count("两个园区"), "园区");
        assert_eq!(strip_leading_count("万达广场项目"), "万达广场项目");
        assert_eq!(strip_leading_count("三峡三期工程"), "三峡三期工程");
    }
}
