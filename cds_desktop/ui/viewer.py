"""The article viewers: the source text with every figure marked, one figure emphasised.

The text is set as plain text, never as HTML, and no resource is ever loaded:
articles are scraped web pages and may carry markup or image links that must
be shown as the characters they are, not fetched or rendered. Offsets arrive
in code points and are converted to Qt's UTF-16 positions in `OffsetMap`.

The pane is a `QPlainTextEdit`, not a `QTextBrowser`: its layout lays out only
the paragraphs it shows or scrolls past, so opening another article on a click
costs the visible screenful, not the whole article. Placing a mark lays out
the paragraph it is in, so the figures are marked as their paragraphs come on
screen, not all at once (see docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
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


class SourceText(QPlainTextEdit):
    """A read-only plain-text pane that refuses every resource and reports clicks.

    `resource_requests` records each URL Qt asked for, so tests can prove
    nothing was fetched; the answer is always "nothing". Text stays selectable
    by keyboard as well as mouse, as it was in the `QTextBrowser` this replaced.
    """

    clickedAt = Signal(int)  # UTF-16 position under a plain left click
    shownChanged = Signal()  # other paragraphs may be on screen: scrolled or resized

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.resource_requests: list[QUrl] = []
        self.verticalScrollBar().valueChanged.connect(self.shownChanged)

    def shown_range(self) -> tuple[int, int]:
        """UTF-16 start and end of the paragraphs on screen.

        A hidden pane has no screen to be sparing about: all of its text counts.
        """
        if not self.isVisible():
            return (0, self.document().characterCount())
        block = self.firstVisibleBlock()
        start = end = block.position()
        offset, bottom = self.contentOffset(), self.viewport().height()
        while (
            block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() < bottom
        ):
            end = block.position() + block.length()
            block = block.next()
        return (start, end)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the line at the top in place when the width changes.

        A new width (a scroll bar appearing is one) drops every paragraph's
        layout, so each counts as one line until shown again; the scroll bar,
        which counts lines, can then shrink below its value and land on a
        paragraph further down, taking the highlighted figure off screen.
        """
        top = self.firstVisibleBlock()
        line = self.verticalScrollBar().value() - top.firstLineNumber()
        super().resizeEvent(event)
        if top.isValid() and self.firstVisibleBlock() != top:
            self.blockBoundingRect(top)  # lays it out: its lines count again
            line = min(line, max(0, top.lineCount() - 1))
            self.verticalScrollBar().setValue(top.firstLineNumber() + line)
        self.shownChanged.emit()

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
        self.browser = SourceText(self)
        self.browser.setObjectName(f"{object_name}Text")
        self.browser.clickedAt.connect(self._clicked_at)
        self.browser.shownChanged.connect(self._mark_shown)
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
        # The figures' light marks by index in `_marks`, built as their paragraphs
        # come on screen and kept while the article and its marks stay: a click
        # on another figure of the shown article only moves the strong highlight.
        self._figure_selections: dict[int, QTextEdit.ExtraSelection] = {}
        self._marked_spans: tuple[tuple[int, int, int], ...] = ()
        # True while `show_article` replaces the text, the marks and the scroll
        # position: the screens passed on the way are never painted, so their
        # figures are not marked (and old marks never meet the new text).
        self._updating = False
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
        The selected figure is scrolled to first, then the figures on screen
        around it are marked.
        """
        self._updating = True
        try:
            if article_id != self._article_id or text != self._text:
                self._article_id = article_id
                self._text = text
                self._offsets = OffsetMap(text)
                self._replace_text(text)
                self._marked_spans = ()
            self._marks = tuple(marks)
            spans = tuple((m.id, m.start, m.end) for m in self._marks)
            if spans != self._marked_spans:
                self._marked_spans = spans
                self._figure_selections = {}
            self._selected = next((m for m in self._marks if m.id == selected), None)
            self.caption.setText(caption)
            self._set_picker(article_id)
            if self._selected is not None:
                self._scroll_to(self._selected.start)
        finally:
            self._updating = False
        self._mark_shown(force=True)

    def clear(self, caption: str = "") -> None:
        self._article_id = None
        self._text = ""
        self._offsets = OffsetMap("")
        self._marks = ()
        self._selected = None
        self._figure_selections = {}
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

    def _mark_shown(self, force: bool = False) -> None:
        """Mark the figures whose paragraphs are on screen and not yet marked;
        repaint the marks when any was added, or when `force`d."""
        if self._updating and not force:
            return
        first, last = self.browser.shown_range()
        start, end = self._offsets.to_code_point(first), self._offsets.to_code_point(last)
        added = False
        for index, mark in enumerate(self._marks):
            if index not in self._figure_selections and mark.start < end and mark.end > start:
                self._figure_selections[index] = self._selection(mark.start, mark.end, _FIGURE)
                added = True
        if added or force:
            self._paint_marks()

    def _paint_marks(self) -> None:
        figures = [self._figure_selections[i] for i in sorted(self._figure_selections)]
        chosen = self._selected
        if chosen is None:
            self.browser.setExtraSelections(figures)
            return
        self.browser.setExtraSelections(
            [
                self._selection(chosen.sentence_start, chosen.sentence_end, _SENTENCE),
                *figures,
                self._selection(chosen.start, chosen.end, _STRONG),
            ]
        )

    def _replace_text(self, text: str) -> None:
        """Put `text` in the document, the caret at its start, scrolled to the top.

        Through the document, not `QPlainTextEdit.setPlainText`, which also lays
        out the first screenful: wasted when the caret then goes to a figure
        further down (0.4 instead of 1.2 ms for a 5,500-character article). The
        caret keeps its place on insertion (`_caret_at`), so it is still at the
        start once the new text is in: moving it there from the end would lay
        out the paragraphs down to the end's position.
        """
        self.browser.document().setPlainText(text)
        if self.browser.textCursor().position() != 0:
            self.browser.setTextCursor(self._caret_at(0))

    def _caret_at(self, position: int) -> QTextCursor:
        """A caret at UTF-16 `position` that stays put when text is inserted there."""
        cursor = QTextCursor(self.browser.document())
        cursor.setKeepPositionOnInsert(True)
        cursor.setPosition(position)
        return cursor

    def _scroll_to(self, start: int) -> None:
        self.browser.setTextCursor(self._caret_at(self._offsets.to_utf16(start)))
        self.browser.centerCursor()

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
