"""Article text is data: never rendered as HTML, never a reason to touch the network.

An imported article full of markup pointing at a local port is shown in the
window: the port must see no connection at all (a proof independent of the
viewer's own bookkeeping), no document in the window may hold an image, and
every label showing the markup must show it as plain characters. Search
input with FTS5 syntax never raises, in the store or in the window.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store
from tests.store.fakes import percent_extractor

QtCore = pytest.importorskip("PySide6.QtCore")
QtWidgets = pytest.importorskip("PySide6.QtWidgets")
QtGui = pytest.importorskip("PySide6.QtGui")

FTS_SYNTAX = [
    '"',
    '""',
    "'",
    "AND",
    "OR NOT",
    "NEAR(a b, 2)",
    "a*",
    "*",
    "^chuyển",
    "-đổi",
    "col:số",
    "{folded}: số",
    "(",
    ")",
    "a AND (b OR",
    "16,5%",
    "100%)",
    "\\",
    "\x00",
    "%_",
    "'; DROP TABLE articles; --",
    "sentences_fts MATCH 'x'",
    "Ðề án 06",
    "\u200b\u202e",
    "🇻🇳📈",
    " " * 50,
    "a" * 5000,
]


@pytest.fixture
def trap() -> Iterator[socket.socket]:
    """A listening local port nothing should ever connect to."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.setblocking(False)
    yield sock
    sock.close()


def connections(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def hostile(port: int) -> str:
    url = f"http://127.0.0.1:{port}"
    return (
        f'<img src="{url}/title.png"> Phiên họp <b>lần thứ 9</b> <script>alert(1)</script>\n'
        f"![ảnh]({url}/markdown.png)\n"
        f"Ngày 10/7/2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 42%. "
        f'<a href="file:///etc/passwd">bấm</a> <style>@import url({url}/css);</style>\n'
        f'<iframe src="{url}/frame"></iframe> &lt;b&gt; &amp; kinh tế số chiếm 16,5% GDP. '
        f'<link rel="stylesheet" href="{url}/link.css"><video src="{url}/v.mp4"></video>\n'
    )


def _images_in(document: QtGui.QTextDocument) -> int:
    images = 0
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                images += 1
            it += 1
        block = block.next()
    return images


@pytest.fixture
def hostile_db(curated_db: Path, tmp_path: Path, trap: socket.socket) -> tuple[Path, int, str]:
    src = tmp_path / "doc hai.txt"
    text = hostile(trap.getsockname()[1])
    src.write_text(text, encoding="utf-8")
    ((_, article_id),) = import_files(curated_db, [src], extract=percent_extractor()).added
    return curated_db, article_id, text


def test_window_shows_markup_as_characters_and_fetches_nothing(
    qtbot, hostile_db: tuple[Path, int, str], trap: socket.socket, tmp_path: Path
) -> None:
    from cds_desktop.ui.main_window import MainWindow
    from cds_desktop.ui.preferences import Preferences
    from cds_desktop.ui.viewer import ArticleViewer

    db, article_id, text = hostile_db
    settings_file = str(tmp_path / "settings.ini")
    prefs = Preferences(QtCore.QSettings(settings_file, QtCore.QSettings.Format.IniFormat))
    window = MainWindow(db, preferences=prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_loaded, timeout=60_000)
    marks = window.store.article_observations(article_id)
    assert marks, "the test extractor marks every percentage"
    window.select_observation(marks[0].id)
    meeting = next(m for m in window.store.meetings() if article_id in m.article_ids)
    window.select_meeting(meeting.id)
    window.select_observation(marks[-1].id)
    right = window.findChild(ArticleViewer, "articleViewerRight")
    window.open_article(right, article_id)
    window.findChild(QtWidgets.QLineEdit, "searchBox").setText("img script iframe")
    window.findChild(QtWidgets.QWidget, "searchPanel").run_search()
    for _ in range(5):
        QtWidgets.QApplication.processEvents()

    left = window.findChild(ArticleViewer, "articleViewerLeft")
    for viewer in (left, right):
        assert viewer.current_article_id() == article_id
        assert viewer.browser.toPlainText() == text
        assert [u.toString() for u in viewer.browser.resource_requests if u.scheme()] == []
    assert left.highlighted_span() == (marks[-1].start, marks[-1].end)
    for edit in window.findChildren(QtWidgets.QTextEdit):
        assert _images_in(edit.document()) == 0, edit.objectName()
        assert "<script" not in edit.toHtml(), edit.objectName()
    for label in window.findChildren(QtWidgets.QLabel):
        if "<img" in label.text() or "<script" in label.text():
            assert label.textFormat() == QtCore.Qt.TextFormat.PlainText, label.objectName()
    assert connections(trap) == 0
    window.close()


def test_snippets_escape_article_markup() -> None:
    from cds_desktop.ui.search import highlighted_html

    html = highlighted_html('<img src="http://127.0.0.1:9/x.png"><script>x()</script>', [(1, 4)])
    assert "<img" not in html and "<script" not in html
    doc = QtGui.QTextDocument()
    doc.setHtml(html)
    assert _images_in(doc) == 0
    assert doc.toPlainText() == '<img src="http://127.0.0.1:9/x.png"><script>x()</script>'


@pytest.mark.parametrize("query", FTS_SYNTAX)
def test_search_with_fts_syntax_never_raises(query: str, curated_template: Path) -> None:
    store = Store(curated_template)
    try:
        hits = store.search(query)
        for hit in hits:
            text = store.article(hit.article_id).text
            assert 0 <= hit.sentence_start <= hit.sentence_end <= len(text)
            for start, end in hit.hits:
                assert hit.sentence_start <= start <= end <= hit.sentence_end
            for start, end in hit.snippet_highlights:
                assert 0 <= start <= end <= len(hit.snippet)
    finally:
        store.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60) | st.lists(st.sampled_from(FTS_SYNTAX), max_size=4).map(" ".join))
def test_search_never_raises_on_any_text(query: str, curated_template: Path) -> None:
    store = Store(curated_template)
    try:
        for hit in store.search(query):
            assert hit.sentence_start <= hit.sentence_end
    finally:
        store.close()


def test_window_search_box_takes_fts_syntax(qtbot, curated_db: Path, tmp_path: Path) -> None:
    """Typed into the window and run: an exception in a Qt slot fails the test (pytest-qt)."""
    from cds_desktop.ui.main_window import MainWindow
    from cds_desktop.ui.preferences import Preferences

    settings_file = str(tmp_path / "settings.ini")
    prefs = Preferences(QtCore.QSettings(settings_file, QtCore.QSettings.Format.IniFormat))
    window = MainWindow(curated_db, preferences=prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_loaded, timeout=60_000)
    box = window.findChild(QtWidgets.QLineEdit, "searchBox")
    panel = window.findChild(QtWidgets.QWidget, "searchPanel")
    for query in FTS_SYNTAX:
        box.setText(query)
        panel.run_search()
    box.setText("chuyển đổi số")
    panel.run_search()
    assert panel.model.rowCount() > 0
    window.close()
