mod model;
mod numeral;
mod span;
mod error;
pub use model::*;
pub use span::Span;
pub use error::Error;
pub fn extract(_t: &str) -> Report { Report::default() }
pub fn extract_bytes(b: &[u8]) -> Result<Report, Error> { Ok(extract(std::str::from_utf8(b).map_err(|e| Error::InvalidUtf8{offset: e.valid_up_to()})?)) }
