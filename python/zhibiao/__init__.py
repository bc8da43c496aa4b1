"""Every figure of Chinese government work reports (政府工作报告).

zhibiao reads a report's text and returns the document the Rust crate
and the ``zhibiao`` command write as JSON: every figure with its value,
unit, bound, indicator and measure, ranks, named projects, sections, and
whose report it is.

>>> import zhibiao
>>> doc = zhibiao.extract("全市技术合同成交额5.1亿元,增长14%。")
>>> [(f["text"], f["value"], f["indicator"]) for f in doc["figures"]]
[('5.1亿元', 510000000.0, '全市技术合同成交额'), ('14%', 14.0, '全市技术合同成交额')]
"""

from __future__ import annotations

import io
import json
import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Union

from . import _zhibiao

if TYPE_CHECKING:  # pandas is optional
    import pandas

__all__ = ["SCHEMA", "extract", "extract_files", "figures_frame", "read_text"]

#: The schema every document names in its ``schema`` field.
SCHEMA: str = _zhibiao.SCHEMA

Document = Dict[str, Any]


def extract(text: Union[str, bytes]) -> Document:
    """Reads every section, figure, rank and project in ``text``.

    ``text`` is a ``str``, or the ``bytes`` of a file, decoded as the
    command decodes them (see :func:`read_text`). Returns the JSON document
    as a dict; spans are UTF-8 byte offsets into the text: for ``bytes``
    that are UTF-8 the bytes themselves, else the text :func:`read_text`
    returns. Bytes that are no text raise ``ValueError`` naming the offset.

    >>> import zhibiao
    >>> doc = zhibiao.extract("清洁能源总装机容量达862万千瓦")
    >>> figure = doc["figures"][0]
    >>> figure["value"], figure["unit"], figure["si"]
    (8620000.0, '千瓦', {'value': 8620000000.0, 'unit': 'W'})
    >>> doc["schema"] == zhibiao.SCHEMA
    True
    >>> zhibiao.extract("造林8.2万亩".encode("gb18030"))["figures"][0]["text"]
    '8.2万亩'
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = read_text(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"extract takes str or bytes, not {type(text).__name__}")
    return json.loads(_zhibiao.extract_json(text))


def read_text(data: bytes, html: bool = False) -> str:
    """The text of a file's bytes, as the command reads them.

    UTF-8 (with or without a byte order mark), UTF-16 with a byte order
    mark, else GB18030; with ``html``, the text of a saved web page. Bytes
    that are none of them raise ``ValueError`` with the offset of the first
    bad byte.

    >>> import zhibiao
    >>> zhibiao.read_text("新增企业5家".encode("gb18030"))
    '新增企业5家'
    >>> zhibiao.read_text(b"\\x89PNG\\xff\\xff")
    Traceback (most recent call last):
        ...
    ValueError: input is neither UTF-8 nor GB18030: invalid UTF-8 byte at offset 0
    """
    return _zhibiao.read_text(bytes(data), html)


#: What a directory given to :func:`extract_files` is walked for.
_REPORT_EXTENSIONS = (".txt", ".html", ".htm")

Paths = Union["os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


def _report_paths(paths: Paths) -> List[str]:
    """Paths in order, each directory walked for its reports (sorted)."""
    if isinstance(paths, (str, bytes)):
        raise TypeError(
            "extract_files takes a list of paths or a directory as a path object, not a bare "
            f"{type(paths).__name__}: use extract_files([{paths!r}]) or extract_files(pathlib.Path({paths!r}))"
        )
    if isinstance(paths, os.PathLike):
        paths = [paths]
    found: List[str] = []
    for path in paths:
        path = os.fspath(path)
        if os.path.isdir(path):
            walked = []
            for folder, _, files in os.walk(path):
                walked += [os.path.join(folder, f) for f in files if f.lower().endswith(_REPORT_EXTENSIONS)]
            found += sorted(walked)
        else:
            found.append(path)
    return found


def extract_files(paths: Paths, jobs: Optional[int] = None) -> List[Document]:
    """Reads many files in parallel, one document per file, in order.

    ``paths`` is a list of paths, or one directory as a path object; a
    directory (alone or in the list) is walked for ``.txt``, ``.html`` and
    ``.htm`` files in any letter case, in path order, as the command walks
    it. A bare ``str`` raises ``TypeError``: write ``[path]``.

    Files may be UTF-8, UTF-16 with a byte order mark or GB18030; ``.html``
    and ``.htm`` files are read as saved web pages. Each document names its
    ``file``. A file that cannot be read gives ``{"file": ..., "error": ...}``
    instead of raising, so one bad file does not stop a corpus. ``jobs`` is
    the number of threads (all cores when None); the GIL is released while
    reading.

    >>> import zhibiao
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("造林8.2万亩", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"\\xff\\xff")
    >>> a, b = zhibiao.extract_files([folder / "a.txt", folder / "b.txt"], jobs=2)
    >>> a["figures"][0]["value"], b["error"]
    (82000.0, 'input is neither UTF-8 nor GB18030: invalid UTF-8 byte at offset 0')
    >>> [pathlib.Path(d["file"]).name for d in zhibiao.extract_files(folder)]
    ['a.txt', 'b.txt']
    """
    results = _zhibiao.extract_files_json(_report_paths(paths), jobs)
    documents: List[Document] = []
    for path, document, error in results:
        if document is None:
            documents.append({"file": path, "error": error})
        else:
            documents.append({"file": path, **json.loads(document)})
    return documents


#: Column types of the figures frame; the others are text.
_NUMBERS = {"span_start": "int64", "span_end": "int64", "value": "float64", "si_value": "float64"}


def figures_frame(documents: Union[Document, Iterable[Document]]) -> "pandas.DataFrame":
    """One row per figure, with the columns of ``zhibiao --format csv``.

    ``documents`` is one document or many (as from :func:`extract_files`);
    documents holding an ``error`` are passed over. Needs pandas
    (``pip install zhibiao[pandas]``). Text columns are pandas strings
    (missing values ``<NA>``), ``target`` is bool.

    >>> import zhibiao
    >>> frame = zhibiao.figures_frame(zhibiao.extract("全市地区生产总值增长5.2%，新增企业3家"))
    >>> frame[["text", "value", "measure"]].values.tolist()
    [['5.2%', 5.2, 'change'], ['3家', 3.0, 'level']]
    """
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("figures_frame needs pandas: pip install 'zhibiao[pandas]'") from err
    if isinstance(documents, Mapping):
        documents = [documents]
    csv = _zhibiao.figures_csv(json.dumps(list(documents), ensure_ascii=False))
    frame = pandas.read_csv(io.StringIO(csv), dtype="string", keep_default_na=False, na_values=[""])
    for column, kind in _NUMBERS.items():
        frame[column] = frame[column].astype(kind)
    frame["target"] = (frame["target"] == "true").astype(bool)
    return frame
