"""The `cchc` command: every job of the window, scriptable (see docs and CLI.md for the contract).

Exit status: 0 done; 1 refused (one clear line per refused item on stderr, nothing stored
changed); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from cchc_desktop import __version__
from cchc_desktop.errors import UserError, describe_os_error, pick, set_language
from cchc_desktop.library_warnings import keep_off_screen

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

# Command groups, each a module with register(subparsers).
_GROUPS = (
    "cchc_desktop.cli.cmd_setup",
    "cchc_desktop.cli.cmd_reference",
    "cchc_desktop.cli.cmd_work",
    "cchc_desktop.cli.cmd_edit",  # adds `edit` to the groups above
    "cchc_desktop.cli.cmd_previous",  # adds `followups set`
    "cchc_desktop.cli.cmd_photos",
    "cchc_desktop.cli.cmd_minutes",
    "cchc_desktop.cli.cmd_issue",  # adds make, check, attach-signed to `minutes`
    "cchc_desktop.cli.cmd_exchange",
    "cchc_desktop.cli.cmd_office",
)


class _Parser(argparse.ArgumentParser):
    """argparse that says a usage mistake in the user's language and exits with 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        hint = pick(
            f"Sai cách dùng lệnh: {message}. Xem: {self.prog} --help",
            f"Wrong usage: {message}. See: {self.prog} --help",
        )
        self.exit(EXIT_USAGE, hint + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The `cchc` parser with every command group of ``_GROUPS``."""
    import importlib

    parser = _Parser(
        prog="cchc",
        description=pick(
            "CCHC Desktop: công việc của đoàn kiểm tra cải cách hành chính từ dòng lệnh.",
            "CCHC Desktop: the inspection team's work from the command line.",
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=pick(
            "thư mục dữ liệu (mặc định: CCHC_DATA_DIR hoặc thư mục của người dùng)",
            "data folder (default: CCHC_DATA_DIR or the per-user folder)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=pick("in kết quả dạng JSON", "print results as JSON")
    )
    parser.add_argument("--version", action="version", version=f"cchc {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for name in _GROUPS:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (the console script exits with it)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    set_language(None)  # CCHC_LANG as it is now (a test may have changed it)
    keep_off_screen()
    parser = build_parser()
    args = parser.parse_args(argv)
    from cchc_desktop.cli.context import Context
    from cchc_desktop.store.datafolder import DataFolder, default_data_dir

    ctx = Context(data_dir=args.data_dir or default_data_dir(), json=args.json)
    keep_off_screen(DataFolder(ctx.data_dir).logs_dir)
    try:
        status = args.handler(ctx, args)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        from cchc_desktop.store.connection import describe_sqlite_error

        print(describe_sqlite_error(exc, ctx.data_dir).message, file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(describe_os_error(exc).message, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(
            pick(
                "Đã dừng theo yêu cầu; dữ liệu đã lưu không bị ảnh hưởng.",
                "Stopped on request; stored data is unaffected.",
            ),
            file=sys.stderr,
        )
        return 130
    finally:
        ctx.close()
    return int(status or EXIT_OK)


def run() -> NoReturn:
    """The console script: run the command line and exit with its status."""
    sys.exit(main())
