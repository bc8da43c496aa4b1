//! Writers: the JSON document of schema `zhibiao/1`, JSON Lines and CSV.
//!
//! JSON Lines and CSV flatten each record to one line or row, for pandas,
//! R and spreadsheets: `span` becomes `span_start`/`span_end`, `si` becomes
//! `si_value`/`si_unit`, and every record names the `file` it came from.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::{Basis, Bound, Dimension, Direction, Figure, Measure, Project, Rank, Report, Status};
use crate::output::Target;

/// Writes `report` as the pretty-printed JSON document of schema `zhibiao/1`.
///
/// ```
/// let report = zhibiao::extract("信访总量下降26.3%");
/// let mut out = Vec::new();
/// zhibiao::write_json(&mut out, &report).unwrap();
/// let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(doc["schema"], "zhibiao/1");
/// assert_eq!(doc["figures"][0]["value"], 26.3);
/// assert_eq!(doc["figures"][0]["direction"], "decrease");
/// ```
pub fn write_json<W: Write>(writer: W, report: &Report) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(writer, report)
}

/// A figure as one flat record.
#[derive(Serialize)]
struct FigureRecord<'a> {
    record: &'static str,
    file: &'a str,
    text: &'a str,
    span_start: usize,
    span_end: usize,
    value: f64,
    unit: &'a str,
    dimension: Dimension,
    si_value: Option<f64>,
    si_unit: Option<&'a str>,
    bound: Bound,
    indicator: Option<&'a str>,
    measure: Measure,
    direction: Option<Direction>,
    basis: Option<Basis>,
    target: bool,
    period: Option<&'a str>,
    concept: Option<&'a str>,
    section: Option<&'a str>,
}

impl<'a> FigureRecord<'a> {
    fn new(file: &'a str, f: &'a Figure) -> FigureRecord<'a> {
        FigureRecord {
            record: "figure",
            file,
            text: &f.text,
            span_start: f.span.start,
            span_end: f.span.end,
            value: f.value,
            unit: &f.unit,
            dimension: f.dimension,
            si_value: f.si.as_ref().map(|si| si.value),
            si_unit: f.si.as_ref().map(|si| &*si.unit),
            bound: f.bound,
            indicator: f.indicator.as_deref(),
            measure: f.measure,
            direction: f.direction,
            basis: f.basis,
            target: f.target,
            period: f.period.as_deref(),
            concept: f.concept.as_deref(),
            section: f.section.as_deref(),
        }
    }
}

/// A rank as one flat record.
#[derive(Serialize)]
struct RankRecord<'a> {
    record: &'static str,
    file: &'a str,
    text: &'a str,
    span_start: usize,
    span_end: usize,
    position: Option<u32>,
    top: Option<u32>,
    of: Option<u32>,
    scope: Option<&'a str>,
    indicator: Option<&'a str>,
    concept: Option<&'a str>,
    section: Option<&'a str>,
}

impl<'a> RankRecord<'a> {
    fn new(file: &'a str, r: &'a Rank) -> RankRecord<'a> {
        RankRecord {
            record: "rank",
            file,
            text: &r.text,
            span_start: r.span.start,
            span_end: r.span.end,
            position: r.position,
            top: r.top,
            of: r.of,
            scope: r.scope.as_deref(),
            indicator: r.indicator.as_deref(),
            concept: r.concept.as_deref(),
            section: r.section.as_deref(),
        }
    }
}

/// A project as one flat record.
#[derive(Serialize)]
struct ProjectRecord<'a> {
    record: &'static str,
    file: &'a str,
    name: &'a str,
    span_start: usize,
    span_end: usize,
    status: Option<Status>,
    status_text: Option<&'a str>,
    section: Option<&'a str>,
}

impl<'a> ProjectRecord<'a> {
    fn new(file: &'a str, p: &'a Project) -> ProjectRecord<'a> {
        ProjectRecord {
            record: "project",
            file,
            name: &p.name,
            span_start: p.span.start,
            span_end: p.span.end,
            status: p.status,
            status_text: p.status_text.as_deref(),
            section: p.section.as_deref(),
        }
    }
}

/// Writes `report` as JSON Lines: one figure a line, then one rank a line,
/// then one project a line, each flat and with a `record` field (`figure`,
/// `rank`, `project`) and the `file` it came from.
///
/// ```
/// let report = zhibiao::extract("空气质量综合指数改善9%,排全省第二位");
/// let mut out = Vec::new();
/// zhibiao::write_jsonl(&mut out, "huludao.txt", &report).unwrap();
/// let lines: Vec<serde_json::Value> =
///     out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect();
/// assert_eq!(lines[0]["record"], "figure");
/// assert_eq!(lines[0]["file"], "huludao.txt");
/// assert_eq!(lines[0]["indicator"], "空气质量综合指数");
/// assert_eq!(lines[1]["record"], "rank");
/// assert_eq!(lines[1]["position"], 2);
/// ```
pub fn write_jsonl<W: Write>(mut writer: W, file: &str, report: &Report) -> io::Result<()> {
    fn line<W: Write, T: Serialize>(writer: &mut W, record: &T) -> io::Result<()> {
        serde_json::to_writer(&mut *writer, record)?;
        writer.write_all(b"\n")
    }
    for figure in &report.figures {
        line(&mut writer, &FigureRecord::new(file, figure))?;
    }
    for rank in &report.ranks {
        line(&mut writer, &RankRecord::new(file, rank))?;
    }
    for project in &report.projects {
        line(&mut writer, &ProjectRecord::new(file, project))?;
    }
    Ok(())
}

/// Writes figures as CSV: a header row, then one figure a row, RFC 4180
/// quoting. Reports from many files go into one table.
///
/// ```
/// let mut csv = zhibiao::CsvWriter::new(Vec::new()).unwrap();
/// csv.write_report("huludao.txt", &zhibiao::extract("造林8.2万亩")).unwrap();
/// let out = String::from_utf8(csv.into_inner().unwrap()).unwrap();
/// let mut lines = out.lines();
/// assert!(lines.next().unwrap().starts_with("record,file,text,span_start,span_end,value,unit,"));
/// assert!(lines.next().unwrap().starts_with("figure,huludao.txt,8.2万亩,6,15,82000.0,亩,area,"));
/// ```
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

/// The columns of [`CsvWriter`], in order.
const CSV_HEADER: [&str; 19] = [
    "record", "file", "text", "span_start", "span_end", "value", "unit", "dimension", "si_value", "si_unit", "bound",
    "indicator", "measure", "direction", "basis", "target", "period", "concept", "section",
];

impl<W: Write> CsvWriter<W> {
    /// A writer that starts with the header row.
    ///
    /// ```
    /// let csv = zhibiao::CsvWriter::new(Vec::new()).unwrap();
    /// assert!(csv.into_inner().unwrap().starts_with(b"record,file,text"));
    /// ```
    pub fn new(writer: W) -> csv::Result<CsvWriter<W>> {
        let mut inner = csv::WriterBuilder::new().has_headers(false).from_writer(writer);
        inner.write_record(CSV_HEADER)?;
        Ok(CsvWriter { inner })
    }

    /// Like [`CsvWriter::new`], starting with a UTF-8 byte order mark so that
    /// Excel reads the Chinese text right.
    ///
    /// ```
    /// let csv = zhibiao::CsvWriter::excel(Vec::new()).unwrap();
    /// assert!(csv.into_inner().unwrap().starts_with(b"\xef\xbb\xbfrecord,file"));
    /// ```
    pub fn excel(mut writer: W) -> csv::Result<CsvWriter<W>> {
        writer.write_all("\u{feff}".as_bytes())?;
        CsvWriter::new(writer)
    }

    /// Writes one row per figure of `report`, naming `file`.
    ///
    /// ```
    /// let mut csv = zhibiao::CsvWriter::new(Vec::new()).unwrap();
    /// csv.write_report("a.txt", &zhibiao::extract("增长5%，新增企业3家")).unwrap();
    /// let out = csv.into_inner().unwrap();
    /// assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 3);
    /// ```
    pub fn write_report(&mut self, file: &str, report: &Report) -> csv::Result<()> {
        for figure in &report.figures {
            self.inner.serialize(FigureRecord::new(file, figure))?;
        }
        Ok(())
    }

    /// Flushes and returns the underlying writer.
    ///
    /// ```
    /// let csv = zhibiao::CsvWriter::new(Vec::new()).unwrap();
    /// let bytes: Vec<u8> = csv.into_inner().unwrap();
    /// assert!(!bytes.is_empty());
    /// ```
    pub fn into_inner(self) -> io::Result<W> {
        self.inner.into_inner().map_err(|err| err.into_error())
    }
}

/// Writes the targets table as CSV: a header row, then a row per target,
/// empty cells where a value is missing.
///
/// ```
/// let text = "2026年丙县政府工作报告\n二、2026年工作安排\n地区生产总值增长6%左右。";
/// let rows = zhibiao::targets(&[("c.txt", text, &zhibiao::extract(text))]);
/// let mut out = Vec::new();
/// zhibiao::write_targets_csv(&mut out, &rows).unwrap();
/// let out = String::from_utf8(out).unwrap();
/// assert!(out.starts_with("file,region,level,year,concept,indicator,low,high,bound,unit,measure,text,"));
/// assert!(out.lines().nth(1).unwrap().starts_with("c.txt,丙县,county,2026,gdp,地区生产总值,6.0,6.0,about,%,change,6%左右,"));
/// ```
pub fn write_targets_csv<W: Write>(writer: W, rows: &[Target]) -> csv::Result<()> {
    let mut csv = csv::Writer::from_writer(writer);
    for row in rows {
        csv.serialize(row)?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes the targets table as JSON Lines, a row a line.
///
/// ```
/// let text = "2026年丙县政府工作报告\n二、2026年工作安排\n地区生产总值增长6%左右。";
/// let rows = zhibiao::targets(&[("c.txt", text, &zhibiao::extract(text))]);
/// let mut out = Vec::new();
/// zhibiao::write_targets_jsonl(&mut out, &rows).unwrap();
/// let row: serde_json::Value = serde_json::from_slice(out.split(|&b| b == b'\n').next().unwrap()).unwrap();
/// assert_eq!((row["concept"].as_str(), row["low"].as_f64()), (Some("gdp"), Some(6.0)));
/// ```
pub fn write_targets_jsonl<W: Write>(mut writer: W, rows: &[Target]) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut writer, row)?;
        writer.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_header_matches_the_record_fields() {
        let report = crate::extract("增长5%");
        let record = serde_json::to_value(FigureRecord::new("f", &report.figures[0])).unwrap();
        let keys: Vec<&str> = record.as_object().unwrap().keys().map(String::as_str).collect();
        let mut header = CSV_HEADER.to_vec();
        let mut sorted = keys.clone();
        header.sort_unstable();
        sorted.sort_unstable();
        assert_eq!(header, sorted);
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        let mut csv = CsvWriter::new(Vec::new()).unwrap();
        csv.write_report("a,\"b\".txt", &crate::extract("新增“雏鹰”企业15家")).unwrap();
        let out = String::from_utf8(csv.into_inner().unwrap()).unwrap();
        assert!(out.contains("figure,\"a,\"\"b\"\".txt\",15家,"), "{out}");
    }
}
