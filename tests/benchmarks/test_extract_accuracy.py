"""The accuracy scorer itself, on a tiny hand-made article and annotation.

These tests never run the extractor: the "extracted" article is built by
hand, so they check that the scorer counts what it says it counts (a made-up
figure lowers precision, a missed one recall, a wrong field is reported with
what was wanted and what came), whatever the rules do today.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.extract_accuracy import (
    AnnotationError,
    ArticleScore,
    locate,
    misses,
    parse_annotation,
    score_article,
    total,
)
from cds_desktop.extract import Article, Figure, Meeting, Period
from cds_desktop.extract.indicators import catalogue
from cds_desktop.extract.periods import period_bounds
from cds_desktop.extract.text import normalize
from cds_desktop.extract.vocabulary import provinces

TEXT = "Sáng 4/10, hội nghị Đề án 06. Tỷ lệ đạt 52,3%, tăng 2 bậc."

ANNOTATION = tomllib.loads(
    """
[meeting]
kind = "de_an_06_conference"
date = "2024-10-04"
date_precision = "day"
date_inferred = true

[[figure]]
anchor = "đạt 52,3%"
raw = "52,3%"
value = 52.3
unit = "%"
kind = "actual"
period = "2024"

[[figure]]
anchor = "tăng 2 bậc"
raw = "2 bậc"
value = 2
unit = "bậc"
kind = "change"
period = "2024"
qualifier = "tăng"
"""
)


def figure(raw: str, value: float, unit: str, kind: str, qualifier: str | None = None) -> Figure:
    start = TEXT.index(raw)
    return Figure(
        raw=raw,
        start=start,
        end=start + len(raw),
        sentence_start=0,
        sentence_end=len(TEXT),
        value=value,
        unit=unit,
        kind=kind,
        rule="hand-made",
        label="",
        qualifier=qualifier,
        period=Period("2024", "2024-01-01", "2024-12-31"),
    )


RIGHT = (figure("52,3%", 52.3, "%", "actual"), figure("2 bậc", 2, "bậc", "change", "tăng"))
MEETING = Meeting(
    kind="de_an_06_conference", date="2024-10-04", date_precision="day", date_inferred=True
)


def article(figures: tuple[Figure, ...], meeting: Meeting | None = MEETING) -> Article:
    return Article(
        text=TEXT, title=None, published=None, sentences=(), figures=figures, meeting=meeting
    )


def score(figures: tuple[Figure, ...], meeting: Meeting | None = MEETING) -> ArticleScore:
    return score_article("t", parse_annotation(TEXT, ANNOTATION), article(figures, meeting))


def test_everything_right_scores_one_and_lists_nothing() -> None:
    s = score(RIGHT)
    assert (s.precision, s.recall, s.matched) == (1.0, 1.0, 2)
    assert all(right == 2 for right in s.field_right.values())
    assert s.meeting_right == 7 and s.meeting_errors == []
    assert misses([s]) == ""


def test_a_spurious_figure_lowers_precision_only() -> None:
    s = score((*RIGHT, figure("4/10", 4, "", "actual")))
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == 1.0
    assert s.spurious == [(TEXT.index("4/10"), "4/10", "hand-made")]
    assert "spurious" in misses([s])


def test_a_missed_figure_lowers_recall_only() -> None:
    s = score(RIGHT[:1])
    assert (s.precision, s.recall) == (1.0, 0.5)
    assert s.missed == [(TEXT.index("2 bậc"), "2 bậc")]


def test_a_span_that_differs_is_a_miss_and_a_spurious_figure() -> None:
    """`2` instead of `2 bậc`: the user would see other characters highlighted."""
    s = score((RIGHT[0], figure("2", 2, "bậc", "change", "tăng")))
    assert (s.precision, s.recall) == (0.5, 0.5)


def test_a_wrong_field_is_reported_with_want_and_got() -> None:
    s = score((replace(RIGHT[0], kind="target"), RIGHT[1]))
    assert (s.precision, s.recall) == (1.0, 1.0)
    assert s.field_right["kind"] == 1 and s.field_right["value"] == 2
    [error] = s.field_errors
    assert (error.field, error.raw, error.want, error.got) == ("kind", "52,3%", "actual", "target")


def test_values_compare_relatively_not_exactly() -> None:
    s = score((replace(RIGHT[0], value=52.300000000001), RIGHT[1]))
    assert s.field_right["value"] == 2


def test_meeting_fields_and_a_missing_meeting() -> None:
    wrong_date = score(RIGHT, replace(MEETING, date="2023-10-04"))
    assert wrong_date.meeting_right == 6
    assert wrong_date.meeting_errors == [("date", "2024-10-04", "2023-10-04")]
    none = score(RIGHT, None)
    assert none.meeting_right == 0 and [e[0] for e in none.meeting_errors] == ["meeting"]


def test_total_adds_articles_up() -> None:
    whole = total([score(RIGHT), score(RIGHT[:1])])
    assert (whole.annotated, whole.extracted, whole.matched) == (4, 3, 3)
    assert whole.recall == pytest.approx(3 / 4)


def test_an_anchor_must_name_one_place() -> None:
    with pytest.raises(AnnotationError):
        locate(TEXT, "2", "2")  # in `52,3%` and in `2 bậc`
    assert locate(TEXT, "đạt 52,3%", "52,3%") == (TEXT.index("52,3%"), TEXT.index("52,3%") + 5)
    with pytest.raises(AnnotationError):
        locate(TEXT, "đạt 52,3%", "2 bậc")


HELD_OUT = sorted(
    (Path(__file__).resolve().parents[1] / "data").glob("heldout*/*.toml"),
    key=lambda path: (path.parent.name, path.name),
)
KINDS = {"actual", "target", "forecast", "change", "rank"}


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_held_out_annotations_name_real_places_ids_and_periods(path: Path) -> None:
    """A typo in an annotation would count as the extractor's error forever.

    Checked without running the extractor, so a blind set stays blind.
    """
    text = normalize(path.with_suffix(".txt").read_text(encoding="utf-8"))
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    annotation = parse_annotation(text, data)
    indicator_ids = {indicator.id for indicator in catalogue()}
    places = {province.name for province in provinces()} | {"national"}
    for expected in annotation.figures:
        fields = expected.fields
        assert fields["kind"] in KINDS
        assert fields["indicator"] is None or fields["indicator"] in indicator_ids
        assert fields["scope"] in places
        period = fields["period"]
        assert period is None or period_bounds(str(period)) != (None, None), period
    assert annotation.meeting is not None
    assert set(annotation.meeting["bridge_points"]) <= places  # type: ignore[arg-type]
