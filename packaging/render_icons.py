"""Render the PNG sizes of the application icon from its SVG.

The SVG is the source; the PNGs are committed because desktop environments,
window managers and PyInstaller want raster sizes, and rendering them with Qt's
own SVG renderer keeps them identical to what the window shows.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py`
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """Draw the SVG onto a transparent square of `size` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)
    svg = ICONS / "cds-desktop.svg"
    for size in SIZES:
        out = ICONS / f"cds-desktop-{size}.png"
        if not render(svg, size).save(str(out)):
            raise SystemExit(f"{out}: could not write")
        print(out)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
