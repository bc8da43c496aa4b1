//! A guard against a large slowdown, for CI:
//! `cargo run --release --example speed_guard [LIMIT]`. In one process, runs
//! `extract` and a plain regex pass (number, magnitude, unit: the floor of
//! a figure finder) over the bundled fixtures concatenated to 10 MB, best
//! of 5 each, prints the ratio and exits 1 past `LIMIT` (12 by default).
//! The ratio measured is 6.1–6.3 on a quiet 2-core machine, and a process
//! sharing the machine has raised it by up to two thirds (see the README's
//! Performance): a
//! ratio past the limit is measured again, up to three times in all, and
//! fails only if it stays there, so that the guard catches a doubling,
//! which stays, and not the machine's noise, which passes.
//! Benchmarks with criterion (`cargo bench`) are where speed is measured.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use regex::Regex;

const FIXTURES: &[&str] = &[
    include_str!("../fixtures/huludao-2025-excerpt.txt"),
    include_str!("../fixtures/liaoning-2026-plan-excerpt.txt"),
];

/// The fastest of `runs` runs of `work`.
fn best_of(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let limit: f64 = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(12.0);
    let mut text = String::new();
    while text.len() < 10_000_000 {
        for fixture in FIXTURES {
            text.push_str(fixture);
            text.push('\n');
        }
    }
    let floor = Regex::new(
        r"(?x)
        [0-9０-９]+(?:[.．][0-9０-９]+)?
        (?:万亿|亿|千万|百万|万|千|百)?
        (?:%|％|个百分点|元|美元|千瓦时|千瓦|平方米|平方公里|公里|亩|吨|个|家|户|人次|人|项|件|次|场|条|所|套|年|倍)?",
    )
    .expect("valid regex");
    let mb = text.len() as f64 / 1e6;
    for attempt in 1..=3 {
        let regex = best_of(5, || {
            black_box(floor.find_iter(black_box(&text)).count());
        });
        let extract = best_of(5, || {
            black_box(zhibiao::extract(black_box(&text)));
        });
        let ratio = extract.as_secs_f64() / regex.as_secs_f64();
        println!(
            "speed guard: extract {:.1} ms ({:.0} MB/s), regex pass {:.1} ms, ratio {ratio:.2} (limit {limit})",
            extract.as_secs_f64() * 1e3,
            mb / extract.as_secs_f64(),
            regex.as_secs_f64() * 1e3
        );
        if ratio <= limit {
            return ExitCode::SUCCESS;
        }
        if attempt == 3 {
            println!("speed guard: FAILED, extract is {ratio:.2}x the regex pass, three times over");
        }
    }
    ExitCode::FAILURE
}
