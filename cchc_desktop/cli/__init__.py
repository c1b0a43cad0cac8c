"""The `cchc` command: every job of the window, scriptable (see docs and CLI.md for the contract).

Exit status: 0 done; 1 refused (one clear line per refused item on stderr, nothing stored
changed); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

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

# The modules that build each command: its group first, then those adding sub-commands to it.
# A run builds only the chosen command's parsers (each import and parser costs milliseconds a
# `cchc inspections list` should not pay); `cchc --help` and unknown commands build them all.
# tests/unit/test_cli_parser.py checks this table against what _GROUPS build.
_BUILT_BY: dict[str, tuple[str, ...]] = {
    "init": ("cmd_setup",),
    "demo": ("cmd_setup",),
    "check": ("cmd_setup",),
    "backup": ("cmd_setup",),
    "units": ("cmd_reference", "cmd_edit"),
    "plans": ("cmd_reference", "cmd_edit"),
    "teams": ("cmd_reference", "cmd_edit"),
    "templates": ("cmd_reference",),
    "inspections": ("cmd_work", "cmd_edit"),
    "answer": ("cmd_work",),
    "findings": ("cmd_work",),
    "followups": ("cmd_work", "cmd_previous"),
    "photos": ("cmd_photos",),
    "sign": ("cmd_minutes",),
    "minutes": ("cmd_minutes", "cmd_issue"),
    "export": ("cmd_exchange",),
    "verify": ("cmd_exchange",),
    "merge": ("cmd_exchange",),
    "conflicts": ("cmd_exchange",),
    "devices": ("cmd_exchange",),
    "report": ("cmd_office",),
}


class _Parser(argparse.ArgumentParser):
    """argparse that says a usage mistake in the user's language and exits with 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        hint = pick(
            f"Sai cách dùng lệnh: {message}. Xem: {self.prog} --help",
            f"Wrong usage: {message}. See: {self.prog} --help",
        )
        self.exit(EXIT_USAGE, hint + "\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every argument added and asks shutil (which imports
        # bz2 and lzma) for the terminal's width each time; the width is read here instead.
        make: Any = self.formatter_class  # every argparse formatter takes a width
        return make(prog=self.prog, width=_help_width())  # type: ignore[no-any-return]


def _help_width() -> int:
    """The terminal's width less argparse's margin of 2, as shutil would find it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The `cchc` parser: for the command ``argv`` names, only that command's groups; for no
    argv, help asked before a command, or a command it does not know, every group of
    ``_GROUPS`` (so help and "invalid choice" list them all)."""
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
    chosen = _BUILT_BY.get(_command_in(argv) or "")
    groups = _GROUPS if chosen is None else tuple(f"cchc_desktop.cli.{m}" for m in chosen)
    for name in groups:
        importlib.import_module(name).register(commands)
    return parser


def _command_in(argv: Sequence[str] | None) -> str | None:
    """The command ``argv`` names, read as the top-level parser reads it (options before the
    command; ``--data-dir`` takes a value, as may its prefixes); None for no argv or when
    help is asked before the command."""
    if argv is None:
        return None
    args = iter(argv)
    for arg in args:
        if arg == "--":
            return next(args, None)
        if not arg.startswith("-") or arg == "-":
            return arg
        name = arg.split("=", 1)[0]
        if arg == "-h" or (len(name) > 2 and "--help".startswith(name)):
            return None
        if "=" not in arg and len(name) > 2 and "--data-dir".startswith(name):
            next(args, None)  # its value
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (the console script exits with it)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    set_language(None)  # CCHC_LANG as it is now (a test may have changed it)
    keep_off_screen()
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
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
