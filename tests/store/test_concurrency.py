"""Two processes writing at once: both succeed in turn, the database stays sound."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from cds_desktop.store.queries import Store

ROOT = Path(__file__).resolve().parents[2]

IMPORTER = """
import sys
from pathlib import Path
from cds_desktop.store.importer import import_files
from tests.store.fakes import percent_extractor
db, folder = Path(sys.argv[1]), Path(sys.argv[2])
for path in sorted(folder.glob("*.txt")):
    import_files(db, [path], extract=percent_extractor())
"""

CURATOR = """
import sys
from pathlib import Path
from cds_desktop.store.queries import Store
store = Store(Path(sys.argv[1]))
ids = [o.id for o in store.observations()]
for round_ in range(5):
    for i in ids:
        store.curate(i, "correct", value=float(round_ * 1000 + i), note=f"round {round_}")
store.close()
"""


def test_concurrent_import_and_curation_keep_the_database_sound(
    fig_db: Path, tmp_path: Path
) -> None:
    folders = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(12):
            (folder / f"{name}{i:02d}.txt").write_text(
                f"Bài {name} số {i}.\nTỷ lệ đạt {i},5%.\n", encoding="utf-8"
            )
        folders.append(folder)
    procs = [
        subprocess.Popen([sys.executable, "-c", IMPORTER, str(fig_db), str(f)], cwd=ROOT)
        for f in folders
    ]
    procs.append(subprocess.Popen([sys.executable, "-c", CURATOR, str(fig_db)], cwd=ROOT))
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]

    conn = sqlite3.connect(fig_db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    store = Store(fig_db)
    try:
        files = {a.file for a in store.articles()}
        assert {f"{n}{i:02d}.txt" for n in ("one", "two") for i in range(12)} <= files
        curated = [o for o in store.observations() if o.curated]
        assert curated and all(o.note == "round 4" for o in curated)
        assert all(o.value == 4000 + o.id for o in curated)
        assert len(store.search("bai one")) == 12
    finally:
        store.close()
