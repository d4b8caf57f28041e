"""The questions the window asks, answered as frozen rows (`store/rows.py`).

One `Store` per window, one connection. Every observation comes out with the
user's curation applied: a correction replaces the extractor's value (the
original kept in `original_value`), a rejection hides it from charts,
series, discrepancies and exports, but the article view still lists it so the
user can see and undo it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cds_desktop.store.curation import Correction, CurationRecord, curate, record_for, restore
from cds_desktop.store.db import StoreError, connect, known_errors, transaction
from cds_desktop.store.rows import (
    ArticleRow,
    ArticleSummary,
    Discrepancy,
    EvidenceRow,
    FigureLabel,
    FigureMark,
    IndicatorRow,
    MeetingDetail,
    MeetingRow,
    ObservationRow,
    OrphanedCuration,
    SearchHit,
)

# An article reports at most one meeting (`ingest.Writer`), so the
# meeting join never repeats a figure.
_OBSERVATIONS = """
SELECT o.id, o.article_id, a.title, a.file, o.indicator_id, i.name_vi, i.name_en,
       o.label, o.value, o.denominator, o.unit, o.raw, o.start, o.end,
       o.sentence_start, o.sentence_end, o.period, o.period_start, o.period_end,
       o.period_inferred, o.scope, o.kind, o.qualifier, o.rule, m.date,
       o.discrepant, c.action, c.note,
       c.value, c.indicator_id, c.period, c.kind, c.scope
FROM observations o
JOIN articles a ON a.id = o.article_id
LEFT JOIN indicators i ON i.id = o.indicator_id
LEFT JOIN curations c ON c.observation_id = o.id
LEFT JOIN meeting_articles ma ON ma.article_id = o.article_id
LEFT JOIN meetings m ON m.id = ma.meeting_id
"""
# Positions in an `_OBSERVATIONS` row past the fields it shares with `ObservationRow`.
_DISCREPANT, _CURATION, _NOTE, _C_VALUE, _C_INDICATOR, _C_PERIOD, _C_KIND, _C_SCOPE = range(25, 33)

# The indicator a figure is shown under: the corrected one, else the extracted one.
_INDICATOR = "coalesce(CASE WHEN c.action = 'correct' THEN c.indicator_id END, o.indicator_id)"
_SHOWN = "c.action IS NOT 'reject'"
# Figures no catalogue indicator names (no id, or an id the catalogue lacks).
_OTHER = (
    f"{_INDICATOR} IS NULL"
    f" OR {_INDICATOR} NOT IN (SELECT id FROM indicators WHERE in_catalogue = 1)"
)

# The latest figure as extracted (not corrected, not rejected) of one indicator
# and scope, outside one article, in the reverse of `_order_key` (ties to the
# highest id, as the stable sort of `series` does). `observations_by_indicator`
# covers every column of `o` it reads, so the walk never touches the table.
_LATEST_AS_EXTRACTED = """
SELECT o.id FROM observations o
LEFT JOIN curations c ON c.observation_id = o.id
LEFT JOIN meeting_articles ma ON ma.article_id = o.article_id
LEFT JOIN meetings m ON m.id = ma.meeting_id
WHERE o.indicator_id = ? AND o.scope = ? AND o.article_id != ?
  AND (c.action IS NULL OR c.action = 'confirm') AND {period}
ORDER BY o.period_end DESC, m.date DESC, o.article_id DESC, o.start DESC, o.id DESC LIMIT 1
"""


def _order_key(row: ObservationRow) -> tuple[str, str, int, int]:
    return (row.period_end or "", row.meeting_date or "", row.article_id, row.start)


class Store:
    """Read (and curate) one database; raises StoreError when it cannot be opened."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self._conn = connect(self.path)
        self._conn.row_factory = sqlite3.Row
        self._names = self._indicator_names()
        self._built_at = self._build_stamp()

    def _build_stamp(self) -> str | None:
        """When the database was built: a rebuild by another process renumbers every
        figure, so ids this window holds would point at different figures."""
        with known_errors(self.path):
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        self._conn.close()

    def _indicator_names(self) -> dict[str, tuple[str, str, bool]]:
        rows = self._conn.execute("SELECT id, name_vi, name_en, in_catalogue FROM indicators")
        return {r["id"]: (r["name_vi"], r["name_en"], bool(r["in_catalogue"])) for r in rows}

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with known_errors(self.path):
            return self._conn.execute(sql, params).fetchall()

    # -- counts and articles -------------------------------------------------

    def counts(self) -> dict[str, int]:
        ((articles, meetings, observations),) = self._query(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM meetings),"
            " (SELECT count(*) FROM observations) - (SELECT count(*) FROM curations"
            "  WHERE action = 'reject' AND observation_id IS NOT NULL)"
        )
        return {
            "articles": articles,
            "meetings": meetings,
            "indicators": len(self.indicators()),
            "observations": observations,
        }

    def articles(self) -> list[ArticleSummary]:
        rows = self._query("SELECT id, file, title, published FROM articles ORDER BY id")
        return [ArticleSummary(r["id"], r["file"], r["title"], r["published"]) for r in rows]

    def article(self, article_id: int) -> ArticleRow:
        rows = self._query(
            "SELECT id, file, title, published, text, content_hash FROM articles WHERE id = ?",
            (article_id,),
        )
        if not rows:
            raise StoreError(f"{self.path}: no article {article_id}")
        r = rows[0]
        return ArticleRow(
            r["id"], r["file"], r["title"], r["published"], r["text"], r["content_hash"]
        )

    # -- meetings ------------------------------------------------------------

    def _meeting_rows(self, where: str = "", params: tuple[object, ...] = ()) -> list[MeetingRow]:
        rows = self._query(
            "SELECT m.*, (SELECT group_concat(article_id) FROM"
            " (SELECT article_id FROM meeting_articles WHERE meeting_id = m.id"
            " ORDER BY article_id)) AS article_ids"
            f" FROM meetings m {where}"
            " ORDER BY m.date IS NULL, m.date, m.session IS NULL, m.session, m.id",
            params,
        )
        return [
            MeetingRow(
                id=r["id"],
                session=r["session"],
                kind=r["kind"],
                date=r["date"],
                date_precision=r["date_precision"],
                date_inferred=bool(r["date_inferred"]),
                date_reason=r["date_reason"],
                chair=r["chair"],
                bridge_points=tuple(json.loads(r["bridge_points"])),
                article_ids=tuple(int(i) for i in (r["article_ids"] or "").split(",") if i),
            )
            for r in rows
        ]

    def meetings(self) -> list[MeetingRow]:
        """Every meeting, earliest first; undated ones last."""
        return self._meeting_rows()

    def meeting(self, meeting_id: int) -> MeetingDetail:
        found = self._meeting_rows("WHERE m.id = ?", (meeting_id,))
        if not found:
            raise StoreError(f"{self.path}: no meeting {meeting_id}")
        row = found[0]
        evidence = self._query(
            "SELECT e.field, e.article_id, e.start, e.end, s.start AS s_start, s.end AS s_end,"
            " substr(a.text, e.start + 1, e.end - e.start) AS quoted"
            " FROM meeting_evidence e JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN sentences s ON s.article_id = e.article_id"
            "  AND s.start <= e.start AND e.end <= s.end"
            " WHERE e.meeting_id = ? ORDER BY e.article_id, e.start, e.id",
            (meeting_id,),
        )
        ids = set(row.article_ids)
        return MeetingDetail(
            meeting=row,
            evidence=tuple(
                EvidenceRow(
                    field=r["field"],
                    article_id=r["article_id"],
                    start=r["start"],
                    end=r["end"],
                    sentence_start=r["s_start"],
                    sentence_end=r["s_end"],
                    text=r["quoted"],
                )
                for r in evidence
            ),
            articles=tuple(a for a in self.articles() if a.id in ids),
            key_figures=tuple(
                self._observation_rows(
                    "o.article_id IN (SELECT article_id FROM meeting_articles"
                    f" WHERE meeting_id = ?) AND {_INDICATOR} IS NOT NULL",
                    (meeting_id,),
                )
            ),
        )

    # -- observations --------------------------------------------------------

    def _observation_rows(
        self, where: str = "", params: tuple[object, ...] = (), *, rejected: bool = False
    ) -> list[ObservationRow]:
        """Rows matching `where` (over the figure `o` and its curation `c`)."""
        conditions = [c for c in (where, "" if rejected else _SHOWN) if c]
        clause = f"WHERE {' AND '.join(f'({c})' for c in conditions)}" if conditions else ""
        rows = self._conn_rows(
            f"{_OBSERVATIONS} {clause} ORDER BY o.article_id, o.start, o.id", params
        )
        return [self._observation(r) for r in rows]

    def _conn_rows(self, sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
        """Plain tuples: a figure row is built by position, not by column name lookups."""
        with known_errors(self.path):
            cursor = self._conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()

    def _observation(self, r: tuple[Any, ...]) -> ObservationRow:
        curation = r[_CURATION]
        if curation is None:
            # fmt: off
            return ObservationRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                r[12], r[13], r[14], r[15], r[16], r[17], r[18], bool(r[19]), r[20], r[21],
                r[22], r[23], r[24], False, None, None, "", bool(r[_DISCREPANT]),
            )
            # fmt: on
        corrected = curation == "correct"
        value = r[8]
        original_value = None
        if corrected and r[_C_VALUE] is not None and r[_C_VALUE] != value:
            original_value, value = value, r[_C_VALUE]
        indicator_id = (corrected and r[_C_INDICATOR]) or r[4]
        period, start, end = r[16], r[17], r[18]
        if corrected and r[_C_PERIOD]:
            # Imported here: the period rules (vocabulary, TOML) are ~20 ms
            # the window would otherwise pay before its first frame.
            from cds_desktop.extract.periods import period_bounds

            period = r[_C_PERIOD]
            start, end = period_bounds(period)
        names = self._names.get(indicator_id) if indicator_id else None
        return ObservationRow(
            id=r[0],
            article_id=r[1],
            article_title=r[2],
            article_file=r[3],
            indicator_id=indicator_id,
            indicator_vi=names[0] if names else None,
            indicator_en=names[1] if names else None,
            label=r[7],
            value=value,
            denominator=r[9],
            unit=r[10],
            raw=r[11],
            start=r[12],
            end=r[13],
            sentence_start=r[14],
            sentence_end=r[15],
            period=period,
            period_start=start,
            period_end=end,
            period_inferred=bool(r[19]) and not (corrected and r[_C_PERIOD]),
            scope=(corrected and r[_C_SCOPE]) or r[20],
            kind=(corrected and r[_C_KIND]) or r[21],
            qualifier=r[22],
            rule=r[23],
            meeting_date=r[24],
            curated=True,
            curation=curation,
            original_value=original_value,
            note=r[_NOTE] or "",
            discrepant=bool(r[_DISCREPANT]),
        )

    def observations(self) -> list[ObservationRow]:
        """Every figure the user has not rejected, curated values applied."""
        return self._observation_rows()

    def observation(self, observation_id: int) -> ObservationRow:
        found = self._observation_rows("o.id = ?", (observation_id,), rejected=True)
        if not found:
            raise StoreError(f"{self.path}: no observation {observation_id}")
        return found[0]

    def article_observations(self, article_id: int) -> list[ObservationRow]:
        """All figures of one article, rejected ones included (marked by `curation`)."""
        return self._observation_rows("o.article_id = ?", (article_id,), rejected=True)

    def article_marks(self, article_id: int) -> list[FigureMark]:
        """Where each figure of one article sits, rejected ones included, in text order.

        A curation never moves a figure's span, so these come straight from
        the extracted rows.
        """
        rows = self._conn.execute(
            "SELECT id, start, end, sentence_start, sentence_end FROM observations"
            " WHERE article_id = ? ORDER BY start, id",
            (article_id,),
        )
        return [FigureMark(*r) for r in rows]

    def series(self, indicator_id: str) -> list[ObservationRow]:
        """One indicator's points in time order; rejected ones left out.

        The figures extracted under it come from the indicator index, those
        corrected into it from the curations; the last condition drops the
        ones corrected away.
        """
        return sorted(
            self._observation_rows(
                "o.indicator_id = ?1 OR o.id IN (SELECT observation_id FROM curations"
                f" WHERE action = 'correct' AND indicator_id = ?1)) AND ({_INDICATOR} = ?1",
                (indicator_id,),
            ),
            key=_order_key,
        )

    def indicators(self) -> list[IndicatorRow]:
        """Catalogue indicators with at least one figure, and how many.

        Counted on the indicator index as extracted, then moved by the few
        curations that reject a figure or correct its indicator: grouping
        every figure with its curation applied takes 0.3 s at 10,000 articles.
        """
        counts: Counter[str] = Counter()
        for indicator_id, n in self._query(
            "SELECT indicator_id, count(*) FROM observations"
            " WHERE indicator_id IS NOT NULL GROUP BY indicator_id"
        ):
            counts[indicator_id] = n
        moved = self._query(
            "SELECT o.indicator_id, c.action, c.indicator_id FROM curations c"
            " JOIN observations o ON o.id = c.observation_id"
            " WHERE c.action = 'reject' OR (c.action = 'correct' AND c.indicator_id IS NOT NULL)"
        )
        for extracted, action, corrected in moved:
            if extracted is not None:
                counts[extracted] -= 1
            if action == "correct":
                counts[corrected] += 1
        rows = self._query(
            "SELECT id, name_vi, name_en, unit, domain FROM indicators"
            " WHERE in_catalogue = 1 ORDER BY domain, name_vi"
        )
        return [
            IndicatorRow(r["id"], r["name_vi"], r["name_en"], r["unit"], r["domain"], n)
            for r in rows
            if (n := counts[r["id"]]) > 0
        ]

    def other_figures(self) -> list[ObservationRow]:
        """Figures that no catalogue indicator names (no id, or an id the catalogue lacks)."""
        return self._observation_rows(_OTHER)

    def each_other_figure_label(self) -> Iterator[FigureLabel]:
        """The same figures as `other_figures`, in the same order, as light tuples
        one at a time, so that a caller keeping a column or two of them (the
        indicator list) never holds 144,000 tuples at once."""
        with known_errors(self.path):
            cursor = self._conn.cursor()
            cursor.row_factory = None
            cursor.execute(
                "SELECT o.id, o.raw, o.label, a.title FROM observations o"
                " JOIN articles a ON a.id = o.article_id"
                " LEFT JOIN curations c ON c.observation_id = o.id"
                f" WHERE ({_OTHER}) AND ({_SHOWN}) ORDER BY o.article_id, o.start, o.id"
            )
            for row in cursor:
                yield FigureLabel._make(row)

    def previous_report(self, observation_id: int) -> ObservationRow | None:
        """The nearest earlier report of the same indicator and scope in another article.

        A click asks this, so it must not read the whole series: the figures
        as extracted are walked backwards along `observations_by_indicator`
        and the first earlier one taken; the few corrected figures (whose
        indicator, scope or period may differ from the extracted ones) are
        compared in Python.
        """
        current = self.observation(observation_id)
        if current.indicator_id is None:
            return None
        key = _order_key(current)[:2]
        same = (current.indicator_id, current.scope, current.article_id)
        period_end, meeting_date = key
        candidates = [
            o
            for o in self._observation_rows(
                "o.id IN (SELECT observation_id FROM curations WHERE action = 'correct')"
            )
            if (o.indicator_id, o.scope) == same[:2]
            and o.article_id != current.article_id
            and _order_key(o)[:2] < key
        ]
        if period_end:
            candidates += self._earliest_before(
                "o.period_end <= ? AND (o.period_end < ? OR coalesce(m.date, '') < ?)",
                (*same, period_end, period_end, meeting_date),
            )
        # No period sorts first: each of these is earlier than any dated figure.
        candidates += self._earliest_before(
            "o.period_end IS NULL AND (? OR coalesce(m.date, '') < ?)",
            (*same, bool(period_end), meeting_date),
        )
        return max(candidates, key=lambda o: (*_order_key(o), o.id), default=None)

    def _earliest_before(self, period: str, params: tuple[object, ...]) -> list[ObservationRow]:
        """The latest figure as extracted matching `period`, found on the covering index
        first (only the id travels through the sort), then read whole."""
        found = self._query(_LATEST_AS_EXTRACTED.format(period=period), params)
        return self._observation_rows("o.id = ?", (found[0][0],)) if found else []

    # -- discrepancies -------------------------------------------------------

    def discrepancies(self) -> list[Discrepancy]:
        """Same indicator, period, scope and kind, different values from different articles.

        Kind is part of the key: a target and an actual for the same period
        differ by nature, not by error.
        """
        rows = self._observation_rows("o.discrepant = 1")
        groups: dict[tuple[str, str, str, str], list[ObservationRow]] = defaultdict(list)
        for o in rows:
            if o.indicator_id is not None and o.period is not None:
                groups[(o.indicator_id, o.period, o.scope, o.kind)].append(o)
        return [
            Discrepancy(indicator_id, period, scope, tuple(group))
            for (indicator_id, period, scope, _kind), group in sorted(groups.items())
        ]

    # -- search and curation -------------------------------------------------

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Sentences matching every word of `query`; any text is a valid query."""
        # Imported on first search: it brings the text folding of `extract/`,
        # which the window's first frame does not need.
        from cds_desktop.store import search as fts

        with known_errors(self.path):
            self._conn.row_factory = None
            try:
                return fts.search(self._conn, query, limit)
            finally:
                self._conn.row_factory = sqlite3.Row

    def curate(
        self,
        observation_id: int,
        action: str,
        *,
        value: float | None = None,
        indicator_id: str | None = None,
        period: str | None = None,
        kind: str | None = None,
        scope: str | None = None,
        note: str = "",
    ) -> None:
        """Confirm, reject or correct one figure; the verdict survives rebuilds."""
        correction = Correction(value, indicator_id, period, kind, scope)
        with known_errors(self.path), transaction(self._conn):
            self._check_not_rebuilt()
            curate(self._conn, observation_id, action, correction, note)

    def curation_record(self, observation_id: int) -> CurationRecord | None:
        """The stored curation a verdict on this figure would replace (read before
        `curate`, it is what `restore_curation` puts back to undo the verdict)."""
        with known_errors(self.path):
            return record_for(self._conn, observation_id)

    def restore_curation(self, observation_id: int, record: CurationRecord | None) -> None:
        """Undo a verdict: the figure's curation as `curation_record` read it, or none."""
        with known_errors(self.path), transaction(self._conn):
            self._check_not_rebuilt()
            restore(self._conn, observation_id, record)

    def _check_not_rebuilt(self) -> None:
        """Observation ids are only valid in the build this store opened."""
        if self._build_stamp() != self._built_at:
            raise StoreError(
                f"{self.path}: the database was rebuilt by another process since it was "
                "opened here and its figures renumbered; reopen it, then curate again"
            )

    def orphaned_curations(self) -> list[OrphanedCuration]:
        """Curations whose figure the current extraction no longer finds."""
        rows = self._query(
            "SELECT c.id, c.content_hash, a.id AS article_id, c.start, c.end, c.raw, c.action,"
            " c.note, c.created_at FROM curations c"
            " LEFT JOIN articles a ON a.content_hash = c.content_hash"
            " WHERE c.observation_id IS NULL ORDER BY c.id"
        )
        return [OrphanedCuration(*tuple(r)) for r in rows]
