"""The bad-input corpus, written into a folder at test time (no blobs in git).

Each case says what a desktop user could hand the importer and what must
happen: `import` (the stored text is known exactly, or by what it must and
must not contain) or `refuse` (the message names the file and gives the
reason). Cases are data, so the CLI test, the store-API test and
`docs/reliability.md` all walk the same list.
"""

from __future__ import annotations

import os
import struct
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A short article in the house style; every case starts from it so that what
# is imported is recognisably an article (and unique per case: the store
# deduplicates by content).
ARTICLE = (
    "Sáng ngày 24/4/2024, Ủy ban Quốc gia về chuyển đổi số tổ chức Phiên họp lần thứ tám.\n"
    "Đề án 06 đạt nhiều kết quả; tỷ lệ hồ sơ trực tuyến toàn trình đạt 42%, "
    "kinh tế số chiếm 16,5% GDP, hơn 1,5 tỷ yêu cầu xác thực.\n"
    "Ước đến năm 2025 có 80% người dân dùng VNeID.\n"
)

MB = 1_000_000


def article(tag: str) -> str:
    """The sample article with a line naming the case, so no two cases share a text."""
    return f"Tin {tag}\n{ARTICLE}"


@dataclass(frozen=True)
class BadInput:
    """One input and its expected outcome."""

    key: str
    filename: str
    make: Callable[[Path], None]  # writes the input at the given path
    outcome: str  # "import" or "refuse"
    what: str  # one line for docs/reliability.md
    text: str | None = None  # the exact stored text, when known
    contains: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    reason: tuple[str, ...] = ()  # words the refusal must carry (lower-case)
    slow: bool = False
    unreadable: bool = False  # needs a reader without the right to read it


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _png() -> bytes:
    """A real 1x1 PNG: signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258, the way legacy Vietnamese files are.

    The code page holds base letters with one mark (`ê`, `ơ`) and the five
    tone marks as combining characters, so `ệ` is written `ê` + dot below.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        for i, mark in enumerate(marks):
            head = unicodedata.normalize("NFC", base + mark)
            rest = "".join(marks[:i] + marks[i + 1 :])
            try:
                out += head.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += unicodedata.normalize("NFD", ch).encode("cp1258")
    return bytes(out)


def _big(path: Path, size: int, line: str) -> None:
    """Write `size` bytes made of `line` repeated, without holding them all twice."""
    chunk = line.encode("utf-8") * max(1, (1 << 20) // len(line.encode("utf-8")))
    with path.open("wb") as fh:
        fh.write(article("lớn").encode("utf-8"))
        written = fh.tell()
        while written < size:
            piece = chunk[: size - written]
            fh.write(piece)
            written += len(piece)


def _one_line(path: Path, size: int) -> None:
    sentence = "Tỷ lệ hồ sơ trực tuyến đạt 42% trong quý I năm 2024. "
    body = (sentence * (size // len(sentence.encode("utf-8")) + 1)).encode("utf-8")[:size]
    # Cut on a character boundary so the file stays valid UTF-8.
    path.write_bytes(body.decode("utf-8", "ignore").rstrip().encode("utf-8"))


def _directory(path: Path) -> None:
    path.mkdir()


def _unreadable(path: Path) -> None:
    path.write_text(article("không đọc được"), encoding="utf-8")
    os.chmod(path, 0)


_HTML = """<!doctype html>
<html><head><title>Phiên họp lần thứ 9 của Ủy ban Quốc gia về chuyển đổi số</title>
<style>body { background: url(http://127.0.0.1:9/style-leak.png) } .x { color: red }</style>
<script>fetch("http://127.0.0.1:9/script-leak"); document.write("SCRIPT-RAN");</script>
</head><body>
<h1>Phiên họp lần thứ 9 của Ủy ban Quốc gia về chuyển đổi số</h1>
<p>Ngày 10-7, tỷ lệ hồ sơ trực tuyến toàn trình đạt <b>42%</b>.</p>
<iframe src="http://127.0.0.1:9/frame-leak">FRAME-TEXT</iframe>
<p><img src="http://127.0.0.1:9/img-leak.png" alt="ảnh">Kinh tế số chiếm 16,5% GDP.</p>
<noscript>NOSCRIPT-TEXT</noscript>
</body></html>
"""


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def cases() -> list[BadInput]:
    """Every bad input, in the order docs/reliability.md lists them."""
    nfc = unicodedata.normalize
    return [
        BadInput("empty", "empty.txt", _bytes(b""), "refuse", "empty file", reason=("empty",)),
        BadInput(
            "whitespace",
            "spaces.txt",
            _bytes(b" \n\t\r\n   \n"),
            "refuse",
            "white space only",
            reason=("empty",),
        ),
        BadInput(
            "png",
            "anh.txt",
            _bytes(_png()),
            "refuse",
            "PNG bytes named .txt",
            reason=("binary",),
        ),
        BadInput(
            "png-suffix",
            "anh.png",
            _bytes(_png()),
            "refuse",
            "a .png file",
            reason=("not an article file",),
        ),
        BadInput(
            "utf8-bom",
            "bom.txt",
            _bytes(b"\xef\xbb\xbf" + article("bom").encode("utf-8")),
            "import",
            "UTF-8 with a BOM",
            text=article("bom"),
        ),
        BadInput(
            "utf16-le",
            "utf16le.txt",
            _bytes(b"\xff\xfe" + article("utf16le").encode("utf-16-le")),
            "import",
            "UTF-16 LE with a BOM",
            text=article("utf16le"),
        ),
        BadInput(
            "utf16-be",
            "utf16be.txt",
            _bytes(b"\xfe\xff" + article("utf16be").encode("utf-16-be")),
            "import",
            "UTF-16 BE with a BOM",
            text=article("utf16be"),
        ),
        BadInput(
            "utf16-no-bom",
            "utf16nobom.txt",
            _bytes(article("utf16nobom").encode("utf-16-le")),
            "refuse",
            "UTF-16 LE without a BOM",
            reason=("binary",),
        ),
        BadInput(
            "cp1258",
            "legacy.txt",
            _bytes(cp1258(article("cp1258 Phiên họp ệ ự ỗ ẵ"))),
            "import",
            "Windows-1258 (legacy Vietnamese, tone marks combining)",
            text=article("cp1258 Phiên họp ệ ự ỗ ẵ"),
        ),
        BadInput(
            "undefined-bytes",
            "hong.txt",
            _bytes(b"Tin h\x81ng: \x8d\x8f\x90\x9d " + b"abc " * 20),
            "refuse",
            "bytes undefined in UTF-8 and Windows-1258 (0x81, 0x8D)",
            reason=("windows-1258",),
        ),
        BadInput(
            "nfd",
            "nfd.txt",
            _bytes(_nfd(article("nfd")).encode("utf-8")),
            "import",
            "NFD-decomposed Vietnamese (stored as NFC)",
            text=nfc("NFC", article("nfd")),
        ),
        BadInput(
            "crlf",
            "crlf.txt",
            _bytes(article("crlf").replace("\n", "\r\n").encode("utf-8")),
            "import",
            "CRLF line ends",
            text=article("crlf"),
        ),
        BadInput(
            "lone-cr",
            "cr.txt",
            _bytes(article("cr").replace("\n", "\r").encode("utf-8")),
            "import",
            "lone CR line ends (classic Mac)",
            text=article("cr"),
        ),
        BadInput(
            "eth",
            "eth.txt",
            _bytes(article("Ðề án 06 và Đề án 06, ÐỒNG CHÍ").encode("utf-8")),
            "import",
            "`Ð` (U+00D0) and `Đ` (U+0110) mixed, kept as written",
            text=article("Ðề án 06 và Đề án 06, ÐỒNG CHÍ"),
        ),
        BadInput(
            "nbsp",
            "nbsp.txt",
            _bytes(article("nbsp").replace("16,5% GDP", "16,5%\u00a0GDP").encode("utf-8")),
            "import",
            "no-break spaces, kept as written",
            text=article("nbsp").replace("16,5% GDP", "16,5%\u00a0GDP"),
        ),
        BadInput(
            "html",
            "trang.html",
            _bytes(_HTML.encode("utf-8")),
            "import",
            "HTML with <script>, <style>, <iframe>, <img src=http://...>",
            contains=("Phiên họp lần thứ 9", "đạt 42%.", "Kinh tế số chiếm 16,5% GDP."),
            excludes=("fetch(", "SCRIPT-RAN", "color: red", "http://", "FRAME-TEXT", "<"),
        ),
        BadInput(
            "html-binary",
            "nhiphan.html",
            _bytes(b"<html>\x00\x01\x02" + _png()),
            "refuse",
            "binary bytes named .html",
            reason=("binary",),
        ),
        BadInput(
            "huge",
            "khonglo.txt",
            lambda p: _big(p, 50 * MB, "Kinh tế số chiếm 16,5% GDP năm 2024.\n"),
            "refuse",
            "a 50 MB text file",
            reason=("too large",),
            slow=True,
        ),
        BadInput(
            "long-line",
            "motdong.txt",
            lambda p: _one_line(p, 5 * MB),
            "import",
            "a single 5 MB line",
            contains=("Tỷ lệ hồ sơ trực tuyến đạt 42% trong quý I năm 2024.",),
            excludes=("\n",),
            slow=True,
        ),
        BadInput(
            "numbers",
            "so.txt",
            _bytes(
                (
                    "Tin số lạ\nMã 1.2.3.4 được cấp. Có 99999999999999999999 tỷ đồng. "
                    "Tỷ lệ giảm -5% và đạt 150% kế hoạch. Đạt 1e308 và 0,0000001%.\n"
                    f"Có {'9' * 400} tỷ đồng và 42% hồ sơ.\n"
                ).encode()
            ),
            "import",
            "numbers 1.2.3.4, 99999999999999999999 tỷ, -5%, 150%, a 400-digit number",
            contains=("1.2.3.4", "99999999999999999999 tỷ", "-5%", "150%"),
        ),
        BadInput(
            "dates",
            "ngay.txt",
            _bytes(
                (
                    "Ngày 31/2/2024, Ủy ban Quốc gia về chuyển đổi số họp phiên họp lần thứ 0. "
                    "Chiều 0/13/2024 có 42% hồ sơ trực tuyến.\n"
                ).encode()
            ),
            "import",
            "dates 31/2/2024 and 0/13/2024, `phiên họp lần thứ 0`",
            contains=("31/2/2024", "0/13/2024", "lần thứ 0"),
        ),
        BadInput(
            "vietnamese-name",
            "Phiên họp lần thứ tám — Đề án 06 (bản sao).txt",
            _bytes(article("tên tệp").encode("utf-8")),
            "import",
            "a file name with spaces and Vietnamese characters",
            text=article("tên tệp"),
        ),
        BadInput(
            "directory",
            "thu muc.txt",
            _directory,
            "refuse",
            "a directory given as a file",
            reason=("directory",),
        ),
        BadInput(
            "missing",
            "khong co.txt",
            lambda p: None,
            "refuse",
            "a file that does not exist",
            reason=("no such file",),
        ),
        BadInput(
            "fifo",
            "ong.txt",
            os.mkfifo,
            "refuse",
            "a named pipe called .txt (reading it would block for ever)",
            reason=("not a regular file",),
        ),
        BadInput(
            "device",
            "vohan.txt",
            lambda p: p.symlink_to("/dev/zero"),
            "refuse",
            "a .txt symlink to /dev/zero (an endless file)",
            reason=("not a regular file",),
        ),
        BadInput(
            "unreadable",
            "bi khoa.txt",
            _unreadable,
            "refuse",
            "a file without read permission",
            reason=("permission denied",),
            unreadable=True,
        ),
        BadInput(
            "controls",
            "dieukhien.txt",
            _bytes(("Tin \x1b[31mđỏ\x1b[0m \u202eđảo\u202c \u200bẩn\n" + ARTICLE).encode()),
            "import",
            "terminal escapes, bidi overrides, zero-width spaces (kept, never interpreted)",
            text="Tin \x1b[31mđỏ\x1b[0m \u202eđảo\u202c \u200bẩn\n" + ARTICLE,
        ),
    ]


def by_key(key: str) -> BadInput:
    return next(c for c in cases() if c.key == key)
