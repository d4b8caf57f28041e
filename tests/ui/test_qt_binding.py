"""Guard against the Qt binding's reference-count bug that crashes the window.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of
a C++ method returning void (`setText`, `setPosition`, ...); None is not
immortal before Python 3.12, so after a few thousand clicks the interpreter
aborts with "none_dealloc: deallocating None". 6.11.3 is sound.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) - before > -50
