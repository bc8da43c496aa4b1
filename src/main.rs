//! `zhibiao`: figures from many reports at once, as JSON, JSON Lines or CSV;
//! and the table of each report's targets against the next year's outcomes.
//!
//! ```text
//! zhibiao FILE|DIR|- ... [--format json|jsonl|csv|html|text] [--output PATH] [--jobs N] [--bom] [--encoding E]
//! zhibiao targets FILE|DIR|- ... [--format csv|jsonl] [--output PATH] [--jobs N] [--bom] [--encoding E]
//! ```
//!
//! Directories are walked for `.txt`, `.html` and `.htm` files, in any
//! letter case; `-` reads standard input. A run that finds no input to
//! read says so and exits 1. Text is UTF-8, UTF-16 with a byte order mark or GB18030
//! (`--encoding auto`, the default, tells them apart); pages are read
//! through an HTML parser. Files are read in parallel and written in the
//! order of their paths, whatever the number of threads. A file that
//! cannot be read or decoded is reported with its path (and byte offset),
//! skipped and counted; the exit code is 1 when any file failed.

#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(Parser)]
#[command(
    version,
    about = "Extract figures, ranks and projects from Chinese government work reports.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    extract: Args,
}

#[derive(Subcommand)]
enum Command {
    /// Each report's annual main targets against the outcomes the same
    /// government's report of the next year gives, one row per report and
    /// headline indicator.
    Targets(TargetArgs),
}

/// What both commands take: inputs, where to write, threads, a BOM.
#[derive(clap::Args)]
struct Io {
    /// Text files, directories (walked for .txt, .html and .htm files, in
    /// any letter case), or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Where to write; standard output when not given. For html and text
    /// with several inputs, a directory: the pages mirror the inputs' tree.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Threads that read and extract files (all cores when not given); the
    /// output is written in order by the main thread beside them.
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Start CSV output with a UTF-8 byte order mark, for Excel.
    #[arg(long)]
    bom: bool,
    /// How input files are encoded: auto (a byte order mark, else UTF-8
    /// when valid, else GB18030), utf-8 or gb18030.
    #[arg(long, default_value = "auto")]
    encoding: zhibiao::Encoding,
}

#[derive(clap::Args)]
struct TargetArgs {
    #[command(flatten)]
    io: Io,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = TargetFormat::Csv)]
    format: TargetFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum TargetFormat {
    /// One row per target, with a header row.
    Csv,
    /// One row per line.
    Jsonl,
}

#[derive(clap::Args)]
struct Args {
    #[command(flatten)]
    io: Io,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON document per file (an array of them for several files).
    Json,
    /// One flat record per line: figures, ranks, projects.
    Jsonl,
    /// One figure per row, with a header row.
    Csv,
    /// One page per input showing the text with every mark: to the output
    /// file for one input, into the output directory for several.
    Html,
    /// The text each input is read as, which spans point into: decoded,
    /// and for a web page its text. Written like html.
    Text,
}

impl Format {
    /// The format's name on the command line, which is also its extension.
    fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }

    /// Whether the format writes a file per input, from its text.
    fn per_input(self) -> bool {
        matches!(self, Format::Html | Format::Text)
    }
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

    /// Whether the input is a saved web page.
    fn is_html(&self) -> bool {
        matches!(self, Input::File(path) if has_extension(path, &["html", "htm"]))
    }

    /// The input's text, decoded and, for a page, read from its HTML.
    fn text(&self, encoding: zhibiao::Encoding) -> Result<Text, String> {
        let bytes = self.read().map_err(|err| err.to_string())?;
        Text::read(bytes, encoding, self.is_html()).map_err(|err| err.to_string())
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

/// An input's text: the bytes as read when they are UTF-8, kept without a
/// copy, else the text they decode to (or a page's text).
enum Text {
    Utf8(Vec<u8>),
    Decoded(String),
}

impl Text {
    fn read(bytes: Vec<u8>, encoding: zhibiao::Encoding, html: bool) -> Result<Text, zhibiao::Error> {
        Ok(match zhibiao::decode(&bytes, encoding)? {
            text if html => Text::Decoded(zhibiao::html_text(&text)),
            Cow::Borrowed(_) => Text::Utf8(bytes),
            Cow::Owned(text) => Text::Decoded(text),
        })
    }

    /// The length of the text in bytes.
    fn len(&self) -> usize {
        match self {
            Text::Utf8(bytes) => bytes.len(),
            Text::Decoded(text) => text.len(),
        }
    }

    /// The text, borrowed: UTF-8 bytes are checked again, which is much
    /// faster than making a `String` of them would be.
    fn as_str(&self) -> Cow<'_, str> {
        match self {
            Text::Utf8(bytes) => zhibiao::decode(bytes, zhibiao::Encoding::Utf8).unwrap_or_else(|_| String::from_utf8_lossy(bytes)),
            Text::Decoded(text) => Cow::Borrowed(text),
        }
    }
}

/// Where one output goes: the file at `path`, or standard output. A path
/// that is a directory is refused with a hint, as the format writes one file.
fn open_output(path: Option<&Path>, format: &str) -> io::Result<Box<dyn Write>> {
    match path {
        Some(path) if path.is_dir() => Err(io::Error::other(format!(
            "--output {}: is a directory; {format} output is one file, so give a file name (e.g. {})",
            path.display(),
            path.join(format!("figures.{format}")).display()
        ))),
        Some(path) => Ok(Box::new(fs::File::create(path).map_err(|err| io::Error::new(err.kind(), format!("--output {}: {err}", path.display())))?)),
        None => Ok(Box::new(io::stdout().lock())),
    }
}

/// The inputs named on the command line, directories walked, sorted by
/// path; `None`, said on standard error, when there is none to read.
fn collect_inputs(args: &[PathBuf]) -> io::Result<Option<Vec<Input>>> {
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
    if inputs.is_empty() {
        let named: Vec<String> = args.iter().map(|arg| arg.display().to_string()).collect();
        eprintln!("zhibiao: no report to read: {} holds no .txt, .html or .htm file", named.join(", "));
        return Ok(None);
    }
    Ok(Some(inputs))
}

/// Whether `path` ends in one of `extensions`, in any letter case.
fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|ext| ext.to_str()).is_some_and(|ext| extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if has_extension(&path, &["txt", "html", "htm"]) {
            files.push(path);
        }
    }
    Ok(())
}

/// What one input gave: its report, or why it failed. The input's bytes
/// are dropped as soon as the report is made.
struct Done {
    name: String,
    bytes: usize,
    read: Result<Loaded, String>,
}

/// A report, or the text of an input too large to hold a report for.
enum Loaded {
    Whole(zhibiao::Report),
    /// Read a part at a time as it is written ([`zhibiao::extract_parts`]).
    Large(Text),
    /// A UTF-8 file read from disk a part at a time as it is written
    /// ([`zhibiao::extract_file_parts`]): never held whole.
    Streamed(zhibiao::FileParts),
    /// A report with its text, for the formats written from both.
    WithText(Text, zhibiao::Report),
    /// A report's JSON Lines, written on the pool, and its figure count.
    Rendered(Vec<u8>, usize),
}

/// Inputs above this size are read a part at a time when the format
/// allows it (JSON Lines, CSV), so memory stays near the input's size.
const LARGE_INPUT: usize = 16 << 20;

/// The size of one part of a large input.
const PART_SIZE: usize = 4 << 20;

fn process(input: &Input, format: Format, encoding: zhibiao::Encoding) -> Done {
    let name = input.name();
    // A large UTF-8 file for a format written a part at a time is read
    // from disk a part at a time; one that is not UTF-8 is decoded whole.
    if let (Input::File(path), Format::Jsonl | Format::Csv, false, false) = (input, format, input.is_html(), encoding == zhibiao::Encoding::Gb18030) {
        let size = fs::metadata(path).map_or(0, |meta| usize::try_from(meta.len()).unwrap_or(usize::MAX));
        if size > LARGE_INPUT {
            match zhibiao::extract_file_parts(path, PART_SIZE) {
                Ok(parts) => return Done { name, bytes: size, read: Ok(Loaded::Streamed(parts)) },
                Err(err) if err.kind() == io::ErrorKind::InvalidData => {}
                Err(err) => return Done { name, bytes: 0, read: Err(err.to_string()) },
            }
        }
    }
    let text = match input.text(encoding) {
        Ok(text) => text,
        Err(err) => return Done { name, bytes: 0, read: Err(err) },
    };
    let size = text.len();
    let read = if format.per_input() {
        let report = if matches!(format, Format::Html) { zhibiao::extract(&text.as_str()) } else { zhibiao::Report::default() };
        Loaded::WithText(text, report)
    } else if !matches!(format, Format::Json) && size > LARGE_INPUT {
        Loaded::Large(text)
    } else if matches!(format, Format::Jsonl) {
        // Written here, beside the other threads, not in turn on the one
        // that writes the output.
        let report = zhibiao::extract(&text.as_str());
        let mut lines = Vec::with_capacity(size * 2);
        match zhibiao::write_jsonl(&mut lines, &name, &report) {
            Ok(()) => Loaded::Rendered(lines, report.figures.len()),
            Err(err) => return Done { name, bytes: size, read: Err(err.to_string()) },
        }
    } else {
        Loaded::Whole(zhibiao::extract(&text.as_str()))
    };
    Done { name, bytes: size, read: Ok(read) }
}

/// Where reports go, in the chosen format.
enum Sink<W: Write> {
    /// One document; or, for several inputs, an array of documents that
    /// each name their file.
    Json { out: W, array: bool, written: usize },
    Jsonl(W),
    Csv(Box<zhibiao::CsvWriter<W>>),
    /// A page, or the text, of the one input.
    One { out: W, format: Format },
    /// A page, or the text, of each input, to the path planned for it
    /// by input name ([`output_paths`]); `written` counts them.
    Files { paths: HashMap<String, PathBuf>, format: Format, written: usize },
}

/// A report with the file it came from, for the JSON array.
#[derive(serde::Serialize)]
struct Named<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a zhibiao::Report,
}

impl<W: Write> Sink<W> {
    fn open(mut out: W, format: Format, array: bool, bom: bool) -> io::Result<Sink<W>> {
        Ok(match format {
            Format::Json => {
                if array {
                    out.write_all(b"[\n")?;
                }
                Sink::Json { out, array, written: 0 }
            }
            Format::Jsonl => Sink::Jsonl(out),
            Format::Csv if bom => Sink::Csv(Box::new(zhibiao::CsvWriter::excel(out).map_err(io::Error::other)?)),
            Format::Csv => Sink::Csv(Box::new(zhibiao::CsvWriter::new(out).map_err(io::Error::other)?)),
            Format::Html | Format::Text => Sink::One { out, format },
        })
    }

    /// Writes one input's page or text, from its text and report.
    fn write_text(&mut self, name: &str, text: &str, report: &zhibiao::Report) -> io::Result<()> {
        match self {
            Sink::One { out, format } => write_per_input(out, *format, name, text, report),
            Sink::Files { paths, format, written } => {
                let path = paths.get(name).ok_or_else(|| io::Error::other(format!("{name}: no output path planned")))?;
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                let file = fs::File::create(path).map_err(|err| io::Error::new(err.kind(), format!("{}: {err}", path.display())))?;
                let mut out = BufWriter::new(file);
                write_per_input(&mut out, *format, name, text, report)?;
                *written += 1;
                out.flush()
            }
            _ => self.write(name, report),
        }
    }

    fn write(&mut self, name: &str, report: &zhibiao::Report) -> io::Result<()> {
        match self {
            Sink::Json { out, array: true, written } => {
                if *written > 0 {
                    out.write_all(b",\n")?;
                }
                *written += 1;
                serde_json::to_writer_pretty(&mut *out, &Named { file: name, report }).map_err(io::Error::other)
            }
            Sink::Json { out, array: false, .. } => zhibiao::write_json(&mut *out, report).map_err(io::Error::other),
            Sink::Jsonl(out) => zhibiao::write_jsonl(out, name, report),
            Sink::Csv(csv) => csv.write_report(name, report).map_err(io::Error::other),
            Sink::One { .. } | Sink::Files { .. } => Ok(()),
        }
    }

    /// Writes output already rendered in the sink's format.
    fn write_rendered(&mut self, rendered: &[u8]) -> io::Result<()> {
        match self {
            Sink::Jsonl(out) => out.write_all(rendered),
            _ => Err(io::Error::other("only JSON Lines is rendered before it is written")),
        }
    }

    fn finish(self) -> io::Result<()> {
        let mut out = match self {
            Sink::Json { mut out, array, .. } => {
                out.write_all(if array { b"\n]\n" } else { b"\n" })?;
                out
            }
            Sink::Jsonl(out) => out,
            Sink::Csv(csv) => csv.into_inner()?,
            Sink::One { out, .. } => out,
            Sink::Files { .. } => return Ok(()),
        };
        out.flush()
    }
}

/// The page of an input for html, its text for text.
fn write_per_input<W: Write>(mut out: W, format: Format, name: &str, text: &str, report: &zhibiao::Report) -> io::Result<()> {
    match format {
        Format::Html => zhibiao::write_page(out, name, text, report),
        _ => out.write_all(text.as_bytes()),
    }
}

/// Where each input's page (`ext` html) or text (`ext` txt) goes under
/// `dir`, by input name: the inputs' tree below the folder they share,
/// each file named for its input with `ext` in place of its extension
/// (standard input is `stdin`). Two inputs of one folder that would share
/// a name (`report.txt`, `report.html`) each keep their whole file name
/// (`report.txt.html`, `report.html.html`), so no page is written over
/// another; an output that would be one of the inputs is refused.
fn output_paths(dir: &Path, inputs: &[Input], ext: &str) -> io::Result<HashMap<String, PathBuf>> {
    let files: Vec<PathBuf> =
        inputs.iter().filter_map(|input| if let Input::File(path) = input { Some(std::path::absolute(path)) } else { None }).collect::<io::Result<_>>()?;
    let mut shared = files.first().and_then(|path| path.parent()).map(Path::to_path_buf).unwrap_or_default();
    for path in &files {
        while !path.starts_with(&shared) {
            if !shared.pop() {
                break;
            }
        }
    }
    let planned = |path: &Path, whole_name: bool| -> PathBuf {
        let below = path.strip_prefix(&shared).unwrap_or(path);
        let name = if whole_name { below.file_name() } else { below.file_stem() }.unwrap_or_default();
        let mut name = name.to_os_string();
        name.push(".");
        name.push(ext);
        dir.join(below.with_file_name(name))
    };
    let mut by_stem: HashMap<PathBuf, usize> = HashMap::new();
    for path in &files {
        *by_stem.entry(planned(path, false)).or_default() += 1;
    }
    let mut paths = HashMap::new();
    for (input, path) in inputs.iter().filter(|input| matches!(input, Input::File(_))).zip(&files) {
        let short = planned(path, false);
        let out = if by_stem[&short] > 1 { planned(path, true) } else { short };
        if files.contains(&std::path::absolute(&out)?) {
            return Err(io::Error::other(format!("{}: the output would overwrite an input; give another --output DIR", out.display())));
        }
        paths.insert(input.name(), out);
    }
    if inputs.iter().any(|input| matches!(input, Input::Stdin)) {
        paths.insert(Input::Stdin.name(), dir.join(format!("stdin.{ext}")));
    }
    let mut outputs: Vec<&PathBuf> = paths.values().collect();
    outputs.sort();
    if let Some(pair) = outputs.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(io::Error::other(format!("{}: two inputs would be written here; give them apart", pair[0].display())));
    }
    Ok(paths)
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
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Targets(args)) => run_targets(args),
        None => run(&cli.extract),
    };
    match result {
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
    let Some(inputs) = collect_inputs(&args.io.inputs)? else { return Ok(false) };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.io.jobs.unwrap_or(0)).build().map_err(io::Error::other)?;
    let array = inputs.len() != 1 || args.io.inputs.iter().any(|p| p.is_dir());
    let into_dir = args.io.output.as_ref().is_some_and(|path| path.is_dir());
    let mut sink = if args.format.per_input() && (array || into_dir) {
        let Some(dir) = args.io.output.clone() else {
            return Err(io::Error::other("a page or text per input needs --output DIR for several inputs"));
        };
        Sink::Files { paths: output_paths(&dir, &inputs, args.format.name())?, format: args.format, written: 0 }
    } else {
        Sink::open(BufWriter::new(open_output(args.io.output.as_deref(), args.format.name())?), args.format, array, args.io.bom)?
    };

    let start = Instant::now();
    let mut progress = Progress::new(inputs.len());
    let (mut files, mut failed, mut figures, mut bytes) = (0usize, 0usize, 0usize, 0usize);
    // A window of inputs in flight at a time keeps memory bounded by the
    // window, not the corpus, while output stays in path order.
    let window = pool.current_num_threads().max(1) * 2;
    let work = |input: &Input| process(input, args.format, args.io.encoding);
    in_order(&pool, &inputs, window, work, |result| {
        progress.advance();
        bytes += result.bytes;
        match result.read {
            Ok(Loaded::Whole(report)) => {
                sink.write(&result.name, &report)?;
                files += 1;
                figures += report.figures.len();
            }
            Ok(Loaded::Large(text)) => {
                let text = text.as_str();
                figures += write_parts(&pool, || zhibiao::extract_parts(&text, PART_SIZE).map(Ok), &mut sink, &result.name)?;
                files += 1;
            }
            Ok(Loaded::Rendered(lines, count)) => {
                sink.write_rendered(&lines)?;
                files += 1;
                figures += count;
            }
            Ok(Loaded::Streamed(parts)) => {
                figures += write_parts(&pool, || parts, &mut sink, &result.name)?;
                files += 1;
            }
            Ok(Loaded::WithText(text, report)) => {
                sink.write_text(&result.name, &text.as_str(), &report)?;
                files += 1;
                figures += report.figures.len();
            }
            Err(err) => {
                progress.bar.suspend(|| eprintln!("zhibiao: {}: {err}; skipped", result.name));
                failed += 1;
            }
        }
        Ok(())
    })?;
    let written = match &sink {
        Sink::Files { written, format, .. } => {
            let what = if matches!(format, Format::Html) { "pages" } else { "texts" };
            format!(", {written} {what} written to {}", args.io.output.as_deref().unwrap_or(Path::new(".")).display())
        }
        _ => String::new(),
    };
    sink.finish()?;
    progress.bar.finish_and_clear();
    let seconds = start.elapsed().as_secs_f64();
    let failures = if failed > 0 { format!(", {failed} failed") } else { String::new() };
    eprintln!("zhibiao: {files} files, {figures} figures, {:.1} MB in {seconds:.2} s{written}{failures}", bytes as f64 / 1e6);
    Ok(failed == 0)
}

/// Reads the parts of one input on the pool and writes each here as it
/// comes, the next part read while one is written; stops at the first
/// part that fails. Returns the figures written.
fn write_parts<W: Write, I: Iterator<Item = io::Result<zhibiao::Report>>>(
    pool: &rayon::ThreadPool,
    parts: impl FnOnce() -> I + Send,
    sink: &mut Sink<W>,
    name: &str,
) -> io::Result<usize> {
    let (parts_out, parts_in) = std::sync::mpsc::sync_channel(1);
    let mut figures = 0;
    pool.in_place_scope(|scope| {
        scope.spawn(move |_| {
            for part in parts() {
                let failed = part.is_err();
                // (A send fails only when writing has stopped on an error.)
                if parts_out.send(part).is_err() || failed {
                    break;
                }
            }
        });
        parts_in.iter().try_for_each(|part| {
            let part = part?;
            figures += part.figures.len();
            sink.write(name, &part)
        })
    })?;
    Ok(figures)
}

/// Does `work` on each item on the pool and hands the results to `each`
/// on this thread, in item order, as they come: the work goes on while
/// results are written, and at most `window` items are in flight (worked
/// on, or done and waiting for the ones before them).
fn in_order<I: Sync, T: Send>(
    pool: &rayon::ThreadPool,
    items: &[I],
    window: usize,
    work: impl Fn(&I) -> T + Sync,
    mut each: impl FnMut(T) -> io::Result<()>,
) -> io::Result<()> {
    let (sender, results) = std::sync::mpsc::channel();
    pool.in_place_scope_fifo(|scope| {
        let mut waiting = std::collections::BTreeMap::new();
        let (mut started, mut next) = (0, 0);
        while next < items.len() {
            while started < items.len() && started < next + window.max(1) {
                let (sender, item, work) = (sender.clone(), &items[started], &work);
                let at = started;
                scope.spawn_fifo(move |_| {
                    // A panic is sent on, to be raised here, not left to
                    // hang the wait for this item. (A send fails only when
                    // writing has stopped on an error.)
                    let _ = sender.send((at, std::panic::catch_unwind(AssertUnwindSafe(|| work(item)))));
                });
                started += 1;
            }
            let (at, result) = results.recv().map_err(io::Error::other)?;
            waiting.insert(at, result.unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
            while let Some(result) = waiting.remove(&next) {
                each(result)?;
                next += 1;
            }
        }
        Ok(())
    })
}

/// A report's text with what was read from it.
type ReadReport = (Text, zhibiao::Report);

/// Builds the targets table of all inputs, read in parallel a window at a
/// time; only each report's targets and outcome candidates are kept.
fn run_targets(args: &TargetArgs) -> io::Result<bool> {
    let Some(inputs) = collect_inputs(&args.io.inputs)? else { return Ok(false) };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.io.jobs.unwrap_or(0)).build().map_err(io::Error::other)?;
    let start = Instant::now();
    let mut table = zhibiao::TargetTable::default();
    let mut failed = 0;
    let window = pool.current_num_threads().max(1) * 2;
    let work = |input: &Input| {
        let text = input.text(args.io.encoding);
        (input.name(), text.map(|text| {
            let report = zhibiao::extract(&text.as_str());
            (text, report)
        }))
    };
    in_order(&pool, &inputs, window, work, |(name, result): (String, Result<ReadReport, String>)| {
        match result {
            Ok((text, report)) => table.add(&name, &text.as_str(), &report),
            Err(err) => {
                eprintln!("zhibiao: {name}: {err}; skipped");
                failed += 1;
            }
        }
        Ok(())
    })?;
    let rows = table.rows();
    let format = if matches!(args.format, TargetFormat::Csv) { "csv" } else { "jsonl" };
    let mut out = BufWriter::new(open_output(args.io.output.as_deref(), format)?);
    match args.format {
        TargetFormat::Csv => {
            if args.io.bom {
                out.write_all("\u{feff}".as_bytes())?;
            }
            zhibiao::write_targets_csv(&mut out, &rows).map_err(io::Error::other)?
        }
        TargetFormat::Jsonl => zhibiao::write_targets_jsonl(&mut out, &rows)?,
    }
    out.flush()?;
    let with_outcome = rows.iter().filter(|row| row.outcome.is_some()).count();
    let failures = if failed > 0 { format!(", {failed} failed") } else { String::new() };
    eprintln!(
        "zhibiao: {} files, {} targets, {with_outcome} with an outcome, in {:.2} s{failures}",
        inputs.len() - failed,
        rows.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(failed == 0)
}
