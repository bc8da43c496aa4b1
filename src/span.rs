//! Byte spans into the original text.

use std::ops::Index;

/// A half-open range of UTF-8 byte offsets into the text given to
/// [`extract`](crate::extract): `&text[span]` is the mention.
///
/// Both ends always lie on char boundaries.
///
/// ```
/// let text = "装机容量达862万千瓦";
/// let report = zhibiao::extract(text);
/// let figure = &report.figures[0];
/// assert_eq!(&text[figure.span], "862万千瓦");
/// assert_eq!(&text[figure.span], figure.text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end` of `text`; both must lie on char boundaries.
    pub(crate) fn new(text: &str, start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        Span { start, end }
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}
