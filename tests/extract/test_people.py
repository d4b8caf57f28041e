"""Names with their office, and capitalised runs that are not people."""

from __future__ import annotations

import pytest

from cds_desktop.extract.people import find_people
from cds_desktop.extract.text import normalize, sentences


def people(text: str) -> list[tuple[str, str, str]]:
    text = normalize(text)
    return [(p.name, p.title, text[p.start : p.end]) for p in find_people(text, sentences(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cùng dự có Phó Thủ tướng Chính phủ Trần Lưu Quang và lãnh đạo các Bộ.",
            [("Trần Lưu Quang", "Phó Thủ tướng Chính phủ", "Trần Lưu Quang")],
        ),
        (
            "Dự có đồng chí Nguyễn Long Biên - Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường "
            "trực Ban Điều hành về chuyển đổi số tỉnh; các thành viên.",
            [
                (
                    "Nguyễn Long Biên",
                    "Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Điều hành về "
                    "chuyển đổi số tỉnh",
                    "Nguyễn Long Biên",
                )
            ],
        ),
        (
            "Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp phát biểu.",
            [("Trần Văn Hiệp", "Chủ tịch UBND tỉnh Lâm Đồng", "Trần Văn Hiệp")],
        ),
        (
            "\u00d0ồng chí Trần\u00a0Việt\u00a0Trường cùng các đại biểu.",
            [("Trần Việt Trường", "", "Trần\u00a0Việt\u00a0Trường")],
        ),
        (
            "Ông Nguyễn Văn Tùng, Chủ tịch UBND thành phố Hải Phòng dự.",
            [("Nguyễn Văn Tùng", "Chủ tịch UBND thành phố Hải Phòng", "Nguyễn Văn Tùng")],
        ),
    ],
)
def test_people_with_offices(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Phó Chủ tịch UBND tỉnh và các đại biểu. Ảnh: Dương Chung",  # a photo credit
        "Tại điểm cầu tỉnh Lâm Đồng có lãnh đạo các sở.",  # a place, no office
        "Hà Tĩnh có 1.784 dịch vụ công trực tuyến.",
        "Thủ tướng nêu rõ: phải làm ngay.",  # an office with no name
        "Tin, ảnh: KHÁNH TRUNG",
    ],
)
def test_not_people(text: str) -> None:
    assert people(text) == []


def test_an_office_separated_by_a_verb_is_not_the_persons() -> None:
    # "Thủ tướng yêu cầu đồng chí X": X is not the Prime Minister.
    found = people("Thủ tướng yêu cầu đồng chí Nguyễn Văn Nam báo cáo.")
    assert found == [("Nguyễn Văn Nam", "", "Nguyễn Văn Nam")]


def test_abbreviated_honorific() -> None:
    assert people("Dự có đ/c Lê Văn Hưởng, Bí thư Tỉnh ủy.") == [
        ("Lê Văn Hưởng", "Bí thư Tỉnh ủy", "Lê Văn Hưởng")
    ]
