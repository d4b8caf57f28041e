"""The command line: the window by default, and `build`, `import`, `export`.

Every failure a user can cause (a missing file, a database from a newer
version, an unreadable article) ends with one line naming the file and the
problem and a non-zero exit, never a traceback. Qt is imported only when the
window is opened, so the sub-commands run on machines without a display.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cds_desktop import __version__
from cds_desktop.paths import default_db_path, seeds_dir
from cds_desktop.store.db import StoreError

if TYPE_CHECKING:
    from cds_desktop.store.recovery import RecoveryReport

EXIT_ERROR = 1


def _progress(done: int, total: int, name: str) -> None:
    """A one-line counter on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        return
    line = f"[{done}/{total}] {name}" if name else f"[{done}/{total}] done"
    sys.stderr.write(f"\r\x1b[K{line}" + ("\n" if done == total and not name else ""))
    sys.stderr.flush()


def _db(args: argparse.Namespace) -> tuple[Path, bool, RecoveryReport | None]:
    """The database path, whether it is the default one (whose folder we may
    create), and the start-up check's report when it recovered a damaged file.

    Every command checks the file first: a damaged database is moved aside and
    rebuilt keeping what is readable of the user's work (`store/recovery.py`),
    and the user is told, whatever the command.
    """
    from cds_desktop.store.recovery import open_or_recover

    path, default = (Path(args.db), False) if args.db is not None else (default_db_path(), True)
    report = open_or_recover(path, seeds_dir())
    if report.damaged:
        print(f"cds-desktop: {report.message}", file=sys.stderr)
    return path, default, report if report.damaged else None


def _cmd_window(args: argparse.Namespace) -> int:
    from cds_desktop.store.build import build, recorded_seeds, stale_reason

    path, default, recovery = _db(args)
    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    seeds = recorded_seeds(path) or seeds_dir()
    reason = stale_reason(path, seeds)
    if reason is not None:
        if sys.stderr.isatty():
            print(f"Building {path} from {seeds}: {reason}.", file=sys.stderr)
        build(path, seeds, progress=_progress)
    from cds_desktop.ui.launch import run

    return run(path, args.smoke, recovery)


def _cmd_build(args: argparse.Namespace) -> int:
    from cds_desktop.store.build import build

    path, default, _ = _db(args)
    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    seeds = Path(args.seeds) if args.seeds else seeds_dir()
    report = build(path, seeds, progress=_progress)
    print(
        f"Built {report.path}: {report.seeds} seed articles, {report.imports_kept} imported kept, "
        f"{report.meetings} meetings, {report.observations} observations, "
        f"{report.curations} curations ({report.orphaned} orphaned)."
    )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from cds_desktop.store.importer import import_files

    path, default, _ = _db(args)
    if default:
        path.parent.mkdir(parents=True, exist_ok=True)
    report = import_files(path, [Path(f) for f in args.files], progress=_progress)
    for file, article_id in report.added:
        print(f"Imported {file} as article {article_id}.")
    for file in report.duplicates:
        print(f"Skipped {file}: the database already holds the same text.")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from cds_desktop.store.export import write_csv, write_json
    from cds_desktop.store.queries import Store

    path, _, _ = _db(args)
    store = Store(path)
    try:
        buffer = io.StringIO(newline="")
        (write_json if args.format == "json" else write_csv)(store, buffer)
    finally:
        store.close()
    data = buffer.getvalue().encode("utf-8")
    if args.out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{out}: cannot be written: {exc.strerror or exc}") from exc
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cds-desktop",
        description="Meetings and figures of Vietnam's national digital transformation, "
        "each traceable to the article characters it came from.",
    )
    parser.add_argument("--version", action="version", version=f"cds-desktop {__version__}")
    db_help = f"the database file (default: {default_db_path()})"
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, render one frame, print what it showed and exit",
    )
    parser.set_defaults(func=_cmd_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
        return p

    build = command("build", "build the database from the seed articles (keeps your work)")
    build.add_argument("--seeds", metavar="DIR", help="folder of seed articles")
    build.set_defaults(func=_cmd_build)
    imp = command("import", "add .txt, .md or .html articles (creates the database if missing)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(func=_cmd_import)
    exp = command(
        "export",
        "write articles, meetings and figures as JSON, or figures with their sources as CSV;"
        " your corrections are applied and rejected figures left out",
    )
    exp.add_argument(
        "--format",
        choices=("json", "csv"),
        required=True,
        help="json: articles, meetings, observations; csv: one row per figure",
    )
    exp.add_argument("--out", metavar="FILE", help="output file (default: standard output)")
    exp.set_defaults(func=_cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except StoreError as exc:
        print(f"cds-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cds-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`export ... | head`): nothing left to tell it.
        # Point stdout at /dev/null so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
