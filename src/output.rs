//! Writers: the JSON document of schema `zhibiao/1`.

use std::io::Write;

use crate::model::Report;

/// Writes `report` as the pretty-printed JSON document of schema `zhibiao/1`.
///
/// ```
/// let report = zhibiao::extract("信访总量下降26.3%");
/// let mut out = Vec::new();
/// zhibiao::write_json(&mut out, &report).unwrap();
/// let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(doc["schema"], "zhibiao/1");
/// assert_eq!(doc["figures"][0]["value"], 26.3);
/// assert_eq!(doc["figures"][0]["direction"], "decrease");
/// ```
pub fn write_json<W: Write>(writer: W, report: &Report) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(writer, report)
}
