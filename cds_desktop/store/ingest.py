"""Writing one extracted article into the database.

Shared by the seed build and by imports, so both store an article the same
way: its sentences (folded for search), its figures, and its meeting, joined
to a meeting already reported by another article when they are the same one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

from cds_desktop.extract.model import Article, Figure, Meeting
from cds_desktop.extract.text import search_fold
from cds_desktop.store.catalogue import CatalogueEntry

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}


def content_hash(text: str) -> str:
    """The identity of an article: the same text imported twice is one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_catalogue(conn: sqlite3.Connection, entries: tuple[CatalogueEntry, ...]) -> None:
    conn.executemany(
        "INSERT INTO indicators (id, name_vi, name_en, unit, domain, in_catalogue) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        [(e.id, e.name_vi, e.name_en, e.unit, e.domain) for e in entries],
    )


def add_article(
    conn: sqlite3.Connection,
    article: Article,
    *,
    file: str,
    source: str,
    imported_at: str | None = None,
    index_text: bool = True,
) -> int | None:
    """Store `article`; None when an article with the same text is already there.

    `index_text=False` leaves its sentences out of the search index, for a
    build that indexes every sentence at once at the end (`index_all`): one
    bulk pass costs less than an index update per article.
    """
    digest = content_hash(article.text)
    if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone():
        return None
    cur = conn.execute(
        "INSERT INTO articles (content_hash, file, title, published, text, source, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (digest, file, article.title, article.published, article.text, source, imported_at),
    )
    article_id = int(cur.lastrowid or 0)
    _add_sentences(conn, article_id, article, index_text)
    _add_figures(conn, article_id, article)
    if article.meeting is not None:
        _add_meeting(conn, article_id, article.meeting)
    return article_id


def index_all(conn: sqlite3.Connection) -> None:
    """(Re)build the search index from every stored sentence."""
    conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")


def _add_sentences(
    conn: sqlite3.Connection, article_id: int, article: Article, index_text: bool
) -> None:
    # Folding keeps the length, so the whole text is folded once and sliced.
    folded = search_fold(article.text)
    conn.executemany(
        "INSERT INTO sentences (article_id, start, end, paragraph, text, folded) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                s.start,
                s.end,
                s.paragraph,
                article.text[s.start : s.end],
                folded[s.start : s.end],
            )
            for s in article.sentences
        ],
    )
    if index_text:
        conn.execute(
            "INSERT INTO sentences_fts (rowid, folded)"
            " SELECT id, folded FROM sentences WHERE article_id = ?",
            (article_id,),
        )


def _figure_row(article_id: int, f: Figure) -> tuple[object, ...]:
    period = f.period
    evidence = f.period_evidence
    return (
        article_id,
        f.indicator_id,
        f.label,
        f.value,
        f.denominator,
        f.unit,
        f.raw,
        f.start,
        f.end,
        f.sentence_start,
        f.sentence_end,
        period.label if period else None,
        period.start if period else None,
        period.end if period else None,
        int(f.period_inferred),
        evidence.start if evidence else None,
        evidence.end if evidence else None,
        f.scope,
        f.kind,
        f.qualifier,
        f.rule,
    )


def _add_figures(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    # An id the catalogue does not (yet) list is kept under its own name.
    conn.executemany(
        "INSERT OR IGNORE INTO indicators (id, name_vi, name_en, in_catalogue) VALUES (?, ?, ?, 0)",
        [(i, i, i) for i in {f.indicator_id for f in article.figures} if i is not None],
    )
    conn.executemany(
        "INSERT INTO observations (article_id, indicator_id, label, value, denominator, unit,"
        " raw, start, end, sentence_start, sentence_end, period, period_start, period_end,"
        " period_inferred, period_evidence_start, period_evidence_end, scope, kind,"
        " qualifier, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?)",
        [_figure_row(article_id, f) for f in article.figures],
    )


def _same_meeting(conn: sqlite3.Connection, m: Meeting) -> sqlite3.Row | None:
    """An already stored meeting this one reports: same kind and session, or same day."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    if m.session is not None:
        row = cur.execute(
            "SELECT * FROM meetings WHERE kind = ? AND session = ?", (m.kind, m.session)
        ).fetchone()
        if row is not None:
            return row  # type: ignore[no-any-return]
    if m.date is not None and m.date_precision == "day":
        row = cur.execute(
            "SELECT * FROM meetings WHERE date = ? AND (session IS NULL OR ? IS NULL"
            " OR session = ?)",
            (m.date, m.session, m.session),
        ).fetchone()
        if row is not None:
            return row  # type: ignore[no-any-return]
    return None


def _add_meeting(conn: sqlite3.Connection, article_id: int, m: Meeting) -> None:
    existing = _same_meeting(conn, m)
    if existing is None:
        cur = conn.execute(
            "INSERT INTO meetings (kind, session, date, date_precision, date_inferred,"
            " date_reason, chair, bridge_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.kind,
                m.session,
                m.date,
                m.date_precision,
                int(m.date_inferred),
                m.date_reason,
                m.chair,
                json.dumps(list(m.bridge_points), ensure_ascii=False),
            ),
        )
        meeting_id = int(cur.lastrowid or 0)
    else:
        meeting_id = int(existing["id"])
        _merge_meeting(conn, existing, m)
    conn.execute(
        "INSERT OR IGNORE INTO meeting_articles (meeting_id, article_id) VALUES (?, ?)",
        (meeting_id, article_id),
    )
    conn.executemany(
        "INSERT INTO meeting_evidence (meeting_id, article_id, field, start, end)"
        " VALUES (?, ?, ?, ?, ?)",
        [(meeting_id, article_id, e.field, e.start, e.end) for e in m.evidence],
    )


def _merge_meeting(conn: sqlite3.Connection, row: sqlite3.Row, m: Meeting) -> None:
    """Fill what the stored meeting lacks from another article's report of it.

    A more precise date (a day over a month), or a stated one over an
    inferred one, replaces the stored date; other known fields are kept.
    """
    date = (row["date"], row["date_precision"], row["date_inferred"], row["date_reason"])
    stored_rank = (_PRECISION_RANK[row["date_precision"]], not row["date_inferred"])
    new_rank = (_PRECISION_RANK[m.date_precision], not m.date_inferred)
    if m.date is not None and new_rank > stored_rank:
        date = (m.date, m.date_precision, int(m.date_inferred), m.date_reason)
    points = list(json.loads(row["bridge_points"]))
    points += [p for p in m.bridge_points if p not in points]
    conn.execute(
        "UPDATE meetings SET session = ?, date = ?, date_precision = ?, date_inferred = ?,"
        " date_reason = ?, chair = ?, bridge_points = ? WHERE id = ?",
        (
            row["session"] if row["session"] is not None else m.session,
            *date,
            row["chair"] or m.chair,
            json.dumps(points, ensure_ascii=False),
            row["id"],
        ),
    )
