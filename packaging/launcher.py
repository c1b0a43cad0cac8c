"""Entry script of the bundled app (PyInstaller): the window, or the `cchc` command.

One executable serves both: named `cchc` (or `cchc.exe`) it is the command line, otherwise the
window. freeze_support() lets the photo import's worker processes start inside the bundle.
"""

import multiprocessing
import os
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()
    if sys.platform != "win32" and "UTF-8" not in os.environ.get(
        "LC_ALL", os.environ.get("LANG", "")
    ):
        # Started with no locale (a bare desktop entry, env -i): text is UTF-8 all the same.
        os.environ["LC_ALL"] = "C.UTF-8"
    if Path(sys.executable).stem.lower() == "cchc":
        from cchc_desktop.cli import main as cli_main

        return cli_main()
    from cchc_desktop.gui.entry import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
