//! Agreement of the targets table with a hand-labelled table of provincial
//! GDP growth targets (`china-fiscal-data/targets.json`: one row per
//! province, with `low`, `high` and the phrasing `左右`, `以上`, `以内`,
//! `区间` or none).
//!
//! ```text
//! cargo run --release --example targets_agreement -- [TARGETS.json] [REPORTS_DIR]
//! ```
//!
//! The defaults are `../shared/external/china-fiscal-data/targets.json` and
//! `../shared/corpus/provincial-2026`. Prints one line per province that
//! differs and the count that agree; exits non-zero when any differs.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::Value;
use zhibiao::{Target, TargetBound};

/// Whether a row of our table says what a labelled row says.
fn agrees(ours: &Target, theirs: &Value) -> bool {
    let low = theirs["low"].as_f64();
    let high = theirs["high"].as_f64();
    let (bound, low, high) = match theirs["phrasing"].as_str() {
        Some("左右") => (TargetBound::About, low, high),
        Some("以上") => (TargetBound::Over, low, None),
        Some("以内") => (TargetBound::Under, None, high),
        Some("区间") => (TargetBound::Range, low, high),
        _ => (TargetBound::Exact, low, high),
    };
    ours.bound == bound && ours.low == low && ours.high == high
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let labels = args.next().unwrap_or_else(|| PathBuf::from("../shared/external/china-fiscal-data/targets.json"));
    let reports = args.next().unwrap_or_else(|| PathBuf::from("../shared/corpus/provincial-2026"));
    let labels: Vec<Value> = match std::fs::read_to_string(&labels).map(|text| serde_json::from_str(&text)) {
        Ok(Ok(labels)) => labels,
        Ok(Err(err)) => return fail(&format!("{}: {err}", labels.display())),
        Err(err) => return fail(&format!("{}: {err}", labels.display())),
    };
    let mut table = zhibiao::TargetTable::default();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&reports) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect(),
        Err(err) => return fail(&format!("{}: {err}", reports.display())),
    };
    paths.sort();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        table.add(&path.display().to_string(), &text, &zhibiao::extract(&text));
    }
    let rows = table.rows();
    let mut agreeing = 0;
    for label in &labels {
        let region = label["cn"].as_str().unwrap_or_default();
        let ours = rows.iter().find(|row| row.concept == "gdp" && row.region.as_deref() == Some(region));
        match ours {
            Some(row) if agrees(row, label) => agreeing += 1,
            Some(row) => println!("{region}: ours {:?} {:?} {:?} ({}), theirs {} {} {}", row.low, row.high, row.bound, row.text, label["low"], label["high"], label["phrasing"]),
            None => println!("{region}: no row of ours, theirs {} {} {}", label["low"], label["high"], label["phrasing"]),
        }
    }
    println!("targets agreement: {agreeing}/{} provinces", labels.len());
    if agreeing == labels.len() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("targets_agreement: {message}");
    ExitCode::FAILURE
}
