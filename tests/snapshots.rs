//! One JSON snapshot per fixture in `fixtures/`, and the span invariants on it.

#[test]
fn fixtures() {
    insta::glob!("..", "fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let report = zhibiao::extract(&text);
        for figure in &report.figures {
            assert_eq!(&text[figure.span], figure.text);
        }
        for rank in &report.ranks {
            assert_eq!(&text[rank.span], rank.text);
        }
        for project in &report.projects {
            assert_eq!(&text[project.span], project.name);
        }
        insta::assert_json_snapshot!(report);
    });
}

/// Read a line or a few kilobytes at a time, a fixture gives what it gives whole.
#[test]
fn fixtures_in_parts() {
    insta::glob!("..", "fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let whole = zhibiao::extract(&text);
        for part_size in [1, 500, 4096, usize::MAX] {
            let mut joined = zhibiao::Report::default();
            for part in zhibiao::extract_parts(&text, part_size) {
                joined.about = part.about;
                joined.sections.extend(part.sections);
                joined.figures.extend(part.figures);
                joined.ranks.extend(part.ranks);
                joined.projects.extend(part.projects);
            }
            assert_eq!(joined, whole, "{} in parts of {part_size}", path.display());
        }
    });
}
