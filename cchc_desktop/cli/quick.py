"""The quick path of `cchc`: `inspections list` and `followups list` answered in the time of
Python, SQLite and the query (issue 17: within 1.5× of a plain script doing the same).

What a process imports is most of what such a command costs: argparse, pathlib, typing, the
regular expressions, logging and the full opening of a workspace cost several times the query
itself. So these two listings, when written plainly (``[--data-dir DIR] [--json]
inspections list`` or ``... followups list [--overdue]``, full option names), are read here
by hand, the database is opened only to read (store/reading.py), and the rows are printed
in one write: nothing else is imported. Anything else (help, an abbreviated or unknown option,
``--plan``, a folder that is missing, foreign, older or newer, a file that cannot be opened)
is declined, before anything is printed, to the full parser (cli/parser.py), which answers
exactly as it always has. These two listings leave what a killed job left in the folder
(store/leftovers.py, exchange/derive_pending.py: globbing the media store costs more than the
listing) to any other command and to the window.

tests/unit/test_cli_quick.py keeps both promises: the same output as the full parser, and
no heavy module imported.
"""

from __future__ import annotations

import os
import sqlite3
import sys

from cchc_desktop.cli import EXIT_OK, EXIT_REFUSED, crashed, stopped
from cchc_desktop.errors import UserError

# For the type checker only (``typing`` costs a listing milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

# Each listing of the quick path and the options it takes after its name (flags only).
_LISTINGS: dict[tuple[str, str], tuple[str, ...]] = {
    ("inspections", "list"): (),
    ("followups", "list"): ("--overdue",),
}


class Listing:
    """A listing the quick path answers: which, where, and how it is printed."""

    def __init__(self, command: str, data_dir: str, as_json: bool, overdue: bool) -> None:
        self.command = command
        self.data_dir = data_dir
        self.as_json = as_json
        self.overdue = overdue

    def text(self) -> str | None:
        """What the listing prints; None when the data folder needs the full opening."""
        from cchc_desktop.store.reading import open_to_read

        # No wait for a lock here: a folder held by another program is the full path's to
        # wait for and to call busy (waiting on both paths made it ten seconds).
        db = open_to_read(self.data_dir, busy_timeout_ms=0)
        if db is None:
            return None
        try:
            if self.command == "inspections":
                from cchc_desktop.cli.listings import inspections_text
                from cchc_desktop.store.listings import inspection_rows

                return inspections_text(inspection_rows(db), self.as_json)
            from cchc_desktop.cli.listings import followups_text
            from cchc_desktop.store.listings import followup_rows

            return followups_text(followup_rows(db, overdue=self.overdue), self.as_json)
        finally:
            db.close()


def answer_quickly(argv: Sequence[str]) -> int | None:
    """Answer ``argv`` on the quick path and return the exit status; None, having printed
    nothing, when the full parser must answer it."""
    listing = read_listing(argv)
    if listing is None:
        return None
    try:
        text = listing.text()
    except (UserError, OSError, sqlite3.Error):
        # Nothing printed yet: the full path opens the folder again, its own way, and says
        # what is wrong in its words (a busy or damaged file, a bug kept in logs/).
        return None
    except Exception as exc:
        return crashed(exc, listing.data_dir)
    except KeyboardInterrupt:
        return stopped()
    if text is None:
        return None
    from cchc_desktop.cli import output

    try:
        output.write(text)
    except UserError as exc:  # a stdout closed, or whose reader is gone
        output.warn(exc.message)
        return EXIT_REFUSED
    return EXIT_OK


def read_listing(argv: Sequence[str]) -> Listing | None:
    """The listing ``argv`` asks for, read as the full parser reads it; None for anything
    the quick path does not answer (then the full parser does)."""
    data_dir: str | None = None
    as_json = False
    args = list(argv)
    while args and args[0].startswith("-"):
        option = args.pop(0)
        if option == "--json":
            as_json = True
        elif option == "--data-dir" and args and args[0] and not args[0].startswith("-"):
            data_dir = args.pop(0)
        elif option.startswith("--data-dir=") and option != "--data-dir=":
            data_dir = option.removeprefix("--data-dir=")
        else:
            return None  # help, --version, an abbreviation, a mistake: argparse says it
    flags = _LISTINGS.get((args[0], args[1])) if len(args) >= 2 else None
    if flags is None or any(arg not in flags for arg in args[2:]):
        return None
    root = data_dir if data_dir is not None else _default_data_dir()
    if root is None:
        return None
    return Listing(args[0], root, as_json, overdue="--overdue" in args[2:])


def _default_data_dir() -> str | None:
    """``datafolder.default_data_dir()`` as text; None when only pathlib could say it."""
    env = os.environ.get("CCHC_DATA_DIR")
    if env:
        root = os.path.expanduser(env)
        return None if root.startswith("~") else root  # no home: Path.expanduser raises
    from cchc_desktop import APP_ID

    xdg = _linux_user_data_home()
    if xdg is not None:
        return os.path.join(xdg, APP_ID)
    import platformdirs  # elsewhere (Windows' known folders): its rules, ~12 ms to import

    return platformdirs.user_data_dir(APP_ID, appauthor=False)


def _linux_user_data_home() -> str | None:
    """On Linux, the XDG data home as platformdirs finds it: ``$XDG_DATA_HOME`` when it is an
    absolute path, else ``$HOME/.local/share`` when HOME is absolute; None otherwise (and on
    other systems), where platformdirs decides (tests/unit/test_cli_quick.py compares them)."""
    if not sys.platform.startswith("linux"):
        return None
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(xdg):
        return xdg
    home = os.environ.get("HOME", "")
    return os.path.join(home, ".local", "share") if os.path.isabs(home) else None
