"""A named placeholder whose real content is built on first need.

Importing pyqtgraph costs most of a second; the window paints its frame with
these placeholders first and fills them right after (or at once, when a test
or a click needs the content before that).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPane(QWidget, Generic[W]):
    """Holds the objectName the contract names; `content()` builds on first call."""

    def __init__(
        self,
        object_name: str,
        factory: Callable[[QWidget], W],
        waiting: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._factory = factory
        self._content: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel(waiting, self)
        self._layout.addWidget(self._waiting)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> W:
        if self._content is None:
            self._content = self._factory(self)
            self._layout.removeWidget(self._waiting)
            self._waiting.deleteLater()
            self._layout.addWidget(self._content)
        return self._content


class FirstPaint(QObject):
    """Calls `then` once, right after `widget` has painted for the first time.

    Work queued behind the first frame of a widget (the chart, on start-up)
    then runs once that frame is on screen instead of delaying it. A
    pyqtgraph view paints on its viewport: watch that.
    """

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this frame is finished
        return False
