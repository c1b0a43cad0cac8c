"""The full `cchc` parser: every command's arguments and help (argparse), the checks every
parsed command passes (text arguments, the window's lock for writes), and the handler run
with its errors said as the exit codes of cli/__init__.py promise.

A run builds only the chosen command's parsers; `cchc --help` and unknown commands build them
all. The two listings people run most usually never get here (cli/quick.py).
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
from cchc_desktop.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, READ_ONLY, crashed, output, stopped
from cchc_desktop.errors import UserError, describe_os_error, pick
from cchc_desktop.library_warnings import keep_off_screen

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
    "cchc_desktop.cli.cmd_conflicts",
    "cchc_desktop.cli.cmd_devices",
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
    "conflicts": ("cmd_conflicts",),
    "devices": ("cmd_devices",),
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
        epilog=pick(
            "Mã thoát: 0 xong; 1 bị từ chối (mỗi mục một dòng, dữ liệu đã lưu không đổi); 2 sai "
            "cách dùng (cả tham số không phải văn bản UTF-8); 70 lỗi chương trình (chi tiết trong "
            "logs/). Khi cửa sổ CCHC Desktop đang mở thư mục dữ liệu, các lệnh ghi bị từ chối; "
            "lệnh chỉ đọc vẫn chạy.",
            "Exit status: 0 done; 1 refused (one line per item, stored data unchanged); 2 wrong "
            "usage (an argument that is not UTF-8 text too); 70 a bug (details in logs/). While "
            "a CCHC Desktop window has the data folder open, commands that write are refused; "
            "read-only commands run.",
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=_folder,
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
    _name_commands(parser, ())
    return parser


def _folder(text: str) -> Path:
    """``--data-dir``'s value: an empty one (a variable that was not set) is not the current
    folder, where `init` would make a data folder."""
    if not text:
        raise argparse.ArgumentTypeError(
            pick("cần tên một thư mục, không được để trống", "needs a folder, not an empty value")
        )
    return Path(text)


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


def _name_commands(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
    """Give every command's parser its full name ("units list") as the default ``command_path``."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                _name_commands(sub, (*path, name))
            return
    parser.set_defaults(command_path=" ".join(path))


def _not_text(args: argparse.Namespace) -> str | None:
    """The first argument that is not valid text (a lone surrogate: bytes that were not UTF-8
    on the command line), shown with its bad bytes escaped; None when all are text.

    File names are exempt: a name made on another system is still a file that opens.
    """
    from cchc_desktop.domain.text import printable

    for value in vars(args).values():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str) and any("\ud800" <= c <= "\udfff" for c in item):
                return f"«{printable(item)}»"
    return None


def _text_refusal(bad: str) -> str:
    return pick(
        f"Tham số {bad} không phải văn bản UTF-8 hợp lệ (có byte không đọc được, thường do bảng "
        "mã của cửa sổ dòng lệnh). Hãy gõ lại bằng bảng mã UTF-8; không có gì được lưu.",
        f"The argument {bad} is not valid UTF-8 text (it holds bytes that cannot be read, "
        "usually the terminal's encoding). Type it again in UTF-8; nothing was stored.",
    )


def run_parsed(argv: Sequence[str]) -> int:
    """Parse ``argv`` with the full parser and run its command; return the exit status."""
    keep_off_screen()
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    bad = _not_text(args)
    if bad is not None:
        print(_text_refusal(bad), file=sys.stderr)
        return EXIT_USAGE
    from cchc_desktop.cli.context import Context, ensure_no_window
    from cchc_desktop.store.datafolder import DataFolder, default_data_dir

    read_only = args.command_path in READ_ONLY or getattr(args, "dry_run", False)
    ctx = Context(data_dir=args.data_dir or default_data_dir(), json=args.json)
    keep_off_screen(DataFolder(ctx.data_dir).logs_dir)
    try:
        if not read_only:
            ensure_no_window(DataFolder(ctx.data_dir))
        status = args.handler(ctx, args)
    except UserError as exc:
        output.warn(exc.message)
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        # A busy, full, read-only or damaged file: one message saying what to do. Any other
        # SQLite error ("no such column", a misuse) is a bug, kept with its traceback.
        from cchc_desktop.sqlite_errors import describe_sqlite_error

        user = describe_sqlite_error(exc, DataFolder(ctx.data_dir).db_path)
        if user is None:
            return crashed(exc, ctx.data_dir)
        output.warn(user.message)
        return EXIT_REFUSED
    except OSError as exc:
        output.warn(describe_os_error(exc).message)
        return EXIT_REFUSED
    except Exception as exc:
        return crashed(exc, ctx.data_dir)
    except KeyboardInterrupt:
        return stopped()
    finally:
        ctx.close()
    return int(status or EXIT_OK)
