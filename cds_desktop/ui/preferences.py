"""What the window remembers between runs: language, geometry, splitters.

Everything goes through one `QSettings` handed in by the caller, so tests
(and a portable install) can point it at a file of their own and never touch
the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

ORGANIZATION = "cds-desktop"
APPLICATION = "cds-desktop"

_LANGUAGE = "ui/language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "splitters/{}"


class Preferences:
    """Typed access to the application's `QSettings` keys."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    @property
    def settings(self) -> QSettings:
        return self._settings

    def language(self) -> str | None:
        value = self._settings.value(_LANGUAGE)
        return str(value) if value else None

    def set_language(self, code: str) -> None:
        self._settings.setValue(_LANGUAGE, code)
        self._settings.sync()

    def save_window(self, window: QMainWindow) -> None:
        """Geometry, dock/toolbar layout and every named splitter inside."""
        self._settings.setValue(_GEOMETRY, window.saveGeometry())
        self._settings.setValue(_STATE, window.saveState())
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self._settings.setValue(
                    _SPLITTER.format(splitter.objectName()), splitter.saveState()
                )
        self._settings.sync()

    def restore_window(self, window: QMainWindow) -> bool:
        """Put back what `save_window` stored; False when nothing was stored yet."""
        geometry = self._settings.value(_GEOMETRY)
        if not isinstance(geometry, QByteArray):
            return False
        window.restoreGeometry(geometry)
        state = self._settings.value(_STATE)
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            saved = self._settings.value(_SPLITTER.format(splitter.objectName()))
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        return True
