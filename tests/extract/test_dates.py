"""Vietnamese date phrases, datelines, headers and image-URL dates."""

from __future__ import annotations

import pytest

from cds_desktop.extract.dates import (
    dateline,
    day_phrases,
    header_date,
    image_dates,
    is_date,
    iso,
    month_phrases,
)
from cds_desktop.extract.text import image_lines


def parsed(text: str) -> list[tuple[str, int | None, int, int | None]]:
    return [(text[p.start : p.end], p.year, p.month, p.day) for p in day_phrases(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "year", "month", "day"),
    [
        ("Sáng ngày 24/4/2024, Ủy ban", "Sáng ngày 24/4/2024", 2024, 4, 24),
        ("Chiều 6/2, Thủ tướng", "Chiều 6/2", None, 2, 6),
        ("(CT) - Ngày 10-7, Thủ tướng", "Ngày 10-7", None, 7, 10),
        ("Chiều thứ Năm, 21/9, Thủ tướng", "Chiều thứ Năm, 21/9", None, 9, 21),
        ("Ngày 12-10-2023, Ban Chỉ đạo", "Ngày 12-10-2023", 2023, 10, 12),
        ("Sáng 15/3/2024, tại Hà Nội", "Sáng 15/3/2024", 2024, 3, 15),
        ("ngày 24 tháng 4 năm 2024, Ủy ban", "ngày 24 tháng 4 năm 2024", 2024, 4, 24),
        ("Tối 29/2/2024 họp", "Tối 29/2/2024", 2024, 2, 29),
        ("SÁNG NGÀY 5/1/2023 họp", "SÁNG NGÀY 5/1/2023", 2023, 1, 5),
        ("Sáng nay (24/4), tại Hà Nội", "Sáng nay (24/4)", None, 4, 24),
        ("Hôm qua (6/2), Ủy ban", "Hôm qua (6/2)", None, 2, 6),
        ("Chiều 6-2 họp", "Chiều 6-2", None, 2, 6),
    ],
)
def test_day_phrases(text: str, phrase: str, year: int | None, month: int, day: int) -> None:
    assert parsed(text) == [(phrase, year, month, day)]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 31/2/2024 họp",  # no 31 February
        "ngày 0/13/2024",  # no day 0, no month 13
        "Sáng 29/2/2023, họp",  # 2023 is not a leap year
        "có 17/72 cơ sở y tế",  # a ratio: no leading word
        "đạt 19/21 bộ",
        "ngày 1.418 lượt",  # a number, not 1/4
        "giai đoạn 2021-2025",
        "sáng 12/10,5",  # a decimal runs on
    ],
)
def test_not_day_phrases(text: str) -> None:
    assert day_phrases(text) == []


def test_day_phrase_offsets_survive_no_break_spaces_and_eth() -> None:
    text = "x\u00a0Sáng\u00a0ngày\u00a024/4/2024 \u00d0ồng chí"
    [p] = day_phrases(text)
    assert text[p.start : p.end] == "Sáng\u00a0ngày\u00a024/4/2024"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trong tháng 11/2023, Ủy ban", [("tháng 11/2023", 2023, 11)]),
        ("tháng 6 năm 2022 đạt", [("tháng 6 năm 2022", 2022, 6)]),
        ("tháng 13/2022", []),
        ("6 tháng đầu năm 2022", []),
    ],
)
def test_month_phrases(text: str, found: list[tuple[str, int, int]]) -> None:
    assert [(text[p.start : p.end], p.year, p.month) for p in month_phrases(text)] == found


@pytest.mark.parametrize(
    ("text", "raw", "date"),
    [
        ("10/07/2024 - 20:53\n\nTiêu đề\n", "10/07/2024", (2024, 7, 10)),
        ("21/09/2023 08:15\nTiêu đề\n", "21/09/2023", (2023, 9, 21)),
        ("Thứ Bảy, 13/01/2024 - 11:05\nTiêu đề\n", "13/01/2024", (2024, 1, 13)),
        ("  10/07/2024\u00a0\nTiêu đề\n", "10/07/2024", (2024, 7, 10)),
        ("Thứ Tư, 10/07/2024, 20:53 (GMT+7)\nTiêu đề\n", "10/07/2024", (2024, 7, 10)),
        ("Cập nhật: 10/07/2024 20h53\nTiêu đề\n", "10/07/2024", (2024, 7, 10)),
        # The family news sites use, written anew (other days and sites).
        ("Thứ Ba, 3/12/2024 09:15 (GMT+7)\nTiêu đề\n", "3/12/2024", (2024, 12, 3)),
        ("07:40 | 15/03/2022\n\nTiêu đề\n", "15/03/2022", (2022, 3, 15)),
        ("06/06/2023 17:02\nTiêu đề\n", "06/06/2023", (2023, 6, 6)),
        ("Cập nhật: 08:11 ngày 21/10/2023\nTiêu đề\n", "21/10/2023", (2023, 10, 21)),
        ("09h05 ngày 02/01/2025\nTiêu đề\n", "02/01/2025", (2025, 1, 2)),
        ("Chủ nhật, 14-04-2024, 06:30\nTiêu đề\n", "14-04-2024", (2024, 4, 14)),
        ("31/05/2023 21:10 GMT+7\nTiêu đề\n", "31/05/2023", (2023, 5, 31)),
        ("Ngày đăng: 19/08/2022\nTiêu đề\n", "19/08/2022", (2022, 8, 19)),
        ("Thứ 6, 27/09/2024 - 14:00\nTiêu đề\n", "27/09/2024", (2024, 9, 27)),
        ("10:25 | Thứ Hai, 11/11/2024\nTiêu đề\n", "11/11/2024", (2024, 11, 11)),
        ("Đà Nẵng, ngày 20/5/2024\nTiêu đề\n", "20/5/2024", (2024, 5, 20)),
        ("Thứ Tư, 02.10.2024 | 16:45 (GMT+07:00)\nTiêu đề\n", "02.10.2024", (2024, 10, 2)),
        ("Thứ\u00a0Hai,\u00a004/03/2024\u00a0-\u00a007:15\nTiêu đề\n", "04/03/2024", (2024, 3, 4)),
        ("Cập\u00a0nhật\u00a0lúc\u00a006:05,\u00a009/09/2022\nTin\n", "09/09/2022", (2022, 9, 9)),
        ("CẬP NHẬT LÚC 06:05, 09/09/2022\nTIÊU ĐỀ\n", "09/09/2022", (2022, 9, 9)),
        # A dateline opening the first paragraph, news-agency style.
        ("Tiêu đề\nCần Thơ, 8/3/2024 (TTXVN) - Sáng 8/3, tỉnh họp.\n", "8/3/2024", (2024, 3, 8)),
        ("TP.HCM, ngày 16/5/2025 - Chiều nay, thành phố họp.\n", "16/5/2025", (2025, 5, 16)),
        ("Buôn Ma Thuột, 2/8/2023 (VOV) – Hội nghị diễn ra.\n", "2/8/2023", (2023, 8, 2)),
    ],
)
def test_dateline(text: str, raw: str, date: tuple[int, int, int]) -> None:
    stamp = dateline(text)
    assert stamp is not None
    assert text[stamp.start : stamp.end] == raw
    assert (stamp.year, stamp.month, stamp.day) == date


@pytest.mark.parametrize(
    "text",
    [
        "Sáng ngày 24/4/2024, Ủy ban họp.\n",  # a date inside a sentence
        "Tiêu đề\nMột\nHai\nBa\n10/07/2024 - 20:53\n",  # too far down
        "31/02/2024 - 20:53\nTiêu đề\n",  # not a calendar day
        # Dates inside a sentence or a headline, not datelines.
        "Phiên họp thứ 5 ngày 14/6/2023 bàn về dữ liệu\nThân bài.\n",
        "Ngày 14/6/2023, Ủy ban tổ chức phiên họp.\n",
        "Tiêu đề\nTheo báo cáo, ngày 30/6/2023 - thời điểm chốt số liệu.\n",
        "Tiêu đề\nĐà Nẵng, 14/6/2023 là ngày tỉnh họp.\n",  # a place and a date, no dash
        "Tỷ lệ đạt 12.5.2024 điểm\nTiêu đề\n",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text) is None


def test_header_date() -> None:
    text = ' date 2022-08 "Vấn đề đặt ra", Thủ tướng nêu rõ.\n'
    stamp = header_date(text)
    assert stamp is not None
    assert text[stamp.start : stamp.end] == "date 2022-08"
    assert (stamp.year, stamp.month, stamp.day) == (2022, 8, None)
    assert header_date("update 2022-08 là ngày") is None
    assert header_date(" date 2022-13 x") is None


def test_image_dates_from_underscore_and_slash_urls() -> None:
    text = (
        "![Ảnh](https://photo.example/w700_r1/2025_02_06_589_51413935/d2e3.jpg)\n"
        "Thân bài 2024_01_01 không phải URL.\n"
        "![Ảnh 2](https://cdn.example/images/2023/03/13/toan-canh.jpg)\n"
        "![Ảnh 3](https://cdn.example/2023_02_30_x.jpg)\n"
    )
    stamps = image_dates(text, image_lines(text))
    assert [(text[s.start : s.end], s.year, s.month, s.day) for s in stamps] == [
        ("2025_02_06", 2025, 2, 6),
        ("2023/03/13", 2023, 3, 13),
    ]


def test_is_date_and_iso() -> None:
    assert is_date(2024, 2, 29) and not is_date(2023, 2, 29)
    assert not is_date(2024, 0, 1) and not is_date(2024, 13, None)
    assert not is_date(1066, 10, 14)
    assert iso(2024) == "2024"
    assert iso(2024, 7) == "2024-07"
    assert iso(2024, 7, 1) == "2024-07-01"
