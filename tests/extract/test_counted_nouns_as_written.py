"""The unit of a count: the noun phrase after it as written, with what
qualifies the noun (`doanh nghiệp công nghệ số`) and two nouns counted
together (`chợ, điểm bán`); before it, when nothing follows, the head noun
its clause opens on (`Số giao dịch ... là 19,8 triệu`) or, after `tổng số`,
what the figure before it counted.

The sentences are written for these tests (other provinces and numbers than
any article of the repository).
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _units(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.unit) for f in extract(text, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quý I, Hưng Yên có thêm 640 doanh nghiệp công nghệ số đăng ký mới.\n",
            [("640", "doanh nghiệp công nghệ số")],
        ),
        (
            "Tỉnh đã cung cấp 24/25 dịch vụ công trực tuyến thiết yếu trên Cổng.\n",
            [("24/25", "dịch vụ công trực tuyến thiết yếu")],
        ),
        (
            "Hệ thống đã xác thực hơn 3,2 triệu thông tin công dân cho các ngân hàng.\n",
            [("3,2 triệu", "thông tin công dân")],
        ),
        (
            "Thành phố có 58 chợ, điểm bán chấp nhận thanh toán bằng mã QR.\n",
            [("58", "chợ, điểm bán")],
        ),
        (
            "Năm 2024, nhà mạng phủ sóng thêm 37 thôn, làng vùng sâu.\n",
            [("37", "thôn, làng")],
        ),
    ],
)
def test_the_noun_after_a_count_is_taken_with_what_qualifies_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Số tài khoản đăng ký trên Cổng của tỉnh Phú Thọ năm 2024 là 1,1 triệu.\n",
            [("1,1 triệu", "tài khoản")],
        ),
        (
            "Về hạ tầng, số doanh nghiệp công nghệ số của tỉnh ước đạt 2.150.\n",
            [("2.150", "doanh nghiệp")],
        ),
        (
            "Tổng số hồ sơ tiếp nhận qua bộ phận một cửa trong quý III đạt 48.600.\n",
            [("48.600", "hồ sơ")],
        ),
        (
            "Trong tháng, tỉnh cấp thêm 9.400 chữ ký số, nâng tổng số lên 61.000.\n",
            [("9.400", "chữ ký số"), ("61.000", "chữ ký số")],
        ),
    ],
)
def test_a_count_with_no_noun_after_it_takes_the_one_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _units(text) == expected


def test_a_noun_after_digital_inside_a_clause_is_no_head_noun() -> None:
    """`số` inside the clause is `digital`, not `the number of`."""
    text = "Phong trào phổ cập kỹ năng số người dân đã đạt 1,5 triệu.\n"
    assert _units(text) == [("1,5 triệu", "")]
