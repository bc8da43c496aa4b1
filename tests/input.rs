//! Reports as users have them: GB18030 files, saved web pages, CRLF line
//! ends, each giving the figures of the UTF-8 text.

use zhibiao::{Encoding, Figure, Report};

const FIXTURE: &str = include_str!("../fixtures/huludao-2025-excerpt.txt");
const FIXTURE_GB18030: &[u8] = include_bytes!("../fixtures/input/huludao-2025-excerpt.gb18030.txt");
const FIXTURE_PAGE: &str = include_str!("../fixtures/input/huludao-2025-excerpt.html");

/// What a figure says, wherever its text is.
fn reading(figure: &Figure) -> Figure {
    Figure { span: zhibiao::Span { start: 0, end: 0 }, ..figure.clone() }
}

fn spans_hold_their_text(text: &str, report: &Report) {
    for figure in &report.figures {
        assert_eq!(&text[figure.span.start..figure.span.end], figure.text);
    }
}

#[test]
fn gb18030_bytes_read_as_the_utf8_text() {
    assert_ne!(FIXTURE_GB18030, FIXTURE.as_bytes(), "the fixture is really GB18030");
    let text = zhibiao::decode(FIXTURE_GB18030, Encoding::Auto).unwrap();
    assert_eq!(text, FIXTURE);
    assert_eq!(zhibiao::extract(&text), zhibiao::extract(FIXTURE));
}

#[test]
fn a_saved_page_gives_the_figures_of_its_text() {
    let text = zhibiao::read_text(FIXTURE_PAGE.as_bytes().to_vec(), Encoding::Auto, true).unwrap();
    let (page, plain) = (zhibiao::extract(&text), zhibiao::extract(FIXTURE));
    assert_eq!(plain.figures.len(), 114);
    assert_eq!(page.figures.iter().map(reading).collect::<Vec<_>>(), plain.figures.iter().map(reading).collect::<Vec<_>>());
    assert_eq!(page.ranks.len(), plain.ranks.len());
    assert_eq!(page.projects.iter().map(|p| &p.name).collect::<Vec<_>>(), plain.projects.iter().map(|p| &p.name).collect::<Vec<_>>());
    spans_hold_their_text(&text, &page);
    // The page's scripts and navigation give nothing.
    assert!(!text.contains("访问量") && !text.contains("jquery"));
}

#[test]
fn crlf_keeps_byte_exact_spans() {
    let crlf = FIXTURE.replace('\n', "\r\n");
    let (report, plain) = (zhibiao::extract(&crlf), zhibiao::extract(FIXTURE));
    spans_hold_their_text(&crlf, &report);
    assert_eq!(report.figures.iter().map(reading).collect::<Vec<_>>(), plain.figures.iter().map(reading).collect::<Vec<_>>());
}

#[test]
fn utf16_with_a_bom_reads_as_the_text() {
    let bytes: Vec<u8> = [0xff, 0xfe].into_iter().chain(FIXTURE.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let text = zhibiao::read_text(bytes, Encoding::Auto, false).unwrap();
    assert_eq!(text, FIXTURE);
}
