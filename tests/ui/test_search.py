"""The search panel, driven through its widgets against the seed database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cds_desktop.extract.text import search_fold
from cds_desktop.store.queries import Store
from cds_desktop.ui.search import (
    HTML_ROLE,
    SEARCH_MARK_ID,
    SearchMark,
    SearchPanel,
    highlighted_html,
    joined_spans,
)
from cds_desktop.ui.viewer import ArticleViewer


@pytest.fixture
def store(seed_db: Path) -> Iterator[Store]:
    store = Store(seed_db)
    yield store
    store.close()


@pytest.fixture
def panel(qtbot, store: Store) -> SearchPanel:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def _type(qtbot, panel: SearchPanel, text: str) -> None:
    panel.box.setFocus()
    qtbot.keyClicks(panel.box, text)
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)


def test_highlighted_html_escapes_the_text_and_marks_only_the_spans() -> None:
    text = "x <b>y</b> 1,5 tỷ & z"
    start = text.index("1,5")
    html = highlighted_html(text, [(start, start + len("1,5 tỷ"))])
    assert html.startswith("x &lt;b&gt;y&lt;/b&gt; <span style=")
    assert html.endswith(">1,5 tỷ</span> &amp; z")
    assert html.count("<span") == 1


def test_word_hits_one_separator_apart_make_one_phrase() -> None:
    assert joined_spans([(10, 14), (0, 4), (5, 7), (8, 10), (20, 22)]) == [(0, 14), (20, 22)]


def test_typing_without_accents_finds_sentences_with_them(
    qtbot, panel: SearchPanel, store: Store
) -> None:
    _type(qtbot, panel, "kinh te so")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    for row in range(panel.model.rowCount()):
        hit = panel.model.hit(row)
        text = store.article(hit.article_id).text
        assert {search_fold(text[s:e]) for s, e in hit.hits} == {"kinh", "te", "so"}
        marked = {search_fold(hit.snippet[s:e]) for s, e in hit.snippet_highlights}
        assert marked and marked <= {"kinh", "te", "so"}
        heading = str(panel.model.index(row, 0).data()).split("\n")[0]
        article = store.article(hit.article_id)
        assert heading == (article.title or article.file)
    html = str(panel.model.index(0, 0).data(HTML_ROLE))
    assert "Kinh tế số" in html or "kinh tế số" in html
    assert "background-color" in html
    assert str(panel.model.rowCount()) in panel.status.text()


def test_eth_written_d_is_found_by_plain_d(qtbot, panel: SearchPanel, store: Store) -> None:
    eth_article = next(a.id for a in store.articles() if "\u00d0" in store.article(a.id).text)
    _type(qtbot, panel, "de an 06")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    found = {panel.model.hit(r).article_id for r in range(panel.model.rowCount())}
    assert eth_article in found


def test_choosing_a_result_opens_the_article_at_the_hit(
    qtbot, panel: SearchPanel, store: Store
) -> None:
    viewer = ArticleViewer("articleViewerLeft")
    qtbot.addWidget(viewer)

    def open_hit(article_id: int, mark: SearchMark) -> None:
        viewer.show_article(article_id, store.article(article_id).text, [mark], mark.id)

    panel.hitChosen.connect(open_hit)
    _type(qtbot, panel, "VNeID")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    chosen = panel.model.hit(panel.results.currentIndex().row())

    with qtbot.waitSignal(panel.hitChosen) as signal:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)

    article_id, mark = signal.args
    assert article_id == chosen.article_id
    assert mark.id == SEARCH_MARK_ID
    text = store.article(article_id).text
    assert search_fold(text[mark.start : mark.end]) == "vneid"
    assert mark.end - mark.start == max(e - s for s, e in joined_spans(chosen.hits))
    assert chosen.sentence_start <= mark.start < mark.end <= chosen.sentence_end
    assert viewer.current_article_id() == article_id
    assert viewer.highlighted_span() == (mark.start, mark.end)


def test_down_and_escape_move_between_box_and_results(qtbot, panel: SearchPanel) -> None:
    panel.box.setFocus()
    qtbot.keyClicks(panel.box, "chuyen doi so")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=3000)
    panel.box.setFocus()
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Escape)
    assert panel.box.hasFocus()
    assert panel.box.selectedText() == "chuyen doi so"


def test_nothing_found_says_so_and_odd_input_does_not_break(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "xyzzyqq")
    assert panel.model.rowCount() == 0
    assert "xyzzyqq" in panel.status.text()
    panel.box.clear()
    _type(qtbot, panel, '16,5% "AND (')
    assert "16,5%" in panel.status.text()


def test_the_chosen_mark_is_the_phrase_not_a_stray_word(
    qtbot, panel: SearchPanel, store: Store
) -> None:
    _type(qtbot, panel, "ty trong kinh te so")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)

    def phrase_and_strays(row: int) -> bool:
        hit = panel.model.hit(row)
        sentence = store.article(hit.article_id).text[hit.sentence_start : hit.sentence_end]
        return "ty trong kinh te so" in search_fold(sentence) and len(joined_spans(hit.hits)) > 1

    row = next(r for r in range(panel.model.rowCount()) if phrase_and_strays(r))
    with qtbot.waitSignal(panel.hitChosen) as signal:
        panel.results.activated.emit(panel.model.index(row, 0))
    article_id, mark = signal.args
    assert search_fold(store.article(article_id).text[mark.start : mark.end]) == (
        "ty trong kinh te so"
    )


def test_next_and_previous_walk_the_results_and_wrap(qtbot, panel: SearchPanel) -> None:
    chosen: list[int] = []
    panel.hitChosen.connect(lambda _article, mark: chosen.append(mark.start))
    assert not panel.choose_next(1)
    _type(qtbot, panel, "kinh te so")
    count = panel.model.rowCount()
    assert count > 2
    starts = [panel.model.hit(r).sentence_start for r in range(count)]
    panel.results.setCurrentIndex(panel.model.index(count - 1, 0))
    assert panel.choose_next(1)
    assert panel.results.currentIndex().row() == 0  # wrapped
    assert panel.choose_next(-1)
    assert panel.results.currentIndex().row() == count - 1
    assert panel.choose_next(-1)
    assert panel.results.currentIndex().row() == count - 2
    assert len(chosen) == 3
    assert all(
        hit_start >= sentence
        for hit_start, sentence in zip(chosen, [starts[0], starts[-1], starts[-2]], strict=True)
    )
