"""`extract_article` pauses the cyclic garbage collector while it runs
(cds_desktop/extract/__init__.py says why). That is sound only while
extraction builds no reference cycle, which these tests check on every
article the project holds, and only if the collector is left as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import cds_desktop.extract as extract
from cds_desktop.extract import extract_article

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/*/*.txt"))


@pytest.fixture
def collector_paused() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_the_articles_are_there() -> None:
    assert len(ARTICLES) >= 40


def test_extraction_leaves_no_cyclic_garbage(collector_paused: None) -> None:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    extract_article(texts[0])  # the rules' first import and caches hold cycles of their own
    gc.collect()
    for text in texts:
        extract_article(text)
    assert gc.collect() == 0  # nothing but refcounting was needed


def test_extraction_of_broken_text_leaves_no_cyclic_garbage(collector_paused: None) -> None:
    extract_article("warm-up")
    gc.collect()
    for text in (
        "",
        "\x00\ufffd" * 50,
        "1.2.3,4,5%%% / 0/0 " * 200,
        "![](" * 100,
        "Ð\u00a0“”" * 80,
    ):
        extract_article(text)
    assert gc.collect() == 0


def test_the_collector_is_on_again_after_extraction() -> None:
    assert gc.isenabled()
    article = extract_article("Tỷ lệ hồ sơ trực tuyến đạt 55%.")
    assert [f.raw for f in article.figures] == ["55%"]
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused(collector_paused: None) -> None:
    extract_article("Tỷ lệ hồ sơ trực tuyến đạt 55%.")
    assert not gc.isenabled()


def test_the_collector_is_on_again_when_extraction_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> None:
        assert not gc.isenabled()  # paused while the rules run
        raise RuntimeError("a rule broke")

    monkeypatch.setattr(extract, "_extract", broken)
    with pytest.raises(RuntimeError, match="a rule broke"):
        extract_article("Tỷ lệ hồ sơ trực tuyến đạt 55%.")
    assert gc.isenabled()
