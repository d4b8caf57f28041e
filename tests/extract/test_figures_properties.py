"""Properties that hold on any text: the parsers never raise, and every figure
points at exactly the characters it was read from, inside its sentence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.model import Evidence, Figure, Meeting
from cds_desktop.extract.numbers import find_quantities, parse_number
from cds_desktop.extract.periods import date_period, find_comparisons, find_periods
from cds_desktop.extract.text import fold, normalize, sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_LINES = [
    line
    for path in sorted(SEEDS.glob("*.txt"))
    for line in normalize(path.read_text(encoding="utf-8")).split("\n")
    if line.strip()
]
# Characters that matter to the rules: digits, separators, Vietnamese letters,
# look-alikes and spaces the seeds carry.
ALPHABET = st.sampled_from(list("0123456789.,/%-:() \n\u00a0ÐĐđtỷiệunghìnăm%MbpsTlầnquýIV"))
NUMBERISH = st.text(ALPHABET, max_size=60)
ANY_TEXT = st.one_of(st.text(max_size=200), NUMBERISH)
MEETING_DATES = st.one_of(
    st.none(),
    st.sampled_from(["2024-04-24", "2022-08", "2023", "2024-02-30", "", "x", "9999-99"]),
    st.text(max_size=12),
)


def _check(text: str, figures: list[Figure]) -> None:
    spans = {(s.start, s.end) for s in sentences(text)}
    previous_end = -1
    for f in figures:
        assert text[f.start : f.end] == f.raw
        assert f.raw.strip() == f.raw and f.raw
        assert (f.sentence_start, f.sentence_end) in spans
        assert f.sentence_start <= f.start < f.end <= f.sentence_end
        assert f.start >= previous_end, "figures overlap: a denominator read as its own figure"
        previous_end = f.end
        assert f.kind in {"actual", "target", "forecast", "change", "rank"}
        if f.period_evidence is not None and f.period is not None:
            assert 0 <= f.period_evidence.start <= f.period_evidence.end <= len(text)


def _meeting(date: str | None) -> Meeting | None:
    if date is None:
        return None
    return Meeting(kind="committee_session", date=date, evidence=(Evidence("date", 0, 1),))


@given(ANY_TEXT)
def test_parse_number_never_raises(token: str) -> None:
    value = parse_number(token)
    assert value is None or value >= 0


@given(ANY_TEXT)
def test_quantities_and_periods_never_raise_and_stay_in_bounds(text: str) -> None:
    folded = fold(text)
    for q in find_quantities(folded):
        assert 0 <= q.start < q.num_end <= q.end <= len(text)
    for p in find_periods(folded, 0, len(folded), 2024):
        assert 0 <= p.start < p.end <= len(text)
        assert p.period.start <= p.period.end
    for c in find_comparisons(folded, 0, len(folded)):
        assert c.period.label.isdigit()


@given(st.text(max_size=15))
def test_date_period_never_raises(iso: str) -> None:
    period = date_period(iso)
    assert period is None or period.start <= period.end


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, MEETING_DATES)
def test_figures_on_any_text_point_at_their_characters(text: str, date: str | None) -> None:
    text = normalize(text)
    _check(text, find_figures(text, sentences(text), _meeting(date)))


@st.composite
def seed_mixtures(draw: st.DrawFn) -> str:
    """Seed lines shuffled, cut and mutated with the seeds' own quirks."""
    lines = draw(st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=6))
    out = []
    for line in lines:
        if draw(st.booleans()):
            cut = draw(st.integers(0, len(line)))
            line = line[cut:] if draw(st.booleans()) else line[:cut]
        mutation = draw(st.sampled_from(["none", "eth", "nbsp", "insert", "join"]))
        if mutation == "eth":
            line = line.replace("Đ", "Ð")
        elif mutation == "nbsp":
            line = line.replace(" ", "\u00a0", draw(st.integers(1, 5)))
        elif mutation == "insert":
            at = draw(st.integers(0, len(line)))
            line = line[:at] + draw(NUMBERISH) + line[at:]
        out.append(line)
    separator = draw(st.sampled_from(["\n", " ", ". ", "\n\n"]))
    return separator.join(out)


@settings(max_examples=150, deadline=None)
@given(seed_mixtures(), MEETING_DATES)
def test_figures_on_mutated_seed_text_point_at_their_characters(
    text: str, date: str | None
) -> None:
    text = normalize(text)
    _check(text, find_figures(text, sentences(text), _meeting(date)))


def test_figures_built_without_init_are_the_dataclass_s_own() -> None:
    """`find_figures` builds figures without calling `Figure.__init__` (for
    speed); that is only sound while `Figure` has no `__post_init__`, and every
    figure must hold each field, in order, and equal, hash and print as the one
    the constructor makes."""
    assert not hasattr(Figure, "__post_init__")
    names = [f.name for f in dataclasses.fields(Figure)]
    count = 0
    for path in sorted(SEEDS.glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        for figure in find_figures(text, sentences(text), None):
            assert list(vars(figure)) == names
            rebuilt = Figure(**vars(figure))
            assert (figure, hash(figure), repr(figure)) == (rebuilt, hash(rebuilt), repr(rebuilt))
            count += 1
    assert count > 100  # table rows (seed 003) and prose figures alike
