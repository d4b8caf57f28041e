"""A build extracting in worker processes writes the same database as one that does not."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import write_corpus
from cds_desktop.extract import Article, extract_article
from cds_desktop.store import build as build_module
from cds_desktop.store.articles import ArticleFileError
from cds_desktop.store.build import build
from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store

ARTICLES = 24
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, ARTICLES, seed=7)
    return folder


def _stamped(text: str) -> Article:
    """The article, titled with the id of the process that extracted it."""
    return replace(extract_article(text), title=f"{os.getpid()}")


def in_fresh_process(call: str) -> Any:
    """Run `call` (an expression using this module) in a new interpreter; its JSON result.

    Workers are forked only from a process with no other thread, as the CLI
    is at a build. This pytest process may hold Qt's threads from the window
    tests by now, so the builds that must use workers run in a child.
    """
    code = f"import json, tests.store.test_parallel_build as t; print(json.dumps({call}))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def prepared_by_process(corpus: str) -> dict[str, object]:
    """Child side: each article's title stamped with the process that made it, and its digest."""
    files = build_module.seed_files(Path(corpus))
    jobs = [build_module._Job(p.name, "seed", p) for p in files]
    with build_module._prepared(jobs, _stamped, parallel_from=2) as prepared:
        out = list(prepared)
    return {
        "pid": os.getpid(),
        "texts": [a.text for a, _ in out],
        "titles": [a.title for a, _ in out],
        "digests": [(d or b"").hex() for _, d in out],
    }


def build_in_child(db: str, seeds: str) -> dict[str, object]:
    """Child side: a build from 2 articles on in workers; the report or the file error."""
    try:
        report = build(Path(db), Path(seeds), parallel_from=2)
    except ArticleFileError as exc:
        return {"error": str(exc), "path": str(exc.path)}
    return {"report": [report.seeds, report.imports_kept, report.curations, report.orphaned]}


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
    out = in_fresh_process(f"t.prepared_by_process({str(corpus)!r})")
    files = build_module.seed_files(corpus)
    texts = [p.read_text(encoding="utf-8") for p in files]
    assert out["texts"] == [extract_article(t).text for t in texts]
    assert out["digests"] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in files]
    workers = set(out["titles"]) - {str(out["pid"])}
    assert 1 <= len(workers) <= len(os.sched_getaffinity(0))


def test_a_file_a_worker_cannot_read_fails_the_build_naming_it(
    corpus: Path, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(corpus, seeds)
    (seeds / "zz broken.txt").write_bytes(b"\x00\x01\x02 binary")
    db = tmp_path / "cds.sqlite"
    failed = in_fresh_process(f"t.build_in_child({str(db)!r}, {str(seeds)!r})")
    assert "zz broken.txt: the file is binary" in failed["error"]
    assert failed["path"] == str(seeds / "zz broken.txt")
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
    for way in ("serial", "parallel"):
        db = tmp_path / f"{way}.sqlite"
        shutil.copy(user, db)
        if way == "serial":
            report = build(db, corpus, parallel_from=10**6)
            counts = [report.seeds, report.imports_kept, report.curations, report.orphaned]
        else:
            counts = in_fresh_process(f"t.build_in_child({str(db)!r}, {str(corpus)!r})")["report"]
        assert counts == [ARTICLES, 1, 1, 0]
        dbs[way] = tables(db)
    serial, parallel = dbs["serial"], dbs["parallel"]
    assert len(serial["articles"]) == ARTICLES + 1
    assert len(serial["observations"]) > 10 * ARTICLES
    assert sorted(serial) == sorted(parallel)
    for name, rows in serial.items():
        assert rows == parallel[name], name
