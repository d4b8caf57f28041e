"""Pure text -> facts. No Qt, no SQL: a deterministic function of the text.

`extract_article(text)` is the one entry point the store uses. Bump
`EXTRACTOR_VERSION` whenever a rule changes what is extracted, so databases
built by an older extractor are rebuilt at start.

Importing this package loads no rule module: the window imports
`cds_desktop.extract.text` for folding, which runs this file first, and the
rules with their vocabularies cost about 100 ms before the first paint. The
names below are resolved on first use (PEP 562) and `extract_article` imports
the rules on its first call.

A checkout may hold the rule modules compiled (`make native`, see
`cds_desktop/native.py`): they are put in front of the `.py` files here, and
only while they are a build of the `.py` files as they are now.
"""

from __future__ import annotations

import gc
from importlib import import_module
from pathlib import Path

from cds_desktop import native

_native_build = native.current_build(Path(__file__).parent)
if _native_build is not None:
    native.activate(__path__, _native_build)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (CLI start)

if TYPE_CHECKING:
    from cds_desktop.extract.figures import find_figures
    from cds_desktop.extract.meetings import find_meeting, find_published, find_title
    from cds_desktop.extract.model import (
        Article,
        Evidence,
        Figure,
        ImageLine,
        Meeting,
        Period,
        Person,
        Sentence,
        Span,
    )
    from cds_desktop.extract.text import image_lines, normalize, sentences

EXTRACTOR_VERSION = "30"

__all__ = [
    "EXTRACTOR_VERSION",
    "Article",
    "Evidence",
    "Figure",
    "ImageLine",
    "Meeting",
    "Period",
    "Person",
    "Sentence",
    "Span",
    "extract_article",
    "find_figures",
    "find_meeting",
    "find_published",
    "find_title",
    "image_lines",
    "normalize",
    "sentences",
]

# Each name this package exports, and the module of the package that defines it.
_HOMES = {
    "find_figures": "figures",
    "find_meeting": "meetings",
    "find_published": "meetings",
    "find_title": "meetings",
    "Article": "model",
    "Evidence": "model",
    "Figure": "model",
    "ImageLine": "model",
    "Meeting": "model",
    "Period": "model",
    "Person": "model",
    "Sentence": "model",
    "Span": "model",
    "image_lines": "text",
    "normalize": "text",
    "sentences": "text",
}


def __getattr__(name: str) -> object:
    """Import the home module of `name` on first access and keep the name here."""
    home = _HOMES.get(name)
    if home is None:
        # AttributeError lets `from cds_desktop.extract import figures` fall
        # back to importing the submodule, as it did before.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


def extract_article(text: str) -> Article:
    """Every figure and the meeting of one article, offsets into `normalize(text)`.

    Python's cyclic garbage collector is paused while it runs. Extraction
    makes tens of thousands of short-lived objects and no reference cycle
    (tests/extract/test_no_cycles.py), so refcounting frees all of them and
    a collection finds nothing; but the allocations trigger collections that
    walk the young objects, and now and then every object of the process
    (the vocabularies, and in the window all of Qt's wrappers). Paused, the
    median extraction of a seed article is 4-9% shorter (interleaved runs,
    docs/extraction.md). It is resumed only if it was on, so a caller that
    paused it keeps it paused.
    """
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(text)
    finally:
        if was_collecting:
            gc.enable()


def _extract(text: str) -> Article:
    from cds_desktop.extract.figures import find_figures
    from cds_desktop.extract.meetings import find_meeting, find_published, find_title
    from cds_desktop.extract.model import Article
    from cds_desktop.extract.text import fold, image_lines, normalize, sentences

    text = normalize(text)
    folded = fold(text)  # once, for both finders
    images = image_lines(text)
    sents = sentences(text, images)
    meeting = find_meeting(text, sents, images, folded)
    figures = find_figures(text, sents, meeting, folded)
    return Article(
        text=text,
        title=find_title(text, sents),
        published=find_published(text, images),
        sentences=sents,
        images=images,
        figures=tuple(figures),
        meeting=meeting,
    )
