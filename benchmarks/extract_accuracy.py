"""Accuracy of `extract_article` against articles annotated by reading them.

Standalone: `python benchmarks/extract_accuracy.py [DIR]` (default
`tests/data/heldout`). Each `NAME.txt` in DIR has its annotation `NAME.toml`
(schema in `tests/data/heldout/README.md`). The extractor runs on the article
as a build would (its own meeting, not the annotated one), so an error in the
meeting's date shows up again in the periods that lean on it: that is what a
user would see.

A found figure matches an annotated one only on the exact span: an extractor
that finds `9,8 điểm` where the reader marked `9,8 điểm phần trăm` has missed
one figure and made up another, because the highlighted characters are what
the user checks. Matched figures are then compared field by field.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cds_desktop.extract import Article, Figure, Meeting, extract_article
from cds_desktop.extract.text import fold, normalize

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "heldout"

FIGURE_FIELDS = (
    "value",
    "unit",
    "kind",
    "period",
    "scope",
    "indicator",
    "qualifier",
    "denominator",
)
MEETING_FIELDS = (
    "kind",
    "session",
    "date",
    "date_precision",
    "date_inferred",
    "chair",
    "bridge_points",
)


class AnnotationError(ValueError):
    """An annotation that does not name one place in its article."""


@dataclass(frozen=True)
class Expected:
    """One annotated figure, located in the article."""

    start: int
    end: int
    fields: Mapping[str, object]


@dataclass(frozen=True)
class Annotation:
    figures: tuple[Expected, ...]
    meeting: Mapping[str, object] | None


@dataclass(frozen=True)
class FieldError:
    field: str
    raw: str
    start: int
    want: object
    got: object


@dataclass
class ArticleScore:
    """What one article's extraction got right and wrong, every miss kept for the listing."""

    name: str
    annotated: int = 0
    extracted: int = 0
    missed: list[tuple[int, str]] = field(default_factory=list)
    spurious: list[tuple[int, str, str]] = field(default_factory=list)  # start, raw, rule
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIGURE_FIELDS, 0))
    field_errors: list[FieldError] = field(default_factory=list)
    meeting_right: int = 0
    meeting_errors: list[tuple[str, object, object]] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return self.annotated - len(self.missed)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def meeting_total(self) -> int:
        return self.meeting_right + len(self.meeting_errors)


def locate(text: str, anchor: str, raw: str) -> tuple[int, int]:
    """The span an annotation names: `raw` inside an anchor that occurs once.

    Both are compared folded (no-break spaces, `Ð`, case), which keeps
    lengths, so the offsets point into the text as shown.
    """
    folded, anchor_f, raw_f = fold(text), fold(anchor), fold(raw)
    count = folded.count(anchor_f)
    if count != 1:
        raise AnnotationError(f"anchor {anchor!r} occurs {count} times")
    if raw_f not in anchor_f:
        raise AnnotationError(f"raw {raw!r} is not inside anchor {anchor!r}")
    start = folded.index(anchor_f) + anchor_f.index(raw_f)
    return start, start + len(raw)


def parse_annotation(text: str, data: Mapping[str, Any]) -> Annotation:
    """Annotation rows as data; an omitted optional key means none (national scope)."""
    figures = []
    for row in data.get("figure", []):
        start, end = locate(text, row["anchor"], row["raw"])
        fields = {
            "value": float(row["value"]),
            "unit": row["unit"],
            "kind": row["kind"],
            "period": row.get("period"),
            "scope": row.get("scope", "national"),
            "indicator": row.get("indicator"),
            "qualifier": row.get("qualifier"),
            "denominator": float(row["denominator"]) if "denominator" in row else None,
        }
        figures.append(Expected(start, end, fields))
    spans = [(f.start, f.end) for f in figures]
    if len(set(spans)) != len(spans):
        raise AnnotationError("two annotated figures name the same span")
    meeting = data.get("meeting")
    if meeting is not None:
        meeting = {
            "kind": meeting["kind"],
            "session": meeting.get("session"),
            "date": meeting.get("date"),
            "date_precision": meeting.get("date_precision"),
            "date_inferred": meeting.get("date_inferred", False),
            "chair": meeting.get("chair"),
            "bridge_points": tuple(meeting.get("bridge_points", ())),
        }
    return Annotation(tuple(figures), meeting)


def figure_fields(figure: Figure) -> dict[str, object]:
    """The extractor's figure in the annotation's terms."""
    return {
        "value": figure.value,
        "unit": figure.unit,
        "kind": figure.kind,
        "period": figure.period.label if figure.period else None,
        "scope": figure.scope,
        "indicator": figure.indicator_id,
        "qualifier": figure.qualifier,
        "denominator": figure.denominator,
    }


def meeting_fields(meeting: Meeting) -> dict[str, object]:
    return {
        "kind": meeting.kind,
        "session": meeting.session,
        "date": meeting.date,
        "date_precision": meeting.date_precision,
        "date_inferred": meeting.date_inferred,
        "chair": meeting.chair,
        "bridge_points": tuple(meeting.bridge_points),
    }


def _same(want: object, got: object) -> bool:
    """Equal, with floats compared relatively (`1,5 triệu` may be 1499999.9999)."""
    if isinstance(want, float) and isinstance(got, float):
        return abs(want - got) <= 1e-9 * max(1.0, abs(want))
    return want == got


def score_article(name: str, annotation: Annotation, article: Article) -> ArticleScore:
    text = article.text
    result = ArticleScore(name, annotated=len(annotation.figures), extracted=len(article.figures))
    found = {(f.start, f.end): f for f in article.figures}
    wanted = {(e.start, e.end) for e in annotation.figures}
    for expected in annotation.figures:
        figure = found.get((expected.start, expected.end))
        if figure is None:
            result.missed.append((expected.start, text[expected.start : expected.end]))
            continue
        got = figure_fields(figure)
        for name_ in FIGURE_FIELDS:
            if _same(expected.fields[name_], got[name_]):
                result.field_right[name_] += 1
            else:
                result.field_errors.append(
                    FieldError(name_, figure.raw, figure.start, expected.fields[name_], got[name_])
                )
    result.spurious = [
        (f.start, f.raw, f.rule) for f in article.figures if (f.start, f.end) not in wanted
    ]
    _score_meeting(result, annotation.meeting, article.meeting)
    return result


def _score_meeting(
    result: ArticleScore, want: Mapping[str, object] | None, got: Meeting | None
) -> None:
    """Each meeting field right or wrong; a meeting found where none is (or the
    reverse) is one wrong field, `meeting`."""
    if want is None or got is None:
        if (want is None) != (got is None):
            result.meeting_errors.append(("meeting", want, got))
        return
    fields = meeting_fields(got)
    for name in MEETING_FIELDS:
        if _same(want[name], fields[name]):
            result.meeting_right += 1
        else:
            result.meeting_errors.append((name, want[name], fields[name]))


def score_dir(directory: Path) -> list[ArticleScore]:
    """Every annotated article of a directory, extracted and scored."""
    scores = []
    for path in sorted(directory.glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        data = tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
        annotation = parse_annotation(text, data)
        scores.append(score_article(path.stem, annotation, extract_article(text)))
    return scores


def total(scores: Iterable[ArticleScore]) -> ArticleScore:
    """All articles as one, for the table's last line."""
    whole = ArticleScore("total")
    for s in scores:
        whole.annotated += s.annotated
        whole.extracted += s.extracted
        whole.missed += s.missed
        whole.spurious += s.spurious
        whole.field_errors += s.field_errors
        whole.meeting_right += s.meeting_right
        whole.meeting_errors += s.meeting_errors
        for name in FIGURE_FIELDS:
            whole.field_right[name] += s.field_right[name]
    return whole


def table(scores: Sequence[ArticleScore]) -> str:
    heads = ["article", "ann", "ext", "match", "P", "R", *FIGURE_FIELDS, "meeting"]
    short = {"indicator": "indic", "qualifier": "qualif", "denominator": "denom"}
    lines = ["  ".join(f"{short.get(h, h):>7}" if i else f"{h:<34}" for i, h in enumerate(heads))]
    for s in [*scores, total(scores)]:
        cells = [
            f"{s.annotated:>7}",
            f"{s.extracted:>7}",
            f"{s.matched:>7}",
            f"{s.precision:>7.3f}",
            f"{s.recall:>7.3f}",
            *(f"{s.field_right[n]:>3}/{s.matched:<3}" for n in FIGURE_FIELDS),
            f"{s.meeting_right:>3}/{s.meeting_total:<3}",
        ]
        lines.append("  ".join([f"{s.name:<34}", *cells]))
    return "\n".join(lines)


def misses(scores: Sequence[ArticleScore]) -> str:
    """Every missed, spurious and wrong thing, article by article."""
    lines = []
    for s in scores:
        items = [f"  missed    @{start}: {raw!r}" for start, raw in s.missed]
        items += [
            f"  spurious  @{start}: {raw!r} (rule: {rule})" for start, raw, rule in s.spurious
        ]
        items += [
            f"  wrong {e.field:<11} @{e.start} {e.raw!r}: want {e.want!r}, got {e.got!r}"
            for e in s.field_errors
        ]
        items += [f"  meeting {n:<14} want {w!r}, got {g!r}" for n, w, g in s.meeting_errors]
        if items:
            lines += [s.name, *items]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Extractor accuracy on annotated articles.")
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    scores = score_dir(args.directory)
    if not scores:
        print(f"no annotated articles (*.txt with *.toml) in {args.directory}", file=sys.stderr)
        return 1
    print(table(scores))
    print()
    print(misses(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
