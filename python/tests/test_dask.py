"""The Dask example over the corpus: as many Parquet rows as CSV figure rows."""

import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
BINARY = ROOT / "target" / "release" / "zhibiao"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
@pytest.mark.skipif(not BINARY.exists(), reason="the zhibiao command is not built")
def test_dask_example_writes_a_row_per_figure(tmp_path):
    pytest.importorskip("dask.dataframe")
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "figures.parquet"
    script = ROOT / "examples" / "python" / "dask_corpus.py"
    run = subprocess.run([sys.executable, str(script), str(CORPUS), str(out)], capture_output=True, text=True, check=True)
    assert "83 files" in run.stdout
    csv = subprocess.run([str(BINARY), str(CORPUS), "-f", "csv"], capture_output=True, text=True).stdout
    figure_rows = sum(1 for line in csv.splitlines() if line.startswith("figure,"))
    table = pandas.read_parquet(out)
    assert len(table) == figure_rows > 10_000
    assert table["file"].nunique() == 83
    assert set(table.loc[table["region"] == "全国", "level"]) == {"national"}
    # The README gives the count; it must stay the count.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    written = re.search(r"corpus reports it writes ([0-9 ]+) rows", readme.replace("\n", " "))
    assert written and int(written.group(1).replace(" ", "")) == len(table), "update the README's Dask row count"
