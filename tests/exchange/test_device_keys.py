"""The device key: made at init, readable by its user alone, made on first use for older folders."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import KEY_FILE, ensure_key, own_identity, sign, signature_ok
from cchc_desktop.store.workspace import Workspace


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_init_makes_a_private_key(cli: Callable[..., Any], data_dir: Path) -> None:
    assert cli("init").code == 0
    key = data_dir / "keys" / KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((data_dir / "keys").stat().st_mode) == 0o700
    me = cli("--json", "devices", "self").json()
    assert re.fullmatch(r"SHA256:[A-Za-z0-9+/]{43}", me["fingerprint"])
    # Running init again keeps the same key (the laptop's identity does not change).
    assert cli("init").code == 0
    assert cli("--json", "devices", "self").json()["fingerprint"] == me["fingerprint"]


def test_an_older_folder_gets_its_key_on_first_use(data_dir: Path, cli: Callable[..., Any]) -> None:
    Workspace.init(data_dir).close()  # a folder made before keys existed
    assert not (data_dir / "keys" / KEY_FILE).exists()
    assert cli("export", "--all", "-o", str(data_dir.parent / "p.cchc")).code == 0
    assert (data_dir / "keys" / KEY_FILE).exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_loosened_key_is_made_private_again(ws: Workspace) -> None:
    path = ws.folder.keys_dir / KEY_FILE
    path.chmod(0o644)
    ensure_key(ws.folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_signatures_bind_the_exact_bytes(ws: Workspace) -> None:
    key = ensure_key(DataFolder(ws.folder.root))
    me = own_identity(ws.folder)
    signature = sign(key, b"manifest")
    assert signature_ok(me.public_key, signature, b"manifest")
    assert not signature_ok(me.public_key, signature, b"manifesT")
