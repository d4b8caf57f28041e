"""Adding the user's own articles.

Every file is read and extracted before the database is opened for writing,
so a file that cannot be read never leaves a half-written database. Two
policies share that code: `import_files` (the command line) imports all the
files or none, naming the first that failed; `import_each` (the window)
stores the good ones and reports every file with its own outcome. Either way
a cancelled run writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.extract import Article, extract_article
from cds_desktop.store.articles import ArticleFileError, read_article
from cds_desktop.store.build import Cancelled, Extractor, Progress
from cds_desktop.store.curation import anchor_all, now_iso
from cds_desktop.store.db import StoreError, connect, known_errors, transaction
from cds_desktop.store.discrepancies import mark_all
from cds_desktop.store.ingest import Writer, prepare


@dataclass(frozen=True)
class ImportReport:
    added: tuple[tuple[Path, int], ...]  # file, new article id
    duplicates: tuple[Path, ...]  # files whose text the database already holds


@dataclass(frozen=True)
class FileResult:
    """What happened to one file: imported, duplicate, failed or cancelled."""

    path: Path
    status: str
    reason: str = ""
    article_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate")


class ImportCancelled(StoreError):
    """The user stopped the import before anything was written."""


def _prepare(path: Path, extract: Extractor) -> Article:
    text = read_article(path)
    try:
        return extract(text)
    except Exception as exc:
        # A failure here is an extractor bug, but the user needs the file named.
        raise ArticleFileError(path, f"the extractor failed on it: {exc!r}") from exc


def _read_all(
    paths: Sequence[Path],
    extract: Extractor,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[Article | ArticleFileError]:
    out: list[Article | ArticleFileError] = []
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            raise ImportCancelled("import cancelled; nothing was changed")
        if progress is not None:
            progress(done, len(paths), path.name)
        try:
            out.append(_prepare(path, extract))
        except ArticleFileError as exc:
            out.append(exc)
    if cancelled is not None and cancelled():
        raise ImportCancelled("import cancelled; nothing was changed")
    if progress is not None:
        progress(len(paths), len(paths), "")
    return out


def _store(db_path: Path, articles: Sequence[tuple[Path, Article]]) -> list[int | None]:
    """Article ids (None for a duplicate) of `articles`, written in one transaction."""
    conn = connect(db_path, create=True)
    try:
        with known_errors(db_path), transaction(conn):
            stamp = now_iso()
            writer = Writer(conn)
            ids = [
                writer.add(prepare(article), file=path.name, source="import", imported_at=stamp)
                for path, article in articles
            ]
            anchor_all(conn)
            mark_all(conn)
    finally:
        conn.close()
    return ids


def import_files(
    db_path: Path,
    paths: Sequence[Path],
    *,
    extract: Extractor = extract_article,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Add all of `paths` to the database (created when missing), or none of them."""
    prepared = _read_all(paths, extract, progress, cancelled)
    for outcome in prepared:
        if isinstance(outcome, ArticleFileError):
            raise outcome
    articles = [(p, a) for p, a in zip(paths, prepared, strict=True) if isinstance(a, Article)]
    ids = _store(db_path, articles)
    return ImportReport(
        added=tuple((p, i) for (p, _), i in zip(articles, ids, strict=True) if i is not None),
        duplicates=tuple(p for (p, _), i in zip(articles, ids, strict=True) if i is None),
    )


def import_each(
    db_path: Path,
    paths: Sequence[Path],
    *,
    extract: Extractor = extract_article,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[FileResult, ...]:
    """Add the readable files of `paths`; one result per path, in order."""
    try:
        prepared = _read_all(paths, extract, progress, cancelled)
    except ImportCancelled:
        return tuple(FileResult(p, "cancelled") for p in paths)
    good = [(p, a) for p, a in zip(paths, prepared, strict=True) if isinstance(a, Article)]
    ids = iter(_store(db_path, good) if good else [])
    results = []
    for path, outcome in zip(paths, prepared, strict=True):
        if isinstance(outcome, ArticleFileError):
            results.append(FileResult(path, "failed", outcome.reason))
            continue
        article_id = next(ids)
        if article_id is None:
            results.append(FileResult(path, "duplicate", "the database already holds this text"))
        else:
            results.append(FileResult(path, "imported", article_id=article_id))
    return tuple(results)
