"""Printing through a real QPrinter (Qt's PDF printer, as printing works on Linux) in a worker:
pages as they look, the window kept running, Hủy mid-job, many biên bản in order in one job
with copies and duplex, and the combined copy for a print shop."""

from __future__ import annotations

import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.dialogs.batch_print_dialog import BatchPrintDialog
from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
from cchc_desktop.gui.minutes.print_document import Document
from cchc_desktop.gui.minutes.print_runner import PrintRunner
from cchc_desktop.minutes.pages import PDFIUM_LOCK
from cchc_desktop.minutes.render import render
from tests import minutes_samples as samples
from tests.gui.helpers import OpenWindow
from tests.unit.test_minutes_document import page_texts

PLAN = "80/KH-BCĐCCHC"


def pictures(pdf: bytes, dpi: float = 30) -> list[Image.Image]:
    with PDFIUM_LOCK:  # the print job's worker may be in PDFium at the same time
        document = pdfium.PdfDocument(pdf)
        try:
            return [
                document[i].render(scale=dpi / 72).to_pil().convert("L")
                for i in range(len(document))
            ]
        finally:
            document.close()


def difference(a: Image.Image, b: Image.Image) -> float:
    return float(ImageStat.Stat(ImageChops.difference(a, b.resize(a.size))).mean[0])


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


@pytest.fixture
def minutes_pdf() -> bytes:
    return render(samples.snapshot(), lambda _sha: None).pdf


def test_preview_prints_the_pages_as_they_look_while_the_window_runs(
    qtbot: QtBot, minutes_pdf: bytes, tmp_path: Path
) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    with qtbot.waitSignal(preview.pageShown):
        preview.set_pdf(minutes_pdf)
    target = tmp_path / "in-ra.pdf"
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    steps: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(preview.printFinished, timeout=120000) as printed:
        task = preview.print_to(pdf_printer(target), dpi=150)
        assert task is not None
        task.signals.progress.connect(lambda *step: steps.append(step))
        heartbeat.start()
        started = time.perf_counter()
        assert preview.printer.isVisible() and not preview.print_button.isEnabled()
    elapsed_ms = (time.perf_counter() - started) * 1000
    heartbeat.stop()
    assert printed.args == [True, ""]
    assert preview.status.text() == "Đã gửi 3 trang tới máy in."
    assert not preview.printer.isVisible() and preview.print_button.isEnabled()
    assert [s[2] for s in steps[:3]] == [f"Biên bản – trang {n}/3" for n in (1, 2, 3)]
    # The window's thread ran all along: the heartbeat ticked through the job, at least at half
    # its rate (a job that blocked the thread would leave it silent; a quick machine finishes
    # the three pages in a few ticks, so the count is taken against the job's own length).
    assert len(ticks) >= int(elapsed_ms / heartbeat.interval() / 2), (len(ticks), elapsed_ms)
    source, out = pictures(minutes_pdf), pictures(target.read_bytes())
    assert len(out) == len(source) == 3
    for page, (want, got) in enumerate(zip(source, out, strict=True)):
        assert difference(want, got) < 8, page  # the same page, bands in their places
        assert difference(want, got) * 2 < difference(source[(page + 1) % 3], got), page


def test_cancel_mid_job_stops_and_leaves_no_file(
    qtbot: QtBot, minutes_pdf: bytes, tmp_path: Path
) -> None:
    runner = PrintRunner()
    qtbot.addWidget(runner)
    target = tmp_path / "huy.pdf"
    documents = [Document(f"Biên bản {n}", minutes_pdf) for n in range(12)]
    with qtbot.waitSignal(runner.finished, timeout=120000) as ended:
        task = runner.start(pdf_printer(target), documents, dpi=300)
        assert task is not None
        task.signals.progress.connect(lambda done, _total, _text: done == 1 and runner.cancel())
    assert ended.args == [False, "Đã hủy in; máy in không nhận thêm trang nào."]
    assert not target.exists()
    assert not runner.busy and not runner.isVisible()


def _made_and_signed(root: Path) -> list[str]:
    """The plan's first three inspections get an issued biên bản: the first and third signed
    digitally, the second issued for signing on paper (its scan not back yet)."""
    from cchc_desktop.minutes.batch import batch_items
    from cchc_desktop.minutes.issue import issue_minutes
    from cchc_desktop.store.workspace import Workspace
    from tests import minutes_samples as samples
    from tests.unit.test_minutes_register import lead

    with Workspace.open(root) as ws:
        items = batch_items(ws, plan=PLAN)[:3]
        made = []
        for index, item in enumerate(items):
            if index == 1:
                samples.make_ready(ws, item.inspection_id)
                made.append(issue_minutes(ws, item.inspection_id, paper=True))
            else:
                samples.make_ready(ws, item.inspection_id, lead=samples.LEAD_HOLDER)
                made.append(issue_minutes(ws, item.inspection_id, signer=lead()))
        return [m.record["pdf_sha256"] for m in made]


def test_batch_print_in_order_with_copies(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    _made_and_signed(demo_dir)
    window = open_window(demo_dir)
    page = window.show_page("plans")
    page.select_plan(page.model.row(1)["id"])  # 80/KH-BCĐCCHC
    page.print_button.click()
    dialog = window.findChild(BatchPrintDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.plan_combo.currentText().startswith(PLAN)
    assert len(dialog.items) == 12
    # Every signed biên bản is ticked at the start; one without a biên bản cannot be ticked.
    assert [i.unit_name for i in dialog.chosen()] == [
        "Bộ phận Một cửa UBND huyện Bình Gia",
        "Xã Mông Ân",
    ]
    assert not dialog.model.item(3, 0).isCheckable()
    dialog.none_button.click()
    assert dialog.chosen() == [] and not dialog.print_button.isEnabled()
    dialog.all_button.click()
    chosen = dialog.chosen()
    pages = [item.page_count for item in chosen]
    assert len(chosen) == 3 and dialog.summary.text() == f"Đã chọn 3 biên bản, {sum(pages)} trang"

    target = tmp_path / "in-nhieu.pdf"

    def choose_printer(printer: QPrinter) -> bool:  # what the print dialog would set
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setCopyCount(2)  # Qt's PDF printer makes no copies itself: the job does
        printer.setCollateCopies(True)
        return True

    dialog.ask_printer = choose_printer
    with qtbot.waitSignal(dialog.runner.finished, timeout=180000) as ended:
        dialog.print_button.click()
        assert dialog.close_button.text() == "&Dừng" and not dialog.table.isEnabled()
    assert ended.args[0] is True, ended.args
    assert dialog.message.text() == f"Đã gửi {2 * sum(pages)} trang tới máy in."
    # Three documents in the list's order, each with its two copies, each whole.
    # (Qt's PDF printer has no duplex; the blank backs are tests/unit/test_print_layout.py's.)
    out = pictures(target.read_bytes())
    assert len(out) == 2 * sum(pages)
    from cchc_desktop.store.workspace import Workspace

    with Workspace.open(demo_dir) as ws:
        sources = [pictures(ws.media.read(item.pdf_sha256 or ""), 60) for item in chosen]
    out = pictures(target.read_bytes(), 60)
    every = [(doc, page) for doc, pages in enumerate(sources) for page in range(len(pages))]
    # Each printed side looks most like the page that should be there, of all of them.
    printed_as = [
        min(every, key=lambda where: difference(sources[where[0]][where[1]], side)) for side in out
    ]
    assert printed_as == [
        (doc, page) for doc in range(3) for _copy in range(2) for page in range(pages[doc])
    ]


def test_combined_copy_from_the_dialog(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    _made_and_signed(demo_dir)
    window = open_window(demo_dir)
    window.show_page("plans").select_plan(window.show_page("plans").model.row(1)["id"])
    window.actions_by_name["print_minutes"].trigger()  # Tệp ▸ In biên bản… (Ctrl+P)
    dialog = window.findChild(BatchPrintDialog)
    assert dialog is not None
    asked: list[Path] = []
    target = tmp_path / "ban sao" / "gop"
    dialog.ask_path = lambda suggested: asked.append(suggested) or target
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    with qtbot.waitSignal(dialog.runner.finished, timeout=120000) as ended:
        dialog.export_button.click()
    assert asked[0].name == "bien-ban-ban-sao-80-kh-bcdcchc.pdf"
    written = target.with_name("gop.pdf")
    assert ended.args[0] is True and str(written) in dialog.message.text()
    texts = page_texts(written.read_bytes())
    # The two signed ones, ticked at the start (the one issued for paper awaits its scan).
    assert len(texts) == sum(item.page_count for item in dialog.chosen()) == 7
    assert all("BẢN SAO" in text for text in texts)
    assert dialog.open_button.isVisible()
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(written))]
