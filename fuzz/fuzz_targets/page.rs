//! `write_page` on any text: the page parses as HTML5 without the report's
//! text turning into markup, each figure is one mark holding its text,
//! and the article reads back as the text verbatim (CR included; NUL,
//! which HTML cannot carry, as U+FFFD).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use scraper::{Html, Selector};

/// The article, its figure marks, and scripts: compiled once.
static SELECTORS: LazyLock<[Selector; 3]> =
    LazyLock::new(|| ["article", "article mark.figure", "script"].map(|s| Selector::parse(s).expect("a valid selector")));

fuzz_target!(|text: &str| {
    let report = zhibiao::extract(text);
    let mut out = Vec::new();
    zhibiao::write_page(&mut out, text, text, &report).expect("a page writes to memory");
    let page = String::from_utf8(out).expect("the page is UTF-8");
    let html = Html::parse_document(&page);
    let [article, marks, scripts] = &*SELECTORS;
    let articles: Vec<_> = html.select(article).collect();
    assert_eq!(articles.len(), 1, "one article");
    let want: String = text.chars().map(|c| if c == '\0' { '\u{fffd}' } else { c }).collect();
    assert_eq!(articles[0].text().collect::<String>(), want, "the text reads back verbatim");
    let marks: Vec<String> = html.select(marks).map(|m| m.text().collect()).collect();
    let figures: Vec<String> = report.figures.iter().map(|f| f.text.replace('\0', "\u{fffd}")).collect();
    assert_eq!(marks, figures);
    assert_eq!(html.select(scripts).count(), 1, "the page's own script only");
});
