"""A build extracting in worker processes writes the same database as one that does not."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from cds_desktop.extract import Article, extract_article
from cds_desktop.store import build as build_module
from cds_desktop.store.articles import ArticleFileError
from cds_desktop.store.build import build
from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store

ARTICLES = 24


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, ARTICLES, seed=7)
    return folder


def _stamped(text: str) -> Article:
    """The article, titled with the id of the process that extracted it."""
    return replace(extract_article(text), title=f"{os.getpid()}")


@pytest.fixture(autouse=True)
def single_threaded() -> None:
    """Workers are forked only from a process with no other thread. Earlier
    window tests in this process may have left Qt's pooled worker idling (it
    exits on its own): wait for it, so these tests fork as the CLI does."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
    deadline = time.monotonic() + 10
    while build_module._thread_count() > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert build_module._thread_count() == 1, "another thread keeps running in this process"


def test_no_worker_is_forked_beside_another_thread(corpus: Path) -> None:
    files = build_module.seed_files(corpus)
    jobs = [build_module._Job(p.name, "seed", p) for p in files]
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert build_module._can_fork() is False
        with build_module._prepared(jobs, _stamped, parallel_from=2) as prepared:
            out = list(prepared)
    finally:
        release.set()
        other.join()
    assert {article.title for article, _ in out} == {str(os.getpid())}  # all in this process
    assert [a.text for a, _ in out] == [extract_article(p.read_text("utf-8")).text for p in files]


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index's own tables too), in rowid order."""
    conn = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sentences_fts'"
            )
        ]
        out = {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1, 2').fetchall() for name in names
        }
        out["schema"] = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()
    out["meta"] = [row for row in out["meta"] if row[0] != "built_at"]
    return out


def test_articles_are_read_and_extracted_in_worker_processes_in_order(corpus: Path) -> None:
    files = build_module.seed_files(corpus)
    jobs = [build_module._Job(p.name, "seed", p) for p in files]
    with build_module._prepared(jobs, _stamped, parallel_from=2) as prepared:
        out = list(prepared)
    texts = [p.read_text(encoding="utf-8") for p in files]
    assert [article.text for article, _ in out] == [extract_article(t).text for t in texts]
    assert [digest for _, digest in out] == [hashlib.sha256(p.read_bytes()).digest() for p in files]
    workers = {article.title for article, _ in out} - {str(os.getpid())}
    assert 1 <= len(workers) <= len(os.sched_getaffinity(0))


def test_a_file_a_worker_cannot_read_fails_the_build_naming_it(
    corpus: Path, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(corpus, seeds)
    (seeds / "zz broken.txt").write_bytes(b"\x00\x01\x02 binary")
    db = tmp_path / "cds.sqlite"
    with pytest.raises(ArticleFileError, match=r"zz broken\.txt: the file is binary") as failed:
        build(db, seeds, parallel_from=2)
    assert failed.value.path == seeds / "zz broken.txt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]


def test_a_parallel_build_writes_the_same_rows_as_a_serial_one(
    corpus: Path, tmp_path: Path, seed_dir: Path
) -> None:
    # User work a rebuild carries over: an import and a curation on it.
    user = tmp_path / "user.sqlite"
    import_files(user, [sorted(seed_dir.iterdir())[0]])
    store = Store(user)
    try:
        figure = store.observations()[0]
        store.curate(figure.id, "correct", value=figure.value + 1, note="checked")
    finally:
        store.close()
    dbs = {}
    for way, threshold in (("serial", 10**6), ("parallel", 2)):
        db = tmp_path / f"{way}.sqlite"
        shutil.copy(user, db)
        report = build(db, corpus, parallel_from=threshold)
        assert (report.seeds, report.imports_kept, report.curations) == (ARTICLES, 1, 1)
        assert report.orphaned == 0
        dbs[way] = tables(db)
    serial, parallel = dbs["serial"], dbs["parallel"]
    assert len(serial["articles"]) == ARTICLES + 1
    assert len(serial["observations"]) > 10 * ARTICLES
    assert sorted(serial) == sorted(parallel)
    for name, rows in serial.items():
        assert rows == parallel[name], name
