"""The article viewers: the source text with every figure marked, one figure emphasised.

The text is set as plain text, never as HTML, and no resource is ever loaded:
articles are scraped web pages and may carry markup or image links that must
be shown as the characters they are, not fetched or rendered. Offsets arrive
in code points and are converted to Qt's UTF-16 positions in `OffsetMap`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.ui.offsets import OffsetMap

FIGURE_BACKGROUND = QColor("#dbe8f6")
SENTENCE_BACKGROUND = QColor("#fff1b8")
SELECTED_BACKGROUND = QColor("#f59e2b")


def _char_format(background: QColor, *, strong: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    if strong:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
    return fmt


_FIGURE = _char_format(FIGURE_BACKGROUND)
_SENTENCE = _char_format(SENTENCE_BACKGROUND)
_STRONG = _char_format(SELECTED_BACKGROUND, strong=True)


class Marked(Protocol):
    """What the viewer needs of an observation: where it and its sentence are."""

    @property
    def id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def sentence_start(self) -> int: ...
    @property
    def sentence_end(self) -> int: ...


class Summary(Protocol):
    """What the article picker needs of an article."""

    @property
    def id(self) -> int: ...
    @property
    def file(self) -> str: ...
    @property
    def title(self) -> str | None: ...


class SourceBrowser(QTextBrowser):
    """A read-only text pane that refuses every resource and reports clicks.

    `resource_requests` records each URL Qt asked for, so tests can prove
    nothing was fetched; the answer is always "nothing".
    """

    clickedAt = Signal(int)  # UTF-16 position under a plain left click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.resource_requests: list[QUrl] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.resource_requests.append(QUrl(name))
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.cursorForPosition(event.position().toPoint()).position())


class ArticleViewer(QWidget):
    """One pane: an article picker, a caption saying what is shown, the text.

    The window feeds it (`show_article`); it never queries the store, so it
    can show any text, including one that was just imported.
    """

    articleRequested = Signal(int)  # the user picked an article in the picker
    observationClicked = Signal(int)  # the user clicked a marked figure

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.picker = QComboBox(self)
        self.picker.setObjectName(f"{object_name}Picker")
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(20)
        self.picker.activated.connect(self._picked)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{object_name}Caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.browser = SourceBrowser(self)
        self.browser.setObjectName(f"{object_name}Text")
        self.browser.clickedAt.connect(self._clicked_at)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.caption)
        layout.addWidget(self.browser, 1)
        self._article_id: int | None = None
        self._text = ""
        self._offsets = OffsetMap("")
        self._marks: tuple[Marked, ...] = ()
        self._selected: Marked | None = None
        # The figures' light marks, built once per article and marks: a click on
        # another figure of the shown article only moves the strong highlight.
        self._figure_selections: list[QTextEdit.ExtraSelection] = []
        self._marked_spans: tuple[tuple[int, int, int], ...] = ()
        # Picker row of each article id: `findData` walks every row, and the
        # picker holds the whole corpus.
        self._picker_rows: dict[int, int] = {}

    # -- what the window and tests ask --------------------------------------

    def current_article_id(self) -> int | None:
        return self._article_id

    def highlighted_span(self) -> tuple[int, int] | None:
        """Code-point start and end of the strongly highlighted figure."""
        if self._selected is None:
            return None
        return (self._selected.start, self._selected.end)

    def highlighted_sentence(self) -> tuple[int, int] | None:
        if self._selected is None:
            return None
        return (self._selected.sentence_start, self._selected.sentence_end)

    def text(self) -> str:
        return self._text

    # -- what the window tells it --------------------------------------------

    def set_articles(self, articles: Sequence[Summary]) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for article in articles:
            self.picker.addItem(article.title or article.file, article.id)
            self.picker.setItemData(
                self.picker.count() - 1, article.file, Qt.ItemDataRole.ToolTipRole
            )
        self._picker_rows = {article.id: row for row, article in enumerate(articles)}
        self._set_picker(self._article_id)

    def show_article(
        self,
        article_id: int,
        text: str,
        marks: Sequence[Marked],
        selected: int | None = None,
        caption: str = "",
    ) -> None:
        """Show `text` with each of `marks` highlighted, `selected` strongly.

        The document is only replaced when the article or its text changed, and
        the figures' marks only rebuilt when they changed, so moving between
        figures of the shown article costs two selections, not a new layout.
        """
        if article_id != self._article_id or text != self._text:
            self._article_id = article_id
            self._text = text
            self._offsets = OffsetMap(text)
            self.browser.setPlainText(text)
            self._marked_spans = ()
        self._marks = tuple(marks)
        spans = tuple((m.id, m.start, m.end) for m in self._marks)
        if spans != self._marked_spans:
            self._marked_spans = spans
            self._figure_selections = [
                self._selection(m.start, m.end, _FIGURE) for m in self._marks
            ]
        self._selected = next((m for m in self._marks if m.id == selected), None)
        self.caption.setText(caption)
        self._set_picker(article_id)
        self._paint_marks()
        if self._selected is not None:
            self._scroll_to(self._selected.start)

    def clear(self, caption: str = "") -> None:
        self._article_id = None
        self._text = ""
        self._offsets = OffsetMap("")
        self._marks = ()
        self._selected = None
        self._figure_selections = []
        self._marked_spans = ()
        self.browser.clear()
        self.browser.setExtraSelections([])
        self.caption.setText(caption)
        self.picker.setCurrentIndex(-1)

    # -- internals -----------------------------------------------------------

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = fmt  # type: ignore[misc]
        return selection

    def _set_picker(self, article_id: int | None) -> None:
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(
            -1 if article_id is None else self._picker_rows.get(article_id, -1)
        )
        self.picker.blockSignals(False)

    def _paint_marks(self) -> None:
        chosen = self._selected
        if chosen is None:
            self.browser.setExtraSelections(self._figure_selections)
            return
        self.browser.setExtraSelections(
            [
                self._selection(chosen.sentence_start, chosen.sentence_end, _SENTENCE),
                *self._figure_selections,
                self._selection(chosen.start, chosen.end, _STRONG),
            ]
        )

    def _scroll_to(self, start: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        bar = self.browser.verticalScrollBar()
        middle = self.browser.viewport().height() // 2
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).center().y() - middle)

    def _picked(self, index: int) -> None:
        article_id = self.picker.itemData(index)
        if article_id is not None:
            self.articleRequested.emit(int(article_id))

    def _clicked_at(self, position: int) -> None:
        if not self._text:
            return
        index = self._offsets.to_code_point(position)
        hit = next((m for m in self._marks if m.start <= index <= m.end), None)
        if hit is not None:
            self.observationClicked.emit(hit.id)
