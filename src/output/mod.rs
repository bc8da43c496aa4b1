//! Output: the writers of the JSON document, JSON Lines and CSV, the page
//! showing the report with its marks, and the table of targets against
//! outcomes ([`targets`]).

mod page;
mod targets;
mod writers;

pub use page::write_page;
pub use targets::{targets, Target, TargetBound, TargetTable};
pub use writers::{write_json, write_jsonl, write_targets_csv, write_targets_jsonl, CsvWriter};
