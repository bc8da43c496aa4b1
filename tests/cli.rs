//! The `zhibiao` command, run as a user runs it, on a temporary directory
//! with good files (UTF-8, GB18030, a saved page), a file that is no text
//! and an empty file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory under the target dir, removed and made anew.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).expect("create scratch dir");
    std::fs::write(dir.join("a.txt"), "全市技术合同成交额5.1亿元,增长14%。").expect("write a.txt");
    std::fs::write(dir.join("sub/b.txt"), "造林8.2万亩，排全省第二位。").expect("write b.txt");
    std::fs::write(dir.join("empty.txt"), "").expect("write empty.txt");
    std::fs::write(dir.join("gbk.txt"), b"\xd4\xec\xc1\xd68.2\xcd\xf2\xc4\xb6").expect("write gbk.txt");
    std::fs::write(dir.join("page.html"), "<title>5%</title><p>信访总量<b>下降</b>26.3%</p>").expect("write page.html");
    std::fs::write(dir.join("binary.txt"), b"\x89PNG\r\n\x1a\n\x00\xff\xff").expect("write binary.txt");
    std::fs::write(dir.join("notes.md"), "增长5%").expect("write notes.md");
    dir
}

fn zhibiao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhibiao")).args(args).output().expect("run zhibiao")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn jsonl_over_a_directory_in_path_order() {
    let dir = scratch("jsonl");
    let output = zhibiao(&[dir.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(output.status.code(), Some(1), "the file that is no text fails the run");
    let lines: Vec<serde_json::Value> =
        stdout(&output).lines().map(|l| serde_json::from_str(l).expect("one JSON record a line")).collect();
    let files: Vec<String> = lines
        .iter()
        .map(|l| Path::new(l["file"].as_str().unwrap()).file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, ["a.txt", "a.txt", "gbk.txt", "page.html", "b.txt", "b.txt"]);
    let records: Vec<&str> = lines.iter().map(|l| l["record"].as_str().unwrap()).collect();
    assert_eq!(records, ["figure", "figure", "figure", "figure", "figure", "rank"]);
    assert_eq!(lines[0]["value"], 510_000_000.0);
    assert_eq!((lines[2]["text"].as_str(), lines[2]["value"].as_f64()), (Some("8.2万亩"), Some(82_000.0)));
    // The page's title is in its head, which is no report text.
    assert_eq!((lines[3]["text"].as_str(), lines[3]["indicator"].as_str()), (Some("26.3%"), Some("信访总量")));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("binary.txt: input is neither UTF-8 nor GB18030: invalid UTF-8 byte at offset 0; skipped"), "{stderr}");
    assert!(stderr.contains("zhibiao: 5 files, 5 figures"), "{stderr}");
    assert!(stderr.contains("1 failed"), "{stderr}");
}

#[test]
fn csv_with_a_bom_to_a_file() {
    let dir = scratch("csv");
    let out = dir.join("out.csv");
    let output = zhibiao(&[
        dir.join("a.txt").to_str().unwrap(),
        dir.join("empty.txt").to_str().unwrap(),
        "-f",
        "csv",
        "--bom",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows[0].starts_with("\u{feff}record,file,text,"));
    assert_eq!(rows.len(), 3);
    assert!(rows[1].contains(",5.1亿元,"));
}

#[test]
fn json_for_one_file_is_the_document() {
    let dir = scratch("json");
    let output = zhibiao(&[dir.join("sub/b.txt").to_str().unwrap(), "-f", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(doc["schema"], "zhibiao/1");
    assert_eq!(doc["ranks"][0]["position"], 2);
}

#[test]
fn json_for_several_files_is_an_array_naming_each() {
    let dir = scratch("json_many");
    let output = zhibiao(&[dir.join("a.txt").to_str().unwrap(), dir.join("sub/b.txt").to_str().unwrap(), "-f", "json", "-j", "1"]);
    let docs: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(docs.len(), 2);
    assert!(docs[0]["file"].as_str().unwrap().ends_with("a.txt"));
    assert_eq!(docs[1]["figures"][0]["unit"], "亩");
}

#[test]
fn stdin_and_a_missing_file() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhibiao"))
        .args(["-", "/no/such/file.txt"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all("信访总量下降26.3%".as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_str(stdout(&output).lines().next().unwrap()).unwrap();
    assert_eq!((line["file"].as_str(), line["value"].as_f64()), (Some("-"), Some(26.3)));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/no/such/file.txt: "));
}

#[test]
fn an_encoding_named_is_kept_to() {
    let dir = scratch("encoding");
    let gbk = dir.join("gbk.txt");
    let output = zhibiao(&[gbk.to_str().unwrap(), "--encoding", "utf-8"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("gbk.txt: input is not UTF-8: invalid byte at offset 0"));
    let output = zhibiao(&[gbk.to_str().unwrap(), "--encoding", "gb18030", "-f", "text"]);
    assert_eq!((output.status.code(), stdout(&output).as_str()), (Some(0), "造林8.2万亩"));
    let output = zhibiao(&[gbk.to_str().unwrap(), "--encoding", "latin1"]);
    assert_eq!(output.status.code(), Some(2), "clap refuses an unknown encoding");
}

#[test]
fn a_page_per_input_into_a_directory() {
    let dir = scratch("pages");
    let pages = dir.join("pages");
    let output = zhibiao(&[dir.join("a.txt").to_str().unwrap(), dir.join("page.html").to_str().unwrap(), "-f", "html", "-o", pages.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let a = std::fs::read_to_string(pages.join("a.html")).unwrap();
    assert_eq!(a.matches("<mark class=\"figure\"").count(), 2);
    let page = std::fs::read_to_string(pages.join("page.html")).unwrap();
    assert!(page.contains(">26.3%</mark>"));
    // Several pages need a directory to go to.
    let output = zhibiao(&[dir.join("a.txt").to_str().unwrap(), dir.join("page.html").to_str().unwrap(), "-f", "html"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_large_input_is_read_in_parts_and_written_whole() {
    // Above the size the command reads a part at a time (16 MB): each line
    // two figures, so every line's figures must come out once, in order.
    let dir = scratch("large");
    let prose = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展取得新成效。".repeat(4);
    let line = format!("{prose}新增企业5家，全年完成投资12.5亿元。\n");
    let lines = (17 << 20) / line.len() + 1;
    let path = dir.join("large.txt");
    std::fs::write(&path, line.repeat(lines)).expect("write large.txt");
    let output = zhibiao(&[path.to_str().unwrap(), "-f", "jsonl", "-j", "1"]);
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 2 * lines);
    let starts: Vec<u64> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("one JSON record a line")["span_start"].as_u64().unwrap())
        .collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "records in text order, none twice");
    let last_line = (lines - 1) * line.len() + prose.len();
    assert_eq!(starts[starts.len() - 1], (last_line + "新增企业5家，全年完成投资".len()) as u64);
}

/// Two folders that each hold a `report.txt`, one also a `report.html`.
fn colliding(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for (file, text) in [("one/report.txt", "新增企业5家。"), ("one/report.html", "<p>新增学校3所。</p>"), ("two/report.txt", "造林8.2万亩。")] {
        std::fs::create_dir_all(dir.join(file).parent().unwrap()).unwrap();
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

#[test]
fn pages_of_several_folders_mirror_their_tree_and_none_is_lost() {
    let dir = colliding("collide_html");
    let pages = dir.join("pages");
    let output = zhibiao(&[dir.join("one").to_str().unwrap(), dir.join("two").to_str().unwrap(), "-f", "html", "-o", pages.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let mut written: Vec<String> = walk_files(&pages).iter().map(|p| p.strip_prefix(&pages).unwrap().to_string_lossy().into_owned()).collect();
    written.sort();
    assert_eq!(written, ["one/report.html.html", "one/report.txt.html", "two/report.html"]);
    assert!(std::fs::read_to_string(pages.join("one/report.html.html")).unwrap().contains(">3所</mark>"));
    assert!(std::fs::read_to_string(pages.join("two/report.html")).unwrap().contains(">8.2万亩</mark>"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("3 files, 3 figures") && String::from_utf8_lossy(&output.stderr).contains("3 pages written"));
}

#[test]
fn texts_of_several_folders_mirror_their_tree_and_never_overwrite_an_input() {
    let dir = colliding("collide_text");
    let texts = dir.join("texts");
    let output = zhibiao(&[dir.to_str().unwrap(), "-f", "text", "-o", texts.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(std::fs::read_to_string(texts.join("one/report.html.txt")).unwrap(), "新增学校3所。\n");
    assert_eq!(std::fs::read_to_string(texts.join("two/report.txt")).unwrap(), "造林8.2万亩。");
    // Written into the inputs' own folder, two's text would be two's input.
    let output = zhibiao(&[dir.join("two").to_str().unwrap(), "-f", "text", "-o", dir.join("two").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("would overwrite an input"));
    assert_eq!(std::fs::read_to_string(dir.join("two/report.txt")).unwrap(), "造林8.2万亩。");
}

#[test]
fn extensions_in_any_letter_case_and_an_empty_run_fails() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("upper");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("none")).unwrap();
    std::fs::write(dir.join("REPORT.TXT"), "新增企业5家。").unwrap();
    std::fs::write(dir.join("PAGE.HTML"), "<p>信访总量下降26.3%</p>").unwrap();
    std::fs::write(dir.join("none/notes.md"), "增长5%").unwrap();
    let output = zhibiao(&[dir.to_str().unwrap(), "-f", "jsonl"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output).lines().count(), 2);
    assert!(String::from_utf8_lossy(&output.stderr).contains("2 files, 2 figures"));
    let output = zhibiao(&[dir.join("none").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no report to read"), "{}", String::from_utf8_lossy(&output.stderr));
    let output = zhibiao(&["targets", dir.join("none").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_output_that_is_a_directory() {
    let dir = scratch("output_dir");
    let a = dir.join("a.txt");
    // One page into an existing directory goes inside it.
    let output = zhibiao(&[a.to_str().unwrap(), "-f", "html", "-o", dir.join("sub").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(dir.join("sub/a.html").is_file());
    // One file of records cannot be a directory: the path and a hint.
    let output = zhibiao(&[a.to_str().unwrap(), "-f", "csv", "-o", dir.join("sub").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("sub: is a directory") && stderr.contains("figures.csv"), "{stderr}");
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk_files(&path));
        } else {
            files.push(path);
        }
    }
    files
}
