//! Clauses and sentences: where they start and end, read from the bytes.
//!
//! A clause ends at `，,；;。：:！？!?` or a line end (not a PDF line wrap,
//! see [`Outline::is_soft_break`]); a sentence at `。！？!?` or a line end.
//! These scans run for every figure and status word, so they read bytes:
//! each of these chars is one ASCII byte or `ef bc xx` / `e3 80 82`.
//! A noun phrase ends before a verb or a word of [`NOUN_ENDERS`]
//! ([`starts_noun_ender`]).

use std::sync::LazyLock;

use crate::lexicon::{FROM_TO_LINKS, NOUNS_STARTING_LIKE_ENDERS, NOUN_ENDERS, VERBS};
use crate::reading::segment::Outline;
use crate::words::{char_starts_back, Prefixes};

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
pub(crate) const REACH: usize = 160;

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

/// [`NOUN_ENDERS`], the verbs and the from/to links (not the bare `到`,
/// `至`), each `true`; the [`NOUNS_STARTING_LIKE_ENDERS`], each `false`, so
/// that the longer word wins where a noun begins like an ender.
static NOUN_ENDER_WORDS: LazyLock<Prefixes<bool>> = LazyLock::new(|| {
    let verbs = VERBS.iter().map(|v| v.word).filter(|w| w.chars().count() > 1);
    let links = FROM_TO_LINKS.iter().copied().filter(|w| w.chars().count() > 1);
    let enders = NOUN_ENDERS.iter().copied().chain(verbs).chain(links).map(|w| (w, true));
    Prefixes::new(enders.chain(NOUNS_STARTING_LIKE_ENDERS.iter().map(|&w| (w, false))))
});

/// Whether `text` is one word of [`NOUN_ENDERS`] and nothing more (`有` of
/// `有百分之二十四的国营工业企业`).
pub(crate) fn is_lone_verb(text: &str) -> bool {
    NOUN_ENDER_WORDS.longest(text).is_some_and(|(word, ends)| ends && word.len() == text.len())
}

/// Whether `text` starts with a word of [`NOUN_ENDERS`] (and not with a noun
/// that begins like one).
pub(crate) fn starts_noun_ender(text: &str) -> bool {
    NOUN_ENDER_WORDS.longest(text).is_some_and(|(_, ends)| ends)
}

/// `text` cut after each sentence end, as `split_inclusive` with
/// [`is_sentence_end`] cuts it: the ends found by their first bytes, a
/// block at a time.
pub(crate) fn sentence_pieces(text: &str) -> impl Iterator<Item = &str> + '_ {
    let bytes = text.as_bytes();
    let mut ends = bytes_where(bytes, is_sentence_end_byte).filter_map(move |at| sentence_end_after(bytes, at));
    let mut piece_start = 0;
    std::iter::from_fn(move || {
        let end = ends.next().or((piece_start < bytes.len()).then_some(bytes.len()))?;
        let piece = &text[piece_start..end];
        piece_start = end;
        Some(piece)
    })
}

/// Where the last sentence of `text` ends, if one does: the bytes are
/// searched from the end for the first byte of each char of
/// [`is_sentence_end`], 64 at a time (see `block_mask`), without decoding
/// the chars in between.
pub(crate) fn last_sentence_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut block_end = bytes.len();
    while block_end > 0 {
        let start = block_end.saturating_sub(64);
        let mut mask = block_mask(&bytes[start..block_end], is_sentence_end_byte);
        while mask != 0 {
            let bit = 63 - mask.leading_zeros() as usize;
            mask &= !(1 << bit);
            if let Some(end) = sentence_end_after(bytes, start + bit) {
                return Some(end);
            }
        }
        block_end = start;
    }
    None
}

/// Whether `byte` may start a sentence end: the lead bytes of 。 (e3) and
/// ！？ (ef), and the narrow ends.
fn is_sentence_end_byte(byte: u8) -> bool {
    matches!(byte, 0xe3 | 0xef | b'\n' | b'!' | b'?')
}

/// Where the sentence end that starts at byte `at` (one of
/// [`is_sentence_end_byte`]) ends, if the char there is one.
fn sentence_end_after(bytes: &[u8], at: usize) -> Option<usize> {
    const WIDE_ENDS: [&[u8]; 3] = ["。".as_bytes(), "！".as_bytes(), "？".as_bytes()];
    match bytes[at] {
        b'\n' | b'!' | b'?' => Some(at + 1),
        _ if bytes.get(at..at + 3).is_some_and(|char| WIDE_ENDS.contains(&char)) => Some(at + 3),
        _ => None,
    }
}

/// The phrase marks of `from..to`, found in one pass and kept for the
/// readings that walk them: the chars that end a clause (see
/// [`is_clause_end`], line ends soft or not) and the list comma `、`, in
/// text order.
pub(crate) struct PhraseMarks {
    at: Vec<usize>,
}

impl PhraseMarks {
    pub(crate) fn read(text: &str, from: usize, to: usize) -> PhraseMarks {
        let all = text.as_bytes();
        PhraseMarks { at: bytes_where(&all[from..to], is_mark_byte).map(|at| from + at).filter(|&at| is_phrase_mark(all, at)).collect() }
    }

    /// The offsets of the chars that end a phrase: the clause ends of
    /// [`clause_start`] (a PDF line wrap is none) and the list comma `、`.
    pub(crate) fn ends<'a>(&'a self, text: &'a str, outline: &'a Outline) -> impl Iterator<Item = usize> + 'a {
        let all = text.as_bytes();
        self.at.iter().copied().filter(move |&at| !(all[at] == b'\n' && outline.is_soft_break(at)))
    }

    /// Each list comma `、`, with where the mark after it stands (see
    /// [`next_phrase_end`]; past `to` too), if one does.
    pub(crate) fn list_commas<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, Option<usize>)> + 'a {
        let all = text.as_bytes();
        self.at.iter().enumerate().filter(move |&(_, &at)| all[at..].starts_with("、".as_bytes())).map(move |(i, &at)| {
            let after = at + "、".len();
            (at, self.at.get(i + 1).copied().or_else(|| next_phrase_end(&text[after..]).map(|end| after + end)))
        })
    }
}

/// Where the first char of `text` stands that ends a clause (see
/// [`is_clause_end`], line ends included) or is the list comma `、`: found
/// by its first byte, as [`PhraseMarks`] finds them.
pub(crate) fn next_phrase_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    bytes_where(bytes, is_mark_byte).find(|&at| is_phrase_mark(bytes, at))
}

/// Whether `byte` may start a phrase end: the lead byte of the wide marks
/// (`ef bc xx` for `，；：！？`, `e3 80 xx` for `。、`) or a narrow mark.
fn is_mark_byte(byte: u8) -> bool {
    matches!(byte, 0xe3 | 0xef | b'\n' | b',' | b';' | b':' | b'!' | b'?' | b'\r')
}

/// Whether the char at byte `at` (one of [`is_mark_byte`]) ends a phrase:
/// a narrow mark always; a wide one when the bytes after its lead byte
/// are those of `，；：！？。、`.
fn is_phrase_mark(bytes: &[u8], at: usize) -> bool {
    match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
        (0xef, Some(0xbc), Some(0x8c | 0x9b | 0x9a | 0x81 | 0x9f)) | (0xe3, Some(0x80), Some(0x82 | 0x81)) => true,
        (0xe3 | 0xef, _, _) => false,
        _ => true,
    }
}

/// The offsets of the bytes of `bytes` that `is` holds for, in order.
/// Read 64 bytes at a time into a mask of one bit a byte, whose set bits
/// are then taken lowest first: the tests of a block compile to a few
/// vector instructions, and a mark costs no new search (prose has one
/// about every ten chars).
fn bytes_where(bytes: &[u8], is: impl Fn(u8) -> bool + Copy + 'static) -> impl Iterator<Item = usize> + '_ {
    let mut block = 0;
    let mut mask = 0u64;
    let mut next = 0;
    std::iter::from_fn(move || loop {
        if mask != 0 {
            let at = block + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            return Some(at);
        }
        if next >= bytes.len() {
            return None;
        }
        block = next;
        next = (block + 64).min(bytes.len());
        mask = block_mask(&bytes[block..next], is);
    })
}

/// One bit for each byte of `block` (at most 64 bytes) that `is` one
/// sought, the first byte the lowest bit. Inlined with a test of a few
/// byte compares, the tests of a whole block compile to vector
/// instructions; a shorter block (the text's last) is padded, its
/// padding's bits dropped.
#[inline(always)]
fn block_mask(block: &[u8], is: impl Fn(u8) -> bool + Copy) -> u64 {
    match <&[u8; 64]>::try_from(block) {
        Ok(whole) => whole_block_mask(whole, is),
        Err(_) => {
            let mut padded = [0u8; 64];
            padded[..block.len()].copy_from_slice(block);
            whole_block_mask(&padded, is) & ((1 << block.len()) - 1)
        }
    }
}

/// [`block_mask`] of a whole block.
#[inline(always)]
fn whole_block_mask(chunk: &[u8; 64], is: impl Fn(u8) -> bool) -> u64 {
    let flags: [u8; 64] = std::array::from_fn(|i| u8::from(is(chunk[i])));
    // Eight flags of 0 or 1 gathered into the top byte of a product.
    flags.chunks_exact(8).enumerate().fold(0, |mask, (k, group)| {
        let group: [u8; 8] = group.try_into().unwrap_or_default();
        let bits = u64::from_le_bytes(group).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        mask | bits << (8 * k)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use proptest::prelude::*;

    use super::{clause_start, is_clause_end, is_sentence_end, last_sentence_end, next_phrase_end, sentence_pieces, PhraseMarks, REACH};
    use crate::reading::segment::Outline;

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
            // The phrase ends, as a char scan.
            let expected: Vec<usize> = text[floor..pos]
                .char_indices()
                .filter(|&(at, c)| (is_clause_end(c) && !(c == '\n' && outline.is_soft_break(floor + at))) || c == '、')
                .map(|(at, _)| floor + at)
                .collect();
            let marks = PhraseMarks::read(&text, floor, pos);
            prop_assert_eq!(marks.ends(&text, &outline).collect::<Vec<_>>(), expected);
            // The list commas, each with the mark after it.
            let expected: Vec<(usize, Option<usize>)> = text[floor..pos]
                .match_indices('、')
                .map(|(at, _)| (floor + at, next_phrase_end(&text[floor + at + 3..]).map(|end| floor + at + 3 + end)))
                .collect();
            prop_assert_eq!(marks.list_commas(&text).collect::<Vec<_>>(), expected);
            // sentence_pieces, as split_inclusive.
            let expected: Vec<&str> = text[floor..pos].split_inclusive(is_sentence_end).collect();
            prop_assert_eq!(sentence_pieces(&text[floor..pos]).collect::<Vec<_>>(), expected);
            // next_phrase_end, as a char scan.
            let expected = text[floor..].find(|c: char| c == '、' || is_clause_end(c));
            prop_assert_eq!(next_phrase_end(&text[floor..]), expected);
        }
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
