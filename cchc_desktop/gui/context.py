"""What every page and dialog of the window shares: the data folder, the settings, the GUI
thread's workspace, background reads, and the signals that keep pages up to date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from cchc_desktop.gui import workers
from cchc_desktop.settings import Settings
from cchc_desktop.store.datafolder import DataFolder

if TYPE_CHECKING:
    from cchc_desktop.progress import Progress
    from cchc_desktop.store.reading import Read
    from cchc_desktop.store.workspace import Workspace

T = TypeVar("T")


# New bundled templates are looked for this long after the first lists are read: the check
# imports jsonschema and validates every template, which would otherwise share the
# interpreter with the first list being shown and the inspection page being built.
TEMPLATES_AFTER_MS = 4000
# And what a killed process left is tidied on the turn after the first lists are read, once
# they are drawn (listing every folder of a large media store would share the interpreter
# with drawing them); screenshots and tests that wait for the window to settle see it done.
TIDY_AFTER_MS = 0
# The start page's list is read at once, on the window's thread, before the folder is
# prepared, when that read ends within this (a team lead's folder: a millisecond or two);
# longer (a province's merged folder), it is stopped and read in the background. Well under
# the 100 ms a stall of the window may last.
READ_AT_ONCE_SECONDS = 0.025


class AppContext(QObject):
    """The window's shared state. The GUI thread's ``ws`` serves dialogs and small reads;
    larger reads run in the background (``read``) on a workspace of their own."""

    workspace_ready = Signal()
    # A table whose records changed ("plans", "units", "teams", "inspections", "answers"…).
    data_changed = Signal(str)
    settings_changed = Signal()
    # This laptop was given a (new) name: the status bar, Trao đổi and Cài đặt show it.
    device_changed = Signal()
    # A person's problem met in the background (start-up, a listing): one line to show.
    problem = Signal(str)
    # How many background tasks are running (screenshots wait for 0).
    busy_changed = Signal(int)

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        *,
        persist_settings: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = DataFolder(data_dir)
        self.settings = settings
        # Off in screenshot mode: --high-contrast or --scale must not change the user's choice.
        self.persist_settings = persist_settings
        self._ws: Workspace | None = None
        self.pending = 0
        self.demo_loaded = False
        self._preparing = False

    @property
    def data_dir(self) -> Path:
        return self.folder.root

    @property
    def ready(self) -> bool:
        return self._ws is not None

    @property
    def ws(self) -> Workspace:
        """The GUI thread's workspace (open once ``workspace_ready`` has been emitted)."""
        if self._ws is None:
            raise RuntimeError("the data folder is not open yet")
        return self._ws

    def prepare(self) -> None:
        """Create (with the demo data) or upgrade the data folder in the background, remove the
        leftovers of a killed merge or import, then open the GUI thread's workspace; the window
        is already on screen meanwhile."""
        if self._preparing:
            return
        self._preparing = True
        root = self.data_dir
        fresh = not self.folder.is_initialised()

        def work(progress: Progress) -> bool:
            from cchc_desktop.store.workspace import Workspace

            if fresh:
                from cchc_desktop.demo.loader import load_demo
                from cchc_desktop.store.bootstrap import initialise

                initialise(root)
                with Workspace.open(root) as ws:
                    load_demo(ws, photos=True)
            else:
                with Workspace.open(root):  # upgrades the schema (after a backup) if older
                    pass
            return fresh

        self.run(work, on_result=self._prepared, on_error=self.problem.emit)

    def read_at_once(self, query: Read[T]) -> T | None:
        """``query(db)`` now, on the window's thread, while the folder is being prepared: when
        the folder needs no preparation (``store.reading``) and the read is short. None: read
        it the usual way once ``workspace_ready`` is emitted (the folder's full opening says
        what is wrong with a file that could not be read)."""
        from cchc_desktop.store.reading import read_within

        if self.ready:
            return None
        return read_within(str(self.data_dir), query, READ_AT_ONCE_SECONDS)

    def _prepared(self, fresh: bool) -> None:
        self.demo_loaded = fresh
        self.open_workspace()
        if not fresh and self.ready:
            # After the reads the pages started on workspace_ready, so the first list does
            # not share the interpreter with them: tidying what a killed process left, and
            # the check for new bundled templates (it validates every one of them).
            self.when_idle(self._after_first_reads)

    def _after_first_reads(self) -> None:
        QTimer.singleShot(TIDY_AFTER_MS, self._tidy)
        QTimer.singleShot(TEMPLATES_AFTER_MS, self._install_new_templates)

    def _tidy(self) -> None:
        """Remove what a killed merge or import left behind, and make the thumbnails and
        print copies a killed merge owed (neither is shown before the first list is)."""

        def tidy(ws: Workspace) -> None:
            from cchc_desktop.exchange.derive_pending import finish
            from cchc_desktop.store.leftovers import sweep

            sweep(ws.folder)
            finish(ws)

        self.read(tidy, lambda _none: None)

    def when_idle(self, then: Callable[[], None]) -> None:
        """Call ``then`` once no background task is running (at once when none is)."""
        if self.pending == 0:
            then()
            return

        def check(count: int) -> None:
            if count == 0:
                self.busy_changed.disconnect(check)
                then()

        self.busy_changed.connect(check)

    def _install_new_templates(self) -> None:
        """Checklist templates that came with a newer app version, installed in the
        background once the window's first lists are read (``cchc init`` does the same)."""
        from cchc_desktop.store.bootstrap import (
            bundled_templates_missing,
            install_bundled_templates,
        )

        def installed(new: list[str]) -> None:
            if new:
                self.notify("templates")

        def install(ws: Workspace) -> list[str]:
            return install_bundled_templates(ws) if bundled_templates_missing(ws) else []

        self.read(install, installed)

    def open_workspace(self) -> None:
        """Open the GUI thread's workspace on a prepared folder and tell the pages."""
        from cchc_desktop.errors import UserError
        from cchc_desktop.store.workspace import Workspace

        try:
            self._ws = Workspace.open(self.data_dir)
        except UserError as exc:
            self.problem.emit(exc.message)
            return
        self.workspace_ready.emit()

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def update_settings(self, **changes: Any) -> None:
        """Change settings, save them at once (unless in screenshot mode) and tell the window."""
        new = dataclasses.replace(self.settings, **changes)
        if new == self.settings:
            return
        self.settings = new
        if self.persist_settings:
            self.settings.save(self.folder.settings_file)
        self.settings_changed.emit()

    def rename_device(self, text: str) -> None:
        """Give this laptop a name (checked; a UserError says what is wrong) and tell the
        window; packages exported from now on carry it."""
        self.ws.rename_device(text)
        self.device_changed.emit()

    def notify(self, table: str) -> None:
        """Say that records of ``table`` changed, so lists showing them refresh."""
        self.data_changed.emit(table)

    def run(
        self,
        work: Callable[[Progress], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> workers.Task:
        """``workers.start`` that also counts running tasks (``pending``/``busy_changed``) and
        names this folder's database in a message about its file."""
        self.pending += 1
        self.busy_changed.emit(self.pending)
        return workers.start(
            work,
            database=self.folder.db_path,
            on_result=on_result,
            on_error=on_error,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
            on_finished=self._task_finished,
        )

    def _task_finished(self) -> None:
        self.pending -= 1
        self.busy_changed.emit(self.pending)

    def read(
        self,
        query: Callable[[Workspace], Any],
        on_result: Callable[[Any], None],
        on_failed: Callable[[], None] | None = None,
    ) -> workers.Task:
        """Run ``query(ws)`` in the background on its own workspace (connections never cross
        threads); deliver the result on the GUI thread. Problems go to ``problem``, then
        ``on_failed`` is called (the reader knows no rows are coming)."""
        root = self.data_dir

        def work(progress: Progress) -> Any:
            from cchc_desktop.store.workspace import Workspace

            with Workspace.open(root) as ws:
                return query(ws)

        def failed(message: str) -> None:
            self.problem.emit(message)
            if on_failed is not None:
                on_failed()

        return self.run(work, on_result=on_result, on_error=failed)
