"""Plans and teams as tables: thin adapters over ``store.plans.list_plans``/``list_teams``."""

from __future__ import annotations

from typing import Any

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP
from cchc_desktop.gui.models.rows import Column, Row, RowsModel


def _people(row: Row, *roles: MemberRole) -> list[dict[str, Any]]:
    return [m for m in row["members"] if m["role"] in roles]


def _names(row: Row, *roles: MemberRole) -> str:
    return ", ".join(m["name"] for m in _people(row, *roles))


def _name_and_title(row: Row, role: MemberRole) -> str:
    return "; ".join(
        f"{m['name']} – {m['title']}" if m["title"] else m["name"] for m in _people(row, role)
    )


PLAN_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Số kế hoạch"), lambda r: r["number"]),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Ngày"),
        lambda r: dmy(r["date"]),
        sort=lambda r: r["date"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Tên kế hoạch"),
        lambda r: r["title"],
        tooltip=lambda r: r["title"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Cơ quan ban hành"),
        lambda r: r["issuer"],
        tooltip=lambda r: r["issuer"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Cuộc kiểm tra"),
        lambda r: str(r["inspections"]),
        sort=lambda r: r["inspections"],
        align_right=True,
    ),
)

TITLE_COLUMN = 2
ISSUER_COLUMN = 3

TEAM_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Trưởng đoàn"),
        lambda r: _name_and_title(r, MemberRole.TRUONG_DOAN),
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Phó trưởng đoàn, thành viên"),
        lambda r: _names(r, MemberRole.PHO_DOAN, MemberRole.THANH_VIEN),
        tooltip=lambda r: "\n".join(
            f"{m['role_label']}: {m['name']} – {m['title']}"
            for m in _people(r, MemberRole.PHO_DOAN, MemberRole.THANH_VIEN)
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Thư ký"),
        lambda r: _name_and_title(r, MemberRole.THU_KY),
    ),
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Quyết định thành lập"), lambda r: r["decision"]),
)


class PlansModel(RowsModel):
    """Live plans, newest first (``list_plans``), with their inspection counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PLAN_COLUMNS, parent)

    def extra_search(self, row: Row) -> list[str]:
        return [row["parent_body"] or ""]


class TeamsModel(RowsModel):
    """The teams of one plan (``list_teams``) with leader, members and secretary."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(TEAM_COLUMNS, parent)

    def extra_search(self, row: Row) -> list[str]:
        return [m["title"] for m in row["members"]]
