"""The window's language: Vietnamese or English, switchable while running.

The Qt way: strings in the code are English and go through `tr()` /
`QCoreApplication.translate()`; Vietnamese lives in a Qt Linguist catalogue
(`resources/i18n/cds_desktop_vi.ts`, extracted with `pyside6-lupdate` and
compiled with `pyside6-lrelease`, both shipped in PySide6-Essentials). Installing
a `QTranslator` makes Qt send every widget a `LanguageChange` event, and each
widget re-reads its texts in `changeEvent`, so switching needs no restart.
The choice is remembered through `Preferences`.

After changing texts in `cds_desktop/ui`:
    pyside6-lupdate -no-obsolete -locations none cds_desktop/ui -ts resources/i18n/cds_desktop_vi.ts
then translate the new entries (Qt Linguist, or by hand) and
    pyside6-lrelease resources/i18n/cds_desktop_vi.ts -qm resources/i18n/cds_desktop_vi.qm
(`tests/ui/test_i18n.py` fails while a text is untranslated or the .qm is stale).
Qt's own texts (file dialogs, standard buttons) come from `qtbase_vi.ts`, kept
by hand, compiled the same way: Qt ships no Vietnamese catalogue.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QTranslator,
    Signal,
    qWarning,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cds_desktop.paths import resources_dir
from cds_desktop.ui.preferences import Preferences

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself
    catalogue: str | None  # file stem in resources/i18n, None for the source language
    # Qt's own widget texts (file dialogs, message-box buttons, context menus):
    # Qt ships no Vietnamese catalogue, so we keep one of the few it shows us.
    qt_catalogue: str | None = None


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


@cache
def languages() -> tuple[Language, ...]:
    data = tomllib.loads((catalogue_dir() / "languages.toml").read_text(encoding="utf-8"))
    return tuple(
        Language(entry["code"], entry["name"], entry.get("catalogue"), entry.get("qt_catalogue"))
        for entry in data["language"]
    )


def language(code: str) -> Language:
    for lang in languages():
        if lang.code == code:
            return lang
    raise KeyError(code)


def default_language(preferences: Preferences) -> str:
    """The remembered choice, else the system's language when we have it, else English."""
    known = {lang.code for lang in languages()}
    saved = preferences.language()
    if saved in known:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in known else SOURCE_LANGUAGE


class LanguageSwitcher(QObject):
    """Owns the installed translator; `switch` changes the whole UI at once."""

    languageChanged = Signal(str)

    def __init__(self, preferences: Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._translators: list[QTranslator] = []
        self._current = SOURCE_LANGUAGE

    def current(self) -> str:
        return self._current

    def restore(self) -> str:
        """Apply the remembered (or default) language; call once at start-up.
        Returns the language actually shown."""
        self._install(default_language(self._preferences))
        return self._current

    def switch(self, code: str) -> bool:
        """Install `code`'s catalogue, remember it, and tell listeners.

        A missing or unreadable catalogue must not keep the window from
        opening: the UI stays in English, the choice is not remembered, and
        False says so.
        """
        installed = self._install(code)
        if installed:
            self._preferences.set_language(code)
        return installed

    def _install(self, code: str) -> bool:
        lang = language(code)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication must exist before a language is installed")
        translators: list[QTranslator] = []
        if lang.catalogue is not None:
            own = self._load(lang.catalogue)
            if own is None:
                code = SOURCE_LANGUAGE
            else:
                translators.append(own)
                qt_own = self._load(lang.qt_catalogue) if lang.qt_catalogue else None
                if qt_own is not None:
                    translators.append(qt_own)
        for old in self._translators:
            app.removeTranslator(old)
            old.deleteLater()
        for translator in translators:
            app.installTranslator(translator)
        self._translators = translators
        QLocale.setDefault(QLocale(code))
        self._current = code
        self.languageChanged.emit(code)
        return code == lang.code

    def _load(self, catalogue: str) -> QTranslator | None:
        """The compiled catalogue, or None (with a warning) when it cannot be read."""
        translator = QTranslator(self)
        path = catalogue_dir() / f"{catalogue}.qm"
        if translator.load(str(path)):
            return translator
        qWarning(f"{path}: the compiled catalogue is missing or unreadable")
        translator.deleteLater()
        return None


class LanguageMenu(QMenu):
    """View > Language: one checkable entry per language, names never translated."""

    def __init__(self, switcher: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self._switcher = switcher
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for lang in languages():
            action = QAction(lang.name, self)
            action.setCheckable(True)
            action.setObjectName(f"language_{lang.code}")
            action.setData(lang.code)
            action.triggered.connect(lambda _checked=False, c=lang.code: switcher.switch(c))
            self._group.addAction(action)
            self.addAction(action)
            self._actions[lang.code] = action
        switcher.languageChanged.connect(self._mark)
        self._mark(switcher.current())
        self.retranslate()

    def action_for(self, code: str) -> QAction:
        return self._actions[code]

    def _mark(self, code: str) -> None:
        self._actions[code].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
