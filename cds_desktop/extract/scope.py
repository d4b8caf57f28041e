"""Whose results a passage reports: the nation's, or one province's own.

A sentence that opens by naming a province after a lead (`Đối với tỉnh Ninh
Thuận,`, `Tại TP Đà Nẵng,`, `Tỉnh Hà Tĩnh có`, `UBND tỉnh Cà Mau cho biết`,
`Tại điểm cầu Cần Thơ,`) or with a colon (a heading: `Hà Nam: ...`),
possibly after a short opening clause (`6 tháng đầu năm, tỉnh Cà Mau ...`),
starts that province's own results, which run to the end of its paragraph.
So does a province that is the subject of the main clause after any opening
clauses (`Theo báo cáo của Sở ..., trong quý I, tỉnh Bình Định đạt ...`,
`Theo xếp hạng năm 2023, Hà Tĩnh đứng thứ ...`): it opens a comma-separated
stretch and a word (its verb, not `và`) follows it. A province named in a
bridge point, in a list of provinces or after `trong đó` is no subject and
leaves the figures national. A later paragraph that refers back to "the
province" (`toàn tỉnh`, `của tỉnh`, `trên địa bàn`) without naming one goes
on with the province of the paragraph before it; a sentence that opens on
the whole country (`Cả nước có ...`) ends a province's passage.
Province names and their spellings come from `resources/provinces.toml`,
the cue words from the `[scope]` table of `resources/figures.toml`.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from cds_desktop.extract.scan import WholeWords, alternation_trie
from cds_desktop.extract.text import fold
from cds_desktop.extract.vocab import vocabulary
from cds_desktop.paths import resources_dir

NATIONAL = "national"

_ORGANISER_GAP = 12  # characters at most between a province's name and its organising verb


@cache
def _names() -> dict[str, str]:
    """Folded spelling -> the province's display name."""
    with (resources_dir() / "provinces.toml").open("rb") as f:
        data = tomllib.load(f)
    out: dict[str, str] = {}
    for province in data["province"]:
        name = str(province["name"])
        for spelling in (name, *province.get("aliases", ())):
            out[fold(str(spelling))] = name
    return out


@cache
def _lead_pattern() -> re.Pattern[str]:
    vocab = vocabulary()
    leads = "|".join(re.escape(w) for w in vocab.scope_leads)
    kinds = "|".join(re.escape(w) for w in vocab.scope_kinds)
    heads = _alt(vocab.scope_kind_heads)
    return re.compile(
        r"(?:[^,;:]{0,40},\s*)?"
        rf"(?:(?:{leads})\s+(?:(?:{kinds})\s+)?|(?:(?:{heads})\s+)?(?:{kinds})\s+)"
        rf"(?P<name>{_name_alternatives()})(?!\w)"
    )


@cache
def _label_pattern() -> re.Pattern[str]:
    """A province's name and a colon opening a sentence: a heading or a
    label of the province's part (`Thái Nguyên: hồ sơ trực tuyến tăng mạnh`)."""
    kinds = "|".join(re.escape(w) for w in vocabulary().scope_kinds)
    return re.compile(rf"(?:(?:{kinds})\s+)?(?P<name>{_name_alternatives()})\s*:")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


@cache
def _name_alternatives() -> str:
    """Every spelling of a province as one regex alternation, written as a
    trie (`b(?:ắc (?:giang|ninh)|...)`): `re` tries the branches of an
    alternation one after another, which for the ~90 spellings was ~90 tries
    at every comma of every sentence; as a trie it is a few. A longer
    spelling is tried before a shorter one it extends, as in a longest-first
    list."""
    return alternation_trie(sorted(_names()))


@cache
def _opening_subject() -> re.Pattern[str]:
    """A bare province name opening a sentence as its subject, followed by a
    word (group `verb`): `Điện Biên là một trong những địa phương ...`, also
    with an aside in brackets between (`Lâm Đồng (sau hợp nhất với Bình
    Thuận và Đắk Nông) báo cáo ...`). A comma right after it (`Hà Nội,
    18/1/2024`) makes it a place or a list."""
    return re.compile(
        rf"(?P<name>{_name_alternatives()})(?!\w)(?:\s*\([^()\n]{{0,80}}\))?"
        rf"\s+(?P<verb>[^\W\d_]+)"
    )


@cache
def _contrast_pattern() -> re.Pattern[str]:
    """A province right after a word of contrast opening the sentence (`Còn
    Đà Nẵng, ...`, `Còn thành phố Huế ...`)."""
    vocab = vocabulary()
    return re.compile(
        rf"(?:{_alt(vocab.scope_contrasts)})\s+(?:(?:{_alt(vocab.scope_kinds)})\s+)?"
        rf"(?P<name>{_name_alternatives()})(?!\w)"
    )


@cache
def _first_words() -> frozenset[str]:
    """The first word of every spelling of a province (`điện` of `điện biên`)."""
    return frozenset(name.split(" ")[0] for name in _names())


@cache
def _subject_pattern() -> re.Pattern[str]:
    """A province opening a stretch after a comma (`, tỉnh Quảng Nam đạt`,
    `, Bắc Giang xếp thứ`), followed by a word (group `verb`) or by the `:`
    of a list's lead (`, toàn tỉnh Bến Tre:`): a comma or the end right after
    it makes it a list item or an aside."""
    vocab = vocabulary()
    kinds = "|".join(re.escape(w) for w in vocab.scope_kinds)
    return re.compile(
        rf",\s+(?:(?:{_alt(vocab.scope_kind_heads)})\s+)?(?:(?:{kinds})\s+)?"
        rf"(?P<name>{_name_alternatives()})(?!\w)(?:\s+(?P<verb>[^\W\d_]+)|\s*:)"
    )


@cache
def _national_lead() -> re.Pattern[str]:
    """`Cả nước`, `Trên toàn quốc` opening a sentence, or after one short opening clause."""
    vocab = vocabulary()
    return re.compile(
        rf"(?:[^,;:]{{0,60}},\s*)?(?:(?:{_alt(vocab.scope_national_heads)})\s+)?"
        rf"(?:{_alt(vocab.scope_national)})(?!\w)"
    )


@cache
def _back_reference() -> WholeWords:
    r"""`toàn tỉnh`, `của tỉnh`, `trên địa bàn`, `tỉnh đã` not followed by a
    name or by words of several provinces (`cả nước`, `các`), nor after a
    number or a word of several (`63 tỉnh có`, `các tỉnh đã`).

    Every branch opens on its word, so `re` skips to the words' first
    letters: the word boundary before them is `WholeWords`' test, and what
    may not stand before a subject is looked behind from its end (`tỉnh đã`
    not after `các `: `(?<!các\stỉnh đã)`). Opening on a look-behind, the
    pattern was tried at every character of each sentence naming a
    province's kind."""
    vocab = vocabulary()
    kinds = "|".join(re.escape(w) for w in vocab.scope_kinds)
    words = _alt(vocab.scope_back_references)
    several = _alt(vocab.scope_not_back_reference)
    not_after = (r"\d", *(re.escape(w) for w in vocab.scope_back_reference_not_after))
    # One fixed-width look-behind per word and subject: `re` takes no other kind.
    subjects = "|".join(
        re.escape(s) + "".join(rf"(?<!{w}\s{re.escape(s)})" for w in not_after)
        for s in vocab.scope_back_reference_subjects
    )
    return WholeWords(
        rf"(?:{words}|{subjects})(?!\w)"
        rf"(?!\s+(?:(?:{kinds})\s+)?(?:{_name_alternatives()}|{several})(?!\w))"
    )


def province_lead(folded_sentence: str) -> str | None:
    """The province whose own results a sentence reports: the one it opens on
    (`Đối với tỉnh Ninh Thuận, ...`), else the subject of its main clause
    after opening clauses, if any."""
    m = _lead_pattern().match(folded_sentence)
    if m is None and ":" in folded_sentence:  # a label needs its colon: most sentences lack one
        m = _label_pattern().match(folded_sentence)
    first = folded_sentence[: folded_sentence.find(" ")]
    # Few sentences open on a province's first word: a look at it spares the search.
    if m is None and first in _first_words():
        m = _opening_subject().match(folded_sentence)
        if m is not None and m["verb"] in vocabulary().scope_list_joins:
            m = None
    if m is None and first in vocabulary().scope_contrasts:
        m = _contrast_pattern().match(folded_sentence)
    if m:
        return _names()[m["name"]]
    # Every later subject follows `, `: most sentences need no search.
    if ", " not in folded_sentence:
        return None
    pattern = _subject_pattern()
    m = pattern.search(folded_sentence)
    while m is not None:
        if _is_subject(folded_sentence[: m.start()], m["verb"] or ""):
            return _names()[m["name"]]
        m = pattern.search(folded_sentence, m.start() + 1)
    return None


def _is_subject(opening: str, verb: str) -> bool:
    """Whether a province between the words `opening` and `verb` is the
    subject of the main clause: the words before it are opening clauses (no
    `;` or `:`, no other province: a list), it is no bridge point nor part
    of a national figure, and `verb` does not join it to another name."""
    vocab = vocabulary()
    if verb in vocab.scope_list_joins or ";" in opening or ":" in opening:
        return False
    return not any(w in opening for w in vocab.scope_not_subject_after) and not _named_in(opening)


def _named_in(words: str) -> bool:
    """Whether a province is named in `words`."""
    return _any_name().search(words) is not None


@cache
def _any_name() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_name_alternatives()})(?!\w)")


@cache
def _organiser_pattern() -> re.Pattern[str]:
    """`tỉnh Quảng Nam tổ chức` ending the words before a meeting's noun."""
    kinds = "|".join(re.escape(w) for w in vocabulary().scope_kinds)
    return re.compile(
        rf"(?<!\w)(?:{kinds})\s+(?P<name>{_name_alternatives()})(?!\w)"
        rf".{{0,{_ORGANISER_GAP}}}?(?<!\w)(?:{_alt(vocabulary().scope_organising)})\s*$"
    )


def organiser(before_noun: str, sentence: str) -> str | None:
    """The province that organises the meeting of `sentence` (folded), named
    with `tỉnh`/`thành phố` right before the organising verb that ends
    `before_noun` (`Ban Chỉ đạo Đề án 06 tỉnh Quảng Nam tổ chức` hội nghị);
    none when the sentence says the meeting is national (`toàn quốc`), or the
    province hosts it for others (`tại tỉnh ...`, `điểm cầu`)."""
    if any(w in sentence for w in (*vocabulary().scope_national, "điểm cầu")):
        return None
    m = _organiser_pattern().search(before_noun)
    if m is None or before_noun[: m.start()].rstrip().endswith(("tại", "ở")):
        return None
    return _names()[m["name"]]


@cache
def _unnamed_organiser_pattern() -> re.Pattern[str]:
    """`tỉnh tổ chức` ending the words before a meeting's noun, no name
    between; a comma may close the title the province's word ends before
    its verb (`Trưởng Ban Chỉ đạo chuyển đổi số tỉnh, chủ trì hội nghị`)."""
    kinds = "|".join(re.escape(w) for w in vocabulary().scope_kinds)
    return re.compile(rf"(?<!\w)(?:{kinds}),?\s+(?:{_alt(vocabulary().scope_organising)})\s*$")


def unnamed_organiser(before_noun: str, sentence: str, top: str) -> str | None:
    """The province of a meeting its own outlet reports as "the province's"
    (`Ban Chỉ đạo ... tỉnh tổ chức hội nghị`, no name: the headline `Lạng
    Sơn: ...` or the outlet `Báo Lạng Sơn` above it said which): the one
    province named in `top`, the folded text before the meeting's sentence;
    none when the meeting is national or hosted for others, or `top` names
    no province or several."""
    if any(w in sentence for w in (*vocabulary().scope_national, "điểm cầu")):
        return None
    if not before_noun.rstrip().endswith(vocabulary().scope_organising):
        return None  # the plain look spares the search in nearly every article
    if _unnamed_organiser_pattern().search(before_noun) is None:
        return None
    named = {_names()[n] for n in _any_name().findall(top)}
    return named.pop() if len(named) == 1 else None


def referred_back(folded_sentence: str, recent: str) -> str | None:
    """The province a sentence refers back to as "the province": `recent`,
    the one last reported on, if any (`Toàn tỉnh hiện có ...`); else the one
    it names before the reference (`Giám đốc Sở ... Sóc Trăng cho biết: "10
    tháng qua, tỉnh đã ...`), the last, not counting a partner it merged
    with (`sau hợp nhất với Kiên Giang, ... của tỉnh`); else, with no
    reference, the one it calls "the locality" right after its name
    (`biểu dương Đồng Tháp, địa phương có tỷ lệ ... cao nhất cả nước với
    82,6%`), when it names no other before. The reference is looked for
    once for all three."""
    m = _back_reference_in(folded_sentence)
    if m is None:
        return _in_apposition(folded_sentence)
    if recent != NATIONAL:
        return recent
    merged_with = vocabulary().scope_merged_with
    names = [
        n
        for n in _any_name().finditer(folded_sentence, 0, m.start())
        if not folded_sentence[: n.start()].rstrip().endswith(merged_with)
    ]
    return _names()[names[-1].group()] if names else None


_APPOSITION_JOINS = (", ", " là ")  # between a province's name and the word calling it a locality


def _in_apposition(folded_sentence: str) -> str | None:
    """The one province a sentence names and calls "the locality" right
    after. The word is found as such first, in one pass (`địa phương` is in
    many sentences, `bộ, ngành, địa phương`), then the last few words before
    its join looked up as a name."""
    for word in vocabulary().scope_appositions:
        at = folded_sentence.find(word)
        while at > 0:
            end = at + len(word)
            if end == len(folded_sentence) or not folded_sentence[end].isalnum():
                for join in _APPOSITION_JOINS:
                    if folded_sentence.endswith(join, 0, at):
                        named = _name_ending(folded_sentence, at - len(join))
                        if named is not None:
                            return named
            at = folded_sentence.find(word, end)
    return None


def _name_ending(folded_sentence: str, at: int) -> str | None:
    """The province whose name ends at `at`, when no other is named before it.
    The word before `at` is looked at first: most are no name's last word."""
    if folded_sentence[folded_sentence.rfind(" ", 0, at) + 1 : at] not in _last_words():
        return None
    before = folded_sentence[:at].rsplit(" ", _most_words())
    for k in range(len(before) - 1, 0, -1):  # the longest name first
        name = " ".join(before[-k:])
        if name in _names():
            return None if _named_in(folded_sentence[: at - len(name)]) else _names()[name]
    return None


@cache
def _last_words() -> frozenset[str]:
    """The last word of every spelling of a province (`tháp` of `đồng tháp`)."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in _names())


@cache
def _most_words() -> int:
    """The most words a province's spelling has."""
    return max(name.count(" ") + 1 for name in _names())


def national_lead(folded_sentence: str) -> bool:
    """Whether a sentence opens on the whole country (`Cả nước có ...`,
    `Thực hiện Đề án 06, cả nước có ...`): its figures are national even in
    a paragraph a province's lead began."""
    # The words are looked for as such first: most sentences hold none.
    return any(map(folded_sentence.__contains__, vocabulary().scope_national)) and bool(
        _national_lead().match(folded_sentence)
    )


_NATIONAL_VALUE_WORDS = 5  # at most this many words between `cả nước` and the figure


@cache
def _national_value() -> re.Pattern[str]:
    vocab = vocabulary()
    return re.compile(
        rf"(?<!\w)(?:{_alt(vocab.scope_national)})(?!\w)"
        rf"(?P<gap>(?:\s*\(?\s*[^\W\d_]+){{0,{_NATIONAL_VALUE_WORDS}}})\s*[(:]?\s*$"
    )


def national_value(folded_before: str) -> bool:
    """Whether the words right before a figure (folded, from its sentence)
    make it the whole country's inside a province's passage: `cả nước` or
    `toàn quốc` a few words before it, with no comma, number or
    `with`-like word between, a bracket or a colon may end them
    (`bình quân cả nước (khoảng 40%)`, `đạt 68,2% (cả nước: 44,6%)`, `cả
    nước đã cấp 80 triệu thẻ`; not `đứng đầu cả nước với 95%`)."""
    if not any(map(folded_before.__contains__, vocabulary().scope_national)):
        return False
    m = _national_value().search(folded_before)
    if m is None:
        return False
    gap = f" {m['gap']} "
    return not any(f" {w} " in gap for w in vocabulary().scope_national_value_not_gap)


@cache
def _level_words() -> tuple[str, ...]:
    """`[scope] national_level`, each with the blank before the figure."""
    return tuple(f"{w} " for w in vocabulary().scope_national_level)


def national_level(folded: str, start: int, end: int) -> bool:
    """Whether the figure at `start:end` of `folded` is named the country's
    level around it (`cao hơn mức 48,9% của cả nước`): a level, not a gap,
    even after a comparison, and the country's inside a province's passage."""
    if not folded.endswith(_level_words(), 0, start):
        return False
    after = folded[end : end + 16]
    return any(after.startswith((f" {w}", f" của {w}")) for w in vocabulary().scope_national)


def _back_reference_in(folded_sentence: str) -> re.Match[str] | None:
    """The first back reference in a sentence, if any."""
    # The words are looked for as such first: most sentences hold none, and
    # most hold not even the few keys, which are fewer scans.
    if not (
        any(map(folded_sentence.__contains__, _back_reference_keys()))
        and any(map(folded_sentence.__contains__, _back_reference_words()))
    ):
        return None
    return _back_reference().search(folded_sentence)


def _back_reference_words() -> tuple[str, ...]:
    """Every word `_back_reference` opens on: a sentence holding none of them
    needs no search."""
    vocab = vocabulary()
    return (*vocab.scope_back_references, *vocab.scope_back_reference_subjects)


@cache
def _back_reference_keys() -> tuple[str, ...]:
    """A part every back-reference word holds: the province's kind in it
    (`tỉnh` of `toàn tỉnh` and `tỉnh đã`), else the word itself (`trên địa
    bàn`). Every sentence of a national passage is asked whether it refers
    back: three scans of it for the keys, where the words took fourteen."""
    kinds = vocabulary().scope_kinds
    keys = (next((k for k in kinds if k in word), word) for word in _back_reference_words())
    return tuple(dict.fromkeys(keys))
