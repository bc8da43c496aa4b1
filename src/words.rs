//! Lookups for the scans: a set of chars tested one bit each
//! ([`CharSet`]), the chars before an offset walked in the bytes
//! ([`char_starts_back`]), the word a text starts with ([`Prefixes`]) and
//! the word it ends with ([`Suffixes`]), and the words of a small table
//! found in a text ([`WordSearch`]). The word tables are indexed by first or
//! last char, so a lookup compares only the few words that can match.

use std::ops::Range;

use aho_corasick::packed;
use aho_corasick::AhoCorasick;

/// Chars of the Basic Multilingual Plane, one bit each (8 KiB), with the
/// count of members before each 64-char block so that a member's place
/// among the members is found at once ([`CharSet::rank`]).
pub(crate) struct CharSet {
    bits: Box<[u64; 1024]>,
    before: Box<[u16; 1024]>,
}

impl CharSet {
    /// The set of `chars`, which must all lie in the Basic Multilingual Plane.
    pub(crate) fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars {
            let code = c as usize;
            assert!(code < 0x10000, "{c} lies past the Basic Multilingual Plane");
            bits[code / 64] |= 1 << (code % 64);
        }
        let mut before = Box::new([0u16; 1024]);
        let mut count = 0;
        for (block, word) in before.iter_mut().zip(bits.iter()) {
            *block = count;
            // At most 65 536 members: the count after the last block is not kept.
            count = count.wrapping_add(word.count_ones() as u16);
        }
        CharSet { bits, before }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        self.has(c as usize)
    }

    fn has(&self, code: usize) -> bool {
        self.bits.get(code / 64).is_some_and(|word| word & (1 << (code % 64)) != 0)
    }

    /// How many members come before `c`, if `c` is one.
    fn rank(&self, c: char) -> Option<usize> {
        let code = c as usize;
        let word = *self.bits.get(code / 64)?;
        let bit = 1u64 << (code % 64);
        (word & bit != 0).then(|| usize::from(self.before[code / 64]) + (word & (bit - 1)).count_ones() as usize)
    }

    /// The offset of the first member in `text[from..end]`; `from` must lie
    /// on a char boundary. The bytes are decoded by hand, three at a time
    /// as Chinese chars are: this loop runs over every char of a report.
    pub(crate) fn find(&self, text: &str, from: usize, end: usize) -> Option<usize> {
        let bytes = text.as_bytes().get(from..end.min(text.len()))?;
        let mut rest = bytes;
        loop {
            let at = from + bytes.len() - rest.len();
            match *rest {
                [lead @ 0xe0..=0xef, second, third, ref after @ ..] => {
                    // A char of three bytes: its block of 64 is given by the
                    // first two, its place in the block by the third.
                    let block = (usize::from(lead & 0x0f) << 6 | usize::from(second & 0x3f)) & 1023;
                    if self.bits[block] & (1 << (third & 0x3f)) != 0 {
                        return Some(at);
                    }
                    rest = after;
                }
                [byte @ 0..=0x7f, ref after @ ..] => {
                    if self.has(usize::from(byte)) {
                        return Some(at);
                    }
                    rest = after;
                }
                [] => return None,
                _ => {
                    let c = text.get(at..).and_then(|rest| rest.chars().next())?;
                    if self.contains(c) {
                        return Some(at);
                    }
                    rest = rest.get(c.len_utf8()..)?;
                }
            }
        }
    }
}

/// A search for the words of a small table, the longest winning where
/// several start at one place. Aho-Corasick picks its prefilter by the
/// byte frequencies of English text, where every byte of a Chinese char
/// counts as rare: over Chinese prose such a prefilter stops at nearly
/// every char. The packed searcher (Teddy) looks for the first bytes of
/// the words themselves; where the machine cannot run it, the automaton
/// is used.
pub(crate) struct WordSearch {
    packed: Option<packed::Searcher>,
    automaton: AhoCorasick,
}

impl WordSearch {
    /// A search for `words` (at most 64, none empty).
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str> + Clone) -> WordSearch {
        let packed = packed::Config::new().match_kind(packed::MatchKind::LeftmostLongest).heuristic_pattern_limits(false).builder().extend(words.clone()).build();
        let automaton = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(words)
            .expect("a small table of short words makes a valid automaton");
        WordSearch { packed, automaton }
    }

    /// The first word in `text[from..end]` (the longest of those starting
    /// there): its index in the table and where it stands.
    pub(crate) fn find(&self, text: &str, from: usize, end: usize) -> Option<(usize, Range<usize>)> {
        let found = match &self.packed {
            Some(searcher) => searcher.find_in(text, aho_corasick::Span::from(from..end)),
            None => self.automaton.find(aho_corasick::Input::new(text).range(from..end)),
        };
        found.map(|m| (m.pattern().as_usize(), m.range()))
    }

    /// Every word in `text[from..]`, in text order, none overlapping.
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str, from: usize) -> impl Iterator<Item = (usize, Range<usize>)> + 'a {
        let mut at = from;
        std::iter::from_fn(move || {
            let (word, range) = self.find(text, at, text.len())?;
            at = range.end;
            Some((word, range))
        })
    }
}

/// The blank chars that text extraction leaves inside a figure or a word
/// (`3.5 万人`, `88\n个`, a page break marked by a zero-width space).
pub(crate) const BLANKS: [char; 9] = [' ', '\t', '\n', '\r', '\u{3000}', '\u{a0}', '\u{200b}', '\u{2060}', '\u{feff}'];

/// Whether `c` is blank: whitespace or an invisible zero-width char.
/// Whether `c` is a Han char (the CJK unified ideographs and extension A).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

pub(crate) fn is_blank(c: char) -> bool {
    is_blank_char(c) || c.is_whitespace()
}

/// Whether `c` is one of [`BLANKS`], matched at once.
pub(crate) fn is_blank_char(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{3000}' | '\u{a0}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// [`char::is_alphanumeric`], answered at once for the common Chinese
/// chars and for the punctuation of Chinese text (`。，、“”（）：`), which
/// the general test looks up in its tables.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{4e00}'..='\u{9fff}' => true,
        '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{2010}'..='\u{2027}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The offsets of the chars of `text[floor..from]`, last first, found in
/// the bytes without decoding: a char starts at each byte that is not a
/// continuation byte.
pub(crate) fn char_starts_back(text: &str, floor: usize, from: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    (floor..from.min(bytes.len())).rev().filter(move |&at| bytes[at] & 0xc0 != 0x80)
}

/// Word-table entries indexed by one char of their word (the first or the
/// last): grouped by that char, longest word first, with the set of the
/// chars, whose [`CharSet::rank`] gives the group of a char at once.
struct KeyedWords<T: Copy + 'static> {
    keys: CharSet,
    /// Each word with the rest of it besides its key char, and its value.
    entries: Vec<(&'static str, &'static [u8], T)>,
    /// Where each key's entries end in `entries`, in key order.
    group_ends: Vec<usize>,
}

/// Which char of a word keys it in a [`KeyedWords`].
#[derive(Clone, Copy)]
enum Key {
    First,
    Last,
}

impl<T: Copy> KeyedWords<T> {
    fn new(entries: impl IntoIterator<Item = (&'static str, T)>, key: Key) -> KeyedWords<T> {
        let keyed_by = |word: &'static str| match key {
            Key::First => word.chars().next().map(|c| (c, &word.as_bytes()[c.len_utf8()..])),
            Key::Last => word.chars().next_back().map(|c| (c, &word.as_bytes()[..word.len() - c.len_utf8()])),
        };
        let mut keyed: Vec<(char, &'static str, &'static [u8], T)> = entries
            .into_iter()
            .filter_map(|(word, value)| keyed_by(word).map(|(c, rest)| (c, word, rest, value)))
            .collect();
        keyed.sort_by_key(|&(c, word, _, _)| (c, std::cmp::Reverse(word.len())));
        let mut group_ends: Vec<usize> = (1..keyed.len()).filter(|&i| keyed[i].0 != keyed[i - 1].0).collect();
        if !keyed.is_empty() {
            group_ends.push(keyed.len());
        }
        KeyedWords {
            keys: CharSet::new(keyed.iter().map(|&(c, _, _, _)| c)),
            entries: keyed.into_iter().map(|(_, word, rest, value)| (word, rest, value)).collect(),
            group_ends,
        }
    }

    /// The entries keyed by `c` (none when `c` is `None` or no key) whose
    /// rest `matches`, longest first.
    fn matching<'k>(&'k self, c: Option<char>, matches: impl Fn(&[u8]) -> bool + 'k) -> impl Iterator<Item = (&'static str, T)> + 'k {
        let group = c.and_then(|c| self.keys.rank(c)).map_or(0..0, |k| {
            let start = k.checked_sub(1).map_or(0, |before| self.group_ends[before]);
            start..self.group_ends[k]
        });
        self.entries[group].iter().filter(move |(_, rest, _)| matches(rest)).map(|&(word, _, value)| (word, value))
    }
}

/// Whether two short byte strings are equal, compared in place: the words
/// of the tables are a few bytes long, shorter than a call to `memcmp`.
/// The last bytes are compared first: the last byte of a Chinese char
/// tells most chars apart, while their first bytes are mostly alike.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.last() == b.last() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// A word table looked up at the start of a text: which entry's word the
/// text starts with, the longest winning.
pub(crate) struct Prefixes<T: Copy + 'static>(KeyedWords<T>);

impl<T: Copy> Prefixes<T> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Prefixes<T> {
        Prefixes(KeyedWords::new(entries, Key::First))
    }

    /// The entry with the longest word that `text` starts with, and that word.
    pub(crate) fn longest(&self, text: &str) -> Option<(&'static str, T)> {
        self.all(text).next()
    }

    /// Every entry whose word `text` starts with, longest first.
    pub(crate) fn all<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (&'static str, T)> + 'a {
        let first = text.chars().next();
        let after = &text.as_bytes()[first.map_or(0, char::len_utf8)..];
        self.0.matching(first, move |rest| after.get(..rest.len()).is_some_and(|head| same(head, rest)))
    }
}

/// A word table looked up from the end of a text: which entry's word the
/// text ends with, the longest winning.
pub(crate) struct Suffixes<T: Copy + 'static>(KeyedWords<T>);

impl<T: Copy> Suffixes<T> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Suffixes<T> {
        Suffixes(KeyedWords::new(entries, Key::Last))
    }

    /// The entry with the longest word that `text` ends with, and that word.
    pub(crate) fn longest(&self, text: &str) -> Option<(&'static str, T)> {
        self.endings(text).next()
    }

    /// The word of the table that ends last in `text` (the longest of those
    /// ending there), with where it ends: found by trying each char end
    /// from the last, never by searching for each word.
    pub(crate) fn last_in(&self, text: &str) -> Option<(usize, &'static str, T)> {
        self.all_in(text).next()
    }

    /// Every entry whose word stands in `text`, with where it ends: the
    /// last end first, and at each end the longest word first. Each char is
    /// decoded once.
    pub(crate) fn all_in<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, &'static str, T)> + 'a {
        text.char_indices().rev().flat_map(move |(at, last)| {
            let end = at + last.len_utf8();
            self.ending_with(&text.as_bytes()[..at], Some(last)).map(move |(word, value)| (end, word, value))
        })
    }

    /// Every entry whose word `text` ends with, longest first.
    pub(crate) fn endings<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (&'static str, T)> + 'a {
        let last = text.chars().next_back();
        let before = &text.as_bytes()[..text.len() - last.map_or(0, char::len_utf8)];
        self.ending_with(before, last)
    }

    /// Every entry whose word is `before` followed by the char `last` (no
    /// entry when there is none), longest first.
    fn ending_with<'a>(&'a self, before: &'a [u8], last: Option<char>) -> impl Iterator<Item = (&'static str, T)> + 'a {
        self.0.matching(last, move |rest| ends_same(before, rest))
    }
}

/// Whether `bytes` ends with `end`, compared as [`same`] compares.
fn ends_same(bytes: &[u8], end: &[u8]) -> bool {
    bytes.len() >= end.len() && same(&bytes[bytes.len() - end.len()..], end)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::reading::clause::tests::tricky_text;

    #[test]
    fn is_alphanumeric_agrees_with_the_standard_test() {
        let ranges = ['\u{2000}'..='\u{2100}', '\u{3000}'..='\u{3020}', '\u{4e00}'..='\u{4e10}', '\u{ff00}'..='\u{ff30}'];
        for c in ranges.into_iter().flatten().chain(['a', '5', '%', ' ']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn char_set_finds_as_a_char_scan(text in tricky_text(), cut in 0usize..400) {
            let set = CharSet::new("，。丁5〇𠂂".chars().filter(|&c| c <= '\u{ffff}'));
            let bounds: Vec<usize> = text.char_indices().map(|(at, _)| at).chain([text.len()]).collect();
            let from = bounds[cut % bounds.len()];
            let expected = text[from..].char_indices().find(|&(_, c)| set.contains(c)).map(|(at, _)| from + at);
            prop_assert_eq!(set.find(&text, from, text.len()), expected);
        }

        /// The packed searcher and the automaton it stands in for find the same words.
        #[test]
        fn word_search_finds_as_its_automaton(text in "[开工建设新成投产，a]{0,60}", cut in 0usize..60) {
            let search = WordSearch::new(["开工", "开工建设", "建设", "新开工", "建成投产", "投产", "a"]);
            let from = text.char_indices().map(|(at, _)| at).nth(cut).unwrap_or(text.len());
            let expected = search.automaton.find(aho_corasick::Input::new(&text).range(from..)).map(|m| (m.pattern().as_usize(), m.range()));
            prop_assert_eq!(search.find(&text, from, text.len()), expected);
        }
    }

    #[test]
    fn char_set_finds_members_of_every_width() {
        let set = CharSet::new("5é一９".chars());
        let text = "ab5cé中一x９𠀀";
        let found: Vec<usize> = std::iter::successors(set.find(text, 0, text.len()), |&at| {
            let next = at + text[at..].chars().next().map_or(1, char::len_utf8);
            set.find(text, next, text.len())
        })
        .collect();
        assert_eq!(found, vec![2, 4, 9, 13]);
        assert_eq!(set.find(text, 0, 9), Some(2));
        assert_eq!(set.find(text, 6, 9), None);
        assert_eq!(set.find("𠀀中", 0, 7), None);
        assert_eq!(set.find("", 0, 0), None);
    }

    #[test]
    fn rank_counts_the_members_before() {
        let members = ['5', 'é', '一', '丁', '９', '\u{ffff}'];
        let set = CharSet::new(members);
        for (place, &c) in members.iter().enumerate() {
            assert_eq!(set.rank(c), Some(place), "{c}");
        }
        for c in ['4', 'a', '七', '𠀀'] {
            assert_eq!(set.rank(c), None, "{c}");
        }
    }

    #[test]
    fn blank_chars_are_the_table_of_them() {
        for c in BLANKS {
            assert!(is_blank_char(c), "{c:?}");
        }
        assert!(!is_blank_char('a') && !is_blank_char('，'));
    }

    #[test]
    fn alphanumeric_as_the_standard_test() {
        for c in ['中', '一', '龥', '㐀', 'a', '5', '٣', '，', ' ', '“', '\u{3000}', '𠀀'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn char_starts_back_walks_the_chars_backwards() {
        let text = "a中é𠀀b";
        assert_eq!(char_starts_back(text, 0, text.len()).collect::<Vec<_>>(), vec![10, 6, 4, 1, 0]);
        assert_eq!(char_starts_back(text, 2, 9).collect::<Vec<_>>(), vec![6, 4]);
    }

    #[test]
    fn words_are_found_wherever_they_stand() {
        let words = WordSearch::new(["预期目标", "力争", "确保"]);
        let is_in = |text: &str| words.find(text, 0, text.len()).is_some();
        assert!(is_in("力争"));
        assert!(is_in("全年地区生产总值力争增长5%左右，确保完成"));
        assert!(is_in(&format!("{}预期目标", "经济".repeat(40))));
        assert!(!is_in("预期"));
        assert!(!is_in(""));
        assert!(!is_in(&"力".repeat(100)));
    }

    #[test]
    fn the_longest_word_starting_first_is_found() {
        let words = WordSearch::new(["开工", "开工建设", "建设", "新开工"]);
        let text = "项目新开工建设，开工建设";
        let at = |word: &str| text.find(word).unwrap();
        assert_eq!(words.find(text, 0, text.len()), Some((3, at("新开工")..at("新开工") + "新开工".len())));
        assert_eq!(words.find(text, at("开工"), text.len()), Some((1, at("开工")..at("开工") + "开工建设".len())));
        assert_eq!(words.find(text, at("，"), text.len() - 3), Some((0, text.rfind("开工").unwrap()..text.len() - "建设".len())));
        let long = format!("{}新开工", "，".repeat(30));
        assert_eq!(words.find(&long, 0, long.len()), Some((3, 90..99)));
    }

    #[test]
    fn prefixes_find_the_longest_start() {
        let table = Prefixes::new([("万", 4), ("万亿", 12), ("亿", 8)]);
        assert_eq!(table.longest("万亿元"), Some(("万亿", 12)));
        assert_eq!(table.longest("万元"), Some(("万", 4)));
        assert_eq!(table.longest("元"), None);
        assert_eq!(table.longest(""), None);
    }

    #[test]
    fn last_in_finds_the_word_that_ends_last() {
        let table = Suffixes::new([("推进", 1), ("加快推进", 2), ("实施", 3)]);
        assert_eq!(table.last_in("加快推进A实施B项目"), Some(("加快推进A实施".len(), "实施", 3)));
        assert_eq!(table.last_in("全力加快推进A项目"), Some(("全力加快推进".len(), "加快推进", 2)));
        assert_eq!(table.last_in("A项目"), None);
        assert_eq!(table.last_in(""), None);
    }

    #[test]
    fn suffixes_find_the_longest_ending() {
        let table = Suffixes::new([("增长", 'a'), ("同比增长", 'b'), ("下降", 'c')]);
        assert_eq!(table.longest("营业收入同比增长"), Some(("同比增长", 'b')));
        assert_eq!(table.longest("营业收入增长"), Some(("增长", 'a')));
        assert_eq!(table.longest("增长率"), None);
        assert_eq!(table.endings("同比增长").collect::<Vec<_>>(), vec![("同比增长", 'b'), ("增长", 'a')]);
        assert_eq!(table.longest(""), None);
    }
}
