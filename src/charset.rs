//! A set of chars tested one bit each, for scans that look at every char
//! of a text.

/// Chars of the Basic Multilingual Plane, one bit each (8 KiB). Chars past
/// it are never members.
pub(crate) struct CharSet {
    bits: Box<[u64; 1024]>,
}

impl CharSet {
    pub(crate) fn new(chars: &str) -> CharSet {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars.chars() {
            let code = c as usize;
            if let Some(word) = bits.get_mut(code / 64) {
                *word |= 1 << (code % 64);
            }
        }
        CharSet { bits }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        self.has(c as usize)
    }

    fn has(&self, code: usize) -> bool {
        self.bits.get(code / 64).is_some_and(|word| word & (1 << (code % 64)) != 0)
    }

    /// The offset of the first member at or after `from`, which must lie on
    /// a char boundary.
    pub(crate) fn find(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut at = from;
        while let Some(&lead) = bytes.get(at) {
            // The code point and length of the char at `at`, read from the
            // bytes: `text` is UTF-8, so a lead byte has its continuation.
            let (code, len) = match lead {
                0x00..=0x7f => (usize::from(lead), 1),
                0xc0..=0xdf => ((usize::from(lead & 0x1f) << 6) | continuation(bytes, at + 1), 2),
                0xe0..=0xef => (
                    (usize::from(lead & 0x0f) << 12) | (continuation(bytes, at + 1) << 6) | continuation(bytes, at + 2),
                    3,
                ),
                _ => (usize::MAX, 4),
            };
            if self.has(code) {
                return Some(at);
            }
            at += len;
        }
        None
    }
}

fn continuation(bytes: &[u8], at: usize) -> usize {
    bytes.get(at).map_or(0, |&b| usize::from(b & 0x3f))
}

#[cfg(test)]
mod tests {
    use super::CharSet;

    #[test]
    fn finds_members_of_every_width() {
        let set = CharSet::new("5é一９");
        let text = "ab5cé中一x９𠀀";
        let found: Vec<usize> = std::iter::successors(set.find(text, 0), |&at| {
            let next = at + text[at..].chars().next().map_or(1, char::len_utf8);
            set.find(text, next)
        })
        .collect();
        assert_eq!(found, vec![2, 4, 9, 13]);
        assert_eq!(set.find("𠀀中", 0), None);
        assert_eq!(set.find("", 0), None);
    }
}
