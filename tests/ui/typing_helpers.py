"""Typing any text into a widget as key events.

`QTest.keyClicks` only knows ASCII keys (Qt asserts on `ớ`), while Vietnamese
users type through an input method that delivers composed characters; a key
event that carries the character as its text is what such input looks like
to the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(widget, event)
