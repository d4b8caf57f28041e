"""Indicator wordings beyond the catalogue's own: variant spellings and
abbreviations, subject-first and rank-first orders, a subject cut off by `:`,
a second clause that names only the sibling's word. Sentences written for
these tests (other provinces, indicators and numbers than any article), each
with a sentence that must not take the indicator."""

from __future__ import annotations

import pytest

from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.indicators import unit_sort, with_variants
from cds_desktop.extract.model import Figure
from cds_desktop.extract.text import sentences


def _figure(text: str, raw: str) -> Figure:
    (figure,) = [f for f in find_figures(text, sentences(text), None) if f.raw == raw]
    assert text[figure.start : figure.end] == raw
    return figure


# (sentence, raw, unit, kind or None when not asserted, indicator)
WORDINGS = [
    # spelled or abbreviated otherwise than in the catalogue
    ("Tỉ lệ hồ sơ TTHC được xử lý trực tuyến của tỉnh Phú Yên đạt 47,5%.", "47,5%", "%",
     "actual", "online_dossier_share"),
    ("Tỷ lệ DVCTT toàn trình của tỉnh Hà Nam đạt 61%.", "61%", "%", "actual",
     "end_to_end_services_share"),
    ("Tỉ trọng KTS trong GRDP của tỉnh Vĩnh Long ước đạt 7,2%.", "7,2%", "%", "actual",
     "digital_economy_gdp_share"),
    # synonyms and subject-first orders
    ("Tại Lào Cai, 97% cơ sở y tế công lập đã thanh toán không dùng tiền mặt.", "97%", "%",
     "actual", "cashless_health_facility_share"),
    ("Có 64,8% hồ sơ thủ tục hành chính đã được số hóa.", "64,8%", "%", "actual",
     "dossier_digitisation_share"),
    ("Tỉnh Kon Tum đã số hóa 71% hồ sơ thủ tục hành chính tiếp nhận trong năm.", "71%", "%",
     "actual", "dossier_digitisation_share"),
    ("Số hồ sơ được đồng bộ trạng thái với Cổng Dịch vụ công quốc gia trong tháng 8 đạt "
     "1,9 triệu hồ sơ.", "1,9 triệu", "hồ sơ", "actual", "national_portal_synced_dossiers"),
    ("Số giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trong quý II đạt "
     "4,7 triệu giao dịch.", "4,7 triệu", "giao dịch", "actual",
     "national_portal_online_payments"),
    ("Cổng Dịch vụ công quốc gia ghi nhận 3,2 triệu giao dịch thanh toán trực tuyến, tổng giá "
     "trị đạt 2.950 tỷ đồng.", "2.950 tỷ đồng", "đồng", "actual",
     "national_portal_payment_value"),
    ("Kinh tế số của tỉnh Bình Dương tăng trưởng bình quân 24%/năm.", "24%", "%", "change",
     "digital_economy_growth"),
    # a gap in points (its kind, a change, is for the kind cues to tell: not asserted)
    ("Tỷ lệ cơ quan nhà nước công bố dữ liệu mở đạt 64%, thấp hơn năm trước 11 điểm phần trăm.",
     "11 điểm phần trăm", "điểm phần trăm", None, "open_data_agencies_share"),
    # verbs and words inserted in the name
    ("Tỷ lệ hộ gia đình được kết nối Internet cáp quang tại Đắk Nông đạt 68%.", "68%", "%",
     "actual", "fibre_household_share"),
    ("Tỷ lệ xã có Internet cáp quang của tỉnh Cao Bằng đạt 96%.", "96%", "%", "actual",
     "commune_fibre_share"),
    ("Tỷ lệ phủ sóng 4G của tỉnh Hà Giang đạt 97,1% dân số.", "97,1%", "%", "actual",
     "mobile_4g_population_coverage"),
    ("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình của tỉnh Tây Ninh đạt 44%.", "44%", "%",
     "actual", "end_to_end_dossier_share"),
    ("Có 57% dịch vụ công được cung cấp trực tuyến toàn trình.", "57%", "%", "actual",
     "end_to_end_services_share"),
    ("Tỷ lệ thủ tục đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình đạt 93%.",
     "93%", "%", "actual", "end_to_end_services_share"),
    ("Tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hóa ước đạt 11,5%.", "11,5%", "%",
     "actual", "ecommerce_retail_share"),
    ("Tỷ lệ doanh nghiệp kê khai, nộp thuế điện tử tại Cần Thơ đạt 98,6%.", "98,6%", "%",
     "actual", "e_tax_enterprise_share"),
    ("Tỷ lệ báo cáo của các cơ quan nhà nước được thực hiện trực tuyến đạt 74%.", "74%", "%",
     "actual", "state_reports_online_share"),
    ("Số thẻ căn cước gắn chíp đã cấp cho công dân tỉnh Nam Định là 1,4 triệu thẻ.", "1,4 triệu",
     "thẻ", "actual", "chip_id_cards"),
    ("Có 91% bệnh viện công lập thanh toán viện phí không dùng tiền mặt.", "91%", "%", "actual",
     "cashless_health_facility_share"),
    ("Có 2.140 hệ thống thông tin đã được phê duyệt cấp độ an toàn.", "2.140", "hệ thống",
     "actual", "info_systems_protected"),
    ("Chỉ số DTI năm 2023 của tỉnh Yên Bái xếp hạng 22/63.", "22/63", "hạng", "rank",
     "dti_rank"),
    # the rank before the words it ranks
    ("Theo Ookla, Việt Nam xếp thứ 41/148 thế giới về tốc độ truy cập Internet di động.",
     "41/148", "hạng", "rank", "internet_speed_rank"),
    ("Năm 2023, tỉnh Bình Phước đứng thứ 27/63 về Chỉ số chuyển đổi số (DTI).", "27/63",
     "hạng", "rank", "dti_rank"),
    # a subject cut off by `:`
    ("Thanh toán không dùng tiền mặt tiếp tục tăng: riêng quý I có khoảng 3,1 tỷ giao dịch.",
     "3,1 tỷ", "giao dịch", "actual", "cashless_payment_transactions"),
    # the second figure names only its sibling's word, in either order
    ("Tốc độ truy cập băng rộng cố định của Việt Nam đạt 142,7 Mbps, di động đạt 58,2 Mbps.",
     "58,2 Mbps", "Mbps", "actual", "mobile_broadband_speed"),
    ("Tốc độ truy cập băng rộng cố định của Việt Nam đạt 142,7 Mbps, di động đạt 58,2 Mbps.",
     "142,7 Mbps", "Mbps", "actual", "fixed_broadband_speed"),
    ("Tốc độ Internet băng rộng di động bình quân đạt 49,5 Mbps, cố định đạt 131 Mbps.",
     "131 Mbps", "Mbps", "actual", "fixed_broadband_speed"),
]


@pytest.mark.parametrize(("text", "raw", "unit", "kind", "indicator"), WORDINGS)
def test_wordings_get_their_indicator(
    text: str, raw: str, unit: str, kind: str | None, indicator: str
) -> None:
    figure = _figure(text, raw)
    assert (figure.unit, figure.indicator_id) == (unit, indicator)
    if kind is not None:
        assert figure.kind == kind


# (sentence, raw, the indicator it must not take, the one it takes)
NOT_THAT = [
    # `cơ sở y tế` with another service than cashless payment
    ("Tỷ lệ cơ sở y tế triển khai bệnh án điện tử đạt 45%.", "45%",
     "cashless_health_facility_share", None),
    # processed online is not digitised, and what is digitised must be dossiers
    ("Tỷ lệ hồ sơ được xử lý trực tuyến đạt 63%.", "63%", "dossier_digitisation_share",
     "online_dossier_share"),
    ("Ngành tư pháp đã số hóa 90% sổ hộ tịch.", "90%", "dossier_digitisation_share", None),
    # synchronised with another database than the portal
    ("Số hồ sơ được đồng bộ với cơ sở dữ liệu hộ tịch đạt 3,1 triệu hồ sơ.", "3,1 triệu",
     "national_portal_synced_dossiers", None),
    # online payments, but not through the portal
    ("Số giao dịch thanh toán trực tuyến qua ngân hàng đạt 9,1 triệu giao dịch.", "9,1 triệu",
     "national_portal_online_payments", None),
    # a sum of money that is no online payment
    ("Ngân hàng đã chi trả an sinh xã hội cho 30.100 người với tổng số tiền 71 tỷ đồng.",
     "71 tỷ đồng", "national_portal_payment_value", None),
    # growth of something else than the digital economy
    ("GDP của tỉnh Long An tăng trưởng bình quân 6,1%/năm.", "6,1%", "digital_economy_growth",
     None),
    # a rank on another index
    ("Tỉnh Quảng Trị xếp thứ 30/63 về Chỉ số cải cách hành chính.", "30/63",
     "internet_speed_rank", None),
    # after `:`, a count of another noun than transactions
    ("Thanh toán không dùng tiền mặt tiếp tục tăng: có thêm 2,4 triệu tài khoản mới.",
     "2,4 triệu", "cashless_payment_transactions", None),
    # processed online end to end is the end-to-end share, not the online one
    ("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 39,5%.", "39,5%",
     "online_dossier_share", "end_to_end_dossier_share"),
    # chip cards used, not issued: another count in a sentence about them
    ("Có 412/412 trạm y tế của tỉnh Hòa Bình đã dùng căn cước công dân gắn chíp để khám bệnh.",
     "412/412", "chip_id_cards", None),
    # a commune share of something else than fibre
    ("Tỷ lệ xã có đường ô tô đến trung tâm đạt 99%.", "99%", "commune_fibre_share", None),
    # e-commerce and retail in two clauses, each with its own change
    ("Thương mại điện tử tăng 20%, tổng mức bán lẻ tăng 9%.", "9%", "ecommerce_retail_share",
     None),
    # the sibling's word outside the figure's own stretch changes nothing
    ("Tốc độ băng rộng cố định, vượt xa mạng di động, đạt 150 Mbps.", "150 Mbps",
     "mobile_broadband_speed", "fixed_broadband_speed"),
]


@pytest.mark.parametrize(("text", "raw", "wrong", "indicator"), NOT_THAT)
def test_near_misses_keep_their_indicator(
    text: str, raw: str, wrong: str, indicator: str | None
) -> None:
    found = _figure(text, raw).indicator_id
    assert found != wrong
    assert found == indicator


def test_variants_are_written_into_patterns_longest_phrase_first() -> None:
    variants = {"cơ sở dữ liệu": ("csdl",), "cơ sở dữ liệu quốc gia": ("csdlqg",)}
    assert with_variants("cơ sở dữ liệu quốc gia về dân cư", variants) == (
        "(?:cơ sở dữ liệu quốc gia|csdlqg) về dân cư"
    )
    assert with_variants("cơ sở dữ liệu hộ tịch", variants) == "(?:cơ sở dữ liệu|csdl) hộ tịch"
    assert with_variants("hộ tịch", variants) == "hộ tịch"


def test_percentage_points_are_about_a_share() -> None:
    assert unit_sort("điểm phần trăm") == "share"
    assert unit_sort("điểm") == "count"
