//! The crate's one error type.

/// What can go wrong when reading input.
///
/// Its `Debug` form is its message too, so `expect` and `unwrap` print
/// what went wrong and where, not the variant's fields.
///
/// ```
/// let err = zhibiao::extract_bytes(b"\xe5\xa2\x9e\xff").unwrap_err();
/// assert_eq!(err.to_string(), "input is not UTF-8: invalid byte at offset 3");
/// assert_eq!(format!("{err:?}"), "input is not UTF-8: invalid byte at offset 3");
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid UTF-8; `offset` is the first byte of the
    /// first invalid sequence.
    #[error("input is not UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The bytes are neither UTF-8 nor GB18030 (nor do they start with a
    /// byte order mark); `offset` is the first byte that is not UTF-8.
    #[error("input is neither UTF-8 nor GB18030: invalid UTF-8 byte at offset {offset}")]
    Undecodable {
        /// Byte offset of the first sequence that is not UTF-8.
        offset: usize,
    },
    /// The bytes are not valid in the encoding they were read as.
    #[error("input is not {encoding}: invalid byte at offset {offset}")]
    Malformed {
        /// The encoding's name.
        encoding: &'static str,
        /// Byte offset of the first invalid sequence (at or just before it,
        /// for UTF-16).
        offset: usize,
    },
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}
