//! Measures how often zhibiao reads numbers and quantities as other
//! projects' own test suites expect:
//! `cargo run --release --example external_agreement [DIR]`, where DIR holds
//! the suites as in `../shared/external` (the default): cn2an, JioNLP,
//! chinese2digits, chinese-number, Duckling, WeTextProcessing and
//! Recognizers-Text. Each suite is read on the subset that shares zhibiao's
//! meaning of a figure; prints agreement per suite and every case read with
//! another value. `EXTERNAL.md` explains the deliberate differences.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;
use zhibiao::{Bound, Figure};

/// What a case says the text holds.
enum Expect {
    /// A numeral, read as a count in `新增{input}个。`.
    Count(f64),
    /// A figure of the text itself: its value in `unit`, and a bound if said.
    Measure { value: f64, unit: Unit, bound: Option<Bound> },
    /// Two figures, the ends of a range.
    Range { low: f64, high: f64, unit: Unit },
    /// No number at all.
    Nothing,
}

/// How a figure's value is compared: in a base unit of [`Figure::si`], or
/// as written in a unit of [`Figure::unit`].
#[derive(Clone, Copy)]
enum Unit {
    Si(&'static str, f64),
    Named(&'static str, f64),
    /// Any figure, by its value as a plain number (percents in hundredths).
    Any,
    /// Any figure, by its value as written (percents in percent).
    AnyPercent,
}

impl Unit {
    /// The figure's value in this unit's terms, if it is of this unit.
    fn value_of(self, figure: &Figure) -> Option<f64> {
        match self {
            Unit::Si(base, per) => figure.si.as_ref().filter(|si| si.unit == base).map(|si| si.value / per),
            Unit::Named(name, per) => (figure.unit == name).then_some(figure.value / per),
            Unit::Any => Some(plain_value(figure)),
            Unit::AnyPercent => Some(figure.value),
        }
    }
}

/// One case of a suite.
struct Case {
    input: String,
    expect: Expect,
}

/// How the cases of a suite came out.
#[derive(Default)]
struct Tally {
    agree: usize,
    miss: usize,
    differ: Vec<String>,
    skipped: usize,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn values(figures: &[Figure]) -> Vec<f64> {
    figures.iter().map(plain_value).collect()
}

/// A figure's value as a plain number: a percent (and a fraction, which
/// zhibiao reads as one: 二分之一 = 50 %) in hundredths.
fn plain_value(figure: &Figure) -> f64 {
    if figure.unit == "%" { figure.value / 100.0 } else { figure.value }
}

impl Tally {
    fn judge(&mut self, case: &Case) {
        let input = &case.input;
        match &case.expect {
            Expect::Count(want) => {
                let figures = zhibiao::extract(&format!("新增{input}个。")).figures;
                match figures.as_slice() {
                    [one] if close(plain_value(one), *want) => self.agree += 1,
                    [] => self.miss += 1,
                    found => self.differ.push(format!("{input}: want {want}, read {:?}", values(found))),
                }
            }
            Expect::Nothing => {
                let figures = zhibiao::extract(&format!("新增{input}个。")).figures;
                if figures.is_empty() {
                    self.agree += 1;
                } else {
                    self.differ.push(format!("{input}: want no number, read {:?}", values(&figures)));
                }
            }
            Expect::Measure { value, unit, bound } => {
                let figures = zhibiao::extract(input).figures;
                let of_unit: Vec<(f64, Bound)> = figures.iter().filter_map(|f| unit.value_of(f).map(|v| (v, f.bound))).collect();
                let right = |&(v, b): &(f64, Bound)| close(v, *value) && bound.is_none_or(|want| want == b);
                if of_unit.iter().any(right) {
                    self.agree += 1;
                } else if of_unit.is_empty() {
                    self.miss += 1;
                } else {
                    self.differ.push(format!("{input}: want {value} {bound:?}, read {of_unit:?}"));
                }
            }
            Expect::Range { low, high, unit } => {
                let figures = zhibiao::extract(input).figures;
                let of_unit: Vec<f64> = figures.iter().filter_map(|f| unit.value_of(f)).collect();
                let is_end = |v: &f64| close(*v, *low) || close(*v, *high);
                if of_unit.iter().any(|&v| close(v, *low)) && of_unit.iter().any(|&v| close(v, *high)) {
                    self.agree += 1;
                } else if of_unit.iter().all(is_end) {
                    self.miss += 1; // one end, or none, read
                } else {
                    self.differ.push(format!("{input}: want {low}–{high}, read {of_unit:?}"));
                }
            }
        }
    }

    fn print(&self, suite: &str) {
        let judged = self.agree + self.miss + self.differ.len();
        println!(
            "{suite}: {} of {judged} agree ({:.1}%), {} not read, {} read differently, {} skipped",
            self.agree,
            100.0 * self.agree as f64 / judged.max(1) as f64,
            self.miss,
            self.differ.len(),
            self.skipped
        );
        for line in &self.differ {
            println!("    {line}");
        }
    }
}

fn jsonl(dir: &Path, suite: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(dir.join(suite).join("cases.jsonl")).unwrap_or_default();
    text.lines().filter_map(|line| serde_json::from_str(line).ok()).collect()
}

fn number(text: &str) -> Option<f64> {
    text.trim().replace(',', "").parse().ok()
}

/// cn2an: a numeral, read as a count (its `direct` mode spells digits, not numbers).
fn cn2an(dir: &Path) -> (Vec<Case>, usize) {
    let mut skipped = 0;
    let mut out = Vec::new();
    for case in jsonl(dir, "cn2an") {
        let suite = case["suite"].as_str().unwrap_or_default();
        if !suite.starts_with("cn2an.cn2an:") || suite.ends_with(":direct") {
            skipped += 1;
            continue;
        }
        let input = case["input"].as_str().unwrap_or_default().to_string();
        let expect = case["expect"]["value"].as_f64().map_or(Expect::Nothing, Expect::Count);
        out.push(Case { input, expect });
    }
    (out, skipped)
}

/// JioNLP's money parser: value and bound of a money figure (ranges skipped).
fn jionlp(dir: &Path) -> (Vec<Case>, usize) {
    let mut skipped = 0;
    let mut out = Vec::new();
    for case in jsonl(dir, "jionlp") {
        let expect = &case["expect"];
        let (Some(num), Some(definition)) = (expect["num"].as_str().and_then(number), expect["definition"].as_str()) else {
            skipped += 1; // ranges (3000多欧元 → [3000, 4000]) and extraction cases
            continue;
        };
        let bound = match definition {
            "blur" => Bound::About,
            "blur+" => Bound::Over,
            "blur-" => Bound::Under,
            _ => Bound::Exact,
        };
        let unit = match expect["case"].as_str() {
            Some("元") => Unit::Named("元", 1.0),
            Some("美元") => Unit::Named("美元", 1.0),
            Some("欧元") => Unit::Named("欧元", 1.0),
            Some("港元") => Unit::Named("港元", 1.0),
            Some("日元") => Unit::Named("日元", 1.0),
            Some("英镑") => Unit::Named("英镑", 1.0),
            _ => {
                skipped += 1;
                continue;
            }
        };
        let input = case["input"].as_str().unwrap_or_default().to_string();
        out.push(Case { input, expect: Expect::Measure { value: num, unit, bound: Some(bound) } });
    }
    (out, skipped)
}

/// chinese2digits: each numeral it finds, read as a count (its percents are
/// fractions and its `百四` is 4 %: skipped).
fn chinese2digits(dir: &Path) -> (Vec<Case>, usize) {
    let mut skipped = 0;
    let mut out = Vec::new();
    for case in jsonl(dir, "chinese2digits") {
        let expect = &case["expect"];
        let surfaces = expect["CHNumberStringList"].as_array().cloned().unwrap_or_default();
        let digits = expect["digitsStringList"].as_array().cloned().unwrap_or_default();
        for (surface, digits) in surfaces.iter().zip(&digits) {
            let (Some(surface), Some(value)) = (surface.as_str(), digits.as_str().and_then(number)) else {
                skipped += 1;
                continue;
            };
            out.push(Case { input: surface.to_string(), expect: Expect::Count(value) });
        }
    }
    (out, skipped)
}

static RUST_TEST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"test(?:_float)?!\((-?[0-9][0-9_.]*)(?:f32|f64|[iu][0-9]+)?,\s*"([^"]+)"\)"#).expect("valid regex"));

/// chinese-number: its numeral tests with a literal value, read as counts
/// (the type-range edges and error cases are skipped).
fn chinese_number(dir: &Path) -> (Vec<Case>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    for file in ["chinese_to_number.rs", "functions_test.rs"] {
        let text = std::fs::read_to_string(dir.join("chinese-number").join(file)).unwrap_or_default();
        skipped += text.matches("test_err!").count() + text.matches("::M").count();
        for caps in RUST_TEST.captures_iter(&text) {
            if let Some(value) = number(&caps[1].replace('_', "")) {
                out.push(Case { input: caps[2].to_string(), expect: Expect::Count(value) });
            }
        }
    }
    (out, skipped)
}

static DUCKLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(simple|above|under) (\w+) \(?(-?[0-9.]+)\)?|between (\w+) \((-?[0-9.]+), (-?[0-9.]+)\)|NumeralValue \(?(-?[0-9.]+)\)?|DurationData (\d+) (\w+))")
        .expect("valid regex")
});

/// The units of Duckling and Recognizers-Text that a report writes, in
/// zhibiao's terms (feet, miles, gallons and the like are not).
fn unit_named(name: &str) -> Option<Unit> {
    Some(match name {
        "Metre" | "Meter" => Unit::Si("m", 1.0),
        "Centimetre" | "Centimeter" => Unit::Si("m", 0.01),
        "Kilometre" | "Kilometer" => Unit::Si("m", 1000.0),
        "Millimeter" => Unit::Si("m", 0.001),
        "Litre" | "Liter" => Unit::Si("m3", 0.001),
        "Millilitre" => Unit::Si("m3", 1e-6),
        "Gram" => Unit::Si("kg", 0.001),
        "Kilogram" => Unit::Si("kg", 1.0),
        "Ton" => Unit::Si("kg", 1000.0),
        "Mu" => Unit::Si("m2", 10_000.0 / 15.0),
        "Square kilometer" => Unit::Si("m2", 1e6),
        "Square meter" => Unit::Si("m2", 1.0),
        "Second" => Unit::Si("s", 1.0),
        "Minute" => Unit::Si("s", 60.0),
        "Hour" => Unit::Si("s", 3600.0),
        "Day" => Unit::Si("s", 86_400.0),
        "Dollar" | "Chinese yuan" | "CNY" => Unit::Named("元", 1.0),
        "Cent" => Unit::Named("元", 0.01),
        "HKD" | "Hong Kong dollar" => Unit::Named("港元", 1.0),
        "United States dollar" => Unit::Named("美元", 1.0),
        "Euro" => Unit::Named("欧元", 1.0),
        "Celsius" | "C" => Unit::Named("℃", 1.0),
        _ => return None,
    })
}

/// Duckling: numerals as counts; money, distance, volume, mass and
/// durations as measures; time and ordinals skipped.
fn duckling(dir: &Path) -> BTreeMap<String, (Vec<Case>, usize)> {
    let mut suites: BTreeMap<String, (Vec<Case>, usize)> = BTreeMap::new();
    for case in jsonl(dir, "duckling") {
        let name = case["suite"].as_str().unwrap_or_default().rsplit('.').next().unwrap_or_default().to_string();
        let entry = suites.entry(name).or_default();
        let haskell = case["expect"]["haskell"].as_str().unwrap_or_default();
        let input = case["input"].as_str().unwrap_or_default().to_string();
        let num = |i: usize, caps: &regex::Captures| caps.get(i).and_then(|m| number(m.as_str()));
        let expect = DUCKLING.captures(haskell).and_then(|caps| {
            if let Some(value) = num(7, &caps) {
                return Some(Expect::Count(value));
            }
            if let (Some(value), Some(unit)) = (num(8, &caps), caps.get(9)) {
                return unit_named(unit.as_str()).map(|unit| Expect::Measure { value, unit, bound: None });
            }
            if let (Some(low), Some(high), Some(unit)) = (num(5, &caps), num(6, &caps), caps.get(4)) {
                return unit_named(unit.as_str()).map(|unit| Expect::Range { low, high, unit });
            }
            let bound = match caps.get(1)?.as_str() {
                "above" => Bound::Over,
                "under" => Bound::Under,
                _ => Bound::Exact,
            };
            Some(Expect::Measure { value: num(3, &caps)?, unit: unit_named(caps.get(2)?.as_str())?, bound: Some(bound) })
        });
        match expect {
            Some(expect) => entry.0.push(Case { input, expect }),
            None => entry.1 += 1,
        }
    }
    suites.retain(|_, (cases, _)| !cases.is_empty());
    suites
}

static WETEXT_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(-?[0-9]+(?:\.[0-9]+)?)(?:(万|亿)([0-9]+)?)?").expect("valid regex"));

/// WeTextProcessing: the value its rewrite gives a numeral (`1亿2300人` is
/// 100 002 300); plain numbers as counts, measures as the first figure.
/// Ranges (`3~5万`), digit strings (`110`, phone numbers), dates and
/// sentence rewrites are skipped.
fn wetext(dir: &Path) -> (Vec<Case>, usize) {
    let mut skipped = 0;
    let mut out = Vec::new();
    for case in jsonl(dir, "wetextprocessing") {
        let suite = case["suite"].as_str().unwrap_or_default();
        let input = case["input"].as_str().unwrap_or_default();
        let output = case["expect"]["output"].as_str().unwrap_or_default();
        let kind = suite.rsplit('.').next().unwrap_or_default();
        let parsed = WETEXT_NUMBER.captures(output).and_then(|caps| {
            let base = number(&caps[1])?;
            let scale = match caps.get(2).map(|m| m.as_str()) {
                Some("万") => 1e4,
                Some("亿") => 1e8,
                _ => 1.0,
            };
            let rest = caps.get(3).and_then(|m| number(m.as_str())).unwrap_or(0.0);
            Some((base * scale + rest, caps[0].len()))
        });
        let plain = matches!(kind, "cardinal" | "number");
        let usable = matches!(kind, "cardinal" | "number" | "measure" | "money") && !output.contains(['~', '/', '-', ':']);
        match parsed.filter(|_| usable) {
            Some((value, len)) if plain && len == output.len() && !input.starts_with('幺') => {
                out.push(Case { input: input.to_string(), expect: Expect::Count(value) })
            }
            Some((value, len)) if !plain => {
                let unit = match output[len..].trim_start() {
                    u if u.starts_with('%') => Unit::Named("%", 1.0),
                    u if u.starts_with("kg") => Unit::Si("kg", 1.0),
                    u if u.starts_with("km") => Unit::Si("m", 1000.0),
                    u if u.starts_with('g') => Unit::Si("kg", 0.001),
                    _ => Unit::Any,
                };
                out.push(Case { input: input.to_string(), expect: Expect::Measure { value, unit, bound: None } })
            }
            _ => skipped += 1,
        }
    }
    (out, skipped)
}

/// Recognizers-Text's results: the value of each, by model.
fn recognizers(dir: &Path, model: &str) -> (Vec<Case>, usize) {
    let path = dir.join("recognizers-text").join(format!("{model}.json"));
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let cases: Vec<Value> = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or_default();
    let mut skipped = 0;
    let mut out = Vec::new();
    for case in cases {
        let input = case["Input"].as_str().unwrap_or_default();
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        if results.is_empty() {
            skipped += 1; // a text that holds no number of this model, in its terms
            continue;
        }
        for result in results {
            let value = result["Resolution"]["value"].as_str().unwrap_or_default();
            let chars: Vec<char> = input.chars().collect();
            let (start, end) = (result["Start"].as_u64().unwrap_or(0) as usize, result["End"].as_u64().unwrap_or(0) as usize);
            let surface: String = chars.get(start..=end.min(chars.len().saturating_sub(1))).map(|s| s.iter().collect()).unwrap_or_default();
            let expect = match model {
                "NumberModel" => number(value).map(Expect::Count).map(|e| (surface.clone(), e)),
                "PercentModel" => value
                    .strip_suffix('%')
                    .and_then(number)
                    .map(|value| (input.to_string(), Expect::Measure { value, unit: Unit::Named("%", 1.0), bound: None })),
                "CurrencyModel" | "DimensionModel" => {
                    let unit = result["Resolution"]["unit"].as_str().and_then(unit_named);
                    number(value).zip(unit).map(|(value, unit)| (input.to_string(), Expect::Measure { value, unit, bound: None }))
                }
                "NumberRangeModel" => interval(input, value).map(|e| (input.to_string(), e)),
                _ => None,
            };
            match expect {
                Some((input, expect)) => out.push(Case { input, expect }),
                None => skipped += 1,
            }
        }
    }
    (out, skipped)
}

/// `(1000,1500]`, `(500,)`, `[,20)` as the figures zhibiao gives a range:
/// both ends, or one end with its bound. Numbers without a unit are no
/// figures, so these are read in their text as counts of `个` where the
/// text has none.
fn interval(input: &str, value: &str) -> Option<Expect> {
    let inner = value.get(1..value.len().checked_sub(1)?)?;
    let (low, high) = inner.split_once(',')?;
    // Their percents stay in percent: 百分之零点九 is 0.9.
    let unit = if input.contains("百分") { Unit::AnyPercent } else { Unit::Any };
    match (number(low), number(high)) {
        (Some(low), Some(high)) => Some(Expect::Range { low, high, unit }),
        (Some(low), None) => Some(Expect::Measure { value: low, unit, bound: Some(Bound::Over) }),
        (None, Some(high)) => Some(Expect::Measure { value: high, unit, bound: Some(Bound::Under) }),
        (None, None) => None,
    }
}

fn main() {
    let dir = std::env::args_os().nth(1).map_or_else(|| PathBuf::from("../shared/external"), PathBuf::from);
    if !dir.is_dir() {
        println!("external_agreement: {} not found; nothing to measure", dir.display());
        return;
    }
    let mut suites: Vec<(String, (Vec<Case>, usize))> = vec![
        ("cn2an cn2an() (numerals, as counts)".into(), cn2an(&dir)),
        ("JioNLP parse_money (value and bound)".into(), jionlp(&dir)),
        ("chinese2digits (numerals, as counts)".into(), chinese2digits(&dir)),
        ("chinese-number (numerals, as counts)".into(), chinese_number(&dir)),
        ("WeTextProcessing ITN (values)".into(), wetext(&dir)),
    ];
    for (name, suite) in duckling(&dir) {
        suites.push((format!("Duckling {name}"), suite));
    }
    for model in ["NumberModel", "PercentModel", "CurrencyModel", "DimensionModel", "NumberRangeModel"] {
        suites.push((format!("Recognizers-Text {model}"), recognizers(&dir, model)));
    }
    for (name, (cases, skipped)) in suites {
        let mut tally = Tally { skipped, ..Tally::default() };
        for case in &cases {
            tally.judge(case);
        }
        tally.print(&name);
    }
}
