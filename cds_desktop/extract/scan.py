"""Whole-text regular-expression scans that try only where a match can start.

Python's `re` tries a pattern at every position of the text unless the
pattern opens on a literal or a character class; one that opens on a
look-behind (`(?<!\\w)`) or on a choice between digits and words costs about
60 ns a character, 0.3 ms for one article, for a dozen matches. When every
match holds one of a few literal words at a known distance from its start,
finding those words is a fast literal search, and the pattern need only be
tried at the starts they imply. A list of words is cheapest as a trie
(`alternation_trie`): a flat alternation is tried branch by branch.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping


class AnchoredPattern:
    """`pattern`, every match of which contains one of `anchors` at a fixed
    distance from the match's start: `offsets[word]` lists where, relative to
    the word, a match holding it may start (`(0,)` for a word not listed).

    Matches are exactly those of `pattern.finditer` provided no match can
    start elsewhere and the pattern never matches the empty string. Every
    occurrence of every anchor is a candidate start (`str.find`, word by
    word: a C-speed scan, where a regex of the words stopped at every
    letter that starts one of them); trying more starts than needed is
    harmless, as each is tried with the pattern itself."""

    __slots__ = ("_anchors", "pattern")

    def __init__(
        self,
        pattern: re.Pattern[str],
        anchors: tuple[str, ...],
        offsets: Mapping[str, tuple[int, ...]],
    ) -> None:
        self.pattern = pattern
        self._anchors = tuple((w, tuple(offsets.get(w, (0,)))) for w in anchors)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text, start, end)` gives, in order."""
        end = len(text) if end is None else end
        candidates = set()
        for word, offsets in self._anchors:
            at = text.find(word, start, end)
            while at >= 0:
                for offset in offsets:
                    candidates.add(at + offset)
                at = text.find(word, at + 1, end)
        last = start
        for pos in sorted(candidates):
            if pos < last:
                continue
            found = self.pattern.match(text, pos, end)
            if found is not None:
                last = found.end()
                yield found


_WORD_CHAR = re.compile(r"\w")


class WholeWords:
    r"""The pattern `(?<!\w)(?:alternation)(?!\w)`, with the left word boundary
    checked outside the regular expression: a pattern that opens on a
    look-behind is tried at every character, while one that opens on a choice
    of literal words lets `re` skip ahead to their first letters (3-5x faster
    on a sentence). `search` and `finditer` give what the pattern gives."""

    __slots__ = ("_core",)

    def __init__(self, alternation: str) -> None:
        self._core = re.compile(rf"(?:{alternation})(?!\w)")

    def search(self, text: str, pos: int = 0, end: int | None = None) -> re.Match[str] | None:
        end = len(text) if end is None else end
        while True:
            m = self._core.search(text, pos, end)
            if m is None or m.start() == 0 or not _WORD_CHAR.match(text, m.start() - 1):
                return m
            pos = m.start() + 1

    def finditer(self, text: str, pos: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        while (m := self.search(text, pos, end)) is not None:
            yield m
            pos = m.end()


class PhraseIndex:
    """Where some plain phrases stand in one text, found once, so that each
    of many stretches of it (its sentences) can be asked whether it holds
    one as whole words without a scan of its own.

    `holds(start, end)` answers what
    `WholeWords(alternation of the phrases).search(text[start:end])` finds:
    an occurrence inside the stretch with no word character just before or
    after it within the stretch. A regex of common phrases stops at every
    letter one of them opens with (`t`, `đ`, `h`, `p`: most of a Vietnamese
    sentence); each phrase is found here with `str.find`, a C-speed scan,
    over the whole text once, every occurrence, overlapping ones too."""

    __slots__ = ("_spans", "_starts", "_text")

    def __init__(self, text: str, phrases: Iterable[str]) -> None:
        spans = []
        for phrase in phrases:
            if not phrase:
                raise ValueError("an empty phrase stands everywhere")
            at = text.find(phrase)
            while at >= 0:
                spans.append((at, at + len(phrase)))
                at = text.find(phrase, at + 1)
        spans.sort()
        self._text = text
        self._spans = spans
        self._starts = [start for start, _ in spans]

    def holds(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` holds one of the phrases as whole words."""
        text, spans = self._text, self._spans
        i = bisect_left(self._starts, start)
        while i < len(spans) and spans[i][0] < end:
            a, b = spans[i]
            if (
                b <= end
                and (a == start or not _WORD_CHAR.match(text, a - 1))
                and (b == end or not _WORD_CHAR.match(text, b))
            ):
                return True
            i += 1
        return False


def alternation_trie(words: list[str]) -> str:
    """`words` (sorted, none twice) as a trie-shaped alternation matching the
    same strings as the longest-first list, in the same order of preference."""
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    alternatives = [re.escape(c) + alternation_trie(rest) for c, rest in branches.items()]
    if "" in words:
        alternatives.append("")  # a word ends here: tried after the longer ones
    if len(alternatives) == 1:
        return alternatives[0]
    return f"(?:{'|'.join(alternatives)})"
