"""Every list model is a correct Qt model (QAbstractItemModelTester), lazy, sortable in
Vietnamese order, and searchable without diacritics or case."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from cchc_desktop.domain.text import sort_key
from cchc_desktop.gui.models.inspections import PROGRESS_ROLE, InspectionsModel
from cchc_desktop.gui.models.plans import PlansModel, TeamsModel
from cchc_desktop.gui.models.rows import ID_ROLE
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.gui.models.units import UnitsModel
from cchc_desktop.store.inspections import list_inspections
from cchc_desktop.store.plans import list_plans, list_teams
from cchc_desktop.store.workspace import Workspace

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def testers() -> Iterator[list[QAbstractItemModelTester]]:
    """Testers stay alive for the whole test, checking every change the test makes.
    A failure is a Qt warning, and any Qt warning fails the test (pyproject)."""
    kept: list[QAbstractItemModelTester] = []
    yield kept
    kept.clear()


def _check(model: QAbstractItemModel, kept: list[QAbstractItemModelTester]) -> None:
    kept.append(QAbstractItemModelTester(model, Mode.Warning))


def _texts(
    model: QAbstractItemModel, column: int = 0, parent: QModelIndex | None = None
) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(row, column, parent).data() for row in range(model.rowCount(parent))]


def test_inspections_model_is_lazy_sortable_and_searchable(
    demo_ws: Workspace, testers: list[QAbstractItemModelTester]
) -> None:
    rows = list_inspections(demo_ws)
    model = InspectionsModel()
    model.CHUNK = 4
    model.set_rows(rows)
    assert model.total() == 16
    assert model.rowCount() == 4 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 8
    assert _texts(model)[:2] == ["01/07/2024", "01/07/2024"]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by unit, Vietnamese order
    units = _texts(model, 1)
    assert units == sorted(units, key=sort_key)
    assert model.rowCount() == 8  # sorting does not fetch everything

    # The same, now watched by the model tester (which itself fetches everything).
    model = InspectionsModel()
    model.CHUNK = 4
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    _check(model, testers)
    _check(proxy, testers)
    model.set_rows(rows)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert sort_key(_texts(model, 1)[0]) > sort_key(_texts(model, 1)[-1])
    proxy.set_query("loc binh")
    # Units named Lộc Bình, and the communes of the district of Lộc Bình.
    assert sorted(_texts(proxy, 1), key=sort_key) == [
        "Bộ phận Một cửa UBND huyện Lộc Bình",
        "Trung tâm Phục vụ hành chính công xã Lộc Bình",
        "Xã Đồng Bục",
        "Xã Khánh Xuân",
    ]
    assert model.rowCount() == 16  # a search looks at every row
    proxy.set_query("dong KINH")
    assert _texts(proxy, 1) == ["Trung tâm Phục vụ hành chính công phường Đông Kinh"]
    proxy.set_query("đông kinh")
    assert _texts(proxy, 1) == ["Trung tâm Phục vụ hành chính công phường Đông Kinh"]
    proxy.set_query("")
    assert proxy.rowCount() == 16
    proxy.sort(-1)
    assert _texts(model)[0] == "01/07/2024"
    first = model.index(0, 4)
    assert first.data() == f"{model.row(0)['answered']}/{model.row(0)['total']}"
    assert 0 <= first.data(PROGRESS_ROLE) <= 100
    assert model.row_of(model.row(14)["id"]) == 14


def test_plans_and_teams_models(
    demo_ws: Workspace, testers: list[QAbstractItemModelTester]
) -> None:
    plans = PlansModel()
    _check(plans, testers)
    plans.set_rows(list_plans(demo_ws))
    assert _texts(plans) == ["45/KH-UBND", "80/KH-BCĐCCHC"]
    assert plans.index(1, 1).data() == "29/05/2024"
    proxy = SearchProxy()
    proxy.setSourceModel(plans)
    _check(proxy, testers)
    proxy.set_query("bcdcchc")  # the plan number without Đ and in lower case
    assert _texts(proxy) == ["80/KH-BCĐCCHC"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _texts(plans) == ["80/KH-BCĐCCHC", "45/KH-UBND"]

    teams = TeamsModel()
    _check(teams, testers)
    teams.set_rows(list_teams(demo_ws, plan="80/KH-BCĐCCHC"))
    leaders = _texts(teams)
    assert len(leaders) == 3 and any(t.startswith("Hồ Tiến Thiệu") for t in leaders)
    proxy = SearchProxy()
    proxy.setSourceModel(teams)
    proxy.set_query("ho tien thieu")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ID_ROLE)


def test_units_tree_fetches_levels_lazily(
    demo_ws: Workspace, testers: list[QAbstractItemModelTester]
) -> None:
    model = UnitsModel()
    _check(model, testers)
    model.load(demo_ws)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert _texts(model) == ["Tỉnh Lạng Sơn"]
    province = model.index(0, 0)
    assert model.hasChildren(province) and model.rowCount(province) == 0
    model.fetchMore(province)
    children = _texts(model, 0, province)
    assert children[:2] == ["Huyện Bình Gia", "Huyện Chi Lăng"]
    assert "Xã Lộc Bình" in children and "Phường Đông Kinh" in children
    loc_binh = model.index(children.index("Xã Lộc Bình"), 4, province)
    assert loc_binh.data() == "Xã Khánh Xuân, Xã Đồng Bục"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _texts(model, 0, province)[-1] == "Huyện Bình Gia"

    proxy = SearchProxy()
    proxy.setSourceModel(model)
    _check(proxy, testers)
    proxy.set_query("loc binh")
    top = proxy.index(0, 0)
    names = _texts(proxy, 0, top)
    assert "Huyện Lộc Bình" in names and "Xã Lộc Bình" in names
    assert "Huyện Bình Gia" not in names
    index = model.index_of_unit(
        demo_ws.db.execute("SELECT id FROM units WHERE name = 'Xã Đồng Bục'").fetchone()[0]
    )
    assert index.data() == "Xã Đồng Bục" and index.parent().data() == "Huyện Lộc Bình"


def test_signed_status_matches_the_store() -> None:
    from cchc_desktop.gui.models import inspections as model
    from cchc_desktop.store import inspections as store

    assert model.STATUS_SIGNED == store.STATUS_SIGNED


def test_search_folds_d_with_stroke_and_case(testers: list[QAbstractItemModelTester]) -> None:
    plans = PlansModel()
    proxy = SearchProxy()
    proxy.setSourceModel(plans)
    _check(proxy, testers)
    row = {"date": "2026-01-05", "issuer": "Đoàn kiểm tra", "parent_body": "", "inspections": 0}
    plans.set_rows(
        [
            {**row, "id": "a", "number": "05/BB-ĐKT", "title": "Biên bản"},
            {**row, "id": "b", "number": "06/KH-UBND", "title": "Kế hoạch"},
        ]
    )
    for query in ("dkt", "ĐKT", "đkt", "DKT"):
        proxy.set_query(query)
        assert _texts(proxy) == ["05/BB-ĐKT"], query
    proxy.set_query("doan kiem")  # "Đoàn kiểm tra", without marks
    assert proxy.rowCount() == 2


def test_followups_model_filters_and_status_changes(
    demo_ws: Workspace, testers: list[QAbstractItemModelTester]
) -> None:
    import datetime as dt

    from cchc_desktop.gui.models.followups import (
        DEADLINE_COLUMN,
        NOT_DONE,
        OVERDUE_ROLE,
        STATUS_COLUMN,
        FollowupsFilter,
        FollowupsModel,
    )
    from cchc_desktop.store.findings import followups

    rows = followups(demo_ws, today=dt.date(2025, 6, 1))
    model = FollowupsModel()
    model.CHUNK = 10
    proxy = FollowupsFilter()
    proxy.setSourceModel(model)
    _check(model, testers)
    _check(proxy, testers)
    model.set_rows(rows)
    assert model.total() == 26
    assert model.counts() == (26, 16, 8)
    first = model.index(0, STATUS_COLUMN)
    assert first.data() == "Chưa thực hiện (quá hạn)"  # words, not colour alone
    assert first.data(OVERDUE_ROLE) is True
    assert first.data(Qt.ItemDataRole.ForegroundRole).name() == "#8a1a12"
    assert model.index(0, DEADLINE_COLUMN).data() == "30/09/2024"
    plan_2026 = next(r["plan_id"] for r in rows if r["plan_number"] == "45/KH-UBND")
    assert model.counts(plan_2026) == (2, 0, 0)

    proxy.set_filters(plan_id=plan_2026, status=None, overdue_only=False)
    assert _texts(proxy, 0) == ["Trung tâm Phục vụ hành chính công xã Lộc Bình"] * 2
    assert proxy.index(0, STATUS_COLUMN).data() == "Chưa thực hiện"
    assert proxy.index(0, STATUS_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
    proxy.set_filters(plan_id=None, status=None, overdue_only=True)
    assert proxy.rowCount() == 16
    proxy.set_query("loc binh")  # the one-stop shop, the 2026 centre, and the communes
    units = set(_texts(proxy, 0))
    assert units == {"Bộ phận Một cửa UBND huyện Lộc Bình", "Xã Đồng Bục", "Xã Khánh Xuân"}
    proxy.set_query("")

    # A status just stored: the row shows it (and is no longer late), the filter waits.
    number = 0
    model.set_status(number, "da_hoan_thanh", today=dt.date(2025, 6, 1))
    assert model.index(number, STATUS_COLUMN).data() == "Đã hoàn thành"
    assert model.index(number, STATUS_COLUMN).data(Qt.ItemDataRole.BackgroundRole).name() == (
        "#dcf1e1"
    )
    assert model.counts() == (26, 15, 9)
    assert proxy.rowCount() == 16  # the row stays under the cursor until a filter is chosen
    proxy.set_filters(plan_id=None, status=NOT_DONE, overdue_only=True)
    assert proxy.rowCount() == 15
    proxy.set_filters(plan_id=None, status="da_hoan_thanh", overdue_only=False)
    assert proxy.rowCount() == 9
    proxy.set_filters(plan_id=None, status=None, overdue_only=False)
    proxy.set_query("DA HOAN THANH 30/09")  # the status and the deadline as shown
    assert proxy.rowCount() == 1
    proxy.set_query("")
    proxy.sort(STATUS_COLUMN, Qt.SortOrder.AscendingOrder)  # late first, then by status
    statuses = _texts(model, STATUS_COLUMN)
    assert statuses[0].endswith("(quá hạn)") and statuses[-1] == "Đã hoàn thành"
    proxy.sort(DEADLINE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert _texts(model, DEADLINE_COLUMN)[0] == "31/01/2027"
