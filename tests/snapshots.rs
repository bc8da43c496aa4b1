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

/// The targets table over reports of consecutive years in
/// `fixtures/targets/`, as CSV: each year's targets against what the next
/// year's report says was reached.
#[test]
fn targets_table() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/targets");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures/targets is there")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    let mut table = zhibiao::TargetTable::default();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).expect("fixture is UTF-8");
        table.add(name, &text, &zhibiao::extract(&text));
    }
    let mut csv = Vec::new();
    zhibiao::write_targets_csv(&mut csv, &table.rows()).expect("a Vec takes any write");
    insta::assert_snapshot!(String::from_utf8(csv).expect("CSV of UTF-8 text"));
}
