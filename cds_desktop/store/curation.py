"""A user's verdicts on figures, kept apart from what the extractor finds.

A curation is keyed by the article's content hash, the span, the quoted text
and some context on each side, never by an observation id: ids change with
every rebuild. After each build or import the curations are anchored again to
the observation that now covers the same characters. One that no longer fits
any is kept, with no observation, and listed as orphaned: a user's work is
never dropped nor attached to a different figure.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime

from cds_desktop.store.db import StoreError
from cds_desktop.store.discrepancies import current_key, mark_groups

ACTIONS = ("confirm", "reject", "correct")
KINDS = ("actual", "target", "forecast", "change", "rank")
CONTEXT_CHARS = 40


@dataclass(frozen=True)
class Correction:
    """The fields a correction may change; None keeps the extractor's value."""

    value: float | None = None
    indicator_id: str | None = None
    period: str | None = None
    kind: str | None = None
    scope: str | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in vars(self).values())


@dataclass(frozen=True)
class CurationRecord:
    """One row of `curations` exactly as stored, its id included: what undoing
    a verdict puts back (the created time too, which decides which of two
    verdicts wins when a rebuild lands both on one figure)."""

    id: int
    content_hash: str
    start: int
    end: int
    raw: str
    context_before: str
    context_after: str
    action: str
    value: float | None
    indicator_id: str | None
    period: str | None
    kind: str | None
    scope: str | None
    note: str
    created_at: str
    observation_id: int | None


_RECORD_COLUMNS = ", ".join(f.name for f in fields(CurationRecord))
_RECORD_COLUMNS_OF_C = ", ".join(f"c.{f.name}" for f in fields(CurationRecord))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def curate(
    conn: sqlite3.Connection,
    observation_id: int,
    action: str,
    correction: Correction,
    note: str = "",
) -> None:
    """Record (or replace) the user's verdict on one observation; the caller holds a transaction.

    A verdict can move the figure out of one group of reports and into
    another, so the discrepancy flags of both groups are set again.
    """
    before = current_key(conn, observation_id)
    _record(conn, observation_id, action, correction, note)
    mark_groups(conn, observation_id, (before, current_key(conn, observation_id)))


def _record(
    conn: sqlite3.Connection,
    observation_id: int,
    action: str,
    correction: Correction,
    note: str,
) -> None:
    if action not in ACTIONS:
        raise StoreError(f"unknown curation {action!r}: use one of {', '.join(ACTIONS)}")
    if action == "correct" and correction.is_empty():
        raise StoreError("a correction must change at least one field")
    if action != "correct" and not correction.is_empty():
        raise StoreError(f"{action!r} takes no corrected fields; use 'correct'")
    if correction.value is not None and not math.isfinite(correction.value):
        raise StoreError(f"corrected value must be a finite number, not {correction.value}")
    if correction.kind is not None and correction.kind not in KINDS:
        raise StoreError(f"unknown kind {correction.kind!r}: use one of {', '.join(KINDS)}")
    from cds_desktop.extract.periods import period_bounds  # ~20 ms: not before the first frame

    if correction.period is not None and period_bounds(correction.period) == (None, None):
        raise StoreError(
            f"unknown period {correction.period!r}: write it as 2024, 2024-H1, 2024-Q1, "
            "2024-06, 2024-06-30 or 2022-01/2022-05"
        )
    if (
        correction.indicator_id is not None
        and not conn.execute(
            "SELECT 1 FROM indicators WHERE id = ?", (correction.indicator_id,)
        ).fetchone()
    ):
        raise StoreError(f"unknown indicator {correction.indicator_id!r}")
    if correction.scope is not None and not correction.scope.strip():
        raise StoreError("a corrected scope cannot be empty")
    row = conn.execute(
        "SELECT a.content_hash, a.text, o.start, o.end, o.raw FROM observations o"
        " JOIN articles a ON a.id = o.article_id WHERE o.id = ?",
        (observation_id,),
    ).fetchone()
    if row is None:
        raise StoreError(f"no observation {observation_id}")
    digest, text, start, end, raw = row
    anchored = conn.execute(
        "SELECT id FROM curations WHERE observation_id = ?", (observation_id,)
    ).fetchone()
    if anchored is not None:
        # Made on an earlier extraction's span and re-anchored since: one verdict
        # per figure, so it is replaced, keeping the key it was anchored by.
        conn.execute(
            "UPDATE curations SET action = ?, value = ?, indicator_id = ?, period = ?,"
            " kind = ?, scope = ?, note = ?, created_at = ? WHERE id = ?",
            (
                action,
                correction.value,
                correction.indicator_id,
                correction.period,
                correction.kind,
                correction.scope,
                note,
                now_iso(),
                anchored[0],
            ),
        )
        return
    conn.execute(
        "INSERT INTO curations (content_hash, start, end, raw, context_before, context_after,"
        " action, value, indicator_id, period, kind, scope, note, created_at, observation_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (content_hash, start, end, raw) DO UPDATE SET"
        " action = excluded.action, value = excluded.value,"
        " indicator_id = excluded.indicator_id, period = excluded.period,"
        " kind = excluded.kind, scope = excluded.scope, note = excluded.note,"
        " created_at = excluded.created_at, observation_id = excluded.observation_id",
        (
            digest,
            start,
            end,
            raw,
            text[max(0, start - CONTEXT_CHARS) : start],
            text[end : end + CONTEXT_CHARS],
            action,
            correction.value,
            correction.indicator_id,
            correction.period,
            correction.kind,
            correction.scope,
            note,
            now_iso(),
            observation_id,
        ),
    )


def record_for(conn: sqlite3.Connection, observation_id: int) -> CurationRecord | None:
    """The row a verdict on this figure would replace: the curation anchored to
    it, else one stored under its very span but orphaned (`_record` takes that
    one over), else None."""
    row = conn.execute(
        f"SELECT {_RECORD_COLUMNS} FROM curations WHERE observation_id = ?", (observation_id,)
    ).fetchone()
    if row is None:
        row = conn.execute(
            f"SELECT {_RECORD_COLUMNS_OF_C}"
            " FROM curations c, observations o JOIN articles a ON a.id = o.article_id"
            " WHERE o.id = ? AND c.content_hash = a.content_hash AND c.start = o.start"
            " AND c.end = o.end AND c.raw = o.raw",
            (observation_id,),
        ).fetchone()
    # A tuple or an `sqlite3.Row` (the store's row factory): both unpack by position.
    return None if row is None else CurationRecord(*row)


def restore(conn: sqlite3.Connection, observation_id: int, record: CurationRecord | None) -> None:
    """Put the figure's curation back as `record_for` read it before a verdict
    (None: the figure had none); the caller holds a transaction.

    The row the verdict wrote is removed and the old one written back under its
    own id, so an orphan the verdict had taken over is an orphan again. The
    discrepancy flags of the groups the figure leaves and joins are set again.
    """
    known = conn.execute("SELECT 1 FROM observations WHERE id = ?", (observation_id,)).fetchone()
    if known is None:
        raise StoreError(f"no observation {observation_id}: the figure is no longer extracted")
    before = current_key(conn, observation_id)
    conn.execute("DELETE FROM curations WHERE observation_id = ?", (observation_id,))
    if record is not None:
        conn.execute(
            f"INSERT OR REPLACE INTO curations ({_RECORD_COLUMNS})"
            f" VALUES ({', '.join('?' * len(fields(CurationRecord)))})",
            astuple(record),
        )
    mark_groups(conn, observation_id, (before, current_key(conn, observation_id)))


def anchor_all(conn: sqlite3.Connection) -> int:
    """Attach every curation to the observation it was made on; returns how many are orphaned."""
    conn.execute("UPDATE curations SET observation_id = NULL")
    rows = conn.execute(
        "SELECT id, content_hash, start, end, raw, context_before, context_after FROM curations"
        " ORDER BY created_at DESC, id DESC"
    ).fetchall()
    orphans = 0
    taken: set[int] = set()
    for cid, digest, start, end, raw, before, after in rows:
        located = _locate(conn, digest, start, end, raw, before + raw + after, len(before))
        observation_id = _observation_at(conn, *located) if located else None
        # One verdict per figure: when two old spans now land on the same
        # figure, the newest verdict applies and the other waits, orphaned.
        if observation_id is None or observation_id in taken:
            orphans += 1
            continue
        taken.add(observation_id)
        conn.execute("UPDATE curations SET observation_id = ? WHERE id = ?", (observation_id, cid))
    return orphans


def _locate(
    conn: sqlite3.Connection,
    digest: str,
    start: int,
    end: int,
    raw: str,
    quote: str,
    lead: int,
) -> tuple[int, int, int, str] | None:
    """(article id, start, end, raw) where the curated characters are now.

    The same text (same hash) keeps its offsets. Otherwise the quote with its
    context must occur exactly once in the whole database to be trusted.
    """
    row = conn.execute(
        "SELECT id, substr(text, ? + 1, ?) FROM articles WHERE content_hash = ?",
        (start, end - start, digest),
    ).fetchone()
    if row is not None:
        return (row[0], start, end, raw) if row[1] == raw else None
    found = conn.execute(
        "SELECT id, text FROM articles WHERE instr(text, ?) > 0 LIMIT 2", (quote,)
    ).fetchall()
    if len(found) != 1:
        return None
    article_id, text = found[0]
    pos = text.find(quote)
    if text.find(quote, pos + 1) != -1:
        return None
    return (article_id, pos + lead, pos + lead + len(raw), raw)


def _observation_at(
    conn: sqlite3.Connection, article_id: int, start: int, end: int, raw: str
) -> int | None:
    """The one observation covering exactly these characters, or failing that the one
    whose span contains them or lies inside them (the extractor widened or narrowed it)."""
    exact = conn.execute(
        "SELECT id FROM observations WHERE article_id = ? AND start = ? AND end = ? AND raw = ?",
        (article_id, start, end, raw),
    ).fetchall()
    if len(exact) == 1:
        return int(exact[0][0])
    nested = conn.execute(
        "SELECT id FROM observations WHERE article_id = ? AND ("
        "(start <= ? AND end >= ?) OR (start >= ? AND end <= ?))",
        (article_id, start, end, start, end),
    ).fetchall()
    return int(nested[0][0]) if len(nested) == 1 else None
