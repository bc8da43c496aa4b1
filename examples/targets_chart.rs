//! Draws the targets table: the national GDP growth target against the
//! growth the next report gives, for every year of the national reports,
//! and the 2026 GDP growth targets of the provinces.
//!
//! ```text
//! cargo run --release --example targets_chart -- [NATIONAL_DIR] [PROVINCIAL_DIR] [--output DIR]
//! ```
//!
//! The defaults are `../shared/corpus/national`,
//! `../shared/corpus/provincial-2026` and `target/charts` (the README's
//! copies in `docs/` are written only when asked: `--output docs`); the
//! charts are `national-gdp-targets.svg` and
//! `provincial-gdp-targets-2026.svg`.

use std::error::Error;
use std::path::{Path, PathBuf};

use plotters::prelude::*;
use zhibiao::{Target, TargetBound, TargetTable};

/// The targets table of the `.txt` reports in `dir`.
fn table(dir: &Path) -> Result<Vec<Target>, Box<dyn Error>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let mut table = TargetTable::default();
    for path in &paths {
        let text = std::fs::read_to_string(path)?;
        let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        table.add(&name, &text, &zhibiao::extract(&text));
    }
    Ok(table.rows())
}

/// The GDP (before 1994, GNP) growth target rows, one per year.
fn growth_targets(rows: &[Target]) -> Vec<&Target> {
    let mut growth: Vec<&Target> = rows.iter().filter(|r| r.unit == "%" && (r.concept == "gdp" || r.concept == "gnp")).collect();
    growth.sort_by_key(|r| (r.year, r.concept != "gdp"));
    growth.dedup_by_key(|r| r.year);
    growth
}

/// The low and high end a target row draws: `over` as a short rise above
/// its floor, `under` below its ceiling.
fn ends(row: &Target) -> Option<(f64, f64)> {
    match row.bound {
        TargetBound::Over => row.low.map(|low| (low, low + 0.25)),
        TargetBound::Under => row.high.map(|high| (high - 0.25, high)),
        _ => Some((row.low?, row.high?)),
    }
}

const TARGET: RGBColor = RGBColor(31, 119, 180);
const OUTCOME: RGBColor = RGBColor(214, 39, 40);

fn national(rows: &[Target], out: &Path) -> Result<(), Box<dyn Error>> {
    let growth = growth_targets(rows);
    let years: Vec<i32> = growth.iter().filter_map(|r| r.year).collect();
    let (first, last) = (years.iter().min().copied().unwrap_or(1990), years.iter().max().copied().unwrap_or(2026));
    let root = SVGBackend::new(out, (900, 420)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("全国国内生产总值（1992—1993年为国民生产总值）增长：目标与下一年报告的实际 (%)", ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .build_cartesian_2d(f64::from(first - 1)..f64::from(last + 1), 0.0..15.0)?;
    chart.configure_mesh().x_labels(12).y_labels(8).x_label_formatter(&|y| format!("{y:.0}")).draw()?;
    for row in &growth {
        let (Some(year), Some((low, high))) = (row.year, ends(row)) else { continue };
        let year = f64::from(year);
        chart.draw_series(std::iter::once(Rectangle::new([(year - 0.35, low - 0.08), (year + 0.35, high + 0.08)], TARGET.filled())))?;
        if row.bound == TargetBound::Over {
            chart.draw_series(std::iter::once(Text::new("▲", (year - 0.3, high + 0.7), ("sans-serif", 10).into_font().color(&TARGET))))?;
        }
    }
    let outcomes: Vec<(f64, f64)> = growth.iter().filter_map(|r| Some((f64::from(r.year?), r.outcome?))).collect();
    chart
        .draw_series(outcomes.iter().map(|&(year, value)| Circle::new((year, value), 4, OUTCOME.filled())))?
        .label("实际（下一年报告）")
        .legend(|(x, y)| Circle::new((x + 10, y), 4, OUTCOME.filled()));
    chart
        .draw_series(std::iter::empty::<Circle<(f64, f64), i32>>())?
        .label("目标（区间、左右、以上▲）")
        .legend(|(x, y)| Rectangle::new([(x + 4, y - 6), (x + 16, y + 6)], TARGET.filled()));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .border_style(BLACK.mix(0.3))
        .background_style(WHITE.mix(0.9))
        .draw()?;
    root.present()?;
    Ok(())
}

fn provincial(rows: &[Target], out: &Path) -> Result<(), Box<dyn Error>> {
    let gdp = rows.iter().filter(|r| r.unit == "%" && r.concept == "gdp");
    let mut growth: Vec<(&str, &Target)> = gdp.filter_map(|r| Some((r.region.as_deref()?, r))).collect();
    growth.sort_by(|a, b| {
        let key = |r: &Target| ends(r).map_or(0.0, |(low, high)| low + high);
        key(a.1).total_cmp(&key(b.1)).then(a.0.cmp(b.0))
    });
    growth.dedup_by_key(|(region, _)| *region);
    let count = growth.len() as i32;
    let root = SVGBackend::new(out, (760, 40 + 22 * count.max(1) as u32 + 60)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("2026年各省（区、市）地区生产总值增长目标 (%)", ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(30)
        .y_label_area_size(130)
        .build_cartesian_2d(3.5..8.0, -1.0..f64::from(count))?;
    let label = |y: &f64| {
        let i = y.round();
        let region = (i >= 0.0 && (y - i).abs() < 0.01).then(|| growth.get(i as usize)).flatten();
        region.map_or(String::new(), |(region, _)| region.to_string())
    };
    chart.configure_mesh().y_labels(usize::try_from(count).unwrap_or(0) * 2 + 3).y_label_formatter(&label).disable_y_mesh().x_labels(10).draw()?;
    for (i, (_, row)) in growth.iter().enumerate() {
        let Some((low, high)) = ends(row) else { continue };
        let y = i as f64;
        chart.draw_series(std::iter::once(Rectangle::new([(low - 0.02, y - 0.3), (high + 0.02, y + 0.3)], TARGET.filled())))?;
        chart.draw_series(std::iter::once(Text::new(row.text.clone(), (high + 0.08, y + 0.25), ("sans-serif", 12).into_font())))?;
    }
    root.present()?;
    Ok(())
}

/// The arguments: the two corpus folders, and `--output DIR`.
fn arguments() -> Result<(PathBuf, PathBuf, PathBuf), String> {
    let (mut dirs, mut out) = (Vec::new(), PathBuf::from("target/charts"));
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--output" || arg == "-o" {
            out = args.next().map(PathBuf::from).ok_or("--output needs a directory")?;
        } else if arg.to_string_lossy().starts_with('-') {
            return Err(format!("unknown option {}; usage: targets_chart [NATIONAL_DIR] [PROVINCIAL_DIR] [--output DIR]", arg.to_string_lossy()));
        } else {
            dirs.push(PathBuf::from(arg));
        }
    }
    let mut dirs = dirs.into_iter();
    let national = dirs.next().unwrap_or_else(|| PathBuf::from("../shared/corpus/national"));
    let provincial = dirs.next().unwrap_or_else(|| PathBuf::from("../shared/corpus/provincial-2026"));
    Ok((national, provincial, out))
}

fn charts() -> Result<(), Box<dyn Error>> {
    let (national_dir, provincial_dir, out) = arguments()?;
    std::fs::create_dir_all(&out)?;
    let national_svg = out.join("national-gdp-targets.svg");
    let provincial_svg = out.join("provincial-gdp-targets-2026.svg");
    national(&table(&national_dir).map_err(|err| format!("{}: {err}", national_dir.display()))?, &national_svg)?;
    provincial(&table(&provincial_dir).map_err(|err| format!("{}: {err}", provincial_dir.display()))?, &provincial_svg)?;
    println!("wrote {} and {}", national_svg.display(), provincial_svg.display());
    Ok(())
}

fn main() -> std::process::ExitCode {
    match charts() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("targets_chart: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
