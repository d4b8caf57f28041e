"""Importing the user's articles: text, Markdown and HTML, all or nothing, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_desktop.store import articles as articles_module
from cds_desktop.store.articles import html_to_text, read_article
from cds_desktop.store.db import StoreError
from cds_desktop.store.importer import import_each, import_files
from cds_desktop.store.queries import Store
from tests.store.conftest import dump
from tests.store.fakes import percent_extractor

HTML = """<!doctype html><html><head><title>Phiên họp thứ chín</title>
<style>p { color: red }</style><script>var tracking = "16,5%";</script></head>
<body><h1>Phiên họp thứ chín</h1>
<p>Kinh tế số đạt <b>16,5%</b> GDP.</p><iframe src="x">khung</iframe>
<p>Dòng một<br>Dòng hai</p><noscript>bật JavaScript</noscript></body></html>"""


def test_html_keeps_text_in_lines_and_drops_scripts_styles_frames() -> None:
    text = html_to_text(HTML.encode("utf-8"))
    assert text.split("\n") == [
        "Phiên họp thứ chín",
        "Kinh tế số đạt 16,5% GDP.",
        "Dòng một",
        "Dòng hai",
    ]


def test_html_with_a_legacy_charset_is_decoded() -> None:
    # Windows-1258 writes tone marks as combining characters after the letter.
    body = "Kinh t\u00ea\u0301 s\u00f4\u0301"
    page = f'<html><head><meta charset="windows-1258"></head><body><p>{body}</p></body></html>'
    data = page.encode("cp1258")
    assert html_to_text(data) == "Kinh tế số"


def test_import_adds_each_format_and_skips_duplicates(
    fig_db: Path, tmp_path: Path, seed_dir: Path
) -> None:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Tiêu đề\n\nTỷ lệ đạt 42,5%.\n", encoding="utf-8")
    seed_copy = tmp_path / "seed.txt"
    seed_copy.write_bytes((seed_dir / "001_7500e7b9badc424b.txt").read_bytes())
    report = import_files(
        fig_db,
        [tmp_path / "a.html", tmp_path / "b.md", seed_copy, tmp_path / "b.md"],
        extract=percent_extractor(),
    )
    assert [p.name for p, _ in report.added] == ["a.html", "b.md"]
    assert [p.name for p in report.duplicates] == ["seed.txt", "b.md"]
    store = Store(fig_db)
    try:
        html_id = report.added[0][1]
        html_article = store.article(html_id)
        assert "tracking" not in html_article.text and "khung" not in html_article.text
        (figure,) = store.article_observations(html_id)
        assert figure.value == 16.5
        assert html_article.text[figure.start : figure.end] == "16,5%"
        assert store.counts()["articles"] == 7
    finally:
        store.close()


def test_a_failing_file_leaves_the_database_unchanged(fig_db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Tỷ lệ đạt 42,5%.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00PK\x03\x04 not text")
    before = dump(fig_db)
    with pytest.raises(StoreError) as info:
        import_files(fig_db, [good, bad], extract=percent_extractor())
    assert str(bad) in str(info.value) and "binary" in str(info.value)
    assert dump(fig_db) == before


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\t\n", "empty"),
        ("photo.png", b"\x89PNG", "not an article file"),
        ("page.html", b"<html><script>x()</script></html>", "no readable text"),
    ],
)
def test_each_bad_file_is_named_with_its_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(StoreError, match=reason) as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"nope\.txt: cannot be read"):
        read_article(tmp_path / "nope.txt")


def test_import_creates_a_missing_database_but_not_on_failure(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Tỷ lệ đạt 42,5%.\n", encoding="utf-8")
    db = tmp_path / "new.sqlite"
    with pytest.raises(StoreError):
        import_files(db, [tmp_path / "missing.txt"])
    assert not db.exists()
    report = import_files(db, [article], extract=percent_extractor())
    assert len(report.added) == 1
    store = Store(db)
    try:
        assert [o.raw for o in store.observations()] == ["42,5%"]
    finally:
        store.close()


def test_an_extractor_crash_names_the_file_and_changes_nothing(
    fig_db: Path, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Tỷ lệ đạt 42,5%.\n", encoding="utf-8")

    def broken(text: str) -> object:
        raise IndexError("rule out of range")

    before = dump(fig_db)
    with pytest.raises(StoreError, match=r"a\.txt: the extractor failed"):
        import_files(fig_db, [article], extract=broken)  # type: ignore[arg-type]
    assert dump(fig_db) == before


def test_import_each_stores_the_good_files_and_reports_every_file(
    fig_db: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Bài mới.\nTỷ lệ đạt 42,5%.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    results = import_each(
        fig_db, [good, bad, tmp_path / "gone.txt", good], extract=percent_extractor()
    )
    assert [(r.path, r.status, r.ok) for r in results] == [
        (good, "imported", True),
        (bad, "failed", False),
        (tmp_path / "gone.txt", "failed", False),
        (good, "duplicate", True),
    ]
    assert "binary" in results[1].reason and "no such file" in results[2].reason.lower()
    store = Store(fig_db)
    try:
        assert store.article(results[0].article_id or 0).file == "good.txt"
    finally:
        store.close()


def test_a_cancelled_import_each_writes_nothing(fig_db: Path, tmp_path: Path) -> None:
    files = []
    for i in range(3):
        files.append(tmp_path / f"a{i}.txt")
        files[-1].write_text(f"Bài {i}.\nTỷ lệ đạt {i}%.\n", encoding="utf-8")
    before = dump(fig_db)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    results = import_each(fig_db, files, extract=percent_extractor(), cancelled=cancelled)
    assert [r.status for r in results] == ["cancelled"] * 3
    assert dump(fig_db) == before


def test_a_file_above_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles_module, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("Tỷ lệ đạt 42,5%.\n" * 20, encoding="utf-8")
    with pytest.raises(StoreError, match=r"big\.txt: too large"):
        read_article(path)
