"""The chair of a national conference that the article never says `chủ trì`
of: the leader whose directing or closing speech it reports by title alone
(`Kết luận hội nghị, Thủ tướng nhấn mạnh ...`), named earlier with that
title. Written for this test (another province and names than any article).
"""

from __future__ import annotations

from cds_desktop.extract.meetings import find_meeting
from cds_desktop.extract.text import image_lines, sentences


def _chair(text: str) -> str | None:
    m = find_meeting(text, sentences(text), image_lines(text))
    assert m is not None
    return m.chair


LEAD = (
    "Sáng 12/1/2024, Thủ tướng Phạm Minh Chính dự Hội nghị trực tuyến toàn quốc tổng kết "
    "2 năm triển khai Đề án 06. Tại điểm cầu Bắc Ninh, đồng chí Nguyễn Văn An, Phó Chủ tịch "
    "UBND tỉnh, chủ trì.\n"
    "Báo cáo tại hội nghị, Thứ trưởng Bộ Công an Nguyễn Văn Long cho biết kết quả.\n"
)


def test_the_speaker_named_by_title_alone_chairs() -> None:
    text = LEAD + "Kết luận hội nghị, Thủ tướng yêu cầu các bộ, ngành làm giàu dữ liệu.\n"
    assert _chair(text) == "Phạm Minh Chính"


def test_a_deputy_of_the_title_is_not_taken_for_it() -> None:
    text = (
        "Sáng 12/1/2024, Phó Thủ tướng Trần Lưu Quang dự Hội nghị trực tuyến toàn quốc tổng "
        "kết Đề án 06.\n"
        "Phát biểu chỉ đạo, Thủ tướng yêu cầu làm giàu dữ liệu.\n"
    )
    assert _chair(text) is None


def test_without_such_a_speech_no_chair_is_guessed() -> None:
    assert _chair(LEAD) is None
