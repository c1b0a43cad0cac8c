"""A merge killed after its commit owes thumbnails and print copies: the next start makes them.

The kill itself is in tests/security/test_crash.py (kill -9 at random moments of `cchc merge`,
then `cchc check` must pass); here the state such a kill leaves is made on purpose, so the
test sees exactly the photos the marker lists being finished, and a live merge's left alone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cchc_desktop.exchange import derive_pending
from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.exchange.trust import accept
from cchc_desktop.photos.derive import PRINT_KIND, THUMB_KIND
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from tests.exchange_support import inspection_on, laptop, open_ws, photo_files


def _merged_without_derivatives(tmp_path: Path) -> tuple[Path, list[str]]:
    """Laptop S after merging A's three photos, their derived files gone as a kill leaves it."""
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        import_photos(ws, inspection, photo_files(tmp_path / "photos", "anh", 3), workers=1)
        package = export_package(ws, everything=True, target=tmp_path / "a.cchc").path
    with open_ws(s) as ws:
        accept(ws, own_identity(DataFolder(a)))
        merge_file(ws, package)
        shas = [r[0] for r in ws.db.conn.execute("SELECT sha256 FROM photos ORDER BY sha256")]
        for sha in shas:
            ws.media.derived_path(sha, THUMB_KIND).unlink()
            ws.media.derived_path(sha, PRINT_KIND).unlink(missing_ok=True)
    assert not list((s / "staging").glob("derive-*")), "a finished merge owes nothing"
    return s, shas


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def _derived(folder: Path, shas: list[str]) -> list[bool]:
    with open_ws(folder) as ws:
        return [ws.media.derived_path(sha, THUMB_KIND).is_file() for sha in shas]


def test_the_next_start_makes_what_a_killed_merge_owed(tmp_path: Path) -> None:
    s, shas = _merged_without_derivatives(tmp_path)
    marker = s / "staging" / f"derive-{_dead_pid()}-goi.txt"
    marker.write_text("".join(f"{sha}\n" for sha in shas[:2]) + "not-a-hash\n", "ascii")
    done = subprocess.run([sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(s),
                           "check"], capture_output=True, text=True, check=False)  # fmt: skip
    assert _derived(s, shas) == [True, True, False]  # exactly what the marker listed
    assert not marker.exists()
    assert "1 ảnh" in done.stdout  # the third, never owed, is still named by the check


def test_a_running_merge_keeps_its_marker(tmp_path: Path) -> None:
    s, shas = _merged_without_derivatives(tmp_path)
    with open_ws(s) as ws:
        marker = derive_pending.mark(ws, "goi", shas)  # this process: alive
        assert derive_pending.finish(ws) == 0
    assert marker.exists() and _derived(s, shas) == [False, False, False]


def test_markers_without_a_process_id_or_not_a_file_stop_no_start(tmp_path: Path) -> None:
    """Named without a process id: finished once a day old (as staging folders are); a folder
    where a marker would be, or bytes that are not hashes: no traceback, nothing made."""
    import os
    import time

    s, shas = _merged_without_derivatives(tmp_path)
    staging = s / "staging"
    old = staging / "derive-cu.txt"
    old.write_text(shas[0] + "\n", "ascii")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    young = staging / "derive-moi.txt"
    young.write_text(shas[1] + "\n", "ascii")
    dead = _dead_pid()
    (staging / f"derive-{dead}-thu-muc.txt").mkdir()
    junk = staging / f"derive-{dead}-rac.txt"
    junk.write_bytes(b"\xff\xfe" + b"x" * 100)
    with open_ws(s) as ws:
        assert derive_pending.finish(ws) == 1
    assert _derived(s, shas) == [True, False, False]
    assert not old.exists() and young.exists()  # a fresh one may be a running merge's
    assert not junk.exists()  # read, nothing owed in it, cleared
