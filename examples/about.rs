//! Whose report each file is, and for which year:
//! `cargo run --release --example about -- FILE...` prints a line a file;
//! `--manifest MANIFEST.tsv` checks every file of a corpus manifest (its
//! `file`, `region`, `year`, `level` and `parent` columns): the year must
//! be read, and the region (or a short form the report uses), level and
//! parent read right or left null; it exits 1 on a wrong field.

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

/// Whether `read` is the manifest's region `want`, or a short form of it
/// that keeps its first and last chars (`黔东南州` for `黔东南苗族侗族自治州`).
fn same_region(read: &str, want: &str) -> bool {
    let mut chars = read.chars();
    let last = chars.next_back();
    read == want || (read.chars().count() >= 2 && want.starts_with(chars.as_str()) && last.is_some_and(|c| want.ends_with(c)))
}

/// Checks every file of a manifest: its year must be read, and its region,
/// level and parent read right or left null. Prints each file with a wrong
/// field, then how many were right and how many fields were left null.
fn check(manifest: &str) -> ExitCode {
    let Ok(table) = std::fs::read_to_string(manifest) else {
        eprintln!("about: {manifest} not found");
        return ExitCode::FAILURE;
    };
    let dir = std::path::Path::new(manifest).parent().unwrap_or(std::path::Path::new("."));
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name);
    let (Some(file_at), Some(year_at), Some(level_at)) = (column("file"), column("year"), column("level")) else {
        eprintln!("about: {manifest} lacks a file, year or level column");
        return ExitCode::FAILURE;
    };
    let (mut right, mut wrong, mut nulls) = (0, 0, [0usize; 3]);
    for line in lines {
        let cols: Vec<&str> = line.split('\t').collect();
        let cell = |at: Option<usize>| at.and_then(|at| cols.get(at).copied());
        let (Some(file), Some(year), Some(want_level)) = (cell(Some(file_at)), cell(Some(year_at)), cell(Some(level_at))) else { continue };
        // A manifest without a region (or parent) column checks none.
        let want_region = cell(column("region"));
        let want_parent = cell(column("parent"));
        let path = dir.join(file);
        let a = match about(&path.to_string_lossy()) {
            Ok(a) => a,
            Err(err) => {
                wrong += 1;
                println!("{err}");
                continue;
            }
        };
        let fields = [
            a.region.as_deref().map(|region| want_region.is_none_or(|want| same_region(region, want))),
            a.level.map(|l| level(l) == want_level),
            a.parent.as_deref().map(|parent| want_parent.is_none_or(|want| parent == want)),
        ];
        for (null, field) in nulls.iter_mut().zip(&fields) {
            *null += usize::from(field.is_none());
        }
        if show(a.year) == year && fields.iter().all(|field| field.unwrap_or(true)) {
            right += 1;
        } else {
            wrong += 1;
            let level = show(a.level.map(level));
            println!(
                "{file}: read {} {level} {} {}, want {} {want_level} {} {year}",
                show(a.region),
                show(a.parent),
                show(a.year),
                want_region.unwrap_or("-"),
                want_parent.unwrap_or("-")
            );
        }
    }
    println!(
        "about: {right} of {} reports read right (null: region {}, level {}, parent {})",
        right + wrong,
        nulls[0],
        nulls[1],
        nulls[2]
    );
    if wrong == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
