"""Exports: the JSON contract of DESIGN.md, the CSV with provenance, and the round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from cds_desktop.store.export import CSV_COLUMNS, export_document, write_csv, write_json
from cds_desktop.store.importer import import_files
from cds_desktop.store.queries import Store
from tests.store.fakes import percent_extractor

ARTICLE_FIELDS = {"id": int, "file": str, "title": (str, type(None)),
                  "published": (str, type(None)), "text": str}  # fmt: skip
MEETING_FIELDS = {
    "id", "session", "kind", "date", "date_precision", "date_inferred", "chair",
    "bridge_points", "articles", "evidence",
}  # fmt: skip
OBSERVATION_FIELDS = {
    "id", "article", "indicator_id", "indicator_vi", "indicator_en", "value", "denominator",
    "unit", "raw", "start", "end", "sentence_start", "sentence_end", "period", "scope", "kind",
    "qualifier", "curated",
}  # fmt: skip
KINDS = {"actual", "target", "forecast", "change", "rank"}
DATE_FORMS = (r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}")


def _document(db: Path) -> dict[str, list[dict[str, object]]]:
    store = Store(db)
    try:
        out = io.StringIO()
        write_json(store, out)
    finally:
        store.close()
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def check_contract(doc: dict[str, list[dict[str, object]]]) -> None:
    """Every rule of the JSON contract in DESIGN.md that a document can break."""
    import re

    assert set(doc) == {"articles", "meetings", "observations"}
    texts = {}
    for a in doc["articles"]:
        assert set(a) == set(ARTICLE_FIELDS)
        for name, kind in ARTICLE_FIELDS.items():
            assert isinstance(a[name], kind), name
        texts[a["id"]] = a["text"]
    for m in doc["meetings"]:
        assert set(m) == MEETING_FIELDS
        assert m["session"] is None or isinstance(m["session"], int)
        assert isinstance(m["date_inferred"], bool)
        assert m["date"] is None or any(re.fullmatch(f, str(m["date"])) for f in DATE_FORMS)
        assert all(a in texts for a in m["articles"])  # type: ignore[attr-defined]
        for e in m["evidence"]:  # type: ignore[attr-defined]
            assert set(e) == {"field", "article", "start", "end"}
            assert 0 <= e["start"] <= e["end"] <= len(texts[e["article"]])
    for o in doc["observations"]:
        assert set(o) == OBSERVATION_FIELDS
        assert isinstance(o["value"], float)
        assert o["denominator"] is None or isinstance(o["denominator"], float)
        assert isinstance(o["curated"], bool)
        assert o["kind"] in KINDS
        text = texts[o["article"]]
        assert text[o["start"] : o["end"]] == o["raw"]  # type: ignore[misc]
        assert o["sentence_start"] <= o["start"] <= o["end"] <= o["sentence_end"]  # type: ignore[operator]


def test_the_seed_database_export_satisfies_the_contract(seed_db: Path, seed_dir: Path) -> None:
    doc = _document(seed_db)
    check_contract(doc)
    assert sorted(a["file"] for a in doc["articles"]) == sorted(  # type: ignore[type-var]
        p.name for p in seed_dir.glob("*.txt")
    )


def test_an_export_with_figures_satisfies_the_contract(fig_db: Path) -> None:
    doc = _document(fig_db)
    check_contract(doc)
    assert doc["observations"] and doc["meetings"]
    assert {o["raw"] for o in doc["observations"]} >= {"16,5%"}


def test_the_export_reflects_curations(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        corrected, rejected, confirmed = (o.id for o in store.series("share")[:3])
        store.curate(corrected, "correct", value=12.5)
        store.curate(rejected, "reject")
        store.curate(confirmed, "confirm")
        doc = export_document(store)
    finally:
        store.close()
    by_id = {o["id"]: o for o in doc["observations"]}
    assert rejected not in by_id
    assert (by_id[corrected]["value"], by_id[corrected]["curated"]) == (12.5, True)
    assert by_id[confirmed]["curated"] is True
    assert sum(o["curated"] for o in doc["observations"]) == 2


def test_csv_has_one_row_per_observation_with_its_sentence(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        out = io.StringIO(newline="")
        write_csv(store, out)
        observations = {o.id: o for o in store.observations()}
        texts = {a.id: store.article(a.id).text for a in store.articles()}
    finally:
        store.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(observations)
    for row in rows:
        o = observations[int(row["observation_id"])]
        text = texts[int(row["article_id"])]
        assert row["sentence"] == text[o.sentence_start : o.sentence_end]
        assert text[int(row["start"]) : int(row["end"])] == row["raw"]
        assert float(row["value"]) == o.value
        assert row["curated"] == "0" and row["article_file"] == o.article_file


def test_exported_articles_imported_again_give_the_same_facts(fig_db: Path, tmp_path: Path) -> None:
    doc = _document(fig_db)
    files = []
    for a in doc["articles"]:
        path = tmp_path / str(a["file"])
        path.write_text(str(a["text"]), encoding="utf-8")
        files.append(path)
    fresh = tmp_path / "fresh.sqlite"
    report = import_files(fresh, files, extract=percent_extractor())
    assert len(report.added) == len(files)
    again = _document(fresh)

    def facts(d: dict[str, list[dict[str, object]]]) -> list[tuple[object, ...]]:
        files_of = {a["id"]: a["file"] for a in d["articles"]}
        return sorted(
            (files_of[o["article"]], o["start"], o["end"], o["raw"], o["value"])
            for o in d["observations"]
        )

    assert [(a["file"], a["text"]) for a in again["articles"]] == [
        (a["file"], a["text"]) for a in doc["articles"]
    ]
    assert facts(again) == facts(doc)
    assert len(again["meetings"]) == len(doc["meetings"])


def test_json_keeps_vietnamese_readable(fig_db: Path) -> None:
    store = Store(fig_db)
    try:
        out = io.StringIO()
        write_json(store, out)
    finally:
        store.close()
    assert "chuyển đổi số" in out.getvalue()
    assert "\\u" not in out.getvalue()
