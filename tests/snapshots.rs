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
