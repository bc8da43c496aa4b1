//! `zhibiao`: figures from many reports at once, as JSON, JSON Lines or CSV.
//!
//! ```text
//! zhibiao FILE|DIR|- ... [--format json|jsonl|csv] [--output PATH] [--jobs N] [--bom]
//! ```
//!
//! Directories are walked for `.txt` files; `-` reads standard input. Files
//! are read in parallel and written in the order of their paths, whatever
//! the number of threads. A file that cannot be read, or is not UTF-8, is
//! reported with its path (and byte offset), skipped and counted; the exit
//! code is 1 when any file failed.

use std::fs;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

#[derive(Parser)]
#[command(version, about = "Extract figures, ranks and projects from Chinese government work reports.")]
struct Args {
    /// Text files, directories (walked for .txt files), or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Where to write; standard output when not given.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Threads to use; all cores when not given.
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Start CSV output with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    bom: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON document per file (an array of them for several files).
    Json,
    /// One flat record per line: figures, ranks, projects.
    Jsonl,
    /// One figure per row, with a header row.
    Csv,
}

/// One input: a path, or standard input.
enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }

    fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Input::File(path) => fs::read(path),
            Input::Stdin => {
                let mut bytes = Vec::new();
                io::stdin().lock().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
        }
    }
}

/// The inputs named on the command line, directories walked, sorted by path.
fn collect_inputs(args: &[PathBuf]) -> io::Result<Vec<Input>> {
    let mut files = Vec::new();
    let mut stdin = false;
    for arg in args {
        if arg.as_os_str() == "-" {
            stdin = true;
        } else if arg.is_dir() {
            walk(arg, &mut files)?;
        } else {
            files.push(arg.clone());
        }
    }
    files.sort();
    files.dedup();
    let mut inputs: Vec<Input> = files.into_iter().map(Input::File).collect();
    if stdin {
        inputs.push(Input::Stdin);
    }
    Ok(inputs)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "txt") {
            files.push(path);
        }
    }
    Ok(())
}

/// What one input gave: its serialized output, or why it failed.
struct Done {
    name: String,
    bytes: usize,
    figures: usize,
    output: Result<Vec<u8>, String>,
}

fn process(input: &Input, format: Format) -> Done {
    let name = input.name();
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(err) => return Done { name, bytes: 0, figures: 0, output: Err(err.to_string()) },
    };
    let report = match zhibiao::extract_bytes(&bytes) {
        Ok(report) => report,
        Err(err) => return Done { name, bytes: bytes.len(), figures: 0, output: Err(err.to_string()) },
    };
    let mut out = Vec::new();
    let written = match format {
        Format::Json => zhibiao::write_json(&mut out, &report).map_err(|e| e.to_string()),
        Format::Jsonl => zhibiao::write_jsonl(&mut out, &name, &report).map_err(|e| e.to_string()),
        Format::Csv => write_csv_rows(&mut out, &name, &report),
    };
    Done { name, bytes: bytes.len(), figures: report.figures.len(), output: written.map(|()| out) }
}

/// CSV rows without the header, which the run writes once.
fn write_csv_rows(out: &mut Vec<u8>, name: &str, report: &zhibiao::Report) -> Result<(), String> {
    let mut csv = zhibiao::CsvWriter::new(Vec::new()).map_err(|e| e.to_string())?;
    csv.write_report(name, report).map_err(|e| e.to_string())?;
    let all = csv.into_inner().map_err(|e| e.to_string())?;
    let header_end = all.iter().position(|&b| b == b'\n').map_or(all.len(), |at| at + 1);
    out.extend_from_slice(&all[header_end..]);
    Ok(())
}

/// A progress bar on standard error, shown only when it is a terminal and
/// the run has taken longer than a few seconds.
struct Progress {
    bar: ProgressBar,
    start: Instant,
    shown: bool,
}

impl Progress {
    const DELAY: Duration = Duration::from_secs(2);

    fn new(total: usize) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed}, eta {eta}") {
            bar.set_style(style);
        }
        Progress { bar, start: Instant::now(), shown: false }
    }

    fn advance(&mut self) {
        if !self.shown && self.start.elapsed() > Self::DELAY && io::stderr().is_terminal() {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        self.bar.inc(1);
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) => {
            eprintln!("zhibiao: {err}");
            ExitCode::from(2)
        }
    }
}

/// Runs the whole job; `Ok(false)` when some inputs failed.
fn run(args: &Args) -> io::Result<bool> {
    let inputs = collect_inputs(&args.inputs)?;
    let threads = args.jobs.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().map_err(io::Error::other)?;
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(fs::File::create(path)?),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let single_json = matches!(args.format, Format::Json) && inputs.len() == 1 && !args.inputs.iter().any(|p| p.is_dir());
    match args.format {
        Format::Csv if args.bom => out.write_all("\u{feff}".as_bytes())?,
        _ => {}
    }
    if let Format::Csv = args.format {
        let header = zhibiao::CsvWriter::new(Vec::new()).and_then(|c| Ok(c.into_inner()?)).map_err(io::Error::other)?;
        out.write_all(&header)?;
    }
    if matches!(args.format, Format::Json) && !single_json {
        out.write_all(b"[\n")?;
    }

    let start = Instant::now();
    let mut progress = Progress::new(inputs.len());
    let (mut files, mut failed, mut figures, mut bytes) = (0usize, 0usize, 0usize, 0usize);
    // A window of inputs in flight at a time keeps memory bounded by the
    // window, not the corpus, while output stays in path order.
    let window = pool.current_num_threads().max(1) * 2;
    for chunk in inputs.chunks(window) {
        let done: Vec<Done> = pool.install(|| chunk.par_iter().map(|input| process(input, args.format)).collect());
        for result in done {
            progress.advance();
            bytes += result.bytes;
            match result.output {
                Ok(output) => {
                    if matches!(args.format, Format::Json) && !single_json {
                        if files > 0 {
                            out.write_all(b",\n")?;
                        }
                        write_named_document(&mut out, &result.name, &output)?;
                    } else {
                        out.write_all(&output)?;
                    }
                    files += 1;
                    figures += result.figures;
                }
                Err(err) => {
                    progress.bar.suspend(|| eprintln!("zhibiao: {}: {err}; skipped", result.name));
                    failed += 1;
                }
            }
        }
    }
    if matches!(args.format, Format::Json) && !single_json {
        out.write_all(b"\n]\n")?;
    } else if matches!(args.format, Format::Json) {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    progress.bar.finish_and_clear();
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "zhibiao: {files} files, {figures} figures, {:.1} MB in {seconds:.2} s{}",
        bytes as f64 / 1e6,
        if failed > 0 { format!(", {failed} failed") } else { String::new() }
    );
    Ok(failed == 0)
}

/// Writes one document of a JSON array, with the file it came from first.
fn write_named_document(out: &mut impl Write, name: &str, document: &[u8]) -> io::Result<()> {
    let inner = document.strip_prefix(b"{").unwrap_or(document);
    write!(out, "{{\n  \"file\": {},", serde_json::to_string(name).map_err(io::Error::other)?)?;
    out.write_all(inner)
}
