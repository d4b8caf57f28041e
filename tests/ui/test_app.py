"""Background jobs: work runs off the GUI thread, results and errors come back on it."""

from __future__ import annotations

import threading
from pathlib import Path

from cds_desktop.app import load_overview, run_in_background


def test_job_runs_on_a_worker_and_reports_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    run_in_background(work, done, lambda message: seen.setdefault("error", message))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5_000)
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert "error" not in seen


def test_a_failing_job_reports_its_error(qtbot) -> None:
    errors: list[str] = []

    def work() -> None:
        raise ValueError("the database is locked")

    run_in_background(work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors == ["ValueError: the database is locked"]


def test_overview_holds_what_the_window_opens_on(ui_db: Path) -> None:
    overview = load_overview(ui_db)
    assert overview.counts["meetings"] == len(overview.meetings) == 4
    assert {i.id for i in overview.indicators} == {
        "digital_economy_gdp_share",
        "online_public_services",
    }
    assert sorted(a.file for a in overview.articles)[0] == "a_session8.txt"


def test_a_job_finishing_after_the_window_is_gone_reports_to_nobody(qtbot) -> None:
    import shiboken6

    from cds_desktop.app import Job

    ran: list[int] = []
    job = Job(lambda: ran.append(1))
    shiboken6.delete(job.signals)  # what quitting does to it while the work runs
    job.run()  # an emit now would raise "Signal source has been deleted"
    assert ran == [1]
    assert not shiboken6.isValid(job.signals)
