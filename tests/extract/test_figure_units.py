"""What counts as a figure and what it counts, on sentences written for these
rules (not taken from any article): the counted noun as the unit of a count,
ratios told from dates by their neighbours, and counts of the meeting itself
(speakers, papers, its reach, how long it lasted) that are not figures.

Each sentence follows the same lead (a committee session on 15/3/2025), so a
figure whose sentence gives no period is dated by the meeting.
"""

from __future__ import annotations

import pytest

from cds_desktop.extract.model import Figure
from cds_desktop.extract.text import normalize
from tests.extract.figure_rows import F, check_row, extract, meeting_on

LEAD = (
    "Hà Nội, 15/3/2025 - Sáng 15/3, Thủ tướng Chính phủ, Chủ tịch Ủy ban Quốc gia về "
    "chuyển đổi số chủ trì Phiên họp thứ mười ba của Ủy ban.\n\n"
)
A, M = "actual", "2025-03-15"


def _figures(sentence: str) -> tuple[str, list[Figure]]:
    text = normalize(LEAD + sentence)
    return text, extract(text, meeting_on(text, M, "Sáng 15/3", "day", False))


COUNTS = [
    # A listed counted noun of two syllables is the unit, not its first syllable.
    (
        "Tỉnh Sơn La đã chi trả trợ cấp cho 12.340 đối tượng qua tài khoản.",
        F("cho 12.340", "12.340", 12340, "đối tượng", A, M, scope="Sơn La"),
    ),
    (
        "Cả nước có hơn 2,3 triệu công dân được cấp chữ ký số cá nhân.",
        F("2,3 triệu", "2,3 triệu", 2.3e6, "công dân", A, M, qualifier="hơn"),
    ),
    (
        "Bộ Tài chính đã hoàn thành 48/52 nhiệm vụ của năm.",
        F("48/52", "48/52", 48, "nhiệm vụ", A, M, denominator=52),
    ),
    # A pair of nouns written as one (`thôn, bản`) is one unit.
    (
        "Đã có 1.120/1.350 thôn, bản có sóng di động.",
        F("1.120/1.350", "1.120/1.350", 1120, "thôn, bản", A, M, denominator=1350),
    ),
    # An unlisted noun: two syllables, up to a function word (`được`).
    (
        "Thành phố Cần Thơ đã cấp 8.450 giấy phép được nộp qua mạng.",
        F("8.450", "8.450", 8450, "giấy phép", A, M, scope="Cần Thơ"),
    ),
    # ... and up to a capital: a name is not part of what is counted.
    (
        "Đã khai trương 6 trung tâm Hành chính công cấp huyện.",
        F("6 trung", "6", 6, "trung tâm", A, M),
    ),
    # A collective head keeps the two words after it.
    (
        "Toàn quốc có 7/9 nhóm dịch vụ thiết yếu được số hóa toàn trình.",
        F("7/9", "7/9", 7, "nhóm dịch vụ", A, M, denominator=9),
    ),
    (
        "Tỉnh Phú Yên đã hoàn thành 18 hạng mục hạ tầng số.",
        F("18 hạng", "18", 18, "hạng mục hạ tầng", A, M, scope="Phú Yên"),
    ),
    # `số` before the noun: what is counted is the noun after it.
    (
        "Đến nay 3/4 số huyện đã triển khai thanh toán điện tử.",
        F("3/4", "3/4", 3, "huyện", A, M, denominator=4),
    ),
    ("Hiện có 4/5 số bệnh xá đã kết nối mạng.", F("4/5", "4/5", 4, "bệnh xá", A, M, denominator=5)),
    # A ratio of a listed noun that names no thing counted elsewhere.
    (
        "Cả nước đã hoàn thành 3/5 chỉ tiêu về hạ tầng.",
        F("3/5", "3/5", 3, "chỉ tiêu", A, M, denominator=5),
    ),
    # A noun opening with a unit's word is counted, not money or a rank.
    (
        "Tỉnh đã hỗ trợ 12.000 đồng bào dân tộc thiểu số cài đặt ứng dụng.",
        F("12.000", "12.000", 12000, "đồng bào", A, M),
    ),
    # A listed pair is taken whole, longest first.
    (
        "Tỉnh có 640 cán bộ, công chức được tập huấn kỹ năng số.",
        F("640", "640", 640, "cán bộ, công chức", A, M),
    ),
]


@pytest.mark.parametrize(("sentence", "row"), COUNTS, ids=[r.anchor for _, r in COUNTS])
def test_a_count_takes_what_it_counts_as_its_unit(sentence: str, row: F) -> None:
    text, figures = _figures(sentence)
    check_row(text, figures, row)


# Figures next to the new cue words, which a broader rule would drop or re-unit.
NEAR_MISSES = [
    # `hạng` and `đồng` alone are still a rank and money.
    ("Chỉ số của tỉnh tăng 3 hạng so với năm trước.", "3 hạng", "bậc", 3),
    ("Tỉnh đã thu 5 tỷ đồng phí qua mạng.", "5 tỷ đồng", "đồng", 5e9),
    # A count that reaches things online is no meeting: it stays a figure.
    (
        "Có 2.150 trạm y tế kết nối trực tuyến với cơ quan bảo hiểm xã hội.",
        "2.150",
        "trạm y tế",
        2150,
    ),
    # Opinions of the public, not of the meeting's speakers.
    ("Tổng đài đã tiếp nhận 3.500 ý kiến phản ánh của người dân.", "3.500", "ý kiến", 3500),
]


@pytest.mark.parametrize(("sentence", "raw", "unit", "value"), NEAR_MISSES)
def test_figures_near_the_new_cue_words_stay(
    sentence: str, raw: str, unit: str, value: float
) -> None:
    _, figures = _figures(sentence)
    (found,) = [f for f in figures if f.start > len(LEAD)]
    assert (found.raw, found.unit, found.value) == (raw, unit, pytest.approx(value))


NOT_FIGURES = [
    # Dates that could be ratios by their digits: the words around them decide.
    "Sáng 9/10, Thủ tướng làm việc với các bộ, ngành.",
    "Hội nghị ngày 2/3 đánh giá kết quả quý I.",
    "Chiều thứ Tư (6/11), đoàn công tác làm việc tại tỉnh.",
    "Từ 1/7 người dân có thể nộp hồ sơ hoàn toàn trực tuyến.",
    "Thủ tướng yêu cầu hoàn thành trước 30/6 các nhiệm vụ còn lại.",
    "Đoàn công tác làm việc 4/10 tại Hà Nội.",
    # Counts of the meeting itself, and how long it lasted.
    "Hội nghị kéo dài khoảng 4 tiếng đồng hồ, với 11 ý kiến thảo luận.",
    "Phiên họp kéo dài hơn 2 tiếng.",
    "Có 6 bộ, ngành và 9 địa phương trình bày tham luận tại hội nghị.",
    "Phiên họp được kết nối trực tuyến tới 34 tỉnh, thành phố.",
    "Tại hội nghị, 5 đồng chí đã phát biểu.",
    # Check-points of a plan describe it; they measure nothing.
    "Kế hoạch đặt ra 4 mốc đánh giá theo quý.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_dates_and_the_meetings_own_counts_are_not_figures(sentence: str) -> None:
    _, figures = _figures(sentence)
    assert [f.raw for f in figures if f.start > len(LEAD)] == []
