mod error;
mod figure;
mod indicator;
mod lexicon;
mod model;
mod numeral;
mod rank;
mod segment;
mod span;
mod unit;

pub use error::Error;
pub use model::*;
pub use span::Span;

pub fn extract(text: &str) -> Report {
    let outline = segment::Outline::read(text);
    let mut figures = figure::find(text);
    indicator::annotate(text, &mut figures);
    for f in &mut figures {
        f.section = outline.path_at(f.span.start);
    }
    let mut ranks = rank::find(text, &figures);
    for r in &mut ranks {
        r.section = outline.path_at(r.span.start);
    }
    Report { sections: outline.sections, figures, ranks, ..Report::default() }
}

pub fn extract_bytes(b: &[u8]) -> Result<Report, Error> {
    Ok(extract(std::str::from_utf8(b).map_err(|e| Error::InvalidUtf8 { offset: e.valid_up_to() })?))
}
