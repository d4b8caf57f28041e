"""The schema, as a list of migrations; `PRAGMA user_version` counts how many ran.

A new database runs them all; an older one runs the ones it lacks. Each step
is one function so that a step needing Python (folding text for search) sits
beside the SQL steps. Documented for users in `docs/schema.md`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from cds_desktop.store.discrepancies import mark_all

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    file         TEXT NOT NULL,
    title        TEXT,
    published    TEXT,
    text         TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('seed', 'import')),
    imported_at  TEXT
);

CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX sentences_by_article ON sentences(article_id, start);

CREATE TABLE meetings (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    session        INTEGER,
    date           TEXT,
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_inferred  INTEGER NOT NULL DEFAULT 0,
    date_reason    TEXT,
    chair          TEXT,
    bridge_points  TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX meetings_by_date ON meetings(date);

CREATE TABLE meeting_articles (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, article_id)
);
CREATE INDEX meeting_articles_by_article ON meeting_articles(article_id);

CREATE TABLE meeting_evidence (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL
);
CREATE INDEX meeting_evidence_by_meeting ON meeting_evidence(meeting_id, article_id, start);

CREATE TABLE indicators (
    id           TEXT PRIMARY KEY,
    name_vi      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    domain       TEXT NOT NULL DEFAULT '',
    in_catalogue INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE observations (
    id                    INTEGER PRIMARY KEY,
    article_id            INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    indicator_id          TEXT REFERENCES indicators(id),
    label                 TEXT NOT NULL,
    value                 REAL NOT NULL,
    denominator           REAL,
    unit                  TEXT NOT NULL,
    raw                   TEXT NOT NULL,
    start                 INTEGER NOT NULL,
    end                   INTEGER NOT NULL,
    sentence_start        INTEGER NOT NULL,
    sentence_end          INTEGER NOT NULL,
    period                TEXT,
    period_start          TEXT,
    period_end            TEXT,
    period_inferred       INTEGER NOT NULL DEFAULT 0,
    period_evidence_start INTEGER,
    period_evidence_end   INTEGER,
    scope                 TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    qualifier             TEXT,
    rule                  TEXT NOT NULL
);
CREATE INDEX observations_by_indicator ON observations(indicator_id, scope, period_end);
CREATE INDEX observations_by_article ON observations(article_id, start);

CREATE TABLE curations (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    raw            TEXT NOT NULL,
    context_before TEXT NOT NULL,
    context_after  TEXT NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'correct')),
    value          REAL,
    indicator_id   TEXT,
    period         TEXT,
    kind           TEXT,
    scope          TEXT,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    observation_id INTEGER REFERENCES observations(id) ON DELETE SET NULL,
    UNIQUE (content_hash, start, end, raw)
);
CREATE INDEX curations_by_observation ON curations(observation_id);
"""


def _v1_tables(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2_search(conn: sqlite3.Connection) -> None:
    """Full-text search over sentences, on text folded in Python.

    SQLite 3.40's `remove_diacritics 2` does not fold `đ`, so the folded form
    (`search_fold`, same length as the text) is stored and indexed instead.
    Imported here: only an old database needs it, and the window opens its
    database before its first frame, where the text rules are not loaded.
    """
    from cds_desktop.extract.text import search_fold

    conn.execute("ALTER TABLE sentences ADD COLUMN folded TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, text FROM sentences").fetchall()
    conn.executemany(
        "UPDATE sentences SET folded = ? WHERE id = ?", [(search_fold(t), i) for i, t in rows]
    )
    conn.execute(
        "CREATE VIRTUAL TABLE sentences_fts USING fts5("
        "folded, content='sentences', content_rowid='id', tokenize='unicode61')"
    )
    conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")


def _v3_covering_indicator_index(conn: sqlite3.Connection) -> None:
    """`Store.previous_report` walks one indicator and scope backwards in time on
    every click; with the article and start in the index that walk never reads
    the table (about 2 ms instead of 6-10 ms at 10,000 articles)."""
    conn.execute("DROP INDEX observations_by_indicator")
    conn.execute(
        "CREATE INDEX observations_by_indicator"
        " ON observations(indicator_id, scope, period_end, article_id, start)"
    )


def _v4_discrepant_flag(conn: sqlite3.Connection) -> None:
    """Whether a figure disagrees with another article's report, kept up to date by
    builds, imports and curations (`store/discrepancies.py`) instead of grouping
    the whole database when the window first reads a series (1.3 s at 10,000)."""
    conn.execute("ALTER TABLE observations ADD COLUMN discrepant INTEGER NOT NULL DEFAULT 0")
    mark_all(conn)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_tables,
    _v2_search,
    _v3_covering_indicator_index,
    _v4_discrepant_flag,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the steps a database at `from_version` lacks; the caller holds a transaction."""
    for step in MIGRATIONS[from_version:]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
