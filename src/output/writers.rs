//! Writers: the JSON document of schema `zhibiao/1`, JSON Lines and CSV.
//!
//! JSON Lines and CSV flatten each record to one line or row, for pandas,
//! R and spreadsheets: `span` becomes `span_start`/`span_end`, `si` becomes
//! `si_value`/`si_unit`, and every record names the `file` it came from.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::Report;
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

/// The flat records of JSON Lines and CSV: each kind's fields in column
/// order, handed one at a time to the format's [`Cells`]. One list of
/// fields per kind serves both formats and the CSV header.
mod records {
    use serde::Serialize;

    use crate::model::{Figure, Project, Rank};

    /// Where the fields of a record go: JSON Lines writes them as
    /// `"name":value`, CSV as a row's cells, the header as its names.
    pub(super) trait Cells {
        /// The file the record came from, the same for a whole report.
        fn file(&mut self, name: &'static str);
        fn text(&mut self, name: &'static str, value: Option<&str>);
        fn number(&mut self, name: &'static str, value: Option<f64>);
        fn count(&mut self, name: &'static str, value: Option<u64>);
        fn flag(&mut self, name: &'static str, value: bool);
        /// A value of one of the model's enums, written as serde names it.
        fn word<T: Serialize>(&mut self, name: &'static str, value: Option<T>);
    }

    pub(super) fn figure(f: &Figure, out: &mut impl Cells) {
        out.text("record", Some("figure"));
        out.file("file");
        out.text("text", Some(&f.text));
        out.count("span_start", Some(f.span.start as u64));
        out.count("span_end", Some(f.span.end as u64));
        out.number("value", Some(f.value));
        out.text("unit", Some(&f.unit));
        out.word("dimension", Some(f.dimension));
        out.number("si_value", f.si.as_ref().map(|si| si.value));
        out.text("si_unit", f.si.as_ref().map(|si| &*si.unit));
        out.word("bound", Some(f.bound));
        out.text("indicator", f.indicator.as_deref());
        out.word("measure", Some(f.measure));
        out.word("direction", f.direction);
        out.word("basis", f.basis);
        out.flag("target", f.target);
        out.text("period", f.period.as_deref());
        out.text("concept", f.concept.as_deref());
        out.text("section", f.section.as_deref());
    }

    pub(super) fn rank(r: &Rank, out: &mut impl Cells) {
        out.text("record", Some("rank"));
        out.file("file");
        out.text("text", Some(&r.text));
        out.count("span_start", Some(r.span.start as u64));
        out.count("span_end", Some(r.span.end as u64));
        out.count("position", r.position.map(u64::from));
        out.count("top", r.top.map(u64::from));
        out.count("of", r.of.map(u64::from));
        out.text("scope", r.scope.as_deref());
        out.text("indicator", r.indicator.as_deref());
        out.text("concept", r.concept.as_deref());
        out.text("section", r.section.as_deref());
    }

    pub(super) fn project(p: &Project, out: &mut impl Cells) {
        out.text("record", Some("project"));
        out.file("file");
        out.text("name", Some(&p.name));
        out.count("span_start", Some(p.span.start as u64));
        out.count("span_end", Some(p.span.end as u64));
        out.word("status", p.status);
        out.text("status_text", p.status_text.as_deref());
        out.text("section", p.section.as_deref());
    }

    /// The names of the fields, in order.
    #[cfg(test)]
    #[derive(Default)]
    pub(super) struct Names(pub(super) Vec<&'static str>);

    #[cfg(test)]
    impl Cells for Names {
        fn file(&mut self, name: &'static str) {
            self.0.push(name);
        }
        fn text(&mut self, name: &'static str, _: Option<&str>) {
            self.0.push(name);
        }
        fn number(&mut self, name: &'static str, _: Option<f64>) {
            self.0.push(name);
        }
        fn count(&mut self, name: &'static str, _: Option<u64>) {
            self.0.push(name);
        }
        fn flag(&mut self, name: &'static str, _: bool) {
            self.0.push(name);
        }
        fn word<T: Serialize>(&mut self, name: &'static str, _: Option<T>) {
            self.0.push(name);
        }
    }
}

use records::Cells;

/// Whether JSON must escape a byte of `text`: a quote, a backslash or a
/// control char. Folded without an early exit, the test runs on whole
/// vectors of bytes.
fn json_needs_escape(text: &str) -> bool {
    text.bytes().fold(false, |any, b| any | (b < 0x20) | (b == b'"') | (b == b'\\'))
}

/// Writes `value` as a JSON string, escaped as `serde_json` escapes it.
fn json_string(out: &mut Vec<u8>, value: &str) {
    if json_needs_escape(value) {
        // Rare: the escapes are serde_json's own.
        let _ = serde_json::to_writer(&mut *out, value);
    } else {
        out.push(b'"');
        out.extend_from_slice(value.as_bytes());
        out.push(b'"');
    }
}

/// A JSON Lines record being written: `{"name":value,…}`.
struct JsonCells<'a> {
    line: &'a mut Vec<u8>,
    /// The file's name as a JSON string, escaped once for the report.
    file: &'a [u8],
    first: bool,
}

impl JsonCells<'_> {
    fn key(&mut self, name: &'static str) {
        self.line.extend_from_slice(if self.first { b"{\"" } else { b",\"" });
        self.first = false;
        self.line.extend_from_slice(name.as_bytes());
        self.line.extend_from_slice(b"\":");
    }

}

impl Cells for JsonCells<'_> {
    fn file(&mut self, name: &'static str) {
        self.key(name);
        self.line.extend_from_slice(self.file);
    }
    fn text(&mut self, name: &'static str, value: Option<&str>) {
        self.key(name);
        match value {
            Some(value) => json_string(self.line, value),
            None => self.line.extend_from_slice(b"null"),
        }
    }
    // Numbers, counts and enum names are written as serde_json writes them.
    fn number(&mut self, name: &'static str, value: Option<f64>) {
        self.word(name, value);
    }
    fn count(&mut self, name: &'static str, value: Option<u64>) {
        self.word(name, value);
    }
    fn flag(&mut self, name: &'static str, value: bool) {
        self.key(name);
        self.line.extend_from_slice(if value { b"true" } else { b"false" });
    }
    fn word<T: Serialize>(&mut self, name: &'static str, value: Option<T>) {
        self.key(name);
        match value {
            // Into a Vec, serialising a number or a unit variant cannot fail.
            Some(value) => {
                let _ = serde_json::to_writer(&mut *self.line, &value);
            }
            None => self.line.extend_from_slice(b"null"),
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
    let mut file_json = Vec::with_capacity(file.len() + 2);
    json_string(&mut file_json, file);
    let mut line = Vec::with_capacity(1024);
    let mut write = |fields: &dyn Fn(&mut JsonCells)| {
        line.clear();
        fields(&mut JsonCells { line: &mut line, file: &file_json, first: true });
        line.extend_from_slice(b"}\n");
        writer.write_all(&line)
    };
    for figure in &report.figures {
        write(&|cells| records::figure(figure, cells))?;
    }
    for rank in &report.ranks {
        write(&|cells| records::rank(rank, cells))?;
    }
    for project in &report.projects {
        write(&|cells| records::project(project, cells))?;
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
    inner: W,
    /// The row being written.
    row: Vec<u8>,
}

/// The columns of [`CsvWriter`], in order: the fields of a figure's record.
const CSV_HEADER: [&str; 19] = [
    "record", "file", "text", "span_start", "span_end", "value", "unit", "dimension", "si_value", "si_unit", "bound",
    "indicator", "measure", "direction", "basis", "target", "period", "concept", "section",
];

/// Writes `value` as a CSV cell: quoted, its quotes doubled, when it holds
/// a comma, a quote or a line end (as the `csv` crate quotes).
fn csv_cell(out: &mut Vec<u8>, value: &str) {
    let special = value.bytes().fold(false, |any, b| any | matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if special {
        out.push(b'"');
        for (i, piece) in value.split('"').enumerate() {
            if i > 0 {
                out.extend_from_slice(b"\"\"");
            }
            out.extend_from_slice(piece.as_bytes());
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(value.as_bytes());
    }
}

/// A CSV row being written.
struct CsvCells<'a> {
    row: &'a mut Vec<u8>,
    /// The file's name as a CSV cell, quoted once for the report.
    file: &'a [u8],
    first: bool,
}

impl CsvCells<'_> {
    fn next(&mut self) {
        if !self.first {
            self.row.push(b',');
        }
        self.first = false;
    }
}

impl Cells for CsvCells<'_> {
    fn file(&mut self, _: &'static str) {
        self.next();
        self.row.extend_from_slice(self.file);
    }
    fn text(&mut self, _: &'static str, value: Option<&str>) {
        self.next();
        if let Some(value) = value {
            csv_cell(self.row, value);
        }
    }
    fn number(&mut self, _: &'static str, value: Option<f64>) {
        self.next();
        if let Some(value) = value {
            self.row.extend_from_slice(ryu::Buffer::new().format(value).as_bytes());
        }
    }
    fn count(&mut self, _: &'static str, value: Option<u64>) {
        self.next();
        if let Some(value) = value {
            self.row.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        }
    }
    fn flag(&mut self, _: &'static str, value: bool) {
        self.next();
        self.row.extend_from_slice(if value { b"true" } else { b"false" });
    }
    fn word<T: Serialize>(&mut self, _: &'static str, value: Option<T>) {
        self.next();
        if let Some(value) = value {
            // The JSON of a unit variant is its name in quotes; the name
            // needs no CSV quoting.
            let at = self.row.len();
            let _ = serde_json::to_writer(&mut *self.row, &value);
            let name_len = self.row.len() - at - 2;
            self.row.copy_within(at + 1..at + 1 + name_len, at);
            self.row.truncate(at + name_len);
        }
    }
}

impl<W: Write> CsvWriter<W> {
    /// A writer that starts with the header row.
    ///
    /// ```
    /// let csv = zhibiao::CsvWriter::new(Vec::new()).unwrap();
    /// assert!(csv.into_inner().unwrap().starts_with(b"record,file,text"));
    /// ```
    pub fn new(mut writer: W) -> csv::Result<CsvWriter<W>> {
        writer.write_all(CSV_HEADER.join(",").as_bytes())?;
        writer.write_all(b"\n")?;
        Ok(CsvWriter { inner: writer, row: Vec::with_capacity(512) })
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
        let mut file_cell = Vec::with_capacity(file.len() + 2);
        csv_cell(&mut file_cell, file);
        for figure in &report.figures {
            self.row.clear();
            records::figure(figure, &mut CsvCells { row: &mut self.row, file: &file_cell, first: true });
            self.row.push(b'\n');
            self.inner.write_all(&self.row)?;
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
    pub fn into_inner(mut self) -> io::Result<W> {
        self.inner.flush()?;
        Ok(self.inner)
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

    /// A model record as JSON, flattened as the flat records are.
    fn flat(record: &str, file: &str, model: serde_json::Value) -> serde_json::Value {
        let mut fields = model.as_object().unwrap().clone();
        let span = fields.remove("span").unwrap();
        fields.insert("span_start".into(), span["start"].clone());
        fields.insert("span_end".into(), span["end"].clone());
        if let Some(si) = fields.remove("si") {
            fields.insert("si_value".into(), si.get("value").cloned().unwrap_or_default());
            fields.insert("si_unit".into(), si.get("unit").cloned().unwrap_or_default());
        }
        fields.insert("record".into(), record.into());
        fields.insert("file".into(), file.into());
        fields.into()
    }

    #[test]
    fn jsonl_records_are_the_model_records_flattened() {
        let report = crate::extract("全市技术合同成交额约5.1亿元，增长14%，排全省第二位。A项目开工，“雏鹰\\”企业15家");
        assert_eq!((report.figures.len(), report.ranks.len(), report.projects.len()), (3, 1, 1));
        let file = "dir/a\"b.txt";
        let mut out = Vec::new();
        write_jsonl(&mut out, file, &report).unwrap();
        let lines: Vec<serde_json::Value> =
            String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let json = |value: serde_json::Result<serde_json::Value>| value.unwrap();
        let want: Vec<serde_json::Value> = (report.figures.iter().map(|f| flat("figure", file, json(serde_json::to_value(f)))))
            .chain(report.ranks.iter().map(|r| flat("rank", file, json(serde_json::to_value(r)))))
            .chain(report.projects.iter().map(|p| flat("project", file, json(serde_json::to_value(p)))))
            .collect();
        assert_eq!(lines, want);
    }

    #[test]
    fn jsonl_keys_come_in_the_csv_column_order() {
        let mut out = Vec::new();
        write_jsonl(&mut out, "f", &crate::extract("增长5%")).unwrap();
        let line = String::from_utf8(out).unwrap();
        let at: Vec<Option<usize>> = CSV_HEADER.iter().map(|key| line.find(&format!("\"{key}\":"))).collect();
        assert!(at.iter().all(Option::is_some) && at.windows(2).all(|w| w[0] < w[1]), "{line}");
    }

    #[test]
    fn csv_header_names_the_fields_of_a_figure() {
        let mut names = records::Names::default();
        records::figure(&crate::extract("增长5%").figures[0], &mut names);
        assert_eq!(names.0, CSV_HEADER);
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_ends() {
        let mut csv = CsvWriter::new(Vec::new()).unwrap();
        csv.write_report("a,\"b\".txt", &crate::extract("新增“雏鹰”企业15家")).unwrap();
        csv.write_report("c\nd.txt", &crate::extract("增长5%")).unwrap();
        let out = String::from_utf8(csv.into_inner().unwrap()).unwrap();
        assert!(out.contains("\nfigure,\"a,\"\"b\"\".txt\",15家,"), "{out}");
        assert!(out.contains("\nfigure,\"c\nd.txt\",5%,"), "{out}");
    }
}
