"""Qt item models over the store's rows.

The indicator tree groups catalogue indicators by domain and ends with an
"Other figures" group for figures no catalogue entry claims; finding those
scans the whole corpus, so the window reads them on a worker thread
(`read_other_figures`) and hands them over with `set_other_figures` (the
group shows no count until then). There are 144,000 of them at 10,000
articles, so they are kept as a few columns (`OtherFigures`), not a node each.
Filtering folds case and diacritics the same way the extractor does, so
`kinh te so` finds `Kinh tế số`.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cds_desktop.store.queries import Store
from cds_desktop.ui.figure_text import kind_name, scope_name

ModelIndex = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "domain" | "indicator" | "other" | "observation"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # indicator id (str) or observation id (int)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # folded text the filter matches


class Indicator(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name_vi(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def domain(self) -> str: ...
    @property
    def count(self) -> int: ...


class Figure(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def raw(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def period(self) -> str | None: ...
    @property
    def scope(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def article_title(self) -> str | None: ...
    @property
    def article_file(self) -> str: ...


@dataclass(eq=False, slots=True)
class _Node:
    kind: str
    key: str | int
    names: tuple[str, str]  # (vi, en)
    count: int = 0
    search: str = ""
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    position: int = 0  # index in parent.children, kept so row() is not a list search

    def row(self) -> int:
        return self.position


@dataclass(frozen=True)
class OtherFigures:
    """The figures outside the catalogue, as parallel columns.

    A node per figure (with its label and folded search text) held 60 MB at
    10,000 articles, on top of the rows the worker read. The filter still
    needs every figure's folded text; the article titles in it are folded once
    per article and shared by that article's figures.
    """

    ids: array[int]
    texts: list[str]  # what the list shows: "raw — label"
    folded: list[str]  # raw and label as the filter matches them
    titles: list[str]  # the folded article title, one shared string per article

    def __len__(self) -> int:
        return len(self.ids)

    def search_text(self, row: int) -> str:
        return f"{self.folded[row]} {self.titles[row]}"


def read_other_figures(db_path: Path) -> OtherFigures:
    """Read and fold the other figures with a connection of its own (on a worker):
    row by row into the columns, so their tuples are never all held at once."""
    from cds_desktop.extract.text import search_fold  # not needed by the first frame

    figures = OtherFigures(array("q"), [], [], [])
    titles: dict[str, str] = {}
    store = Store(db_path)
    try:
        for fig in store.each_other_figure_label():
            title = fig.article_title or ""
            folded_title = titles.get(title)
            if folded_title is None:
                folded_title = titles[title] = search_fold(title)
            figures.ids.append(fig.id)
            figures.texts.append(f"{fig.raw} — {fig.label}")
            figures.folded.append(search_fold(f"{fig.raw} {fig.label}"))
            figures.titles.append(folded_title)
    finally:
        store.close()
    return figures


def _adopt(parent: _Node, child: _Node) -> None:
    child.parent = parent
    child.position = len(parent.children)
    parent.children.append(child)


class IndicatorTreeModel(QAbstractItemModel):
    """Domains -> indicators (with observation counts), then "Other figures"."""

    COLUMNS = 2

    def __init__(
        self,
        indicators: Sequence[Indicator],
        domain_names: dict[str, tuple[str, str]] | None = None,
        language: str = "en",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        from cds_desktop.extract.text import search_fold  # built after the first frame

        self._language = language
        self._other_loaded = False
        self._others = OtherFigures(array("q"), [], [], [])
        self._root = _Node("root", "", ("", ""))
        names = domain_names or {}
        by_domain: dict[str, list[Indicator]] = {}
        for indicator in indicators:
            by_domain.setdefault(indicator.domain, []).append(indicator)
        for domain in sorted(by_domain):
            vi, en = names.get(domain, (domain, domain))
            group = _Node("domain", domain, (vi, en), parent=self._root)
            group.search = search_fold(f"{vi} {en} {domain}")
            for ind in sorted(by_domain[domain], key=lambda i: i.name_en.lower()):
                leaf = _Node(
                    "indicator", ind.id, (ind.name_vi, ind.name_en), ind.count, parent=group
                )
                leaf.search = search_fold(f"{ind.name_vi} {ind.name_en} {ind.id}")
                _adopt(group, leaf)
            group.count = sum(c.count for c in group.children)
            _adopt(self._root, group)
        other_vi, other_en = (
            "Số liệu khác",
            QCoreApplication.translate("IndicatorTreeModel", "Other figures"),
        )
        self._other = _Node("other", "", (other_vi, other_en), parent=self._root)
        self._other.search = search_fold(f"{other_vi} other figures")
        _adopt(self._root, self._other)
        # The internal pointer of every row under "Other figures": the row number
        # says which figure, so no object per figure has to stay alive for Qt.
        self._other_row = _Node("observation", "", ("", ""), parent=self._other)

    # -- language ----------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Show indicator names in `language` ("vi" or "en")."""
        self._language = language
        if self._root.children:
            last = self.index(len(self._root.children) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)
            for group in self._root.children:
                parent = self.createIndex(group.row(), 0, group)
                rows = self.rowCount(parent)
                if rows:
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 0, parent))

    # -- "Other figures", delivered later by a background job -----------------

    def other_loaded(self) -> bool:
        return self._other_loaded

    def set_other_figures(self, figures: OtherFigures) -> None:
        """Fill the "Other figures" group.

        They are read and folded off the GUI thread (`read_other_figures`):
        finding them scans the corpus, and folding a hundred thousand labels is
        not free either.
        """
        if self._other_loaded:
            return
        self._other_loaded = True
        self._other.count = len(figures)
        parent = self.createIndex(self._other.row(), 0, self._other)
        if len(figures):
            self.beginInsertRows(parent, 0, len(figures) - 1)
            self._others = figures
            self.endInsertRows()
        self.dataChanged.emit(parent, self.createIndex(self._other.row(), 1, self._other))

    # -- QAbstractItemModel ----------------------------------------------------

    def _node(self, index: ModelIndex) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not (0 <= row < self.rowCount(parent) and 0 <= column < self.COLUMNS):
            return QModelIndex()
        node = self._node(parent)
        if node is self._other:
            return self.createIndex(row, column, self._other_row)
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(self._others) if node is self._other else len(node.children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if node is self._other_row:
            return self._other_data(index.row(), index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                if node is self._other and not self._other_loaded:
                    return None
                return node.count
            return node.names[0] if self._language == "vi" else node.names[1]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{node.names[0]}\n{node.names[1]}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.key
        if role == SEARCH_ROLE:
            return node.search
        return None

    def _other_data(self, row: int, column: int, role: int) -> Any:
        """A figure under "Other figures": the same in both languages, counted once."""
        if role == Qt.ItemDataRole.DisplayRole:
            return 1 if column == 1 else self._others.texts[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            text = self._others.texts[row]
            return f"{text}\n{text}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KIND_ROLE:
            return "observation"
        if role == ID_ROLE:
            return self._others.ids[row]
        if role == SEARCH_ROLE:
            return self._others.search_text(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("IndicatorTreeModel", "Indicator"),
                QCoreApplication.translate("IndicatorTreeModel", "Figures"),
            )[section]
        return None

    def indicator_index(self, indicator_id: str) -> QModelIndex:
        """Where `indicator_id` sits in the tree (invalid when absent)."""
        for group in self._root.children:
            for leaf in group.children:
                if leaf.kind == "indicator" and leaf.key == indicator_id:
                    return self.createIndex(leaf.row(), 0, leaf)
        return QModelIndex()


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose folded names contain every folded word typed.

    A group whose own name matches keeps all its children, so typing a
    domain name lists that domain.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._words: tuple[str, ...] = ()

    def set_query(self, text: str) -> None:
        from cds_desktop.extract.text import search_fold  # once the user types

        words = tuple(search_fold(text).split())
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10 deprecates invalidateRowsFilter
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class FigureTableModel(QAbstractTableModel):
    """A read-only table of observations: value as written, period, kind, scope, and
    last (so it takes the room that is left) the phrase the figure quantifies."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Figure] = []

    def set_rows(self, rows: Sequence[Figure]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def observation_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            columns = (
                row.raw,
                row.period or "",
                kind_name(row.kind),
                scope_name(row.scope),
                row.label,
            )
            return columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.article_title or row.article_file
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                QCoreApplication.translate("FigureTableModel", "Figure"),
                QCoreApplication.translate("FigureTableModel", "Period"),
                QCoreApplication.translate("FigureTableModel", "Kind"),
                QCoreApplication.translate("FigureTableModel", "Scope"),
                QCoreApplication.translate("FigureTableModel", "What"),
            )
            return headers[section]
        return None
