"""Adding the user's own articles, all or nothing.

Every file is read and extracted before the database is opened for writing,
so a file that cannot be read stops the import with the database exactly as
it was (and not created when it did not exist).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.extract import Article, extract_article
from cds_desktop.store.articles import read_article
from cds_desktop.store.build import Cancelled, Extractor, Progress
from cds_desktop.store.curation import anchor_all, now_iso
from cds_desktop.store.db import StoreError, connect, known_errors, transaction
from cds_desktop.store.ingest import add_article


@dataclass(frozen=True)
class ImportReport:
    added: tuple[tuple[Path, int], ...]  # file, new article id
    duplicates: tuple[Path, ...]  # files whose text the database already holds


@dataclass(frozen=True)
class FileResult:
    """What happened to one file of a per-file import (`import_each`)."""

    path: Path
    status: str  # imported | duplicate | failed | cancelled
    reason: str = ""  # why it failed, without the file name
    article_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate")


def _extract(path: Path, text: str, extract: Extractor) -> Article:
    try:
        return extract(text)
    except Exception as exc:
        # A failure here is an extractor bug, but the user needs the file named.
        raise StoreError(f"{path}: the extractor failed on it: {exc!r}") from exc


def import_files(
    db_path: Path,
    paths: Sequence[Path],
    *,
    extract: Extractor = extract_article,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Add `paths` to the database at `db_path` (created when missing)."""
    articles = []
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            raise StoreError("import cancelled; nothing was changed")
        if progress is not None:
            progress(done, len(paths), path.name)
        articles.append((path, _extract(path, read_article(path), extract)))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return _store(db_path, articles)


def import_each(
    db_path: Path,
    paths: Sequence[Path],
    *,
    extract: Extractor = extract_article,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[FileResult, ...]:
    """Like `import_files`, but per file, for the window: a file that cannot be
    read is reported (with the reason) and left out while the others go in.
    A cancel before the write leaves the database exactly as it was."""
    articles: list[tuple[Path, Article]] = []
    failed: dict[Path, str] = {}
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            return tuple(FileResult(p, "cancelled") for p in paths)
        if progress is not None:
            progress(done, len(paths), path.name)
        try:
            articles.append((path, _extract(path, read_article(path), extract)))
        except StoreError as exc:
            failed[path] = str(exc).removeprefix(f"{path}: ")
    if progress is not None:
        progress(len(paths), len(paths), "")
    report = _store(db_path, articles) if articles else ImportReport((), ())
    added = dict(report.added)
    results = []
    for path in paths:
        if path in failed:
            results.append(FileResult(path, "failed", failed[path]))
        elif path in added:
            results.append(FileResult(path, "imported", article_id=added[path]))
        else:
            results.append(FileResult(path, "duplicate"))
    return tuple(results)


def _store(db_path: Path, articles: Sequence[tuple[Path, Article]]) -> ImportReport:
    added: list[tuple[Path, int]] = []
    duplicates: list[Path] = []
    conn = connect(db_path, create=True)
    try:
        with known_errors(db_path), transaction(conn):
            stamp = now_iso()
            for path, article in articles:
                article_id = add_article(
                    conn, article, file=path.name, source="import", imported_at=stamp
                )
                if article_id is None:
                    duplicates.append(path)
                else:
                    added.append((path, article_id))
            anchor_all(conn)
    finally:
        conn.close()
    return ImportReport(tuple(added), tuple(duplicates))
