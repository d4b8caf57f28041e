"""The article viewer: plain text only, offsets right past astral characters, clicks."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from cds_desktop.ui.offsets import OffsetMap
from cds_desktop.ui.viewer import SELECTED_BACKGROUND, ArticleViewer
from tests.conftest import SEEDS


@dataclass(frozen=True)
class Mark:
    id: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Summary:
    id: int
    file: str
    title: str | None


EMOJI_TEXT = "Mở đầu.\n📈🇻🇳 Tỷ trọng kinh tế số/GDP năm 2023 ước đạt 16,5%. Còn lại 8,3%.\n"


def _shown(qtbot, name: str, size: tuple[int, int] | None = None) -> ArticleViewer:
    """A viewer on screen (it marks only the figures it shows), at `size` if given."""
    viewer = ArticleViewer(name)
    qtbot.addWidget(viewer)
    if size is not None:
        viewer.resize(*size)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def _mark(text: str, raw: str, ident: int) -> Mark:
    start = text.index(raw)
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.index(".", start + len(raw) - 1) + 1
    return Mark(ident, start, start + len(raw), sentence_start, sentence_end)


@given(st.text(alphabet=st.sampled_from("ab đ😀🇻\U0001f4c8"), max_size=30), st.data())
def test_offset_map_agrees_with_utf16_encoding(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text)))
    offsets = OffsetMap(text)
    utf16 = len(text[:index].encode("utf-16-le")) // 2
    assert offsets.to_utf16(index) == utf16
    assert offsets.to_code_point(utf16) == index


def test_offset_map_rounds_a_position_inside_a_surrogate_pair_down() -> None:
    offsets = OffsetMap("a😀b")
    assert offsets.to_utf16(2) == 3
    assert offsets.to_code_point(2) == 1


def _strong_selection_text(viewer: ArticleViewer) -> str:
    strong = [
        s
        for s in viewer.browser.extraSelections()
        if s.format.background().color() == SELECTED_BACKGROUND
    ]
    assert len(strong) == 1
    return strong[0].cursor.selectedText()


def test_selected_figure_after_emoji_is_highlighted_on_its_own_characters(qtbot) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)
    share = _mark(EMOJI_TEXT, "16,5%", 1)
    other = _mark(EMOJI_TEXT, "8,3%", 2)
    viewer.show_article(7, EMOJI_TEXT, [share, other], selected=1)
    assert viewer.current_article_id() == 7
    assert viewer.highlighted_span() == (share.start, share.end)
    assert EMOJI_TEXT[share.start : share.end] == "16,5%"
    assert _strong_selection_text(viewer) == "16,5%"
    assert viewer.browser.toPlainText() == EMOJI_TEXT


def test_clicking_a_marked_figure_reports_its_observation(qtbot) -> None:
    viewer = _shown(qtbot, "articleViewerLeft", (600, 300))
    other = _mark(EMOJI_TEXT, "8,3%", 2)
    viewer.show_article(7, EMOJI_TEXT, [_mark(EMOJI_TEXT, "16,5%", 1), other], selected=1)
    cursor = QTextCursor(viewer.browser.document())
    cursor.setPosition(OffsetMap(EMOJI_TEXT).to_utf16(other.start + 1))
    point = viewer.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(viewer.observationClicked) as blocker:
        qtbot.mouseClick(viewer.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [2]


def test_markup_in_an_article_is_shown_literally_and_nothing_is_fetched(qtbot) -> None:
    text = 'Tiêu đề <b>x</b><img src="http://example.com/a.png"> và 5%.'
    viewer = _shown(qtbot, "articleViewerRight")
    viewer.show_article(3, text, [_mark(text + ".", "5%", 9)], selected=9)
    assert viewer.browser.toPlainText() == text
    assert "&lt;img" in viewer.browser.document().toHtml()
    assert "<img" not in viewer.browser.document().toHtml()
    assert [u for u in viewer.browser.resource_requests if u.scheme() in ("http", "https")] == []


def test_picker_lists_articles_and_asks_for_the_chosen_one(qtbot) -> None:
    viewer = ArticleViewer("articleViewerRight")
    qtbot.addWidget(viewer)
    viewer.set_articles([Summary(1, "a.txt", "Phiên họp lần thứ tám"), Summary(2, "b.txt", None)])
    assert [viewer.picker.itemText(i) for i in range(2)] == ["Phiên họp lần thứ tám", "b.txt"]
    with qtbot.waitSignal(viewer.articleRequested) as blocker:
        viewer.picker.activated.emit(1)
    assert blocker.args == [2]
    assert viewer.picker.itemData(0, Qt.ItemDataRole.ToolTipRole) == "a.txt"


def test_picker_follows_the_article_shown_and_a_new_list(qtbot) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)
    viewer.set_articles([Summary(i, f"{i}.txt", None) for i in range(1, 1001)])
    viewer.show_article(500, EMOJI_TEXT, [])
    assert viewer.picker.count() == 1000
    assert viewer.picker.currentText() == "500.txt"
    assert viewer.picker.currentData() == 500
    viewer.set_articles([Summary(500, "500.txt", "Bài 500"), Summary(7, "7.txt", None)])
    assert [viewer.picker.itemText(i) for i in range(viewer.picker.count())] == ["Bài 500", "7.txt"]
    assert viewer.picker.currentText() == "Bài 500"  # still the article shown


def test_clear_removes_text_and_highlight(qtbot) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)
    viewer.show_article(7, EMOJI_TEXT, [_mark(EMOJI_TEXT, "16,5%", 1)], selected=1)
    viewer.clear("nothing")
    assert viewer.current_article_id() is None
    assert viewer.highlighted_span() is None
    assert viewer.browser.toPlainText() == ""
    assert viewer.caption.text() == "nothing"


def test_selected_figure_is_scrolled_into_view(qtbot) -> None:
    text = "".join(f"Dòng {i} 😀 không có số liệu nào.\n" for i in range(200))
    text += "Cuối bài đạt 42,5%.\n"
    viewer = _shown(qtbot, "articleViewerLeft", (500, 220))
    figure = _mark(text, "42,5%", 5)
    viewer.show_article(1, text, [figure], selected=5)
    cursor = QTextCursor(viewer.browser.document())
    cursor.setPosition(OffsetMap(text).to_utf16(figure.start))
    assert viewer.browser.verticalScrollBar().value() > 0
    assert viewer.browser.viewport().rect().contains(viewer.browser.cursorRect(cursor))


def test_another_figure_of_the_shown_article_moves_the_highlight_without_a_new_document(
    qtbot,
) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)
    share = _mark(EMOJI_TEXT, "16,5%", 1)
    other = _mark(EMOJI_TEXT, "8,3%", 2)
    viewer.show_article(7, EMOJI_TEXT, [share, other], selected=1)
    document = viewer.browser.document()
    revision = document.revision()
    with qtbot.assertNotEmitted(viewer.browser.textChanged):
        viewer.show_article(7, EMOJI_TEXT, [share, other], selected=2)
    assert viewer.browser.document() is document
    assert document.revision() == revision
    assert viewer.highlighted_span() == (other.start, other.end)
    assert _strong_selection_text(viewer) == "8,3%"
    assert len(viewer.browser.extraSelections()) == 4  # sentence, two figures, strong


def test_changed_marks_of_the_shown_article_are_repainted(qtbot) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)
    share = _mark(EMOJI_TEXT, "16,5%", 1)
    other = _mark(EMOJI_TEXT, "8,3%", 2)
    viewer.show_article(7, EMOJI_TEXT, [share], selected=None)
    assert len(viewer.browser.extraSelections()) == 1
    viewer.show_article(7, EMOJI_TEXT, [share, other], selected=None)
    marked = [s.cursor.selectedText() for s in viewer.browser.extraSelections()]
    assert marked == ["16,5%", "8,3%"]


def test_picker_follows_the_shown_article(qtbot) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)
    viewer.set_articles([Summary(1, "a.txt", None), Summary(7, "b.txt", None)])
    viewer.show_article(7, EMOJI_TEXT, [_mark(EMOJI_TEXT, "16,5%", 1)], selected=1)
    assert viewer.picker.currentData() == 7
    viewer.show_article(1, "Khác 5%.", [], selected=None)
    assert viewer.picker.currentData() == 1
    viewer.show_article(99, "Mới nhập 6%.", [], selected=None)
    assert viewer.picker.currentIndex() == -1


def _marked_texts(viewer: ArticleViewer) -> list[str]:
    return [s.cursor.selectedText() for s in viewer.browser.extraSelections()]


LONG_TEXT = (
    "Đầu bài 😀 đạt 7,5%.\n"
    + "".join(f"Dòng {i} 😀 không có số liệu nào.\n" for i in range(200))
    + "Cuối bài đạt 42,5%.\n"
)


def test_figures_are_marked_as_they_are_scrolled_into_view(qtbot) -> None:
    viewer = _shown(qtbot, "articleViewerLeft", (500, 220))
    top, bottom = _mark(LONG_TEXT, "7,5%", 1), _mark(LONG_TEXT, "42,5%", 2)
    viewer.show_article(1, LONG_TEXT, [top, bottom], selected=2)
    assert "7,5%" not in _marked_texts(viewer)  # its paragraph was never on screen
    assert _marked_texts(viewer).count("42,5%") == 2  # light and strong
    viewer.browser.verticalScrollBar().setValue(0)
    assert "7,5%" in _marked_texts(viewer)
    assert viewer.highlighted_span() == (bottom.start, bottom.end)
    assert _strong_selection_text(viewer) == "42,5%"


def test_figures_shown_by_a_taller_viewer_are_marked(qtbot) -> None:
    viewer = _shown(qtbot, "articleViewerLeft", (500, 120))
    text = "Mở đầu đạt 1%.\n" + "Dòng trống.\n" * 12 + "Sau đó đạt 2%.\n"
    first, later = _mark(text, "1%", 1), _mark(text, "2%", 2)
    viewer.show_article(1, text, [first, later], selected=None)
    assert _marked_texts(viewer) == ["1%"]
    viewer.resize(500, 900)
    qtbot.waitUntil(lambda: _marked_texts(viewer) == ["1%", "2%"])


def test_another_article_after_a_long_one_is_marked_on_its_own_characters(qtbot) -> None:
    viewer = _shown(qtbot, "articleViewerLeft", (500, 220))
    top, bottom = _mark(LONG_TEXT, "7,5%", 1), _mark(LONG_TEXT, "42,5%", 2)
    viewer.show_article(1, LONG_TEXT, [top, bottom], selected=2)
    assert viewer.browser.verticalScrollBar().value() > 0
    short_text = "Bài mới 3%.\n"  # shorter than where the unmarked 7,5% ended
    assert len(short_text) < top.end
    viewer.show_article(7, short_text, [_mark(short_text, "3%", 5)], selected=None)
    assert viewer.browser.verticalScrollBar().value() == 0
    assert viewer.browser.textCursor().position() == 0
    assert _marked_texts(viewer) == ["3%"]
    assert viewer.highlighted_span() is None


def test_text_can_be_selected_with_the_keyboard(qtbot) -> None:
    viewer = _shown(qtbot, "articleViewerLeft")
    viewer.show_article(7, EMOJI_TEXT, [_mark(EMOJI_TEXT, "16,5%", 1)], selected=1)
    viewer.activateWindow()
    viewer.browser.setFocus()
    qtbot.waitUntil(viewer.browser.hasFocus)
    qtbot.keyClick(viewer.browser, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.browser.textCursor().selectedText() == "16,5%. Còn lại 8,3%."
    assert viewer.browser.toPlainText() == EMOJI_TEXT


def test_the_highlighted_figure_stays_on_screen_when_the_scroll_bar_appears(qtbot) -> None:
    """The scroll bar appears after the article is shown and narrows the text; the
    paragraph at the top must stay there (it jumped further down, the figure
    scrolled out of sight, on the first click in the window)."""
    text = unicodedata.normalize("NFC", (SEEDS / "000_ece4792df603b440.txt").read_text("utf-8"))
    figure = _mark(text, "16,5%", 1)
    viewer = _shown(qtbot, "articleViewerRight", (620, 260))
    assert not viewer.browser.verticalScrollBar().isVisible()
    viewer.show_article(1, text, [figure], selected=1)
    qtbot.waitUntil(viewer.browser.verticalScrollBar().isVisible)
    cursor = QTextCursor(viewer.browser.document())
    cursor.setPosition(figure.start)  # no character outside the BMP before it
    for width in (620, 580, 700):
        viewer.resize(width, 260)
        qtbot.wait(20)
        assert viewer.browser.viewport().rect().contains(viewer.browser.cursorRect(cursor)), width


def test_selected_figure_in_the_middle_of_an_article_is_centred(qtbot) -> None:
    text = LONG_TEXT.replace("Dòng 100 ", "Dòng 100 đạt 9,1% ")
    viewer = _shown(qtbot, "articleViewerLeft", (500, 300))
    figure = _mark(text, "9,1%", 3)
    viewer.show_article(1, text, [figure], selected=3)
    cursor = QTextCursor(viewer.browser.document())
    cursor.setPosition(OffsetMap(text).to_utf16(figure.start))
    rect = viewer.browser.cursorRect(cursor)
    middle = viewer.browser.viewport().height() / 2
    assert abs(rect.center().y() - middle) <= rect.height()
