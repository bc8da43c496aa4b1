//! What every report must satisfy, whatever the input.

use zhibiao::{Report, Span};

fn span_holds(text: &str, span: Span, mention: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "span {span:?} outside the text");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "span {span:?} off a char boundary");
    assert_eq!(&text[span], mention);
}

/// Spans on char boundaries and inside the text, `text == &input[span]`,
/// values finite, figures not overlapping, and the JSON document
/// round-trips through serde.
pub fn check(text: &str, report: &Report) {
    let mut last_end = 0;
    for figure in &report.figures {
        span_holds(text, figure.span, &figure.text);
        assert!(figure.value.is_finite() && figure.value.abs() < 1e17, "value {}", figure.value);
        if let Some(si) = &figure.si {
            assert!(si.value.is_finite());
        }
        assert!(figure.span.start >= last_end, "figures overlap at {}", figure.span.start);
        last_end = figure.span.end;
    }
    for rank in &report.ranks {
        span_holds(text, rank.span, &rank.text);
    }
    for project in &report.projects {
        span_holds(text, project.span, &project.name);
    }
    for section in &report.sections {
        assert!(text.is_char_boundary(section.span.start) && text.is_char_boundary(section.span.end));
    }
    let json = serde_json::to_string(report).expect("a report serializes");
    let back: Report = serde_json::from_str(&json).expect("the JSON document parses back");
    assert!(back == *report, "the JSON document does not round-trip");
}
