//! Clauses and sentences: where they start and end, read from the bytes.
//!
//! A clause ends at `，,；;。：:！？!?` or a line end (not a PDF line wrap,
//! see [`Outline::is_soft_break`]); a sentence at `。！？!?` or a line end.
//! These scans run for every figure and status word, so they read bytes:
//! each of these chars is one ASCII byte or `ef bc xx` / `e3 80 82`.

use crate::reading::segment::Outline;
use crate::words::char_starts_back;

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

/// Where the last sentence of `text` ends, if one does: the bytes are
/// searched from the end for the last byte of each char of
/// [`is_sentence_end`], without decoding the chars in between.
pub(crate) fn last_sentence_end(text: &str) -> Option<usize> {
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

/// The offsets in `from..to` of the chars that end a phrase: the clause
/// ends of [`clause_start`] (a PDF line wrap is none) and the list comma
/// `、`, in text order. Found with three vectorized byte searches: the
/// lead bytes of the wide marks, the narrow marks, and the rare ones.
pub(crate) fn phrase_ends<'t>(text: &'t str, from: usize, to: usize, outline: &'t Outline) -> impl Iterator<Item = usize> + 't {
    let bytes = &text.as_bytes()[from..to];
    let mut wide = memchr::memchr3_iter(0xe3, 0xef, b'\n', bytes);
    let mut narrow = memchr::memchr3_iter(b',', b';', b':', bytes);
    let mut rare = memchr::memchr3_iter(b'!', b'?', b'\r', bytes);
    let none = bytes.len();
    let mut heads = [wide.next().unwrap_or(none), narrow.next().unwrap_or(none), rare.next().unwrap_or(none)];
    std::iter::from_fn(move || loop {
        let next = heads[0].min(heads[1]).min(heads[2]);
        if next >= none {
            return None;
        }
        if heads[0] == next {
            heads[0] = wide.next().unwrap_or(none);
        } else if heads[1] == next {
            heads[1] = narrow.next().unwrap_or(none);
        } else {
            heads[2] = rare.next().unwrap_or(none);
        }
        let at = from + next;
        let all = text.as_bytes();
        let ends = match (all[at], all.get(at + 1), all.get(at + 2)) {
            (b'\n', _, _) => !outline.is_soft_break(at),
            (0xef, Some(0xbc), Some(0x8c | 0x9b | 0x9a | 0x81 | 0x9f)) | (0xe3, Some(0x80), Some(0x82 | 0x81)) => true,
            (0xe3 | 0xef, _, _) => false,
            _ => true,
        };
        if ends {
            return Some(at);
        }
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use proptest::prelude::*;

    use super::{clause_start, is_clause_end, is_sentence_end, last_sentence_end, phrase_ends, REACH};
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
            // phrase_ends, as a char scan.
            let expected: Vec<usize> = text[floor..pos]
                .char_indices()
                .filter(|&(at, c)| (is_clause_end(c) && !(c == '\n' && outline.is_soft_break(floor + at))) || c == '、')
                .map(|(at, _)| floor + at)
                .collect();
            prop_assert_eq!(phrase_ends(&text, floor, pos, &outline).collect::<Vec<_>>(), expected);
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
