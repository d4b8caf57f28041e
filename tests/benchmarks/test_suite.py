"""The suite's own logic: reading a child's table and printing ours."""

from __future__ import annotations

from benchmarks.suite import Report, read_extract_speed, table

# extract_speed.py's table as printed (columns narrowed here)
EXTRACT_SPEED = """\
article  chars figures  find_figures ms: median best cpu  extract_article ms: median best cpu
000_ece4792df603b440.txt 6882  53  26.75 16.66  7.07  34.92 26.66 10.62
001_7500e7b9badc424b.txt 4384  22  11.10  3.08  3.08  13.47 12.62  4.62
"""


def test_extract_speed_rows_are_read_per_seed() -> None:
    assert read_extract_speed(EXTRACT_SPEED) == [
        [26.75, 16.66, 7.07, 34.92, 26.66, 10.62],
        [11.10, 3.08, 3.08, 13.47, 12.62, 4.62],
    ]


def test_an_extract_speed_table_of_another_shape_is_refused() -> None:
    assert read_extract_speed("000_a.txt 6882 53 26.75 n/a 7.07 34.92 26.66 10.62\n") == []
    assert read_extract_speed("000_a.txt 12.5\n") == []
    assert read_extract_speed("nothing measured\n") == []


def test_table_marks_missed_targets_and_failures() -> None:
    report = Report()
    report.add("search", "12.0 ms", "< 50 ms", True)
    report.add("click", "300 ms", "median < 16 ms", False, "slow")
    report.add("database size", "34 MB")
    report.failed("first chart", "exit 1: Traceback ... ValueError")
    lines = table(report).splitlines()
    assert len(lines) == 2 + 4
    assert len({len(line) for line in lines[:2]}) == 1  # header and rule line up
    assert "| yes " in lines[2]
    assert "| MISSED " in lines[3] and lines[3].endswith("slow |")
    assert "MISSED" not in lines[4] and "yes" not in lines[4]
    assert "not measured" in lines[5] and "ValueError" in lines[5]
