"""Language switching, the Vietnamese catalogue, and what the window remembers."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
)

from cds_desktop.ui.i18n import LanguageMenu, LanguageSwitcher, catalogue_dir, languages
from cds_desktop.ui.preferences import Preferences

ROOT = Path(__file__).resolve().parents[2]
TS = catalogue_dir() / "cds_desktop_vi.ts"
QT_TS = catalogue_dir() / "qtbase_vi.ts"
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    """Settings in a file of the test's own: the user's are never touched."""
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def switcher(qapp, preferences: Preferences):
    switcher = LanguageSwitcher(preferences)
    yield switcher
    switcher.switch("en")


def test_languages_are_vietnamese_and_english_named_in_themselves() -> None:
    names = {lang.code: lang.name for lang in languages()}
    assert names == {"vi": "Tiếng Việt", "en": "English"}


@pytest.mark.parametrize("ts", [TS, QT_TS], ids=lambda ts: ts.stem)
def test_every_message_in_the_catalogue_is_translated(ts: Path) -> None:
    unfinished = [
        source
        for (_context, source), message in _messages(ts).items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not "".join(message.find("translation").itertext()).strip()  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_every_translatable_text_in_the_ui_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = [str(TOOLS / "pyside6-lupdate"), "-extensions", "py", "-locations", "none"]
    subprocess.run(
        [*lupdate, "cds_desktop/ui", "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    found = set(_messages(fresh))
    assert ("SearchPanel", "Search results") in found  # the scan did read the code
    assert found - set(_messages(TS)) == set()


@pytest.mark.parametrize("ts", [TS, QT_TS], ids=lambda ts: ts.stem)
def test_compiled_catalogue_is_what_lrelease_makes_of_the_ts(ts: Path, tmp_path: Path) -> None:
    rebuilt = tmp_path / "vi.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    assert rebuilt.read_bytes() == ts.with_suffix(".qm").read_bytes()


def _file_dialog_texts(qtbot) -> set[str]:
    """What Qt's own (not the desktop's) open dialog shows in its labels and buttons."""
    dialog = QFileDialog(None, "", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    texts |= {button.text() for button in dialog.findChildren(QPushButton)}
    return texts


def test_qt_own_dialogs_and_menus_follow_the_language(qtbot, switcher: LanguageSwitcher) -> None:
    english = _file_dialog_texts(qtbot)
    assert {"File &name:", "Files of &type:", "&Open", "Cancel"} <= english

    switcher.switch("vi")

    vietnamese = _file_dialog_texts(qtbot)
    assert {"&Tên tệp:", "&Loại tệp:", "&Mở", "Hủy"} <= vietnamese
    assert not english & vietnamese - {""}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert "&Sao chép" in [action.text().split("\t")[0] for action in menu.actions()]

    switcher.switch("en")
    assert {"File &name:", "&Open"} <= _file_dialog_texts(qtbot)


def test_a_missing_qt_catalogue_keeps_the_window_in_vietnamese(
    qtbot, switcher: LanguageSwitcher, tmp_path: Path, monkeypatch
) -> None:
    from cds_desktop.ui import i18n

    (tmp_path / "cds_desktop_vi.qm").write_bytes(
        (catalogue_dir() / "cds_desktop_vi.qm").read_bytes()
    )
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: tmp_path)
    menu = LanguageMenu(switcher)
    qtbot.addWidget(menu)

    assert switcher.switch("vi") is True

    qtbot.waitUntil(lambda: menu.title() == "&Ngôn ngữ")
    assert "File &name:" in _file_dialog_texts(qtbot)


def test_switching_language_retitles_the_menu_and_is_remembered(
    qtbot, switcher: LanguageSwitcher, preferences: Preferences, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(switcher, window)
    window.menuBar().addMenu(menu)
    assert menu.title() == "&Language"
    assert menu.action_for("en").isChecked()

    menu.action_for("vi").trigger()

    qtbot.waitUntil(lambda: menu.title() == "&Ngôn ngữ")
    assert menu.action_for("vi").isChecked()
    assert not menu.action_for("en").isChecked()
    again = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.language() == "vi"
    assert LanguageSwitcher(again).restore() == "vi"

    menu.action_for("en").trigger()
    qtbot.waitUntil(lambda: menu.title() == "&Language")
    assert again.settings.value("ui/language") == "en"


def test_language_names_are_never_translated(qtbot, switcher: LanguageSwitcher) -> None:
    menu = LanguageMenu(switcher)
    qtbot.addWidget(menu)
    switcher.switch("vi")
    assert [a.text() for a in menu.actions()] == ["Tiếng Việt", "English"]


def test_restore_falls_back_to_a_known_language(qapp, preferences: Preferences) -> None:
    preferences.set_language("fr")
    switcher = LanguageSwitcher(preferences)
    assert switcher.restore() in {"vi", "en"}
    switcher.switch("en")


def test_window_geometry_and_splitters_are_remembered(qtbot, preferences: Preferences) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(QLabel("left"))
    splitter.addWidget(QLabel("right"))
    window.setCentralWidget(splitter)
    window.resize(640, 480)
    window.show()
    splitter.setSizes([150, 480])
    sizes = splitter.sizes()
    assert not preferences.restore_window(window)
    preferences.save_window(window)

    other = QMainWindow()
    qtbot.addWidget(other)
    other_splitter = QSplitter(other)
    other_splitter.setObjectName("mainSplitter")
    other_splitter.addWidget(QLabel("left"))
    other_splitter.addWidget(QLabel("right"))
    other.setCentralWidget(other_splitter)
    assert preferences.restore_window(other)
    other.show()
    assert other.size() == window.size()
    assert other_splitter.sizes() == sizes


def test_a_missing_catalogue_leaves_the_ui_in_english(
    qtbot, switcher: LanguageSwitcher, preferences: Preferences, tmp_path: Path, monkeypatch
) -> None:
    from cds_desktop.ui import i18n

    menu = LanguageMenu(switcher)
    qtbot.addWidget(menu)
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: tmp_path)
    with qtbot.captureExceptions() as exceptions:
        assert switcher.switch("vi") is False
    assert exceptions == []
    assert switcher.current() == "en"
    assert preferences.language() is None
    assert menu.action_for("en").isChecked()
    assert menu.title() == "&Language"
