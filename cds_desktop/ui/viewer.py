"""The article viewers: the source text with every figure marked, one figure emphasised.

The text is set as plain text, never as HTML, and no resource is ever loaded:
articles are scraped web pages and may carry markup or image links that must
be shown as the characters they are, not fetched or rendered. Offsets arrive
in code points and are converted to Qt's UTF-16 positions in `OffsetMap`.

The text pane (`SourceText`) lays out only the paragraphs it shows, so opening
another article on a click costs the visible screenful, not the whole article.
Placing a mark lays out the paragraph it is in, so the figures are marked as
their paragraphs come on screen, not all at once (see docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.ui.offsets import OffsetMap
from cds_desktop.ui.source_text import SourceText

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


class ArticleListModel(QAbstractListModel):
    """The picker's articles: shown by title (or file name), the file as tooltip,
    the id as user data (what `QComboBox.itemData` reads).

    A model over the summaries the window already holds, not one combo item
    per article: at 10,000 articles adding items one by one took ~150 ms per
    viewer on the GUI thread.
    """

    def __init__(self, articles: Sequence[Summary], parent: QWidget) -> None:
        super().__init__(parent)
        self._articles = tuple(articles)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._articles)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return article.title or article.file
        if role == Qt.ItemDataRole.ToolTipRole:
            return article.file
        if role == Qt.ItemDataRole.UserRole:
            return article.id
        return None


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
        # The popup lists the whole corpus: one row height for all spares
        # measuring each of 10,000 titles when it opens.
        view = self.picker.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
        self._picker_model: ArticleListModel | None = None
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
        model = ArticleListModel(articles, self)
        self.picker.setModel(model)
        if self._picker_model is not None:
            self._picker_model.deleteLater()
        self._picker_model = model
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
                self.browser.replace_text(text)
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

    def _scroll_to(self, start: int) -> None:
        self.browser.show_position(self._offsets.to_utf16(start))

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
