"""The indicator tree's "Other figures" group, held as columns instead of nodes."""

from __future__ import annotations

from pathlib import Path

from cds_desktop.store.queries import Store
from cds_desktop.ui.models import (
    ID_ROLE,
    KIND_ROLE,
    SEARCH_ROLE,
    IndicatorFilterProxy,
    IndicatorTreeModel,
    read_other_figures,
)


def _model(db: Path) -> tuple[IndicatorTreeModel, Store]:
    store = Store(db)
    model = IndicatorTreeModel(store.indicators())
    model.set_other_figures(read_other_figures(db))
    return model, store


def test_other_figures_are_read_as_columns_with_the_filter_text(ui_db: Path) -> None:
    figures = read_other_figures(ui_db)
    store = Store(ui_db)
    try:
        expected = list(store.each_other_figure_label())
    finally:
        store.close()
    assert list(figures.ids) == [f.id for f in expected]
    assert figures.texts == ["80 triệu — 80 triệu"]
    assert figures.search_text(0) == "80 trieu 80 trieu "  # raw, label, no title: folded


def test_a_row_under_other_figures_answers_like_a_figure(qtbot, ui_db: Path) -> None:
    model, store = _model(ui_db)
    other = model.index(model.rowCount() - 1, 0)
    assert other.data(KIND_ROLE) == "other"
    assert model.rowCount(other) == 1
    assert model.index(0, 1, other.siblingAtColumn(1)).isValid() is False  # column 0 holds rows
    leaf = model.index(0, 0, other)
    assert model.parent(leaf) == other
    assert model.rowCount(leaf) == 0
    assert leaf.data() == "80 triệu — 80 triệu"
    assert leaf.siblingAtColumn(1).data() == 1
    assert leaf.data(KIND_ROLE) == "observation"
    fig, *_ = store.each_other_figure_label()
    assert leaf.data(ID_ROLE) == fig.id
    assert leaf.data(SEARCH_ROLE) == "80 trieu 80 trieu "
    assert model.index(1, 0, other).isValid() is False
    store.close()


def test_the_filter_finds_an_other_figure_typed_without_accents(qtbot, ui_db: Path) -> None:
    model, store = _model(ui_db)
    proxy = IndicatorFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("80 TRIEU")
    assert proxy.rowCount() == 1
    group = proxy.index(0, 0)
    assert group.data(KIND_ROLE) == "other"
    assert [proxy.index(r, 0, group).data() for r in range(proxy.rowCount(group))] == [
        "80 triệu — 80 triệu"
    ]
    proxy.set_query("80 trieu khong co")
    assert proxy.rowCount() == 0
    store.close()
