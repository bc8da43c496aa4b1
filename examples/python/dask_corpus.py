"""Extract a folder of reports with Dask and write one Parquet row per figure.

    python examples/python/dask_corpus.py CORPUS_DIR OUT.parquet [--scheduler ADDRESS]

Each file becomes a document through ``zhibiao.extract`` mapped over a
``dask.bag`` of paths; each document's figures become rows with the columns
of ``zhibiao --format csv`` plus the report's region, level and year; the
rows are written as a Parquet dataset (pyarrow) and a summary per region is
printed. Without ``--scheduler`` Dask's local scheduler runs it on this
machine; with the address of a ``dask.distributed`` scheduler
(``tcp://host:8786``) the same script runs on that cluster, the workers
needing only ``pip install zhibiao`` and the files at the same paths.

Needs ``pip install 'zhibiao[dask]' 'dask[dataframe]'``.
"""

from __future__ import annotations

import argparse
import pathlib
from typing import Any, Dict, List

import dask.bag as db
import pandas

import zhibiao

#: Report files the command reads too.
SUFFIXES = {".txt", ".html", ".htm"}


def read_document(path: str) -> Dict[str, Any]:
    """The document of one file, naming it: UTF-8 text goes to
    ``zhibiao.extract``; pages and other encodings go through the crate's
    own reading of files."""
    if pathlib.Path(path).suffix in {".html", ".htm"}:
        return zhibiao.extract_files([path], jobs=1)[0]
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except UnicodeDecodeError:
        return zhibiao.extract_files([path], jobs=1)[0]
    return {"file": path, **zhibiao.extract(text)}


def figure_rows(document: Dict[str, Any]) -> List[Dict[str, Any]]:
    """One row per figure: the CSV's columns and whose report it is."""
    if "error" in document:
        return []
    about = document.get("about") or {}
    frame = zhibiao.figures_frame(document)
    frame["region"] = about.get("region")
    frame["level"] = about.get("level")
    frame["year"] = about.get("year")
    return frame.astype({"region": "string", "level": "string", "year": "Int64"}).to_dict("records")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--scheduler", help="address of a dask.distributed scheduler; local when not given")
    args = parser.parse_args()
    if args.scheduler:
        from dask.distributed import Client

        Client(args.scheduler)
    paths = sorted(str(p) for p in args.corpus.rglob("*") if p.suffix in SUFFIXES)
    documents = db.from_sequence(paths, npartitions=max(1, min(len(paths), 64))).map(read_document)
    meta = zhibiao.figures_frame(zhibiao.extract(""))
    meta = meta.assign(region=pandas.Series(dtype="string"), level=pandas.Series(dtype="string"), year=pandas.Series(dtype="Int64"))
    figures = documents.map(figure_rows).flatten().to_dataframe(meta=meta)
    figures.to_parquet(args.out, engine="pyarrow", write_index=False)

    table = pandas.read_parquet(args.out)
    summary = (
        table.groupby("region", dropna=False)
        .agg(reports=("file", "nunique"), figures=("value", "size"), targets=("target", "sum"))
        .sort_values("figures", ascending=False)
    )
    print(summary.to_string())
    print(f"{len(paths)} files, {len(table)} figures -> {args.out}")


if __name__ == "__main__":
    main()
