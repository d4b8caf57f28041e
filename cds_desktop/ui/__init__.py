"""Qt widgets over the store: `MainWindow(db_path)` is the one public entry."""

from cds_desktop.ui.main_window import MainWindow

__all__ = ["MainWindow"]
