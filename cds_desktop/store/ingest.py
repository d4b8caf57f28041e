"""Writing extracted articles into the database.

Shared by the seed build and by imports, so both store an article the same
way: its sentences (folded for search), its figures, and its meeting, joined
to a meeting already reported by another article when they are the same one.

Storing is split in two: `prepare` turns an `Article` into the rows it is
stored as without touching the database (folding, row tuples), so a build can
do it in the processes that extract; `Writer.add` inserts those rows.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field

from cds_desktop.extract.model import Article, Figure, Meeting
from cds_desktop.extract.text import search_fold
from cds_desktop.store.catalogue import CatalogueEntry

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}

_INSERT_SENTENCE = (
    "INSERT INTO sentences (article_id, start, end, paragraph, text, folded)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_OBSERVATION = (
    "INSERT INTO observations (article_id, indicator_id, label, value, denominator, unit,"
    " raw, start, end, sentence_start, sentence_end, period, period_start, period_end,"
    " period_inferred, period_evidence_start, period_evidence_end, scope, kind,"
    " qualifier, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?)"
)


def content_hash(text: str) -> str:
    """The identity of an article: the same text imported twice is one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_catalogue(conn: sqlite3.Connection, entries: tuple[CatalogueEntry, ...]) -> None:
    conn.executemany(
        "INSERT INTO indicators (id, name_vi, name_en, unit, domain, in_catalogue) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        [(e.id, e.name_vi, e.name_en, e.unit, e.domain) for e in entries],
    )


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article as the rows it is stored as, all but its database ids.

    Plain tuples, not the extractor's dataclasses: cheap to send from a
    worker process and ready for `executemany`.
    """

    digest: str
    title: str | None
    published: str | None
    text: str
    folded: str  # `search_fold(text)`, sliced for each sentence's search column
    sentences: tuple[tuple[int, int, int], ...]  # start, end, paragraph
    figures: tuple[tuple[object, ...], ...]  # the observation columns after article_id
    indicators: tuple[str, ...]  # the indicator ids its figures name, sorted
    meeting: Meeting | None


def prepare(article: Article) -> PreparedArticle:
    """The rows of `article`, computed without the database."""
    text = article.text
    return PreparedArticle(
        digest=content_hash(text),
        title=article.title,
        published=article.published,
        text=text,
        # Folding keeps the length, so the whole text is folded once and sliced.
        folded=search_fold(text),
        sentences=tuple((s.start, s.end, s.paragraph) for s in article.sentences),
        figures=tuple(_figure_columns(f) for f in article.figures),
        indicators=tuple(
            sorted({f.indicator_id for f in article.figures if f.indicator_id is not None})
        ),
        meeting=article.meeting,
    )


def _figure_columns(f: Figure) -> tuple[object, ...]:
    period = f.period
    evidence = f.period_evidence
    return (
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


def index_all(conn: sqlite3.Connection) -> None:
    """(Re)build the search index from every stored sentence."""
    conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")


class Writer:
    """Adds articles to one database inside the caller's transaction.

    It keeps the stored meetings in memory (`_MeetingIndex`), so finding the
    meeting an article reports costs two dictionary lookups instead of two
    queries per article; nothing else may write meetings meanwhile.
    `index_text=False` leaves sentences out of the search index, for a build
    that indexes them all at once at the end (`index_all`): one bulk pass
    costs less than an index update per article.
    """

    def __init__(self, conn: sqlite3.Connection, *, index_text: bool = True) -> None:
        self._conn = conn
        self._index_text = index_text
        self._meetings = _MeetingIndex.load(conn)

    def add(
        self,
        article: PreparedArticle,
        *,
        file: str,
        source: str,
        imported_at: str | None = None,
    ) -> int | None:
        """Store `article`; None when an article with the same text is already there."""
        conn = self._conn
        if conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (article.digest,)
        ).fetchone():
            return None
        cur = conn.execute(
            "INSERT INTO articles (content_hash, file, title, published, text, source,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                article.digest,
                file,
                article.title,
                article.published,
                article.text,
                source,
                imported_at,
            ),
        )
        article_id = int(cur.lastrowid or 0)
        # Sliced here, not in `prepare`: a worker process sends each text once.
        text, folded = article.text, article.folded
        conn.executemany(
            _INSERT_SENTENCE,
            [(article_id, s, e, p, text[s:e], folded[s:e]) for s, e, p in article.sentences],
        )
        if self._index_text and article.sentences:
            conn.execute(
                "INSERT INTO sentences_fts (rowid, folded)"
                " SELECT id, folded FROM sentences WHERE article_id = ?",
                (article_id,),
            )
        # An id the catalogue does not (yet) list is kept under its own name.
        conn.executemany(
            "INSERT OR IGNORE INTO indicators (id, name_vi, name_en, in_catalogue)"
            " VALUES (?, ?, ?, 0)",
            [(i, i, i) for i in article.indicators],
        )
        conn.executemany(_INSERT_OBSERVATION, [(article_id, *row) for row in article.figures])
        if article.meeting is not None:
            self._add_meeting(article_id, article.meeting)
        return article_id

    def _add_meeting(self, article_id: int, m: Meeting) -> None:
        conn = self._conn
        stored = self._meetings.same_as(m)
        if stored is None:
            new = _StoredMeeting.of(m)
            cur = conn.execute(
                "INSERT INTO meetings (kind, session, date, date_precision, date_inferred,"
                " date_reason, chair, bridge_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (new.kind, *new.columns()),
            )
            new.id = meeting_id = int(cur.lastrowid or 0)
            self._meetings.add(new)
        else:
            meeting_id = stored.id
            if self._meetings.merge(stored, m):
                conn.execute(
                    "UPDATE meetings SET session = ?, date = ?, date_precision = ?,"
                    " date_inferred = ?, date_reason = ?, chair = ?, bridge_points = ?"
                    " WHERE id = ?",
                    (*stored.columns(), stored.id),
                )
        conn.execute(
            "INSERT OR IGNORE INTO meeting_articles (meeting_id, article_id) VALUES (?, ?)",
            (meeting_id, article_id),
        )
        conn.executemany(
            "INSERT INTO meeting_evidence (meeting_id, article_id, field, start, end)"
            " VALUES (?, ?, ?, ?, ?)",
            [(meeting_id, article_id, e.field, e.start, e.end) for e in m.evidence],
        )


@dataclass(slots=True)
class _StoredMeeting:
    """A row of `meetings` as it stands in the database."""

    id: int
    kind: str
    session: int | None
    date: str | None
    date_precision: str | None
    date_inferred: int
    date_reason: str | None
    chair: str | None
    bridge_points: list[str]

    @classmethod
    def of(cls, m: Meeting) -> _StoredMeeting:
        """A meeting not yet written (its id comes from the insert)."""
        return cls(
            0,
            m.kind,
            m.session,
            m.date,
            m.date_precision,
            int(m.date_inferred),
            m.date_reason,
            m.chair,
            list(m.bridge_points),
        )

    def columns(self) -> tuple[object, ...]:
        """The values of `session` through `bridge_points`, as the table stores them."""
        return (
            self.session,
            self.date,
            self.date_precision,
            self.date_inferred,
            self.date_reason,
            self.chair,
            json.dumps(self.bridge_points, ensure_ascii=False),
        )


@dataclass
class _MeetingIndex:
    """The stored meetings by (kind, session) and by date, each list in id order.

    It answers what the queries `WHERE kind = ? AND session = ?` and `WHERE
    date = ? AND ...` answered in a table scan or the date index: the first
    match in id order.
    """

    by_session: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    by_date: dict[str, list[int]] = field(default_factory=dict)
    rows: dict[int, _StoredMeeting] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> _MeetingIndex:
        index = cls()
        for i, kind, session, date, precision, inferred, reason, chair, points in conn.execute(
            "SELECT id, kind, session, date, date_precision, date_inferred, date_reason,"
            " chair, bridge_points FROM meetings ORDER BY id"
        ):
            points = list(json.loads(points))
            index.add(
                _StoredMeeting(i, kind, session, date, precision, inferred, reason, chair, points)
            )
        return index

    def add(self, row: _StoredMeeting) -> None:
        self.rows[row.id] = row
        if row.session is not None:
            bisect.insort(self.by_session.setdefault((row.kind, row.session), []), row.id)
        if row.date is not None:
            bisect.insort(self.by_date.setdefault(row.date, []), row.id)

    def same_as(self, m: Meeting) -> _StoredMeeting | None:
        """A stored meeting `m` reports: same kind and session, or same day."""
        if m.session is not None:
            ids = self.by_session.get((m.kind, m.session))
            if ids:
                return self.rows[ids[0]]
        if m.date is not None and m.date_precision == "day":
            for i in self.by_date.get(m.date, ()):
                row = self.rows[i]
                if row.session is None or m.session is None or row.session == m.session:
                    return row
        return None

    def merge(self, row: _StoredMeeting, m: Meeting) -> bool:
        """Fill what the stored meeting lacks from another article's report of it;
        whether anything changed (most reports of a meeting add nothing).

        A more precise date (a day over a month), or a stated one over an
        inferred one, replaces the stored date; other known fields are kept.
        """
        before = self._state(row)
        stored_rank = (_PRECISION_RANK[row.date_precision], not row.date_inferred)
        new_rank = (_PRECISION_RANK[m.date_precision], not m.date_inferred)
        if m.date is not None and new_rank > stored_rank:
            if row.date is not None:
                self.by_date[row.date].remove(row.id)
            bisect.insort(self.by_date.setdefault(m.date, []), row.id)
            row.date = m.date
            row.date_precision = m.date_precision
            row.date_inferred = int(m.date_inferred)
            row.date_reason = m.date_reason
        if row.session is None and m.session is not None:
            row.session = m.session
            bisect.insort(self.by_session.setdefault((row.kind, m.session), []), row.id)
        row.chair = row.chair or m.chair
        row.bridge_points += [p for p in m.bridge_points if p not in row.bridge_points]
        return before != self._state(row)

    @staticmethod
    def _state(row: _StoredMeeting) -> tuple[object, ...]:
        # Bridge points are only ever appended: their count tells a change.
        return (
            row.session,
            row.date,
            row.date_precision,
            row.date_inferred,
            row.date_reason,
            row.chair,
            len(row.bridge_points),
        )
