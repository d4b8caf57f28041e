"""How a meeting is named and described in the window (no pyqtgraph here).

Shared by the timeline (labels, hover text) and the details panel, which is
built before the plots and must not pay for importing pyqtgraph.
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Meeting(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def session(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def date_precision(self) -> str | None: ...
    @property
    def date_inferred(self) -> bool: ...
    @property
    def date_reason(self) -> str | None: ...
    @property
    def chair(self) -> str | None: ...
    @property
    def bridge_points(self) -> tuple[str, ...]: ...


def kind_name(kind: str) -> str:
    """The reader's name for a meeting kind (the kind id itself when unknown)."""
    names = {
        "committee_session": QCoreApplication.translate("Timeline", "National Committee session"),
        "de_an_06_conference": QCoreApplication.translate("Timeline", "Đề án 06 conference"),
    }
    return names.get(kind, kind)


# The kinds' usual Vietnamese abbreviations: short enough to sit above a marker
# on a crowded timeline (the lane and the hover text give the full name).
KIND_ABBREVIATIONS = {"committee_session": "UBQG", "de_an_06_conference": "ĐA06"}


def marker_label(meeting: Meeting) -> str:
    """The session number, or the kind (abbreviated) when the meeting has none."""
    if meeting.session is not None:
        return str(meeting.session)
    return KIND_ABBREVIATIONS.get(meeting.kind, kind_name(meeting.kind))


def _source_name(source: str) -> str:
    names = {
        "dateline": QCoreApplication.translate("Timeline", "dateline"),
        "header": QCoreApplication.translate("Timeline", "header"),
        "image URL": QCoreApplication.translate("Timeline", "image URL"),
    }
    return names.get(source, source)


def _reason_forms() -> tuple[tuple[str, str], ...]:
    """Each sentence `extract/meetings.py` writes as a date's reason, as a pattern
    of the stored English, and the same sentence in the UI's language."""
    source = r"(?P<source>dateline|header|image URL) (?P<quote>.+)"
    phrases = r"period phrases (?P<quote>.+)"
    no_date = "no meeting date in the text; "
    return (
        (
            rf"year (?P<year>\d+) taken from the {source}",
            QCoreApplication.translate("Timeline", "year {year} taken from the {source} {quote}"),
        ),
        (
            rf"year (?P<year>\d+) inferred from the {phrases}",
            QCoreApplication.translate(
                "Timeline", "year {year} inferred from the period phrases {quote}"
            ),
        ),
        (
            "the text gives the day and month but no year",
            QCoreApplication.translate("Timeline", "the text gives the day and month but no year"),
        ),
        (
            rf"{no_date}month (?P<month>\d{{4}}-\d{{2}}) taken from the {source}",
            QCoreApplication.translate(
                "Timeline",
                "no meeting date in the text; month {month} taken from the {source} {quote}",
            ),
        ),
        (
            rf"{no_date}year (?P<year>\d+) inferred from the {phrases}",
            QCoreApplication.translate(
                "Timeline",
                "no meeting date in the text; year {year} inferred from the period phrases {quote}",
            ),
        ),
    )


def reason_text(reason: str) -> str:
    """Why a date was inferred, in the UI's language. The extractor stores the
    reason in English with the meeting (the JSON export carries it as is); a
    reason of another form is shown as stored."""
    for pattern, translated in _reason_forms():
        m = re.fullmatch(pattern, reason, re.DOTALL)
        if m is not None:
            fields = m.groupdict()
            if "source" in fields:
                fields["source"] = _source_name(fields["source"])
            return translated.format(**fields)
    return reason


def meeting_tip(meeting: Meeting) -> str:
    """Hover text: date (and why inferred), chair, bridge points."""
    lines = [f"{kind_name(meeting.kind)} — {marker_label(meeting)}"]
    date = meeting.date or QCoreApplication.translate("Timeline", "no date")
    if meeting.date_inferred:
        reason = (
            reason_text(meeting.date_reason)
            if meeting.date_reason
            else QCoreApplication.translate("Timeline", "inferred")
        )
        lines.append(
            QCoreApplication.translate("Timeline", "Date: {date} (inferred: {reason})").format(
                date=date, reason=reason
            )
        )
    else:
        lines.append(QCoreApplication.translate("Timeline", "Date: {date}").format(date=date))
    lines.append(
        QCoreApplication.translate("Timeline", "Chair: {chair}").format(chair=meeting.chair or "—")
    )
    points = ", ".join(meeting.bridge_points) or "—"
    lines.append(
        QCoreApplication.translate("Timeline", "Bridge points: {points}").format(points=points)
    )
    return "\n".join(lines)
