"""The quick path of `cchc inspections list` and `cchc followups list` (cli/quick.py): it prints
exactly what the full parser prints, hands everything else to the full parser before printing
anything, and imports nothing a listing does not use."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.cli import main
from cchc_desktop.cli.parser import run_parsed
from cchc_desktop.cli.quick import answer_quickly, read_listing
from cchc_desktop.store.migrate import latest_version
from cchc_desktop.store.reading import SIGN_HISTORY_FLAG
from tests.sqlite_locks import held_exclusively

LISTINGS = [
    ["inspections", "list"],
    ["--json", "inspections", "list"],
    ["followups", "list"],
    ["followups", "list", "--overdue"],
    ["--json", "followups", "list", "--overdue", "--overdue"],
]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo data (read only by the tests that share it)."""
    data = tmp_path_factory.mktemp("quick") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


def _demo_changed(tmp_path: Path, sql: str, value: str) -> Path:
    """A demo folder of its own, changed by one statement behind the app's back (as a package
    or a hand could have left it)."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    conn = sqlite3.connect(data / "cchc.sqlite", isolation_level=None)
    try:
        conn.execute(sql, [value])
    finally:
        conn.close()
    return data


def _printed(capsys: pytest.CaptureFixture[str], status: int | None) -> tuple[int | None, str, str]:
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("listing", LISTINGS, ids=" ".join)
def test_the_quick_path_prints_what_the_full_parser_prints(
    demo_dir: Path,
    listing: list[str],
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from cchc_desktop.errors import set_language

    monkeypatch.setenv("CCHC_LANG", language)
    set_language(None)
    argv = ["--data-dir", str(demo_dir), *listing]
    capsys.readouterr()
    quick = _printed(capsys, answer_quickly(argv))
    full = _printed(capsys, run_parsed(argv))
    assert quick == full
    assert quick[0] == 0 and quick[1].count("\n") > 3


def test_an_empty_listing_says_so_as_the_full_parser_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init"]) == 0
    for listing in (["inspections", "list"], ["followups", "list"]):
        argv = ["--data-dir", str(data), *listing]
        capsys.readouterr()
        quick = _printed(capsys, answer_quickly(argv))
        assert quick == _printed(capsys, run_parsed(argv))
        assert quick[1].endswith("(không có)\n")


def test_names_that_came_in_a_package_print_escaped_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _demo_changed(tmp_path, "UPDATE units SET name = name || ?", "\x1b[2J\nĐã ký")
    for listing in (["inspections", "list"], ["followups", "list"]):
        argv = ["--data-dir", str(data), *listing]
        capsys.readouterr()
        quick = _printed(capsys, answer_quickly(argv))
        assert quick == _printed(capsys, run_parsed(argv))
        assert "\\x1b[2J\\nĐã ký" in quick[1] and "\x1b" not in quick[1]
        assert not any(line.startswith("Đã ký") for line in quick[1].splitlines())


def test_the_data_folder_comes_from_the_environment_as_for_the_full_parser(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cchc_desktop.store.datafolder import default_data_dir

    monkeypatch.setenv("CCHC_DATA_DIR", str(demo_dir))
    listing = read_listing(["followups", "list"])
    assert listing is not None and Path(listing.data_dir) == default_data_dir() == demo_dir
    monkeypatch.delenv("CCHC_DATA_DIR")
    listing = read_listing(["--json", "inspections", "list"])
    assert listing is not None and Path(listing.data_dir) == default_data_dir()
    assert listing.as_json and listing.command == "inspections"


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        (None, "/home/lan"),
        ("/data/xdg", "/home/lan"),
        ("relative/xdg", "/home/lan"),  # not absolute: ignored, as platformdirs does
        ("", "/home/lan"),
        (None, "relative-home"),
        (None, None),
    ],
)
def test_the_per_user_folder_is_the_one_platformdirs_names(
    xdg: str | None, home: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --data-dir or CCHC_DATA_DIR the quick path finds the per-user folder without
    importing platformdirs where it can (Linux); it must be the folder the full parser uses."""
    import platformdirs

    from cchc_desktop import APP_ID

    monkeypatch.delenv("CCHC_DATA_DIR", raising=False)
    for name, value in (("XDG_DATA_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    try:
        expected: str | None = platformdirs.user_data_dir(APP_ID, appauthor=False)
    except RuntimeError:  # no home at all: platformdirs cannot say either
        expected = None
    listing = read_listing(["inspections", "list"])
    if expected is None:
        assert listing is None or Path(listing.data_dir).is_absolute()
    else:
        assert listing is not None and listing.data_dir == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["inspections", "list", "--plan", "45/KH-UBND"],
        ["inspections", "list", "--overdue"],
        ["inspections", "list", "--json"],
        ["inspections", "list", "-h"],
        ["inspections", "show", "x"],
        ["inspections"],
        ["followups", "list", "--over"],
        ["followups", "set", "x", "1"],
        ["--data", "/d", "inspections", "list"],
        ["--js", "inspections", "list"],
        ["--data-dir", "--json", "inspections", "list"],
        ["--data-dir=", "inspections", "list"],
        ["--data-dir", "", "inspections", "list"],
        ["--help", "inspections", "list"],
        ["--version"],
        ["--", "inspections", "list"],
        ["units", "list"],
        [],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert read_listing(argv) is None


def _foreign(data: Path) -> None:
    (data / "cchc.sqlite").unlink()
    with sqlite3.connect(data / "cchc.sqlite") as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")


def _newer(data: Path) -> None:
    with sqlite3.connect(data / "cchc.sqlite") as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")


def _no_device(data: Path) -> None:
    (data / "device.json").unlink()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (None, "chưa có dữ liệu CCHC"),
        (_no_device, "chưa có dữ liệu CCHC"),
        (_foreign, "chương trình khác"),
        (_newer, "phiên bản mới hơn"),
    ],
    ids=["missing", "no device", "foreign", "newer"],
)
def test_a_folder_the_full_opening_refuses_is_refused_in_its_words(
    tmp_path: Path, spoil: object, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    if callable(spoil):
        assert main(["--data-dir", str(data), "init"]) == 0
        spoil(data)
    for listing in (["inspections", "list"], ["followups", "list"]):
        argv = ["--data-dir", str(data), *listing]
        capsys.readouterr()
        assert answer_quickly(argv) is None
        assert capsys.readouterr() == ("", "")
        code, out, err = _printed(capsys, main(argv))
        assert (code, out) == (1, "")
        assert message in err and err.count("\n") == 1


def test_a_folder_with_work_waiting_is_opened_the_full_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """History to sign (migration m0008's flag): the full opening signs it, then lists."""
    data = _demo_changed(
        tmp_path, "INSERT INTO meta(key, value) VALUES (?, '1')", SIGN_HISTORY_FLAG
    )
    argv = ["--data-dir", str(data), "inspections", "list"]
    capsys.readouterr()
    assert answer_quickly(argv) is None
    assert capsys.readouterr() == ("", "")
    code, out, _ = _printed(capsys, main(argv))
    assert code == 0 and out.count("\n") > 3
    with sqlite3.connect(data / "cchc.sqlite") as conn:
        assert (
            conn.execute("SELECT 1 FROM meta WHERE key = ?", [SIGN_HISTORY_FLAG]).fetchone() is None
        )
    assert answer_quickly(argv) == 0  # signed: the quick path answers again


# Runs `cchc` as a person does (its console script's call) and lists, at exit, the modules the
# process imported beyond those of `python -c "import sqlite3"`.
_PROBE = """
import atexit, sys
baseline = set(sys.modules)
import sqlite3
baseline |= set(sys.modules)
atexit.register(lambda: print(" ".join(sorted(set(sys.modules) - baseline)), file=sys.stderr))
sys.argv = ["cchc", *sys.argv[1:]]
from cchc_desktop.cli import run
run()
"""

# What the quick path may import beyond sqlite3: our own few modules, enum (the status labels)
# and contextlib (store/connection.py's transactions).
ALLOWED = {
    "__future__",
    "contextlib",
    "enum",
    "cchc_desktop",
    "cchc_desktop.cli",
    "cchc_desktop.cli.listings",
    "cchc_desktop.cli.output",
    "cchc_desktop.cli.quick",
    "cchc_desktop.domain",
    "cchc_desktop.domain.choices",
    "cchc_desktop.domain.dates",
    "cchc_desktop.domain.findings",
    "cchc_desktop.errors",
    "cchc_desktop.sqlite_errors",
    "cchc_desktop.store",
    "cchc_desktop.store.connection",
    "cchc_desktop.store.listings",
    "cchc_desktop.store.migrations",
    "cchc_desktop.store.reading",
}


@pytest.mark.parametrize("listing", [["inspections", "list"], ["followups", "list"]])
def test_a_quick_listing_imports_nothing_it_does_not_use(
    demo_dir: Path, listing: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "--data-dir", str(demo_dir), *listing],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") > 3
    imported = set(done.stderr.split())
    # Named, for the message when one of them comes back: each costs milliseconds to tens of
    # milliseconds, several times the query (argparse with every command's parser, the full
    # workspace with its migrations and sweep, logging of library_warnings, the English
    # catalogue's XML, platformdirs with --data-dir given).
    heavy = {
        "argparse",
        "pathlib",
        "typing",
        "re",
        "logging",
        "dataclasses",
        "inspect",
        "json",
        "shutil",
        "platformdirs",
        "sqlite_utils",
        "jsonschema",
        "email",
        "http",
        "urllib",
        "xml",
        "cchc_desktop.cli.parser",
        "cchc_desktop.store.workspace",
        "cchc_desktop.store.leftovers",
        "cchc_desktop.exchange",
        "cchc_desktop.library_warnings",
        "cchc_desktop.catalogue",
    }
    assert not imported & heavy, sorted(imported & heavy)
    assert imported <= ALLOWED, sorted(imported - ALLOWED)


def test_a_foreign_database_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program's SQLite file (rollback journal, readable by its group): refused, its
    bytes, its journal mode and its permissions as they were (it was switched to WAL and
    made 0600 before it was found foreign, while the message said it was not changed)."""
    import hashlib

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init"]) == 0
    _foreign(data)
    file = data / "cchc.sqlite"
    file.chmod(0o640)
    before = (hashlib.sha256(file.read_bytes()).digest(), file.stat().st_mode)
    capsys.readouterr()
    for listing in (["inspections", "list"], ["units", "list"]):
        code, out, err = _printed(capsys, main(["--data-dir", str(data), *listing]))
        assert (code, out) == (1, "") and "chương trình khác" in err
    assert (hashlib.sha256(file.read_bytes()).digest(), file.stat().st_mode) == before
    assert sorted(p.name for p in data.glob("cchc.sqlite*")) == ["cchc.sqlite"]


def test_a_file_named_as_the_data_folder_is_said_to_be_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not "holds no CCHC data yet, run init" (init then failed with "File exists")."""
    file = tmp_path / "notes.txt"
    file.write_text("x")
    for argv in (["inspections", "list"], ["units", "list"], ["init"]):
        code, out, err = _printed(capsys, main(["--data-dir", str(file), *argv]))
        assert (code, out) == (1, "")
        assert err == f"{file} là một tệp, không phải thư mục dữ liệu. Hãy chọn một thư mục.\n"
    assert file.read_text() == "x"


def test_an_empty_data_folder_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--data-dir=` (a variable that was empty) is not the current folder: `init` would make
    wherever the command ran a data folder."""
    monkeypatch.chdir(tmp_path)
    for argv in (["--data-dir=", "inspections", "list"], ["--data-dir", "", "init"]):
        capsys.readouterr()
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        out, err = capsys.readouterr()
        assert (stopped.value.code, out) == (2, "")
        assert "--data-dir" in err and "để trống" in err
    assert list(tmp_path.iterdir()) == []


def test_names_print_without_controls_or_direction_marks_in_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A C1 control (``\\x9b`` is CSI on a terminal that reads 8-bit controls), a right-to-left
    override and a line separator, from a package: escaped in the table and in the JSON, whose
    text still reads back as the stored name."""
    import json

    odd = "\x9b2J\u202eKN\u2066\u2028Đã ký"
    data = _demo_changed(tmp_path, "UPDATE units SET name = name || ?", odd)
    for listing in (["inspections", "list"], ["followups", "list"]):
        for shape in ([], ["--json"]):
            argv = ["--data-dir", str(data), *shape, *listing]
            capsys.readouterr()
            quick = _printed(capsys, answer_quickly(argv))
            assert quick == _printed(capsys, run_parsed(argv))
            assert not any(c in quick[1] for c in "\x9b\u202e\u2066\u2028"), shape
            if shape:
                assert all(row["unit_name"].endswith(odd) for row in json.loads(quick[1]))


_CLOSED_STDOUT = """
import os, sys
sys.argv = ["cchc", *sys.argv[1:]]
os.close(1)
sys.stdout = None  # as Python starts when stdout is closed (cchc ... >&-)
from cchc_desktop.cli import run
run()
"""


@pytest.mark.parametrize("listing", [["inspections", "list"], ["units", "list"]])
@pytest.mark.parametrize("stdout", ["closed", "reader gone", "disk full"])
def test_output_that_cannot_be_written_is_said_in_one_line(
    demo_dir: Path, listing: list[str], stdout: str
) -> None:
    """`cchc … >&-` crashed the quick path with a traceback; `| true` and `> /dev/full`
    said "Lỗi đọc/ghi tệp : Broken pipe" (no name, the system's English)."""
    argv = ["--data-dir", str(demo_dir), *listing]
    if stdout == "closed":
        done = subprocess.run(
            [sys.executable, "-c", _CLOSED_STDOUT, *argv], capture_output=True, check=False
        )
        code, err = done.returncode, done.stderr.decode()
        reason = "đầu ra đã bị đóng"
    elif stdout == "reader gone":
        child = subprocess.Popen(
            [sys.executable, "-m", "cchc_desktop.cli", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # before the child has even started Python
        err, code = child.stderr.read().decode(), child.wait()
        child.stderr.close()
        reason = "chương trình đọc nó (sau dấu |) đã đóng"
    else:
        full_disk = Path("/dev/full")
        if not full_disk.exists():
            pytest.skip("no /dev/full here")
        with full_disk.open("w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "cchc_desktop.cli", *argv],
                stdout=full,
                stderr=subprocess.PIPE,
                check=False,
            )
        code, err = done.returncode, done.stderr.decode()
        reason = "ổ đĩa đầy"
    assert code == 1, err
    assert err == f"Không in được kết quả ra đầu ra chuẩn (stdout): {reason}.\n"


def test_a_folder_held_by_another_program_is_left_to_the_full_path_at_once(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program holds the file in exclusive locking mode: the quick path gives the
    listing to the full path at once (which waits its busy timeout and says so), instead of
    waiting first itself."""
    import shutil
    import time

    data = tmp_path / "held"
    shutil.copytree(demo_dir, data)
    with held_exclusively(data / "cchc.sqlite"):
        started = time.perf_counter()
        assert answer_quickly(["--data-dir", str(data), "inspections", "list"]) is None
        assert time.perf_counter() - started < 1.0
        assert capsys.readouterr() == ("", "")
