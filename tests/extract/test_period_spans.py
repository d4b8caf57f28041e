"""A figure's period from a span of years or a comparison in words, read in
whole sentences written for these tests: a rate per year over `giai đoạn
A-B` is the run of its years, a target within the span its end year, a span
that names a plan dates nothing, and `gấp đôi năm 2023` is a base, not the
period."""

from __future__ import annotations

from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.model import Evidence, Figure, Meeting
from cds_desktop.extract.periods import years_period
from cds_desktop.extract.text import sentences


def _figure(text: str, raw: str, year: int = 2025) -> Figure:
    """The figure `raw` of `text` reported at a meeting held in `year`."""
    meeting = Meeting(kind="committee_session", date=str(year), evidence=(Evidence("date", 0, 1),))
    (figure,) = [f for f in find_figures(text, sentences(text), meeting) if f.raw == raw]
    assert text[figure.start : figure.end] == raw
    return figure


def test_a_rate_per_year_over_a_span_covers_its_years() -> None:
    text = (
        "Doanh thu thương mại điện tử B2C tăng trưởng bình quân 22%/năm trong giai đoạn 2020-2024."
    )
    figure = _figure(text, "22%")
    assert figure.period is not None
    assert (figure.period.label, figure.period.start, figure.period.end) == (
        "2020-01/2024-12",
        "2020-01-01",
        "2024-12-31",
    )
    assert figure.period_evidence is not None
    assert text[figure.period_evidence.start : figure.period_evidence.end] == (
        "giai đoạn 2020-2024"
    )


def test_a_target_within_a_span_is_dated_by_its_end() -> None:
    text = "Trong giai đoạn 2026-2030, tỉnh Thanh Hóa đặt mục tiêu 90% hồ sơ trực tuyến toàn trình."
    figure = _figure(text, "90%")
    assert (figure.kind, figure.period and figure.period.label) == ("target", "2030")


def test_a_span_that_names_a_plan_dates_nothing() -> None:
    text = (
        "Theo Chương trình chuyển đổi số quốc gia giai đoạn 2021-2025, tỉnh Sóc Trăng có "
        "312 doanh nghiệp công nghệ số."
    )
    figure = _figure(text, "312", year=2024)
    assert figure.period is not None and figure.period.label != "2025"
    assert figure.period.label == "2024"


def test_a_multiple_in_words_compares_and_does_not_date() -> None:
    text = "Cả nước đã cấp hơn 1,8 tỷ chữ ký số, gấp đôi năm 2022."
    figure = _figure(text, "1,8 tỷ", year=2023)
    assert figure.period is not None and figure.period.label == "2023"


def test_a_span_of_one_year_is_that_year() -> None:
    assert years_period(2024, 2024).label == "2024"


def test_an_as_of_day_without_ngay_dates_the_figure() -> None:
    text = "Tính đến 31/10/2025, tỉnh Gia Lai đã kích hoạt 1,2 triệu tài khoản định danh điện tử."
    figure = _figure(text, "1,2 triệu")
    assert figure.period is not None and figure.period.label == "2025-10-31"
    assert not figure.period_inferred
