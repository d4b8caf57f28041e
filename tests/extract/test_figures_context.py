"""Figures read in their context: list blocks, cues that govern a list, and
the province whose results a passage reports.

The sentences are written for these tests (other provinces, indicators and
numbers than any article of the repository), each with what a reader takes
from it; the negative cases are the false positives the obvious form of each
rule would make. Without a meeting, a figure whose text states no period has
none.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.figures import find_figures
from cds_desktop.extract.model import Evidence, Figure, Meeting
from cds_desktop.extract.text import sentences
from tests.extract.figure_rows import F, check_row, extract, locate

A, C, T, FC, R = "actual", "change", "target", "forecast", "rank"


def _at(text: str, anchor: str, raw: str) -> Figure:
    """The figure the extractor found where `raw` sits in `anchor`."""
    start, _ = locate(text, F(anchor, raw, 0, "", A, None))
    found = {f.start: f for f in extract(text, None)}
    assert start in found, f"no figure at {raw!r}"
    return found[start]


def _check(text: str, rows: list[F]) -> None:
    figures = extract(text, None)
    for row in rows:
        check_row(text, figures, row)


# ---------------------------------------------------------------- list blocks

LIST_WITH_PROVINCE = (
    "Theo báo cáo của Sở Thông tin và Truyền thông, trong quý I năm 2025, tỉnh Bình Định"
    " đạt được các kết quả sau:\n"
    "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,5%;\n"
    "- Kích hoạt 325.000 tài khoản định danh điện tử mức độ 2.\n"
    "Ngoài ra, cả nước có 48 triệu thuê bao 5G.\n"
)


def test_a_list_lead_gives_its_period_and_province_to_the_items() -> None:
    _check(
        LIST_WITH_PROVINCE,
        [
            F("đạt 47,5%", "47,5%", 47.5, "%", A, "2025-Q1", "end_to_end_dossier_share",
              scope="Bình Định"),
            F("325.000 tài khoản", "325.000", 325000, "tài khoản", A, "2025-Q1",
              "vneid_accounts", scope="Bình Định"),
        ],
    )


def test_the_line_after_a_list_is_a_paragraph_of_its_own() -> None:
    after = _at(LIST_WITH_PROVINCE, "có 48 triệu", "48 triệu")
    assert (after.scope, after.period) == ("national", None)


def test_a_target_lead_makes_its_numbered_items_targets() -> None:
    text = (
        "Mục tiêu đến năm 2026 của ngành:\n"
        "1) 95% hộ gia đình có kết nối cáp quang;\n"
        "2) kinh tế số chiếm 25% GDP.\n"
    )
    _check(
        text,
        [
            F("1) 95%", "95%", 95, "%", T, "2026", "fibre_household_share"),
            F("chiếm 25%", "25%", 25, "%", T, "2026", "digital_economy_gdp_share"),
        ],
    )
    # The item numbers `1)` and `2)` are no figures.
    assert [f.raw for f in extract(text, None)] == ["95%", "25%"]


def test_a_plan_that_sets_out_a_list_makes_targets_of_a_province_referred_back_to() -> None:
    text = (
        "Năm 2024, tỉnh Sóc Trăng có 61% hồ sơ được xử lý trực tuyến.\n"
        "Kế hoạch chuyển đổi số của tỉnh đề ra:\n"
        "• Tỷ trọng kinh tế số trong GRDP đạt 12% vào năm 2026;\n"
        "• 90% thôn, ấp được phủ sóng di động 4G.\n"
    )
    _check(
        text,
        [
            F("có 61%", "61%", 61, "%", A, "2024", "online_dossier_share", scope="Sóc Trăng"),
            F("đạt 12%", "12%", 12, "%", T, "2026", "digital_economy_gdp_share",
              scope="Sóc Trăng"),
            F("• 90%", "90%", 90, "%", T, None, scope="Sóc Trăng"),
        ],
    )


def test_a_connecting_lead_takes_the_cue_of_the_sentence_before_it() -> None:
    text = (
        "Tỉnh Vĩnh Long đặt mục tiêu đến năm 2026. Cụ thể:\n"
        "- 95% hồ sơ được số hóa;\n"
        "- kinh tế số chiếm 18% GRDP.\n"
    )
    _check(
        text,
        [
            F("- 95%", "95%", 95, "%", T, "2026", "dossier_digitisation_share",
              scope="Vĩnh Long"),
            F("chiếm 18%", "18%", 18, "%", T, "2026", "digital_economy_gdp_share",
              scope="Vĩnh Long"),
        ],
    )
    results = "Năm 2024, tỉnh Vĩnh Long đạt nhiều kết quả. Cụ thể:\n- 93% hồ sơ được số hóa.\n"
    assert _at(results, "- 93%", "93%").kind == A


def test_a_lead_without_a_cue_leaves_its_items_actuals() -> None:
    text = (
        "Kết quả nổi bật năm 2024 gồm:\n"
        "• 4.850 dịch vụ công trực tuyến được tích hợp;\n"
        "• tỷ lệ hồ sơ trực tuyến toàn trình đạt 44%.\n"
    )
    _check(
        text,
        [
            F("• 4.850", "4.850", 4850, "dịch vụ công trực tuyến", A, "2024",
              "national_portal_integrated_services"),
            F("đạt 44%", "44%", 44, "%", A, "2024", "end_to_end_dossier_share"),
        ],
    )


def test_results_against_the_plan_listed_under_a_lead_are_actuals() -> None:
    """`vượt nhiều chỉ tiêu của kế hoạch đề ra:` lists what was achieved."""
    text = (
        "Cả nước đã vượt nhiều chỉ tiêu của kế hoạch đề ra:\n"
        "+ 92% người dân có điện thoại thông minh;\n"
        "+ 81% hộ gia đình có cáp quang.\n"
    )
    assert [f.kind for f in extract(text, None)] == [A, A]


def test_lines_without_marks_after_a_colon_and_a_semicolon_are_items() -> None:
    text = (
        "Phấn đấu đến năm 2027, thành phố:\n"
        "Có 98% hộ gia đình được phủ cáp quang;\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 75%.\n"
        "Cả nước hiện có 5.200 trạm 5G.\n"
    )
    _check(
        text,
        [
            F("Có 98%", "98%", 98, "%", T, "2027", "fibre_household_share"),
            F("đạt 75%", "75%", 75, "%", T, "2027", "end_to_end_dossier_share"),
            # The item before ends on a full stop: the list is over.
            F("có 5.200", "5.200", 5200, "trạm", A, None),
        ],
    )


def test_results_of_the_targets_listed_under_a_lead_are_actuals() -> None:
    text = (
        "Kết quả thực hiện các chỉ tiêu năm 2024:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 46%;\n"
        "- 88% hộ gia đình có cáp quang.\n"
    )
    assert [(f.raw, f.kind) for f in extract(text, None)] == [("46%", A), ("88%", A)]


def test_an_item_saying_what_has_been_reached_takes_no_governing_cue() -> None:
    text = (
        "Chỉ tiêu năm 2026:\n"
        "- 90% người dân có tài khoản thanh toán;\n"
        "- số tài khoản định danh điện tử đã kích hoạt 61 triệu tài khoản.\n"
    )
    assert [(f.raw, f.kind) for f in extract(text, None)] == [("90%", T), ("61 triệu", A)]
    inline = (
        "Mục tiêu đến năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%; năm 2023 tỷ lệ"
        " này mới đạt 55%."
    )
    assert [(f.raw, f.kind) for f in extract(inline, None)] == [("80%", T), ("55%", A)]


def test_list_lines_after_a_full_stop_take_nothing_from_the_line_before() -> None:
    text = "Năm 2023 là năm bản lề của chuyển đổi số.\n- Tỷ lệ hồ sơ trực tuyến đạt 39%.\n"
    assert _at(text, "đạt 39%", "39%").period is None


# ---------------------------------------------------------------- inline lists and cues


def test_a_cue_before_a_colon_governs_every_item_after_it() -> None:
    text = (
        "Các chỉ tiêu được giao cho năm 2026: 85% thủ tục hành chính được số hóa; tỷ lệ hồ"
        " sơ trực tuyến toàn trình đạt 70%; 95% hộ gia đình có cáp quang."
    )
    _check(
        text,
        [
            F(": 85%", "85%", 85, "%", T, "2026"),
            F("đạt 70%", "70%", 70, "%", T, "2026", "end_to_end_dossier_share"),
            F("; 95%", "95%", 95, "%", T, "2026", "fibre_household_share"),
        ],
    )


def test_a_cue_opening_the_sentence_governs_the_clauses_after_a_semicolon() -> None:
    text = (
        "Dự kiến đến cuối năm 2025, số tài khoản định danh điện tử được kích hoạt đạt 45"
        " triệu tài khoản; tỷ lệ dân số có tài khoản thanh toán đạt 80%."
    )
    _check(
        text,
        [
            F("đạt 45 triệu", "45 triệu", 45e6, "tài khoản", FC, "2025", "vneid_accounts"),
            F("đạt 80%", "80%", 80, "%", FC, "2025", "payment_account_share"),
        ],
    )


def test_bracketed_item_numbers_are_no_figures_and_their_items_are_governed() -> None:
    text = (
        "Mục tiêu đến năm 2027: (1) 85% hồ sơ được số hóa; (2) tỷ lệ hồ sơ trực tuyến toàn"
        " trình đạt 65%."
    )
    _check(
        text,
        [
            F("(1) 85%", "85%", 85, "%", T, "2027", "dossier_digitisation_share"),
            F("đạt 65%", "65%", 65, "%", T, "2027", "end_to_end_dossier_share"),
        ],
    )
    assert [f.raw for f in extract(text, None)] == ["85%", "65%"]


def test_a_number_in_brackets_after_a_colon_that_is_no_item_number_stays() -> None:
    text = "Số xã có điểm phục vụ bưu chính đạt 140 (năm 2023: 126)."
    assert [f.raw for f in extract(text, None)] == ["140", "126"]


@pytest.mark.parametrize(
    ("text", "anchor", "raw"),
    [
        # The cue is the first clause's own, not an opening before a comma.
        ("Mục tiêu năm 2025 là 90% hồ sơ trực tuyến toàn trình; hiện nay tỷ lệ này đạt 72%.",
         "đạt 72%", "72%"),
        # A bracket is an aside, not an item.
        ("Dự kiến năm 2025, tỷ trọng kinh tế số trong GDP đạt 20% (năm 2024 đạt 18,3%).",
         "đạt 18,3%", "18,3%"),
        # A colon after no cue.
        ("Thanh toán điện tử tăng mạnh: 6 tháng đầu năm 2024 có 3,1 tỷ giao dịch.",
         "3,1 tỷ", "3,1 tỷ"),
    ],
)
def test_no_cue_reaches_a_clause_that_is_no_item_of_a_governed_list(
    text: str, anchor: str, raw: str
) -> None:
    assert _at(text, anchor, raw).kind == A


def test_a_change_word_with_lan_luot_makes_both_numbers_changes() -> None:
    text = (
        "Năm 2024, doanh thu thương mại điện tử và số giao dịch thanh toán di động tăng lần"
        " lượt 15% và 9%."
    )
    kinds = [(f.raw, f.kind) for f in extract(text, None)]
    assert kinds == [("15%", C), ("9%", C)]
    assert _at(text, "lượt 15%", "15%").rule == "percent after 'tăng'"
    with_la = "Số giao dịch và giá trị giao dịch giảm lần lượt là 11% và 4% so với quý trước."
    assert [(f.raw, f.kind) for f in extract(with_la, None)] == [("11%", C), ("4%", C)]


def test_lan_luot_after_a_plain_verb_leaves_levels() -> None:
    text = (
        "Năm 2024, doanh thu thương mại điện tử và doanh thu dịch vụ số đạt lần lượt 25 tỷ USD"
        " và 9 tỷ USD."
    )
    assert [f.kind for f in extract(text, None)] == [A, A]


def test_a_gap_to_a_comparison_base_is_a_change() -> None:
    text = (
        "Năm 2024, tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt 81%, cao hơn mức bình quân"
        " cả nước 6 điểm phần trăm; tỷ lệ hồ sơ trực tuyến đạt 55%, thấp hơn 3 điểm phần"
        " trăm so với mục tiêu."
    )
    _check(
        text,
        [
            F("đạt 81%", "81%", 81, "%", A, "2024"),
            F("nước 6 điểm phần trăm", "6 điểm phần trăm", 6, "điểm phần trăm", C, "2024"),
            F("đạt 55%", "55%", 55, "%", A, "2024", "online_dossier_share"),
            F("hơn 3 điểm phần trăm", "3 điểm phần trăm", 3, "điểm phần trăm", C, "2024",
              "online_dossier_share"),
        ],
    )
    assert _at(text, "nước 6 điểm phần trăm", "6 điểm phần trăm").rule == (
        "count of 'điểm phần trăm' after 'cao hơn'"
    )


def test_more_than_a_percentage_stays_a_level_qualified_by_hon() -> None:
    found = _at("Năm 2024, tỷ lệ thuê bao có điện thoại thông minh cao hơn 80%.", "hơn 80%", "80%")
    assert (found.kind, found.qualifier) == (A, "hơn")


# ---------------------------------------------------------------- scope


def test_a_province_as_subject_after_opening_clauses_is_the_scope() -> None:
    text = (
        "Theo báo cáo của Sở Nội vụ, trong 6 tháng đầu năm 2024, tỉnh Thái Bình đã tiếp nhận"
        " 215.300 hồ sơ trực tuyến."
    )
    _check(text, [F("nhận 215.300", "215.300", 215300, "hồ sơ", A, "2024-H1",
                    scope="Thái Bình")])


def test_the_whole_province_named_at_the_end_of_a_list_lead_is_the_items_scope() -> None:
    text = (
        "Trong 9 tháng năm 2024, toàn tỉnh Bến Tre:\n"
        "- Cấp 312.000 thẻ căn cước;\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 71%.\n"
    )
    _check(
        text,
        [
            F("Cấp 312.000", "312.000", 312000, "thẻ", A, "2024-01/2024-09", "chip_id_cards",
              scope="Bến Tre"),
            F("đạt 71%", "71%", 71, "%", A, "2024-01/2024-09", "online_dossier_share",
              scope="Bến Tre"),
        ],
    )


def test_a_bare_province_subject_reaches_its_paragraph_and_the_one_referring_back() -> None:
    text = (
        "Theo Chỉ số chuyển đổi số cấp tỉnh năm 2023, Thừa Thiên Huế xếp thứ 4/63 tỉnh,"
        " thành phố. Năm 2024, tỉnh có 89% hồ sơ được số hóa.\n"
        "Toàn tỉnh hiện có 1.250 tổ công nghệ số cộng đồng.\n"
        "Cả nước có 52 triệu tài khoản định danh điện tử được kích hoạt.\n"
    )
    _check(
        text,
        [
            F("thứ 4/63", "4/63", 4, "hạng", R, "2023", "dti_rank", denominator=63,
              scope="Thừa Thiên Huế"),
            F("có 89%", "89%", 89, "%", A, "2024", "dossier_digitisation_share",
              scope="Thừa Thiên Huế"),
            F("có 1.250", "1.250", 1250, "tổ công nghệ số cộng đồng", A, None,
              scope="Thừa Thiên Huế"),
            F("có 52 triệu", "52 triệu", 52e6, "tài khoản", A, None, "vneid_accounts"),
        ],
    )


def test_a_sentence_opening_on_the_whole_country_ends_a_province_passage() -> None:
    text = (
        "Tại TP Hải Phòng, tỷ lệ hồ sơ trực tuyến đạt 74%. Thực hiện Đề án 06, cả nước có"
        " 57 triệu tài khoản định danh điện tử được kích hoạt. Tỷ lệ này của thành phố đạt 91%.\n"
    )
    _check(
        text,
        [
            F("đạt 74%", "74%", 74, "%", A, None, "online_dossier_share", scope="Hải Phòng"),
            F("có 57 triệu", "57 triệu", 57e6, "tài khoản", A, None, "vneid_accounts"),
        ],
    )
    # `của thành phố` refers back to the city reported on before.
    assert _at(text, "đạt 91%", "91%").scope == "Hải Phòng"


@pytest.mark.parametrize(
    ("text", "anchor", "raw"),
    [
        # A bridge point is where a leader spoke from, not whose figure it is.
        ("Tại điểm cầu tỉnh Gia Lai, đồng chí Nguyễn Văn An cho biết cả nước đã cấp 80 triệu"
         " thẻ căn cước.", "80 triệu", "80 triệu"),
        # `trong đó` singles a province out of a national figure.
        ("Cả nước có 52 triệu tài khoản định danh điện tử, trong đó Hà Nội dẫn đầu với 6,1"
         " triệu tài khoản.", "có 52 triệu", "52 triệu"),
        # A province after a national figure compared with it.
        ("Cả nước có 52 triệu tài khoản định danh điện tử, Hà Nội có 6,1 triệu tài khoản.",
         "có 52 triệu", "52 triệu"),
        # A list of provinces.
        ("Trong năm 2024, Hà Nội, Đà Nẵng, Bình Dương dẫn đầu với tỷ lệ hồ sơ trực tuyến"
         " trên 80%.", "trên 80%", "80%"),
        # A province joined to another by `và`.
        ("Năm 2024, Đà Nẵng và Hà Nội có tỷ lệ hồ sơ trực tuyến trên 85%.", "trên 85%", "85%"),
        # Referring back needs a province in the paragraph before.
        ("Cả nước có 48 triệu thuê bao 5G.\nToàn tỉnh có 320 trạm phát sóng 5G.\n",
         "có 320", "320"),
        # `trên địa bàn cả nước` is the nation.
        ("Tại TP Cần Thơ, tỷ lệ hồ sơ trực tuyến đạt 66%.\nTrên địa bàn cả nước có 12.000"
         " trạm 5G.\n", "có 12.000", "12.000"),
        # `trên địa bàn các tỉnh` speaks of several provinces.
        ("Tại TP Cần Thơ, tỷ lệ hồ sơ trực tuyến đạt 66%.\nTrên địa bàn các tỉnh miền núi có"
         " 3.100 trạm 4G.\n", "có 3.100", "3.100"),
        # A paragraph between that does not refer back ends the province's passage.
        ("Tại TP Cần Thơ, tỷ lệ hồ sơ trực tuyến đạt 66%.\nHội nghị đã nghe 5 tham luận.\n"
         "Doanh thu công nghiệp công nghệ số của tỉnh đạt 1.200 tỷ đồng.\n",
         "1.200 tỷ đồng", "1.200 tỷ đồng"),
    ],
)
def test_a_province_that_is_no_subject_leaves_the_figure_national(
    text: str, anchor: str, raw: str
) -> None:
    assert _at(text, anchor, raw).scope == "national"


# ---------------------------------------------------------------- a province's own meeting

PROVINCIAL = (
    "Sáng 12/6, Ban Chỉ đạo chuyển đổi số tỉnh Phú Yên tổ chức hội nghị sơ kết 6 tháng.\n"
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52%.\n"
    "Trên cả nước, đã có 58 triệu tài khoản định danh điện tử được kích hoạt.\n"
    "Phấn đấu đến hết năm 2024, 90% hồ sơ được số hóa.\n"
)


def _meeting(text: str, bridge_points: tuple[str, ...] = ()) -> Meeting:
    """The meeting as the meetings extractor gives it: its noun as `kind` evidence."""
    start = text.index("hội nghị")
    return Meeting(
        kind="de_an_06_conference",
        bridge_points=bridge_points,
        evidence=(Evidence("kind", start, start + len("hội nghị")),),
    )


def _scopes(text: str, meeting: Meeting) -> list[tuple[str, str]]:
    return [(f.raw, f.scope) for f in find_figures(text, sentences(text), meeting)]


def test_a_provinces_own_meeting_makes_its_results_the_default_scope() -> None:
    assert _scopes(PROVINCIAL, _meeting(PROVINCIAL)) == [
        ("52%", "Phú Yên"),
        ("58 triệu", "national"),  # `Trên cả nước` opens its sentence
        ("90%", "Phú Yên"),
    ]


@pytest.mark.parametrize(
    ("text", "bridge_points"),
    [
        # A national meeting the province joined as a bridge point.
        (PROVINCIAL, ("Phú Yên",)),
        # A province hosting a national meeting with a ministry.
        (PROVINCIAL.replace("Ban Chỉ đạo chuyển đổi số tỉnh Phú Yên tổ chức hội nghị",
                            "UBND tỉnh Phú Yên phối hợp với Bộ Công an tổ chức hội nghị"), ()),
        (PROVINCIAL.replace("tổ chức hội nghị sơ kết", "tổ chức hội nghị toàn quốc sơ kết"), ()),
        (PROVINCIAL.replace("Ban Chỉ đạo chuyển đổi số tỉnh Phú Yên tổ chức hội nghị",
                            "Bộ Công an tại tỉnh Phú Yên tổ chức hội nghị"), ()),
    ],
)
def test_a_meeting_the_province_does_not_hold_itself_leaves_figures_national(
    text: str, bridge_points: tuple[str, ...]
) -> None:
    assert {scope for _, scope in _scopes(text, _meeting(text, bridge_points))} == {"national"}
