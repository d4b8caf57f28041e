"""One indicator as a time series: every report of it placed at its period's end.

Actuals are joined by a line (they form a history); targets and forecasts are
promises, so they stand apart as hollow markers with no line. Each province
is its own series in its own colour. Meeting dates are faint vertical lines so
a reader sees which meeting a figure was reported at. Reports that disagree
(same indicator, period and scope, different values) get a red ring.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QWidget

from cds_desktop.ui.dates import iso_to_timestamp, midpoint_timestamp
from cds_desktop.ui.figure_text import NATIONAL, Observation, kind_name, point_tip, scope_name

PROVINCE_COLOURS = ("#c2410c", "#15803d", "#7e22ce", "#0e7490", "#a16207", "#be185d")
NATIONAL_COLOUR = "#1d4ed8"
DISCREPANT_COLOUR = "#dc2626"
OTHER_PROVINCES_COLOUR = "#a8a29e"
LEGEND_ROWS = 6  # beyond this many entries the legend takes two columns
KIND_SYMBOLS = {"actual": "o", "target": "t1", "forecast": "d", "change": "s", "rank": "star"}


@dataclass(frozen=True)
class _Track:
    """One (scope, kind) series as arrays in time order (then by id): a series of
    16,000 figures is handed to pyqtgraph whole instead of point by point."""

    ids: npt.NDArray[np.int64]
    xs: npt.NDArray[np.float64]
    ys: npt.NDArray[np.float64]
    reported: npt.NDArray[np.str_]  # the date of the meeting it was reported at ("" when unknown)


def _latest_per_period(
    xs: npt.NDArray[np.float64], reported: npt.NDArray[np.str_], ids: npt.NDArray[np.int64]
) -> npt.NDArray[np.intp]:
    """For each period, the value reported last: what the history line joins.

    Several articles may report the same period (an estimate, then the final
    figure); every report stays a point, but one line through all of them
    would zigzag up and down at one date. The latest report is the best known
    value, so the line follows it. Returns the positions of those reports,
    in time order.
    """
    order = np.lexsort((ids, reported, xs))  # by x, then report date, then id
    last_of_x = np.append(xs[order][1:] != xs[order][:-1], True)
    return order[last_of_x]


SeriesKey = tuple[str, str]  # (scope, kind)


@dataclass(frozen=True)
class SeriesPlan:
    """What `set_series` draws, worked out from the observations alone, so that
    a series read on a worker is also grouped and ordered there."""

    observations: dict[int, Observation]
    series: dict[SeriesKey, _Track]  # in legend order
    where: dict[int, tuple[SeriesKey, int]]  # id -> (series, index)
    flagged: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]  # rings: xs, ys


def plan_series(observations: Sequence[Observation]) -> SeriesPlan:
    """Group the placeable observations by (scope, kind), each in time order
    (then by id), and note where the disagreeing reports sit.

    Column by column and sorted with numpy: a loop building a tuple per
    figure took 50-100 ms for a series of 16,000.
    """
    placed = [o for o in observations if o.period_end or o.meeting_date]
    whens = [o.period_end or o.meeting_date for o in placed]
    stamps = {when: iso_to_timestamp(when) for when in set(whens) if when}
    xs = np.array([stamps[when] for when in whens], dtype=np.float64)
    ids = np.array([o.id for o in placed], dtype=np.int64)
    ys = np.array([o.value for o in placed], dtype=np.float64)
    reported = np.array([o.meeting_date or "" for o in placed], dtype=np.str_)
    groups: dict[SeriesKey, int] = {}
    codes = np.array(
        [groups.setdefault((o.scope, o.kind), len(groups)) for o in placed], dtype=np.intp
    )
    flagged = np.array([o.discrepant for o in placed], dtype=bool)
    order = np.lexsort((ids, xs, codes))
    bounds = np.searchsorted(codes[order], np.arange(len(groups) + 1))
    series = {}
    for key in sorted(groups, key=lambda k: (k[0] != NATIONAL, k[0], k[1] != "actual", k[1])):
        part = order[bounds[groups[key]] : bounds[groups[key] + 1]]
        series[key] = _Track(ids[part], xs[part], ys[part], reported[part])
    where = {
        obs_id: (key, i)
        for key, track in series.items()
        for i, obs_id in enumerate(track.ids.tolist())
    }
    return SeriesPlan({o.id: o for o in observations}, series, where, (xs[flagged], ys[flagged]))


class IndicatorChart(pg.PlotWidget):
    """Plots one indicator's observations; emits the id of a clicked point."""

    observationClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        super().__init__(parent, background="w", axisItems={"bottom": axis})
        self.setObjectName("chartPlot")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True, alpha=0.15)
        # Bottom right: most indicators grow, so that corner is usually empty,
        # and the selected meeting's date label stays readable at the top.
        self._legend = plot.addLegend(
            offset=(-10, -10), labelTextColor="#222", brush=(255, 255, 255, 210), pen="#ccc"
        )
        self._legend.setVisible(False)  # an empty legend is drawn as a bare white box
        self._observations: dict[int, Observation] = {}
        self._series: dict[tuple[str, str], _Track] = {}
        self._where: dict[int, tuple[tuple[str, str], int]] = {}  # id -> (series, index)
        self._scatters: dict[tuple[str, str], pg.ScatterPlotItem] = {}
        self._items: list[Any] = []
        self._meeting_lines: list[pg.InfiniteLine] = []
        self._marked_meeting: pg.InfiniteLine | None = None
        self._ring = pg.ScatterPlotItem(size=26, pen=pg.mkPen("#111", width=2.5), brush=None)
        self._ring.setZValue(20)
        plot.addItem(self._ring)
        self._selected: int | None = None
        self._meeting_dates: tuple[str, ...] = ()
        plot.setTitle(
            QCoreApplication.translate("IndicatorChart", "Choose an indicator in the list"),
            color="#555",
            size="11pt",
        )

    # -- what the window tells it --------------------------------------------

    def set_series(
        self,
        title: str,
        unit: str,
        observations: Sequence[Observation],
        plan: SeriesPlan | None = None,
    ) -> None:
        """Replace the plotted indicator (`plan`: `plan_series(observations)`, when the
        caller has already made it off the GUI thread)."""
        plan = plan or plan_series(observations)
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items = []
        self._legend.clear()
        self._scatters = {}
        self._observations = plan.observations
        self._series = plan.series
        self._where = plan.where
        plot.setTitle(title, color="#222", size="11pt")
        plot.setLabel("left", unit or "")
        named = self._named_provinces()
        colours = {NATIONAL: NATIONAL_COLOUR}
        colours.update({p: PROVINCE_COLOURS[i] for i, p in enumerate(named)})
        for key in self._series:
            if key[0] in colours:
                self._add_series(key, colours[key[0]])
        self._add_muted([key for key in self._series if key[0] not in colours])
        self._add_discrepancies(plan.flagged)
        self._legend.setColumnCount(2 if len(self._legend.items) > LEGEND_ROWS else 1)
        self._legend.setVisible(bool(self._legend.items))
        self._ring.setData([])
        self._selected = None
        plot.enableAutoRange()

    def show_reading(self, title: str) -> None:
        """An empty chart saying a long series is being read (on a worker)."""
        self.set_series(title, "", [])
        self.getPlotItem().setTitle(title, color="#555", size="11pt")  # greyed like the hint

    def _named_provinces(self) -> list[str]:
        """The provinces with a colour and a legend entry: those with the most points.

        Beyond a handful a legend stops being readable; the rest share one
        muted colour and one legend entry.
        """
        counts: dict[str, int] = {}
        for (scope, _kind), track in self._series.items():
            if scope != NATIONAL:
                counts[scope] = counts.get(scope, 0) + len(track.ids)
        ranked = sorted(counts, key=lambda p: (-counts[p], p))
        return sorted(ranked[: len(PROVINCE_COLOURS)])

    def _add_muted(self, keys: Sequence[tuple[str, str]]) -> None:
        """The provinces beyond the named ones: their points in one muted item
        (still one series each for the keyboard), one legend entry for all."""
        if not keys:
            return
        tracks = [self._series[key] for key in keys]
        symbols = [
            KIND_SYMBOLS.get(kind, "h")
            for (_scope, kind), track in zip(keys, tracks, strict=True)
            for _ in range(len(track.ids))
        ]
        muted = pg.ScatterPlotItem(
            x=np.concatenate([t.xs for t in tracks]),
            y=np.concatenate([t.ys for t in tracks]),
            data=np.concatenate([t.ids for t in tracks]).tolist(),
            symbol=symbols,
            size=8,
            pen=pg.mkPen(OTHER_PROVINCES_COLOUR),
            brush=pg.mkBrush(OTHER_PROVINCES_COLOUR),
            hoverable=True,
            hoverSize=12,
            tip=self._tip,
        )
        muted.setZValue(8)
        muted.sigClicked.connect(self._clicked)
        self.getPlotItem().addItem(muted)
        self._items.append(muted)
        self._scatters.update({key: muted for key in keys})
        provinces = {scope for scope, _kind in keys}
        text = QCoreApplication.translate("IndicatorChart", "other provinces ({n})")
        self._legend.addItem(muted, text.format(n=len(provinces)))

    def set_meeting_dates(self, dates: Sequence[str]) -> None:
        """Faint vertical lines at every meeting date."""
        plot = self.getPlotItem()
        for line in self._meeting_lines:
            plot.removeItem(line)
        self._meeting_dates = tuple(dict.fromkeys(dates))  # one line per day, however many met
        pen = pg.mkPen(QColor(120, 120, 120, 70), width=1, style=Qt.PenStyle.DashLine)
        self._meeting_lines = []
        for date in self._meeting_dates:
            line = pg.InfiniteLine(pos=midpoint_timestamp(date), angle=90, pen=pen, movable=False)
            line.setZValue(-10)
            plot.addItem(line, ignoreBounds=True)
            self._meeting_lines.append(line)
        if not self._series and self._meeting_dates:
            xs = [midpoint_timestamp(d) for d in self._meeting_dates]
            plot.setXRange(min(xs), max(xs), padding=0.1)

    def mark_meeting(self, date: str | None) -> None:
        """A stronger line at the selected meeting's date (or none)."""
        plot = self.getPlotItem()
        if self._marked_meeting is not None:
            plot.removeItem(self._marked_meeting)
            self._marked_meeting = None
        if date:
            line = pg.InfiniteLine(
                pos=midpoint_timestamp(date),
                angle=90,
                pen=pg.mkPen("#e8590c", width=2),
                movable=False,
                label=date,
                labelOpts={"position": 0.95, "color": "#e8590c"},
            )
            plot.addItem(line, ignoreBounds=True)
            self._marked_meeting = line

    def select(self, observation_id: int | None) -> None:
        """Ring the selected point (nothing when it is not plotted here)."""
        self._selected = observation_id
        point = self.position(observation_id) if observation_id is not None else None
        self._ring.setData([{"pos": point}] if point else [])

    # -- what tests and the window read --------------------------------------

    def selected(self) -> int | None:
        return self._selected

    def selection_visible(self) -> bool:
        """Whether the selected observation is ringed (it is plotted here)."""
        return len(self._ring.points()) > 0

    def plotted_ids(self) -> set[int]:
        return set(self._where)

    def position(self, observation_id: int) -> tuple[float, float] | None:
        """Where the observation is plotted (x, y), or None when it is not."""
        where = self._where.get(observation_id)
        if where is None:
            return None
        track = self._series[where[0]]
        return float(track.xs[where[1]]), float(track.ys[where[1]])

    def series_keys(self) -> list[tuple[str, str]]:
        return list(self._scatters)

    def marked_meeting_date(self) -> float | None:
        return None if self._marked_meeting is None else self._marked_meeting.value()

    def meeting_line_positions(self) -> list[float]:
        return [line.value() for line in self._meeting_lines]

    def flagged_ids(self) -> set[int]:
        return {o.id for o in self._observations.values() if o.discrepant}

    def spot(self, observation_id: int) -> tuple[pg.ScatterPlotItem, Any]:
        """The scatter item and spot drawing one observation (for clicks)."""
        for item in dict.fromkeys(self._scatters.values()):  # muted provinces share one
            for spot in item.points():
                if spot.data() == observation_id:
                    return item, spot
        raise KeyError(observation_id)

    def view_point(self, observation_id: int) -> QPointF:
        point = self.position(observation_id)
        if point is None:
            raise KeyError(observation_id)
        scene = self.getPlotItem().vb.mapViewToScene(QPointF(*point))
        return QPointF(self.mapFromScene(scene))

    # -- keyboard --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right step along the selected point's series; Up/Down move to the
        nearest point in time of the series above/below it in the legend."""
        key = Qt.Key(event.key())
        along = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        across = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
        if self._selected is None or (along is None and across is None):
            super().keyPressEvent(event)
            return
        if along is not None:
            target = self._neighbour(self._selected, along)
        else:
            target = self._across(self._selected, across or 0)
        if target is not None:
            self.observationClicked.emit(target)
        event.accept()

    # -- internals -----------------------------------------------------------

    def _neighbour(self, observation_id: int, step: int) -> int | None:
        where = self._where.get(observation_id)
        if where is None:
            return None
        ids = self._series[where[0]].ids
        index = where[1] + step
        return int(ids[index]) if 0 <= index < len(ids) else None

    def _across(self, observation_id: int, step: int) -> int | None:
        where = self._where.get(observation_id)
        if where is None:
            return None
        keys = list(self._scatters)
        index = keys.index(where[0]) + step
        if not 0 <= index < len(keys):
            return None
        x = float(self._series[where[0]].xs[where[1]])
        track = self._series[keys[index]]
        points = zip(track.xs.tolist(), track.ids.tolist(), strict=True)
        _distance, _x, nearest = min((abs(px - x), px, obs_id) for px, obs_id in points)
        return nearest

    def _add_series(self, key: tuple[str, str], colour: str) -> None:
        scope, kind = key
        track = self._series[key]
        plot = self.getPlotItem()
        name = f"{scope_name(scope)} — {kind_name(kind)}"
        symbol = KIND_SYMBOLS.get(kind, "h")
        hollow = kind != "actual"
        if kind == "actual":
            latest = _latest_per_period(track.xs, track.reported, track.ids)
            if len(latest) > 1:
                line = pg.PlotDataItem(
                    track.xs[latest], track.ys[latest], pen=pg.mkPen(colour, width=2)
                )
                plot.addItem(line)
                self._items.append(line)
        scatter = pg.ScatterPlotItem(
            x=track.xs,
            y=track.ys,
            data=track.ids.tolist(),
            symbol=symbol,
            size=11 if hollow else 9,
            pen=pg.mkPen(colour, width=2),
            brush=pg.mkBrush("w" if hollow else colour),
            hoverable=True,
            hoverSize=14,
            tip=self._tip,
        )
        scatter.setZValue(10)
        scatter.sigClicked.connect(self._clicked)
        plot.addItem(scatter)
        self._legend.addItem(scatter, name)
        self._items.append(scatter)
        self._scatters[key] = scatter

    def _add_discrepancies(
        self, flagged: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]
    ) -> None:
        xs, ys = flagged
        if not len(xs):
            return
        rings = pg.ScatterPlotItem(
            x=xs,
            y=ys,
            size=16,
            pen=pg.mkPen(DISCREPANT_COLOUR, width=1.5),
            brush=None,
        )
        rings.setZValue(5)
        self.getPlotItem().addItem(rings)
        self._legend.addItem(
            rings, QCoreApplication.translate("IndicatorChart", "reports disagree")
        )
        self._items.append(rings)

    def _tip(self, x: float, y: float, data: Any) -> str:
        obs = self._observations.get(data)
        return point_tip(obs) if obs is not None else ""

    def _clicked(self, item: Any, points: Sequence[Any], event: Any = None) -> None:
        if len(points):
            self.observationClicked.emit(int(points[0].data()))
