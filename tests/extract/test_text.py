"""Text as stored, folded forms, decoding, image lines and sentences (checked
against sentences read from the real seeds)."""

from __future__ import annotations

import pytest

from cds_desktop.extract.text import (
    TextError,
    decode_bytes,
    fold,
    image_lines,
    lead_dateline_match,
    metadata_spans,
    normalize,
    search_fold,
    sentences,
)


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


# ---- normalize, fold, search_fold ------------------------------------------------


def test_normalize_nfc_line_ends_and_bom() -> None:
    decomposed = "\ufeffChuye\u0302\u0309n\r\ndo\u0302\u0309i\rso\u0302\u0301"
    out = normalize(decomposed)
    assert out == "Chuyển\ndổi\nsố"
    assert normalize(out) == out


def test_fold_maps_eth_spaces_quotes_dashes_and_case() -> None:
    assert fold("\u00d0ề án 06") == "đề án 06"
    assert fold("Quảng\u00a0Ninh\u202fx") == "quảng ninh x"
    assert fold("“rất cao” ‘a’ – b — c") == "\"rất cao\" 'a' - b - c"
    assert fold("ĐỀ ÁN") == "đề án"


def test_search_fold_drops_diacritics_and_dj() -> None:
    assert search_fold("Chuyển đổi số") == "chuyen doi so"
    assert search_fold("\u00d0ề án 06") == "de an 06"
    assert search_fold("Điện tử") == "dien tu"


def test_fold_keeps_length_for_characters_whose_lower_case_grows() -> None:
    # "İ".lower() is two code points; fold must stay one for one.
    text = "İstanbul ẞ ǅ"
    assert len(fold(text)) == len(text)
    assert len(search_fold(text)) == len(text)


# ---- decode_bytes ------------------------------------------------------------


def test_decode_utf8_with_bom_and_crlf() -> None:
    assert decode_bytes("\ufeffSáng 6/2\r\nChiều".encode()) == "Sáng 6/2\nChiều"


def test_decode_utf16_with_bom() -> None:
    assert decode_bytes("Ủy ban Quốc gia".encode("utf-16")) == "Ủy ban Quốc gia"


def test_decode_windows_1258() -> None:
    # Windows-1258 writes the tone as a combining mark after the letter.
    raw = b"Vi\xea\xf2t Nam s\xf4\xec \xf0i\xea\xf2n t\xfd\xd2"
    assert decode_bytes(raw) == "Việt Nam số điện tử"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
        (b"\xff\xfe\x00", "UTF-16"),
    ],
)
def test_decode_errors_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(TextError, match=reason):
        decode_bytes(data)


# ---- image lines and metadata ------------------------------------------------


def test_image_lines_caption_and_url() -> None:
    text = "Trước\n![Toàn cảnh. Ảnh: VGP](https://x.example/2025_02_06/a.jpg)\nSau\n"
    [img] = image_lines(text)
    assert text[img.start : img.end].startswith("![Toàn cảnh")
    assert text[img.caption.start : img.caption.end] == "Toàn cảnh. Ảnh: VGP"
    assert text[img.url.start : img.url.end] == "https://x.example/2025_02_06/a.jpg"
    assert texts(text) == ["Trước", "Sau"]


def test_metadata_spans_are_the_dateline_and_the_header() -> None:
    text = "10/07/2024 - 20:53\n\nTiêu đề\n"
    assert [text[s.start : s.end] for s in metadata_spans(text)] == ["10/07/2024 - 20:53"]
    text = ' date 2022-08 "Câu nói", Thủ tướng nêu rõ.\n'
    assert [text[s.start : s.end] for s in metadata_spans(text)] == [" date 2022-08"]
    assert metadata_spans("Sáng ngày 24/4/2024, Ủy ban họp.") == ()


def test_time_first_dateline_is_not_body_text() -> None:
    text = "18:40 | 06/12/2022\n\nQuảng Trị dự phiên họp của Ủy ban\n\nNgày 6/12, tỉnh họp.\n"
    assert [text[s.start : s.end] for s in metadata_spans(text)] == ["18:40 | 06/12/2022"]
    assert texts(text) == ["Quảng Trị dự phiên họp của Ủy ban", "Ngày 6/12, tỉnh họp."]


def test_a_lead_dateline_needs_a_capitalised_place() -> None:
    """A lower-case clause before a date and a dash is a sentence; the search
    goes on to the next line."""
    text = "Tin\ntheo kế hoạch, 1/2/2024 - hạn chót.\nVinh, 3/4/2024 (TTXVN) - Sáng nay.\n"
    m = lead_dateline_match(text)
    assert m is not None
    assert m.group("place", "d", "m", "y") == ("Vinh", "3", "4", "2024")
    assert lead_dateline_match("Tin\ntheo kế hoạch, 1/2/2024 - hạn chót.\n") is None


def test_a_dateline_opening_a_paragraph_stays_body_text() -> None:
    """Its date is the publication date, but the sentence goes on after it:
    the text is kept as written, sentence and offsets unchanged."""
    text = "Tiêu đề bài viết ở đây\nVinh, 3/4/2024 (TTXVN) - Sáng 3/4, tỉnh họp.\n"
    assert metadata_spans(text) == ()
    assert texts(text) == ["Tiêu đề bài viết ở đây", "Vinh, 3/4/2024 (TTXVN) - Sáng 3/4, tỉnh họp."]


# ---- sentences on the seeds ------------------------------------------------------


def test_seed_000_numbers_and_ellipsis_do_not_split(seed_texts: dict[str, str]) -> None:
    got = texts(seed_texts["000_ece4792df603b440.txt"])
    assert got[0] == (
        "Sáng ngày 24/4/2024, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp lần thứ tám, "
        "trực tuyến với các địa phương."
    )
    assert "Về an toàn thông tin mạng, có 779/3.418 hệ thống được bảo vệ, đạt 22,8%." in got
    assert "Công dân số từng bước được hình thành và phát triển." in got
    assert got[-1].endswith("Chiến lược phát triển kinh tế số và xã hội số…")
    # The caption line is its own sentence, not glued to the next paragraph.
    assert "Toàn cảnh tại điểm cầu tỉnh Ninh Thuận" in got


def test_seed_000_sentence_broken_over_two_lines_is_one(seed_texts: dict[str, str]) -> None:
    got = texts(seed_texts["000_ece4792df603b440.txt"])
    [joined] = [s for s in got if s.startswith("Hội nghị đã nghe")]
    assert joined.startswith(
        "Hội nghị đã nghe các báo cáo tham luận và ý kiến phát biểu của 05 bộ,\nngành (Bộ Công an"
    )
    assert joined.endswith("và 03 doanh nghiệp (Viettel, VNPT, FPT).")


def test_seed_001_quote_and_trailing_mark(seed_texts: dict[str, str]) -> None:
    got = texts(seed_texts["001_7500e7b9badc424b.txt"])
    quoted = [s for s in got if s.startswith("“Cần đề cao")]
    assert len(quoted) == 1
    # Two sentences inside the quotation stay with the speaker.
    assert quoted[0].endswith("”, Thủ tướng nhấn mạnh.")
    assert "Đẩy mạnh truyền thông" in quoted[0]
    assert got[-2] == (
        "Phấn đấu đến cuối năm 2023 ít nhất có 20 triệu người dân sử dụng nền tảng VNeID./."
    )
    assert "Ước tính sơ bộ, tỷ trọng kinh tế số/GDP trong 6 tháng đầu năm đạt khoảng 14,96%." in got


def test_seed_002_image_lines_are_not_sentences(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002_a279c6271ee83ab4.txt"]
    got = texts(text)
    assert not any(s.startswith("![") for s in got)
    assert (
        "Năm 2024, Việt Nam đã vươn lên vị trí thứ 71/193 quốc gia trong bảng xếp hạng "
        "Chính phủ điện tử của Liên hợp quốc, tăng 15 bậc so với năm 2022."
    ) in got
    assert (
        "Đây là lần đầu tiên Việt Nam được xếp vào nhóm quốc gia có Chỉ số phát triển "
        "Chính phủ điện tử ở mức “rất cao”." in got
    )


def test_seed_003_header_and_flattened_table(seed_texts: dict[str, str]) -> None:
    text = seed_texts["003_0ccab965f8dd1fbf.txt"]
    got = texts(text)
    assert got[0].startswith('"Vấn đề đặt ra cho chúng ta')
    assert got[0].endswith('", Thủ tướng nêu rõ.')
    [table] = [s for s in got if s.startswith("Chỉ tiêu 6 tháng Năm 2022")]
    assert table.endswith("Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số 6% 30%")
    assert "Tỷ lệ sản xuất/nhập khẩu tháng 6/2022 đạt 72,6%." in got
    assert (
        "Doanh thu an toàn thông tin mạng đạt 1.418 tỷ đồng, tăng 48,8% so với cùng kỳ "
        "năm 2021." in got
    )
    assert "Tỉ trọng này năm 2021 ước tính là 9,6%." in got


def test_seed_004_dateline_is_not_body_and_eth_sentences(seed_texts: dict[str, str]) -> None:
    got = texts(seed_texts["004_f35bec352890091e.txt"])
    assert got[0] == "Nhiều kết quả tích cực trong thực hiện chuyển đổi số quốc gia"
    assert "Số lượng doanh nghiệp công nghệ số Việt Nam tăng 8%." in got
    assert "Ðồng chí Trần Việt Trường cùng các đại biểu tham dự họp tại điểm cầu TP Cần Thơ." in got


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ông đến TP. Hồ Chí Minh. Sau đó về.", ["Ông đến TP. Hồ Chí Minh.", "Sau đó về."]),
        ("TS. Nguyễn Huy Dũng trình bày. Hết.", ["TS. Nguyễn Huy Dũng trình bày.", "Hết."]),
        ("Đạt 10,41%. Tăng 1.418 tỷ.", ["Đạt 10,41%.", "Tăng 1.418 tỷ."]),
        ("Chờ đợi... Rồi xong.", ["Chờ đợi...", "Rồi xong."]),
        ("Hỏi? Đáp! Xong.", ["Hỏi?", "Đáp!", "Xong."]),
        ("phiên bản 2.0 ra mắt. Tốt.", ["phiên bản 2.0 ra mắt.", "Tốt."]),
        ("Một dòng,\nhai dòng.", ["Một dòng,\nhai dòng."]),
        ("Một dòng,\nHai dòng.", ["Một dòng,", "Hai dòng."]),
    ],
)
def test_sentence_rules(line: str, expected: list[str]) -> None:
    assert texts(line) == expected


def test_paragraph_numbers_follow_lines() -> None:
    text = "A một. B hai.\n\nC ba.\n![x](y)\nD bốn."
    assert [(text[s.start : s.end], s.paragraph) for s in sentences(text)] == [
        ("A một.", 0),
        ("B hai.", 0),
        ("C ba.", 1),
        ("D bốn.", 3),
    ]


def test_an_unclosed_quotation_does_not_swallow_the_line() -> None:
    line = "Ông nói: “Phải làm ngay. Sau đó báo cáo. Cuối cùng kiểm tra."
    assert texts(line) == ["Ông nói: “Phải làm ngay.", "Sau đó báo cáo.", "Cuối cùng kiểm tra."]


def test_more_abbreviations() -> None:
    line = "Về TX. Sơn Tây có PGS.TS. Nguyễn Văn A dự. Kết thúc."
    assert texts(line) == ["Về TX. Sơn Tây có PGS.TS. Nguyễn Văn A dự.", "Kết thúc."]


def test_utf8_with_a_broken_byte_is_an_error_not_mojibake() -> None:
    data = (
        "Ủy ban Quốc gia về chuyển đổi số họp phiên thứ tám.".encode() + b"\xff " + "tiếp".encode()
    )
    with pytest.raises(TextError, match="broken UTF-8 at byte"):
        decode_bytes(data)


def test_windows_1258_with_bytes_that_look_like_utf8_leads_is_still_read() -> None:
    # 0xC3 is "Ă" and 0xEC a combining acute in Windows-1258; never a UTF-8 pair here.
    raw = b"\xc3\xecn u\xf4\xecng v\xe0 Vi\xea\xf2t Nam"
    assert decode_bytes(raw) == "Ắn uống và Việt Nam"
