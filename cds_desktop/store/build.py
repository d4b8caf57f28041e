"""Building the database from the seed articles, atomically, keeping the user's work.

The new database is written to a temporary file beside the target and moved
in place (`os.replace` for a new file, SQLite's backup API over an existing
one, which may be open), so a reader sees either the old database or the new
one, never half of one. The user's imported articles and curations are read
from the old file first and carried over: imports are extracted again from
their stored text, curations anchored again by their quoted characters.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import multiprocessing
import os
import signal
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cds_desktop.extract import EXTRACTOR_VERSION, Article, extract_article
from cds_desktop.store.articles import ARTICLE_SUFFIXES, read_article_and_digest
from cds_desktop.store.catalogue import load_catalogue
from cds_desktop.store.curation import anchor_all
from cds_desktop.store.db import (
    BUSY_TIMEOUT_S,
    StoreError,
    connect,
    known_errors,
    readable_version,
    transaction,
)
from cds_desktop.store.discrepancies import mark_all
from cds_desktop.store.ingest import PreparedArticle, Writer, index_all, prepare, write_catalogue
from cds_desktop.store.schema import SCHEMA_VERSION

Extractor = Callable[[str], Article]
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

# Builds of fewer articles extract in this process: starting workers costs more.
PARALLEL_FROM = 200
# Articles sent to a worker at a time: large enough that the messages cost
# little next to the extraction, small enough that both workers stay busy.
WORKER_CHUNK = 64

_CURATION_COLUMNS = (
    "content_hash, start, end, raw, context_before, context_after, action, value,"
    " indicator_id, period, kind, scope, note, created_at"
)


class BuildCancelled(StoreError):
    """The user stopped the build; the old database is left as it was."""


@dataclass(frozen=True)
class BuildReport:
    path: Path
    seeds: int
    imports_kept: int
    observations: int
    meetings: int
    curations: int
    orphaned: int


@dataclass(frozen=True)
class _UserWork:
    """What a rebuild must carry over from the old database."""

    imports: list[tuple[str, str, str | None]]  # file, text, imported_at
    curations: list[tuple[object, ...]]


def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(p for p in seeds_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)


def seeds_hash(seeds_dir: Path) -> str:
    """A fingerprint of the seed files (names and bytes): a change means rebuild."""
    return _fingerprint(
        (path.name, hashlib.sha256(path.read_bytes()).digest()) for path in seed_files(seeds_dir)
    )


def _fingerprint(files: Iterable[tuple[str, bytes]]) -> str:
    """`seeds_hash` from (file name, SHA-256 of its bytes) pairs in file order."""
    digest = hashlib.sha256()
    for name, file_digest in files:
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(file_digest)
    return digest.hexdigest()


def seeds_stat(seeds_dir: Path) -> str:
    """A cheap fingerprint of the seed files (names, sizes, modification times).

    Reading every seed to hash it takes seconds for a folder of 10,000 files at
    each start; when this one matches the one recorded at build time the
    files are taken as unchanged and `seeds_hash` is not computed.
    """
    digest = hashlib.sha256()
    for path in seed_files(seeds_dir):
        info = path.stat()
        digest.update(f"{path.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _reader(path: Path) -> sqlite3.Connection:
    """A plain connection that only reads: unlike `?mode=ro`, closing it removes the
    `-wal`/`-shm` files of a WAL database instead of leaving them behind."""
    return sqlite3.connect(path)


def stale_reason(db_path: Path, seeds_dir: Path) -> str | None:
    """Why the database must be rebuilt before use, or None when it is current.

    Raises StoreError for a database this version cannot read (a newer one).
    """
    if not db_path.exists():
        return "the database does not exist yet"
    with known_errors(db_path):
        conn = _reader(db_path)
        try:
            version = readable_version(conn, db_path)
            if version < SCHEMA_VERSION:
                return f"its schema is version {version}, this version uses {SCHEMA_VERSION}"
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    if not meta:
        return "it was never built from the seed articles"
    if meta.get("extractor_version") != EXTRACTOR_VERSION:
        return (
            f"it was extracted by version {meta.get('extractor_version')}, "
            f"the extractor is now {EXTRACTOR_VERSION}"
        )
    if meta.get("seeds_stat") == seeds_stat(seeds_dir):
        return None
    if meta.get("seeds_hash") != seeds_hash(seeds_dir):
        return "the seed articles changed"
    return None


def recorded_seeds(db_path: Path) -> Path | None:
    """The seed folder the database was built from, when it still exists.

    A database built with `build --seeds DIR` is kept current against DIR,
    not against the bundled seeds, so opening it does not replace its articles.
    """
    if not db_path.exists():
        return None
    with known_errors(db_path):
        conn = _reader(db_path)
        try:
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
                return None
            row = conn.execute("SELECT value FROM meta WHERE key = 'seeds_dir'").fetchone()
        finally:
            conn.close()
    if row is None or not Path(row[0]).is_dir():
        return None
    return Path(row[0])


def _user_work(db_path: Path) -> _UserWork:
    """Imports and curations of an existing database, read without changing it.

    Both tables are unchanged since schema version 1, so no migration is needed.
    """
    if not db_path.exists():
        return _UserWork([], [])
    with known_errors(db_path):
        conn = _reader(db_path)
        try:
            version = readable_version(conn, db_path)
            if version == 0:
                return _UserWork([], [])
            imports = conn.execute(
                "SELECT file, text, imported_at FROM articles WHERE source = 'import' ORDER BY id"
            ).fetchall()
            curations = conn.execute(
                f"SELECT {_CURATION_COLUMNS} FROM curations ORDER BY id"
            ).fetchall()
        finally:
            conn.close()
    return _UserWork(imports, curations)


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _install(tmp: Path, db_path: Path, work: _UserWork) -> None:
    """Put the built database at `db_path`.

    An existing database may be open in a window. Moving a file over it would
    leave that connection on the old file while its `-wal` (named after the
    path) is replayed into the new one: corruption (sqlite.org/howtocorrupt.html
    2.4). So an existing database takes the new content through SQLite's
    backup API, one write transaction that open connections see like any
    other. Work saved since it was read (an import, a curation) stops the
    build instead of being dropped: it is compared once the backup holds the
    target's write lock (after its first one-page step), so nothing can be
    saved between the check and the copy; raising there rolls the copy back.
    """
    if not db_path.exists():
        try:
            os.replace(tmp, db_path)
        except OSError as exc:
            raise StoreError(f"{db_path}: cannot be replaced: {exc.strerror or exc}") from exc
        return
    checked = False

    def check_work(_status: int, _remaining: int, _total: int) -> None:
        nonlocal checked
        if not checked:
            checked = True
            if _user_work(db_path) != work:
                raise StoreError(
                    f"{db_path}: an import or a curation was saved while it was being "
                    "rebuilt; nothing was replaced, run the build again"
                )

    with known_errors(db_path):
        source = sqlite3.connect(tmp)
        try:
            target = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
            try:
                # In WAL mode the check's reader is not blocked by the copy's lock
                # (an old rollback-journal database would make it wait).
                target.execute("PRAGMA journal_mode = WAL")
                source.backup(target, pages=1, progress=check_work)
            finally:
                target.close()
        finally:
            source.close()
    _remove(tmp)


def build(
    db_path: Path,
    seeds_dir: Path,
    *,
    extract: Extractor = extract_article,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    parallel_from: int = PARALLEL_FROM,
) -> BuildReport:
    """Write a fresh database at `db_path` from `seeds_dir`, keeping imports and curations.

    From `parallel_from` articles on, they are extracted in worker processes
    (`_prepared`); the database is the same either way.
    """
    db_path = Path(db_path)
    if not seeds_dir.is_dir():
        raise StoreError(f"{seeds_dir}: no such folder of seed articles")
    files = seed_files(seeds_dir)
    if not files:
        raise StoreError(f"{seeds_dir}: holds no article files (.txt, .md, .html)")
    if not db_path.parent.is_dir():
        raise StoreError(f"{db_path}: the folder {db_path.parent} does not exist")
    work = _user_work(db_path)
    meta = {
        # Taken before reading: a file changed while being read is seen as changed next time.
        "seeds_stat": seeds_stat(seeds_dir),
        "seeds_dir": str(seeds_dir.resolve()),
        "extractor_version": EXTRACTOR_VERSION,
    }
    jobs = [_Job(path.name, "seed", path) for path in files] + [
        _Job(name, "import", text, at) for name, text, at in work.imports
    ]
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.building")
    _remove(tmp)
    try:
        with _prepared(jobs, extract, parallel_from) as articles:
            stored = _write(
                tmp,
                db_path,
                zip(jobs, articles, strict=True),
                len(jobs),
                work,
                meta,
                progress,
                cancelled,
            )
        _install(tmp, db_path, work)
    except BaseException:
        _remove(tmp)
        raise
    return BuildReport(
        path=db_path,
        seeds=len(files),
        imports_kept=len(work.imports),
        observations=stored.observations,
        meetings=stored.meetings,
        curations=len(work.curations),
        orphaned=stored.orphaned,
    )


@dataclass(frozen=True)
class _Job:
    """One article of a build: a seed file, read by the process that extracts
    it, or an import carried over with its stored text."""

    file: str
    source: str
    content: Path | str
    imported_at: str | None = None


def _run(job: _Job, extract: Extractor) -> tuple[PreparedArticle, bytes | None]:
    """The job's article ready to write, and the SHA-256 of a seed file's bytes."""
    if isinstance(job.content, Path):
        text, digest = read_article_and_digest(job.content)
        return prepare(extract(text)), digest
    return prepare(extract(job.content)), None


@dataclass(frozen=True)
class _Stored:
    observations: int
    meetings: int
    orphaned: int


def _write(
    tmp: Path,
    db_path: Path,
    articles: Iterable[tuple[_Job, tuple[PreparedArticle, bytes | None]]],
    total: int,
    work: _UserWork,
    meta: dict[str, str],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> _Stored:
    """Write the build file `tmp`: the articles, then their indexes, curations and flags."""
    conn = connect(tmp, create=True)
    try:
        _bulk_mode(conn)
        with known_errors(tmp), transaction(conn):
            write_catalogue(conn, load_catalogue())
            indexes = _drop_indexes(conn)
            writer = Writer(conn, index_text=False)
            seeds: list[tuple[str, bytes]] = []
            for done, (job, (article, digest)) in enumerate(articles):
                if cancelled is not None and cancelled():
                    raise BuildCancelled(f"{db_path}: build cancelled; nothing was changed")
                if progress is not None:
                    progress(done, total, job.file)
                writer.add(article, file=job.file, source=job.source, imported_at=job.imported_at)
                if digest is not None:
                    seeds.append((job.file, digest))
            for sql in indexes:
                conn.execute(sql)
            index_all(conn)
            if progress is not None:
                progress(total, total, "")
            conn.executemany(
                f"INSERT INTO curations ({_CURATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                work.curations,
            )
            orphaned = anchor_all(conn)
            mark_all(conn)
            built_at = datetime.now(UTC).isoformat(timespec="seconds")
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("seeds_hash", _fingerprint(seeds)), *meta.items(), ("built_at", built_at)],
            )
        observations, meetings = conn.execute(
            "SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM meetings)"
        ).fetchone()
        # Back to the journal every database of this application uses.
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return _Stored(observations, meetings, orphaned)


def _bulk_mode(conn: sqlite3.Connection) -> None:
    """Write the temporary build file as fast as SQLite can.

    It is not the user's database: it is swapped in only once complete
    (`_install`) and deleted on any failure, so a crash mid-build has nothing
    to protect. The journal stays in memory (ROLLBACK still works) and
    nothing waits for the disk. A bigger page cache did not help: with
    nothing synced, the operating system's cache serves (measured at 10,000
    articles: the same CPU time, 533 MB instead of 165 MB resident).
    Foreign keys go unchecked (a quarter of the insert time): every row the
    build writes refers to one it wrote just before (its article, its
    meeting, an indicator inserted ahead of its figures).
    """
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the schema's own indexes; their SQL, to create them again after the load.

    Building an index once from the loaded rows (a sort) costs less than
    keeping it up to date row by row. The unique constraints' indexes stay:
    the load relies on `content_hash` being unique.
    """
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " ORDER BY rowid"
    ).fetchall()
    for name, _ in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


_worker_extract: Extractor | None = None


def _start_worker(extract: Extractor) -> None:
    global _worker_extract
    _worker_extract = extract
    # Ctrl-C reaches the whole process group: the build's own process stops
    # the workers and removes its file; each worker printing a traceback
    # would only bury the message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_in_worker(job: _Job) -> tuple[PreparedArticle, bytes | None]:
    assert _worker_extract is not None
    return _run(job, _worker_extract)


def _can_fork() -> bool:
    """Whether worker processes may be forked from this one.

    Forking copies the extractor and its loaded rules for free and accepts
    any extractor (a closure cannot be pickled), but a process with other
    threads (the window's) could fork while one of them holds a lock; the
    build then stays in this process.
    """
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and _thread_count() == 1
        and len(os.sched_getaffinity(0)) > 1
    )


def _thread_count() -> int:
    """Threads of this process as the kernel counts them.

    `threading.active_count()` sees only Python's own threads, not Qt's (a
    `QThreadPool` keeps an idle worker alive for half a minute), and a fork
    beside one of those can hang the child on a lock it held.
    """
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


@contextlib.contextmanager
def _prepared(
    jobs: Sequence[_Job], extract: Extractor, parallel_from: int
) -> Iterator[Iterator[tuple[PreparedArticle, bytes | None]]]:
    """The jobs read, extracted and prepared for writing (`_run`), in order.

    From `parallel_from` jobs on, one worker process per core runs them in
    chunks while this process writes; fewer are not worth a process start.
    Either way the same articles come out in the same order, so the database
    is the same. A file that cannot be read raises when its turn comes.
    """
    if len(jobs) < parallel_from or not _can_fork():
        yield (_run(job, extract) for job in jobs)
        return
    # The first job runs here: that loads the rules and their vocabularies
    # once, before the fork, instead of once in every worker.
    first = _run(jobs[0], extract)
    workers = len(os.sched_getaffinity(0))
    chunk = max(1, min(WORKER_CHUNK, len(jobs) // (4 * workers)))
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start_worker, initargs=(extract,)) as pool:
        yield itertools.chain([first], pool.imap(_prepare_in_worker, jobs[1:], chunksize=chunk))
