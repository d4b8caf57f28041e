"""The meeting details panel: what the timeline marker stands for, with its evidence.

Every stated fact is followed by the words of the article that support it, and
an inferred date says why it was inferred: the reader should never have to
take a date on trust. Article names are links that open the article; the key
figures are a table whose rows select the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QTextBrowser, QVBoxLayout, QWidget

from cds_desktop.ui.meeting_text import Meeting, kind_name, marker_label, reason_text
from cds_desktop.ui.models import FigureTableModel
from cds_desktop.ui.viewer import Summary


@dataclass(frozen=True)
class Quote:
    """The sentence that supports one field of a meeting, and where in it the exact words are."""

    field: str
    sentence: str
    start: int  # of the quoted words, within `sentence`
    end: int

    @classmethod
    def from_text(
        cls, field: str, text: str, start: int, end: int, sentence: tuple[int, int] | None
    ) -> Quote:
        """Cut the quote out of the article text; the span alone when no sentence holds it."""
        s_start, s_end = sentence if sentence is not None else (start, end)
        return cls(field, text[s_start:s_end], start - s_start, end - s_start)


def quote_html(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """`sentence` escaped, each of `spans` (merged where they overlap) in bold."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        out += [escape(sentence[pos:start]), "<b>", escape(sentence[start:end]), "</b>"]
        pos = end
    out.append(escape(sentence[pos:]))
    return "".join(out)


class OfflineBrowser(QTextBrowser):
    """Rich text with links the panel follows itself, and no resource ever loaded.

    The summary quotes article sentences, which may carry markup or image
    links; `resource_requests` records each URL Qt asked for, so tests can
    prove nothing was fetched.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.resource_requests: list[QUrl] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.resource_requests.append(QUrl(name))
        return None


class Detail(Protocol):
    @property
    def meeting(self) -> Meeting: ...
    @property
    def articles(self) -> Sequence[Summary]: ...
    @property
    def key_figures(self) -> Sequence[object]: ...


class MeetingDetails(QWidget):
    """Shows one meeting; emits the article or figure the user follows."""

    articleClicked = Signal(int)
    observationClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetails")
        self.summary = OfflineBrowser(self)
        self.summary.setObjectName("meetingDetailsText")
        self.summary.anchorClicked.connect(self._followed)
        self.figures_model = FigureTableModel(self)
        self.figures = QTableView(self)
        self.figures.setObjectName("meetingFigures")
        self.figures.setModel(self.figures_model)
        self.figures.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.figures.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.figures.verticalHeader().hide()
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.figures.setWordWrap(False)
        self.figures.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.figures.clicked.connect(
            lambda index: self.observationClicked.emit(
                self.figures_model.observation_id(index.row())
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.figures, 2)
        self._detail: Detail | None = None
        self._quotes: tuple[Quote, ...] = ()
        self.retranslate()

    def show_meeting(self, detail: Detail, quotes: Sequence[Quote]) -> None:
        """Show `detail`; `quotes` are the evidence sentences, cut by the caller,
        which holds the article texts."""
        self._detail = detail
        self._quotes = tuple(quotes)
        self.figures_model.set_rows(detail.key_figures)  # type: ignore[arg-type]
        self.summary.setHtml(self._html(detail))

    def plain_text(self) -> str:
        return self.summary.toPlainText()

    def retranslate(self) -> None:
        if self._detail is None:
            self.summary.setPlainText(
                self.tr("Click a meeting on the timeline to see its details.")
            )
        else:
            self.summary.setHtml(self._html(self._detail))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals -----------------------------------------------------------

    def _quoted(self, *fields: str) -> str:
        """Each supporting sentence once, every supporting span in it in bold."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for q in self._quotes:
            if q.field in fields:
                spans.setdefault(q.sentence, []).append((q.start, q.end))
        return "".join(
            f"<div class='q'>“{quote_html(sentence, marks)}”</div>"
            for sentence, marks in spans.items()
        )

    def _html(self, detail: Detail) -> str:
        m = detail.meeting
        head = kind_name(m.kind)
        if m.session is not None:
            head = self.tr("{kind}, session {n}").format(kind=head, n=marker_label(m))
        date = escape(m.date or self.tr("not stated"))
        if m.date_inferred:
            why = escape(
                reason_text(m.date_reason) if m.date_reason else self.tr("no reason recorded")
            )
            date += " " + self.tr("<i>(inferred: {why})</i>").format(why=why)
        points = ", ".join(m.bridge_points) or "—"
        date_label, chair_label = self.tr("Date"), self.tr("Chair")
        points_label, articles_label = self.tr("Bridge points"), self.tr("Articles")
        rows = [
            f"<h3>{escape(head)}</h3>",
            f"<p><b>{date_label}:</b> {date}</p>",
            self._quoted("date", "year"),
            f"<p><b>{chair_label}:</b> {escape(m.chair or '—')}</p>",
            self._quoted("chair"),
            f"<p><b>{points_label}:</b> {escape(points)}</p>",
            f"<p><b>{articles_label}:</b></p><ul>",
        ]
        for article in detail.articles:
            name = escape(article.title or article.file)
            rows.append(f"<li><a href='article:{article.id}'>{name}</a></li>")
        rows.append("</ul>")
        count = len(detail.key_figures)
        figures_label = self.tr("Key figures")
        rows.append(f"<p><b>{figures_label}:</b> {count}</p>")
        return "<style>.q{color:#555;margin-left:12px}</style>" + "".join(rows)

    def _followed(self, url: QUrl) -> None:
        scheme, _, ident = url.toString().partition(":")
        if scheme == "article" and ident.isdigit():
            self.articleClicked.emit(int(ident))
