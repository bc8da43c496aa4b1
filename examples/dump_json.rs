//! Prints the JSON document for a report: `cargo run --release --example dump_json [FILE]`.
//! Without a file it reads the bundled fixture.

use std::process::ExitCode;

const FIXTURE: &str = include_str!("../fixtures/huludao-2025-excerpt.txt");

fn main() -> ExitCode {
    let text = match std::env::args_os().nth(1) {
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("dump_json: cannot read {}: {err}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => FIXTURE.as_bytes().to_vec(),
    };
    let report = match zhibiao::extract_bytes(&text) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("dump_json: {err}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout().lock();
    match serde_json::to_writer_pretty(stdout, &report) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dump_json: {err}");
            ExitCode::FAILURE
        }
    }
}
