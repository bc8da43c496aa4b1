//! Whose report each file is, and for which year:
//! `cargo run --release --example about -- FILE...` prints a line a file;
//! `--manifest MANIFEST.tsv` checks every file of a corpus manifest (its
//! `file`, `year` and `level` columns) and exits 1 on a difference.

use std::process::ExitCode;

fn about(path: &str) -> Result<zhibiao::About, String> {
    let bytes = std::fs::read(path).map_err(|err| format!("{path}: {err}"))?;
    Ok(zhibiao::extract_bytes(&bytes).map_err(|err| format!("{path}: {err}"))?.about)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, manifest] = args.as_slice() {
        if flag == "--manifest" {
            return check(manifest);
        }
    }
    for path in &args {
        match about(path) {
            Ok(a) => println!("{path}\t{}\t{}\t{}\t{}", show(a.region), show(a.level.map(level)), show(a.parent), show(a.year)),
            Err(err) => eprintln!("{err}"),
        }
    }
    ExitCode::SUCCESS
}

fn show<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}

fn level(level: zhibiao::Level) -> String {
    serde_json::to_value(level).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn check(manifest: &str) -> ExitCode {
    let Ok(table) = std::fs::read_to_string(manifest) else {
        eprintln!("about: {manifest} not found");
        return ExitCode::FAILURE;
    };
    let dir = std::path::Path::new(manifest).parent().unwrap_or(std::path::Path::new("."));
    let (mut right, mut wrong) = (0, 0);
    for line in table.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, _, year, want_level, ..] = cols.as_slice() else { continue };
        let path = dir.join(file);
        match about(&path.to_string_lossy()) {
            Ok(a) if show(a.year) == *year && a.level.map(level).as_deref() == Some(want_level) => right += 1,
            Ok(a) => {
                wrong += 1;
                println!("{file}: read {a:?}, want year {year} level {want_level}");
            }
            Err(err) => {
                wrong += 1;
                println!("{err}");
            }
        }
    }
    println!("about: {right} of {} reports read right", right + wrong);
    if wrong == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
