"""Which figures disagree with another article's: kept in `observations.discrepant`.

Two reports disagree when they share indicator, period, scope and kind (the
user's corrections applied, rejected figures left out), come from different
articles and differ in value. Finding that means grouping every figure of the
database (over a second at 10,000 articles), so it is done when figures or
curations change, never when the window reads a series: the whole database
after a build or an import, only the groups one figure left and joined after
a curation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# Each figure's group key as the user sees it: a correction's fields over the extractor's.
_CURRENT = """
SELECT o.id, o.article_id,
       coalesce(CASE WHEN c.action = 'correct' THEN c.indicator_id END, o.indicator_id)
         AS indicator_id,
       coalesce(CASE WHEN c.action = 'correct' THEN c.value END, o.value) AS value,
       coalesce(CASE WHEN c.action = 'correct' THEN c.period END, o.period) AS period,
       coalesce(CASE WHEN c.action = 'correct' THEN c.scope END, o.scope) AS scope,
       coalesce(CASE WHEN c.action = 'correct' THEN c.kind END, o.kind) AS kind
FROM observations o LEFT JOIN curations c ON c.observation_id = o.id
WHERE c.action IS NOT 'reject'
"""

# Different values closer than this (relative) are the same figure rounded differently.
SAME_VALUE = 1e-9


def _disagree(over: str = "") -> str:
    """Whether a group's reports disagree, as SQL over its rows: aggregates, or
    with `over` (` OVER g`) window functions giving each row its group's answer.

    Several articles (`article_id` is never NULL, so min differs from max)
    and values further apart than rounding.
    """
    return (
        f"(min(article_id){over} != max(article_id){over}"
        f" AND max(value){over} - min(value){over}"
        f" > {SAME_VALUE} * max(1.0, max(abs(value)){over}))"
    )


Key = tuple[str | None, str | None, str, str]


def mark_all(conn: sqlite3.Connection) -> None:
    """Set every figure's flag from scratch; the caller holds a transaction.

    Window functions give each figure its group's answer in one sort of the
    figures (grouping, then joining the groups back, sorted them twice:
    3.6 s instead of 2.0 s at 10,000 articles).
    """
    conn.execute(
        f"""
        WITH cur AS ({_CURRENT}),
        flagged AS (
            SELECT id FROM (
                SELECT id, {_disagree(" OVER g")} AS disagree FROM cur
                WHERE indicator_id IS NOT NULL AND period IS NOT NULL
                WINDOW g AS (PARTITION BY indicator_id, period, scope, kind)
            ) WHERE disagree
        )
        UPDATE observations SET discrepant = (id IN flagged)
        WHERE discrepant != (id IN flagged)
        """
    )


def current_key(conn: sqlite3.Connection, observation_id: int) -> Key | None:
    """The group one figure is in now; None when it is rejected or not there."""
    row = conn.execute(
        f"SELECT indicator_id, period, scope, kind FROM ({_CURRENT}) WHERE id = ?",
        (observation_id,),
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2], row[3])


def mark_groups(conn: sqlite3.Connection, observation_id: int, keys: Iterable[Key | None]) -> None:
    """Set the flags of one curated figure and of the groups it left and joined.

    The groups are found from the indicator index: a group's members are the
    figures extracted under its indicator plus the few corrected into it.
    """
    conn.execute("UPDATE observations SET discrepant = 0 WHERE id = ?", (observation_id,))
    for key in {k for k in keys if k is not None and k[0] is not None and k[1] is not None}:
        conn.execute(
            f"""
            WITH members AS (
                SELECT id, article_id, value FROM ({_CURRENT}) WHERE id IN (
                    SELECT id FROM observations WHERE indicator_id = ?1
                    UNION SELECT observation_id FROM curations
                    WHERE action = 'correct' AND indicator_id = ?1)
                AND indicator_id = ?1 AND period = ?2 AND scope = ?3 AND kind = ?4
            )
            UPDATE observations SET discrepant = (SELECT {_disagree()} FROM members)
            WHERE id IN (SELECT id FROM members)
            """,
            key,
        )
