"""Catalogue aliases added from the second held-out set's wordings, each
tried in other sentences: a share written against GDP/GRDP, the portal named
before its payments, the verb before the requests it verifies,
a count before the database it connects to, VNeID accounts activated,
`Internet cố định`, a hospital share written count-first, `cung cấp toàn
trình` without `trực tuyến`, `xử lý trực tuyến` before its dossiers. Each
has a sentence that must not take the indicator."""

from __future__ import annotations

import pytest

from cds_desktop.extract.model import Figure
from tests.extract.figure_rows import extract


def _figure(text: str, raw: str) -> Figure:
    (figure,) = [f for f in extract(text, None) if f.raw == raw]
    return figure


WORDINGS = [
    (
        "Năm 2024, kinh tế số của tỉnh Hưng Yên chiếm khoảng 11,2% GRDP.",
        "11,2%",
        "digital_economy_gdp_share",
    ),
    (
        "Quy mô kinh tế số đạt 16 tỷ USD, tương đương 14,8% GDP.",
        "14,8%",
        "digital_economy_gdp_share",
    ),
    (
        "Cổng Dịch vụ công quốc gia đã tiếp nhận 2,2 triệu hồ sơ và xử lý 4,6 triệu giao dịch"
        " thanh toán với số tiền 3.210 tỷ đồng.",
        "4,6 triệu",
        "national_portal_online_payments",
    ),
    (
        "Cổng Dịch vụ công quốc gia đã tiếp nhận 2,2 triệu hồ sơ và xử lý 4,6 triệu giao dịch"
        " thanh toán với số tiền 3.210 tỷ đồng.",
        "3.210 tỷ đồng",
        "national_portal_payment_value",
    ),
    (
        "Hệ thống đã tra cứu, xác thực 640 triệu lượt yêu cầu của các ngân hàng.",
        "640 triệu",
        "population_db_auth_requests",
    ),
    (
        "Đến nay, 11 bộ, ngành đã kết nối, khai thác dữ liệu dân cư.",
        "11",
        "population_db_connected_ministries",
    ),
    (
        "Đến nay, 58 địa phương đã kết nối, khai thác dữ liệu dân cư.",
        "58",
        "population_db_connected_localities",
    ),
    ("Ứng dụng VNeID hiện có 61,2 triệu tài khoản.", "61,2 triệu", "vneid_accounts"),
    ("Trong quý, thêm 3,3 triệu tài khoản đã được kích hoạt.", "3,3 triệu", "vneid_accounts"),
    ("Tốc độ Internet cố định bình quân của tỉnh đạt 97 Mbps.", "97 Mbps", "fixed_broadband_speed"),
    ("Tốc độ Internet di động của tỉnh đạt 52 Mbps.", "52 Mbps", "mobile_broadband_speed"),
    (
        "Có 88% cơ sở khám, chữa bệnh đã thu viện phí không dùng tiền mặt.",
        "88%",
        "cashless_health_facility_share",
    ),
    (
        "Tỉnh đã đưa 76% thủ tục đủ điều kiện lên cung cấp toàn trình.",
        "76%",
        "end_to_end_services_share",
    ),
    ("Sở Tư pháp xử lý trực tuyến 91% hồ sơ được tiếp nhận.", "91%", "online_dossier_share"),
]


@pytest.mark.parametrize(("text", "raw", "indicator"), WORDINGS)
def test_aliases_give_their_indicator(text: str, raw: str, indicator: str) -> None:
    assert _figure(text, raw).indicator_id == indicator


NOT_THAT = [
    # a share of GDP in a sentence not on the digital economy
    ("Công nghiệp chế biến chiếm 24,1% GDP.", "24,1%", "digital_economy_gdp_share"),
    # payments of another system than the portal
    (
        "Ngân hàng xử lý 12 triệu giao dịch thanh toán trong tháng.",
        "12 triệu",
        "national_portal_online_payments",
    ),
    # accounts of a bank, not VNeID
    ("Ngân hàng có 3,1 triệu tài khoản thanh toán mới.", "3,1 triệu", "vneid_accounts"),
    # localities counted without the population database
    (
        "Đến nay, 40 địa phương đã kết nối cáp quang tới xã.",
        "40",
        "population_db_connected_localities",
    ),
    # end to end dossiers processed online are not the online share
    ("Sở Tư pháp xử lý trực tuyến toàn trình 64% hồ sơ.", "64%", "online_dossier_share"),
    # a hospital share of something else than cashless payment
    ("Có 72% bệnh viện đã triển khai bệnh án điện tử.", "72%", "cashless_health_facility_share"),
]


@pytest.mark.parametrize(("text", "raw", "indicator"), NOT_THAT)
def test_aliases_stay_out_of_other_sentences(text: str, raw: str, indicator: str) -> None:
    assert _figure(text, raw).indicator_id != indicator


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        (
            "Tỉnh có 412 cơ sở khám, chữa bệnh dùng căn cước gắn chip.",
            "412",
            "cơ sở khám, chữa bệnh",
        ),
        (
            "Sở Tư pháp cấp 21.300 phiếu lý lịch tư pháp trực tuyến.",
            "21.300",
            "phiếu lý lịch tư pháp",
        ),
        ("Toàn tỉnh thành lập 964 tổ công nghệ số cộng đồng.", "964", "tổ công nghệ số cộng đồng"),
        ("Tỉnh vận hành 9 cơ sở dữ liệu chuyên ngành.", "9", "cơ sở dữ liệu chuyên ngành"),
        # the shorter nouns stay what they were
        ("Xã có 14 tổ dân phố và 3 cơ sở dữ liệu.", "14", "tổ dân phố"),
    ],
)
def test_counted_nouns_of_the_domain_are_whole(text: str, raw: str, unit: str) -> None:
    assert _figure(text, raw).unit == unit
