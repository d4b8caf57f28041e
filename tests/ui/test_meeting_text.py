"""A meeting's inferred-date reason reads in the UI's language.

The extractor stores the reason in English (the JSON export carries it as
is); the window translates each form it writes. The reasons checked are the
ones the real extractor gives on every article the project has, so a new
form of reason in `extract/meetings.py` fails here until it is translated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cds_desktop.extract import extract_article
from cds_desktop.ui.i18n import LanguageSwitcher
from cds_desktop.ui.meeting_text import reason_text
from cds_desktop.ui.preferences import Preferences

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = DATA.parents[1]
TEXTS = sorted(
    [*(ROOT / "seeds").glob("*.txt"), *DATA.glob("articles/*.txt"), *DATA.glob("heldout*/*.txt")]
)
ENGLISH = ("taken from", "inferred from", "no meeting date", "gives the day", "dateline", "header")


def _reasons() -> list[str]:
    reasons = []
    for path in TEXTS:
        meeting = extract_article(path.read_text(encoding="utf-8")).meeting
        if meeting is not None and meeting.date_reason:
            reasons.append(meeting.date_reason)
    return reasons


@pytest.fixture
def vietnamese(qapp, tmp_path: Path):
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    switcher = LanguageSwitcher(prefs)
    assert switcher.switch("vi")
    yield
    switcher.switch("en")


def test_the_articles_give_several_forms_of_reason() -> None:
    reasons = _reasons()
    assert len(reasons) >= 3
    assert any(r.startswith("year") for r in reasons)


def test_every_reason_the_extractor_gives_is_shown_in_vietnamese(vietnamese) -> None:
    for reason in _reasons():
        shown = reason_text(reason)
        assert not any(word in shown for word in ENGLISH), (reason, shown)
        if " from " in reason:  # a reason naming its evidence keeps the evidence as written
            assert shown.endswith(reason.rsplit(" ", 1)[-1])


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        (
            "year 2024 taken from the dateline 10/07/2024 - 20:53",
            "năm 2024 lấy từ dòng ngày đăng 10/07/2024 - 20:53",
        ),
        (
            "no meeting date in the text; month 2022-08 taken from the header date 2022-08",
            "bài viết không nêu ngày họp; tháng 2022-08 lấy từ phần đầu bài date 2022-08",
        ),
        (
            "year 2023 inferred from the period phrases '6 tháng đầu năm', 'năm 2022'",
            "năm 2023 suy ra từ các cụm chỉ thời kỳ '6 tháng đầu năm', 'năm 2022'",
        ),
        (
            "the text gives the day and month but no year",
            "bài viết có ngày và tháng nhưng không có năm",
        ),
        (
            "a reason of a form the window does not know",
            "a reason of a form the window does not know",
        ),
    ],
)
def test_each_form_is_translated_and_an_unknown_one_shown_as_stored(
    vietnamese, reason: str, expected: str
) -> None:
    assert reason_text(reason) == expected


def test_in_english_every_reason_reads_as_stored() -> None:
    for reason in _reasons():
        assert reason_text(reason) == reason
