"""Period labels read back to their bounds: what a user types, what the extractor makes."""

from __future__ import annotations

import pytest

from cds_desktop.extract.periods import period_bounds


@pytest.mark.parametrize(
    ("label", "bounds"),
    [
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2024-H1", ("2024-01-01", "2024-06-30")),
        ("2024-H2", ("2024-07-01", "2024-12-31")),
        ("2024-Q1", ("2024-01-01", "2024-03-31")),
        ("2023-Q4", ("2023-10-01", "2023-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-02", ("2023-02-01", "2023-02-28")),
        ("2024-06-30", ("2024-06-30", "2024-06-30")),
        ("2022-01/2022-05", ("2022-01-01", "2022-05-31")),
        ("2021-01/2025-12", ("2021-01-01", "2025-12-31")),
        (" 2024 ", ("2024-01-01", "2024-12-31")),
    ],
)
def test_labels_give_their_first_and_last_day(label: str, bounds: tuple[str, str]) -> None:
    assert period_bounds(label) == bounds


@pytest.mark.parametrize(
    "label",
    [
        "",
        "năm 2024",
        "2024-H3",
        "2024-Q5",
        "2024-13",
        "2024-00",
        "2024-02-30",
        "24",
        "2024/",
        "x/2024",
    ],
)
def test_other_text_is_not_a_period(label: str) -> None:
    assert period_bounds(label) == (None, None)


def test_every_extracted_period_label_reads_back_to_its_bounds(seed_texts: dict[str, str]) -> None:
    from cds_desktop.extract import extract_article

    periods = {
        f.period
        for text in seed_texts.values()
        for f in extract_article(text).figures
        if f.period is not None
    }
    assert len(periods) > 5
    for period in periods:
        assert period_bounds(period.label) == (period.start, period.end), period
