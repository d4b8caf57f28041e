"""Curated points drawn differently on the indicator chart.

Kept apart from `curation` because it needs pyqtgraph, which the window
imports only after its first paint.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cds_desktop.store.rows import ObservationRow
from cds_desktop.ui.chart import IndicatorChart

CURATION_COLOURS_STRONG = {"confirm": "#2f9e44", "correct": "#f08c00"}


class CurationMarks:
    """A halo behind every curated point of a chart, in the table's colours.

    Drawn behind the points and deaf to the mouse, so clicks still reach the
    point itself. `update` after every `set_series` and every curation.
    """

    def __init__(self, chart: IndicatorChart) -> None:
        self._chart = chart
        self.item = pg.ScatterPlotItem(size=24, pxMode=True)
        self.item.setZValue(-1)
        self.item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        chart.getPlotItem().addItem(self.item)

    def update(self, rows: Sequence[ObservationRow]) -> None:
        spots = []
        for row in rows:
            if not row.curation or row.curation == "reject":
                continue
            position = self._chart.position(row.id)
            if position is None:
                continue
            colour = QColor(CURATION_COLOURS_STRONG[row.curation])
            spots.append(
                {
                    "pos": position,
                    "brush": pg.mkBrush(colour.red(), colour.green(), colour.blue(), 150),
                    "pen": pg.mkPen(colour, width=2),
                    "symbol": "o",
                    "data": row.id,
                }
            )
        self.item.setData(spots)

    def marked_ids(self) -> set[int]:
        return {int(spot.data()) for spot in self.item.points()}
