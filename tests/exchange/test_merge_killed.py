"""A merge killed (kill -9, a crash) while its worker processes make the package's thumbnails
and print copies, after the commit: the workers end too, as the photo import's do.

They waited on their task pipe, of which each holds both ends, so they never saw the merge
die: a resource tracker and two workers, 40 MB each, stayed until the next reboot (found by
killing `cchc merge` at random moments: 2 kills in 5 left them). A worker whose parent died
ends once the file at hand is done, not halfway through it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.trust import accept
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import own_identity
from tests.exchange_support import inspection_on, laptop, open_ws, photo_files
from tests.processes import ends_within

# Merges a package with its thumbnails made by a stand-in that says which process it runs
# in, then waits for ever: the workers are busy when the merge is killed.
_MERGER = """
import os, sys, time
from pathlib import Path

def stuck(path, root):
    print("working", os.getpid(), flush=True)
    time.sleep(3600)

if __name__ == "__main__":
    import cchc_desktop.photos.worker as worker
    from cchc_desktop.exchange.merge import merge_file
    from cchc_desktop.store.workspace import Workspace

    worker.process_file = stuck
    with Workspace.open(Path(sys.argv[1])) as ws:
        merge_file(ws, Path(sys.argv[2]))
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux pidfds")
def test_the_thumbnail_workers_of_a_killed_merge_end_too(tmp_path: Path) -> None:
    source, office = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(source) as ws:
        from cchc_desktop.photos.ingest import import_photos

        inspection = inspection_on(ws)
        import_photos(ws, inspection, photo_files(tmp_path / "in", "anh", 4), workers=1)
        package = export_package(ws, [inspection], target=tmp_path / "a.cchc").path
    with open_ws(office) as ws:
        accept(ws, own_identity(DataFolder(source)))
    script = tmp_path / "merger.py"
    script.write_text(_MERGER, encoding="utf-8")
    with _killed_once_working([str(script), str(office), str(package)], 2) as workers:
        assert all(ends_within(pid, 20) for pid in workers), workers


@contextlib.contextmanager
def _killed_once_working(
    args: list[str], count: int, env: dict[str, str] | None = None
) -> Iterator[set[int]]:
    """Run ``python args`` in a process group of its own, wait until ``count`` of its workers
    say they are working, kill it alone (as a crash would) and give the workers' ids; what is
    left of the group is killed, and the process waited for, afterwards."""
    child = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, text=True, start_new_session=True, env=env
    )
    assert child.stdout is not None
    try:
        with child.stdout:
            workers = _working(child.stdout, count)
            child.kill()
            child.wait()
        yield workers
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()


def _working(lines: Iterable[str], count: int) -> set[int]:
    """The ids of the first ``count`` workers that say they are working (other lines a worker
    or a library may print are passed over)."""
    workers: set[int] = set()
    for line in lines:
        words = line.split()
        if len(words) == 2 and words[0] == "working" and words[1].isdigit():
            workers.add(int(words[1]))
            if len(workers) == count:
                return workers
    raise AssertionError(f"the output ended with {len(workers)} of {count} workers working")


# A pool worker whose file takes a while: the real one, which copies the file into the
# store's staging area first; its decoding (a stand-in) says so, then waits for the test (a
# FIFO, CCHC_TEST_GATE) before the file is refused and the copy removed.
_HALFWAY = """
import concurrent.futures as cf
import multiprocessing
import os
import sys

def init():
    from cchc_desktop.photos import worker
    from cchc_desktop.photos.probe import Refused

    worker.worker_init()

    def halfway(staged, media, sha):
        print("working", os.getpid(), flush=True)
        with open(os.environ["CCHC_TEST_GATE"], "rb") as gate:
            gate.read()
        raise Refused("dừng", "stopped")

    worker._decode = halfway

if __name__ == "__main__":
    from cchc_desktop.photos.worker import process_file

    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(1, mp_context=context, initializer=init) as pool:
        pool.submit(process_file, sys.argv[1], sys.argv[2]).result()
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux pidfds")
def test_a_worker_whose_parent_died_finishes_the_file_at_hand(tmp_path: Path) -> None:
    """Ended at once, it left its copy in the store's staging area, where the restarted app's
    sweep, run while the worker was still there, took it to be in use: the crash loop found
    such a copy after a killed merge."""
    gate, media = tmp_path / "gate", tmp_path / "media"
    os.mkfifo(gate)
    script = tmp_path / "halfway.py"
    script.write_text(_HALFWAY, encoding="utf-8")
    env = {**os.environ, "CCHC_TEST_GATE": str(gate)}
    with _killed_once_working([str(script), str(script), str(media)], 1, env) as workers:
        (worker,) = workers
        staging = media / "blobs" / ".incoming"
        assert len(list(staging.iterdir())) == 1  # the copy of the file at hand
        _open_gate(gate, worker)  # let the worker finish its file
        assert ends_within(worker, 20)
        assert list(staging.iterdir()) == []


def _open_gate(gate: Path, worker: int) -> None:
    """Let a worker waiting at the FIFO go on. It says it is working before it opens the gate,
    so it may not be reading yet: try again until it is, or until it has ended (a worker gone
    has nothing to let go)."""
    for _ in range(400):
        try:
            os.close(os.open(gate, os.O_WRONLY | os.O_NONBLOCK))
            return
        except OSError as exc:
            assert exc.errno == errno.ENXIO  # no reader yet
        if ends_within(worker, 0.05):
            return
    raise AssertionError("the worker neither read the gate nor ended in 20 s")


def test_an_orphaned_worker_starts_no_other_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool hands a worker its next file in advance; once the parent is gone the worker
    ends before that file (its main thread could win the race for the file lock against the
    thread that ends it, and go on with the queue). Here, in this process, with the worker's
    flags set as the ending thread sets them."""
    from cchc_desktop.photos import worker

    photo = photo_files(tmp_path / "in", "anh", 1)[0]
    media = tmp_path / "media"

    class Ended(Exception):
        pass

    def leave(_status: int) -> None:
        raise Ended

    monkeypatch.setattr(worker.os, "_exit", leave)
    monkeypatch.setattr(worker, "_in_pool", _set_event())
    monkeypatch.setattr(worker, "_orphaned", _set_event())
    with pytest.raises(Ended):
        worker.process_file(str(photo), str(media))
    assert not (media / "blobs").exists()  # nothing was copied in


def _set_event() -> object:
    import threading

    event = threading.Event()
    event.set()
    return event
