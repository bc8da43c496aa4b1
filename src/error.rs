//! The crate's one error type.

/// What can go wrong when reading input.
///
/// ```
/// let err = zhibiao::extract_bytes(b"\xe5\xa2\x9e\xff").unwrap_err();
/// assert_eq!(err.to_string(), "input is not UTF-8: invalid byte at offset 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid UTF-8; `offset` is the first byte of the
    /// first invalid sequence.
    #[error("input is not UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
}
