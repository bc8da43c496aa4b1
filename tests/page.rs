//! The page `--format html` writes, read back by an HTML5 parser: every
//! figure one mark, in order, holding its span's text; all report text
//! escaped.

use scraper::{Html, Selector};

const FIXTURE: &str = include_str!("../fixtures/huludao-2025-excerpt.txt");

fn page(text: &str) -> (zhibiao::Report, Html) {
    let report = zhibiao::extract(text);
    let mut out = Vec::new();
    zhibiao::write_page(&mut out, "葫芦岛 <2025>", text, &report).unwrap();
    let html = Html::parse_document(&String::from_utf8(out).unwrap());
    (report, html)
}

fn select<'h>(html: &'h Html, selector: &str) -> Vec<scraper::ElementRef<'h>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

#[test]
fn every_figure_is_one_mark_in_order() {
    let (report, html) = page(FIXTURE);
    assert!(html.errors.is_empty(), "{:?}", html.errors);
    let marks = select(&html, "article mark.figure");
    assert_eq!(marks.len(), report.figures.len());
    for (i, (mark, figure)) in marks.iter().zip(&report.figures).enumerate() {
        assert_eq!(mark.text().collect::<String>(), figure.text);
        assert_eq!(mark.value().attr("id"), Some(format!("f{i}").as_str()));
        let tip = mark.value().attr("data-tip").unwrap();
        assert!(tip.contains(&format!("value: {}", figure.value)), "{tip}");
        if let Some(indicator) = &figure.indicator {
            assert!(tip.contains(&format!("indicator: {indicator}")), "{tip}");
        }
    }
    // The text reads whole, marks and all.
    assert_eq!(select(&html, "article")[0].text().collect::<String>(), FIXTURE);
}

#[test]
fn ranks_projects_headings_and_the_table_are_there() {
    let (report, html) = page(FIXTURE);
    let rows = select(&html, "#figures tbody tr");
    assert_eq!(rows.len(), report.figures.len());
    assert_eq!(rows[2].value().attr("data-indicator"), report.figures[2].indicator.as_deref());
    // A project cut around a figure is still one project: count by tip.
    let tips = |selector| select(&html, selector).iter().filter_map(|e| e.value().attr("data-tip")).collect::<std::collections::BTreeSet<_>>().len();
    assert_eq!(tips("article span.rank"), report.ranks.len());
    assert_eq!(tips("article span.heading"), report.sections.len());
    assert!(tips("article span.project") > 0);
    assert!(select(&html, "title")[0].inner_html().contains("&lt;2025&gt;"));
}

#[test]
fn report_text_never_becomes_markup() {
    let hostile = "一、<script>alert(1)</script>\n增长5%\"><img src=x onerror=alert(1)>，'投资3亿元'&amp;</article><!--";
    let (report, html) = page(hostile);
    assert_eq!(report.figures.len(), 2);
    assert!(select(&html, "img").is_empty());
    // The one script is the page's own filter.
    assert_eq!(select(&html, "script").len(), 1);
    assert_eq!(select(&html, "article")[0].text().collect::<String>(), hostile);
    assert!(html.errors.is_empty(), "{:?}", html.errors);
}

#[test]
fn the_section_filter_names_each_heading_under_its_parent() {
    let text = "一、2024年工作回顾\n（一）工业稳步增长。\n新增企业5家。\n（二）农业\n粮食产量25亿斤。\n二、2025年工作安排\n增长5%。";
    let (report, html) = page(text);
    let options: Vec<(String, String)> = select(&html, "#section option")
        .iter()
        .map(|o| (o.value().attr("value").unwrap().to_string(), o.text().collect::<String>()))
        .collect();
    let want = [
        ("", "all sections"),
        ("1", "1 一、2024年工作回顾"),
        ("1.1", "\u{a0}\u{a0}1.1 （一）工业稳步增长"),
        ("1.2", "\u{a0}\u{a0}1.2 （二）农业"),
        ("2", "2 二、2025年工作安排"),
    ];
    assert_eq!(options, want.map(|(v, t)| (v.to_string(), t.to_string())));
    // The values are the paths the figures carry.
    let sections: Vec<Option<&str>> = report.figures.iter().map(|f| f.section.as_deref()).collect();
    assert_eq!(sections, [Some("1.1"), Some("1.2"), Some("2")]);
}

#[test]
fn line_ends_and_nul_read_back_as_a_browser_reads_them() {
    // CRLF stays CRLF in the article; NUL, which HTML cannot carry, is U+FFFD.
    let text = "一、回顾\r\n增长5%，\0投资3亿元。\r\n";
    let (report, html) = page(text);
    assert_eq!(report.figures.len(), 2);
    assert_eq!(select(&html, "article")[0].text().collect::<String>(), "一、回顾\r\n增长5%，\u{fffd}投资3亿元。\r\n");
    assert!(html.errors.iter().all(|e| e.contains("control") || e.contains("reference")), "{:?}", html.errors);
}
