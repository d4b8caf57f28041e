"""The text pane of an article viewer: plain text, laid out only where it is seen.

A `QPlainTextEdit`, not a `QTextBrowser`: its layout lays out a paragraph only
when it is shown or measured, where a `QTextBrowser` lays out the whole article
each time its text is set (6-12 ms a click at 10,000 articles). Most of this
class keeps it that way: scrolling to a figure and placing the caret are done
so that they measure only the paragraphs that end up on screen.

Articles are scraped web pages and may carry markup or image links; as plain
text they are shown as the characters they are, and no resource is fetched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class SourceText(QPlainTextEdit):
    """A read-only plain-text pane that refuses every resource and reports clicks.

    `resource_requests` records each URL Qt asked for, so tests can prove
    nothing was fetched; the answer is always "nothing". Text stays selectable
    by keyboard as well as mouse, as it was in the `QTextBrowser` this replaced.
    Positions are Qt's UTF-16 positions.
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
        self._pending_caret: int | None = None
        self.verticalScrollBar().valueChanged.connect(self.shownChanged)

    # -- text, caret, scrolling ----------------------------------------------

    def replace_text(self, text: str) -> None:
        """Show `text` from the top, the caret at its start.

        Through the document, not `setPlainText`, which also lays out the first
        screenful: wasted when a figure further down is shown next (0.4 instead
        of 1.2 ms for a 5,500-character article). The caret keeps its place on
        insertion (`_caret_at`), so it is still at the start once the new text
        is in: moving it there from the end would lay out every paragraph.
        """
        self._pending_caret = None
        self.document().setPlainText(text)
        if self.textCursor().position() != 0:
            self.setTextCursor(self._caret_at(0))

    def centre_on(self, position: int) -> None:
        """Scroll so the line holding `position` is in the middle of the pane.

        `centerCursor` would first measure every paragraph between the top and
        the caret; this walks up from the line only as far as half a screen,
        and sets the scroll bar (which counts lines) with the viewport's updates
        off, which keeps Qt from measuring the distance scrolled.
        """
        block = self.document().findBlock(position)
        self.blockBoundingRect(block)  # lays out the paragraph
        line = block.layout().lineForTextPosition(position - block.position())
        above = (self.viewport().height() - line.height()) / 2
        top, top_line = block, line.lineNumber()
        while True:
            layout = top.layout()
            while top_line > 0 and above > layout.lineAt(top_line - 1).height() / 2:
                top_line -= 1
                above -= layout.lineAt(top_line).height()
            previous = top.previous()
            if top_line > 0 or not previous.isValid() or above <= 0:
                break
            self.blockBoundingRect(previous)
            top, top_line = previous, previous.lineCount()
        viewport = self.viewport()
        viewport.setUpdatesEnabled(False)
        try:
            self.verticalScrollBar().setValue(top.firstLineNumber() + top_line)
        finally:
            viewport.setUpdatesEnabled(True)

    def place_caret(self, position: int) -> None:
        """Put the caret at `position`, for keyboard selection to start from there.

        The caret is only seen with the keyboard focus, and placing it measures
        the paragraphs between it and the old one; without the focus it is
        placed when the pane takes it, leaving the scroll position as it is.
        """
        if self.hasFocus():
            self.setTextCursor(self._caret_at(position))
        else:
            self._pending_caret = position

    def setTextCursor(self, cursor: QTextCursor) -> None:
        self._pending_caret = None  # a caret placed now wins over a pending one
        super().setTextCursor(cursor)

    def _caret_at(self, position: int) -> QTextCursor:
        """A caret at `position` that stays put when text is inserted there."""
        cursor = QTextCursor(self.document())
        cursor.setKeepPositionOnInsert(True)
        cursor.setPosition(position)
        return cursor

    # -- what is on screen ---------------------------------------------------

    def shown_range(self) -> tuple[int, int]:
        """Start and end of the paragraphs on screen.

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

    # -- events ----------------------------------------------------------------

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

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._pending_caret is not None:
            bar = self.verticalScrollBar()
            value = bar.value()
            self.setTextCursor(self._caret_at(self._pending_caret))
            bar.setValue(value)
        super().focusInEvent(event)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.resource_requests.append(QUrl(name))
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.cursorForPosition(event.position().toPoint()).position())
