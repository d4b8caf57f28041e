"""Reporting periods as the articles write them, normalised to `Period`s.

`quý I năm 2024` -> 2024-Q1, `6 tháng đầu năm 2022` -> 2022-H1, `5 tháng đầu
năm 2022` -> 2022-01/2022-05, `tháng 6/2022` -> 2022-06, `hết ngày 30/6` and
`Tính đến 30/9/2024` -> an as-of day, `nửa đầu năm 2025` -> 2025-H1,
`quý đầu năm` -> the year's first quarter, `năm nay` and `đến cuối năm` ->
the meeting's year, `năm 2023` / `đến cuối năm 2023` /
`đến năm 2025` -> a year, `giai đoạn 2021-2025` -> the run 2021-01/2025-12 for a rate per year, or
2025 for what is reached within it, `Qua 6 tháng,` / `sau 11 tháng,` /
`trong 9 tháng` -> the months of the year so far, `từ đầu năm (đến nay)`
and `từ tháng 7/2022 đến nay` -> a run of months up to the meeting. A phrase without its year
(`6 tháng đầu năm`, `nửa đầu năm nay`, `năm nay`) takes the meeting's year
and says it was inferred. The period a meeting reviews (`sơ kết 6 tháng đầu
năm 2024`) dates the figures that state none (`reviewed_period`). A year that
names a plan (`Kế hoạch hoạt động năm 2024`) is no period; a comparison
base (`so với cùng kỳ năm 2022`, `gấp đôi năm 2023`) is not the figure's
period but tells it: the year after.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from cds_desktop.extract.model import Period
from cds_desktop.extract.scan import AnchoredPattern
from cds_desktop.extract.vocab import vocabulary


# Periods are made for every period phrase of every article, from few
# distinct values; a `Period` is immutable, so one made is reused.
@lru_cache(maxsize=4096)
def year_period(year: int) -> Period:
    return Period(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31")


@lru_cache(maxsize=4096)
def months_period(year: int, first: int, last: int) -> Period:
    """A run of months; halves and quarters get their own labels."""
    end = f"{year:04d}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
    start = f"{year:04d}-{first:02d}-01"
    if (first, last) == (1, 12):
        return year_period(year)
    if first == last:
        return Period(f"{year:04d}-{first:02d}", start, end)
    if (first, last) in ((1, 6), (7, 12)):
        return Period(f"{year:04d}-H{1 if first == 1 else 2}", start, end)
    if last - first == 2 and first % 3 == 1:
        return Period(f"{year:04d}-Q{(first + 2) // 3}", start, end)
    return Period(f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", start, end)


def month_run(first_year: int, first: int, last_year: int, last: int) -> Period | None:
    """The months from `first`/`first_year` to `last`/`last_year` (`từ tháng
    7/2022 đến nay` said in May 2024: 2022-07/2024-05), or None when the
    first comes after the last."""
    if (first_year, first) > (last_year, last):
        return None
    if first_year == last_year:
        return months_period(first_year, first, last)
    end = months_period(last_year, last, last).end
    label = f"{first_year:04d}-{first:02d}/{last_year:04d}-{last:02d}"
    return Period(label, f"{first_year:04d}-{first:02d}-01", end)


@lru_cache(maxsize=256)
def years_period(first: int, last: int) -> Period:
    """A run of whole years (`giai đoạn 2021-2025`: 2021-01/2025-12)."""
    if first == last:
        return year_period(first)
    return Period(f"{first:04d}-01/{last:04d}-12", f"{first:04d}-01-01", f"{last:04d}-12-31")


@lru_cache(maxsize=4096)
def day_period(year: int, month: int, day: int) -> Period | None:
    try:
        iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    return Period(iso, iso, iso)


def date_period(iso: str) -> Period | None:
    """The period a meeting date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) stands for."""
    parts = iso.split("-")
    # ASCII digits only: `str.isdigit` also accepts `²`, which `int` refuses.
    if not all(p.isascii() and p.isdigit() for p in parts) or not 1 <= len(parts) <= 3:
        return None
    year = int(parts[0])
    if not 1 <= year <= 9999:
        return None
    if len(parts) == 1:
        return year_period(year)
    month = int(parts[1])
    if not 1 <= month <= 12:
        return None
    if len(parts) == 2:
        return months_period(year, month, month)
    return day_period(year, month, int(parts[2]))


_HALF_OR_QUARTER = re.compile(r"(\d{4})-(?:H([12])|Q([1-4]))")
_DATE_LABEL = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def label_period(label: str) -> Period | None:
    """The `Period` a label names (`2024`, `2024-H1`, `2024-Q1`, `2024-06`,
    `2024-06-30`), or None: the way back from `Period.label`."""
    if m := _HALF_OR_QUARTER.fullmatch(label):
        year = int(m[1])
        if m[2]:
            half = int(m[2])
            return months_period(year, 6 * half - 5, 6 * half)
        quarter = int(m[3])
        return months_period(year, 3 * quarter - 2, 3 * quarter)
    return date_period(label) if _DATE_LABEL.fullmatch(label) else None


def period_bounds(label: str) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a period label, a run `2022-01/2022-05`
    included; (None, None) when it is not one (a user may type anything)."""
    first, slash, last = label.strip().partition("/")
    a = label_period(first)
    b = label_period(last) if slash else a
    if a is None or b is None:
        return None, None
    return a.start, b.end


class PeriodPhrase(NamedTuple):
    """A period phrase found in the text (offsets into it).

    A named tuple, not a frozen dataclass: each period phrase of every
    article makes one, and a frozen dataclass's `__init__` sets each field
    through `object.__setattr__` (~7K instructions a phrase against ~1K)."""

    start: int
    end: int
    period: Period
    year_inferred: bool  # its year came from the meeting, not from the phrase


class Comparison(NamedTuple):
    """`so với (cùng kỳ) năm 2022`: the figure it follows belongs to the next
    year. A named tuple, as `PeriodPhrase` is."""

    start: int
    end: int
    period: Period


def _months_so_far() -> str:
    """What makes `N tháng` the year's first N months (`Qua 6 tháng,`, `sau
    11 tháng,`, `trong 9 tháng là`, `10 tháng qua`, `GDP 9 tháng đạt`), not a
    duration (`sau 1 tháng thí điểm`, `trong vòng 6 tháng`): one of
    `months_so_far_before` before it and a stop or one of `months_so_far_verbs`
    after it, or one of `months_so_far_after` after it."""
    vocab = vocabulary()
    lead = "|".join(
        rf"(?<={re.escape(w)} \d tháng)|(?<={re.escape(w)} \d\d tháng)"
        for w in vocab.months_so_far_before
    )
    verbs = "|".join(map(re.escape, vocab.months_so_far_verbs))
    after = "|".join(map(re.escape, vocab.months_so_far_after))
    return rf"(?:{lead})(?=[,.;:]| (?:{verbs})(?!\w))|(?= (?:{after})(?!\w))"


def _not_a_duration() -> str:
    """`trong vòng 6 tháng đạt 95%` is how fast, not which months."""
    return "".join(rf"(?<!{re.escape(w)} )" for w in vocabulary().months_so_far_not_after)


@cache
def _phrase_pattern() -> AnchoredPattern:
    """Every phrase starts on one of the anchor words (`cuối năm`, `hết
    năm` and `nửa` among them) or on the one or two digits or the count in
    words (`chín tháng`) before ` tháng`: scanning for those words first is
    2-3x faster."""
    roman = "|".join(sorted(vocabulary().roman, key=len, reverse=True))
    year_end_not = "|".join(map(re.escape, vocabulary().year_end_not_before))
    words = sorted(vocabulary().month_numbers, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:"
        rf"(?P<n>\d{{1,2}}|{'|'.join(words)}) tháng"
        r" (?:(?P<dir>đầu|cuối) năm(?: (?P<y1>\d{4}))?|năm (?P<y7>\d{4}))"
        r"|giai đoạn (?P<from>\d{4}) ?- ?(?P<to>\d{4})"
        rf"|quý (?P<q>{roman}|[1-4])(?!\w)(?:(?: năm |/)(?P<y2>\d{{4}}))?"
        r"|ngày (?P<d>\d{1,2})/(?P<dm>\d{1,2})(?:/(?P<y3>\d{4}))?"
        r"|tháng (?P<m>\d{1,2})(?:(?:/| năm )(?P<y4>\d{4}))?"
        r"|(?:cuối |hết )?năm (?P<y5>\d{4})"
        rf"|(?:cuối|hết) năm(?! (?:{year_end_not}))"
        r"|nửa (?P<half>đầu|cuối) năm(?: (?P<y9>\d{4})| nay)?"
        r"|quý (?P<qdir>đầu|cuối) năm(?: (?P<y10>\d{4})| nay)?"
        r"|năm (?P<this>nay)"
        rf"|{_not_a_duration()}(?P<past>\d{{1,2}}) tháng(?:{_months_so_far()})"
        r"|đến (?:(?P<y6>\d{4})|(?:hết )?(?P<d2>\d{1,2})/(?P<dm2>\d{1,2})(?:/(?P<y8>\d{4})|(?=,)))"
        r"|(?<=tính )đến (?:hết )?(?P<d3>\d{1,2})/(?P<dm3>\d{1,2})"
        r"|từ (?:(?P<since_year>đầu năm)(?: nay| (?P<since_y>\d{4})(?= đến nay))?"
        r"|tháng (?P<sm>\d{1,2})/(?P<sy>\d{4})(?= đến nay))"
        r"(?P<until_now> đến nay)?"
        r")(?![\w/])"
    )
    # `cuối năm 2023`, `hết năm 2023` and `nửa đầu năm` are found by their
    # own first words: a scan of the article each, where trying the pattern
    # at four more starts before every `năm` (the commonest of the words)
    # cost more.
    return AnchoredPattern(
        pattern,
        (
            *("quý", "ngày", "tháng", "năm", "đến", "giai đoạn", "cuối năm", "hết năm", "nửa"),
            *("từ đầu năm", "từ tháng"),
        ),
        # `tháng` after one or two digits, or after a count in words.
        {"tháng": tuple(sorted({-3, -2, 0, *(-len(w) - 1 for w in words)}))},
    )


@cache
def _blocking_words() -> tuple[str, ...]:
    vocab = vocabulary()
    return (*vocab.naming, *vocab.comparison, *vocab.published)


def _blocked(folded: str, start: int) -> bool:
    """A plan's name, a comparison or a word of publishing ends within the 40
    characters before a phrase, only blanks and one `đến` after it (`Kế
    hoạch hoạt động năm 2024`, `so với đến năm 2022`, `công bố tháng
    7/2024`), or a document's number right before it (`Quyết định số
    06/QĐ-TTg ngày 6/1/2022`: the day it was signed, which dates no
    figure): the phrase is no period. Read from the end
    of the stripped characters, where a regular-expression search (the words,
    blanks, `đến`, the end) tried the words at each of the 40."""
    before = folded[max(0, start - 40) : start].rstrip()
    words = _blocking_words()
    if before.endswith(words):
        return True
    if before.endswith("đến") and before.removesuffix("đến").rstrip().endswith(words):
        return True
    return "/" in before and _DOCUMENT_NUMBER_BEFORE.search(before) is not None


# A document's number ending the words before a date (`số 06/QĐ-TTg`,
# `Nghị định 13/2023/NĐ-CP`): digits, then letter codes after a `/`, joined by `-`.
_DOCUMENT_NUMBER_BEFORE = re.compile(r"\d+(?:/\d+)*/[^\W\d_]+(?:-[^\W\d_]+)*$")


# Every comparison starts on `so với`, `lần năm` or `gấp` (see `scan.py`):
# not on `lần` alone, which is common (`tăng 3 lần`) and never the start of a
# comparison without `năm`. `gấp` alone is rare enough, and one scan of the
# article (~6 us) where `gấp đôi năm` and `gấp rưỡi năm` took two.
_COMPARISON = AnchoredPattern(
    re.compile(r"(?:so với (?:cùng kỳ |cuối )?|lần |gấp (?:đôi|rưỡi) )năm (?P<y>\d{4})(?!\w)"),
    ("so với", "lần năm", "gấp"),
    {},
)


def _sentence_near(folded: str, start: int, end: int, reach: int = 60) -> str:
    """The text up to `reach` characters either side of `folded[start:end]`
    that lies in its sentence (cut at `. `, `;` and line ends)."""
    before = folded[max(0, start - reach) : start]
    cut = max(before.rfind(". "), before.rfind(";"), before.rfind("\n"))
    after = folded[end : end + reach]
    stops = [i for i in (after.find(". "), after.find(";"), after.find("\n")) if i >= 0]
    return before[cut + 1 :] + folded[start:end] + after[: min(stops, default=len(after))]


def ends_on_word(text: str, word: str) -> bool:
    """Whether `text` ends on `word` taken whole."""
    return text.endswith(word) and (len(text) == len(word) or not text[-len(word) - 1].isalnum())


def _after_word(text: str, words: tuple[str, ...]) -> bool:
    """`text` (stripped) ends on one of `words` as a whole word."""
    text = text.rstrip()
    return any(ends_on_word(text, w) for w in words)


def _span(folded: str, m: re.Match[str]) -> Period | None:
    """`giai đoạn 2021-2025`: the run of its years for a rate per year near it
    in its sentence, the end year for a figure reached within it (after
    `trong`, `cả`...), else None: the span names a plan (`Chương trình
    chuyển đổi số quốc gia giai đoạn 2021-2025`)."""
    first, last = int(m["from"]), int(m["to"])
    if not 1900 <= first < last <= 2200:
        return None
    vocab = vocabulary()
    near = _sentence_near(folded, m.start(), m.end())
    if any(w in near for w in vocab.per_year):
        return years_period(first, last)
    if _after_word(folded[max(0, m.start() - 20) : m.start()], vocab.span_leads):
        return year_period(last)
    return None


class RunEnds(NamedTuple):
    """Where a run of months up to the meeting ends: `đến nay` at the
    meeting's own month, a bare `từ đầu năm` at the end of the period the
    meeting reviews (a February briefing held on 6 March: 2024-01/2024-02)."""

    now: Period  # the meeting's date
    reviewed: Period  # the period the meeting reviews, else its date


def _run_to_date(m: re.Match[str], ends: RunEnds | None) -> Period | None:
    """`Từ đầu năm đến nay` said on 16/7/2024: 2024-01/2024-07; `từ đầu năm`
    at a briefing on February: 2024-01/2024-02; `từ đầu năm 2023 đến nay`
    said in May 2023: 2023-01/2023-05; `từ tháng 7/2022 đến nay` said in May
    2024: 2022-07/2024-05. None without a meeting to end it."""
    if ends is None:
        return None
    end = ends.now if m["until_now"] else ends.reviewed
    year, month = int(end.end[:4]), int(end.end[5:7])
    if m["since_year"]:
        return month_run(int(m["since_y"]) if m["since_y"] else year, 1, year, month)
    first = int(m["sm"])
    return month_run(int(m["sy"]), first, year, month) if 1 <= first <= 12 else None


def is_run_to_date(folded: str, phrase: PeriodPhrase) -> bool:
    """Whether a phrase is a run up to now (`từ đầu năm`, `từ tháng 7/2022
    đến nay`): the only phrases that open on `từ`."""
    return folded.startswith("từ", phrase.start)


def _build(
    m: re.Match[str], default_year: int | None, ends: RunEnds | None
) -> tuple[Period | None, bool]:
    if m["since_year"] or m["sm"]:
        return _run_to_date(m, ends), True
    year_text = next(
        filter(None, m.group("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10")), None
    )
    year = int(year_text) if year_text else default_year
    inferred = year_text is None
    if year is None or not 1900 <= year <= 2200:
        return None, inferred
    if m["n"] or m["past"]:
        count = m["n"] or m["past"]
        n = vocabulary().month_numbers.get(count) or int(count)
        if not 1 <= n <= 12:
            return None, inferred
        first, last = (13 - n, 12) if m["dir"] == "cuối" else (1, n)
        return months_period(year, first, last), inferred
    if m["half"]:
        return months_period(year, *((1, 6) if m["half"] == "đầu" else (7, 12))), inferred
    if m["qdir"]:
        return months_period(year, *((1, 3) if m["qdir"] == "đầu" else (10, 12))), inferred
    if m["q"]:
        q = vocabulary().roman.get(m["q"]) or int(m["q"])
        return months_period(year, 3 * q - 2, 3 * q), inferred
    if m["d"] or m["d2"] or m["d3"]:
        days = (m.group("d", "dm"), m.group("d2", "dm2"), m.group("d3", "dm3"))
        day, month = next(d for d in days if d[0])
        return day_period(year, int(month), int(day)), inferred
    if m["m"]:
        month = int(m["m"])
        return (months_period(year, month, month) if 1 <= month <= 12 else None), inferred
    return year_period(year), inferred


def find_periods(
    folded: str, start: int, end: int, default_year: int | None, ends: RunEnds | None = None
) -> list[PeriodPhrase]:
    """Period phrases in `folded[start:end]` that give a figure's period; a
    run up to now (`từ đầu năm`) is one only with the meeting's `ends`.
    Never raises."""
    out = []
    for m in _phrase_pattern().finditer(folded, start, end):
        if _blocked(folded, m.start()):
            continue
        if m["from"]:
            period, inferred = _span(folded, m), False
        else:
            period, inferred = _build(m, default_year, ends)
        if period is not None:
            out.append(PeriodPhrase(m.start(), m.end(), period, inferred))
    return out


# A year labelling a line of a year-by-year list (`2023 – 46,2 triệu`), not a
# span of years (`2021 - 2025: ...`).
_YEAR_LABEL = re.compile(r"\d{4}(?= ?[–—:-] ?\d)(?! ?[–—:-] ?\d{4}(?![\d.,]))")


def year_label(folded: str, start: int) -> PeriodPhrase | None:
    """The year labelling the line a sentence opens at `start`, if any: the
    period of that line's figures alone, so it is looked for in the few
    sentences with figures (a line opening on four digits), not in the
    article with the phrases, where it would date the lines under it."""
    if not folded[start : start + 4].isdigit() or (start and folded[start - 1] != "\n"):
        return None
    m = _YEAR_LABEL.match(folded, start)
    if m is None or not 1900 <= int(m.group()) <= 2200:
        return None
    return PeriodPhrase(m.start(), m.end(), year_period(int(m.group())), False)


def find_comparisons(folded: str, start: int, end: int) -> list[Comparison]:
    """Comparison bases with a year, each giving the year after it."""
    out = []
    for m in _COMPARISON.finditer(folded, start, end):
        year = int(m["y"]) + 1
        if 1900 <= year <= 2200:
            out.append(Comparison(m.start(), m.end(), year_period(year)))
    return out


@cache
def _review_pattern() -> AnchoredPattern:
    """A review word, up to eight words of letters (`tổng kết công tác`,
    `đánh giá tình hình thực hiện chuyển đổi số`), then the stretch reviewed.
    The words between hold no digit but a programme's number (`đánh giá kết
    quả thực hiện Đề án 06 trong 5 tháng`, group `programme`), and no stop, so
    a stretch is never read across another number (`giao ban Đề án 06: ...`)
    or clause."""
    vocab = vocabulary()
    programmes = "|".join(sorted(vocab.review_programmes, key=len, reverse=True))
    roman = "|".join(sorted(vocab.roman, key=len, reverse=True))
    count = "|".join(sorted(vocab.review_numbers, key=len, reverse=True))
    leads = "|".join(sorted(vocab.review_leads, key=len, reverse=True))
    after = "|".join(sorted(vocab.review_after, key=len, reverse=True))
    word = rf"(?:(?P<programme>{programmes})(?: số)? \d{{1,3}}(?!\w)|[^\W\d]+)"
    pattern = re.compile(
        rf"(?:(?:{leads})(?: {word}){{0,8}}?"
        rf"|(?P<weak>{after})) (?:"
        rf"(?P<n>\d{{1,2}}|{count}) tháng(?: đầu)?(?: năm)?(?:[ /](?P<y1>\d{{4}}))?"
        rf"|quý (?P<q>{roman}|[1-4])(?:(?: năm |/)(?P<y2>\d{{4}}))?"
        r"|tháng (?P<m>\d{1,2})(?:(?:/| năm )(?P<y3>\d{4}))?"
        r"|năm (?P<y4>\d{4})"
        rf"|(?P<years>\d{{1,2}}|{count}) năm"
        r"(?:[^.;\n()]{0,40}\((?P<from>\d{4}) ?- ?(?P<to>\d{4})\))?"
        r")(?![\w/])"
    )
    return AnchoredPattern(pattern, (*vocab.review_leads, *vocab.review_after), {})


def _count(text: str) -> int:
    return vocabulary().review_numbers.get(text) or int(text)


def _reviewed(m: re.Match[str], year: int, month: int) -> Period | None:
    """The period a review phrase names; a stretch without its year is the
    latest one that ended by the meeting's month (`sơ kết 6 tháng` in July:
    this year's first half; `tổng kết 1 năm` in January: last year)."""
    if m["n"]:
        n = _count(m["n"])
        y = int(m["y1"]) if m["y1"] else year - (n > month)
        return months_period(y, 1, n) if 1 <= n <= 12 else None
    if m["q"]:
        q = vocabulary().roman.get(m["q"]) or int(m["q"])
        y = int(m["y2"]) if m["y2"] else year - (3 * q - 2 > month)
        return months_period(y, 3 * q - 2, 3 * q)
    if m["m"]:
        mm = int(m["m"])
        y = int(m["y3"]) if m["y3"] else year - (mm > month)
        return months_period(y, mm, mm) if 1 <= mm <= 12 else None
    if m["y4"]:
        return year_period(int(m["y4"]))
    if m["from"]:
        first, last = int(m["from"]), int(m["to"])
        return years_period(first, last) if first < last else None
    n = _count(m["years"])
    return years_period(year - n, year - 1) if 1 <= n <= 10 else None


def reviewed_period(
    folded: str, meeting: Period | None, lead: tuple[int, int] | None
) -> PeriodPhrase | None:
    """The period the meeting reviews, from the article's first review phrase
    (`sơ kết ... 6 tháng đầu năm 2024`): the period of a figure that states
    none. A stretch after `sau`/`qua` (`kinh tế số ước chiếm 14,1% GDP sau 9
    tháng, theo báo cáo tại phiên họp ... chiều 14/10`) is the meeting's only
    in `lead`, the paragraph that dates the meeting, and only when no review
    word names one: in a later paragraph (`Báo cáo tại phiên họp nêu rõ, sau
    11 tháng, ...`) it dates its own sentence, and the rest is as of the
    meeting's day. A review of a named programme (`đánh giá kết quả thực hiện
    Đề án 06 trong 10 tháng`) names the meeting's stretch only in the lead: in
    a later paragraph (`các đại biểu đánh giá việc thực hiện Đề án 06 năm
    2024`) it is what the speakers discussed, and the figures are as of the
    meeting's day."""
    if meeting is None:
        return None
    year, month = int(meeting.end[:4]), int(meeting.end[5:7])
    weak = None
    for m in _review_pattern().finditer(folded):
        in_lead = lead is not None and lead[0] <= m.start() < lead[1]
        if m["programme"] and not in_lead:
            continue
        if m["weak"]:
            if weak is None and in_lead and (m["n"] or m["q"]):
                weak = m
            continue
        period = _reviewed(m, year, month)
        if period is not None:
            return PeriodPhrase(m.start(), m.end(), period, True)
    if weak is not None:
        period = _reviewed(weak, year, month)
        if period is not None:
            return PeriodPhrase(weak.start(), weak.end(), period, True)
    return _reported_stretch(folded, meeting, lead)


def _reported_stretch(
    folded: str, meeting: Period, lead: tuple[int, int] | None
) -> PeriodPhrase | None:
    """With no review word, the stretch of the year the meeting's report
    covers, when a sentence of the lead that names the report states one
    (`Tỷ trọng kinh tế số trong GDP 9 tháng năm 2025 ước đạt 14,2%, theo báo
    cáo tại phiên họp ... chiều 16/10`): the session hears that stretch's
    results. Only months, quarters and halves that ended by the meeting: a
    year or a day names one figure's time, not a report's. Outside the lead
    such a stretch dates its own sentence only (`Báo cáo tại phiên họp nêu
    rõ, sau 11 tháng, ...` under a lead that states none)."""
    if lead is None:
        return None
    start, end = lead
    year = int(meeting.start[:4])
    for word in vocabulary().review_reports:
        at = folded.find(word, start, end)
        while at >= 0:
            first = max(folded.rfind(". ", start, at) + 2, start)
            stop = folded.find(". ", at, end)
            for p in find_periods(folded, first, end if stop < 0 else stop, year):
                within_year = p.period.start[:4] == p.period.end[:4]
                months = p.period.start[:7] != p.period.end[:7] and len(p.period.label) > 4
                if within_year and months and p.period.end <= meeting.end:
                    return PeriodPhrase(p.start, p.end, p.period, True)
            at = folded.find(word, at + 1, end)
    return None
