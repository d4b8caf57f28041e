"""Reading one indicator's series for the chart without freezing the window.

A series of a few hundred figures is read at once (a few milliseconds). At
10,000 articles an indicator has 4,000-16,000 figures and reading them takes
0.1-0.6 s (about 35 µs a row, mostly SQLite fetching rows spread over the
table), so those are read on a worker thread with a connection of its own,
like the overview, and grouped for the chart there too (`plan_series`); the
chart says it is reading meanwhile. A pick made while a read is under way
wins: an older read that finishes later is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from cds_desktop.app import run_in_background
from cds_desktop.store.queries import Store
from cds_desktop.store.rows import ObservationRow

if TYPE_CHECKING:  # the chart module imports pyqtgraph: not before the first paint
    from cds_desktop.ui.chart import SeriesPlan

# Read at once up to this many figures: about 50 ms at 35 µs a row.
READ_AT_ONCE = 1_500

# (indicator id, its series, the chart's plan of it when made on the worker)
Deliver = Callable[[str, list[ObservationRow], "SeriesPlan | None"], None]
Planned = tuple[list[ObservationRow], "SeriesPlan"]


def read_series(
    db_path: Path, indicator_id: str, plan: Callable[[list[ObservationRow]], SeriesPlan]
) -> Planned:
    """`Store.series` with a connection of its own (safe on a worker thread), and
    the chart's plan of it."""
    store = Store(db_path)
    try:
        rows = store.series(indicator_id)
    finally:
        store.close()
    return rows, plan(rows)


class SeriesReader:
    """Hands `deliver(indicator_id, rows, plan)` the series, at once or from a worker.

    `sizes` gives the number of figures of each indicator as last counted (the
    overview's); an indicator it does not know is read at once. A long read
    starts once the events queued by the pick are handled: a click that
    changes the indicator also fills both article viewers, and a worker
    building rows meanwhile would take the interpreter from them every few
    milliseconds.
    """

    def __init__(self, store: Store, db_path: Path, failed: Callable[[str], None]) -> None:
        self._store = store
        self._db_path = db_path
        self._failed = failed
        self._sizes: Mapping[str, int] = {}
        self._request = 0  # numbers every pick; only the latest is delivered
        self._pending = False

    def set_sizes(self, sizes: Mapping[str, int]) -> None:
        self._sizes = sizes

    def reading(self) -> bool:
        """Whether a read on the worker is still under way."""
        return self._pending

    def read(self, indicator_id: str, deliver: Deliver) -> bool:
        """Start reading; True when `deliver` has already been called."""
        self._request += 1
        if self._sizes.get(indicator_id, 0) <= READ_AT_ONCE:
            self._pending = False
            deliver(indicator_id, self._store.series(indicator_id), None)
            return True
        self._pending = True
        request = self._request
        QTimer.singleShot(0, lambda: self._start(request, indicator_id, deliver))
        return False

    def _start(self, request: int, indicator_id: str, deliver: Deliver) -> None:
        if request != self._request:
            return  # another pick came first
        from cds_desktop.ui.chart import plan_series  # imported here, on the GUI thread

        db_path = self._db_path
        run_in_background(
            lambda: read_series(db_path, indicator_id, plan_series),
            lambda planned: self._arrived(request, indicator_id, planned, deliver),
            lambda message: self._read_failed(request, message),
        )

    def _arrived(self, request: int, indicator_id: str, planned: Planned, deliver: Deliver) -> None:
        if request != self._request:
            return  # another pick came after this read started
        self._pending = False
        deliver(indicator_id, *planned)

    def _read_failed(self, request: int, message: str) -> None:
        if request == self._request:
            self._pending = False
            self._failed(message)
