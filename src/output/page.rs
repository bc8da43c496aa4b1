//! The report as a page to look at: the text with every figure, rank,
//! project and section heading marked, and a table of the figures beside
//! it. One self-contained HTML file: no network, no external scripts,
//! styles or fonts.

use std::collections::BTreeSet;
use std::io::{self, Write};

use serde::Serialize;

use crate::{Figure, Project, Rank, Report, Section, Span};

/// Writes `report`, read from `text`, as one self-contained HTML page
/// titled `title`.
///
/// Each figure is one `<mark class="figure">` holding its span's text, in
/// text order; ranks, projects and headings are `<span class="rank">`,
/// `"project"`, `"heading"` (a project around a figure may be cut into
/// pieces, a figure never is). Every mark shows all its fields on hover or
/// keyboard focus, and a side table lists the figures, filterable by
/// indicator or section. All report text is escaped.
///
/// ```
/// let text = "一、经济\n全市地区生产总值增长5.2%，<script>alert(1)</script>";
/// let report = zhibiao::extract(text);
/// let mut page = Vec::new();
/// zhibiao::write_page(&mut page, "示例", text, &report).unwrap();
/// let page = String::from_utf8(page).unwrap();
/// assert!(page.contains(r#"<mark class="figure" id="f0""#));
/// assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!page.contains("<script>alert"));
/// ```
pub fn write_page<W: Write>(mut out: W, title: &str, text: &str, report: &Report) -> io::Result<()> {
    let title = escape(title);
    write!(out, "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n")?;
    write!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>{title}</h1><p>{}</p>", about_line(report))?;
    out.write_all(LEGEND.as_bytes())?;
    out.write_all(b"</header>\n<main>\n<article id=\"report\">")?;
    write_marked(&mut out, text, report)?;
    out.write_all(b"</article>\n")?;
    write_table(&mut out, report)?;
    write!(out, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
}

/// A line naming whose report it is and what was found.
fn about_line(report: &Report) -> String {
    let about = &report.about;
    let whose = [about.region.clone(), about.level.map(|l| name(&l)), about.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let counts = format!(
        "{} figures · {} ranks · {} projects · {} sections",
        report.figures.len(),
        report.ranks.len(),
        report.projects.len(),
        report.sections.len()
    );
    escape(&if whose.is_empty() { counts } else { format!("{whose} — {counts}") })
}

/// One mark around a stretch of text other than a figure.
struct Outer {
    span: Span,
    class: &'static str,
    tip: String,
}

/// The text with its marks. Figures are never cut: a heading, project or
/// rank edge that falls inside a figure moves out to the figure's edge.
fn write_marked<W: Write>(out: &mut W, text: &str, report: &Report) -> io::Result<()> {
    let mut outers: Vec<Outer> = report
        .sections
        .iter()
        .map(|s| Outer { span: s.span, class: "heading", tip: section_tip(s) })
        .chain(report.projects.iter().map(|p| Outer { span: p.span, class: "project", tip: project_tip(p) }))
        .chain(report.ranks.iter().map(|r| Outer { span: r.span, class: "rank", tip: rank_tip(r) }))
        .filter(|o| o.span.end <= text.len() && o.span.start < o.span.end)
        .collect();
    // Stable: at one start, headings open before projects before ranks.
    outers.sort_by_key(|o| o.span.start);
    let figures: Vec<(usize, &Figure)> =
        report.figures.iter().enumerate().filter(|(_, f)| f.span.end <= text.len()).collect();
    let mut cuts: BTreeSet<usize> = [0, text.len()].into();
    cuts.extend(outers.iter().flat_map(|o| [o.span.start, o.span.end]));
    cuts.extend(figures.iter().flat_map(|(_, f)| [f.span.start, f.span.end]));
    // Both in text order: a walk drops the cuts inside figures.
    let mut figure_at = figures.iter().map(|(_, f)| f.span).peekable();
    let cuts: Vec<usize> = cuts
        .into_iter()
        .filter(|&at| {
            while figure_at.next_if(|span| span.end <= at).is_some() {}
            figure_at.peek().is_none_or(|span| at <= span.start)
        })
        .collect();
    let mut next_figure = figures.iter().peekable();
    // The outer marks around the piece being written: few at a time.
    let mut waiting = outers.iter().peekable();
    let mut open: Vec<&Outer> = Vec::new();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        open.retain(|o| o.span.end > start);
        while let Some(o) = waiting.next_if(|o| o.span.start < end) {
            if o.span.end > start {
                open.push(o);
            }
        }
        for o in &open {
            write!(out, "<span class=\"{}\" tabindex=\"0\" data-tip=\"{}\">", o.class, escape(&o.tip))?;
        }
        match next_figure.next_if(|(_, f)| f.span.start == start) {
            Some((i, figure)) => write!(
                out,
                "<mark class=\"figure\" id=\"f{i}\" tabindex=\"0\" data-tip=\"{}\">{}</mark>",
                escape(&figure_tip(figure)),
                escape(&text[start..end])
            )?,
            None => out.write_all(escape(&text[start..end]).as_bytes())?,
        }
        for _ in &open {
            out.write_all(b"</span>")?;
        }
    }
    Ok(())
}

/// The side table of figures, one row per figure, each linking to its mark.
fn write_table<W: Write>(out: &mut W, report: &Report) -> io::Result<()> {
    out.write_all(
        "<aside><div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"indicator…\" aria-label=\"Filter by indicator\">\
         <select id=\"section\" aria-label=\"Filter by section\"><option value=\"\">all sections</option>"
            .as_bytes(),
    )?;
    for (path, section) in section_paths(&report.sections) {
        // Each heading under its parent, indented by its depth.
        let indent = "\u{a0}\u{a0}".repeat(path.matches('.').count());
        let title: String = section.title.chars().take(24).collect();
        let more = if title.len() < section.title.len() { "…" } else { "" };
        write!(out, "<option value=\"{path}\">{indent}{path} {}{}{more}</option>", escape(&section.marker), escape(&title))?;
    }
    out.write_all(
        b"</select></div>\n<table id=\"figures\"><thead><tr><th>text</th><th>value</th><th>unit</th><th>bound</th>\
          <th>indicator</th><th>measure</th><th>target</th><th>section</th></tr></thead><tbody>\n",
    )?;
    for (i, f) in report.figures.iter().enumerate() {
        let indicator = escape(f.indicator.as_deref().unwrap_or(""));
        let section = escape(f.section.as_deref().unwrap_or(""));
        let concept = f.concept.as_deref().map_or(String::new(), |c| format!("<small>{}</small>", escape(c)));
        writeln!(
            out,
            "<tr data-indicator=\"{indicator}\" data-section=\"{section}\"><td class=\"nowrap\"><a href=\"#f{i}\">{}</a></td>\
             <td class=\"nowrap\">{}</td><td class=\"nowrap\">{}</td><td>{}</td><td class=\"indicator\">{indicator}{concept}</td>\
             <td>{}</td><td>{}</td><td>{section}</td></tr>",
            escape(&f.text),
            f.value,
            escape(&f.unit),
            name(&f.bound),
            measure(f),
            if f.target { "yes" } else { "" },
        )?;
    }
    out.write_all(b"</tbody></table></aside>\n")
}

/// Each section with its path (`1.2`), the path figures carry: the numbers
/// of the headings it lies under, by level, and its own.
fn section_paths(sections: &[Section]) -> Vec<(String, &Section)> {
    let mut stack: Vec<(u8, u32)> = Vec::new();
    sections
        .iter()
        .map(|section| {
            stack.retain(|&(level, _)| level < section.level);
            stack.push((section.level, section.number));
            let path = stack.iter().map(|(_, number)| number.to_string()).collect::<Vec<_>>().join(".");
            (path, section)
        })
        .collect()
}

fn figure_tip(f: &Figure) -> String {
    let mut tip = format!("figure\nvalue: {}\nunit: {}", f.value, f.unit);
    if let Some(si) = &f.si {
        tip += &format!("\nsi: {} {}", si.value, si.unit);
    }
    tip += &format!("\ndimension: {}\nbound: {}\nmeasure: {}", name(&f.dimension), name(&f.bound), measure(f));
    push_field(&mut tip, "basis", f.basis.map(|b| name(&b)));
    push_field(&mut tip, "indicator", f.indicator.clone());
    push_field(&mut tip, "concept", f.concept.as_deref().map(str::to_string));
    tip += &format!("\ntarget: {}", f.target);
    push_field(&mut tip, "period", f.period.clone());
    push_field(&mut tip, "section", f.section.as_deref().map(str::to_string));
    tip
}

fn rank_tip(r: &Rank) -> String {
    let mut tip = String::from("rank");
    push_field(&mut tip, "position", r.position.map(|n| n.to_string()));
    push_field(&mut tip, "top", r.top.map(|n| n.to_string()));
    push_field(&mut tip, "of", r.of.map(|n| n.to_string()));
    push_field(&mut tip, "scope", r.scope.clone());
    push_field(&mut tip, "indicator", r.indicator.clone());
    push_field(&mut tip, "concept", r.concept.as_deref().map(str::to_string));
    push_field(&mut tip, "section", r.section.as_deref().map(str::to_string));
    tip
}

fn project_tip(p: &Project) -> String {
    let mut tip = format!("project\nname: {}", p.name);
    push_field(&mut tip, "status", p.status.map(|s| name(&s)));
    push_field(&mut tip, "status_text", p.status_text.as_deref().map(str::to_string));
    push_field(&mut tip, "section", p.section.as_deref().map(str::to_string));
    tip
}

fn section_tip(s: &Section) -> String {
    format!("section {}\nlevel: {}\ntitle: {}", s.number, s.level, s.title)
}

fn push_field(tip: &mut String, field: &str, value: Option<String>) {
    if let Some(value) = value {
        *tip += &format!("\n{field}: {value}");
    }
}

/// The measure with its direction: `change (increase)`.
fn measure(f: &Figure) -> String {
    match f.direction {
        Some(direction) => format!("{} ({})", name(&f.measure), name(&direction)),
        None => name(&f.measure),
    }
}

/// A model enum's name as the JSON writes it.
fn name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// Text made safe for element content and quoted attributes alike. A CR
/// is written as a reference, so a parser keeps it rather than making
/// line ends of it; NUL, which HTML cannot carry, becomes U+FFFD, as a
/// parser would read its reference.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            '\0' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    out
}

const LEGEND: &str = "<p class=\"legend\"><span class=\"key-figure\">figure</span> <span class=\"key-rank\">rank</span> \
                      <span class=\"key-project\">project</span> <span class=\"key-heading\">heading</span></p>";

const STYLE: &str = r#"
:root{--cjk:"Noto Sans CJK SC","Source Han Sans SC","Noto Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","WenQuanYi Zen Hei","SimHei","SimSun",sans-serif}
body{margin:0;font:15px/1.7 var(--cjk);color:#222;background:#fafafa}
header{padding:.6em 1.2em;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:1.2em;margin:0}header p{margin:.2em 0;color:#555}
main{display:flex;gap:1em;padding:1em;align-items:flex-start}
article{flex:1 1 0;white-space:pre-wrap;background:#fff;padding:1em 1.4em;border:1px solid #ddd;min-width:0}
aside{flex:1 1 0;min-width:0;position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;border:1px solid #ddd;font-size:13px;line-height:1.45}
@media (max-width:1200px){main{flex-direction:column;align-items:stretch}aside{position:static;max-height:none}}
.filters{position:sticky;top:0;z-index:1;background:#fff;padding:.5em;display:flex;gap:.5em;flex-wrap:wrap}
.filters input{flex:1 1 8em;min-width:0}.filters select{flex:1 1 12em;min-width:0;max-width:100%;font-family:var(--cjk)}
table{border-collapse:collapse;width:100%}th,td{padding:2px 5px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
thead th{position:sticky;top:2.6em;background:#f3f3f3;white-space:nowrap}
td.nowrap{white-space:nowrap}td.indicator{min-width:8em;overflow-wrap:anywhere}
td.indicator small{display:block;color:#666;font-size:11px}
mark,.rank,.project,.heading{border-radius:3px;cursor:help}
mark.figure,.key-figure{background:#ffe58a;color:inherit;padding:0 1px}
.rank,.key-rank{background:#c9f0d0}.project,.key-project{border-bottom:2px solid #4a7fd6;background:#e6efff}
.heading,.key-heading{font-weight:bold;background:#f1e1f7}
[data-tip]:hover::after,[data-tip]:focus::after,[data-tip]:target::after{content:attr(data-tip);position:fixed;right:1em;bottom:1em;z-index:2;
max-width:min(36em,90vw);white-space:pre-wrap;background:#222;color:#fff;font:13px/1.5 var(--cjk);padding:.5em .8em;border-radius:4px;pointer-events:none}
[data-tip]{scroll-margin-top:40vh}
[data-tip]:focus,[data-tip]:target{outline:2px solid #4a7fd6}
tr.hidden{display:none}
"#;

const SCRIPT: &str = r#"
(function(){
  var text=document.getElementById('filter'),section=document.getElementById('section');
  function apply(){
    var q=text.value.trim(),s=section.value;
    document.querySelectorAll('#figures tbody tr').forEach(function(row){
      var show=(!q||row.dataset.indicator.indexOf(q)>=0)&&(!s||row.dataset.section===s||row.dataset.section.indexOf(s+'.')===0);
      row.classList.toggle('hidden',!show);
    });
  }
  text.addEventListener('input',apply);section.addEventListener('change',apply);
})();
"#;
