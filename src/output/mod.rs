//! Output: the writers of the JSON document, JSON Lines and CSV.

mod writers;

pub use writers::{write_json, write_jsonl, CsvWriter};
