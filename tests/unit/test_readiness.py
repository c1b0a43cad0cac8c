"""The readiness check, rule by rule: a complete record passes, and each gap is named once, with
where to fix it; then the check on a real data folder and the refusals it drives."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc_desktop.minutes import readiness
from cchc_desktop.minutes.readiness import (
    CriterionFact,
    Facts,
    FindingFact,
    Item,
    NotReady,
    PhotoFact,
    Severity,
    SignerFact,
    Target,
    check,
    check_facts,
    refuse_unless_ready,
)
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples

DAY = dt.date(2024, 7, 4)


def complete() -> Facts:
    """A record nothing is missing from (and nothing to warn about)."""
    return Facts(
        inspection_id="x",
        date=DAY.isoformat(),
        start_time="08:00",
        end_time="11:30",
        unit_opinion="Thống nhất với kết quả kiểm tra.",
        criteria=(
            CriterionFact("A1", "Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn", "dat", ""),
            CriterionFact("D8", "Tỷ lệ hồ sơ giải quyết đúng hạn", "khong_dat", "Còn hồ sơ chậm"),
            CriterionFact("K3", "Bảo đảm điều kiện tiếp cận", "khong_ap_dung", "Không có trụ sở mới"),
        ),
        findings=(
            FindingFact("f1", "ton_tai", "Còn hồ sơ chậm hạn", "", None),
            FindingFact("f2", "kien_nghi", "Xin lỗi người dân", "UBND xã", "2024-08-31"),
        ),
        signers=(
            SignerFact("dai_dien_don_vi", "Hoàng Văn Bình", "Chủ tịch UBND xã", True),
            SignerFact("truong_doan", "Hồ Tiến Thiệu", "Trưởng đoàn", True),
        ),
        photos=(PhotoFact("p1", "IMG_1.jpg", "Khu vực chờ", "K1"),),
        today=DAY,
    )  # fmt: skip


def only(facts: Facts) -> Item:
    """The one item a single gap makes."""
    found = check_facts(facts)
    assert len(found.items) == 1, [i.text for i in found.items]
    return found.items[0]


def test_a_complete_record_is_ready_with_nothing_to_say() -> None:
    found = check_facts(complete())
    assert found.ready and found.items == ()
    assert found.summary() == "Sẵn sàng ký."


def _criterion(facts: Facts, code: str, **changes: object) -> Facts:
    criteria = tuple(
        dataclasses.replace(c, **changes) if c.code == code else c  # type: ignore[arg-type]
        for c in facts.criteria
    )
    return dataclasses.replace(facts, criteria=criteria)


@pytest.mark.parametrize(
    ("code", "changes", "rule", "words", "field"),
    [
        ("A1", {"result": None}, "criterion.unanswered", "chưa có kết quả", ""),
        ("D8", {"note": ""}, "criterion.note", "không đạt nhưng chưa ghi rõ lý do", "note"),
        ("D8", {"result": "dat_mot_phan", "note": " "}, "criterion.note", "đạt một phần", "note"),
        ("K3", {"note": ""}, "criterion.reason", "không áp dụng nhưng chưa ghi lý do", "note"),
    ],
)
def test_each_criterion_gap_blocks_and_points_at_the_criterion(
    code: str, changes: dict[str, object], rule: str, words: str, field: str
) -> None:
    item = only(_criterion(complete(), code, **changes))
    assert item.rule == rule and item.blocks and words in item.text
    assert item.target == Target("checklist", code, field)
    # Named by code and short title, never a bare code.
    assert f"Tiêu chí {code} (" in item.text


@pytest.mark.parametrize(
    ("changes", "rule", "target"),
    [
        ({"start_time": ""}, "time.start", "minutes:start_time"),
        ({"end_time": ""}, "time.end", "minutes:end_time"),
        ({"unit_opinion": "  "}, "opinion", "minutes:unit_opinion"),
    ],
)
def test_times_and_the_units_opinion_block(changes: dict[str, str], rule: str, target: str) -> None:
    item = only(dataclasses.replace(complete(), **changes))  # type: ignore[arg-type]
    assert item.rule == rule and item.blocks and item.target is not None
    assert item.target.as_text() == target


@pytest.mark.parametrize("role", ["truong_doan", "dai_dien_don_vi"])
@pytest.mark.parametrize("attribute", ["name", "title"])
def test_a_signer_without_name_or_title_blocks(role: str, attribute: str) -> None:
    facts = complete()
    signers = tuple(
        dataclasses.replace(s, **{attribute: ""}) if s.role == role else s for s in facts.signers
    )
    found = check_facts(dataclasses.replace(facts, signers=signers))
    blocking = found.blocking
    assert [i.rule for i in blocking] == [f"signer.{attribute}"]
    assert blocking[0].target == Target("minutes", f"signer.{role}", attribute)
    assert blocking[0].signers and found.blocking_content() == []


def test_a_missing_signer_blocks_on_both_name_and_title() -> None:
    facts = complete()
    found = check_facts(
        dataclasses.replace(facts, signers=tuple(s for s in facts.signers if s.role != "dai_dien_don_vi"))
    )  # fmt: skip
    assert [i.rule for i in found.blocking] == ["signer.name", "signer.title"]
    assert "đại diện đơn vị được kiểm tra" in found.blocking[0].text


@pytest.mark.parametrize(
    ("changes", "rule", "field"),
    [
        ({"responsible": ""}, "recommendation.responsible", "responsible"),
        ({"deadline": None}, "recommendation.deadline", "deadline"),
    ],
)
def test_a_recommendation_without_party_or_deadline_blocks(
    changes: dict[str, object], rule: str, field: str
) -> None:
    facts = complete()
    findings = tuple(
        dataclasses.replace(f, **changes) if f.kind == "kien_nghi" else f  # type: ignore[arg-type]
        for f in facts.findings
    )
    item = only(dataclasses.replace(facts, findings=findings))
    assert item.rule == rule and item.blocks and "«Xin lỗi người dân»" in item.text
    assert item.target == Target("findings", "f2", field)


def test_a_shortcoming_needs_no_party_or_deadline() -> None:
    facts = complete()
    assert facts.findings[0].kind == "ton_tai" and not facts.findings[0].responsible
    assert check_facts(facts).ready


def test_photos_warn_when_missing_or_undescribed() -> None:
    none = only(dataclasses.replace(complete(), photos=()))
    assert none.rule == "photo.none" and not none.blocks
    bare = PhotoFact("p2", "IMG_2.jpg", "", None)
    item = only(dataclasses.replace(complete(), photos=(*complete().photos, bare)))
    assert item.rule == "photo.described" and item.severity is Severity.WARN
    assert "IMG_2.jpg" in item.text and "chú thích và tiêu chí" in item.text
    assert item.target == Target("photos", "p2", "caption")
    # A snapshot knows only the appendix's photos: no photo rule is applied then.
    assert check_facts(dataclasses.replace(complete(), photos=None)).items == ()


def test_signing_on_a_later_day_warns() -> None:
    item = only(dataclasses.replace(complete(), today=DAY + dt.timedelta(days=1)))
    assert item.rule == "date.later" and not item.blocks
    assert "05/07/2024" in item.text and "04/07/2024" in item.text


def test_a_party_without_handwriting_warns() -> None:
    facts = complete()
    signers = tuple(
        dataclasses.replace(s, has_image=False) if s.role == "truong_doan" else s
        for s in facts.signers
    )
    item = only(dataclasses.replace(facts, signers=signers))
    assert item.rule == "signer.handwriting" and not item.blocks and item.signers
    assert "Hồ Tiến Thiệu" in item.text


def test_blocking_items_come_first_and_refusals_name_each() -> None:
    facts = dataclasses.replace(complete(), photos=(), start_time="", unit_opinion="")
    found = check_facts(facts)
    assert [i.blocks for i in found.items] == [True, True, False]
    with pytest.raises(NotReady) as refused:
        refuse_unless_ready(found, "ký", "sign")
    assert str(refused.value).splitlines() == [
        "Chưa ký được: còn 2 mục phải hoàn thành.",
        "- Chưa ghi giờ bắt đầu buổi kiểm tra.",
        "- Chưa ghi ý kiến của đơn vị được kiểm tra (ghi ý kiến, hoặc chọn «Đơn vị không "
        "có ý kiến»).",
    ]


@pytest.fixture
def extra_rule() -> Iterator[None]:
    """A rule another part of the app plugs in (issue 19's previous recommendations)."""

    @readiness.rule
    def previous(facts: Facts) -> Iterator[Item]:
        yield Item("previous", Severity.WARN, "Kiến nghị lần trước", "Previous", None)

    yield
    readiness.RULES.remove(previous)


def test_a_rule_plugs_in_with_the_decorator(extra_rule: None) -> None:
    assert [i.rule for i in check_facts(complete()).items] == ["previous"]


def test_the_check_reads_the_data_folder(demo_ws: Workspace, tmp_path: Path) -> None:
    ready_one = samples.demo_inspection(demo_ws, "Xã Khánh Xuân")
    found = check(demo_ws, ready_one, today=dt.date(2024, 7, 4))
    # The demo's complete record: ready, with no photo and no handwriting yet.
    assert found.ready
    assert [i.rule for i in found.items] == ["photo.none"] + ["signer.handwriting"] * 3
    weak = samples.demo_inspection(demo_ws, "Xã Mai Sao")
    gaps = check(demo_ws, weak, today=dt.date(2024, 7, 4))
    rules = {i.rule for i in gaps.blocking}
    assert {"criterion.unanswered", "time.start", "time.end", "opinion"} <= rules
    assert "signer.name" in rules  # nobody is named for the unit
    assert "signer.title" in rules and "recommendation.deadline" not in rules
    # The team's lead stands in for the role nobody was named for: not missing.
    assert not any(i.target and i.target.key == "signer.truong_doan" for i in gaps.blocking)
