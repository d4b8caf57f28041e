"""Named people with their office: `Phó Thủ tướng Chính phủ Trần Lưu Quang`,
`đồng chí Nguyễn Long Biên - Phó Chủ tịch UBND tỉnh`.

A capitalised run is a name only when it starts with a family name
(`resources/surnames.txt`) and an office or an honorific stands next to it:
`Lâm Đồng`, `Hà Tĩnh` or a photographer's credit (`Ảnh: Dương Chung`) are not
people. A province at the head of the run (`UBND tỉnh Lâm Đồng Trần Văn
Hiệp`) belongs to the office, not to the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from cds_desktop.extract.model import Sentence
from cds_desktop.extract.places import province_at
from cds_desktop.extract.scan import alternation_trie
from cds_desktop.extract.text import fold
from cds_desktop.extract.vocabulary import surnames, title_words

_MAX_NAME = 4


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person; `title` is empty when the text gives none there."""

    name: str  # display form: `Đ` for `Ð`, plain spaces
    title: str
    start: int  # the name's span in the text
    end: int
    sentence: Sentence


def display(text: str) -> str:
    """A name or title as the application shows it: `Ð` as `Đ`, one plain space."""
    return " ".join(text.replace("\u00d0", "\u0110").split())


def _letters(test: Callable[[str], bool]) -> str:
    """A regex character class body of the Latin letters (Vietnamese included)
    that pass `test`; `re` has no `\\p{Lu}`."""
    return "".join(
        re.escape(chr(c)) for c in range(0x41, 0x1F00) if chr(c).isalpha() and test(chr(c))
    )


_UPPER = _letters(str.isupper)
_LOWER = _letters(str.islower)
_CAP_WORD = rf"[{_UPPER}][{_LOWER}]*"
# Two or more capitalised words joined by single spaces: a name, an office, a place.
_RUN = re.compile(rf"{_CAP_WORD}(?:[ \u00a0]{_CAP_WORD})+(?!\w)")


def _runs(
    text: str, folded: str, sentences: Sequence[Sentence]
) -> Iterator[tuple[Sentence, int, list[str]]]:
    """Runs of capitalised words joined by single spaces, each with the
    sentence it lies in, its start and its words folded.

    One scan of the whole text instead of one per sentence (the call and its
    set-up cost as much as the scan of a short sentence). A run cannot reach
    over a sentence's edge: a sentence ends on punctuation or a line end, and
    the white space around its edges is not a run's single space between
    capitalised words; runs outside sentences (image captions) are dropped.
    A run is letters and single spaces, and folding makes a no-break space a
    plain one, so the run's folded text split on spaces gives its words.
    Their offsets are left to `_name_in_run`: most runs hold no family name
    and never need them."""
    starts = [s.start for s in sentences]
    for run in _RUN.finditer(text):
        start = run.start()
        i = bisect_right(starts, start) - 1
        if i < 0 or run.end() > sentences[i].end:
            continue
        if start > 0 and text[start - 1].isalnum():
            continue
        yield sentences[i], start, folded[start : run.end()].split(" ")


def _name_in_run(folded: str, start: int, words: list[str]) -> tuple[int, int] | None:
    """Start and end of the person's name inside a capitalised run starting
    at `start` with the folded `words`, if any."""
    family = surnames()
    # The name opens on a family name: a run without one (most: `Chính phủ`,
    # `Bộ Công an`) is not worth the offsets and the province look-ups.
    if family.isdisjoint(words):
        return None
    run = []
    for word in words:
        run.append((start, start + len(word)))
        start += len(word) + 1
    i = 0
    while i < len(run):
        place = province_at(folded, run[i][0])
        if place is None:
            break
        while i < len(run) and run[i][0] < place.end:
            i += 1
    if i < len(run) and words[i] in title_words("honorifics"):
        i += 1  # "Ông Nguyễn Văn A" at the start of a sentence
    if len(run) - i < 2 or words[i] not in family:
        return None
    name = run[i : i + _MAX_NAME]
    return name[0][0], name[-1][1]


def _ends_with(folded: str, end: int, words: tuple[str, ...]) -> int | None:
    """Start of the word from `words` that ends exactly at `end`, if any.

    One `endswith` of them all first: most names have no honorific before
    them, and that test costs a tenth of trying the words one by one."""
    if not folded.endswith(words, 0, end):
        return None
    for w in words:
        start = end - len(w)
        if (
            start >= 0
            and folded[start:end] == w
            and (start == 0 or not folded[start - 1].isalnum())
        ):
            return start
    return None


@cache
def _words_pattern(key: str) -> re.Pattern[str]:
    """One `titles.toml` list as a single alternation, longest first, written
    as a trie: a flat list of forty offices is tried word by word at every
    letter one of them opens with, most of a clause."""
    return re.compile(alternation_trie(sorted(title_words(key))) + r"(?!\w)")


def _first_word(key: str, folded: str, start: int, end: int) -> int | None:
    """Start of the first whole word or phrase from the list in `folded[start:end]`."""
    pattern = _words_pattern(key)
    exceptions = title_words("not_stops") if key == "title_stops" else ()
    pos = start
    while (m := pattern.search(folded, pos, end)) is not None:
        word_start = m.start() == 0 or not folded[m.start() - 1].isalnum()
        if word_start and not folded.startswith(exceptions, m.start()):
            return m.start()
        pos = m.start() + 1
    return None


def _title_before(text: str, folded: str, sentence: Sentence, name_start: int) -> str:
    """The office written just before the name, within its clause."""
    clause_start = max(
        sentence.start,
        *(folded.rfind(c, sentence.start, name_start) + 1 for c in ",;:()"),
    )
    best = _first_word("titles", folded, clause_start, name_start)
    if best is None or _first_word("title_stops", folded, best, name_start) is not None:
        return ""
    return display(text[best:name_start])


_TITLE_AFTER_NAME = re.compile(r"\s*(?:,|-|–)\s*")


def _title_after(text: str, folded: str, sentence: Sentence, name_end: int) -> str:
    """The office written after the name (`, Chủ tịch UBND tỉnh` or `- Phó Chủ tịch ...`)."""
    m = _TITLE_AFTER_NAME.match(folded, name_end, sentence.end)
    if not m:
        return ""
    titles = _words_pattern("titles")
    segments = []
    pos = m.end()
    while pos < sentence.end:
        seg_end = min(
            (i for i in (folded.find(c, pos, sentence.end) for c in ",;(") if i != -1),
            default=sentence.end,
        )
        if not titles.match(folded, pos, seg_end):
            break
        stop = _first_word("title_stops", folded, pos + 1, seg_end)
        if stop is not None:
            segments.append(text[pos:stop])
            break
        segments.append(text[pos:seg_end].rstrip(" .…"))
        if seg_end >= sentence.end or folded[seg_end] != ",":
            break
        pos = seg_end + 1
        while pos < sentence.end and folded[pos] == " ":
            pos += 1
    return display(", ".join(s.strip() for s in segments))


def find_people(
    text: str, sentences: Sequence[Sentence], folded: str | None = None
) -> list[PersonMention]:
    """Every person mention with an office or honorific next to the name.

    `folded` is `fold(text)` when the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    honorifics = title_words("honorifics")
    out = []
    for sentence, run_start, words in _runs(text, folded, sentences):
        found = _name_in_run(folded, run_start, words)
        if found is None:
            continue
        start, end = found
        lead = start - 1 if start > 0 and folded[start - 1] == " " else start
        honoured = _ends_with(folded, lead, honorifics) is not None
        # An honorific puts the office after the name (`ông A, Chủ tịch ...`),
        # else it stands before; the other side is read only when that is empty.
        if honoured:
            title = _title_after(text, folded, sentence, end) or _title_before(
                text, folded, sentence, start
            )
        else:
            title = _title_before(text, folded, sentence, start) or _title_after(
                text, folded, sentence, end
            )
        if not title and not honoured:
            continue
        out.append(PersonMention(display(text[start:end]), title, start, end, sentence))
    return out
