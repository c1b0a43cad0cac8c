"""The PDF side of the engine: an A4 ReportLab document with ND 30's margins and fonts, its
page numbers, and the one setting ReportLab must have while our documents are built."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from typing import Any

from cchc_desktop.documents import styles as st
from cchc_desktop.documents.fonts import FontNames

# ReportLab keeps some settings process-wide; our builds change one of them, one at a time.
_BUILD_LOCK = threading.RLock()


@contextmanager
def binary_streams() -> Iterator[None]:
    """While our document is built, ReportLab writes its streams without ASCII85.

    A JPEG photo then enters the file byte for byte, and a page is a quarter smaller.
    ReportLab reads this from a process-wide setting (``rl_config.useA85``) at many points,
    so it is changed only around our builds, one build at a time, and put back after: the
    same document comes out whatever else ran in the process before it.
    """
    from reportlab import rl_config

    with _BUILD_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


def nd30_document(buffer: BytesIO, names: FontNames, **meta: Any) -> Any:
    """A ReportLab document on A4 portrait with ND 30's margins, in the registered serif fonts.

    The biên bản and the báo cáo share it; ``meta`` are ReportLab's document properties.
    """
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        buffer,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        leftMargin=st.MARGIN_LEFT,
        rightMargin=st.MARGIN_RIGHT,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        creator="CCHC Desktop",
        producer="CCHC Desktop (ReportLab)",
        lang="vi",
        # ReportLab's default first font is Helvetica, which would sit unembedded in every page.
        initialFontName=names.regular,
        initialFontSize=st.BODY_SIZE,
        **meta,
    )


def page_number(names: FontNames) -> Any:
    """The page callback ND 30 asks for from page 2: the number centred in the top margin."""

    def draw(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(names.regular, st.PAGE_NUMBER_SIZE)
        canvas.drawCentredString(
            st.MARGIN_LEFT + st.FRAME_WIDTH / 2,
            st.PAGE_HEIGHT - st.MARGIN_TOP / 2 - 4,
            str(canvas.getPageNumber()),
        )
        canvas.restoreState()

    return draw
