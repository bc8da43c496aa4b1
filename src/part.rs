//! The pipeline over one part of a text: the figures, ranks and projects
//! that start in it, read with the outline of the whole text.

use std::borrow::Cow;
use std::ops::Range;

use crate::meaning::{concept, indicator, project, rank};
use crate::model::{About, Report, SCHEMA};
use crate::reading::figure;
use crate::reading::segment::Outline;

/// Figures, ranks and projects that start in `part` (the figure scan starts
/// at `scan_from`), with the outline of the whole text and the year the
/// report is made in.
pub(crate) fn read(text: &str, outline: &Outline, year: Option<i32>, part: Range<usize>, scan_from: usize) -> Report {
    let mut figures = figure::find(text, scan_from.max(part.start)..part.end);
    indicator::annotate(text, part.start, &mut figures, outline);
    indicator::mark_later_years_as_goals(&mut figures, year);
    let mut spans = Vec::with_capacity(figures.len());
    for figure in &mut figures {
        figure.section = outline.path_at(figure.span.start);
        figure.concept = concept_code(figure.indicator.as_deref());
        spans.push(figure.span);
    }
    let mut ranks = rank::find(text, part.clone(), &figures, &spans, outline);
    let found = project::find(text, part, &figures, &spans, outline);
    for rank in &mut ranks {
        rank.section = outline.path_at(rank.span.start);
        rank.concept = concept_code(rank.indicator.as_deref());
    }
    project::mark_project_figures(&found, &mut figures);
    let mut projects = found.projects;
    for project in &mut projects {
        project.section = outline.path_at(project.span.start);
    }
    Report { schema: SCHEMA.to_string(), about: About::default(), sections: Vec::new(), figures, ranks, projects }
}

/// The code of the headline indicator an indicator names.
fn concept_code(indicator: Option<&str>) -> Option<Cow<'static, str>> {
    indicator.and_then(concept::concept_of).map(|c| Cow::Borrowed(c.code))
}

/// Gives the report of `range`, a part of the text, the sections that
/// start in it and whose report the whole text is; returns where the next
/// part's figure scan starts (a figure read across the part's last line
/// end is not read again).
pub(crate) fn complete(report: &mut Report, outline: &Outline, about: &About, range: Range<usize>) -> usize {
    report.sections = outline.sections.iter().filter(|s| range.contains(&s.span.start)).cloned().collect();
    report.about = about.clone();
    report.figures.last().map_or(range.end, |f| f.span.end.max(range.end))
}
