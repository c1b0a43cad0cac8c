"""The newcomer's path: an environment built from uv.lock alone, in an empty folder, with no
download cache, runs the command line's first steps quietly.

This is what `git clone …; make run` does on a new machine, minus the window: if the lock no
longer matches pyproject.toml, a locked release disappears from PyPI, or a locked set no longer
works together, it fails here first.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def uv_command() -> Path:
    """The uv that `make` installs from packaging/requirements-uv.txt (or one on PATH)."""
    pinned = ROOT / ".uv" / "bin" / "uv"
    found = pinned if pinned.is_file() else shutil.which("uv")
    assert found, "uv is missing: run `make` once (it installs uv into .uv/ from its pinned hash)"
    return Path(found)


def checkout_copy(target: Path) -> Path:
    """The files git would give a new clone (tracked, plus new ones not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (item.decode() for item in listed)):
        source = ROOT / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


@pytest.mark.slow
def test_environment_from_the_lock_runs_the_first_commands(tmp_path: Path) -> None:
    project = checkout_copy(tmp_path / "checkout")
    # The machine's network settings (certificates, proxies) stay; nothing of this checkout's
    # environment, uv's or the app's own settings does.
    kept = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CCHC_", "UV_", "PIP_", "VIRTUAL_ENV", "PYTHON"))
    }
    env = {
        **kept,
        "HOME": str(tmp_path / "home"),
        "UV_NO_CONFIG": "1",
        "UV_NO_CACHE": "1",
        "UV_PYTHON_DOWNLOADS": "never",
        "PIP_NO_CACHE_DIR": "1",
    }
    built = subprocess.run(
        [str(uv_command()), "sync", "--locked", "--no-cache", "--python", sys._base_executable],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]

    cchc = project / ".venv" / "bin" / "cchc"
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(cchc), "--data-dir", str(data), *args],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            check=False,
        )

    version = run("--version")
    assert version.returncode == 0 and version.stderr == ""
    demo = run("demo")  # a new folder: set up first, then the demo data
    assert demo.returncode == 0, demo.stderr
    assert demo.stderr == ""
    listing = run("inspections", "list")
    assert listing.returncode == 0 and listing.stderr == ""
    assert "Khánh Xuân" in listing.stdout
    draft = tmp_path / "du-thao.pdf"
    inspection = json.loads(run("--json", "inspections", "list").stdout)[0]["id"]
    made = run("minutes", "make", inspection, "-o", str(draft))
    assert made.returncode == 0, made.stderr
    assert draft.read_bytes().startswith(b"%PDF")
    verified = run("minutes", "verify", str(draft))
    assert verified.returncode == 4  # a draft carries no signature, and says only that
    assert verified.stderr == ""
