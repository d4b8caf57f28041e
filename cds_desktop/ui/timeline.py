"""The meeting timeline: one marker per meeting on a date axis, one lane per kind.

Stated dates are filled markers; dates the extractor had to infer (a year
taken from context, a month only) are hollow with a dashed outline, so a
reader sees at a glance which dates the text states outright.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeyEvent, QPen
from PySide6.QtWidgets import QWidget

from cds_desktop.ui.dates import covered_range, midpoint_timestamp
from cds_desktop.ui.meeting_text import Meeting, kind_name, marker_label, meeting_tip

DAY = 86400.0
MAX_LABELS = 60  # more markers than this in view: no labels (hover still tells)
KIND_COLOURS = {"committee_session": "#1f5fa8", "de_an_06_conference": "#2e8b57"}
OTHER_COLOUR = "#7a5195"


def _marker_style(kind: str, inferred: bool) -> tuple[QColor, QPen, QBrush]:
    """Colour, outline and fill of one kind of marker.

    The scatter item renders one symbol image per distinct pen and brush
    *object*; markers sharing a style must share these objects, or 2,000
    meetings cost 2,000 renders (most of a second at 10,000 articles).
    """
    colour = QColor(KIND_COLOURS.get(kind, OTHER_COLOUR))
    if inferred:
        return colour, pg.mkPen(colour, width=2.5, style=Qt.PenStyle.DashLine), pg.mkBrush("w")
    return colour, pg.mkPen(colour, width=1.5), pg.mkBrush(colour)


class TimelinePlot(pg.PlotWidget):
    """Meetings on a zoomable, pannable date axis; clicking one emits its id."""

    meetingClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        super().__init__(parent, background="w", axisItems={"bottom": axis})
        self.setObjectName("timelinePlot")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=False, alpha=0.2)
        plot.setMouseEnabled(x=True, y=False)
        self._meetings: dict[int, Meeting] = {}
        self._positions: dict[int, tuple[float, float]] = {}
        self._colours: dict[int, QColor] = {}
        self._labels: list[pg.TextItem] = []  # a pool, see _relabel
        self._bars: list[pg.PlotDataItem] = []
        self._span_ranges: dict[int, tuple[pg.PlotDataItem, int]] = {}
        self._scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, size=16, pxMode=True)
        self._scatter.sigClicked.connect(self._clicked)
        self._ring = pg.ScatterPlotItem(
            size=28, pen=pg.mkPen("#e8590c", width=3), brush=None, symbol="o"
        )
        plot.addItem(self._scatter)
        plot.addItem(self._ring)
        self._selected: int | None = None
        plot.vb.sigXRangeChanged.connect(self._relabel)

    # -- what the window tells it --------------------------------------------

    def set_meetings(self, meetings: Sequence[Meeting]) -> None:
        """Place every dated meeting: one scatter item for all markers, one bar
        item per kind for imprecise dates, and labels only for what is in view."""
        plot = self.getPlotItem()
        for bars in self._bars:
            plot.removeItem(bars)
        self._bars = []
        self._meetings = {m.id: m for m in meetings}
        kinds = sorted({m.kind for m in meetings}, key=lambda k: (k not in KIND_COLOURS, k))
        lanes = {kind: float(len(kinds) - i) for i, kind in enumerate(kinds)}
        spots = []
        spans: dict[str, list[tuple[int, float, float, float]]] = {}
        self._positions = {}
        self._colours = {}
        styles: dict[tuple[str, bool], tuple[QColor, QPen, QBrush]] = {}
        for meeting in meetings:
            if not meeting.date:
                continue
            x, y = midpoint_timestamp(meeting.date), lanes[meeting.kind]
            self._positions[meeting.id] = (x, y)
            key = (meeting.kind, meeting.date_inferred)
            if key not in styles:
                styles[key] = _marker_style(meeting.kind, meeting.date_inferred)
            colour, pen, brush = styles[key]
            self._colours[meeting.id] = colour
            spots.append({"pos": (x, y), "data": meeting.id, "pen": pen, "brush": brush})
            if meeting.date_precision in ("month", "year"):
                first, last = covered_range(meeting.date)
                spans.setdefault(meeting.kind, []).append((meeting.id, first, last, y))
        self._scatter.setData(spots)
        self._add_bars(spans)
        left = plot.getAxis("left")
        ticks = [(lane, kind_name(kind)) for kind, lane in lanes.items()]
        left.setTicks([ticks, []])
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        left.setWidth(max((metrics.horizontalAdvance(t) for _, t in ticks), default=40) + 24)
        self._fit(lanes)
        self._relabel()
        self.select(self._selected)

    def _add_bars(self, spans: dict[str, list[tuple[int, float, float, float]]]) -> None:
        """Bars under month- or year-only dates: the marker sits mid-period, the
        bar shows the whole stretch of time the text allows."""
        self._span_ranges = {}
        for kind, rows in spans.items():
            faint = QColor(KIND_COLOURS.get(kind, OTHER_COLOUR))
            faint.setAlpha(110)
            xs = [x for _, first, last, _ in rows for x in (first, last)]
            ys = [y for *_, y in rows for _ in (0, 1)]
            bars = pg.PlotDataItem(xs, ys, connect="pairs", pen=pg.mkPen(faint, width=4))
            bars.setZValue(-5)
            self.getPlotItem().addItem(bars)
            self._bars.append(bars)
            for i, (meeting_id, *_rest) in enumerate(rows):
                self._span_ranges[meeting_id] = (bars, i)

    def _relabel(self) -> None:
        """Label the markers in view with their session (or kind), when few enough
        to read; a pool of text items is reused, so a corpus of thousands of
        meetings costs no more than the labels on screen."""
        x0, x1 = self.getPlotItem().vb.viewRange()[0]
        shown = [m for m, (x, _y) in self._positions.items() if x0 <= x <= x1]
        if len(shown) > MAX_LABELS:
            shown = []
        plot = self.getPlotItem()
        while len(self._labels) < len(shown):
            label = pg.TextItem(anchor=(0.5, 1.6))
            plot.addItem(label)
            self._labels.append(label)
        for label, meeting_id in zip(self._labels, shown, strict=False):
            label.setText(marker_label(self._meetings[meeting_id]), self._colours[meeting_id])
            label.setPos(*self._positions[meeting_id])
            label.show()
        for label in self._labels[len(shown) :]:
            label.hide()

    def select(self, meeting_id: int | None) -> None:
        """Ring the selected meeting (or none)."""
        self._selected = meeting_id
        position = self._positions.get(meeting_id) if meeting_id is not None else None
        self._ring.setData([{"pos": position}] if position else [])

    # -- what tests and the window read --------------------------------------

    def selected(self) -> int | None:
        return self._selected

    def position_of(self, meeting_id: int) -> tuple[float, float] | None:
        """Where the marker sits: (seconds since the epoch, lane), or None if undated."""
        return self._positions.get(meeting_id)

    def marker_style(self, meeting_id: int) -> tuple[bool, Qt.PenStyle]:
        """(filled, outline style) of the marker, which tells stated from inferred."""
        for spot in self._scatter.points():
            if spot.data() == meeting_id:
                filled = spot.brush().color() != QColor("white")
                return filled, spot.pen().style()
        raise KeyError(meeting_id)

    def span_of(self, meeting_id: int) -> tuple[float, float] | None:
        """The stretch of time drawn under an imprecise date, or None for a day."""
        where = self._span_ranges.get(meeting_id)
        if where is None:
            return None
        bars, i = where
        xs = bars.getData()[0]
        return float(xs[2 * i]), float(xs[2 * i + 1])

    def label_texts(self) -> list[str]:
        """The labels on screen now."""
        return [label.textItem.toPlainText() for label in self._labels if label.isVisible()]

    def view_point(self, meeting_id: int) -> QPointF:
        """The widget pixel where the meeting's marker is drawn (for clicks)."""
        x, y = self._positions[meeting_id]
        scene = self.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.mapFromScene(scene))

    # -- internals -----------------------------------------------------------

    def _fit(self, lanes: dict[str, float]) -> None:
        plot = self.getPlotItem()
        xs = [x for x, _ in self._positions.values()]
        top = max(lanes.values(), default=1.0)
        plot.setYRange(0.3, top + 0.9, padding=0)
        if xs:
            margin = max(60 * DAY, (max(xs) - min(xs)) * 0.08)
            plot.setXRange(min(xs) - margin, max(xs) + margin, padding=0)
            plot.setLimits(
                xMin=min(xs) - 20 * 365 * DAY, xMax=max(xs) + 20 * 365 * DAY, minXRange=14 * DAY
            )

    def _tip(self, x: float, y: float, data: Any) -> str:
        meeting = self._meetings.get(data)
        return meeting_tip(meeting) if meeting is not None else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right open the previous/next meeting in time, as a click would."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        order = sorted(self._positions, key=lambda m: (self._positions[m][0], m))
        if step is None or not order:
            super().keyPressEvent(event)
            return
        if self._selected in order:
            index = order.index(self._selected) + step
        else:
            index = 0 if step > 0 else len(order) - 1
        if 0 <= index < len(order):
            self.meetingClicked.emit(order[index])
        event.accept()

    def _clicked(self, item: Any, points: Sequence[Any], event: Any = None) -> None:
        if len(points):
            self.meetingClicked.emit(int(points[0].data()))
