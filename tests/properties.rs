//! Properties over generated text: a figure embedded in report-like prose is
//! found with its value; unrelated text between clauses changes no figure;
//! any text at all gives spans that hold.

use proptest::prelude::*;
use zhibiao::extract;

/// Clauses with no figure in them, as reports write them.
const FILLER: &[&str] = &[
    "坚持稳中求进工作总基调",
    "深化改革开放",
    "营商环境不断优化",
    "着力稳就业、稳企业、稳市场",
    "推动高质量发展",
    "民生福祉持续增进",
    "生态环境明显改善",
];

/// A figure as written, with its value and unit.
fn figure() -> impl Strategy<Value = (String, f64, &'static str)> {
    let units = prop::sample::select(vec!["个", "家", "人", "亿元", "万吨", "%", "公里", "项"]);
    (1u32..100_000, 0u32..10, units).prop_map(|(whole, tenth, unit)| {
        let (value, written) = if tenth == 0 { (f64::from(whole), whole.to_string()) } else { (f64::from(whole) + f64::from(tenth) / 10.0, format!("{whole}.{tenth}")) };
        let value = match unit {
            "亿元" => (value * 10.0).round() * 1e7,
            "万吨" => (value * 10.0).round() * 1e3,
            _ => value,
        };
        (format!("{written}{unit}"), value, unit)
    })
}

fn filler() -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(prop::sample::select(FILLER.to_vec()), 0..4)
}

proptest! {
    #[test]
    fn a_figure_in_prose_is_found_with_its_value(
        before in filler(),
        after in filler(),
        (written, value, _unit) in figure(),
    ) {
        let mut text = before.join("，");
        if !text.is_empty() { text.push('，'); }
        text.push_str("全市新增");
        text.push_str(&written);
        for clause in &after { text.push('，'); text.push_str(clause); }
        text.push('。');
        let report = extract(&text);
        prop_assert_eq!(report.figures.len(), 1, "{}", text);
        prop_assert_eq!(&report.figures[0].text, &written);
        prop_assert!((report.figures[0].value - value).abs() <= value.abs() * 1e-12, "{} vs {}", report.figures[0].value, value);
    }

    #[test]
    fn unrelated_clauses_change_no_figure(
        figures in prop::collection::vec(figure(), 1..5),
        inserts in prop::collection::vec(filler(), 5),
    ) {
        let plain: Vec<String> = figures.iter().map(|(w, _, _)| format!("新增{w}")).collect();
        let text = plain.join("，");
        let mut padded = String::new();
        for (i, clause) in plain.iter().enumerate() {
            for filler in &inserts[i % inserts.len()] {
                padded.push_str(filler);
                padded.push('，');
            }
            padded.push_str(clause);
            padded.push('，');
        }
        let a: Vec<f64> = extract(&text).figures.iter().map(|f| f.value).collect();
        let b: Vec<f64> = extract(&padded).figures.iter().map(|f| f.value).collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn any_text_gives_spans_that_hold(text in "\\PC{0,200}") {
        let report = extract(&text);
        for f in &report.figures {
            prop_assert_eq!(&text[f.span], f.text.as_str());
            prop_assert!(f.value.is_finite());
        }
        for r in &report.ranks {
            prop_assert_eq!(&text[r.span], r.text.as_str());
        }
        for p in &report.projects {
            prop_assert_eq!(&text[p.span], p.name.as_str());
        }
    }

    #[test]
    fn report_like_text_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
        "增长", "5", "%", "万", "亿", "元", "个", "，", "。", "、", "分别", "由", "提高到", "第", "位", "排全省", "前", "强",
        "项目", "加快建设", "等", "开工", "一", "十", "百分之", "点", "余", "以上", "“", "”", "(", ")", "\n", "（一）", "一、",
    ]), 0..60)) {
        let text: String = parts.concat();
        let report = extract(&text);
        let json = serde_json::to_string(&report).unwrap();
        let back: zhibiao::Report = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back.figures.len(), report.figures.len());
    }
}
