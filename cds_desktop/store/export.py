"""Exports: the JSON document of the external contract, and a CSV with provenance.

Both reflect the user's curations: corrected values replace the extracted
ones (`curated: true`), confirmed figures are `curated: true` unchanged, and
rejected figures are left out, as they are left out of the charts.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from cds_desktop.store.queries import Store
from cds_desktop.store.rows import ObservationRow

CSV_COLUMNS = (
    "observation_id", "article_id", "article_file", "article_title", "indicator_id",
    "indicator_vi", "indicator_en", "label", "value", "denominator", "unit", "raw", "start",
    "end", "sentence_start", "sentence_end", "sentence", "period", "period_start",
    "period_end", "period_inferred", "scope", "kind", "qualifier", "rule", "curated",
    "curation", "original_value", "note",
)  # fmt: skip


def _observation(o: ObservationRow) -> dict[str, Any]:
    return {
        "id": o.id,
        "article": o.article_id,
        "indicator_id": o.indicator_id,
        "indicator_vi": o.indicator_vi,
        "indicator_en": o.indicator_en,
        "value": float(o.value),
        "denominator": None if o.denominator is None else float(o.denominator),
        "unit": o.unit,
        "raw": o.raw,
        "start": o.start,
        "end": o.end,
        "sentence_start": o.sentence_start,
        "sentence_end": o.sentence_end,
        "period": o.period,
        "scope": o.scope,
        "kind": o.kind,
        "qualifier": o.qualifier,
        "curated": o.curated,
    }


def export_document(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The three lists of the contract in DESIGN.md, with exactly its fields."""
    articles = [
        {"id": a.id, "file": a.file, "title": a.title, "published": a.published, "text": a.text}
        for a in (store.article(s.id) for s in store.articles())
    ]
    meetings = []
    for m in store.meetings():
        detail = store.meeting(m.id)
        meetings.append(
            {
                "id": m.id,
                "session": m.session,
                "kind": m.kind,
                "date": m.date,
                "date_precision": m.date_precision,
                "date_inferred": m.date_inferred,
                "chair": m.chair,
                "bridge_points": list(m.bridge_points),
                "articles": list(m.article_ids),
                "evidence": [
                    {"field": e.field, "article": e.article_id, "start": e.start, "end": e.end}
                    for e in detail.evidence
                ],
            }
        )
    observations = [_observation(o) for o in store.observations()]
    return {"articles": articles, "meetings": meetings, "observations": observations}


def write_json(store: Store, out: TextIO) -> None:
    json.dump(export_document(store), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_csv(store: Store, out: TextIO) -> None:
    """One row per observation, with the article and the sentence it came from."""
    texts: dict[int, str] = {}
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for o in store.observations():
        if o.article_id not in texts:
            texts[o.article_id] = store.article(o.article_id).text
        sentence = texts[o.article_id][o.sentence_start : o.sentence_end]
        row = (
            o.id, o.article_id, o.article_file, o.article_title, o.indicator_id,
            o.indicator_vi, o.indicator_en, o.label, o.value, o.denominator, o.unit, o.raw,
            o.start, o.end, o.sentence_start, o.sentence_end, sentence, o.period,
            o.period_start, o.period_end, int(o.period_inferred), o.scope, o.kind,
            o.qualifier, o.rule, int(o.curated), o.curation, o.original_value, o.note,
        )  # fmt: skip
        writer.writerow(row)
