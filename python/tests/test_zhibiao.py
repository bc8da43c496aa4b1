"""The Python package against the crate: same documents, same CSV columns."""

import json
import pathlib
import subprocess

import pytest

import zhibiao

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "fixtures" / "huludao-2025-excerpt.txt"
INPUTS = ROOT / "fixtures" / "input"


def test_extract_gives_the_fixture_document():
    doc = zhibiao.extract(FIXTURE.read_text(encoding="utf-8"))
    assert doc["schema"] == zhibiao.SCHEMA == "zhibiao/1"
    assert len(doc["figures"]) == 114
    figure = doc["figures"][2]
    assert (figure["text"], figure["value"], figure["unit"]) == ("862万千瓦", 8620000.0, "千瓦")
    assert figure["indicator"] == "清洁能源总装机容量"
    text = FIXTURE.read_bytes()
    for figure in doc["figures"]:
        start, end = figure["span"]["start"], figure["span"]["end"]
        assert text[start:end].decode("utf-8") == figure["text"]


def test_extract_files_reads_every_encoding_and_reports_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\x00\xff\xff")
    paths = [FIXTURE, INPUTS / "huludao-2025-excerpt.gb18030.txt", INPUTS / "huludao-2025-excerpt.html", bad, tmp_path / "missing.txt"]
    docs = zhibiao.extract_files(paths, jobs=2)
    assert [doc["file"] for doc in docs] == [str(p) for p in paths]
    plain, gb, page, bad_doc, missing = docs
    values = [f["value"] for f in plain["figures"]]
    assert [f["value"] for f in gb["figures"]] == values
    assert [f["value"] for f in page["figures"]] == values
    assert "neither UTF-8 nor GB18030" in bad_doc["error"]
    assert "error" in missing and "figures" not in missing


def test_figures_frame_has_the_csv_columns():
    pandas = pytest.importorskip("pandas")
    docs = zhibiao.extract_files([FIXTURE])
    frame = zhibiao.figures_frame(docs)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == [
        "record", "file", "text", "span_start", "span_end", "value", "unit", "dimension", "si_value", "si_unit",
        "bound", "indicator", "measure", "direction", "basis", "target", "period", "concept", "section",
    ]
    assert len(frame) == 114
    assert frame["value"].dtype == "float64" and frame["target"].dtype == bool
    # Section paths stay text: "4" and "4.1", never 4.0.
    assert frame["section"].iloc[0] == "4"
    assert frame.loc[2, "text"] == "862万千瓦"


def test_figures_frame_matches_the_command_csv():
    pytest.importorskip("pandas")
    binary = ROOT / "target" / "release" / "zhibiao"
    if not binary.exists():
        pytest.skip("the zhibiao command is not built")
    csv = subprocess.run([str(binary), "-f", "csv", str(FIXTURE)], capture_output=True, check=True, text=True).stdout
    frame = zhibiao.figures_frame(zhibiao.extract_files([FIXTURE]))
    assert csv.splitlines()[0].split(",") == list(frame.columns)
    assert len(csv.splitlines()) - 1 == len(frame)


def test_a_document_is_json():
    doc = zhibiao.extract("")
    assert json.loads(json.dumps(doc)) == doc
    assert doc["figures"] == []


def test_extract_takes_bytes_as_the_command_decodes_them():
    text = FIXTURE.read_text(encoding="utf-8")
    from_str = zhibiao.extract(text)
    assert zhibiao.extract(FIXTURE.read_bytes()) == from_str
    gb = zhibiao.extract((INPUTS / "huludao-2025-excerpt.gb18030.txt").read_bytes())
    assert [f["value"] for f in gb["figures"]] == [f["value"] for f in from_str["figures"]]
    with pytest.raises(ValueError, match="^input is neither UTF-8 nor GB18030: invalid UTF-8 byte at offset 4$"):
        zhibiao.extract(b"abcd\xff\xff\x00")
    with pytest.raises(TypeError, match="str or bytes"):
        zhibiao.extract(42)


def test_extract_files_refuses_a_bare_str_and_walks_a_directory(tmp_path):
    with pytest.raises(TypeError, match=r"extract_files\(\["):
        zhibiao.extract_files(str(FIXTURE))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "B.TXT").write_text("新增学校3所", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>造林8.2万亩</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("增长5%", encoding="utf-8")
    docs = zhibiao.extract_files(tmp_path)
    assert [pathlib.Path(d["file"]).relative_to(tmp_path).as_posix() for d in docs] == ["a.html", "sub/B.TXT"]
    assert [d["figures"][0]["text"] for d in docs] == ["8.2万亩", "3所"]
    # Directories and files mixed in a list.
    docs = zhibiao.extract_files([FIXTURE, tmp_path / "sub"])
    assert [pathlib.Path(d["file"]).name for d in docs] == [FIXTURE.name, "B.TXT"]
