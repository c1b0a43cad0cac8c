"""Snapshots, photos and signature images made by the tests themselves (no database needed)."""

from __future__ import annotations

import random
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from cchc_desktop.minutes.snapshot import (
    CriterionResult,
    FindingEntry,
    MinutesSnapshot,
    Person,
    PhotoEntry,
    SignerEntry,
)

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

FINDINGS = (
    FindingEntry("uu_diem", "Lãnh đạo UBND xã quan tâm chỉ đạo công tác cải cách hành chính."),
    FindingEntry("ton_tai", "Còn 12 hồ sơ thủ tục hành chính giải quyết chậm hạn."),
    FindingEntry("ton_tai", "Tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp."),
    FindingEntry(
        "kien_nghi",
        "Rà soát, xin lỗi người dân đối với hồ sơ chậm hạn.",
        responsible="UBND xã Khánh Xuân",
        deadline="2024-07-31",
    ),
    FindingEntry(
        "kien_nghi",
        "Đẩy mạnh thanh toán trực tuyến, phối hợp Công an triển khai Đề án 06.",
        responsible="Văn phòng HĐND và UBND xã",
        deadline="2025-01-05",
    ),
)


def demo_inspection(ws: Workspace, unit: str, plan: str | None = None) -> str:
    """The id of the demo data's inspection of ``unit`` (of the plan numbered ``plan``)."""
    row = ws.db.execute(
        "SELECT i.id FROM inspections i JOIN units u ON u.id = i.unit_id"
        " JOIN plans p ON p.id = i.plan_id WHERE u.name = ? AND p.number = coalesce(?, p.number)",
        [unit, plan],
    ).fetchone()
    assert row is not None, unit
    return str(row[0])


def jpeg(path: Path, size: tuple[int, int] = (1600, 1200), seed: int = 0) -> Path:
    """A real JPEG with some texture (so it compresses like a photo, not like a flat colour)."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), 120, 90))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)), fill=colour)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="JPEG", quality=85)
    return path


def signature_png(
    width: int = 600, height: int = 220, color: tuple[int, int, int] = (31, 58, 147)
) -> bytes:
    """A transparent PNG with a handwritten-looking stroke."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(40 + i * 10, 110 + int(60 * ((i % 7) - 3) / 3)) for i in range(52)]
    draw.line(points, fill=(*color, 255), width=7, joint="curve")
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def photos(folder: Path, count: int) -> tuple[PhotoEntry, ...]:
    entries = []
    for index in range(count):
        path = jpeg(folder / f"photo-{index}.print.jpg", seed=index)
        entries.append(
            PhotoEntry(
                sha256=f"{index:064x}",
                path=str(path),
                width=1600,
                height=1200,
                caption=f"Bộ phận Một cửa, ảnh số {index + 1}",
                taken_at="2024-07-04T09:15:00+07:00",
                place="21,75412° B, 106,95423° Đ",
                criterion_code="K1",
            )
        )
    return tuple(entries)


def snapshot(**changes: object) -> MinutesSnapshot:
    """The biên bản of Xã Khánh Xuân (Lộc Bình), 04/7/2024, with both sides named."""
    base = MinutesSnapshot(
        inspection_id="test-inspection",
        doc_number="05/BB-ĐKT",
        date="2024-07-04",
        unit_name="Xã Khánh Xuân",
        unit_kind="xa",
        unit_parent="Huyện Lộc Bình",
        # As collect.issuing_bodies gives them: the team issues, under the plan's issuer.
        parent_body="Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn",
        issuer="Đoàn kiểm tra",
        plan_number="80/KH-BCĐCCHC",
        plan_date="2024-05-29",
        plan_title="Kiểm tra công tác cải cách hành chính năm 2024",
        basis=(
            "Kế hoạch số 80/KH-BCĐCCHC ngày 29/5/2024 của Ban Chỉ đạo cải cách hành chính tỉnh",
        ),
        template_title="Bảng kiểm công tác cải cách hành chính (NĐ 61/2018/NĐ-CP)",
        start_time="08:00",
        end_time="11:30",
        place="Trụ sở UBND xã Khánh Xuân",
        team=(
            Person("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh", "truong_doan", "Trưởng đoàn"),
            Person("Nguyễn Hải Hoàng", "Chuyên viên Sở Nội vụ", "thu_ky", "Thư ký"),
        ),
        criteria=(
            CriterionResult("A1", "A", "Chỉ đạo, điều hành", "Ban hành kế hoạch CCHC năm", "dat", "Đạt", ""),
            CriterionResult(
                "D8", "D", "Bộ phận Một cửa", "Tỷ lệ hồ sơ giải quyết đúng hạn", "khong_dat",
                "Không đạt", "Còn hồ sơ chậm hạn",
            ),
            CriterionResult("D9", "D", "Bộ phận Một cửa", "Niêm yết thủ tục hành chính"),
        ),
        findings=FINDINGS,
        conclusion="Xã cơ bản triển khai các nhiệm vụ cải cách hành chính.",
        unit_opinion="Thống nhất với kết quả kiểm tra.",
        signers=(
            SignerEntry("dai_dien_don_vi", "Lương Văn Hùng", "Chủ tịch UBND xã Khánh Xuân"),
            SignerEntry("truong_doan", "Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh"),
            SignerEntry("thu_ky", "Nguyễn Hải Hoàng", "Chuyên viên Sở Nội vụ"),
        ),
    )  # fmt: skip
    return base.replace(**changes)


# The holder of tests.pki's "lead" certificate, as a team lead printed in the biên bản.
LEAD_HOLDER = ("Nguyễn Văn An", "Trưởng đoàn")


def make_ready(
    ws: Workspace,
    inspection_id: str,
    *,
    representative: tuple[str, str] = ("Hoàng Văn Bình", "Chủ tịch UBND xã"),
    lead: tuple[str, str] | None = None,
) -> None:
    """Complete an inspection's record the way a team lead does before signing, so that
    nothing blocks its biên bản: every criterion answered (Đạt, or a note where the result
    needs one), the start and end times, the unit's opinion, both signers named with their
    posts, every kiến nghị with a responsible party and a deadline. What is already there stays.

    ``lead`` names the team lead outright (``LEAD_HOLDER``: the holder of the test CA's lead
    certificate, so that certificate signs without signing on anyone's behalf)."""
    from cchc_desktop.minutes.collect import snapshot_from_detail
    from cchc_desktop.store.answers import set_answer
    from cchc_desktop.store.detail import show_inspection
    from cchc_desktop.store.findings import update_finding
    from cchc_desktop.store.inspections import update_inspection
    from cchc_desktop.store.signers import set_signer

    detail = show_inspection(ws, inspection_id)
    for c in detail["checklist"]:
        if not c["result"]:
            set_answer(ws, inspection_id, c["code"], "dat")
        elif c["result"] != "dat" and not c["note"]:
            set_answer(ws, inspection_id, c["code"], note="Đoàn kiểm tra đã ghi nhận tại chỗ.")
    fields = {"start_time": "08:00", "end_time": "11:30", "unit_opinion": "Thống nhất với kết quả."}
    update_inspection(ws, inspection_id, **{k: v for k, v in fields.items() if not detail[k]})
    snapshot = snapshot_from_detail(detail, doc_number="")
    wanted = {"truong_doan": ("Nguyễn Văn An", "Trưởng đoàn"), "dai_dien_don_vi": representative}
    for role, (name, title) in wanted.items():
        signer = snapshot.signer(role)
        if signer is None or not signer.name or not signer.title:
            set_signer(ws, inspection_id, role=role, name=(signer.name if signer and signer.name
                       else name), title=title, image_sha256=signer.image_sha256 if signer else None)  # fmt: skip
    if lead is not None:
        image = snapshot.signer("truong_doan")
        set_signer(ws, inspection_id, role="truong_doan", name=lead[0], title=lead[1],
                   image_sha256=image.image_sha256 if image else None)  # fmt: skip
    for f in detail["findings"]:
        if f["kind"] == "kien_nghi" and (not f["responsible"] or not f["deadline"]):
            update_finding(ws, f["id"], responsible=f["responsible"] or "UBND xã",
                           deadline=f["deadline"] or "2024-12-31")  # fmt: skip
