//! zhibiao (指标, "indicator") reads Chinese government work reports
//! (政府工作报告) and similar official prose, and returns every figure in
//! them as typed data: the number, its unit normalized to a base unit, its
//! bound, the indicator it measures, whether it is a level or a change —
//! plus rankings, named projects with their status, and the section outline.
//!
//! # Example
//!
//! ```
//! use zhibiao::{Bound, Dimension, Direction, Measure};
//!
//! let report = zhibiao::extract("全市技术合同成交额5.1亿元,增长14%,培养引进高层次人才1300余人。");
//! let [money, change, people] = &report.figures[..] else { panic!() };
//!
//! assert_eq!((money.value, money.unit.as_ref(), money.dimension), (510_000_000.0, "元", Dimension::Money));
//! assert_eq!(money.indicator.as_deref(), Some("全市技术合同成交额"));
//! assert_eq!((change.measure, change.direction), (Measure::Change, Some(Direction::Increase)));
//! assert_eq!(change.indicator, money.indicator); // a bare change inherits its indicator
//! assert_eq!((people.value, people.bound), (1300.0, Bound::Over));
//! ```
//!
//! # What is read
//!
//! - **Numbers**: Arabic (`12,157`, `29.3`), full-width (`１２．５`), Chinese
//!   (`十三`, `一百零五`, `两千六`), mixed (`1.3万`, `3万亿`), fractions
//!   (`百分之五十`, `三分之一`) and round numbers (`数百`, `上千`).
//! - **Units** from one table: money, power, energy, area, length, mass,
//!   volume, duration, percent, percentage points, multiples and some eighty
//!   classifiers counted as [`Dimension::Count`]. [`Figure::si`] gives the
//!   value in a base unit (`8.2万亩` → 54 666 667 m²).
//! - **Bounds**: `余`, `多`, `超过` are [`Bound::Over`]; `以内`, `不足`, `近`
//!   [`Bound::Under`]; `约`, `左右` [`Bound::About`].
//! - **Meaning**: [`Figure::indicator`], [`Figure::measure`],
//!   [`Figure::direction`], [`Figure::basis`], [`Figure::target`],
//!   [`Figure::period`].
//! - **Not figures**: years and dates, ordinals (`第二十四届`), numbers inside
//!   codes and names (`20-2天然气分离厂`, `12345热线`, `“十四五”`), slogans
//!   (`三篇大文章`), and category thresholds (`亿元以上项目`).
//!
//! # Spans
//!
//! Every mention carries a [`Span`] of UTF-8 byte offsets into the text as
//! given — full-width punctuation, PDF line breaks and all — so
//! `&text[figure.span] == figure.text`.
//!
//! # A tour
//!
//! **Whose report, and which headline indicators.** [`Report::about`] says
//! whose report it is and for which year; [`Figure::concept`] ties an
//! indicator to a code of the table [`concepts`] shows.
//!
//! ```
//! let text = "2026年甲市政府工作报告\n二、2026年工作安排\n全市地区生产总值增长6%左右，单位GDP能耗下降2.5%。";
//! let report = zhibiao::extract(text);
//! assert_eq!((report.about.region.as_deref(), report.about.year), (Some("甲市"), Some(2026)));
//! let [gdp, energy] = &report.figures[..] else { panic!() };
//! assert_eq!((gdp.concept.as_deref(), gdp.target, gdp.bound), (Some("gdp"), true, zhibiao::Bound::About));
//! assert_eq!(energy.concept.as_deref(), Some("energy_intensity")); // not gdp
//! assert!(zhibiao::concepts().iter().any(|c| c.code == "energy_intensity"));
//! ```
//!
//! **Files as they come.** [`decode`] reads UTF-8, UTF-16 with a byte
//! order mark and GB18030; [`html_text`] reads a saved web page;
//! [`read_text`] does both for a file's bytes. Spans point into the text
//! they return.
//!
//! ```
//! let page = "<html><script>var a = 1;</script><p>粮食产量<b>25亿斤</b></p></html>";
//! let text = zhibiao::read_text(page.as_bytes().to_vec(), zhibiao::Encoding::Auto, true).unwrap();
//! let report = zhibiao::extract(&text);
//! assert_eq!(&text[report.figures[0].span.start..report.figures[0].span.end], "25亿斤");
//! ```
//!
//! **Output.** [`Report`] serializes with serde to the JSON document of
//! schema `zhibiao/1`; [`write_json`] writes it. [`write_jsonl`] and
//! [`CsvWriter`] write flat records for pandas, R and spreadsheets;
//! [`write_page`] writes the report as a page with every figure marked.
//!
//! ```
//! let report = zhibiao::extract("造林8.2万亩");
//! let mut csv = zhibiao::CsvWriter::new(Vec::new()).unwrap();
//! csv.write_report("a.txt", &report).unwrap();
//! let csv = String::from_utf8(csv.into_inner().unwrap()).unwrap();
//! assert!(csv.lines().nth(1).unwrap().starts_with("figure,a.txt,8.2万亩,6,15,82000.0,亩,area,"));
//! ```
//!
//! **Targets against outcomes.** [`targets`] lines up each report's annual
//! targets with what the same government's next report says of that year.
//!
//! ```
//! let plan = "2025年乙省政府工作报告\n二、2025年工作安排\n全省地区生产总值增长5%左右。";
//! let review = "2026年乙省政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.4%。";
//! let reports = [("2025.txt", plan, &zhibiao::extract(plan)), ("2026.txt", review, &zhibiao::extract(review))];
//! let rows = zhibiao::targets(&reports);
//! assert_eq!((rows[0].year, rows[0].low, rows[0].outcome, rows[0].met), (Some(2025), Some(5.0), Some(5.4), Some(true)));
//! ```
//!
//! # Untrusted input
//!
//! Any `&str` returns a report: no input panics, a numeral too large to be a
//! figure is skipped rather than read wrong, and the time taken grows
//! linearly with the input. Bytes that may not be UTF-8 go through
//! [`extract_bytes`] or [`decode`], whose errors name the offset of the
//! first bad byte. A text too large to hold one report for goes through
//! [`extract_parts`], a report per stretch of lines, and a file too large
//! to hold at all through [`extract_file_parts`], read from disk a part at
//! a time.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The pipeline, in the order a text goes through it.
mod input;
mod reading;
mod meaning;
mod output;
// The pipeline over a part of a text, and a file too large to hold read a
// part at a time through it.
mod part;
mod stream;

// What the stages share: the model, spans, errors, word tables and lookups.
mod error;
mod lexicon;
mod model;
mod span;
mod words;

pub use error::Error;
pub use input::decode::{decode, Encoding};
pub use input::html::html_text;
pub use input::read_text;
pub use meaning::concept::{concepts, Concept, Sense};
pub use model::{
    About, Basis, Bound, Dimension, Direction, Figure, Level, Measure, Project, Rank, Report, Section, Si, Status, SCHEMA,
};
pub use output::{targets, write_json, write_page, write_jsonl, write_targets_csv, write_targets_jsonl, CsvWriter, Target, TargetBound, TargetTable};
pub use span::Span;
pub use stream::FileParts;


#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Reads every section, figure, rank and project in `text`.
///
/// ```
/// let report = zhibiao::extract("清洁能源总装机容量达862万千瓦");
/// let figure = &report.figures[0];
/// assert_eq!(figure.value, 8_620_000.0);
/// assert_eq!(figure.si.as_ref().map(|si| (si.value, si.unit.as_ref())), Some((8.62e9, "W")));
/// assert_eq!(figure.indicator.as_deref(), Some("清洁能源总装机容量"));
/// ```
pub fn extract(text: &str) -> Report {
    let outline = reading::segment::Outline::read(text);
    let about = meaning::about::read(text);
    let mut report = part::read(text, &outline, about.year, 0..text.len(), 0);
    report.sections = outline.sections;
    report.about = about;
    report
}

/// Like [`extract`], a stretch of lines at a time: each report holds the
/// sections, figures, ranks and projects that start in about `part_size`
/// bytes of whole lines, with spans into the whole text and section paths
/// from the whole outline. Memory stays at the text plus one part's report,
/// however large the text. Carry-over and 分别 do not reach across a part's
/// first line. An empty text has no parts.
///
/// ```
/// let text = "一、回顾\n新增企业5家。\n新增学校3所。\n";
/// let parts: Vec<zhibiao::Report> = zhibiao::extract_parts(text, 8).collect();
/// assert_eq!(parts.len(), 3);
/// assert_eq!(parts[0].sections.len(), 1);
/// assert_eq!(parts[2].figures[0].text, "3所");
/// assert_eq!(parts[2].figures[0].section.as_deref(), Some("1"));
/// assert_eq!(&text[parts[2].figures[0].span], "3所");
/// ```
pub fn extract_parts(text: &str, part_size: usize) -> Parts<'_> {
    let about = meaning::about::read(text);
    Parts { text, outline: reading::segment::Outline::read(text), about, next: 0, scan_from: 0, part_size: part_size.max(1) }
}

/// The reports of [`extract_parts`], one per stretch of lines.
///
/// ```
/// let text = "新增企业5家。\n".repeat(100);
/// let figures: usize = zhibiao::extract_parts(&text, 64).map(|part| part.figures.len()).sum();
/// assert_eq!(figures, 100);
/// ```
pub struct Parts<'t> {
    text: &'t str,
    outline: reading::segment::Outline,
    /// Whose report the whole text is, given to every part.
    about: model::About,
    next: usize,
    scan_from: usize,
    part_size: usize,
}

impl Iterator for Parts<'_> {
    type Item = Report;

    fn next(&mut self) -> Option<Report> {
        let text = self.text;
        if self.next >= text.len() {
            return None;
        }
        let start = self.next;
        let wanted = start.saturating_add(self.part_size).min(text.len());
        let end = match text.as_bytes()[wanted..].iter().position(|&b| b == b'\n') {
            Some(at) => wanted + at + 1,
            None => text.len(),
        };
        let mut report = part::read(text, &self.outline, self.about.year, start..end, self.scan_from);
        self.scan_from = part::complete(&mut report, &self.outline, &self.about, start..end);
        self.next = end;
        Some(report)
    }
}

/// Like [`extract_parts`], for a UTF-8 file too large to hold: the file is
/// read twice, first for its outline and whose report it is, then a part
/// at a time, each part with the text around it that the readings look
/// into. Memory stays at a few parts, however large the file; the reports
/// and their spans (offsets into the file) are those of [`extract_parts`]
/// over the whole text. A file that is not UTF-8 is an error of kind
/// `InvalidData` holding [`Error::InvalidUtf8`].
///
/// ```
/// let path = std::env::temp_dir().join("zhibiao-doc-file-parts.txt");
/// std::fs::write(&path, "一、回顾\n新增企业5家。\n新增学校3所。\n").unwrap();
/// let parts: Vec<zhibiao::Report> = zhibiao::extract_file_parts(&path, 8).unwrap().map(Result::unwrap).collect();
/// assert_eq!(parts.len(), 3);
/// assert_eq!(parts[2].figures[0].text, "3所");
/// assert_eq!(parts[2].figures[0].section.as_deref(), Some("1"));
/// assert_eq!(parts[2].figures[0].span.start, "一、回顾\n新增企业5家。\n新增学校".len());
/// ```
pub fn extract_file_parts(path: impl AsRef<std::path::Path>, part_size: usize) -> std::io::Result<FileParts> {
    stream::open(path.as_ref(), part_size)
}

/// Like [`extract`], for bytes that may not be UTF-8.
///
/// A leading UTF-8 byte order mark is kept in the text, so spans stay
/// offsets into `bytes`.
///
/// ```
/// let report = zhibiao::extract_bytes("造林8.2万亩".as_bytes()).unwrap();
/// assert_eq!(report.figures[0].value, 82_000.0);
///
/// let err = zhibiao::extract_bytes(b"\xd4\xec\xc1\xd68.2\xcd\xf2\xc4\xb6").unwrap_err(); // GB18030
/// assert_eq!(err, zhibiao::Error::InvalidUtf8 { offset: 0 });
/// ```
pub fn extract_bytes(bytes: &[u8]) -> Result<Report, Error> {
    let text = std::str::from_utf8(bytes).map_err(|err| Error::InvalidUtf8 { offset: err.valid_up_to() })?;
    Ok(extract(text))
}
