"""Rules of round 8 on whether a number is a figure and of what kind, from
the general causes behind misses of heldout9: a meeting's reach that lists a
province's subdivisions or names the seat it reaches, no figure; a gap to a
comparison base that names its year, a change; ID cards issued and
e-identity applications received over a stretch, changes of their stock.

The sentences are written for these tests (other provinces, people, numbers
and wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have got wrong.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract, kinds_of, raws_of

# ------------------------------------------------ a meeting's reach


@pytest.mark.parametrize(
    "text",
    [
        # Subdivisions listed after the first count of the reach.
        "Hội nghị được truyền hình tới 11 huyện, thành phố và 157 xã, phường, thị trấn.\n",
        "Hội nghị kết nối tới 8 huyện, thị xã, thành phố, 95 xã, phường.\n",
        # The seat reached named between the reach word and the count.
        "Hội nghị kết nối trực tuyến đến trụ sở UBND 28 huyện, thị xã.\n",
        "Phiên họp được truyền hình tới hội trường UBND 63 tỉnh, thành phố.\n",
    ],
)
def test_a_reach_listing_subdivisions_or_naming_its_seat_is_no_figure(text: str) -> None:
    assert raws_of(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # What a database reaches stays, after any seat.
        (
            "Cơ sở dữ liệu đã kết nối với 13 bộ, ngành và 63 địa phương.\n",
            ["13", "63"],
        ),
        # Subdivisions that did something are no reach.
        (
            "Toàn tỉnh có 86 xã, phường, thị trấn đã có điểm phục vụ thanh toán số.\n",
            ["86"],
        ),
        # A count of something else after a seat is no place reached.
        (
            "Trụ sở UBND 12 xã đã lắp 40 camera giám sát.\n",
            ["12", "40"],
        ),
    ],
)
def test_counts_that_are_no_reach_stay(text: str, raws: list[str]) -> None:
    assert raws_of(text) == raws


# ------------------------------------------------ a gap to a base that names its year


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        (
            "Tỷ lệ hồ sơ trực tuyến đạt 61,2%, thấp hơn cùng kỳ năm 2025 khoảng 2,3 điểm"
            " phần trăm.\n",
            "2,3 điểm phần trăm",
        ),
        (
            "Tỷ trọng kinh tế số của tỉnh đạt 14,5%, cao hơn quý II/2026 1,8 điểm phần trăm.\n",
            "1,8 điểm phần trăm",
        ),
        (
            "Toàn tỉnh có 5.120 doanh nghiệp số, nhiều hơn năm 2024 gần 640 doanh nghiệp.\n",
            "640",
        ),
    ],
)
def test_a_gap_to_a_base_that_names_its_year_is_a_change(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "change"


def test_a_year_before_the_comparative_is_no_base() -> None:
    # `hơn` right before the number, the year before `cao`: a level above 80%.
    figures = extract("Năm 2026, tỷ lệ này của tỉnh cao hơn 80%.\n", None)
    assert [(f.raw, f.kind, f.qualifier) for f in figures] == [("80%", "actual", "hơn")]


# ------------------------------------------------ a stock issued or received over a stretch


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Trong tháng 9, Công an tỉnh đã cấp 48.600 thẻ căn cước cho công dân.\n", "48.600"),
        ("Từ đầu quý, toàn tỉnh thu nhận 21.300 hồ sơ định danh điện tử mức độ 2.\n", "21.300"),
        (
            "Trong 5 tháng năm 2025, Công an thành phố tiếp nhận hơn 74.000 hồ sơ định danh"
            " điện tử.\n",
            "74.000",
        ),
        ("Riêng quý II, Công an các địa phương cấp mới 3,1 triệu thẻ căn cước.\n", "3,1 triệu"),
        # A run of months names the stretch for activations too.
        ("Trong 3 tháng, cả nước kích hoạt 2,4 triệu tài khoản định danh điện tử.\n", "2,4 triệu"),
    ],
)
def test_a_stock_issued_or_received_over_a_stretch_is_a_change(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "change"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # No stock: certificates issued, requests received, services provided.
        ("Trong 4 tháng, toàn tỉnh cấp 12.900 phiếu lý lịch tư pháp qua VNeID.\n", "12.900"),
        ("Trong tháng 6, hệ thống tiếp nhận 95 triệu yêu cầu xác thực.\n", "95 triệu"),
        ("Trong 9 tháng, tỉnh đã cung cấp 1.150 dịch vụ công trực tuyến.\n", "1.150"),
        # No stretch: a total up to a day.
        ("Tính đến hết tháng 9, tỉnh đã cấp 1,3 triệu thẻ căn cước.\n", "1,3 triệu"),
        # The total the increment brings the stock to.
        (
            "Trong tháng 4, cả nước cấp 1,1 triệu thẻ căn cước, nâng tổng số thẻ đã cấp lên"
            " 97,3 triệu thẻ.\n",
            "97,3 triệu",
        ),
    ],
)
def test_counts_of_no_stock_and_totals_stay_levels(text: str, raw: str) -> None:
    assert kinds_of(text)[raw] == "actual"
