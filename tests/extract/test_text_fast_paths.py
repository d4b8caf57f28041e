"""The fast forms of `search_fold` and `_looks_binary` give exactly what the
plain forms they replaced give, for any text and any bytes: the store keeps
`search_fold` output for every article, so a difference would change
search results."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.extract.text import (
    _FOLD_TABLE,
    _PAGE,
    _PAGE_CHARS,
    _PAGE_PLAIN,
    _looks_binary,
    search_fold,
)

_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _strip1(ch: str) -> str:
    if ch == "đ":
        return "d"
    bare = _MARKS.sub("", unicodedata.normalize("NFD", ch))
    return bare if len(bare) == 1 else ch


def plain_fold(text: str) -> str:
    """`fold` as written, copied: the fast path of `search_fold` does not
    call `fold`, so the reference must not rest on it either."""
    special = text
    for code, plain in _FOLD_TABLE.items():
        special = special.replace(chr(code), plain)
    low = special.lower()
    if len(low) == len(text) and "\u03a3" not in special:
        return low
    return "".join(_fold1(c) for c in text)


def _fold1(ch: str) -> str:
    ch = _FOLD_TABLE.get(ord(ch), ch)
    low = ch.lower()
    return low if len(low) == 1 else ch


def plain_search_fold(text: str) -> str:
    """`search_fold` as it was written before its fast paths."""
    folded = plain_fold(text)
    if not _MARKS.search(folded):
        bare = _MARKS.sub("", unicodedata.normalize("NFD", folded))
        if len(bare) == len(folded):
            return bare.replace("đ", "d")
    return "".join(_strip1(c) for c in folded)


def plain_looks_binary(data: bytes) -> bool:
    """`_looks_binary` as it was written, counting control bytes one by one."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


# Vietnamese letters in both cases and in decomposed form, the look-alikes of
# Đ, spaces, combining marks inside and outside the stripped ranges (Hebrew
# points, which canonical reordering moves), Hangul, astral characters.
_TRICKY = (
    "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐÐðɖƉ"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0308\u0338\u034f\u0344\u0340"
    "\u05b0\u05b8\u05bc\u0591\u0f73\u1ab5\u1dc4\u20dd\u20e3\ufe20\u0345"
    "\u00a0\u202f\u2026\u00b2\u212b\u1e9e\u0130\u03a3\u00df한글\U0001d400\U0001f600 ,.\n"
)
texts = st.one_of(
    st.text(alphabet=_PAGE_CHARS, max_size=200),
    st.text(alphabet=_PAGE_CHARS + "\u0301²ΣİẞǅƉ\r\u202f", max_size=100),
    st.text(max_size=200),
    st.text(alphabet=_TRICKY, max_size=60),
    st.text(alphabet=_TRICKY, max_size=60).map(lambda t: unicodedata.normalize("NFC", t)),
)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_character_of_the_code_page_reads_back_as_one() -> None:
    # A character read back as "" or as two would shift every byte after it.
    assert len(set(_PAGE_CHARS)) == len(_PAGE_CHARS) <= 256
    assert len(_PAGE_PLAIN) == len(_PAGE_CHARS)
    # A page not opening on NUL is kept as a dictionary: same answers, but
    # slower than the forms it stands in for.
    assert type(_PAGE).__name__ == "EncodingMap"


@SETTINGS
@given(texts)
def test_search_fold_is_the_plain_form(text: str) -> None:
    assert search_fold(text) == plain_search_fold(text)


def test_search_fold_is_the_plain_form_for_every_code_point_that_could_differ() -> None:
    # Each character's entry in the fast table: the whole BMP (surrogates
    # included: text read with surrogatepass), and every astral character
    # that decomposes or combines (the others map to themselves either way).
    astral = (
        c
        for c in map(chr, range(0x10000, sys.maxunicode + 1))
        if unicodedata.decomposition(c) or unicodedata.combining(c)
    )
    every = [*map(chr, range(0x10000)), *astral]
    assert [search_fold(c) for c in every] == [plain_search_fold(c) for c in every]


@SETTINGS
@given(
    st.lists(st.sampled_from(["e", "\u0301", "\u05b8", "\u05b0", "\u0344", "ế", "a"]), max_size=8)
)
def test_search_fold_after_canonical_reordering_is_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert search_fold(text) == plain_search_fold(text)


@SETTINGS
@given(
    st.one_of(
        st.binary(max_size=9000),
        st.lists(
            st.sampled_from([b"a", b"\x01", b"\x09", b"\x0a", b"\x0c", b"\x0d", b"\x1f", b" "]),
            max_size=9000,
        ).map(b"".join),
    )
)
def test_looks_binary_is_the_plain_count(data: bytes) -> None:
    assert _looks_binary(data) == plain_looks_binary(data)
