//! The JSON Lines and CSV writers on any report (and any file name): every
//! line and row parses back to the record it was written from.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (file, text) = input;
    let report = zhibiao::extract(text);

    let mut jsonl = Vec::new();
    zhibiao::write_jsonl(&mut jsonl, file, &report).expect("JSON Lines write to memory");
    let jsonl = String::from_utf8(jsonl).expect("JSON Lines are UTF-8");
    let records: Vec<serde_json::Value> = jsonl.lines().map(|line| serde_json::from_str(line).expect("a line is one JSON record")).collect();
    assert_eq!(records.len(), report.figures.len() + report.ranks.len() + report.projects.len());
    for (record, figure) in records.iter().zip(&report.figures) {
        assert_eq!(record["record"], "figure");
        assert_eq!(record["file"].as_str(), Some(file));
        assert_eq!(record["text"].as_str(), Some(figure.text.as_str()));
        assert_eq!(record["value"].as_f64(), Some(figure.value));
        assert_eq!(record["span_start"].as_u64(), Some(figure.span.start as u64));
        assert_eq!(record["indicator"].as_str(), figure.indicator.as_deref());
        assert_eq!(record["section"].as_str(), figure.section.as_deref());
    }
    for (record, rank) in records[report.figures.len()..].iter().zip(&report.ranks) {
        assert_eq!((record["record"].as_str(), record["text"].as_str()), (Some("rank"), Some(rank.text.as_str())));
    }
    for (record, project) in records[report.figures.len() + report.ranks.len()..].iter().zip(&report.projects) {
        assert_eq!((record["record"].as_str(), record["name"].as_str()), (Some("project"), Some(project.name.as_str())));
    }

    let mut csv = zhibiao::CsvWriter::new(Vec::new()).expect("a CSV header writes");
    csv.write_report(file, &report).expect("CSV writes to memory");
    let csv = csv.into_inner().expect("CSV flushes");
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_slice());
    let header = reader.headers().expect("a header row").clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect("a column");
    let (text_at, value_at, indicator_at, file_at) = (column("text"), column("value"), column("indicator"), column("file"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|row| row.expect("a row parses")).collect();
    assert_eq!(rows.len(), report.figures.len());
    for (row, figure) in rows.iter().zip(&report.figures) {
        assert_eq!(&row[file_at], file);
        assert_eq!(&row[text_at], figure.text);
        assert_eq!(row[value_at].parse::<f64>().ok(), Some(figure.value));
        assert_eq!(&row[indicator_at], figure.indicator.as_deref().unwrap_or(""));
    }
});
