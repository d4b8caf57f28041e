"""Code points (what the store and Python count) versus UTF-16 units (what Qt counts).

Every offset the store hands out is a Python code-point index; QTextCursor
positions count UTF-16 code units, where a character outside the Basic
Multilingual Plane (an emoji, some CJK) takes two. Converting here, in one
place, keeps highlights on the right characters after such a character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # found by the regex engine, not a Python loop


class OffsetMap:
    """Converts offsets in one text between code points and UTF-16 units.

    Only the positions of astral characters are stored, so a conversion is a
    binary search rather than a re-encoding of the prefix.
    """

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        """UTF-16 position of code-point `index` (0 <= index <= len(text))."""
        if not 0 <= index <= self._length:
            raise IndexError(f"offset {index} outside text of length {self._length}")
        return index + bisect_left(self._astral, index)

    def to_code_point(self, position: int) -> int:
        """Code-point index of UTF-16 `position`; inside a surrogate pair it
        rounds down to the character the pair encodes."""
        whole = bisect_right(self._astral_utf16, position - 2)
        if whole < len(self._astral_utf16) and self._astral_utf16[whole] == position - 1:
            return position - 1 - whole
        return position - whole
