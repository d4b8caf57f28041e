"""Scope from a second round of wordings: a provincial police force named
as the source opens the province's results, and a gap to the national
average stays the province's. Sentences written for these tests (other
provinces and numbers than any article), with the near wordings that must
keep the national scope.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _scopes(text: str) -> dict[str, str]:
    return {f.raw: f.scope for f in extract(text + "\n", None)}


@pytest.mark.parametrize(
    ("text", "raw", "scope"),
    [
        (
            "Theo Công an tỉnh Hà Giang, tỉnh đã kích hoạt 402.000 tài khoản định danh điện tử.",
            "402.000",
            "Hà Giang",
        ),
        (
            "Công an tỉnh Bến Tre cho biết đã thu nhận 910.500 hồ sơ định danh điện tử.",
            "910.500",
            "Bến Tre",
        ),
        (
            "Tại điểm cầu Phú Yên, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 38%, thấp hơn bình quân "
            "cả nước 6,1 điểm phần trăm.",
            "6,1 điểm phần trăm",
            "Phú Yên",
        ),
        (
            "Tại điểm cầu Phú Yên, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 52%, cao hơn mức trung bình "
            "toàn quốc 4 điểm phần trăm.",
            "4 điểm phần trăm",
            "Phú Yên",
        ),
    ],
)
def test_the_province_is_read(text: str, raw: str, scope: str) -> None:
    assert _scopes(text)[raw] == scope


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Theo Bộ Công an, cả nước đã kích hoạt 61 triệu tài khoản định danh điện tử.", "61 triệu"),
        # The national average's own value in a province's passage.
        (
            "Tại điểm cầu Phú Yên, tỷ lệ của tỉnh đạt 38%, thấp hơn bình quân cả nước (44,1%).",
            "44,1%",
        ),
    ],
)
def test_the_country_stays_national(text: str, raw: str) -> None:
    assert _scopes(text)[raw] == "national"
