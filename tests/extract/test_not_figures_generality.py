"""Numbers that are no figures, in wordings of their own: the meeting's reach
and attendance, a page's chrome, tiers of an index, counts of others than the
subject, named days.

The sentences are written for these tests (other provinces, numbers and
wordings than any article of the repository). Each rule has its negative
cases: the figures the obvious form of the rule would have dropped.
"""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import extract


def _raws(text: str) -> list[str]:
    return [f.raw for f in extract(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Phiên họp được tổ chức trực tiếp kết hợp trực tuyến tới 62 tỉnh, thành phố.\n",
        "Thủ tướng chủ trì hội nghị, trực tuyến đến 705 xã của tỉnh.\n",
        "Hội nghị được truyền hình tới 28 bộ, ngành, địa phương.\n",
        "Bộ trưởng chủ trì phiên họp, kết nối trực tiếp với 11 tỉnh.\n",
    ],
)
def test_the_places_a_meeting_reaches_are_no_figures(text: str) -> None:
    assert _raws(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dự họp có 9 bộ, ngành; 48 địa phương dự hội nghị qua truyền hình.\n",
        "Khoảng 120 doanh nghiệp công nghệ tham dự phiên họp.\n",
        "Có 17 sở, ngành và 9 huyện tham dự tại các điểm cầu.\n",
    ],
)
def test_who_attended_is_no_figure(text: str) -> None:
    assert _raws(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # What a database or a service reaches is a figure.
        ("Cổng thanh toán trực tuyến với 3,2 triệu giao dịch trong quý.\n", ["3,2 triệu"]),
        ("Đến nay 61 tỉnh, thành phố đã kết nối dữ liệu hộ tịch.\n", ["61"]),
        ("Tỷ lệ giải quyết trực tuyến tới 100% hồ sơ.\n", ["100%"]),
        # Attending words outside the count's clause leave it.
        ("Tỉnh có 410 tổ công nghệ số; các tổ trưởng tham dự hội nghị.\n", ["410"]),
    ],
)
def test_reach_and_attendance_rules_leave_other_counts(text: str, raws: list[str]) -> None:
    assert _raws(text) == raws


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # Every count of the places a meeting reaches, however many are listed.
        ("Phiên họp trực tuyến với 63 tỉnh, thành phố, 705 huyện và 10.599 xã.\n", []),
        ("Hội nghị kết nối tới 34 tỉnh và 3.321 xã, phường; ông A chủ trì.\n", []),
        # A count after the list that did something stays.
        ("Hội nghị kết nối tới 34 tỉnh, thành phố và đã có 3.321 xã triển khai.\n", ["3.321"]),
        # What a province is made of is no figure; its communes that did
        # something are, whatever shorter name the phrase opens on.
        ("Toàn tỉnh hiện có 241 xã, phường, thị trấn.\n", []),
        ("Tỉnh đã có 320 xã, phường số hóa hồ sơ địa chính.\n", ["320"]),
    ],
)
def test_lists_of_reached_places_and_a_provinces_makeup(text: str, raws: list[str]) -> None:
    assert _raws(text) == raws


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # A photo caption naming who attended ends on a word: the paragraph
        # after it reports results.
        (
            "Đại biểu dự phiên họp tại điểm cầu Long An\n\n"
            "Tỉnh đã thu nhận 512.000 hồ sơ định danh điện tử.\n",
            ["512.000"],
        ),
        (
            "Quang cảnh các đại biểu tham dự hội nghị\n\nSở đã số hóa 48.300 hồ sơ, đạt 91%.\n",
            ["48.300", "91%"],
        ),
        # A speaker lead that stops at a colon runs on into its list.
        ("Tham dự hội nghị có:\n\n- 18 đại biểu của các bộ, ngành.\n", []),
    ],
)
def test_an_attendance_line_reaches_the_next_paragraph_only_through_a_colon(
    text: str, raws: list[str]
) -> None:
    assert _raws(text) == raws


def test_a_verb_of_reach_with_no_place_after_it_keeps_the_count() -> None:
    # `kết nối trực tuyến với` + localities is the reach of a network when the
    # sentence is about one; the rule needs a preposition right after
    # `trực tuyến` and a place noun, so a count of transactions stays.
    assert _raws("Ví điện tử kết nối trực tuyến với 2,4 triệu người dùng.\n") == ["2,4 triệu"]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày đăng: 03/05/2024 | Lượt xem: 2.318\n\nTỉnh đạt 64,2% hồ sơ trực tuyến.\n",
        "Lượt thích 57 · Bình luận (4) · Chia sẻ: 12\n\nTỉnh đạt 64,2% hồ sơ trực tuyến.\n",
        "Bài viết có 8.902 lượt xem.\n\nTỉnh đạt 64,2% hồ sơ trực tuyến.\n",
    ],
)
def test_a_pages_counters_are_no_figures(text: str) -> None:
    assert _raws(text) == ["64,2%"]


def test_a_labels_verb_without_a_colon_keeps_its_count() -> None:
    text = "Nền tảng đã chia sẻ 5,1 triệu bản ghi cho các bộ.\n"
    assert _raws(text) == ["5,1 triệu"]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam thuộc nhóm Bậc 2 của chỉ số này.\n",
        "Tỉnh được xếp vào bậc 3 trong bảng đánh giá.\n",
    ],
)
def test_a_tier_of_an_index_is_no_figure(text: str) -> None:
    assert _raws(text) == []


def test_a_move_in_tiers_stays_a_figure() -> None:
    assert _raws("Chỉ số của tỉnh tăng 4 bậc so với năm trước.\n") == ["4 bậc"]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam đứng trong nhóm dẫn đầu cùng 12 quốc gia khác.\n",
        "Mô hình sẽ được nhân rộng ra 40 địa phương còn lại.\n",
    ],
)
def test_a_count_of_others_than_the_subject_is_no_figure(text: str) -> None:
    assert _raws(text) == []


def test_various_things_counted_stay_a_figure() -> None:
    text = "Ứng dụng đã tích hợp 27 loại giấy tờ khác nhau.\n"
    assert _raws(text) == ["27"]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4 bằng nhiều hoạt động.\n",
        "Các hoạt động chào mừng Ngày Pháp luật 9/11 lần thứ hai được tổ chức.\n",
        "Tuần lễ Số hóa 5/6 thu hút đông đảo người dân.\n",
    ],
)
def test_the_date_of_a_named_day_is_no_ratio(text: str) -> None:
    assert _raws(text) == []


def test_a_ratio_after_running_text_with_ngay_stays() -> None:
    # `ngày càng` is no named day, and lower case names none.
    text = "Số xã có dịch vụ ngày càng tăng, nay 9/12 xã đã phủ sóng.\n"
    assert _raws(text) == ["9/12"]


@pytest.mark.parametrize(
    "text",
    [
        "Kết luận phiên họp, Phó Thủ tướng giao 15 nhóm nhiệm vụ cho các bộ.\n",
        "Ban Chỉ đạo đề ra 6 giải pháp trọng tâm cho quý tới.\n",
    ],
)
def test_tasks_a_meeting_hands_out_are_no_figures(text: str) -> None:
    assert _raws(text) == []


def test_tasks_completed_stay_a_figure() -> None:
    text = "Tỉnh đã hoàn thành 41/45 nhiệm vụ được giao trong năm.\n"
    assert _raws(text) == ["41/45"]
