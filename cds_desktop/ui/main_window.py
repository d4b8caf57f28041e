"""The main window: timeline on top, indicators | chart | meeting details in the
middle, the two article viewers side by side at the bottom.

The window paints first: the timeline and chart are pyqtgraph widgets, built
right after the first paint (or at once when something needs them), and the
overview (meetings, indicators, articles) is read on a worker thread and put
on screen once the chart has painted: filling the lists and the timeline
(hundreds of ms at 10,000 articles) would otherwise delay the chart's first
frame, and the figures outside the catalogue (seconds of work on the worker
at that size) are read only after that. A click
anywhere goes through `select_observation` / `select_meeting`, the same entry
points tests and other tools use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from cds_desktop.app import Job, Overview, load_overview, run_in_background
from cds_desktop.store.queries import Store
from cds_desktop.store.rows import ObservationRow
from cds_desktop.ui.actions import WorkflowActions
from cds_desktop.ui.domains import domain_names
from cds_desktop.ui.figure_text import kind_name, scope_name
from cds_desktop.ui.i18n import LanguageMenu, LanguageSwitcher
from cds_desktop.ui.indicators import IndicatorPanel
from cds_desktop.ui.lazy import FirstPaint, LazyPane
from cds_desktop.ui.models import IndicatorTreeModel, read_other_figures
from cds_desktop.ui.preferences import Preferences
from cds_desktop.ui.series_reader import SeriesReader
from cds_desktop.ui.undo import HistoryActions
from cds_desktop.ui.viewer import ArticleViewer

if TYPE_CHECKING:
    from cds_desktop.ui.chart import SeriesPlan
    from cds_desktop.ui.curation import FiguresPanel
    from cds_desktop.ui.details import MeetingDetails
    from cds_desktop.ui.exports import Citation
    from cds_desktop.ui.import_dialog import FileDropFilter, ImportController
    from cds_desktop.ui.search import SearchMark, SearchPanel

PLOTS_FALLBACK_MS = 500
STARTED_FALLBACK_MS = 1500


def _dates(overview: Overview) -> list[str]:
    return [m.date for m in overview.meetings if m.date]


@dataclass(frozen=True)
class Workflow:
    """The parts of the window no first frame shows: the two docks (hidden
    until asked for), the importer and the drop filter. Their modules cost
    about 80 ms CPU to import; they are built once the chart is on screen, or
    at once when something asks for one of them (`MainWindow.figures`, ...)."""

    search_panel: SearchPanel
    search_dock: QDockWidget
    figures: FiguresPanel
    figures_dock: QDockWidget
    importer: ImportController
    drop_filter: FileDropFilter


class MainWindow(QMainWindow):
    """Browse meetings, chart indicators, read each figure in its source sentence."""

    overviewLoaded = Signal()
    overviewFailed = Signal(str)

    def __init__(
        self, db_path: Path, parent: QWidget | None = None, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db_path = Path(db_path)
        self.store = Store(self.db_path)
        self.series_reader = SeriesReader(self.store, self.db_path, self._series_failed)
        self.preferences = preferences if preferences is not None else Preferences()
        self.switcher = LanguageSwitcher(self.preferences, self)
        self.curation_marks = None  # CurationMarks, made with the chart
        self.language = "en"
        self.overview: Overview | None = None
        self._indicator: str | None = None
        self._observation: int | None = None
        self._meeting: int | None = None
        self._started = False  # the chart's first frame is on screen
        self._plots_started = False  # _start_plots is scheduled
        self._after_start: list[Callable[[], None]] = []
        self._workflow: Workflow | None = None
        self.resize(1280, 800)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._connect()
        self._connect_workflow()
        self.retranslate()
        self.switcher.restore()
        self.preferences.restore_window(self)
        self._overview_job: Job | None = None
        QTimer.singleShot(0, self._read_overview_unless_shown)

    # -- construction ------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_quit = QAction(self)
        self.action_quit.setObjectName("actionQuit")
        # StandardKey.Quit is empty on some Linux platform themes.
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.triggered.connect(self.close)
        self.action_reset_zoom = QAction(self)
        self.action_reset_zoom.setObjectName("actionResetZoom")
        self.action_reset_zoom.setShortcut(QKeySequence("Ctrl+0"))
        self.action_reset_zoom.triggered.connect(self._reset_zoom)
        self.action_about = QAction(self)
        self.action_about.setObjectName("actionAbout")
        self.action_about.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action_about.triggered.connect(self._about)
        # The analyst's verdicts, for Edit > Undo and Redo (`ui/undo.py`).
        self.history = QUndoStack(self)
        self.history_actions = HistoryActions(self.history)
        self.action_undo = self.history_actions.undo
        self.action_redo = self.history_actions.redo

    def _build_menus(self) -> None:
        """File, View and Help; other modules add their entries to these menus."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.workflow = WorkflowActions(self)
        w = self.workflow
        self.file_menu.addAction(w["Import"])
        self.file_menu.addSeparator()
        for name in ("ExportSeries", "ExportChart", "CopyCitation"):
            self.file_menu.addAction(w[name])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(w["Find"])
        self.edit_menu.addAction(w["FindNext"])
        self.edit_menu.addAction(w["FindPrevious"])
        self.figure_menu = bar.addMenu("")
        self.figure_menu.setObjectName("figureMenu")
        for name in ("ConfirmFigure", "RejectFigure", "CorrectFigure"):
            self.figure_menu.addAction(w[name])
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.action_reset_zoom)
        self.view_menu.addSeparator()
        self.view_menu.addAction(w["ShowSearchResults"])
        self.view_menu.addAction(w["ShowFigures"])
        self.go_menu: QMenu = self.view_menu.addMenu("")
        self.go_menu.setObjectName("goMenu")
        for name in ("Timeline", "Indicators", "Chart", "Figures", "LeftViewer", "RightViewer"):
            self.go_menu.addAction(w[f"Focus{name}"])
        self.language_menu = LanguageMenu(self.switcher, self.view_menu)
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.search_box = QLineEdit(self.toolbar)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(420)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_central(self) -> None:
        self.timeline_pane: LazyPane = LazyPane("timelineView", self._new_timeline, "…", self)
        self.timeline_pane.setMinimumHeight(130)
        self.chart_pane: LazyPane = LazyPane("indicatorChart", self._new_chart, "…", self)
        self.indicators = IndicatorPanel(self)
        self.details_pane: LazyPane[MeetingDetails] = LazyPane(
            "meetingDetailsPane", self._new_details, "…", self
        )
        self.viewer_left = ArticleViewer("articleViewerLeft", self)
        self.viewer_right = ArticleViewer("articleViewerRight", self)

        self.upper_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.upper_splitter.setObjectName("upperSplitter")
        self.upper_splitter.addWidget(self.indicators)
        self.upper_splitter.addWidget(self.chart_pane)
        self.upper_splitter.addWidget(self.details_pane)
        self.upper_splitter.setSizes([380, 560, 340])
        self.viewer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.viewer_splitter.setObjectName("viewerSplitter")
        self.viewer_splitter.addWidget(self.viewer_left)
        self.viewer_splitter.addWidget(self.viewer_right)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.timeline_pane)
        self.main_splitter.addWidget(self.upper_splitter)
        self.main_splitter.addWidget(self.viewer_splitter)
        self.main_splitter.setSizes([150, 330, 320])
        self.setCentralWidget(self.main_splitter)
        self.status_counts = QLabel(self)
        self.status_counts.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_counts)

    def _connect(self) -> None:
        self.indicators.indicatorChosen.connect(self.select_indicator)
        self.indicators.observationChosen.connect(self.select_observation)
        for viewer in (self.viewer_left, self.viewer_right):
            viewer.observationClicked.connect(self.select_observation)
            viewer.articleRequested.connect(
                lambda article_id, v=viewer: self.open_article(v, article_id)
            )

    # -- translation -------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CĐS Desktop — {name}").format(name=self.db_path.name))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.figure_menu.setTitle(self.tr("F&igure"))
        self.go_menu.setTitle(self.tr("&Go to"))
        if self._workflow is not None:
            self._workflow.search_dock.setWindowTitle(self.tr("Search results"))
            self._workflow.figures_dock.setWindowTitle(self.tr("Figures"))
        self.workflow.retranslate()
        self.action_quit.setText(self.tr("&Quit"))
        self.action_reset_zoom.setText(self.tr("&Fit timeline and chart"))
        self.action_about.setText(self.tr("&About"))
        self.history_actions.retranslate()
        self.toolbar.setWindowTitle(self.tr("Search"))
        self.search_box.setPlaceholderText(self.tr("Search the articles (diacritics optional)…"))
        if self.viewer_left.current_article_id() is None:
            self.viewer_left.caption.setText(
                self.tr("Click a chart point, a meeting, or pick an article above.")
            )
        if self.viewer_right.current_article_id() is None:
            self.viewer_right.caption.setText(
                self.tr("The previous report of the selected figure shows here.")
            )
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Show indicator names in `language` ("vi" or "en")."""
        self.language = language
        model = self.indicators.model()
        if model is not None:
            model.set_language(language)
        if self._indicator is not None:
            self._plot_indicator(self._indicator)
            self.chart().select(self._observation)
        if self.overview is not None and self.timeline_pane.is_built():
            self.timeline().set_meetings(self.overview.meetings)  # kind names re-read

    # -- start-up ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.timeline_pane.is_built():
            # Normally the first paint starts the plots (paintEvent); this is
            # the fallback for a window that is shown but never exposed.
            QTimer.singleShot(PLOTS_FALLBACK_MS, self.ensure_plots)

    def _once_started(self, work: Callable[[], None]) -> None:
        """Run `work` now if the start-up frames are on screen (or none will
        come: the window is hidden), else right after the chart's first paint."""
        if self._started or not self.isVisible():
            work()
        else:
            self._after_start.append(work)

    def _start_done(self) -> None:
        self._started = True
        queued, self._after_start = self._after_start, []
        for work in queued:
            work()
        self.details_pane.content()
        self._workflow_built()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._plots_started:
            # Even when something built the chart already (a click before the
            # first frame), the timeline and the overview still start here.
            self._plots_started = True
            QTimer.singleShot(0, self._start_plots)  # runs once this frame is on screen

    def _start_plots(self) -> None:
        """The chart first (pyqtgraph is imported here), the timeline once the
        chart's first frame is on screen: one plot's work per frame.

        The overview read starts once the chart is built: on a worker it would
        compete for the interpreter with pyqtgraph's import (at 10,000 articles
        ~200 ms CPU, about half of it holding the GIL), and nothing of it is
        shown before the chart's first frame anyway."""
        self.chart()
        self._read_overview()
        self._once_started(self.ensure_plots)

    def _read_overview_unless_shown(self) -> None:
        """A window nobody shows reads its overview at once; a shown one once
        its chart is built (or its plots without a paint)."""
        if not self.isVisible():
            self._read_overview()

    def _read_overview(self) -> None:
        """Start reading the overview on a worker, once. Not before the first
        frame: the worker would compete with building it, and the overview is
        put on screen only after the chart's first frame anyway."""
        if self._overview_job is None:
            self._overview_job = run_in_background(
                lambda: load_overview(self.db_path), self._overview_ready, self._overview_failed
            )

    def ensure_plots(self) -> None:
        """Build the timeline and chart now (pyqtgraph is imported here)."""
        self._read_overview()
        self.chart()
        self.timeline()

    def _new_chart(self, parent: QWidget):  # type: ignore[no-untyped-def]
        """The chart, wired to the window; the first paint of it ends the start-up."""
        from cds_desktop.ui.chart import IndicatorChart
        from cds_desktop.ui.curation_marks import CurationMarks

        chart = IndicatorChart(parent)
        chart.observationClicked.connect(self.select_observation)
        self.curation_marks = CurationMarks(chart)
        QWidget.setTabOrder(self.indicators.tree, chart)
        QWidget.setTabOrder(chart, self.viewer_left.picker)
        FirstPaint(chart.viewport(), self._start_done)
        # A chart that is never exposed never paints. Counted from here, not
        # from show(): on a loaded machine pyqtgraph's import alone can take
        # longer than this, and the wait must not end before the chart paints.
        QTimer.singleShot(STARTED_FALLBACK_MS, self._start_done)
        if self.overview is not None:
            chart.set_meeting_dates(_dates(self.overview))
        return chart

    def _new_timeline(self, parent: QWidget):  # type: ignore[no-untyped-def]
        """The timeline, wired to the window and filled if the overview is in."""
        from cds_desktop.ui.timeline import TimelinePlot

        timeline = TimelinePlot(parent)
        timeline.meetingClicked.connect(self.select_meeting)
        QWidget.setTabOrder(self.search_box, timeline)
        QWidget.setTabOrder(timeline, self.indicators.filter)
        if self.overview is not None:
            timeline.set_meetings(self.overview.meetings)
            if self._meeting is not None:
                timeline.select(self._meeting)
        return timeline

    def _new_details(self, parent: QWidget) -> MeetingDetails:
        """The meeting panel, wired to the window. It says only "click a
        meeting" until one is chosen, so it is built after the first frame
        (its module and widgets cost about 12 ms CPU) or when a meeting is."""
        from cds_desktop.ui.details import MeetingDetails

        details = MeetingDetails(parent)
        details.articleClicked.connect(lambda a: self.open_article(self.viewer_left, a))
        details.observationClicked.connect(self.select_observation)
        return details

    @property
    def details(self) -> MeetingDetails:
        """The meeting details panel, built on first use."""
        return self.details_pane.content()

    def timeline(self):  # type: ignore[no-untyped-def]
        """The timeline plot (a `TimelinePlot`), built on first use."""
        return self.timeline_pane.content()

    def chart(self):  # type: ignore[no-untyped-def]
        """The indicator chart (an `IndicatorChart`), built on first use."""
        return self.chart_pane.content()

    def is_loaded(self) -> bool:
        return self.overview is not None

    def _overview_ready(self, overview: Overview) -> None:
        self._once_started(lambda: self._show_overview(overview))

    def _show_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.series_reader.set_sizes({i.id: i.count for i in overview.indicators})
        model = IndicatorTreeModel(
            overview.indicators, domain_names=domain_names(), language=self.language, parent=self
        )
        self.indicators.set_model(model)
        self._other_job = run_in_background(
            lambda: read_other_figures(self.db_path), model.set_other_figures, self._overview_failed
        )
        if self._indicator is not None:
            self.indicators.show_indicator(self._indicator)
        for viewer in (self.viewer_left, self.viewer_right):
            viewer.set_articles(overview.articles)
        self._show_counts()
        self._fill_plots(overview)
        self.overviewLoaded.emit()

    def _overview_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not read the database: {m}").format(m=message))
        self.overviewFailed.emit(message)

    def _fill_plots(self, overview: Overview) -> None:
        """Put the overview on the plots already built (the others fill themselves)."""
        if self.timeline_pane.is_built():
            self.timeline().set_meetings(overview.meetings)
            if self._meeting is not None:
                self.timeline().select(self._meeting)
        if self.chart_pane.is_built():
            self.chart().set_meeting_dates(_dates(overview))

    def _show_counts(self) -> None:
        if self.overview is None:
            self.status_counts.setText(self.tr("Reading the database…"))
            return
        c = self.overview.counts
        self.status_counts.setText(
            self.tr("{a} articles · {m} meetings · {i} indicators · {o} figures").format(
                a=c.get("articles", 0),
                m=c.get("meetings", 0),
                i=c.get("indicators", 0),
                o=c.get("observations", 0),
            )
        )

    # -- selection: the entry points every click goes through ---------------------

    def select_indicator(self, indicator_id: str) -> None:
        """Plot `indicator_id` (the indicator list calls this)."""
        if indicator_id == self._indicator:
            return
        self._indicator = indicator_id
        self._plot_indicator(indicator_id)
        self.indicators.show_indicator(indicator_id)

    def _plot_indicator(self, indicator_id: str) -> None:
        if not self.series_reader.read(indicator_id, self._show_series):
            self.chart().show_reading(self.tr("Reading the database…"))

    def _series_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not read the database: {m}").format(m=message))

    def _show_series(
        self, indicator_id: str, rows: list[ObservationRow], plan: SeriesPlan | None = None
    ) -> None:
        """Chart a series read at once or delivered (and planned) by the worker."""
        title = indicator_id
        unit = rows[0].unit if rows else ""
        if rows:
            first = rows[0]
            title = (first.indicator_vi if self.language == "vi" else first.indicator_en) or title
        self.chart().set_series(title, unit, rows, plan)
        if self.curation_marks is not None:
            self.curation_marks.update(rows)
        if self.figures_dock.isVisible():  # a hidden table is filled when shown
            self.figures.set_indicator(indicator_id, rows)
        self.chart().select(self._observation)

    def select_observation(self, observation_id: int) -> None:
        """Show one figure: its point on the chart, its sentence in the left viewer,
        the previous report of the same indicator in the right viewer."""
        from cds_desktop.ui.search import SEARCH_MARK_ID

        if observation_id == SEARCH_MARK_ID:
            return  # the mark of a search hit in a viewer, not a figure
        obs = self.store.observation(observation_id)
        self._observation = observation_id
        self.figures.set_article(obs.article_id)
        if obs.indicator_id is not None and obs.indicator_id != self._indicator:
            self._indicator = obs.indicator_id
            self._plot_indicator(obs.indicator_id)
            self.indicators.show_indicator(obs.indicator_id)
        elif obs.indicator_id is None:
            # A figure outside the catalogue has no series: chart it alone
            # rather than leave another indicator's chart on screen.
            self._indicator = None
            self.chart().set_series(obs.label, obs.unit, [obs])
        self.chart().select(observation_id)
        self._show_in(self.viewer_left, obs, self.tr("Selected: {d}").format(d=self._describe(obs)))
        previous = self.store.previous_report(observation_id)
        if previous is None:
            self.viewer_right.clear(
                self.tr("No earlier report of this indicator in another article.")
            )
        else:
            caption = self.tr("Previous report: {d}").format(d=self._describe(previous))
            self._show_in(self.viewer_right, previous, caption)
        self.statusBar().showMessage(self._describe(obs))
        self.figures.select_observation(observation_id)

    def select_meeting(self, meeting_id: int) -> None:
        """Show one meeting: its details, its first article on the left, its date on the chart."""
        from cds_desktop.ui.details import Quote

        detail = self.store.meeting(meeting_id)
        self._meeting = meeting_id
        texts = {a: self.store.article(a).text for a in {e.article_id for e in detail.evidence}}
        quotes = [
            Quote.from_text(
                e.field,
                texts[e.article_id],
                e.start,
                e.end,
                None
                if e.sentence_start is None or e.sentence_end is None
                else (e.sentence_start, e.sentence_end),
            )
            for e in detail.evidence
        ]
        self.details.show_meeting(detail, quotes)
        self.timeline().select(meeting_id)
        self.chart().mark_meeting(detail.meeting.date)
        if detail.articles:
            self.open_article(self.viewer_left, detail.articles[0].id)

    def open_article(self, viewer: ArticleViewer, article_id: int) -> None:
        """Show an article with its figures marked and none selected."""
        article = self.store.article(article_id)
        marks = self.store.article_marks(article_id)
        name = article.title or article.file
        viewer.show_article(
            article_id, article.text, marks, None, self.tr("Article: {n}").format(n=name)
        )

    def _show_in(self, viewer: ArticleViewer, obs: ObservationRow, caption: str) -> None:
        article = self.store.article(obs.article_id)
        marks = self.store.article_marks(obs.article_id)
        viewer.show_article(obs.article_id, article.text, marks, obs.id, caption)

    def _describe(self, obs: ObservationRow) -> str:
        name = (obs.indicator_vi if self.language == "vi" else obs.indicator_en) or obs.label
        period = obs.period or self.tr("no period")
        source = obs.article_title or obs.article_file
        scope, kind = scope_name(obs.scope), kind_name(obs.kind)
        return f"{obs.raw} — {name} · {period} · {scope} · {kind} · {source}"

    # -- actions -------------------------------------------------------------------

    def _reset_zoom(self) -> None:
        self.ensure_plots()
        if self.overview is not None:
            self._fill_plots(self.overview)
        self.chart().getPlotItem().enableAutoRange()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About CĐS Desktop"),
            self.tr(
                "Every meeting and figure of Vietnam's National Committee on Digital "
                "Transformation, traceable to the characters of its source article."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workflow is not None:
            self._workflow.importer.shutdown()
        self.preferences.save_window(self)
        self.store.close()
        super().closeEvent(event)

    # -- the analyst's workflow: search, curation, import, export, keyboard -------

    @property
    def search_panel(self) -> SearchPanel:
        return self._workflow_built().search_panel

    @property
    def search_dock(self) -> QDockWidget:
        return self._workflow_built().search_dock

    @property
    def figures(self) -> FiguresPanel:
        return self._workflow_built().figures

    @property
    def figures_dock(self) -> QDockWidget:
        return self._workflow_built().figures_dock

    @property
    def importer(self) -> ImportController:
        return self._workflow_built().importer

    @property
    def drop_filter(self) -> FileDropFilter:
        return self._workflow_built().drop_filter

    def _workflow_built(self) -> Workflow:
        """Docks for search results and the figures table; import; drops."""
        if self._workflow is not None:
            return self._workflow
        from cds_desktop.ui.curation import FiguresPanel
        from cds_desktop.ui.import_dialog import FileDropFilter, ImportController
        from cds_desktop.ui.search import SearchPanel

        search_panel = SearchPanel(self.store, self, box=self.search_box)
        search_dock = QDockWidget(self)
        search_dock.setObjectName("searchDock")
        search_dock.setWidget(search_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, search_dock)
        search_dock.hide()
        figures = FiguresPanel(self.store, self, self.history)
        figures_dock = QDockWidget(self)
        figures_dock.setObjectName("figuresDock")
        figures_dock.setWidget(figures)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, figures_dock)
        figures_dock.hide()
        for dock in (search_dock, figures_dock):
            self.restoreDockWidget(dock)  # where the saved window state put it
        workflow = Workflow(
            search_panel,
            search_dock,
            figures,
            figures_dock,
            ImportController(self.db_path, self),
            FileDropFilter(self),
        )
        self._workflow = workflow
        self.setAcceptDrops(True)
        self.installEventFilter(workflow.drop_filter)
        order = [self.viewer_right.browser, figures.filter, figures.table, search_panel.results]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        search_panel.searchStarted.connect(lambda _q: search_dock.show())
        search_panel.hitChosen.connect(self.open_search_hit)
        figures.observationSelected.connect(self._figure_chosen)
        figures_dock.visibilityChanged.connect(self._figures_shown)
        figures.curated.connect(self._after_curation)
        figures.citationCopied.connect(self._citation_copied)
        workflow.importer.imported.connect(self._after_import)
        workflow.drop_filter.filesDropped.connect(workflow.importer.start)
        self.retranslate()
        if self.search_box.text():
            search_panel.run_search()  # typed before the panel was there
        return workflow

    def _search_before_panel(self) -> None:
        """Typing (or Enter) in the search box before its panel is built builds it."""
        if self._workflow is None:
            self._workflow_built()

    def _connect_workflow(self) -> None:
        w = self.workflow
        order = [
            self.search_box,
            self.indicators.filter,
            self.indicators.tree,
            self.viewer_left.picker,
            self.viewer_left.browser,
            self.viewer_right.picker,
            self.viewer_right.browser,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.search_box.textEdited.connect(self._search_before_panel)
        self.search_box.returnPressed.connect(self._search_before_panel)
        for viewer in (self.viewer_left, self.viewer_right):
            viewer.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            viewer.browser.customContextMenuRequested.connect(
                lambda pos, v=viewer: self.viewer_menu(v, pos).popup(v.browser.mapToGlobal(pos))
            )
        self.switcher.languageChanged.connect(self.set_language)
        w["Import"].triggered.connect(lambda: self.importer.choose_files())
        w["ExportSeries"].triggered.connect(self.export_series)
        w["ExportChart"].triggered.connect(self.export_chart)
        w["CopyCitation"].triggered.connect(self.copy_citation)
        w["Find"].triggered.connect(self.focus_search)
        w["FindNext"].triggered.connect(lambda: self.search_panel.choose_next(1))
        w["FindPrevious"].triggered.connect(lambda: self.search_panel.choose_next(-1))
        for action in ("confirm", "reject", "correct"):  # curation.ACTIONS
            w[f"{action.capitalize()}Figure"].triggered.connect(
                lambda _checked=False, a=action: self.curate_selected(a)
            )
        w["ShowSearchResults"].triggered.connect(
            lambda: self._focus(self._show_dock(self.search_dock))
        )
        w["ShowFigures"].triggered.connect(lambda: self._focus(self._show_dock(self.figures_dock)))
        targets = {
            "FocusTimeline": lambda: self.timeline(),
            "FocusIndicators": lambda: self.indicators.tree,
            "FocusChart": lambda: self.chart(),
            "FocusFigures": lambda: self._show_dock(self.figures_dock),
            "FocusLeftViewer": lambda: self.viewer_left.browser,
            "FocusRightViewer": lambda: self.viewer_right.browser,
        }
        for name, target in targets.items():
            w[name].triggered.connect(lambda _checked=False, t=target: self._focus(t()))

    def viewer_menu(self, viewer: ArticleViewer, pos: QPoint) -> QMenu:
        """A viewer's right-click menu: Copy and Select all, then the figure commands
        for the selected figure (a left click on a marked figure selects it)."""
        menu = viewer.browser.createStandardContextMenu(pos)
        menu.setParent(viewer.browser, menu.windowFlags())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addSeparator()
        for name in ("ConfirmFigure", "RejectFigure", "CorrectFigure", "CopyCitation"):
            menu.addAction(self.workflow[name])
        return menu

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_dock(self, dock: QDockWidget) -> QWidget:
        """Show and raise a dock; returns the widget keyboard focus should go to."""
        dock.show()
        dock.raise_()
        return self.figures.table if dock is self.figures_dock else self.search_panel.results

    def focus_search(self) -> None:
        """Edit > Find: the search box, its text selected to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_search_hit(self, article_id: int, mark: SearchMark) -> None:
        """Open the article of a chosen search result in the left viewer, the hit highlighted."""
        article = self.store.article(article_id)
        marks = [*self.store.article_marks(article_id), mark]
        caption = self.tr("Search hit in: {n}").format(n=article.title or article.file)
        self.viewer_left.show_article(article_id, article.text, marks, mark.id, caption)

    def _figure_chosen(self, observation_id: int) -> None:
        if observation_id != self._observation:
            self.select_observation(observation_id)

    def _figures_shown(self, visible: bool) -> None:
        """Fill the figures table with the charted series once it is on screen:
        formatting a series of 16,000 figures nobody sees took seconds per change."""
        if visible and self._indicator is not None:
            self.figures.set_indicator(self._indicator)
            if self._observation is not None:
                self.figures.select_observation(self._observation)

    def curate_selected(self, action: str) -> None:
        """Figure > Confirm/Reject/Correct on the selected figure."""
        if self._observation is None:
            self.statusBar().showMessage(self.tr("Select a figure first (chart, table or text)."))
            return
        self.figures_dock.show()
        self.figures.curate(self._observation, action)

    def _after_curation(self, observation_id: int) -> None:
        """Chart, halos, viewers and status follow a curation at once."""
        if self._indicator is not None:
            self._plot_indicator(self._indicator)
        self._observation = None
        self.select_observation(observation_id)

    def _after_import(self, _results: object) -> None:
        """New articles: read the overview again, rerun the search. The undo
        history starts again: an import re-anchors every curation and may give
        a replaced article's figures ids an older verdict was recorded under."""
        self.history.clear()
        self._overview_job = run_in_background(
            lambda: load_overview(self.db_path), self._overview_ready, self._overview_failed
        )
        self.search_panel.refresh()

    def export_series(self) -> None:
        if self._indicator is None:
            self.statusBar().showMessage(self.tr("Choose an indicator first."))
            return
        from cds_desktop.ui.exports import save_series_dialog

        saved = save_series_dialog(self, self.store, self._indicator)
        if saved is not None:
            path, count = saved
            self.statusBar().showMessage(
                self.tr("{n} values written to {p}").format(n=count, p=path)
            )

    def export_chart(self) -> None:
        if self._indicator is None:
            self.statusBar().showMessage(self.tr("Choose an indicator first."))
            return
        from cds_desktop.ui.exports import save_chart_dialog

        path = save_chart_dialog(self, self.chart().getPlotItem(), self._indicator)
        if path is not None:
            self.statusBar().showMessage(self.tr("Chart saved to {p}").format(p=path))

    def copy_citation(self) -> None:
        if self._observation is None:
            self.statusBar().showMessage(self.tr("Select a figure first (chart, table or text)."))
            return
        from cds_desktop.ui.exports import copy_citation

        self._citation_copied(copy_citation(self.store, self._observation))

    def _citation_copied(self, cite: Citation) -> None:
        self.statusBar().showMessage(self.tr("Citation copied: {c}").format(c=cite.text()))
