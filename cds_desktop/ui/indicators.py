"""The indicator list: a filter box over the domain -> indicator tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from cds_desktop.ui.models import ID_ROLE, KIND_ROLE, IndicatorFilterProxy, IndicatorTreeModel


class IndicatorPanel(QWidget):
    """Emits the indicator (or, under "Other figures", the figure) the user picks."""

    indicatorChosen = Signal(str)
    observationChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorPanel")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("indicatorFilter")
        self.filter.setClearButtonEnabled(True)
        self.proxy = IndicatorFilterProxy(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("indicatorList")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._activated)
        self.filter.textChanged.connect(self._filter_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self._model: IndicatorTreeModel | None = None
        self.retranslate()

    def set_model(self, model: IndicatorTreeModel) -> None:
        self._model = model
        self.proxy.setSourceModel(model)
        header = self.tree.header()  # column modes need the columns to exist
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandToDepth(0)
        self.tree.collapse(self.proxy.mapFromSource(model.index(model.rowCount() - 1, 0)))

    def model(self) -> IndicatorTreeModel | None:
        return self._model

    def show_indicator(self, indicator_id: str) -> None:
        """Make `indicator_id` the current row without emitting a choice."""
        if self._model is None:
            return
        index = self.proxy.mapFromSource(self._model.indicator_index(indicator_id))
        if index.isValid():
            self.tree.blockSignals(True)
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.selectionModel().blockSignals(False)
            self.tree.blockSignals(False)
            self.tree.scrollTo(index)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter indicators…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if text:
            self.tree.expandAll()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._activated(current)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind = index.siblingAtColumn(0).data(KIND_ROLE)
        ident = index.siblingAtColumn(0).data(ID_ROLE)
        if kind == "indicator":
            self.indicatorChosen.emit(str(ident))
        elif kind == "observation":
            self.observationChosen.emit(int(ident))
