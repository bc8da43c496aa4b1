//! About: whose report it is and for which year, read from its own words —
//! the title line (`2026年北京市政府工作报告`), the date line
//! (`——2026年1月25日在北京市第十六届人民代表大会第四次会议上`), who speaks
//! (`我代表国务院`), the session of the congress it is made to, and the
//! years its headings name (`一、2024年工作回顾`, `2025年政府工作任务`).
//! A field the text does not settle stays empty: a wrong year is worse
//! than none.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{About, Level};
use crate::reading::numeral::{arabic_digit, chinese_digit, cn_integer};
use crate::words::WordSearch;

/// The prefecture-level divisions, one province a line (see the file).
const PREFECTURES: &str = include_str!("../../data/prefectures.txt");

/// The provinces and the prefecture-level divisions of [`PREFECTURES`].
struct Divisions {
    provinces: Vec<&'static str>,
    prefectures: HashSet<&'static str>,
}

static DIVISIONS: LazyLock<Divisions> = LazyLock::new(|| {
    let lines = PREFECTURES.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty());
    let mut provinces = vec!["北京市", "天津市", "上海市", "重庆市"];
    let mut prefectures = HashSet::new();
    for line in lines {
        let mut names = line.split_whitespace();
        provinces.extend(names.next());
        prefectures.extend(names);
    }
    Divisions { provinces, prefectures }
});

/// How many bytes of a report's opening are read for who speaks and for
/// its title and date lines.
const OPENING: usize = 3_000;

/// How far into a text its report is read for whose it is and its year:
/// longer than any report.
pub(crate) const REPORT_LENGTH: usize = 256 * 1024;

/// Reads who the report is of and its year.
///
/// ```text
/// 2026年北京市政府工作报告
/// ——2026年1月25日在北京市第十六届人民代表大会第四次会议上
/// ```
pub(crate) fn read(text: &str) -> About {
    let opening = &text[..floor_char_boundary(text, OPENING)];
    // (A report says whose it is within its length: a longer text is read
    // that far for it, not to its end.)
    let text = &text[..floor_char_boundary(text, REPORT_LENGTH)];
    let headings: Vec<&str> = text.lines().map(str::trim).filter(|line| is_heading_like(line)).collect();
    let year = year(text, opening, &headings);
    let national = About { region: Some("全国".to_string()), level: Some(Level::National), parent: None, year };
    if is_national(opening) {
        return national;
    }
    let Some(named) = title_region(opening).or_else(|| date_line_region(opening)).or_else(|| speaker_region(opening)) else {
        // A government that speaks without its name (我代表市人民政府): its
        // kind may tell the level, never the region.
        if let Some(kind) = unnamed_speaker(opening) {
            return About { level: unnamed_level(kind), year, ..About::default() };
        }
        // No government named at the opening: the State Council's report
        // speaks of itself and of the congress further on.
        let speaks_nationally = ["国务院", "國務院", "全国人民代表大会", "全國人民代表大會"].iter().any(|w| text.contains(w));
        return if speaks_nationally { national } else { About { year, ..About::default() } };
    };
    let (parent, region) = split_parent(named);
    About { level: level_of(region), region: Some(region.to_string()), parent: parent.map(str::to_string), year }
}

/// Whether a line is short and bare enough to be a heading: a numbered
/// heading (`一、2024年工作回顾`) or a part's title on its own line.
fn is_heading_like(line: &str) -> bool {
    !line.is_empty() && line.len() <= 40 * 3 && !line.contains(['，', '；', '。', ',', ';'])
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

/// Whether the State Council (or, in 1954, the Central People's Government)
/// makes the report, or it is made to the National People's Congress.
fn is_national(opening: &str) -> bool {
    static NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"代表国务院|受[^，。]{0,8}国务院[^，。]{0,4}委托|代表中央人民政府|向第[一二三四五六七八九十]+[届屆]全[国國]人民代\s*表大[会會]|國務院")
            .expect("valid regex")
    });
    NATIONAL.is_match(opening)
}

/// The region of the title line: `2026年北京市政府工作报告` → `北京市`.
fn title_region(opening: &str) -> Option<&str> {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:[0-9０-９]{4}年)?\s*(?P<region>[^\s0-9０-９年]{2,20}?)\s*(?:[0-9０-９]{4}年)?(?:人民)?政府工作报告\s*$").expect("valid regex")
    });
    opening.lines().take(4).find_map(|line| TITLE.captures(line)).and_then(|caps| caps.name("region")).map(|m| m.as_str())
}

/// The region of the date line: `——2026年1月25日在北京市第十六届人民代表大会…`.
fn date_line_region(opening: &str) -> Option<&str> {
    static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"在(?P<region>[^，。\s]{2,24}?)第[一二三四五六七八九十]+届\s*人民代表大会").expect("valid regex")
    });
    let head = &opening[..floor_char_boundary(opening, 600)];
    DATE_LINE.captures(head).and_then(|caps| caps.name("region")).map(|m| m.as_str())
}

/// The region of who speaks: `我代表葫芦岛市人民政府` → `葫芦岛市` (not a
/// bare `市人民政府`).
fn speaker_region(opening: &str) -> Option<&str> {
    // (我代表容城县第十四届人民政府: the term is no part of the name.)
    static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"我代表(?P<region>[^，。\s]{2,24}?)(?:第[一二三四五六七八九十]+[届屆])?人民政府").expect("valid regex")
    });
    let region = SPEAKER.captures(opening)?.name("region")?.as_str();
    (region.chars().count() > 2 || !region.ends_with(['省', '市', '县', '区', '州', '旗'])).then_some(region)
}

/// The kind of a government that speaks without its name: `市` in
/// `我代表市人民政府` and `我代表市政府`.
fn unnamed_speaker(opening: &str) -> Option<char> {
    static UNNAMED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"我代表(?P<kind>[省市州县区旗盟])(?:人民)?政府").expect("valid regex"));
    UNNAMED.captures(opening)?.name("kind")?.as_str().chars().next()
}

/// The level a kind of government tells: a 市 may be a prefecture or a
/// county-level city, so it tells none.
fn unnamed_level(kind: char) -> Option<Level> {
    match kind {
        '省' => Some(Level::Provincial),
        '州' | '盟' => Some(Level::Prefecture),
        '县' | '区' | '旗' => Some(Level::County),
        _ => None,
    }
}

/// `呼伦贝尔市海拉尔区` → the government above and the region: a name that
/// starts with a province or a prefecture and goes on with more.
fn split_parent(named: &str) -> (Option<&str>, &str) {
    let divisions = &*DIVISIONS;
    let above = divisions
        .provinces
        .iter()
        .copied()
        .chain(divisions.prefectures.iter().copied())
        .filter(|name| named.len() > name.len() && named.starts_with(name))
        .max_by_key(|name| name.len());
    match above {
        Some(name) => (Some(name), &named[name.len()..]),
        None => (None, named),
    }
}

/// The level of a government by its name: provinces and the four cities
/// under the State Council, the prefecture-level divisions of the table (and
/// any 自治州, 地区 or 盟), and the rest of the 市, 区, 县 and 旗.
fn level_of(region: &str) -> Option<Level> {
    let divisions = &*DIVISIONS;
    if divisions.provinces.contains(&region) || region.ends_with('省') || region.ends_with("自治区") {
        Some(Level::Provincial)
    } else if divisions.prefectures.contains(region)
        || region.ends_with('州')
        || region.ends_with("地区")
        || region.ends_with('盟')
    {
        Some(Level::Prefecture)
    } else if region.ends_with(['市', '区', '县', '旗']) {
        Some(Level::County)
    } else {
        None
    }
}

/// The value of a year written in Arabic, full-width or Chinese digits
/// (`○` standing for `〇`, as years are often typed), digit by digit.
pub(crate) fn year_value(digits: &str) -> Option<i32> {
    let mut value = 0;
    let mut count = 0;
    for c in digits.chars().filter(|&c| c != ' ') {
        let digit = if c == '○' { 0 } else { arabic_digit(c).or_else(|| chinese_digit(c))? };
        value = value * 10 + i32::try_from(digit).ok()?;
        count += 1;
        if count > 4 {
            return None;
        }
    }
    (count == 4 && (1900..=2100).contains(&value)).then_some(value)
}

/// A number written in Chinese numerals, whole: `十四` → 14, `五` → 5.
fn small_number(text: &str) -> Option<i32> {
    let (rest, value) = cn_integer(text).ok()?;
    rest.is_empty().then(|| i32::try_from(value).ok()).flatten()
}

/// The year of a session of the National People's Congress: its term and
/// the session within the term.
fn congress_year(term: i32, session: i32) -> Option<i32> {
    let years: &[i32] = match term {
        1 => &[1954, 1955, 1956, 1957, 1958],
        2 => &[1959, 1960, 1962, 1963],
        3 => &[1964],
        4 => &[1975],
        5 => &[1978, 1979, 1980, 1981, 1982],
        6..=20 => return (1..=5).contains(&session).then(|| 1983 + 5 * (term - 6) + session - 1),
        _ => return None,
    };
    years.get(usize::try_from(session - 1).ok()?).copied()
}

/// The first year of a five-year plan: the first began in 1953, the third
/// (after three years of adjustment) in 1966.
fn plan_start(plan: i32) -> Option<i32> {
    match plan {
        1 => Some(1953),
        2 => Some(1958),
        3..=20 => Some(1966 + 5 * (plan - 3)),
        _ => None,
    }
}

/// How far around a plan name a plan place is read, in bytes: much
/// more than a match of [`year`]'s plan place pattern spans.
const PLAN_WINDOW: usize = 384;

/// The digits a year is written in: Arabic, full-width and Chinese (with
/// `○` for `〇`, as years are often typed).
macro_rules! year_digits {
    () => {
        "0123456789０１２３４５６７８９一二三四五六七八九〇○零"
    };
}

pub(crate) const YEAR: &str = concat!("[", year_digits!(), "]{4}");
const NUM: &str = r"[一二三四五六七八九十]+";

/// The lines of `text` that hold one of `words`, in text order, each once.
fn lines_with<'t>(text: &'t str, words: &[&str]) -> Vec<&'t str> {
    let mut starts: Vec<usize> = words
        .iter()
        .flat_map(|word| memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()))
        .map(|at| memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |nl| nl + 1))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts.iter().map(|&start| text[start..].split_inclusive('\n').next().unwrap_or_default()).collect()
}

/// Where the four year digits ([`YEAR`]) just before `at` start, when
/// there are four.
fn year_digits_before(text: &str, at: usize) -> Option<usize> {
    let mut chars = text[..at].char_indices().rev();
    let mut start = at;
    for _ in 0..4 {
        let (i, _) = chars.next().filter(|&(_, c)| year_digits!().contains(c))?;
        start = i;
    }
    Some(start)
}

/// The plan year, by the first of these that the text says:
/// the title or date line; the congress session the report is made to (or
/// the one since which, or the term during which, it reviews); the place of
/// the year in a five-year plan; an estimate for the year itself (a report
/// made late in the year); a heading that names the year's work, or the
/// year before's review; the last year whose results it gives, and one.
fn year(text: &str, opening: &str, headings: &[&str]) -> Option<i32> {
    static TITLE_OR_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?m)^\s*(?:——\s*|[（(]\s*)?(?P<year>{YEAR})年[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日在|^[^\n，。]{{0,24}}?(?P<year2>{YEAR})年[^\n，。]{{0,30}}政府工作报告\s*$")).expect("valid regex")
    });
    static ADDRESSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?:向|在|我们|我們)第(?P<term>{NUM})[届屆]全[国國]人民代\s*表大[会會](?:第(?P<session>{NUM})次[会會][议議])?(?:[作上，]|提出)"
        ))
        .expect("valid regex")
    });
    static SINCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?:从|自)(?P<last>去年[^，。]{{0,8}})?第(?P<term>{NUM})[届屆]全[国國]人民代表大[会會]第(?P<session>{NUM})次[会會][议議](?P<closed>闭幕|閉幕)?[，,]?(?:以来|到)|第(?P<term2>{NUM})[届屆]全[国國]人民代表大[会會]第一次[会會][议議]以来的五年|第(?P<term3>{NUM})[届屆]全[国國]人民代表大[会會]期间|去年[^，。]{{0,8}}?(?P<term4>{NUM})届人大(?P<session4>{NUM})次[会會][议議]"
        ))
        .expect("valid regex")
    });
    static PLAN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?:今年|(?P<year>{YEAR})年)是[^，。]{{0,20}}?(?:第(?P<plan>{NUM})个五年计划|“(?P<short>{NUM})五”(?:计划|规划))的(?:(?P<first>头一年|第一年|开局之年|起步之年)|第(?P<nth>[一二三四五])年)|(?:实施|对)“(?P<plan2>{NUM})五”(?:计划|规划)[^，。]{{0,4}}(?:起好步|开好局)"
        ))
        .expect("valid regex")
    });
    static ESTIMATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?P<year>{YEAR})年(?:全年)?预计|确定(?P<year2>{YEAR})年[^，。]{{0,12}}的主要任务是")).expect("valid regex"));
    static PLAN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?P<year>{YEAR})年[^，。年]{{0,12}}?(?:(?P<bare>工作)$|任务|安排|计划|目标|预算|重点工作|部署)(?P<review>[^，。]{{0,3}}回顾|[^，。]{{0,3}}总结)?"))
            .expect("valid regex")
    });
    static PAST_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"刚刚过去的(?P<year>{YEAR})年|(?P<year2>{YEAR})年(?:国内)?工作(?:的)?回顾|报告(?P<year3>{YEAR})年的工作")).expect("valid regex")
    });
    // What follows a year's 年 when the year's results are told, read
    // from just after the 年.
    static RESULT_AFTER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:的|全年)?[^，。]{0,16}?(?:达到|完成|比[^，。]{0,8}增长)").expect("valid regex")
    });
    let number = |caps: &regex::Captures, name: &str| caps.name(name).and_then(|m| small_number(m.as_str()));
    let year_of = |caps: &regex::Captures, name: &str| caps.name(name).and_then(|m| year_value(m.as_str()));

    // (Each pattern is run only where its key words are: the search for
    // them is many times faster than the pattern's.)
    let has = |text: &str, word: &str| memchr::memmem::find(text.as_bytes(), word.as_bytes()).is_some();
    // Both of TITLE_OR_DATE's shapes hold a key word on their line: the
    // pattern reads the lines that have one, in text order.
    let key_lines = lines_with(opening, &["日在", "政府工作报告"]);
    let title_or_date = key_lines.iter().find_map(|line| {
        TITLE_OR_DATE.captures_iter(line).find_map(|caps| year_of(&caps, "year").or_else(|| year_of(&caps, "year2")))
    });
    if let Some(year) = title_or_date {
        return Some(year);
    }
    if let Some(caps) = ADDRESSED.captures(opening) {
        if let Some(year) = number(&caps, "term").and_then(|term| congress_year(term, number(&caps, "session").unwrap_or(1))) {
            return Some(year);
        }
    }
    // 对今后五年和2012年的工作提出建议: the year whose work the report
    // proposes, said at its opening.
    static PROPOSES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"对[^，。]{{0,12}}?(?P<year>{YEAR})年的?(?:政府)?(?:主要)?工作提出")).expect("valid regex"));
    if let Some(year) = PROPOSES.captures(opening).and_then(|caps| year_of(&caps, "year")) {
        return Some(year);
    }
    // The key words of the patterns below, found in one search.
    static KEYS: LazyLock<WordSearch> =
        LazyLock::new(|| WordSearch::new(["届", "屆", "五年计划", "五”计划", "五”规划", "年预计", "全年预计", "的主要任务是"]));
    let mut held = 0u32;
    // Where the plan names (五年计划, 五”计划, 五”规划) stand.
    let mut plan_names = Vec::new();
    let mut from = 0;
    while let Some((key, found)) = KEYS.find(text, from, text.len()) {
        held |= 1 << key;
        if (2..5).contains(&key) {
            plan_names.push(found.start);
        }
        from = found.end;
    }
    let holds = |keys: std::ops::Range<usize>| keys.into_iter().any(|key| held & 1 << key != 0);
    if let Some(caps) = holds(0..2).then(|| SINCE.captures(text)).flatten() {
        let year = if let (Some(term), Some(session)) = (number(&caps, "term"), number(&caps, "session")) {
            // Since last year's session, or since one closed: the next one;
            // since the first of a term: the term, and this is the next term.
            if caps.name("last").is_some() || caps.name("closed").is_some() || session > 1 {
                congress_year(term, session + 1)
            } else {
                congress_year(term + 1, 1)
            }
        } else if let Some(term) = number(&caps, "term2").or_else(|| number(&caps, "term3")) {
            congress_year(term + 1, 1)
        } else {
            number(&caps, "term4").zip(number(&caps, "session4")).and_then(|(t, s)| congress_year(t, s)).map(|year| year + 1)
        };
        if year.is_some() {
            return year;
        }
    }
    // Every match of PLAN_PLACE holds a plan name: read only around them,
    // the first match around the first name that is in one (which is the
    // first match in the text).
    let plan_place = plan_names.iter().find_map(|&name| {
        let lo = floor_char_boundary(text, name.saturating_sub(PLAN_WINDOW));
        let hi = floor_char_boundary(text, name + PLAN_WINDOW);
        PLAN_PLACE.captures_iter(&text[lo..hi]).find(|caps| caps.get(0).is_some_and(|m| (lo + m.start()..lo + m.end()).contains(&name)))
    });
    if let Some(caps) = plan_place {
        let plan = number(&caps, "plan").or_else(|| number(&caps, "short")).or_else(|| number(&caps, "plan2"));
        let nth = if caps.name("nth").is_some() { number(&caps, "nth") } else { Some(1) };
        let year = plan.and_then(plan_start).zip(nth).map(|(start, nth)| start + nth - 1);
        // 一九五八年是第二个五年计划的第一年: the year named must be the one counted.
        if year.is_some() && year_of(&caps, "year").is_none_or(|named| Some(named) == year) {
            return year;
        }
    }
    if let Some(year) = holds(5..8).then(|| ESTIMATE.captures(text)).flatten().and_then(|caps| year_of(&caps, "year").or_else(|| year_of(&caps, "year2"))) {
        return Some(year);
    }
    for heading in headings {
        for caps in PLAN_HEADING.captures_iter(heading) {
            // 1998年工作回顾和1999年工作, 三、2011年的工作: a bare 工作 is the
            // plan's after a review or in a numbered part's heading (not in
            // 首先报告2001年的工作).
            let numbered = heading.split_once('、').is_some_and(|(marker, _)| small_number(marker).is_some());
            let bare_plan = caps.name("bare").is_none() || heading.contains("回顾和") || numbered;
            if caps.name("review").is_none() && bare_plan {
                if let Some(year) = year_of(&caps, "year") {
                    return Some(year);
                }
            }
        }
    }
    let tells_past = |text: &str| has(text, "刚刚过去的") || has(text, "回顾") || has(text, "报告");
    let past = headings.iter().copied().chain([opening]).filter(|text| tells_past(text)).find_map(|text| {
        PAST_YEAR.captures(text).and_then(|caps| ["year", "year2", "year3"].iter().find_map(|name| year_of(&caps, name)))
    });
    if let Some(year) = past {
        return Some(year + 1);
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    // Each 年 found first, then the four year digits before it and the
    // words after it: the search for 年 is many times faster than a
    // pattern that opens with a year. Results do not overlap.
    let mut read_to = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), "年".as_bytes()) {
        let Some(start) = year_digits_before(text, at).filter(|&start| start >= read_to) else { continue };
        let Some(tail) = RESULT_AFTER_YEAR.find(&text[at + "年".len()..]) else { continue };
        read_to = at + "年".len() + tail.end();
        let named = &text[start..at];
        let future = text[..start].ends_with(['到', '至']) || text[..start].ends_with("争取");
        if let Some(year) = year_value(named).filter(|_| !future) {
            match counts.iter_mut().find(|(y, _)| *y == year) {
                Some((_, n)) => *n += 1,
                None => counts.push((year, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|&(year, n)| (n, year)).map(|(year, _)| year + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_years_and_sessions() {
        assert_eq!(year_value("2026"), Some(2026));
        assert_eq!(year_value("一九八三"), Some(1983));
        assert_eq!(year_value("１９５５"), Some(1955));
        assert_eq!(year_value("二〇二五"), Some(2025));
        assert_eq!(year_value("1 9 9 3"), Some(1993));
        assert_eq!(year_value("3026"), None);
        assert_eq!(small_number("十四"), Some(14));
        assert_eq!(small_number("二十"), Some(20));
        assert_eq!(small_number("五"), Some(5));
        assert_eq!(congress_year(1, 1), Some(1954));
        assert_eq!(congress_year(6, 1), Some(1983));
        assert_eq!(congress_year(14, 3), Some(2025));
        assert_eq!(congress_year(2, 3), Some(1962));
        assert_eq!(plan_start(10), Some(2001));
        assert_eq!(plan_start(7), Some(1986));
    }

    #[test]
    fn levels_by_name() {
        assert_eq!(level_of("北京市"), Some(Level::Provincial));
        assert_eq!(level_of("内蒙古自治区"), Some(Level::Provincial));
        assert_eq!(level_of("葫芦岛市"), Some(Level::Prefecture));
        assert_eq!(level_of("延边朝鲜族自治州"), Some(Level::Prefecture));
        assert_eq!(level_of("锡林郭勒盟"), Some(Level::Prefecture));
        assert_eq!(level_of("兴城市"), Some(Level::County));
        assert_eq!(level_of("海拉尔区"), Some(Level::County));
        assert_eq!(level_of("阿荣旗"), Some(Level::County));
        assert_eq!(split_parent("呼伦贝尔市海拉尔区"), (Some("呼伦贝尔市"), "海拉尔区"));
        assert_eq!(split_parent("葫芦岛市"), (None, "葫芦岛市"));
    }
}
