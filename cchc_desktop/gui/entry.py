"""`cchc-desktop`: the window's entry point (a placeholder until the window lands).

For now it prepares the user's data folder with the demo data on first start and shows what
the `cchc` command can do, so `make run` already gives a working, explorable data set.
"""

from __future__ import annotations

import sys


def main() -> int:
    from cchc_desktop.cli import main as cli_main

    if len(sys.argv) > 1:
        return cli_main(sys.argv[1:])
    from cchc_desktop.store.datafolder import DataFolder, default_data_dir

    folder = DataFolder(default_data_dir())
    if not folder.is_initialised():
        cli_main(["init"])
        cli_main(["demo"])
    cli_main(["inspections", "list"])
    return cli_main(["--help"])
