//! Hostile input: every case returns a report with exact contents, never a
//! panic and never a wrong number. (Time on these is measured in the
//! `hostile` benchmark group, not here.)

use zhibiao::{extract, extract_bytes, Bound, Error, Report};

fn values(report: &Report) -> Vec<(String, f64, String)> {
    report.figures.iter().map(|f| (f.text.clone(), f.value, f.unit.to_string())).collect()
}

fn v(text: &str, value: f64, unit: &str) -> (String, f64, String) {
    (text.to_string(), value, unit.to_string())
}

fn assert_spans_hold(text: &str, report: &Report) {
    let mut last_end = 0;
    for f in &report.figures {
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert_eq!(&text[f.span], f.text);
        assert!(f.span.start >= last_end, "figures overlap at {}", f.span.start);
        assert!(f.value.is_finite());
        last_end = f.span.end;
    }
}

#[test]
fn empty_text() {
    assert_eq!(extract(""), Report::default());
}

#[test]
fn ten_megabytes_without_punctuation() {
    let text = "全市新增企业家数达到很多".repeat(280_000);
    assert!(text.len() > 10_000_000);
    let report = extract(&text);
    assert!(report.figures.is_empty() && report.ranks.is_empty() && report.projects.is_empty());
}

#[test]
fn a_megabyte_of_wan() {
    let report = extract(&"万".repeat(350_000));
    assert_eq!(report, Report::default());
}

#[test]
fn a_megabyte_of_digits() {
    let report = extract(&"1234567890".repeat(100_000));
    assert_eq!(report, Report::default());
    let report = extract(&format!("{}个", "9".repeat(1_000_000)));
    assert!(report.figures.is_empty(), "an overflowing number is no figure");
}

#[test]
fn a_megabyte_of_chinese_numerals() {
    let text = "一二三四五六七八九十".repeat(35_000);
    assert!(extract(&text).figures.is_empty());
    let text = "十万".repeat(170_000) + "人";
    assert!(extract(&text).figures.iter().all(|f| f.value < 1e16));
}

#[test]
fn absurd_numerals_are_skipped() {
    for text in ["九千九百九十九万亿亿亿元", "99999999999999999999亿元", "增长99999999999999999999%", "一万万万万万万亿亿亿人"] {
        assert!(extract(text).figures.is_empty(), "{text}: {:?}", values(&extract(text)));
    }
}

#[test]
fn deeply_repeated_figures() {
    let text = "1个".repeat(10_000);
    let report = extract(&text);
    assert_eq!(report.figures.len(), 10_000);
    assert_spans_hold(&text, &report);
    let text = "增长5%，".repeat(10_000);
    let report = extract(&text);
    assert_eq!(report.figures.len(), 10_000);
    assert!(report.figures.iter().all(|f| f.value == 5.0 && f.unit == "%"));
}

#[test]
fn html_remnants() {
    let text = "<p>新增企业&nbsp;15家<br>利润增长5%</p>&amp;";
    let report = extract(text);
    assert_eq!(values(&report), [v("15家", 15.0, "家"), v("5%", 5.0, "%")]);
    assert_spans_hold(text, &report);
}

#[test]
fn full_width_and_half_width_mixed() {
    let text = "增长２９．３％,新增12，157个、１２,１５７个；占比3.5％";
    let report = extract(text);
    assert_eq!(report.figures[0].value, 29.3);
    assert_eq!(report.figures.last().map(|f| (f.value, f.unit.as_ref())), Some((3.5, "%")));
    assert_spans_hold(text, &report);
}

#[test]
fn a_byte_order_mark_stays_in_the_offsets() {
    let text = "\u{feff}一、回顾\n增长5%";
    let report = extract(text);
    assert_eq!(report.sections[0].title, "回顾");
    assert_eq!(report.figures[0].span.start, text.find('5').unwrap());
    assert_eq!(report.figures[0].section.as_deref(), Some("1"));
}

#[test]
fn crlf_line_ends() {
    let text = "一、回顾\r\n（一）产业\r\n新增企业15家，增长5%。\r\n";
    let report = extract(text);
    let titles: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["回顾", "产业"]);
    assert_eq!(values(&report), [v("15家", 15.0, "家"), v("5%", 5.0, "%")]);
    assert_eq!(report.figures[1].indicator.as_deref(), Some("新增企业"));
}

#[test]
fn nul_bytes() {
    let text = "新增\0企业15家\0\0增长5%\0";
    let report = extract(text);
    assert_eq!(values(&report), [v("15家", 15.0, "家"), v("5%", 5.0, "%")]);
    assert_spans_hold(text, &report);
}

#[test]
fn only_punctuation() {
    let text = "，。；：！？、（）《》“”‘’,.;:!?()<>\"'".repeat(1000);
    assert_eq!(extract(&text), Report::default());
}

#[test]
fn mixed_scripts() {
    let text = "GDP增长5%，Growth 5.3% in 2024年，ВВП 3个，😀12家🎉";
    let report = extract(text);
    assert_spans_hold(text, &report);
    let units: Vec<&str> = report.figures.iter().map(|f| f.unit.as_ref()).collect();
    assert_eq!(units, ["%", "%", "个", "家"]);
}

#[test]
fn bytes_that_are_not_utf8_name_the_offset() {
    assert_eq!(extract_bytes(b"\xe5\xa2\x9e\xe9\x95\xbf5%\xff"), Err(Error::InvalidUtf8 { offset: 8 }));
    assert_eq!(extract_bytes(b"abc\xe5\xa2"), Err(Error::InvalidUtf8 { offset: 3 }));
    let report = extract_bytes("增长5%".as_bytes()).unwrap();
    assert_eq!((report.figures[0].value, report.figures[0].bound), (5.0, Bound::Exact));
}
