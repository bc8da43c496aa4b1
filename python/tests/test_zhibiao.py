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
