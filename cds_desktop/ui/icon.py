"""The application icon, from the bundled SVG and its rendered PNG sizes.

Each PNG size is added explicitly so small sizes (taskbar, title bar) use the
pixel-tuned raster rather than a downscaled SVG; the SVG covers any other size.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cds_desktop.paths import resources_dir

ICON_NAME = "cds-desktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The icon for the main window and `QApplication.setWindowIcon`."""
    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"{ICON_NAME}-{size}.png"))
    icon.addFile(str(folder / f"{ICON_NAME}.svg"))
    return icon
