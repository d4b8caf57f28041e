"""Search across all articles: the box, the result list and its snippets.

The store does the matching (diacritic- and case-insensitive, `đ` as `d`) and
hands back hits with code-point offsets both into a short snippet and into the
article text. This panel only shows them and says which one the user chose;
the window opens that article at the hit.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.store.queries import Store
from cds_desktop.store.rows import SearchHit

HTML_ROLE = Qt.ItemDataRole.UserRole + 1

SEARCH_MARK_ID = -1

_TYPING_PAUSE_MS = 250
_MARK_STYLE = "background-color:#ffe066;color:#000;font-weight:bold"

_Index = QModelIndex | QPersistentModelIndex


def joined_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word hits one separator apart joined (`kinh`, `tế`, `số` -> `kinh tế số`),
    so a phrase reads as one mark rather than three."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start - out[-1][1] <= 1:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` as HTML with each `(start, end)` span marked; everything escaped.

    Article text is never interpreted as markup: only the marks are ours.
    """
    parts: list[str] = []
    pos = 0
    for start, end in joined_spans(spans):
        start = max(start, pos)
        if end <= start:
            continue
        parts.append(html.escape(text[pos:start]))
        parts.append(f'<span style="{_MARK_STYLE}">{html.escape(text[start:end])}</span>')
        pos = end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


@dataclass(frozen=True)
class SearchMark:
    """A chosen hit, shaped like the marks the article viewer highlights.

    Its id is negative so it can never be taken for an observation's id.
    """

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    id: int = SEARCH_MARK_ID


class SearchResultsModel(QAbstractListModel):
    """One row per hit: title and highlighted snippet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._files: dict[int, str] = {}

    def set_hits(self, hits: Sequence[SearchHit], files: dict[int, str] | None = None) -> None:
        """Show `hits`; `files` names the articles that have no title."""
        self.beginResetModel()
        self._hits = list(hits)
        self._files = dict(files or {})
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        title = hit.article_title or self._files.get(hit.article_id, f"#{hit.article_id}")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        if role == HTML_ROLE:
            return (
                f"<b>{html.escape(title)}</b><br/>"
                f"{highlighted_html(hit.snippet, hit.snippet_highlights)}"
            )
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Draws a result's HTML (title, snippet with marks) wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE)))
        doc.setTextWidth(max(option.rect.width(), 120) - 8)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 4, option.rect.height() - 2))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 6)


class SearchPanel(QWidget):
    """The result list under a `searchBox` line edit.

    The box is the panel's own, or one the window already shows (in its
    toolbar), passed in as `box`. Typing searches after a short pause (Enter
    searches at once); Down moves into the results; Enter or a double click
    on a result chooses it.
    `hitChosen(article_id, mark)` gives the longest match of that result in
    the article text (code points) and its sentence, as a `SearchMark`.
    """

    hitChosen = Signal(int, object)
    searchStarted = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, box: QLineEdit | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._store = store
        self.box = QLineEdit(self) if box is None else box
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap snippets on resize
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.model = SearchResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if self.box.parent() is self:
            layout.addWidget(self.box)
            self.setFocusProxy(self.box)
            QWidget.setTabOrder(self.box, self.results)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textEdited.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._search_now)
        self.box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._choose)
        self._query = ""
        self.retranslate()

    def run_search(self) -> None:
        """Query the store with the box's text and show the hits."""
        self._timer.stop()
        self._query = self.box.text().strip()
        if self._query:
            self.searchStarted.emit(self._query)
        hits = self._store.search(self._query) if self._query else []
        untitled = {hit.article_id for hit in hits if not hit.article_title}
        files: dict[int, str] = {}
        if untitled:
            files = {a.id: a.file for a in self._store.articles() if a.id in untitled}
        self.model.set_hits(hits, files)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self._show_status()

    def refresh(self) -> None:
        """Run the last query again, e.g. after articles were imported."""
        if self._query:
            self.run_search()

    def _search_now(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_next(self, step: int = 1) -> bool:
        """Edit > Next/Previous result: move through the results and open each.
        Wraps around; False when there is nothing to move through."""
        count = self.model.rowCount()
        if not count:
            return False
        current = self.results.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else 0)
        index = self.model.index((start + step) % count, 0)
        self.results.setCurrentIndex(index)
        self._choose(index)
        return True

    def _choose(self, index: QModelIndex) -> None:
        hit: SearchHit = self.model.hit(index.row())
        spans = joined_spans(hit.hits) or [(hit.sentence_start, hit.sentence_end)]
        # The longest run is the phrase searched for, not a stray short word.
        start, end = max(spans, key=lambda span: (span[1] - span[0], -span[0]))
        mark = SearchMark(start, end, hit.sentence_start, hit.sentence_end)
        self.hitChosen.emit(hit.article_id, mark)

    def _show_status(self) -> None:
        count = self.model.rowCount()
        if not self._query:
            self.status.setText(self.tr("Type to search every article; accents are optional."))
        elif count == 0:
            self.status.setText(self.tr("No sentence matches “%1”.").replace("%1", self._query))
        else:
            self.status.setText(
                self.tr("%n sentence(s) match “%1”.", "", count).replace("%1", self._query)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the box goes to the results; Escape in the results back to the box."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.box and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if watched is self.results and event.key() == Qt.Key.Key_Escape:
            self.box.setFocus(Qt.FocusReason.BacktabFocusReason)
            self.box.selectAll()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        if self.box.parent() is self:
            self.box.setPlaceholderText(self.tr("Search all articles (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
