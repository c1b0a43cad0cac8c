"""`cchc` builds only the chosen command's parsers and imports only what that command needs,
yet every command reads exactly as when the whole parser is built, and `--help` lists them all."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc_desktop import cli
from cchc_desktop.cli import parser as full

# Libraries a listing never needs: each costs tens to hundreds of milliseconds to import.
HEAVY = ("sqlite_utils", "reportlab", "pyhanko", "openpyxl", "jsonschema", "PIL", "docx", "lxml")


def _sub_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _every_help(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each command's path and its help text, the command and every sub-command below it."""
    yield path, parser.format_help()
    for name, sub in _sub_commands(parser).items():
        yield from _every_help(sub, (*path, name))


def test_the_table_names_every_command_of_the_whole_parser() -> None:
    whole = full.build_parser()
    assert set(_sub_commands(whole)) == set(full._BUILT_BY)
    built = {m for modules in full._BUILT_BY.values() for m in modules}
    assert {f"cchc_desktop.cli.{m}" for m in built} == set(full._GROUPS)


@pytest.mark.parametrize("command", sorted(full._BUILT_BY))
def test_a_command_built_alone_reads_as_in_the_whole_parser(command: str) -> None:
    whole = dict(_every_help(_sub_commands(full.build_parser())[command]))
    alone_parser = full.build_parser(["--data-dir", "x", command])
    alone = dict(_every_help(_sub_commands(alone_parser)[command]))
    assert alone == whole
    assert len(_sub_commands(alone_parser)) < len(full._BUILT_BY)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert all(f"\n    {name} " in out for name in full._BUILT_BY)


def test_an_unknown_command_is_refused_listing_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["inspectoins", "list"])
    assert exit_.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "inspectoins" in err and "'followups'" in err and "'report'" in err


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["inspections", "list"], "inspections"),
        (["--data-dir", "/d", "--json", "followups", "list"], "followups"),
        (["--data", "report", "units", "list"], "units"),  # a prefix of --data-dir takes a value
        (["--data-dir=/d", "report", "-o", "x.pdf"], "report"),
        (["--json", "--", "plans"], "plans"),
        (["-h", "inspections"], None),
        (["--data-dir", "/d", "--he", "minutes"], None),
        (["--json"], None),
        ([], None),
    ],
)
def test_the_command_is_read_as_argparse_reads_it(argv: list[str], command: str | None) -> None:
    assert full._command_in(argv) == command


def test_a_sub_command_help_is_the_whole_parsers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["inspections", "--help"])
    out = capsys.readouterr().out
    assert all(action in out for action in ("list", "new", "show", "edit"))


_PROBE = """
import contextlib, io, sys
from cchc_desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(%r))
print(code, " ".join(heavy))
"""


@pytest.mark.parametrize(
    "command", [["inspections", "list"], ["followups", "list"], ["units", "list"]]
)
def test_listings_import_no_heavy_library(tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "data"
    from cchc_desktop.cli import main

    assert main(["--data-dir", str(data), "--json", "init"]) == 0
    done = subprocess.run(
        [sys.executable, "-c", _PROBE % (HEAVY,), "--data-dir", str(data), *command],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0"], done.stdout


def test_a_draft_bien_ban_imports_no_signing_stack(tmp_path: Path) -> None:
    """A draft carries no signature field: pyHanko (and the aiohttp its signers pull in, about
    half a second) stays out of `cchc minutes make` without a certificate."""
    from cchc_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    probe = _PROBE.replace("%r", "('pyhanko', 'aiohttp', 'reportlab')")
    inspection = "ccd3fa3c"  # the demo's 2026 visit of Xã Bình Gia
    done = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(data), "minutes", "make", inspection,
         "-o", str(tmp_path / "du-thao.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "reportlab"], done.stdout
    assert (tmp_path / "du-thao.pdf").read_bytes().startswith(b"%PDF")
