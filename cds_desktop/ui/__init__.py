"""Qt widgets over the store: `MainWindow(db_path)` is the one public entry.

`MainWindow` is imported on first access (PEP 562), so importing one module of
this package (a test of the search panel, the smoke run's launcher) does not
import the whole window with every panel it holds.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing

if TYPE_CHECKING:
    from cds_desktop.ui.main_window import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> object:
    if name != "MainWindow":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from cds_desktop.ui.main_window import MainWindow

    globals()["MainWindow"] = MainWindow
    return MainWindow
