//! Output: the writers of the JSON document, JSON Lines and CSV, and the
//! table of targets against outcomes ([`targets`]).

mod targets;
mod writers;

pub use targets::{targets, Target, TargetBound, TargetTable};
pub use writers::{write_json, write_jsonl, write_targets_csv, write_targets_jsonl, CsvWriter};
