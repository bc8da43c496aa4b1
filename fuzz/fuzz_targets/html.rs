//! `html_text` on any text: no panic, and its text gives a report that
//! satisfies the invariants; a page of plain paragraphs reads back as
//! their text, a line each.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;

fuzz_target!(|page: &str| {
    let text = zhibiao::html_text(page);
    invariants::check(&text, &zhibiao::extract(&text));
    // Each line as a paragraph of escaped text reads back as the line, its
    // runs of blanks one space and its ends trimmed, as in a browser (NUL,
    // which a parser drops, left out).
    let lines: Vec<String> = page
        .split('\n')
        .map(|line| line.replace('\0', "").split(|c: char| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    let escaped: String = lines.iter().map(|line| format!("<p>{}</p>", escape(line))).collect();
    let read: Vec<String> = zhibiao::html_text(&escaped).lines().filter(|l| !l.is_empty()).map(str::to_string).collect();
    assert_eq!(read, lines);
});

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
