"""`ui_db`: a small database whose facts the UI tests know exactly.

The seed database changes as the extraction rules improve; the window's
behaviour is tested on this fixed one instead, built by the real store from
four fictional articles whose figures and meetings are stated here (through
`build`'s `extract` hook), with the quirks the window must survive: an emoji
before a figure, HTML markup in the text, two reports that disagree, a
province series, an inferred meeting date, a figure with no catalogue entry.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cds_desktop.extract.model import Article, Evidence, Figure, Meeting, Period
from cds_desktop.extract.text import normalize, sentences
from cds_desktop.store.catalogue import CatalogueEntry
from cds_desktop.store.queries import Store

SHARE = "digital_economy_gdp_share"
ONLINE = "online_public_services"

TEXTS = {
    "a_session8.txt": (
        "Sáng ngày 24/4/2024, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp lần thứ tám.\n"
        "Tỷ trọng kinh tế số/GDP năm 2023 ước đạt 16,5%. Dự báo năm 2025 đạt trên 20%.\n"
        "Tại Ninh Thuận, tỷ trọng kinh tế số/GRDP năm 2023 đạt 8,2%.\n"
        "Có 80,44% thủ tục hành chính được cung cấp trực tuyến.\n"
    ),
    "b_session3.txt": (
        "Chiều 6/2, Ủy ban Quốc gia về chuyển đổi số họp phiên thứ 3.\n"
        "📈🇻🇳 Tỷ trọng kinh tế số/GDP năm 2022 đạt 14,26%. Năm 2023 đạt 16%.\n"
        "Tại Ninh Thuận, tỷ trọng kinh tế số/GRDP năm 2022 đạt 7,1%.\n"
    ),
    "c_markup.txt": (
        'Hội nghị Đề án 06 <b>x</b><img src="http://example.com/a.png"> ngày 10/7/2024.\n'
        "Cấp 80 triệu tài khoản VNeID. Tỷ lệ dịch vụ công trực tuyến đạt 60%.\n"
    ),
    "d_session2.txt": (
        "Ngày 20/8/2022, Ủy ban Quốc gia về chuyển đổi số họp phiên thứ 2.\n"
        "Tỷ trọng kinh tế số/GDP năm 2021 đạt 12%.\n"
    ),
}


@dataclass(frozen=True)
class Fig:
    raw: str
    value: float
    indicator: str | None
    period: Period | None
    kind: str = "actual"
    scope: str = "national"
    qualifier: str | None = None


def _year(y: int) -> Period:
    return Period(str(y), f"{y}-01-01", f"{y}-12-31")


FIGURES = {
    "a_session8.txt": [
        Fig("16,5%", 16.5, SHARE, _year(2023), qualifier="ước đạt"),
        Fig("20%", 20.0, SHARE, _year(2025), kind="forecast", qualifier="trên"),
        Fig("8,2%", 8.2, SHARE, _year(2023), scope="Ninh Thuận"),
        Fig("80,44%", 80.44, ONLINE, _year(2024)),
    ],
    "b_session3.txt": [
        Fig("14,26%", 14.26, SHARE, _year(2022)),
        Fig("16%", 16.0, SHARE, _year(2023)),
        Fig("7,1%", 7.1, SHARE, _year(2022), scope="Ninh Thuận"),
    ],
    "c_markup.txt": [
        Fig("80 triệu", 80e6, None, None),
        Fig("60%", 60.0, ONLINE, _year(2024)),
    ],
    "d_session2.txt": [Fig("12%", 12.0, SHARE, _year(2021))],
}

MEETINGS = {
    "a_session8.txt": Meeting(
        kind="committee_session",
        session=8,
        date="2024-04-24",
        date_precision="day",
        chair="Phạm Minh Chính",
        bridge_points=("Ninh Thuận",),
    ),
    "b_session3.txt": Meeting(
        kind="committee_session",
        session=3,
        date="2023-02-06",
        date_precision="day",
        date_inferred=True,
        date_reason="năm lấy từ ngày đăng bài",
        chair="Phạm Minh Chính",
    ),
    "c_markup.txt": Meeting(kind="de_an_06_conference", date="2024-07-10", date_precision="day"),
    "d_session2.txt": Meeting(
        kind="committee_session", session=2, date="2022-08-20", date_precision="day"
    ),
}

DATE_WORDS = {
    "a_session8.txt": "24/4/2024",
    "b_session3.txt": "6/2",
    "c_markup.txt": "10/7/2024",
    "d_session2.txt": "20/8/2022",
}

CATALOGUE = (
    CatalogueEntry(
        SHARE,
        "Tỷ trọng kinh tế số trong GDP",
        "Digital economy share of GDP",
        "%",
        "economy",
    ),
    CatalogueEntry(ONLINE, "Dịch vụ công trực tuyến", "Online public services", "%", "government"),
)


def _extract(name: str, text: str) -> Article:
    text = normalize(text)
    sents = sentences(text)
    figures = []
    for f in FIGURES[name]:
        start = text.index(f.raw)
        sentence = next(s for s in sents if s.start <= start < s.end)
        figures.append(
            Figure(
                raw=f.raw,
                start=start,
                end=start + len(f.raw),
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                value=f.value,
                unit="%" if f.raw.endswith("%") else "tài khoản",
                kind=f.kind,
                rule="ui-test",
                label=f.raw,
                indicator_id=f.indicator,
                qualifier=f.qualifier,
                period=f.period,
                scope=f.scope,
            )
        )
    date_at = text.index(DATE_WORDS[name])
    meeting = MEETINGS[name]
    meeting = Meeting(
        **{
            **meeting.__dict__,
            "evidence": (Evidence("date", date_at, date_at + len(DATE_WORDS[name])),),
        }
    )
    return Article(text, None, None, sents, figures=tuple(figures), meeting=meeting)


@pytest.fixture(scope="session")
def ui_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional database; treat it as read-only."""
    from cds_desktop.store import build as build_module

    seeds = tmp_path_factory.mktemp("ui_seeds")
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    by_text = {normalize(t): n for n, t in TEXTS.items()}
    path = tmp_path_factory.mktemp("ui_db") / "ui.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build_module, "load_catalogue", lambda: CATALOGUE)
        build_module.build(path, seeds, extract=lambda text: _extract(by_text[text], text))
    return path


@pytest.fixture
def window(qtbot, ui_db: Path):
    """The main window on `ui_db`, shown, with its overview loaded and plots built."""
    from cds_desktop.ui import MainWindow

    win = MainWindow(ui_db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.overviewLoaded, timeout=10_000):
        win.show()
    qtbot.waitExposed(win)
    win.ensure_plots()
    return win


@pytest.fixture(scope="session")
def percent_db(tmp_path_factory: pytest.TempPathFactory, seed_dir: Path) -> Path:
    """The seeds built with the test extractor (every percentage a figure of
    indicator `share`): curation and export tests need a stable series."""
    from cds_desktop.store.build import build
    from tests.store.fakes import percent_extractor

    path = tmp_path_factory.mktemp("percent") / "cds.sqlite"
    build(path, seed_dir, extract=percent_extractor())
    return path


@pytest.fixture
def store(percent_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of `percent_db`, open: tests may curate freely."""
    path = tmp_path / "cds.sqlite"
    shutil.copy(percent_db, path)
    store = Store(path)
    yield store
    store.close()
