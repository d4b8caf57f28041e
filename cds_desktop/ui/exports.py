"""Sharing results from the window: a series as CSV, the chart as PNG, a citation.

Each export keeps the product's promise of traceability: the CSV carries, per
value, the article, the sentence and the exact offsets it came from and
whether a person curated it; a citation quotes the figure as written with its
sentence, article title and date. SVG is not offered: pyqtgraph's SVG
exporter is broken with PySide6 >= 6.11 (pyqtgraph issue 3485).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from cds_desktop.store.queries import Store
from cds_desktop.store.rows import ObservationRow

if TYPE_CHECKING:
    import pyqtgraph as pg

CSV_COLUMNS = (
    "indicator_id",
    "indicator_vi",
    "indicator_en",
    "period",
    "period_end",
    "period_inferred",
    "scope",
    "kind",
    "value",
    "denominator",
    "unit",
    "qualifier",
    "raw",
    "curated",
    "curation",
    "original_value",
    "note",
    "rule",
    "meeting_date",
    "article_id",
    "article_title",
    "article_file",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "sentence",
)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def series_csv(rows: Iterable[ObservationRow], article_texts: dict[int, str]) -> str:
    """The CSV text of `rows`, the sentence cut from each row's article text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        sentence = article_texts[row.article_id][row.sentence_start : row.sentence_end]
        fields = {name: getattr(row, name, None) for name in CSV_COLUMNS}
        fields["sentence"] = sentence
        writer.writerow(_cell(fields[name]) for name in CSV_COLUMNS)
    return out.getvalue()


def write_series_csv(store: Store, indicator_id: str, path: Path) -> int:
    """Write the indicator's series (curation applied) to `path`; returns the row count.

    UTF-8 with a byte-order mark, so spreadsheet programs show the Vietnamese
    diacritics right when the file is opened with a double click.
    """
    rows = store.series(indicator_id)
    texts = {aid: store.article(aid).text for aid in {row.article_id for row in rows}}
    path.write_text(series_csv(rows, texts), encoding="utf-8-sig", newline="")
    return len(rows)


def export_chart_png(item: pg.GraphicsObject, path: Path, width: int = 1600) -> Path:
    """Render `item` (a chart's PlotItem) to a PNG `width` pixels wide."""
    # Imported here: pyqtgraph takes most of a second to import, and the
    # window imports this module before its first paint.
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(item)
    exporter.parameters()["width"] = int(width)
    exporter.export(str(path))
    if not path.is_file():
        raise OSError(f"{path}: the chart image could not be written")
    return path


@dataclass(frozen=True)
class Citation:
    """A figure quoted with enough context to find it again."""

    raw: str  # the figure exactly as the article writes it
    sentence: str
    title: str
    date: str | None  # the article's publication date, else its meeting's date
    file: str

    def text(self) -> str:
        when = f", {self.date}" if self.date else ""
        return f"“{self.raw}” — “{self.sentence}” — {self.title}{when} [{self.file}]"


def citation_for(store: Store, observation_id: int) -> Citation:
    row = store.observation(observation_id)
    article = store.article(row.article_id)
    return Citation(
        raw=row.raw,
        sentence=article.text[row.sentence_start : row.sentence_end],
        title=article.title or article.file,
        date=article.published or row.meeting_date,
        file=article.file,
    )


def copy_citation(
    store: Store, observation_id: int, clipboard: QClipboard | None = None
) -> Citation:
    """Put the citation of one figure on the clipboard (plain text)."""
    cite = citation_for(store, observation_id)
    (clipboard or QGuiApplication.clipboard()).setText(cite.text())
    return cite


def _ask_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(QDir.homePath()) / name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_series_dialog(parent: QWidget, store: Store, indicator_id: str) -> tuple[Path, int] | None:
    """File > Export series as CSV: ask where, write, return the path and row count."""
    path = _ask_path(
        parent,
        QCoreApplication.translate("Exports", "Export series as CSV"),
        f"{indicator_id}.csv",
        QCoreApplication.translate("Exports", "CSV files (*.csv)"),
    )
    if path is None:
        return None
    return path, write_series_csv(store, indicator_id, path)


def save_chart_dialog(parent: QWidget, item: pg.GraphicsObject, name: str) -> Path | None:
    """File > Export chart as PNG: ask where, render the chart there."""
    path = _ask_path(
        parent,
        QCoreApplication.translate("Exports", "Export chart as PNG"),
        f"{name}.png",
        QCoreApplication.translate("Exports", "PNG images (*.png)"),
    )
    return None if path is None else export_chart_png(item, path)
