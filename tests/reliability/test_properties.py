"""Hypothesis over the parsers, the whole extractor and the store, on arbitrary text.

The extraction engineers test their rules; these properties hold for any
input whatsoever: nothing raises, every offset points at the characters it
claims, every value is a finite number, every date is a real calendar date,
and whatever the store accepts comes back out of the JSON export unchanged.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.extract import extract_article
from cds_desktop.extract.dates import day_phrases, month_phrases
from cds_desktop.extract.numbers import find_quantities, parse_number
from cds_desktop.extract.periods import find_periods
from cds_desktop.extract.text import fold, normalize
from cds_desktop.store.db import StoreError
from cds_desktop.store.export import export_document
from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store
from tests.reliability.helpers import SEEDS

SEED_TEXT = "\n".join(normalize(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
# Words and marks the rules react to, so random text often looks like an article.
TOKENS = [
    "Phiên họp", "lần thứ", "thứ", "tám", "0", "1", "9", "10", "24", "31", "13", "2024", "2025",
    "/", "-", ".", ",", "%", " ", "\n", "\r\n", "\u00a0", "tỷ", "triệu", "nghìn", "đồng", "lần",
    "gấp", "tăng", "hơn", "trên", "khoảng", "ước đạt", "năm", "quý I", "6 tháng đầu năm",
    "tháng", "ngày", "Sáng", "Chiều", "hết ngày 30/6", "đến năm", "Ủy ban Quốc gia", "Đề án 06",
    "Ðề án", "chủ trì", "điểm cầu", "tỉnh", "Ninh Thuận", "Thủ tướng", "Phạm Minh Chính", "GDP",
    "“", "”", '"', "(", ")", "![", "](http://x/2025_02_06.jpg)", "date 2022-08", "TP.", "v.v",
    "1.418", "10,41", "2.416/3.924", "99999999999999999999", "1.2.3.4", "-5%", "150%",
    "31/2/2024", "0/13/2024", "29/2/2023", "\u0301", "\u0323", "e\u0302",
]  # fmt: skip

articleish = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
seed_slices = st.tuples(
    st.integers(0, len(SEED_TEXT)), st.integers(0, 600), st.lists(st.sampled_from(TOKENS))
).map(lambda t: SEED_TEXT[t[0] : t[0] + t[1]] + "".join(t[2]))
any_text = st.one_of(st.text(max_size=300), articleish, seed_slices)

PROPERTY = settings(max_examples=250, deadline=None)


def is_calendar(iso: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", iso):
        return False
    parts = [int(p) for p in iso.split("-")]
    try:
        date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
    except ValueError:
        return False
    return True


@PROPERTY
@given(st.one_of(st.text(max_size=40), st.from_regex(r"[0-9.,]{1,40}", fullmatch=True)))
def test_parse_number_is_none_or_finite(token: str) -> None:
    value = parse_number(token)
    assert value is None or math.isfinite(value)


@PROPERTY
@given(any_text)
def test_quantities_point_inside_and_are_finite(text: str) -> None:
    folded = fold(normalize(text))
    for q in find_quantities(folded):
        assert 0 <= q.start < q.num_end <= q.end <= len(folded)
        assert math.isfinite(q.value) and math.isfinite(q.number)
        assert q.denominator is None or math.isfinite(q.denominator)


@PROPERTY
@given(any_text)
def test_date_phrases_are_real_dates(text: str) -> None:
    text = normalize(text)
    for phrase in [*day_phrases(text), *month_phrases(text)]:
        assert 0 <= phrase.start < phrase.end <= len(text)
        assert 1 <= phrase.month <= 12
        if phrase.year is not None and phrase.day is not None:
            assert is_calendar(f"{phrase.year:04d}-{phrase.month:02d}-{phrase.day:02d}")


@PROPERTY
@given(any_text, st.one_of(st.none(), st.integers(1, 9999)))
def test_periods_are_ordered_real_dates(text: str, year: int | None) -> None:
    folded = fold(normalize(text))
    for phrase in find_periods(folded, 0, len(folded), year):
        assert 0 <= phrase.start < phrase.end <= len(folded)
        assert is_calendar(phrase.period.start) and is_calendar(phrase.period.end)
        assert phrase.period.start <= phrase.period.end


@PROPERTY
@given(any_text)
def test_extract_article_never_raises_and_every_offset_holds(text: str) -> None:
    article = extract_article(text)
    body = article.text
    assert body == normalize(text)
    for s in article.sentences:
        assert 0 <= s.start < s.end <= len(body)
    for f in article.figures:
        assert body[f.start : f.end] == f.raw
        assert 0 <= f.sentence_start <= f.start < f.end <= f.sentence_end <= len(body)
        assert math.isfinite(f.value)
        assert f.denominator is None or math.isfinite(f.denominator)
        assert f.kind in {"actual", "target", "forecast", "change", "rank"}
        if f.period is not None:
            assert is_calendar(f.period.start) and is_calendar(f.period.end)
            assert f.period.start <= f.period.end
        if f.period_evidence is not None:
            assert 0 <= f.period_evidence.start <= f.period_evidence.end <= len(body)
    m = article.meeting
    if m is not None:
        assert m.session is None or m.session >= 1
        assert m.date is None or is_calendar(m.date)
        for e in m.evidence:
            assert 0 <= e.start <= e.end <= len(body)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=any_text)
def test_store_keeps_any_text_it_accepts(text: str, curated_db: Path, tmp_path: Path) -> None:
    """Import any text: refused with the file named, or exported exactly as stored."""
    src = tmp_path / "bat ky.txt"
    src.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        report = import_files(curated_db, [src])
    except StoreError as exc:
        assert str(exc).startswith(f"{src}: ")
        return
    store = Store(curated_db)
    try:
        doc = export_document(store)
    finally:
        store.close()
    encoded = json.dumps(doc, ensure_ascii=False, allow_nan=False)
    assert json.loads(encoded) == doc
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for _, article_id in report.added:
        assert texts[article_id] == normalize(text.lstrip("\ufeff"))
    for o in doc["observations"]:
        assert texts[o["article"]][o["start"] : o["end"]] == o["raw"]
