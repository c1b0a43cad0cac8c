"""Draw the demo minutes as PNG pages (docs/screenshots/minutes-*.png) to look at against ND 30.

Two biên bản from the demo data: the Lộc Bình 2026 inspection (TTPVHCC) and a 2024 commune
inspection of Kế hoạch 80/KH-BCĐCCHC, each with both sides named, handwritten signatures,
two photos in the appendix, and the team lead's digital signature (a certificate made here by
a throw-away CA, as the tests do).

    .venv/bin/python tests/tools/minutes_pages.py [OUT_DIR] [--dpi 100] [--pdf]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from cchc_desktop.demo.loader import load_demo  # noqa: E402
from cchc_desktop.documents.blocks import PhotoEntry  # noqa: E402
from cchc_desktop.minutes.collect import collect  # noqa: E402
from cchc_desktop.minutes.issue import images  # noqa: E402
from cchc_desktop.minutes.pages import PdfPages  # noqa: E402
from cchc_desktop.minutes.render import render  # noqa: E402
from cchc_desktop.minutes.signing import P12Signer, sign_pdf  # noqa: E402
from cchc_desktop.store.bootstrap import initialise  # noqa: E402
from cchc_desktop.store.inspections import update_inspection  # noqa: E402
from cchc_desktop.store.signers import set_signer  # noqa: E402
from cchc_desktop.store.workspace import Workspace  # noqa: E402
from tests.minutes_samples import demo_inspection  # noqa: E402
from tests.pki import PASSWORD, make_ca, make_signer  # noqa: E402


def handwriting(seed: int) -> bytes:
    """A signature-like flourish in blue on transparency (what the pad would give)."""
    image = Image.new("RGBA", (900, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(220):
        t = step / 219
        x = 60 + 760 * t
        y = 160 - 70 * math.sin(t * math.pi * (3 + seed)) * math.exp(-1.2 * t) - 30 * t
        if step % 37 < 12:
            y += 40 * math.sin(step / 3)
        points.append((x, y))
    draw.line(points, fill=(31, 58, 147, 255), width=9, joint="curve")
    draw.line([(120, 230), (700, 205)], fill=(31, 58, 147, 255), width=6)
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def photo(path: Path, label: int) -> Path:
    """A stand-in print copy: a reception counter drawn in flat colours (1600 × 1200 JPEG)."""
    image = Image.new("RGB", (1600, 1200), (214, 222, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 760, 1600, 1200), fill=(150, 120, 90))
    draw.rectangle((180, 520, 1420, 800), fill=(60, 90, 140))
    for index in range(5):
        x = 230 + index * 240
        draw.rectangle((x, 300, x + 180, 520), fill=(240, 240, 235), outline=(80, 80, 80), width=4)
        draw.ellipse((x + 60, 360 - label * 4, x + 120, 420), fill=(200, 160, 120))
    draw.rectangle((560, 80, 1040, 200), fill=(180, 30, 40))
    image.save(path, format="JPEG", quality=82)
    return path


def minutes_of(
    ws: Workspace, unit: str, folder: Path, lead_name: str, rep: tuple[str, str]
) -> bytes:
    inspection = demo_inspection(ws, unit)
    update_inspection(
        ws, inspection, start_time="08:00", end_time="11:15",
        conclusion="Đơn vị cơ bản triển khai đầy đủ các nhiệm vụ cải cách hành chính; cần khắc "
        "phục ngay tình trạng hồ sơ giải quyết chậm hạn.",
        unit_opinion="Đơn vị thống nhất với kết quả kiểm tra và cam kết thực hiện các kiến nghị "
        "của Đoàn kiểm tra đúng thời hạn.",
    )  # fmt: skip
    rep_sha = ws.media.put_bytes(handwriting(1))
    lead_sha = ws.media.put_bytes(handwriting(2))
    set_signer(
        ws, inspection, role="dai_dien_don_vi", name=rep[0], title=rep[1], image_sha256=rep_sha
    )
    lead = next(
        s for s in collect(ws, inspection, doc_number="x").signers if s.role == "truong_doan"
    )
    set_signer(
        ws, inspection, role="truong_doan", name=lead.name, title=lead.title, image_sha256=lead_sha
    )
    snapshot = collect(ws, inspection, doc_number="05/BB-ĐKT")
    photos = tuple(
        PhotoEntry(
            sha256=f"{n:064x}", path=str(photo(folder / f"{unit}-{n}.jpg", n)), width=1600,
            height=1200, caption=caption, taken_at=f"{snapshot.date}T09:{10 + n:02d}:00+07:00",
            place="21,75412° B, 106,95423° Đ", criterion_code=code,
        )
        for n, (caption, code) in enumerate(
            [("Khu vực tiếp nhận và trả kết quả", "K1"), ("Bảng niêm yết thủ tục hành chính", "D3")],
            start=1,
        )
    )  # fmt: skip
    snapshot = snapshot.replace(photos=photos)
    pdf = render(snapshot, images(ws)).pdf
    ca = make_ca("CA Thử nghiệm CCHC")
    signer = P12Signer.from_bytes(make_signer(ca, lead_name).p12(), PASSWORD)
    return sign_pdf(pdf, signer, role="truong_doan", location="Lạng Sơn").pdf


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=float, default=100)
    parser.add_argument("--pdf", action="store_true", help="also keep the signed PDFs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        initialise(data)
        with Workspace.open(data) as ws:
            load_demo(ws)
            documents = {
                "minutes": minutes_of(
                    ws, "Trung tâm Phục vụ hành chính công xã Lộc Bình", Path(scratch),
                    "Nguyễn Văn An", ("Vi Văn Thắng", "Chủ tịch UBND xã Lộc Bình"),
                ),
                "minutes-2024": minutes_of(
                    ws, "Xã Khánh Xuân", Path(scratch), "Hồ Tiến Thiệu",
                    ("Lương Văn Hùng", "Chủ tịch UBND xã Khánh Xuân"),
                ),
            }  # fmt: skip
    for name, pdf in documents.items():
        if args.pdf:
            (args.out / f"{name}.pdf").write_bytes(pdf)
        pages = PdfPages(pdf)
        for index in range(pages.count):
            target = args.out / f"{name}-p{index + 1}.png"
            target.write_bytes(pages.png(index, args.dpi))
            print(target)
        pages.close()


if __name__ == "__main__":
    main()
