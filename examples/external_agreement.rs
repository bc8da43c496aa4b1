//! Measures how often zhibiao reads numbers and money as other projects'
//! own test suites expect: `cargo run --release --example external_agreement [DIR]`,
//! where DIR holds `cn2an/cases.jsonl` and `jionlp/cases.jsonl` (by default
//! `../shared/external`). Prints agreement per suite and every disagreement;
//! `EXTERNAL.md` explains the deliberate ones.

use std::path::{Path, PathBuf};

use serde_json::Value;
use zhibiao::{Bound, Dimension};

/// How one case came out.
#[derive(Default)]
struct Tally {
    agree: usize,
    miss: usize,
    differ: Vec<String>,
    skipped: usize,
}

impl Tally {
    fn print(&self, suite: &str) {
        let judged = self.agree + self.miss + self.differ.len();
        println!(
            "{suite}: {} of {judged} agree ({:.1}%), {} not read, {} read differently, {} skipped",
            self.agree,
            100.0 * self.agree as f64 / judged.max(1) as f64,
            self.miss,
            self.differ.len(),
            self.skipped
        );
        for line in &self.differ {
            println!("    {line}");
        }
    }
}

fn cases(dir: &Path, suite: &str) -> Vec<Value> {
    let path = dir.join(suite).join("cases.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines().filter_map(|line| serde_json::from_str(line).ok()).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// cn2an: a numeral, read as a count (`新增{input}个。`).
fn cn2an(dir: &Path) -> Tally {
    let mut tally = Tally::default();
    for case in cases(dir, "cn2an") {
        let suite = case["suite"].as_str().unwrap_or_default();
        if !suite.starts_with("cn2an.cn2an:") || suite.ends_with(":direct") {
            tally.skipped += 1;
            continue;
        }
        let input = case["input"].as_str().unwrap_or_default();
        let figures = zhibiao::extract(&format!("新增{input}个。")).figures;
        match (case["expect"]["value"].as_f64(), figures.as_slice()) {
            (Some(want), [one]) if close(one.value, want) => tally.agree += 1,
            (Some(_), []) => tally.miss += 1,
            (Some(want), found) => {
                let got: Vec<f64> = found.iter().map(|f| f.value).collect();
                tally.differ.push(format!("{input}: want {want}, read {got:?}"));
            }
            (None, []) => tally.agree += 1, // an error case, and no figure
            (None, found) => {
                let got: Vec<f64> = found.iter().map(|f| f.value).collect();
                tally.differ.push(format!("{input}: want no number, read {got:?}"));
            }
        }
    }
    tally
}

/// JioNLP's money parser: value and bound of the first money figure.
fn jionlp(dir: &Path) -> Tally {
    let mut tally = Tally::default();
    for case in cases(dir, "jionlp") {
        let expect = &case["expect"];
        let (Some(num), Some(definition)) = (expect["num"].as_str(), expect["definition"].as_str()) else {
            tally.skipped += 1; // ranges (3000多欧元 → [3000, 4000]) and extraction cases
            continue;
        };
        let want: f64 = num.parse().unwrap_or(f64::NAN);
        let want_bound = match definition {
            "blur" => Bound::About,
            "blur+" => Bound::Over,
            "blur-" => Bound::Under,
            _ => Bound::Exact,
        };
        let input = case["input"].as_str().unwrap_or_default();
        let report = zhibiao::extract(input);
        match report.figures.iter().find(|f| f.dimension == Dimension::Money) {
            Some(f) if close(f.value, want) && f.bound == want_bound => tally.agree += 1,
            Some(f) => tally.differ.push(format!("{input}: want {want} {want_bound:?}, read {} {:?}", f.value, f.bound)),
            None => tally.miss += 1,
        }
    }
    tally
}

fn main() {
    let dir = std::env::args_os().nth(1).map_or_else(|| PathBuf::from("../shared/external"), PathBuf::from);
    if !dir.is_dir() {
        println!("external_agreement: {} not found; nothing to measure", dir.display());
        return;
    }
    cn2an(&dir).print("cn2an (numerals, as counts)");
    jionlp(&dir).print("jionlp parse_money (value and bound)");
}
