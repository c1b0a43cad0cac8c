"""The `cchc` command: every job of the window, scriptable (see docs and CLI.md for the contract).

Exit status: 0 done; 1 refused (one clear line per refused item on stderr, nothing stored
changed); 2 wrong usage (an argument that is not text counts); 70 a bug (its traceback goes to
the data folder's logs/, one line on stderr says where).

A command line is answered one of two ways. The listings people run most (`inspections list`,
`followups list`), written plainly, take the quick path (quick.py): argv read by hand, the
database opened only to read, nothing imported that they do not use. Everything else, and
those too when the quick path declines (help, a misspelt option, a folder that needs an
upgrade or says no), goes through the full parser (parser.py). This module imports nothing
but the two languages' messages: every command loads it first.
"""

from __future__ import annotations

import os
import sys

from cchc_desktop.errors import pick, set_language

# For the type checker only (``typing`` and ``pathlib`` cost a listing milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path
    from typing import NoReturn

    from cchc_desktop.store.datafolder import DataFolder

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 70  # EX_SOFTWARE of sysexits.h
EXIT_STOPPED = 130  # stopped with Ctrl+C, as shells report SIGINT

# Commands that only read the data folder: they run while the window has it open. Every other
# command writes, and is refused then (the window keeps its own view of the records).
READ_ONLY = frozenset(
    {
        "check",
        "backup",
        "export",
        "verify",
        "report",
        "units list",
        "plans list",
        "teams list",
        "templates list",
        "templates export",
        "inspections list",
        "inspections show",
        "findings list",
        "followups list",
        "photos list",
        "minutes verify",
        "minutes list",
        "minutes trust list",
        "conflicts list",
        "conflicts show",
        "devices list",
        "devices self",
    }
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (the console script exits with it)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # A file name that is not UTF-8 prints as \udcfa rather than stopping the command.
            reconfigure(encoding="utf-8", errors="backslashreplace")
    set_language(None)  # CCHC_LANG as it is now (a test may have changed it)
    argv = sys.argv[1:] if argv is None else argv
    from cchc_desktop.cli.quick import answer_quickly

    status = answer_quickly(argv)
    if status is not None:
        return status
    from cchc_desktop.cli.parser import run_parsed

    return run_parsed(argv)


def stopped() -> int:
    """Ctrl+C: one line saying nothing stored was harmed, and the status shells expect."""
    print(
        pick(
            "Đã dừng theo yêu cầu; dữ liệu đã lưu không bị ảnh hưởng.",
            "Stopped on request; stored data is unaffected.",
        ),
        file=sys.stderr,
    )
    return EXIT_STOPPED


def crashed(exc: Exception, data_dir: Path | str) -> int:
    """A bug: its traceback to logs/, one line on stderr (CCHC_DEBUG: raised as it is)."""
    from pathlib import Path

    from cchc_desktop.cli import output
    from cchc_desktop.store.datafolder import DataFolder

    if os.environ.get("CCHC_DEBUG"):
        raise exc
    output.warn(_bug(exc, DataFolder(Path(data_dir))))
    return EXIT_BUG


def _bug(exc: Exception, folder: DataFolder) -> str:
    """Keep a bug's traceback in logs/ (when the data folder exists); one line says where."""
    import traceback

    from cchc_desktop import __version__
    from cchc_desktop.domain.dates import vietnam_now

    text = "".join(traceback.format_exception(exc))
    where = pick("(không ghi được nhật ký)", "(no log could be written)")
    if folder.root.is_dir():
        log = folder.logs_dir / f"crash-{vietnam_now():%Y%m%d-%H%M%S}-cli.log"
        try:
            folder.logs_dir.mkdir(exist_ok=True)
            log.write_text(f"cchc {__version__} {sys.argv[1:]!r}\n{text}", encoding="utf-8")
            where = str(log)
        except OSError:
            pass
    return pick(
        f"Lỗi chương trình không lường trước ({type(exc).__name__}); chi tiết: {where}. Lệnh đã "
        "dừng; thay đổi dở dang không được lưu. Hãy gửi tệp đó cho người hỗ trợ.",
        f"An unforeseen program error ({type(exc).__name__}); details: {where}. The command "
        "stopped; nothing half-done was stored. Please send that file to support.",
    )


def run() -> NoReturn:
    """The console script: run the command line and exit with its status."""
    sys.exit(main())
