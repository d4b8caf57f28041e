"""A deterministic synthetic corpus made by varying the seed articles.

The five seeds are the only real articles we have; measuring the application
at 10,000 articles needs 10,000 that look like them to the extractor: other
session numbers (digits and ordinal words), other meeting dates in the seed's
own date style, other local provinces, other figures in Vietnamese number
format, and paragraphs in another order. Each seed is parsed once into a
template (literal text with slots); an article is the template with every
slot redrawn from `random.Random(f"{seed}/{index}")`, so article `i` is the
same bytes whatever `n` is and whichever process makes it.

What can be varied is data in `benchmarks/variation.toml`; the provinces come
from `resources/provinces.toml`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cds_desktop.extract.text import normalize
from cds_desktop.paths import resources_dir, seeds_dir

VARIATION = Path(__file__).with_name("variation.toml")
ETH = "\u00d0"  # one seed writes Đ as the Icelandic Eth; its copies keep doing so


@dataclass(frozen=True)
class Slot:
    """A varied stretch of a seed: `kind` says how to redraw it, `parts` holds
    the pieces of the seed's own spelling that the redrawn text keeps."""

    kind: str
    parts: tuple[str, ...]
    value: float = 0.0  # a figure's or a ratio whole's value, parsed once
    decimals: int = 0


Piece = str | Slot


@dataclass(frozen=True)
class Template:
    """One seed split into literal text and slots, line by line."""

    name: str
    lines: tuple[tuple[Piece, ...], ...]
    movable: tuple[int, ...]  # lines holding only figures: their order may change
    base_year: int  # the seed meeting's year; other years move with it
    has_session: bool
    has_province: bool
    date_precision: str | None  # day | month | None when the seed states no date
    uses_eth: bool


@dataclass(frozen=True)
class GeneratedArticle:
    """A synthetic article and the meeting facts the generator put into it."""

    index: int
    name: str
    template: str
    text: str
    session: int | None
    date: str | None  # YYYY-MM-DD or YYYY-MM, as stated in the text
    province: str | None


@dataclass(frozen=True)
class Variation:
    ordinals: dict[int, str]
    sessions: int
    first: dt.date
    quarter_days: int
    jitter_days: int
    date_prefixes: tuple[str, ...]
    low: float
    high: float
    scale_words: tuple[str, ...]


@cache
def variation() -> Variation:
    data = tomllib.loads(VARIATION.read_text(encoding="utf-8"))
    meeting, numbers = data["meeting"], data["numbers"]
    return Variation(
        ordinals={int(k): v for k, v in data["ordinals"].items()},
        sessions=meeting["sessions"],
        first=dt.date.fromisoformat(meeting["first"]),
        quarter_days=meeting["quarter_days"],
        jitter_days=meeting["jitter_days"],
        date_prefixes=tuple(meeting["date_prefixes"]),
        low=numbers["low"],
        high=numbers["high"],
        scale_words=tuple(numbers["scale_words"]),
    )


@cache
def province_names() -> tuple[str, ...]:
    data = tomllib.loads((resources_dir() / "provinces.toml").read_text(encoding="utf-8"))
    return tuple(p["name"] for p in data["province"])


@cache
def _province_spellings() -> tuple[str, ...]:
    data = tomllib.loads((resources_dir() / "provinces.toml").read_text(encoding="utf-8"))
    names = {n for p in data["province"] for n in (p["name"], *p["aliases"])}
    return tuple(sorted(names, key=len, reverse=True))


# --- parsing a seed into a template -------------------------------------------

_NUM = r"\d{1,3}(?:\.\d{3})+|\d+"
_SESSION = re.compile(r"[Pp]hiên họp (?:lần )?thứ (\w+)")
_DATELINE = re.compile(r"^(\d{2})/(\d{2})/(\d{4}) - (\d{2}):(\d{2})[ \t]*$", re.M)
_HEADER = re.compile(r"\bdate (\d{4})-(\d{2})\b")
_URL_DATE = re.compile(r"(?<=/)(\d{4})_(\d{2})_(\d{2})(?=_)")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])20[0-4]\d(?!\d|[.,]\d)")
_RATIO = re.compile(rf"(?<![\d.,/])({_NUM})/({_NUM})(?![\d/])")
_QUANTITY = re.compile(rf"(?<![\d.,/])({_NUM})(?:,(\d+))?(?![\d/]|[^\W\d_])")
_DATE_WORDS = ("tháng", "ngày", "năm")


def _meeting_date_pattern() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in variation().date_prefixes)
    return re.compile(rf"\b({prefixes}) (\d{{1,2}})([/-])(\d{{1,2}})(?:/(\d{{4}}))?(?![\d/-])")


def _number(raw: str) -> float:
    return float(raw.replace(".", "").replace(",", "."))


def _is_figure(text: str, m: re.Match[str]) -> bool:
    """A number worth varying: grouped, decimal, or followed by % or a scale word."""
    whole, decimals = m.group(1), m.group(2)
    if len(whole) > 1 and whole.startswith("0"):
        return False  # "05 bộ", "04 lớp": counts written with a leading zero
    if "." in whole or decimals:
        return True
    after = text[m.end() : m.end() + 8].lstrip(" \u00a0")
    return any(after.startswith(w) for w in variation().scale_words)


def _is_ratio(text: str, m: re.Match[str]) -> bool:
    """`a/b` of a part and its whole (`779/3.418`), not a date (`30/6`, `6/2022`)."""
    a, b = m.group(1), m.group(2)
    if a.startswith("0") or b.startswith("0") or (len(b) == 4 and "." not in b):
        return False
    before = text[max(0, m.start() - 6) : m.start()].strip().lower()
    return _number(a) <= _number(b) and not before.endswith(_DATE_WORDS)


def _local_province(text: str) -> str | None:
    """The province of the seed's own bridge point (điểm cầu), if it names one."""
    for spelling in _province_spellings():
        pattern = rf"điểm cầu (?:tỉnh |TP |thành phố )?{re.escape(spelling)}\b"
        if re.search(pattern, text):
            return spelling
    return None


def parse_seed(name: str, text: str) -> Template:
    """Split a seed into slots; earlier kinds win where matches overlap."""
    text = normalize(text)
    found: list[tuple[int, int, Slot]] = []

    def claim(start: int, end: int, slot: Slot) -> None:
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, slot))

    years: list[int] = []
    for m in _SESSION.finditer(text):
        claim(m.start(1), m.end(1), Slot("session", (m.group(1),)))
    dated = _meeting_date_pattern().search(text)
    if dated:
        claim(dated.start(), dated.end(), Slot("date", (dated.group(3), dated.group(5) or "")))
        if dated.group(5):
            years.append(int(dated.group(5)))
    for m in _DATELINE.finditer(text):
        claim(m.start(), m.end(), Slot("dateline", ()))
        years.append(int(m.group(3)))
    for m in _HEADER.finditer(text):
        claim(m.start(), m.end(), Slot("header", ()))
        years.append(int(m.group(1)))
    for m in _URL_DATE.finditer(text):
        claim(m.start(), m.end(), Slot("url", ()))
        years.append(int(m.group(1)))
    province = _local_province(text)
    if province:
        for m in re.finditer(rf"\b{re.escape(province)}\b", text):
            claim(m.start(), m.end(), Slot("province", ()))
    all_years = [int(m.group()) for m in _YEAR.finditer(text)]
    for m in _YEAR.finditer(text):
        claim(m.start(), m.end(), Slot("year", (m.group(),)))
    for m in _RATIO.finditer(text):
        if _is_ratio(text, m):
            claim(m.start(), m.end(), Slot("ratio", (m.group(2),), _number(m.group(2))))
    for m in _QUANTITY.finditer(text):
        if _is_figure(text, m):
            percent = "%" if text.startswith("%", m.end()) else ""
            decimals = len(m.group(2) or "")
            slot = Slot("quantity", (percent,), _number(m.group(0)), decimals)
            claim(m.start(), m.end(), slot)
    found.sort(key=lambda item: item[0])
    kinds = {slot.kind for _, _, slot in found}
    base_year = years[0] if years else Counter(all_years).most_common(1)[0][0]
    lines = _split_lines(text, found)
    return Template(
        name=name,
        lines=lines,
        movable=_movable(lines),
        base_year=base_year,
        has_session="session" in kinds,
        has_province="province" in kinds,
        date_precision="day" if dated else "month" if "header" in kinds else None,
        uses_eth=ETH in text,
    )


def _split_lines(text: str, found: list[tuple[int, int, Slot]]) -> tuple[tuple[Piece, ...], ...]:
    lines: list[tuple[Piece, ...]] = []
    pos = 0
    slots = iter(found)
    pending = next(slots, None)
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pieces: list[Piece] = []
        cursor = start
        while pending and pending[0] < end:
            s, e, slot = pending
            pieces += [text[cursor:s], slot] if s > cursor else [slot]
            cursor = e
            pending = next(slots, None)
        if cursor < end:
            pieces.append(text[cursor:end])
        lines.append(tuple(pieces))
        pos = end + 1
    return tuple(lines)


_FIXED = {"session", "date", "dateline", "header", "url", "province"}


def _movable(lines: tuple[tuple[Piece, ...], ...]) -> tuple[int, ...]:
    """Figure paragraphs: any order of them still reads as a report."""
    out = []
    for i, line in enumerate(lines[1:], start=1):
        kinds = {p.kind for p in line if isinstance(p, Slot)}
        literal = "".join(p for p in line if isinstance(p, str))
        if kinds & {"quantity", "ratio"} and not kinds & _FIXED and not literal.startswith("!["):
            out.append(i)
    return tuple(out)


@cache
def seed_templates(folder: Path | None = None) -> tuple[Template, ...]:
    folder = folder or seeds_dir()
    return tuple(
        parse_seed(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
    )


# --- drawing an article from a template ---------------------------------------


@cache
def schedule(seed: int) -> tuple[dt.date, ...]:
    """The synthetic history: session k (1-based) was held on `schedule[k - 1]`."""
    v = variation()
    rng = random.Random(f"{seed}/schedule")
    return tuple(
        v.first + dt.timedelta(days=k * v.quarter_days + rng.randint(-v.jitter_days, v.jitter_days))
        for k in range(v.sessions)
    )


def format_vi(value: float, decimals: int) -> str:
    """Vietnamese number format: `.` groups thousands, `,` marks decimals."""
    whole, _, frac = f"{value:,.{decimals}f}".partition(".")
    whole = whole.replace(",", ".")
    return f"{whole},{frac}" if decimals else whole


@dataclass
class _Draw:
    rng: random.Random
    session: int
    date: dt.date
    delta: int
    province: str
    eth: bool
    low: float
    high: float

    def render(self, slot: Slot) -> str:
        return _RENDER[slot.kind](self, slot)

    def session_text(self, slot: Slot) -> str:
        words = variation().ordinals
        if self.session in words and self.rng.random() < 0.5:
            return words[self.session]
        return str(self.session)

    def date_text(self, slot: Slot) -> str:
        sep, year = slot.parts
        d, m = self.date.day, self.date.month
        pad = self.rng.random() < 0.25
        day_month = f"{d:02d}{sep}{m:02d}" if pad else f"{d}{sep}{m}"
        prefix = self.rng.choice(variation().date_prefixes)
        return f"{prefix} {day_month}" + (f"/{self.date.year}" if year else "")

    def dateline_text(self, slot: Slot) -> str:
        hh, mm = self.rng.randint(6, 22), self.rng.randint(0, 59)
        return f"{self.date:%d/%m/%Y} - {hh:02d}:{mm:02d}"

    def header_text(self, slot: Slot) -> str:
        return f"date {self.date:%Y-%m}"

    def url_text(self, slot: Slot) -> str:
        return f"{self.date:%Y_%m_%d}"

    def year_text(self, slot: Slot) -> str:
        return str(int(slot.parts[0]) + self.delta)

    def province_text(self, slot: Slot) -> str:
        return self.province.replace("Đ", ETH) if self.eth else self.province

    def ratio_text(self, slot: Slot) -> str:
        part = self.rng.randint(max(1, int(slot.value * 0.3)), int(slot.value))
        return f"{format_vi(part, 0)}/{slot.parts[0]}"

    def quantity_text(self, slot: Slot) -> str:
        value = slot.value * self.rng.uniform(self.low, self.high)
        if slot.parts[0] == "%" and slot.value <= 100:
            value = min(value, 100.0)
        return format_vi(max(value, 10**-slot.decimals), slot.decimals)


_RENDER: dict[str, Callable[[_Draw, Slot], str]] = {
    "session": _Draw.session_text,
    "date": _Draw.date_text,
    "dateline": _Draw.dateline_text,
    "header": _Draw.header_text,
    "url": _Draw.url_text,
    "year": _Draw.year_text,
    "province": _Draw.province_text,
    "ratio": _Draw.ratio_text,
    "quantity": _Draw.quantity_text,
}


def generate(
    index: int, seed: int = 0, templates: tuple[Template, ...] | None = None
) -> GeneratedArticle:
    """Article `index` of the corpus drawn with `seed`: the same bytes every time."""
    templates = templates or seed_templates()
    template = templates[index % len(templates)]
    rng = random.Random(f"{seed}/{index}")
    dates = schedule(seed)
    session = rng.randint(1, len(dates))
    date = dates[session - 1]
    draw = _Draw(
        rng=rng,
        session=session,
        date=date,
        delta=date.year - template.base_year,
        province=rng.choice(province_names()),
        eth=template.uses_eth,
        low=variation().low,
        high=variation().high,
    )
    order = list(range(len(template.lines)))
    moved = list(template.movable)
    rng.shuffle(moved)
    for at, line in zip(template.movable, moved, strict=True):
        order[at] = line
    text = "\n".join(
        "".join(p if isinstance(p, str) else draw.render(p) for p in template.lines[i])
        for i in order
    )
    stated = {"day": f"{date:%Y-%m-%d}", "month": f"{date:%Y-%m}"}
    return GeneratedArticle(
        index=index,
        name=f"{index:06d}_{template.name.partition('_')[0]}.txt",
        template=template.name,
        text=text,
        session=session if template.has_session else None,
        date=stated.get(template.date_precision or ""),
        province=draw.province if template.has_province else None,
    )


def corpus(n: int, seed: int = 0) -> Iterator[GeneratedArticle]:
    templates = seed_templates()
    for index in range(n):
        yield generate(index, seed, templates)


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[GeneratedArticle]:
    """Write `n` articles as UTF-8 `.txt` files into `folder` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for article in corpus(n, seed):
        (folder / article.name).write_text(article.text, encoding="utf-8")
        out.append(article)
    return out
