"""Reading article files (.txt, .md, .html) into the text the store keeps.

HTML is turned into one paragraph a line, the layout the extractor expects:
scripts, styles, frames and other non-text elements are dropped, block
elements end a line, inline ones (`<b>16,5%</b>`) stay inside theirs.
"""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

from cds_desktop.extract.text import TextError, decode_bytes, normalize
from cds_desktop.store.db import StoreError

TEXT_SUFFIXES = (".txt", ".md")
# Far above any news article (the seeds are under 10 kB); a bigger file is a
# mistake (a log, a dump) that would only stall extraction.
MAX_BYTES = 16 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_DROPPED = ("script", "style", "iframe", "noscript", "template", "svg", "object", "embed", "head")
_BLOCKS = (
    "p", "div", "section", "article", "header", "footer", "li", "tr", "table", "blockquote",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol", "dd", "dt",
)  # fmt: skip
_SPACE_RUN = re.compile(r"[ \t\u00a0]+")


def html_to_text(data: bytes) -> str:
    """The readable text of an HTML page, one block a line, title first."""
    # Imported here: BeautifulSoup costs ~0.3-0.5 s to import and the window
    # imports this module (for ARTICLE_SUFFIXES) before its first paint.
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else ""
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = [_SPACE_RUN.sub(" ", line).strip() for line in soup.get_text().split("\n")]
    body = [line for line in lines if line]
    if title and (not body or body[0] != title):
        body.insert(0, title)
    return normalize("\n".join(body))


class ArticleFileError(StoreError):
    """A file that cannot be imported; `reason` says why in words a user can act on."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[ArticleFileError], tuple[Path, str]]:
        # A build's worker process raises it in the process that reports it.
        return (ArticleFileError, (self.path, self.reason))


def read_article(path: Path) -> str:
    """The stored text of an article file, or ArticleFileError naming the file and the problem."""
    return _text_of(path, _read_bytes(path))


def read_article_and_digest(path: Path) -> tuple[str, bytes]:
    """`read_article` and the SHA-256 of the bytes it read, for a build to
    fingerprint the seeds (`build.seeds_hash`) without reading them twice."""
    data = _read_bytes(path)
    return _text_of(path, data), hashlib.sha256(data).digest()


def _read_bytes(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleFileError(path, "not an article file (expected .txt, .md, .html or .htm)")
    try:
        info = path.stat()
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            # Reading a pipe blocks forever and a device (/dev/zero) never ends.
            raise ArticleFileError(path, "not a regular file (a pipe, device or socket)")
        size = info.st_size
        if size > MAX_BYTES:
            raise ArticleFileError(
                path,
                f"too large ({size / 2**20:.1f} MB; an article is at most {MAX_BYTES >> 20} MB)",
            )
        return path.read_bytes()
    except OSError as exc:
        raise ArticleFileError(path, f"cannot be read: {exc.strerror or exc}") from exc


def _text_of(path: Path, data: bytes) -> str:
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            if b"\x00" in data[:8192]:
                raise TextError("the file is binary, not HTML")
            text = html_to_text(data)
            if not text.strip():
                raise TextError("the HTML page holds no readable text")
            return text
        return decode_bytes(data)
    except TextError as exc:
        raise ArticleFileError(path, str(exc)) from exc
