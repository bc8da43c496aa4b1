//! Saved web pages to text: the page is parsed by a real HTML parser
//! (html5ever, through scraper), scripts, styles and the head are dropped,
//! and block elements become line breaks, so a report page reads as its
//! text does.

use scraper::{node::Node, Html};

/// Elements whose content is never report text.
const DROPPED: &[&str] = &["head", "script", "style", "noscript", "template", "iframe", "object", "svg", "canvas"];

/// Elements that stand on lines of their own.
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
];

/// The text of an HTML page as a reader sees it: one line per paragraph,
/// heading, list item or table cell; runs of spaces and source line breaks
/// inside a paragraph one space (but kept as written inside `<pre>`);
/// character references decoded.
///
/// Spans of a report read from a page point into this text.
///
/// ```
/// let page = r#"<html><head><title>报告</title><script>var x = "3亿元";</script></head>
/// <body><div class="nav">首页 &gt; 政务公开</div>
/// <p>　　全市地区生产总值<b>1050亿元</b>，
///    增长5.2%。</p><p>粮食产量25亿斤。</p></body></html>"#;
/// let text = zhibiao::html_text(page);
/// assert_eq!(text, "首页 > 政务公开\n　　全市地区生产总值1050亿元， 增长5.2%。\n粮食产量25亿斤。\n");
/// assert_eq!(zhibiao::extract(&text).figures.len(), 3);
/// ```
pub fn html_text(html: &str) -> String {
    let page = Html::parse_document(html);
    let mut text = Text::default();
    let mut dropped = 0usize;
    let mut pre = 0usize;
    // The tree is walked by its edges, not by recursion: nesting depth is
    // the page's to choose.
    for edge in page.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let name = element.name();
                    if DROPPED.contains(&name) || dropped > 0 {
                        // Every element inside a dropped one is counted, so
                        // its close is matched.
                        dropped += 1;
                    } else if name == "br" {
                        text.line_break();
                    } else if BLOCKS.contains(&name) {
                        text.end_line();
                        pre += usize::from(name == "pre");
                    }
                }
                Node::Text(words) if dropped == 0 => text.push(words, pre > 0),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    if dropped > 0 {
                        dropped -= 1;
                    } else if BLOCKS.contains(&name) {
                        text.end_line();
                        pre -= usize::from(name == "pre" && pre > 0);
                    }
                }
            }
        }
    }
    text.out
}

/// The text being written, with where a line stands.
#[derive(Default)]
struct Text {
    out: String,
    /// A space is owed before the next word on the line.
    space: bool,
}

impl Text {
    fn push(&mut self, words: &str, pre: bool) {
        if pre {
            self.out.push_str(words);
            self.space = false;
            return;
        }
        for (i, word) in words.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.space && !self.at_line_start() {
                self.out.push(' ');
            }
            self.space = false;
            self.out.push_str(word);
        }
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n')
    }

    fn end_line(&mut self) {
        if !self.at_line_start() {
            self.out.push('\n');
        }
        self.space = false;
    }

    fn line_break(&mut self) {
        self.out.push('\n');
        self.space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_lines_and_scripts_are_dropped() {
        let page = "<body><h1>政府工作报告</h1><style>p{}</style><table><tr><td>GDP</td><td>5%</td></tr></table>\
                    <ul><li>一</li><li>二<br>三</li></ul><pre>a  b\nc</pre><noscript>x</noscript>末</body>";
        assert_eq!(html_text(page), "政府工作报告\nGDP\n5%\n一\n二\n三\na  b\nc\n末\n");
    }

    #[test]
    fn deep_nesting_is_walked_without_recursion() {
        let page = "<div>".repeat(100_000) + "增长5%" + &"</div>".repeat(100_000);
        assert_eq!(html_text(&page), "增长5%\n");
    }

    #[test]
    fn references_are_decoded_and_markup_in_text_is_text() {
        assert_eq!(html_text("<p>&lt;script&gt;增长&#53;%&nbsp;</p>"), "<script>增长5%\u{a0}\n");
    }
}
