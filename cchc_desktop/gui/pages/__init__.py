"""The window's pages and the one registry that lists them.

A page is a line in ``PAGES``: its key (also its ``--screenshot --page`` name), its title
(Vietnamese; translated when shown), a standard icon, and where its class lives
(``"module:Class"``, imported the first time the page is shown so start-up stays lean).
Pages with ``in_sidebar`` get a place in the navigation and the shortcut Ctrl+<position>.
A new page is one more line here.

``INSPECTION_TABS`` lists the tabs of the inspection view that have a screenshot name of
their own: the screenshot opens the first demo inspection of 2026 and calls
``InspectionView.show_tab(key)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str  # the name of a QStyle.StandardPixmap
    factory: str  # "package.module:Class"; the class takes (ctx, parent)
    in_sidebar: bool = True


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "plans",
        QT_TRANSLATE_NOOP("QCoreApplication", "Kế hoạch"),
        "SP_FileDialogContentsView",
        "cchc_desktop.gui.pages.plans_page:PlansPage",
    ),
    PageSpec(
        "units",
        QT_TRANSLATE_NOOP("QCoreApplication", "Đơn vị"),
        "SP_DirHomeIcon",
        "cchc_desktop.gui.pages.units_page:UnitsPage",
    ),
    PageSpec(
        "inspections",
        QT_TRANSLATE_NOOP("QCoreApplication", "Cuộc kiểm tra"),
        "SP_FileDialogDetailedView",
        "cchc_desktop.gui.pages.inspections_page:InspectionsPage",
    ),
    PageSpec(
        "followups",
        QT_TRANSLATE_NOOP("QCoreApplication", "Theo dõi kiến nghị"),
        "SP_DialogApplyButton",
        "cchc_desktop.gui.pages.followups_page:FollowupsPage",
    ),
    PageSpec(
        "exchange",
        QT_TRANSLATE_NOOP("QCoreApplication", "Trao đổi"),
        "SP_BrowserReload",
        "cchc_desktop.gui.pages.exchange_host:ExchangeHost",
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("QCoreApplication", "Cài đặt"),
        "SP_FileDialogInfoView",
        "cchc_desktop.gui.pages.settings_page:SettingsPage",
    ),
    # The open inspection: reached from the inspections list, not from the sidebar.
    PageSpec(
        "inspection",
        QT_TRANSLATE_NOOP("QCoreApplication", "Cuộc kiểm tra đang mở"),
        "SP_FileIcon",
        "cchc_desktop.gui.pages.inspection_host:InspectionHost",
        in_sidebar=False,
    ),
)

# Tabs of the inspection view that are screenshot pages of their own.
INSPECTION_TABS: tuple[str, ...] = ("checklist", "previous", "findings", "photos", "minutes")

# Views of the Trao đổi page with a screenshot name: its Xung đột tab, its export dialog.
EXCHANGE_VIEWS: tuple[str, ...] = ("conflicts", "export")

# The page shown at the very first start, before the user has chosen one.
FIRST_PAGE = "inspections"


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def screenshot_pages() -> tuple[str, ...]:
    """Every name ``--screenshot --page`` accepts."""
    return tuple(spec.key for spec in PAGES) + INSPECTION_TABS + EXCHANGE_VIEWS
