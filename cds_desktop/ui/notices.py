"""Warnings the window shows without stopping the user's work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def open_warning(parent: QWidget, title: str, text: str, name: str) -> QMessageBox:
    """Open a window-modal warning and return at once.

    `open()` rather than `exec()`: a nested event loop would let queued work
    (a background read, a timer) run under a half-finished action. The box
    deletes itself when closed; `name` is its objectName, for tests and
    accessibility tools.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
