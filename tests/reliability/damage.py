"""Ways a database file gets damaged, as functions from its bytes to the damaged bytes."""

from __future__ import annotations

import random
from collections.abc import Callable


def truncate(fraction: float) -> Callable[[bytes], bytes]:
    return lambda data: data[: int(len(data) * fraction) // 4096 * 4096]


def first_page(data: bytes) -> bytes:
    return data[:4096]


def zero_header(data: bytes) -> bytes:
    return bytes(100) + data[100:]


def garbage_middle(data: bytes) -> bytes:
    noise = random.Random(5).randbytes(3 * 4096)
    mid = len(data) // 2 // 4096 * 4096
    return data[:mid] + noise + data[mid + len(noise) :]


def text_file(data: bytes) -> bytes:
    return "Đây không phải cơ sở dữ liệu.\n".encode() * 200


def noise(data: bytes) -> bytes:
    return random.Random(6).randbytes(len(data))
