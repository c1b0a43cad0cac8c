"""`python -m cchc_desktop.cli` is the `cchc` command."""

from cchc_desktop.cli import run

run()
