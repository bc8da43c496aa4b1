//! Throughput of `extract`, beside a plain regex pass over the same bytes.
//!
//! - `extract/*`: the fixture and a ~10 MB corpus of concatenated fixtures,
//!   each with `regex_baseline` (number, optional magnitude, optional unit)
//!   and `zhibiao` in the same group, so their ratio is read from one run.
//! - `scaling/*`: 1, 10 and 100 MB, to show time grows linearly.
//! - `hostile/*`: inputs built to be slow: digits, 万, no punctuation.
//! - `pipeline/*`: what the command does per file, in process: bytes to
//!   text (borrowed when UTF-8), extract a part at a time, write JSON Lines
//!   or CSV into a sink; beside the regex
//!   pass, on the fixture corpus and (when `../shared` is there) on the
//!   real corpus and the city and county reports concatenated five times.
//! - `command/*`: the `zhibiao` command over a directory of reports on 1, 2
//!   and all cores.

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::sync::LazyLock;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use regex::Regex;

const FIXTURES: &[&str] = &[
    include_str!("../fixtures/huludao-2025-excerpt.txt"),
    include_str!("../fixtures/liaoning-2026-plan-excerpt.txt"),
];

/// The floor: what a one-regex figure finder costs.
static BASELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        [0-9０-９]+(?:[.．][0-9０-９]+)?
        (?:万亿|亿|千万|百万|万|千|百)?
        (?:%|％|个百分点|元|美元|千瓦时|千瓦|平方米|平方公里|公里|亩|吨|个|家|户|人次|人|项|件|次|场|条|所|套|年|倍)?",
    )
    .expect("valid regex")
});

fn regex_pass(text: &str) -> usize {
    BASELINE.find_iter(text).count()
}

/// The fixtures repeated to at least `bytes` bytes.
fn corpus(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 20_000);
    while text.len() < bytes {
        for fixture in FIXTURES {
            text.push_str(fixture);
            text.push('\n');
        }
    }
    text
}

fn extract(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    for (name, text) in [("fixture", FIXTURES[0].to_string()), ("corpus_10mb", corpus(10_000_000))] {
        assert!(regex_pass(&text) > 0 && !zhibiao::extract(&text).figures.is_empty());
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1_000_000 {
            // Ten samples over 15 s: shorter runs of this size move by ±10 % on a shared machine.
            group.sample_size(10).measurement_time(Duration::from_secs(15));
        }
        group.bench_with_input(BenchmarkId::new("regex_baseline", name), &text, |b, t| b.iter(|| regex_pass(black_box(t))));
        group.bench_with_input(BenchmarkId::new("zhibiao", name), &text, |b, t| b.iter(|| zhibiao::extract(black_box(t))));
    }
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for mb in [1, 10, 100] {
        let text = corpus(mb * 1_000_000);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("zhibiao", format!("{mb}mb")), &text, |b, t| {
            b.iter(|| zhibiao::extract(black_box(t)))
        });
    }
    group.finish();
}

fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    let cases = [
        ("digits_1mb", "1234567890".repeat(100_000)),
        ("wan_1mb", "万".repeat(350_000)),
        ("cn_digits_1mb", "一二三四五六七八九十".repeat(35_000)),
        ("counts_1mb", "1个".repeat(250_000)),
        ("no_punctuation_10mb", "全市新增企业家数达到很多".repeat(280_000)),
        // Counts of listed places in one clause without end: each looks back.
        ("listed_counts_1mb", "支持西宁、海东两市".repeat(40_000)),
    ];
    for (name, text) in cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("zhibiao", name), &text, |b, t| b.iter(|| zhibiao::extract(black_box(t))));
    }
    group.finish();
}

/// The real reports of `../shared/corpus` and `../shared/corpus-local`
/// (provincial, national, city and county), concatenated five times, when
/// they are there.
fn shared_corpus() -> Option<String> {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut files = Vec::new();
    let mut dirs = vec![shared.join("corpus"), shared.join("corpus-local")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    let once: String = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect::<Vec<_>>().join("\n");
    (!once.is_empty()).then(|| once.repeat(5))
}

/// The part size the command reads a large input in.
const PART_SIZE: usize = 4 << 20;

fn pipeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    let inputs = [("fixtures_10mb", Some(corpus(10_000_000))), ("shared_corpus_x5", shared_corpus())];
    for (name, text) in inputs.into_iter().filter_map(|(n, t)| Some((n, t?))) {
        let bytes = text.as_bytes().to_vec();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("regex_baseline", name), &text, |b, t| b.iter(|| regex_pass(black_box(t))));
        group.bench_with_input(BenchmarkId::new("jsonl", name), &bytes, |b, bytes| {
            b.iter(|| {
                let text = zhibiao::decode(bytes, zhibiao::Encoding::Auto).expect("UTF-8");
                let mut out = std::io::BufWriter::new(std::io::sink());
                for part in zhibiao::extract_parts(&text, PART_SIZE) {
                    zhibiao::write_jsonl(&mut out, "report.txt", &part).expect("sink");
                }
                out
            })
        });
        group.bench_with_input(BenchmarkId::new("csv", name), &bytes, |b, bytes| {
            b.iter(|| {
                let text = zhibiao::decode(bytes, zhibiao::Encoding::Auto).expect("UTF-8");
                let mut csv = zhibiao::CsvWriter::new(std::io::BufWriter::new(std::io::sink())).expect("sink");
                for part in zhibiao::extract_parts(&text, PART_SIZE) {
                    csv.write_report("report.txt", &part).expect("sink");
                }
                csv.into_inner().expect("sink")
            })
        });
    }
    group.finish();
}

/// A directory of 400 reports (~6 MB), made once per run under the target dir.
fn corpus_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-corpus");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create bench corpus dir");
    for i in 0..400 {
        std::fs::write(dir.join(format!("report-{i:04}.txt")), FIXTURES[i % FIXTURES.len()]).expect("write report");
    }
    dir
}

fn command(c: &mut Criterion) {
    let dir = corpus_dir();
    let bytes: u64 = (0..400).map(|i| FIXTURES[i % FIXTURES.len()].len() as u64).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("command");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    let mut jobs = vec![1, 2, cores];
    jobs.dedup();
    for jobs in jobs {
        group.bench_function(BenchmarkId::new("jsonl", format!("{jobs}_threads")), |b| {
            b.iter(|| {
                let out = Command::new(env!("CARGO_BIN_EXE_zhibiao"))
                    .arg(&dir)
                    .args(["--format", "jsonl", "--jobs", &jobs.to_string(), "--output", "/dev/null"])
                    .output()
                    .expect("run zhibiao");
                assert!(out.status.success());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, extract, scaling, hostile, pipeline, command);
criterion_main!(benches);
