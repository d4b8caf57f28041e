"""Text as stored and shown, and the folded forms used for matching.

The article text is normalised once (NFC, `\\n` line ends, no BOM); every
offset in the application points into that string, in Python code points.
Matching never changes the shown text: `fold` and `search_fold` map each code
point to exactly one code point, so an offset found in a folded string is
also an offset in the original.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from cds_desktop.extract.model import ImageLine, Sentence, Span
from cds_desktop.extract.scan import AnchoredPattern
from cds_desktop.paths import resources_dir


class TextError(ValueError):
    """Bytes that cannot be read as an article; the message says why."""


_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
_FOLD_TABLE = {
    **{ord(c): " " for c in _SPACES},
    ord("\u00d0"): "đ",  # Icelandic Eth, used for Đ in one seed
    ord("\u0110"): "đ",
    ord("\u0189"): "đ",  # African D, another look-alike
    ord("\u00f0"): "đ",  # their lower-case forms
    ord("\u0256"): "đ",
    ord("\u201c"): '"',
    ord("\u201d"): '"',
    ord("\u201e"): '"',
    ord("\u201f"): '"',
    ord("\u00ab"): '"',
    ord("\u00bb"): '"',
    ord("\u2018"): "'",
    ord("\u2019"): "'",
    ord("\u201a"): "'",
    ord("\u201b"): "'",
    ord("\u2013"): "-",
    ord("\u2014"): "-",
    ord("\u2212"): "-",
}


def normalize(text: str) -> str:
    """The canonical stored form: NFC, `\\n` line ends, no BOM."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


class _CharMap(dict[int, str]):
    """A `str.translate` table filled on first sight of each character, so
    folding runs at C speed after the first few hundred distinct characters."""

    def __init__(self, one: Callable[[str], str]) -> None:
        super().__init__()
        self._one = one

    def __missing__(self, code: int) -> str:
        out = self._one(chr(code))
        self[code] = out
        return out


def _fold1(ch: str) -> str:
    ch = _FOLD_TABLE.get(ord(ch), ch)
    low = ch.lower()
    return low if len(low) == 1 else ch


def _strip1(ch: str) -> str:
    """One already folded character without its marks (see `search_fold`)."""
    if ch == "đ":
        return "d"
    bare = _MARKS.sub("", unicodedata.normalize("NFD", ch))
    return bare if len(bare) == 1 else ch


_FOLD_MAP = _CharMap(_fold1)
_SEARCH_MAP = _CharMap(_strip1)


# The folding table as (character, replacement); no replacement is itself
# replaced, so the order they are applied in does not matter.
_SPECIAL_CHARS = tuple((chr(code), plain) for code, plain in _FOLD_TABLE.items())
# Combining marks as Vietnamese (and most Latin) text uses them.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case, `Ð`/`Đ` as `đ`, any space as ` `, straight quotes and dashes.

    Same length as `text`: offsets carry over unchanged. Each character is
    folded on its own, and one whose lower case is longer (`İ`) is kept as
    it is. The whole-string `str.lower` is the fast path; it is taken only
    when it provably agrees with the per-character rule (same length, no
    final-sigma context). (Reading text through `_PAGE` as `search_fold` does
    measured no faster than this.)
    """
    special = text
    # One `str.replace` per special character present: an article holds few
    # of them, and a regex substitution with a callback cost more.
    for char, plain in _SPECIAL_CHARS:
        if char in special:
            special = special.replace(char, plain)
    low = special.lower()
    if len(low) == len(text) and "\u03a3" not in special:
        return low
    return text.translate(_FOLD_MAP)


def search_fold(text: str) -> str:
    """`fold` without diacritics (`Chuyển đổi số` -> `chuyen doi so`), same length.

    A character loses its marks when what is left is one character; a lone
    combining mark, or a character that decomposes into several letters
    (Hangul), stays as it is.

    Text made of the characters of `_PAGE_CHARS` is read through them as a
    code page (0.3-0.4 ms of regex substitution over the decomposed article
    became two C passes, ~0.02 ms, and the store's build folds every
    article). Other text is folded and goes through one `str.translate`
    covering the characters `_plain1` calls plain; it deletes the others, so
    a shorter result sends the text to the general form. The answer is the
    one the general form gives, for any text.
    """
    try:
        code, _ = codecs.charmap_encode(text, "strict", _PAGE)
    except UnicodeEncodeError:
        pass
    else:
        return codecs.charmap_decode(code, "strict", _PAGE_PLAIN)[0]
    folded = fold(text)
    plain = folded.translate(_PLAIN_MAP)
    if len(plain) == len(folded):
        return plain
    return _search_fold_general(folded)


def _plain1(ch: str) -> str:
    """One folded character without its marks, or "" when the character is
    not plain: it is a mark in `_MARKS`, its decomposition opens on a
    combining character (so the whole-text decomposition could reorder it
    with its neighbour's marks), or it does not strip to one character.
    Text made of plain characters decomposes character by character, so
    `_search_fold_general` gives exactly this per-character form for it."""
    if _MARKS.match(ch):
        return ""
    decomposed = unicodedata.normalize("NFD", ch)
    if unicodedata.combining(decomposed[0]):
        return ""
    bare = _MARKS.sub("", decomposed)
    return bare.replace("đ", "d") if len(bare) == 1 else ""


_PLAIN_MAP = _CharMap(_plain1)

# The characters of Vietnamese article text (NUL, tab, line feed, printable
# ASCII, the letters with their tones in both cases, Đ and its look-alike Ð,
# the no-break space, curly quotes, dashes, the ellipsis) as a one-byte code
# page: byte i stands for character i and is read back as its plain folded
# form (`_PAGE_PLAIN`: what `search_fold` gives it, folding being per
# character), so reading text through the page gives what `search_fold` gives.
_VIETNAMESE_LETTERS = [
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưy"
    for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
]
_PAGE_CHARS = "".join(
    dict.fromkeys(
        [
            # NUL first: a page that does not open on it is kept by `codecs`
            # as a dictionary, and reading through it is slower than folding.
            "\x00",
            "\t",
            "\n",
            *map(chr, range(32, 127)),
            *_VIETNAMESE_LETTERS,
            *(letter.upper() for letter in _VIETNAMESE_LETTERS),
            *"đĐ\u00d0\u00a0“”‘’«»–—…",
        ]
    )
)
_PAGE = codecs.charmap_build(_PAGE_CHARS)
_PAGE_PLAIN = "".join(_plain1(_fold1(char)) for char in _PAGE_CHARS)


def _search_fold_general(folded: str) -> str:
    """`search_fold` of already folded text holding characters `_plain1`
    leaves out: the whole-text decomposition when it keeps the length, else
    character by character."""
    if not _MARKS.search(folded):
        bare = _MARKS.sub("", unicodedata.normalize("NFD", folded))
        if len(bare) == len(folded):
            return bare.replace("đ", "d")
    return folded.translate(_SEARCH_MAP)


def decode_bytes(data: bytes) -> str:
    """Read an article file's bytes as text, or raise TextError saying why.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such;
    anything else that is not binary is taken as Windows-1258, the legacy
    Vietnamese code page, unless it is UTF-8 with a few broken bytes.
    """
    if not data.strip():
        raise TextError("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TextError(f"broken UTF-16 at byte {exc.start}") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if _looks_binary(data):
                raise TextError("the file is binary, not text") from None
            if _mostly_utf8(data):
                # Read as Windows-1258 it would turn every Vietnamese letter
                # into two wrong ones, silently: better to say so.
                raise TextError(
                    f"broken UTF-8 at byte {exc.start} (0x{data[exc.start]:02X}); "
                    "the rest of the file is UTF-8"
                ) from None
            try:
                text = data.decode("cp1258", errors="strict")
            except UnicodeDecodeError as exc:
                raise TextError(
                    f"neither UTF-8 nor Windows-1258: byte 0x{data[exc.start]:02X} "
                    f"at offset {exc.start} is undefined in both"
                ) from None
    if _looks_binary(text.encode("utf-8", "surrogatepass")):
        raise TextError("the file is binary, not text")
    text = normalize(text)
    if not text.strip():
        raise TextError("the file holds only white space")
    return text


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mostly_utf8(data: bytes) -> bool:
    """Many well-formed UTF-8 sequences and few bad bytes. Windows-1258 text
    almost never forms a UTF-8 sequence: its letters are not followed by
    bytes 0x80-0xBF."""
    good = len(_UTF8_SEQUENCE.findall(data))
    bad = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
    return good >= 3 and good > 10 * bad


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # Counted by deleting them at C speed (a generator over 8 KiB cost ~7x more).
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


# Control bytes that text does not hold: all below 32 except tab, line feed,
# form feed and carriage return.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


_IMAGE_LINE = re.compile(r"^[ \t]*!\[(?P<caption>[^\]\n]*)\]\((?P<url>[^)\n]*)\)[ \t]*$", re.M)


def image_lines(text: str) -> tuple[ImageLine, ...]:
    """Every line that is a markdown image and nothing else.

    Such a line holds `![`, so only the lines holding one are tried (the
    pattern opens on `^` and would be tried at every character); each line
    is tried once, at its start, as a whole-text scan would."""
    out = []
    at = text.find("![")
    while at >= 0:
        m = _IMAGE_LINE.match(text, text.rfind("\n", 0, at) + 1)
        if m is not None:
            out.append(
                ImageLine(
                    m.start(),
                    m.end(),
                    Span(m.start("caption"), m.end("caption")),
                    Span(m.start("url"), m.end("url")),
                )
            )
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        at = text.find("![", line_end)
    return tuple(out)


# A dateline is a line of its own near the top. News sites write it in many
# ways: `10/07/2024 - 20:53`, `Thứ Năm, 12/9/2024 15:30 (GMT+7)`, `12:05 |
# 28/11/2023`, `Cập nhật: 19:02 ngày 05/07/2024`, `16h48 ngày 23/12/2024`,
# `Thứ Tư, 09-07-2025, 19:25`, `24/02/2025 11:47 GMT+7`, `Ngày đăng:
# 05/07/2024`. So the line is read as a full date with, before it, up to three
# leads (a few words without digits, `Thứ 5`, or a clock) each ending on a
# separator, and after it at most a clock, a time zone and, after a bar, the
# site's section without digits (`22/01/2026 | Chuyên mục: Chuyển đổi số`)
# or a page counter (`08/10/2024 | Lượt xem: 2.318`).
# Nothing else may follow the date: `Sáng ngày 24/4/2024, Ủy ban họp.` is a
# sentence. The lead
# words are taken whole (an atomic group): they end where a digit or a
# separator starts, so no backtracking over a long line is possible. A
# dateline is short: a line over 80 characters is turned down by the
# look-ahead before the leads are tried (~3 µs a body line, else).
_BLANK = r"[ \t\u00a0]"  # a no-break space is as common as a space in datelines
_DAY = r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
_DATE_SEPARATORS = ("/", ".", "-")
# Words without digits, except the weekday written `Thứ 2` to `Thứ 7`.
_LEAD_WORDS = r"(?>[^\W\d][^\n\d,:|()\-]{0,30})(?:(?<=hứ[ \u00a0])[2-7])?"
_CLOCK = rf"\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?|h\d{{2}})(?:{_BLANK}*(?:AM|PM|am|pm))?"
_ZONE = rf"\(?(?:GMT|UTC){_BLANK}*[+-]{_BLANK}*\d{{1,2}}(?::?\d{{2}})?\)?"
_SEP = rf"{_BLANK}*[,:|\-]?{_BLANK}*(?:(?:[Nn]gày|lúc){_BLANK}+)?"
# A page counter is a label, a colon and a whole number: without the colon,
# digits after the bar are prose (`Sáng 14/05/2024 | Ủy ban họp lần 3`).
_COUNTER = rf"[^\n\d|:]{{1,30}}:{_BLANK}*\d{{1,3}}(?:\.\d{{3}})*"
_DATELINE = re.compile(
    rf"^(?=[^\n]{{0,80}}$){_BLANK}*(?:(?:{_LEAD_WORDS}|{_CLOCK}){_SEP}){{0,3}}{_DAY}"
    rf"(?:{_SEP}{_CLOCK})?(?:{_SEP}{_ZONE})?(?:{_BLANK}*\|(?:[^\n\d|]{{1,40}}|{_COUNTER}))?{_BLANK}*$",
    re.M,
)
# A dateline can also open the first paragraph, news-agency style: `Tam Kỳ,
# 4/10/2024 (TTXVN) - Sáng 4/10, ...`, `Hà Nội, ngày 12/9/2024 - ...`: a
# place, a comma, a full date, maybe the agency in brackets, then a dash.
# It stays body text (the sentence after it is the article's); only its date
# is read. A date in a sentence (`Theo báo cáo, ngày 30/9/2024 - ...`) has no
# capitalised place before it: `lead_dateline_match` checks that.
_LEAD_DATELINE = re.compile(
    rf"^{_BLANK}*(?P<place>{_LEAD_WORDS}),{_BLANK}(?:[Nn]gày{_BLANK})?{_DAY}"
    rf"(?:{_BLANK}*\([^()\n]{{1,30}}\))?{_BLANK}*[-\u2013\u2014]{_BLANK}",
    re.M,
)
_HEADER = re.compile(r"^[ \t]*date:?[ \t]+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?!\d)", re.M)
_TOP_LINES = 3


def _top(text: str) -> int:
    """End offset of the first few non-blank lines, where datelines and headers sit.

    Read line by line from the top: splitting the whole article into lines
    cost more than the rest, four times per article."""
    seen = 0
    start = 0
    while True:
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        if text[start:end].strip():
            seen += 1
            if seen >= _TOP_LINES:
                break
        if newline < 0:
            break
        start = newline + 1
    return min(end + 1, len(text))


def _search_lines(
    pattern: re.Pattern[str], text: str, end: int, needles: tuple[str, ...], start: int = 0
) -> re.Match[str] | None:
    """`pattern.search(text, 0, end)` for a pattern that opens on `^` (multi-line),
    never matches empty nor past a line feed, and holds one of `needles` in
    every match: tried only where lines start, where `^` can match, instead of
    at every character, and only on lines holding a needle (a title line is
    long, and the pattern's optional lead-in is tried along it). `start`
    is the start of a line."""
    while start < end:
        newline = text.find("\n", start, end)
        line_end = end if newline < 0 else newline
        for needle in needles:
            if text.find(needle, start, line_end) >= 0:
                m = pattern.match(text, start, end)
                if m is not None:
                    return m
                break
        if newline < 0:
            return None
        start = newline + 1
    return None


# The top of an article is read by the sentence splitter, the title, the
# meeting date and the publication date in turn: each finder keeps its answer
# for the last article (a string caches its hash, so a repeat costs a lookup).
@lru_cache(maxsize=1)
def dateline_match(text: str) -> re.Match[str] | None:
    """The publication dateline line at the top (groups `d`, `m`, `y`)."""
    return _search_lines(_DATELINE, text, _top(text), _DATE_SEPARATORS)


@lru_cache(maxsize=1)
def lead_dateline_match(text: str) -> re.Match[str] | None:
    """A dateline opening a paragraph at the top (`Tam Kỳ, 4/10/2024 (TTXVN) -`;
    groups `place`, `d`, `m`, `y`), the place capitalised on its first and
    last word (`TP.HCM`, `Thành phố Hồ Chí Minh`, not `Theo báo cáo`)."""
    end = _top(text)
    start = 0
    while (m := _search_lines(_LEAD_DATELINE, text, end, _DATE_SEPARATORS, start)) is not None:
        words = m.group("place").split()
        if words[0][0].isupper() and words[-1][0].isupper():
            return m
        start = text.find("\n", m.start(), end) + 1
        if start == 0:
            return None
    return None


@lru_cache(maxsize=1)
def header_match(text: str) -> re.Match[str] | None:
    """The `date YYYY-MM[-DD]` header at the top (groups `y`, `m`, `d`)."""
    return _search_lines(_HEADER, text, _top(text), ("date",))


def metadata_spans(text: str) -> tuple[Span, ...]:
    """The dateline and the header: publication data, not body text."""
    found = (dateline_match(text), header_match(text))
    return tuple(Span(m.start(), m.end()) for m in found if m is not None)


@cache
def _abbreviations() -> frozenset[str]:
    path = resources_dir() / "abbreviations.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return frozenset(words)


_OPENING_QUOTES = "“‘«"
_CLOSING_QUOTES = "”’»"
_QUOTES = _OPENING_QUOTES + _CLOSING_QUOTES + '"'
# A sentence ends at . ! ? … (or ...), after any closing quotes/brackets,
# when white space and then the start of a new sentence follow. The pattern
# opens on one character class (`...` as a `.` followed by two more) so that
# `re` skips to those characters instead of trying every position.
_END = re.compile(r"[.!?…](?:(?<=\.)\.\.)?[\"'”’»)\]]*(?=\s+[\"“‘(\[]?[0-9A-ZÀ-ỸĐÐ])")
# Tried only at the stops themselves, found with `str.find`: `re` scanning
# for a character of a class cost ~6 ns a character, 0.045 ms an article.
_SENTENCE_END = AnchoredPattern(_END, tuple(".!?…"), {})


def sentences(text: str, images: Sequence[ImageLine] | None = None) -> tuple[Sentence, ...]:
    """Body sentences with offsets; image lines, blank lines, the dateline and
    the `date` header are skipped.

    `images` is `image_lines(text)` when the caller has it already (the
    article's extraction needs both).

    A line break ends a sentence (articles put one paragraph a line), except
    when the line stops on a comma and the next goes on in lower case: one
    seed breaks a sentence that way (`... của 05 bộ,` / `ngành (Bộ Công an`).
    Inside a line, a full stop ends one only when followed by a space and a
    capital or digit, not after an abbreviation (`TP.`), and not inside a
    quotation: Vietnamese numbers (`1.418`) never have a space after the dot.
    """
    out: list[Sentence] = []
    images = image_lines(text) if images is None else images
    for paragraph, (start, end) in enumerate(_body_lines(text, images)):
        for a, b in _split_line(text[start:end]):
            out.append(_sentence(start + a, start + b, paragraph))
    return tuple(out)


def _sentence(start: int, end: int, paragraph: int) -> Sentence:
    """`Sentence(start, end, paragraph)`, filled as the frozen dataclass's
    `__init__` fills it but without one `object.__setattr__` call per field
    (a third of the cost of a sentence, ~30 an article). `Sentence` has no
    `__post_init__` to skip; tests/extract/test_text_fast_paths.py checks
    both, and that the result equals, hashes and prints as the one `__init__`
    builds."""
    sentence = object.__new__(Sentence)
    sentence.__dict__.update(start=start, end=end, paragraph=paragraph)
    return sentence


def _body_lines(text: str, images: Sequence[ImageLine]) -> list[tuple[int, int]]:
    """Start and end of each paragraph of body text, continuation lines joined."""
    image_starts = {img.start for img in images}
    meta = metadata_spans(text)
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end, pos = pos, pos + len(line), pos + len(line) + 1
        for span in meta:
            if span.start <= start < span.end or start <= span.start < end:
                start = max(start, min(span.end, end))
        body = text[start:end]
        if not body.strip():
            continue
        if start + len(body) - len(body.lstrip(" \t")) in image_starts:
            lines.append((start, start))  # an image line still separates paragraphs
            continue
        if lines and _continues(text, lines[-1], body):
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((start, end))
    return lines


def _continues(text: str, previous: tuple[int, int], line: str) -> bool:
    """Whether `line` goes on the paragraph `text[previous[0]:previous[1]]`:
    it starts in lower case (checked first: most lines do not, and the
    paragraph need not be copied) and the paragraph ends on a comma."""
    head = line.lstrip()
    return (
        bool(head) and head[0].islower() and text[previous[0] : previous[1]].rstrip().endswith(",")
    )


def _balanced(line: str) -> bool:
    """Whether every quotation opened in the line is closed in it."""
    curly = sum(line.count(q) for q in _OPENING_QUOTES) == sum(
        line.count(q) for q in _CLOSING_QUOTES
    )
    return curly and line.count('"') % 2 == 0


def _split_line(line: str) -> list[tuple[int, int]]:
    cuts: list[int] = []
    ends = list(_SENTENCE_END.finditer(line))
    # A quotation left open (a typo, or one running over several paragraphs)
    # would otherwise hold the rest of the line in one sentence.
    # A line without quotation marks has nothing to be inside, nor has one
    # without a possible end (each quote test reads the whole line).
    quoted = bool(ends) and any(q in line for q in _QUOTES)
    quotes = _QuoteDepth(line) if quoted and _balanced(line) else None
    for m in ends:
        if quotes is not None and quotes.inside(m.start()):
            continue
        if line[m.start()] == "." and _ends_with_abbreviation(line, m.start()):
            continue
        cuts.append(m.end())
    pieces = []
    start = 0
    for cut in [*cuts, len(line)]:
        piece = line[start:cut]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            pieces.append((start + lead, start + trail))
        start = cut
    return pieces


class _QuoteDepth:
    """Whether a position of one line sits inside a quotation.

    Counts quotes once, left to right, as positions increase: recounting from
    the line start at every candidate end made a long line quadratic (a 100 kB
    line took 10 s).
    """

    def __init__(self, line: str) -> None:
        self._line = line
        self._pos = 0
        self._curly = 0
        self._straight = 0

    def inside(self, pos: int) -> bool:
        seen = self._line[self._pos : pos]
        self._curly += sum(seen.count(q) for q in _OPENING_QUOTES) - sum(
            seen.count(q) for q in _CLOSING_QUOTES
        )
        self._straight += seen.count('"')
        self._pos = pos
        return self._curly > 0 or self._straight % 2 == 1


_TRAILING_WORD = re.compile(r"[\w.]+$")


@cache
def _longest_abbreviation() -> int:
    return max((len(w) for w in _abbreviations()), default=0)


def _ends_with_abbreviation(line: str, dot: int) -> bool:
    # Only the last few characters can hold an abbreviation; searching the
    # whole line before the dot made long lines quadratic.
    m = _TRAILING_WORD.search(line, max(0, dot - _longest_abbreviation() - 1), dot)
    return m is not None and m.group(0).lower() in _abbreviations()
