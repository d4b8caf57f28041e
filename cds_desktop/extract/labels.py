"""The label of a figure: the noun phrase it quantifies, in the text's own
characters (fillers and verbs leading to the number taken off).

It needs only the raw text and the span of the figure's own words, so it
depends on nothing of the extractor but the `Quantity` it labels.
"""

from __future__ import annotations

import re

from cds_desktop.extract.numbers import Quantity

# Leading words and a list item's number (`1/`, `2)`) that open no label.
_LABEL_HEAD = re.compile(
    r"^(?:\d{1,2}[.)/]\s+|(?:trong đó|theo đó|ngoài ra|đồng thời|và|có|đã|với|gồm)\b\s*)+",
    re.I,
)


def _words_ending(words: str, tail: str = "", flags: int = 0) -> re.Pattern[str]:
    """`(?:\\s+(?:words))+` then `tail` at the end of a string. Written as
    `\\s\\s*(?:words)(?:\\s+(?:words))*`, the same runs, so the pattern opens on
    a blank and `re` tries it only at blanks, not at every character."""
    return re.compile(rf"\s\s*(?:{words})(?:\s+(?:{words}))*{tail}$", flags)


_LABEL_END = _words_ending("và|chiếm|đạt|là|với|của|trong|so", flags=re.I)
_PAREN = re.compile(r"[()]")
_LABEL_TAIL_WORDS = (
    *("đạt", "là", "có", "chiếm", "được", "với", "tới", "đến", "lên", "mức", "tỷ lệ", "tỉ lệ"),
    *("ước", "tính", "khoảng", "hơn", "trên", "gần", "vượt", "tăng", "giảm", "gấp", "thêm"),
    *("ít nhất", "tối thiểu", "cả nước", "toàn quốc", "so với", "và"),
)
_LABEL_TAIL = _words_ending("|".join(_LABEL_TAIL_WORDS), tail=r"\s*")
# Every character `\s` matches (all lie below U+3001: a test checks), and with
# them every letter of the tail words: what a `_LABEL_TAIL` match is made of.
_BLANKS = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_LABEL_TAIL_CHARS = "".join(sorted(set("".join(_LABEL_TAIL_WORDS)))) + _BLANKS


def figure_label(text: str, q: Quantity, unit: str, zone: tuple[int, int]) -> str:
    """The noun phrase the figure quantifies: its own words before it when they
    say something (two words or more, fillers and verbs taken off), else the
    words after it (`100% số xã kết nối internet cáp quang`), else its unit."""
    own = _trim(text[zone[0] : q.start])
    if len(own.split(maxsplit=1)) == 2:  # two words or more
        return own
    after = _PAREN.split(text[q.end : zone[1]], maxsplit=1)[0]
    after = " ".join(after.strip(" ,;:…").split()[:10])
    after = _LABEL_END.sub("", after).strip(" ,;:/….")
    return after or own or unit


def _trim(words: str) -> str:
    """Words before a number without the verbs and fillers that lead to it."""
    words = _without_tail(" " + words.strip(" ,;:()")).strip(" ,;:()")
    # The head pattern opens on `^`: one match at the start, not a `sub` that
    # tries it at every character of the label.
    head = _LABEL_HEAD.match(words)
    return (words[head.end() :] if head else words).strip(" ,;:().")


def _without_tail(words: str) -> str:
    """`_LABEL_TAIL.sub("", words)`: the verbs and fillers ending the words
    taken off. The pattern would be tried at every blank; a match holds only
    the tail words' letters and blanks, so it starts within the end of
    `words` made of those, and there is none when that end is empty."""
    cut = len(words.rstrip(_LABEL_TAIL_CHARS))
    if cut == len(words):
        return words
    m = _LABEL_TAIL.search(words, cut)
    return words if m is None else words[: m.start()] + words[m.end() :]
