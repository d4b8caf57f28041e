"""The text pane of an article viewer: plain text, laid out only where it is seen.

A `QPlainTextEdit`, not a `QTextBrowser`: its layout lays out a paragraph only
when it is shown or measured, where a `QTextBrowser` lays out the whole article
each time its text is set (6-12 ms a click at 10,000 articles). Most of this
class keeps it that way: new text goes in without laying out its first screen,
the caret does not travel from the end of the text, and the figures to mark
are looked up on screen only.

Articles are scraped web pages and may carry markup or image links; as plain
text they are shown as the characters they are, and no resource is fetched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QTextCursor
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
        self.document().setPlainText(text)
        if self.textCursor().position() != 0:
            self.setTextCursor(self._caret_at(0))

    def show_position(self, position: int) -> None:
        """Put the caret at `position`, its line in the middle of the pane.

        The caret goes there too, so keyboard selection starts at the figure.
        Tried and dropped: centring by hand (walking up half a screen) and
        placing the caret only when the pane takes the focus made this 0.4 ms
        cheaper but the next paint 0.8 ms dearer, on the same articles.
        """
        self.setTextCursor(self._caret_at(position))
        self.centerCursor()

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

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.resource_requests.append(QUrl(name))
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.cursorForPosition(event.position().toPoint()).position())
