"""Exports from the window, read back: series CSV, chart PNG, figure citation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from cds_desktop.store.queries import Store
from cds_desktop.ui.chart import IndicatorChart
from cds_desktop.ui.exports import (
    CSV_COLUMNS,
    citation_for,
    copy_citation,
    export_chart_png,
    save_chart_dialog,
    save_series_dialog,
    write_series_csv,
)

INDICATOR = "share"


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        return list(reader)


def test_series_csv_carries_the_provenance_of_every_value(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "share.csv"
    series = store.series(INDICATOR)
    assert write_series_csv(store, INDICATOR, out) == len(series) > 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read(out)
    assert len(rows) == len(series)
    for row, obs in zip(rows, series, strict=True):
        text = store.article(int(row["article_id"])).text
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == row["raw"] == obs.raw
        assert text[int(row["sentence_start"]) : int(row["sentence_end"])] == row["sentence"]
        assert row["raw"] in row["sentence"]
        assert float(row["value"]) == obs.value
        assert row["article_file"] == obs.article_file
        assert (row["rule"], row["period"]) == (obs.rule, obs.period or "")
        assert row["period_inferred"] == ("true" if obs.period_inferred else "false")
        assert row["curated"] == "false"


def test_a_confirmed_figure_is_flagged_in_the_csv(store: Store, tmp_path: Path) -> None:
    chosen = store.series(INDICATOR)[2]
    store.curate(chosen.id, "confirm", note="đúng")
    out = tmp_path / "share.csv"
    write_series_csv(store, INDICATOR, out)
    flagged = [r for r in _read(out) if r["curated"] == "true"]
    assert [(r["raw"], r["start"], r["curation"], r["note"]) for r in flagged] == [
        (chosen.raw, str(chosen.start), "confirm", "đúng")
    ]


def test_export_dialog_adds_the_suffix_and_writes(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "ty-trong"), "")
    )
    result = save_series_dialog(parent, store, INDICATOR)
    assert result == (tmp_path / "ty-trong.csv", len(store.series(INDICATOR)))
    assert len(_read(tmp_path / "ty-trong.csv")) == result[1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert save_series_dialog(parent, store, INDICATOR) is None


def test_chart_png_is_a_real_image(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    chart.set_series("Tỷ trọng kinh tế số", "%", store.series(INDICATOR))
    path = export_chart_png(chart.getPlotItem(), tmp_path / "chart.png", width=1200)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == 1200 and image.height() > 300
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # axes, text, points: not a blank canvas
    assert path.stat().st_size > 10_000

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "again.PNG"), "")
    )
    assert save_chart_dialog(chart, chart.getPlotItem(), INDICATOR) == tmp_path / "again.PNG"
    assert not QImage(str(tmp_path / "again.PNG")).isNull()


def test_citation_quotes_figure_sentence_title_and_date(qtbot, store: Store) -> None:
    obs = next(o for o in store.series(INDICATOR) if o.meeting_date)
    article = store.article(obs.article_id)
    cite = citation_for(store, obs.id)
    assert cite.raw == obs.raw
    assert cite.sentence == article.text[obs.sentence_start : obs.sentence_end]
    assert cite.title == (article.title or article.file)
    assert cite.date == (article.published or obs.meeting_date)

    copied = copy_citation(store, obs.id)
    text = QGuiApplication.clipboard().text()
    assert text == copied.text()
    assert f"“{obs.raw}”" in text and cite.sentence in text and cite.title in text
    assert str(cite.date) in text
