"""Human curation of figures: the figures table and the confirm/reject/correct dialog.

The extractor is good, not perfect; an analyst who knows the text better can
confirm a figure, reject it, or correct its value, indicator, period, kind or
scope, always with a note saying why. The store keeps the curation beside the
extracted figure (never overwriting it) and applies it in every query, so the
chart, the table and the exports follow as soon as the store is asked again.
Curated rows look different here, so a reader sees what a person vouched for.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.extract.text import search_fold
from cds_desktop.paths import resources_dir
from cds_desktop.store.catalogue import CatalogueEntry, load_catalogue
from cds_desktop.store.db import StoreError
from cds_desktop.store.queries import Store
from cds_desktop.store.rows import ObservationRow
from cds_desktop.ui.exports import Citation, copy_citation
from cds_desktop.ui.notices import open_warning
from cds_desktop.ui.undo import VerdictCommand

ACTIONS = ("confirm", "reject", "correct")
KINDS = ("actual", "target", "forecast", "change", "rank")
NATIONAL = "national"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
WIDTH_SAMPLE_ROWS = 100

# How a curated row is told apart (the chart's halos: `curation_marks`).
CURATION_COLOURS = {"confirm": "#d8f0d8", "correct": "#fff0c2", "reject": "#eeeeee"}

_PERIOD = QRegularExpression(r"^\d{4}(-(H[12]|Q[1-4]|\d{2}(-\d{2})?))?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
_Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "actual": translate("Curation", "actual"),
        "target": translate("Curation", "target"),
        "forecast": translate("Curation", "forecast"),
        "change": translate("Curation", "change"),
        "rank": translate("Curation", "rank"),
    }
    return labels.get(kind, kind)


def curation_label(action: str | None) -> str:
    labels = {
        "confirm": translate("Curation", "confirmed"),
        "reject": translate("Curation", "rejected"),
        "correct": translate("Curation", "corrected"),
    }
    return labels.get(action or "", "")


def scope_label(scope: str) -> str:
    return translate("Curation", "national") if scope == NATIONAL else scope


@cache
def provinces() -> tuple[str, ...]:
    data = tomllib.loads((resources_dir() / "provinces.toml").read_text(encoding="utf-8"))
    return tuple(sorted((p["name"] for p in data["province"]), key=search_fold))


def parse_number(text: str) -> float | None:
    """A value typed by the user, Vietnamese style first (`1.418,5`), then `1418.5`."""
    cleaned = re.sub(r"\s+", "", text)
    for locale in (QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam), QLocale.c()):
        value, ok = locale.toDouble(cleaned)
        if ok:
            return value
    return None


def format_number(value: float) -> str:
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam).toString(value, "g", 12)


@dataclass(frozen=True)
class CurationRequest:
    """What the analyst decided about one figure; only changed fields are set."""

    observation_id: int
    action: str
    note: str
    value: float | None = None
    indicator_id: str | None = None
    period: str | None = None
    kind: str | None = None
    scope: str | None = None

    def apply(self, store: Store) -> None:
        store.curate(
            self.observation_id,
            self.action,
            value=self.value,
            indicator_id=self.indicator_id,
            period=self.period,
            kind=self.kind,
            scope=self.scope,
            note=self.note,
        )


class FiguresModel(QAbstractTableModel):
    """The figures of one article or one indicator, curation applied.

    An indicator's series holds thousands of rows at 10,000 articles, so cells
    are formatted only when a view asks for them (and kept), and sorting is done
    here with one key per row and Python's sort, not by the proxy asking
    `data()` twice per comparison.
    """

    COLUMNS = ("raw", "value", "unit", "indicator", "period", "kind", "scope", "curation", "note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ObservationRow] = []
        self._cells: dict[tuple[int, int], str] = {}  # (observation id, column) -> text
        self._row_of: dict[int, int] | None = None
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[ObservationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = {}
        if self._order is not None:
            self._sort_rows(*self._order)
        self._row_of = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`, keeping the order for the rows set later."""
        self._order = (column, order)
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = [r.id for r in self._rows]
        self._sort_rows(column, order)
        self._row_of = None
        moved = self.persistentIndexList()
        self.changePersistentIndexList(
            moved,
            [self.index(self._rows_by_id()[before[i.row()]], i.column()) for i in moved],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._rows.sort(
            key=lambda row: self._sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _sort_key(self, row: ObservationRow, column: int) -> object:
        if self.COLUMNS[column] == "value":
            return row.value
        return search_fold(self._cell(row, column))

    def _cell(self, row: ObservationRow, column: int) -> str:
        key = (row.id, column)
        text = self._cells.get(key)
        if text is None:
            text = self._cells[key] = self._display(row, self.COLUMNS[column])
        return text

    def _rows_by_id(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        return self._row_of

    def row_of(self, observation_id: int) -> int | None:
        return self._rows_by_id().get(observation_id)

    def observation(self, row: int) -> ObservationRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            "raw": translate("Curation", "As written"),
            "value": translate("Curation", "Value"),
            "unit": translate("Curation", "Unit"),
            "indicator": translate("Curation", "Indicator"),
            "period": translate("Curation", "Period"),
            "kind": translate("Curation", "Kind"),
            "scope": translate("Curation", "Scope"),
            "curation": translate("Curation", "Curated"),
            "note": translate("Curation", "Note"),
        }
        return headers[self.COLUMNS[section]]

    def _display(self, row: ObservationRow, column: str) -> str:
        english = QLocale().language() != QLocale.Language.Vietnamese
        indicator = (row.indicator_en if english else row.indicator_vi) or row.label
        values = {
            "raw": row.raw,
            "value": format_number(row.value),
            "unit": row.unit,
            "indicator": indicator,
            "period": row.period or "",
            "kind": kind_label(row.kind),
            "scope": scope_label(row.scope),
            "curation": curation_label(row.curation),
            "note": row.note,
        }
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.curation:
            return QBrush(QColor(CURATION_COLOURS[row.curation]))
        if role == Qt.ItemDataRole.FontRole and row.curation:
            font = QFont()
            font.setBold(row.curation != "reject")
            font.setStrikeOut(row.curation == "reject")
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.original_value is not None:
            return translate("Curation", "Extracted as %1").replace(
                "%1", format_number(row.original_value)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self._cells = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class FiguresFilter(QSortFilterProxyModel):
    """Keeps rows where any cell contains the filter, accents and case ignored.

    Sorting is handed to the source model (see `FiguresModel`); this proxy
    keeps the source's order.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = search_fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        return any(
            self._needle in search_fold(str(model.index(source_row, c, source_parent).data()))
            for c in range(model.columnCount(source_parent))
        )


class CurationDialog(QDialog):
    """Confirm, reject or correct one figure, with a note."""

    def __init__(
        self,
        observation: ObservationRow,
        sentence: str,
        indicators: Sequence[CatalogueEntry],
        action: str = "confirm",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("curationDialog")
        self._observation = observation
        self.figure = QLabel(self)
        self.figure.setObjectName("curationFigure")
        self.figure.setTextFormat(Qt.TextFormat.PlainText)
        self.figure.setWordWrap(True)
        self.figure.setText(f"“{observation.raw}” — {sentence}")

        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        choice_row = QHBoxLayout()
        for name in ACTIONS:
            radio = QRadioButton(self)
            radio.setObjectName(f"curation_{name}")
            self.choices.addButton(radio)
            self.radios[name] = radio
            choice_row.addWidget(radio)
            radio.toggled.connect(self._update_enabled)

        self.value = QLineEdit(format_number(observation.value), self)
        self.value.setObjectName("curationValue")
        self.indicator = QComboBox(self)
        self.indicator.setObjectName("curationIndicator")
        for entry in indicators:
            self.indicator.addItem(f"{entry.name_vi} — {entry.name_en}", entry.id)
        if (
            observation.indicator_id is not None
            and self.indicator.findData(observation.indicator_id) < 0
        ):
            self.indicator.addItem(
                observation.indicator_vi or observation.indicator_id, observation.indicator_id
            )
        self.indicator.insertItem(0, "—", None)
        self.indicator.setCurrentIndex(max(self.indicator.findData(observation.indicator_id), 0))
        self.period = QLineEdit(observation.period or "", self)
        self.period.setObjectName("curationPeriod")
        self.period.setValidator(QRegularExpressionValidator(_PERIOD, self.period))
        self.period.setPlaceholderText("2024, 2024-H1, 2024-Q1, 2024-06, 2024-06-30")
        self.kind = QComboBox(self)
        self.kind.setObjectName("curationKind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(observation.kind), 0))
        self.scope = QComboBox(self)
        self.scope.setObjectName("curationScope")
        self.scope.addItem(scope_label(NATIONAL), NATIONAL)
        for name in provinces():
            self.scope.addItem(name, name)
        if self.scope.findData(observation.scope) < 0:
            self.scope.addItem(observation.scope, observation.scope)
        self.scope.setCurrentIndex(self.scope.findData(observation.scope))
        self.note = QPlainTextEdit(observation.note, self)
        self.note.setObjectName("curationNote")
        self.note.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("curationProblem")
        self.problem.setStyleSheet("color:#b00020")

        self.form = QFormLayout()
        self.form.addRow(self.figure)
        self.form.addRow(choice_row)
        self.labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(
            self.labels,
            (self.value, self.indicator, self.period, self.kind, self.scope, self.note),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in the note adds a line; Ctrl+Enter finishes from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

        self.radios[action if action in ACTIONS else "confirm"].setChecked(True)
        self._update_enabled()
        self.retranslate()
        self.resize(560, self.sizeHint().height())
        # Start where the user types next: the value to correct, else the reason.
        if self.action() == "correct":
            self.value.setFocus(Qt.FocusReason.OtherFocusReason)
            self.value.selectAll()
        else:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def action(self) -> str:
        return next(name for name, radio in self.radios.items() if radio.isChecked())

    def _update_enabled(self) -> None:
        correcting = self.action() == "correct" if self.choices.checkedButton() else False
        for field in (self.value, self.indicator, self.period, self.kind, self.scope):
            field.setEnabled(correcting)

    def request(self) -> CurationRequest | None:
        """The decision as filled in, or None (with `problem` saying why) when invalid."""
        action = self.action()
        note = self.note.toPlainText().strip()
        obs = self._observation
        if action != "correct":
            return CurationRequest(obs.id, action, note)
        value = parse_number(self.value.text())
        if value is None:
            self.problem.setText(self.tr("“%1” is not a number.").replace("%1", self.value.text()))
            return None
        period = self.period.text().strip()
        if period and not self.period.hasAcceptableInput():
            self.problem.setText(self.tr("“%1” is not a period.").replace("%1", period))
            return None
        indicator = self.indicator.currentData()
        kind = self.kind.currentData()
        scope = self.scope.currentData()
        request = CurationRequest(
            obs.id,
            action,
            note,
            value=value if value != obs.value else None,
            indicator_id=indicator if indicator != obs.indicator_id else None,
            period=period if period and period != obs.period else None,
            kind=kind if kind != obs.kind else None,
            scope=scope if scope != obs.scope else None,
        )
        changes = (request.value, request.indicator_id, request.period, request.kind, request.scope)
        if all(change is None for change in changes):
            self.problem.setText(self.tr("Nothing was changed: confirm the figure instead."))
            return None
        return request

    def accept(self) -> None:
        if self.request() is not None:
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Curate figure"))
        # Qt ships no Vietnamese for its standard buttons: name them here.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText(self.tr("Save"))
        cancel.setText(self.tr("Cancel"))
        self.radios["confirm"].setText(self.tr("&Confirm"))
        self.radios["reject"].setText(self.tr("&Reject"))
        self.radios["correct"].setText(self.tr("C&orrect"))
        names = (
            self.tr("&Value:"),
            self.tr("&Indicator:"),
            self.tr("&Period:"),
            self.tr("&Kind:"),
            self.tr("&Scope:"),
            self.tr("&Note:"),
        )
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)
        self.note.setPlaceholderText(self.tr("Why: what the article says, or your source"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FiguresPanel(QWidget):
    """A filterable, sortable table of figures with the curation buttons.

    Shows either one article's figures or one indicator's series. After a
    curation it reloads from the store and emits `curated(observation_id)` so
    the window can redraw the chart; `observationSelected` follows the
    current row so the viewer and chart can follow the table. Every verdict
    goes on `history` (the window's, so Edit > Undo reaches it), and undoing or
    redoing one reloads and emits `curated` just the same.
    """

    curated = Signal(int)
    observationSelected = Signal(int)
    citationCopied = Signal(object)  # Citation

    def __init__(
        self, store: Store, parent: QWidget | None = None, history: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPanel")
        self._store = store
        self.history = history if history is not None else QUndoStack(self)
        self._article: int | None = None
        self._indicator: str | None = None
        self.source_picker = QComboBox(self)
        self.source_picker.setObjectName("figuresSource")
        for source in ("indicator", "article"):
            self.source_picker.addItem("", source)
        self.source_picker.activated.connect(lambda _i: self.reload())
        self.filter = QLineEdit(self)
        self.filter.setObjectName("figuresFilter")
        self.filter.setClearButtonEnabled(True)
        self.model = FiguresModel(self)
        self.proxy = FiguresFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Column widths from a sample of rows, not Qt's default 1,000: each
        # sampled cell costs several data() calls, and a series has thousands.
        self.table.verticalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = {name: QPushButton(self) for name in ACTIONS}
        button_row = QHBoxLayout()
        button_row.addWidget(self.source_picker)
        button_row.addWidget(self.filter, 1)
        for name, button in self.buttons.items():
            button.setObjectName(f"figures_{name}")
            button.clicked.connect(lambda _c=False, a=name: self.curate_current(a))
            button_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(button_row)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.proxy.set_needle)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.curate_current("correct"))
        # Right click, or the keyboard's menu key, on a row: the same commands.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.row_actions: dict[str, QAction] = {}
        for name in (*ACTIONS, "cite"):
            action = QAction(self.table)
            action.setObjectName(f"figuresRow_{name}")
            self.table.addAction(action)
            self.row_actions[name] = action
        for name in ACTIONS:
            self.row_actions[name].triggered.connect(
                lambda _c=False, a=name: self.curate_current(a)
            )
        self.row_actions["cite"].triggered.connect(self.cite_current)
        QWidget.setTabOrder(self.source_picker, self.filter)
        QWidget.setTabOrder(self.filter, self.table)
        self._current_changed(QModelIndex(), QModelIndex())
        self.retranslate()

    def set_article(self, article_id: int) -> None:
        """The article whose figures the "article" view lists (rejected ones too)."""
        if article_id != self._article:
            self._article = article_id
            if self.source() == "article":
                self.reload()

    def set_indicator(
        self, indicator_id: str, series: Sequence[ObservationRow] | None = None
    ) -> None:
        """The indicator whose series the "indicator" view lists.

        `series`, when the caller already read it (the window does, for the
        chart), spares a second read of thousands of rows.
        """
        if indicator_id != self._indicator:
            self._indicator = indicator_id
            if self.source() == "indicator":
                if series is None:
                    self.reload()
                else:
                    self._fill(series)

    def show_article(self, article_id: int) -> None:
        self._article = article_id
        self.set_source("article")

    def show_indicator(self, indicator_id: str) -> None:
        self._indicator = indicator_id
        self.set_source("indicator")

    def source(self) -> str:
        return str(self.source_picker.currentData())

    def set_source(self, source: str) -> None:
        self.source_picker.setCurrentIndex(self.source_picker.findData(source))
        self.reload()

    def reload(self) -> None:
        """Ask the store again, keeping the current figure selected."""
        rows: list[ObservationRow] = []
        if self.source() == "article" and self._article is not None:
            rows = self._store.article_observations(self._article)
        elif self.source() == "indicator" and self._indicator is not None:
            rows = self._store.series(self._indicator)
        self._fill(rows)

    def _fill(self, rows: Sequence[ObservationRow]) -> None:
        """Show `rows`, keeping the current figure selected."""
        keep = self.current_observation_id()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if keep is not None:
            self.select_observation(keep)

    def current_observation_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select_observation(self, observation_id: int) -> bool:
        row = self.model.row_of(observation_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def curate_current(self, action: str) -> CurationDialog | None:
        """Open the dialog on the current figure (None when no row is current)."""
        observation_id = self.current_observation_id()
        if observation_id is None:
            return None
        return self.curate(observation_id, action)

    def curate(self, observation_id: int, action: str) -> CurationDialog:
        """Open the window-modal dialog; the store is written when it is accepted."""
        dialog = self.dialog_for(observation_id, action)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._store_decision(dialog))
        dialog.open()
        return dialog

    def _store_decision(self, dialog: CurationDialog) -> None:
        request = dialog.request()
        if request is None:
            return
        observation_id = request.observation_id
        replaced = self._store.curation_record(observation_id)
        try:
            request.apply(self._store)
        except StoreError as error:
            self._refused(str(error))
            return
        raw = self._store.observation(observation_id).raw
        self.history.push(
            VerdictCommand(self._store, request, replaced, raw, self._settled, self._undo_failed)
        )
        self._settled(observation_id)

    def _settled(self, observation_id: int) -> None:
        """A verdict was stored, undone or redone: table, then the window, follow."""
        self.reload()
        self.curated.emit(observation_id)

    def _undo_failed(self, message: str) -> None:
        """The history no longer matches the database (rebuilt elsewhere, figure
        gone): say so and start the history again. Cleared once Qt has finished
        the undo or redo that failed, which still runs inside the stack."""
        self._refused(message)
        QTimer.singleShot(0, self.history.clear)

    def _refused(self, message: str) -> QMessageBox:
        return open_warning(
            self,
            self.tr("Curation not stored"),
            self.tr("The database did not take the change:\n{m}").format(m=message),
            "curationRefused",
        )

    def dialog_for(self, observation_id: int, action: str) -> CurationDialog:
        observation = self._store.observation(observation_id)
        text = self._store.article(observation.article_id).text
        sentence = text[observation.sentence_start : observation.sentence_end]
        return CurationDialog(observation, sentence, load_catalogue(), action, self)

    def cite_current(self) -> Citation | None:
        """Copy the citation of the current row's figure to the clipboard."""
        observation_id = self.current_observation_id()
        if observation_id is None:
            return None
        cite = copy_citation(self._store, observation_id)
        self.citationCopied.emit(cite)
        return cite

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        enabled = current.isValid()
        for button in self.buttons.values():
            button.setEnabled(enabled)
        for action in self.row_actions.values():
            action.setEnabled(enabled)
        if enabled:
            self.observationSelected.emit(int(current.data(ID_ROLE)))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter figures"))
        self.source_picker.setItemText(0, self.tr("Series of the indicator"))
        self.source_picker.setItemText(1, self.tr("Figures of the article (rejected too)"))
        self.buttons["confirm"].setText(self.tr("Confirm…"))
        self.buttons["reject"].setText(self.tr("Reject…"))
        self.buttons["correct"].setText(self.tr("Correct…"))
        for name, button in self.buttons.items():
            self.row_actions[name].setText(button.text())
        self.row_actions["cite"].setText(self.tr("Copy citation"))
        self.table.setAccessibleName(self.tr("Figures"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
