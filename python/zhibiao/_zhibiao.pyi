"""Type stubs of the native module behind :mod:`zhibiao`."""

from typing import List, Optional, Tuple

SCHEMA: str

def extract_json(text: str) -> str:
    """The JSON document of one text."""

def read_text(data: bytes, html: bool = False) -> str:
    """The text of a file's bytes, decoded as the command decodes them; a page's text with ``html``."""

def extract_files_json(
    paths: List[str], jobs: Optional[int] = None
) -> List[Tuple[str, Optional[str], Optional[str]]]:
    """For each path, in order: the path, its JSON document or None, and the error or None."""

def figures_csv(documents: str) -> str:
    """The figures of a JSON array of documents as the command's CSV."""
