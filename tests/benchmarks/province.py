"""A province's five years of inspections, made from a seed, for the benchmarks to share.

The scenario of issue 17: 8 laptops (one team each) × 12 inspections a year, 2021 to 2026
(five past years and the current one: 576 inspections), every criterion answered, 2,024 kiến
nghị with deadlines and follow-up statuses, one ưu điểm and one or two tồn tại per visit.
Each laptop inspects its own 12 communes once a year, so a unit is inspected six times.
Inspections before 1/7/2025 use the one-stop checklist (mot-cua-nd61), later ones the commune
service centre's (ttpvhcc-xa), as the app chooses by date: a report of everything has two
templates. Photos are optional: small ones (``photo_size``, default 320×240) to count records,
12 MP ones (``--megapixels 12``) to count bytes.

Everything goes through the core functions the window and `cchc` use (so the records carry
their revisions, version vectors and audit lines); only durability is relaxed while building
(``synchronous = OFF``, one transaction per inspection): the build is not what is measured.
The same seed makes the same units, plans, inspections (same ids), answers and texts; the ids
of findings and photos are new each time.

Two shapes of the same data:
- ``build_province(root)``: one data folder holding every laptop's work, as the secretary's
  database is once every package is merged (made directly, not by merging);
- ``build_laptops(root)``: one data folder per laptop with only its own inspections (and the
  shared plans, units and templates, whose ids match across laptops), for exchange benchmarks.

Usage: province.py DIR [--laptops] [--seed N] [--photos N] [--megapixels M] [--years 2021-2026]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.bootstrap import initialise
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.findings import add_finding, update_finding
from cchc_desktop.store.inspections import new_inspection
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.units import add_unit
from cchc_desktop.store.workspace import Workspace

TODAY = dt.date(2026, 12, 15)  # the day the reports and follow-ups are looked at

_SYLLABLES = (
    "An", "Bắc", "Bình", "Cao", "Chi", "Đại", "Đông", "Gia", "Hải", "Hòa", "Hồng", "Hưng",
    "Khánh", "Kim", "Lạc", "Lộc", "Long", "Mai", "Minh", "Nam", "Nghĩa", "Phú", "Phúc",
    "Quang", "Quý", "Sơn", "Tân", "Thạch", "Thanh", "Thịnh", "Thượng", "Tiến", "Trung",
    "Tú", "Văn", "Vân", "Việt", "Vĩnh", "Xuân", "Yên",
)  # fmt: skip
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vi", "Lương", "Nông", "Hà", "Đinh")
_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Hải", "Ngọc")
_GIVEN = ("An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam",
          "Phương", "Quân", "Sơn", "Thảo", "Tuấn", "Vân", "Yến")  # fmt: skip
_DISTRICTS = ("Chi Lăng", "Lộc Bình", "Cao Lộc", "Văn Lãng", "Tràng Định", "Bình Gia",
              "Bắc Sơn", "Hữu Lũng", "Đình Lập", "Văn Quan")  # fmt: skip

_RECOMMENDATIONS = (
    "Niêm yết đầy đủ, đúng quy định các thủ tục hành chính tại Bộ phận Một cửa",
    "Nâng cao tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến toàn trình",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định",
    "Thực hiện thanh toán trực tuyến phí, lệ phí đối với các thủ tục đủ điều kiện",
    "Gửi thư xin lỗi khi hồ sơ giải quyết quá hạn, ghi rõ thời hạn trả kết quả mới",
    "Cập nhật sổ theo dõi hồ sơ và phiếu kiểm soát quá trình giải quyết hồ sơ",
    "Bố trí công chức có đủ năng lực làm việc tại Bộ phận Một cửa",
    "Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân, doanh nghiệp",
    "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền",
    "Ban hành kế hoạch tuyên truyền cải cách hành chính năm sau đúng thời hạn",
)
_STRENGTHS = (
    "Bộ phận Một cửa bố trí khoa học, có đủ trang thiết bị phục vụ người dân",
    "Lãnh đạo quan tâm chỉ đạo, ban hành kế hoạch cải cách hành chính kịp thời",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt cao",
    "Công chức tiếp nhận hồ sơ có thái độ niềm nở, hướng dẫn tận tình",
)
_SHORTCOMINGS = (
    "Một số thủ tục hành chính niêm yết chưa cập nhật theo quyết định công bố mới",
    "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn thấp",
    "Còn hồ sơ giải quyết quá hạn nhưng chưa có thư xin lỗi",
    "Sổ theo dõi hồ sơ ghi chưa đầy đủ thông tin",
    "Chưa thực hiện thanh toán trực tuyến đối với nhiều thủ tục đủ điều kiện",
)
_NOTES = (
    "Còn thiếu sót, chưa đầy đủ hồ sơ minh chứng",
    "Thực hiện chưa đúng thời hạn quy định",
    "Chưa cập nhật theo văn bản mới",
)


@dataclass(frozen=True)
class Scenario:
    """What the province did: who inspected what, when, and how much was found."""

    seed: int = 17
    laptops: int = 8
    per_year: int = 12
    years: tuple[int, ...] = (2021, 2022, 2023, 2024, 2025, 2026)
    recommendations: int = 2_024
    photos_per_inspection: int = 0
    photo_size: tuple[int, int] = (320, 240)

    @property
    def inspections(self) -> int:
        return self.laptops * self.per_year * len(self.years)


@dataclass(frozen=True)
class Visit:
    """One inspection as the generator will write it."""

    laptop: int
    unit: int  # index into the province's units
    plan: int  # index into the years
    date: str
    record_id: str
    answers: tuple[tuple[str, int], ...] = field(repr=False)  # (result, which note)
    strengths: tuple[str, ...] = ()
    shortcomings: tuple[str, ...] = ()
    recommendations: tuple[
        tuple[str, str, str, str], ...
    ] = ()  # text, responsible, deadline, status


def _names(rng: random.Random, count: int) -> list[str]:
    seen: set[str] = set()
    while len(seen) < count:
        seen.add(f"{rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}")
    return sorted(seen)


def leaders(scenario: Scenario) -> list[str]:
    """One team lead per laptop."""
    rng = random.Random(scenario.seed * 7919)
    people: list[str] = []
    while len(people) < scenario.laptops:
        name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        if name not in people:
            people.append(name)
    return people


def communes(scenario: Scenario) -> list[tuple[str, str]]:
    """(commune name, district name): each laptop's ``per_year`` communes, laptop by laptop."""
    rng = random.Random(scenario.seed)
    names = _names(rng, scenario.laptops * scenario.per_year)
    rng.shuffle(names)
    return [
        (f"Xã {name}", _DISTRICTS[index // scenario.per_year % len(_DISTRICTS)])
        for index, name in enumerate(names)
    ]


def visits(scenario: Scenario) -> list[Visit]:
    """Every inspection of the scenario, in the order they happened, with what it found."""
    rng = random.Random(scenario.seed * 104729)
    total = scenario.inspections
    # Three or four kiến nghị each, adding up to exactly ``recommendations``.
    extra = max(0, min(total, scenario.recommendations - 3 * total))
    fourth = set(rng.sample(range(total), extra))
    out: list[Visit] = []
    for y, year in enumerate(scenario.years):
        for month in range(scenario.per_year):
            for laptop in range(scenario.laptops):
                unit = laptop * scenario.per_year + month
                day = dt.date(year, 1 + month * 12 // scenario.per_year, rng.randint(2, 27))
                n = len(out)
                count = 3 + (n in fourth) if scenario.recommendations else 0
                out.append(
                    Visit(
                        laptop=laptop,
                        unit=unit,
                        plan=y,
                        date=day.isoformat(),
                        record_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        answers=tuple(_answer(rng) for _ in range(64)),
                        strengths=(rng.choice(_STRENGTHS),),
                        shortcomings=tuple(rng.sample(_SHORTCOMINGS, rng.randint(1, 2))),
                        recommendations=tuple(_recommendation(rng, day) for _ in range(count)),
                    )
                )
    return out


def _answer(rng: random.Random) -> tuple[str, int]:
    draw = rng.random()
    result = (
        "dat"
        if draw < 0.74
        else "dat_mot_phan"
        if draw < 0.85
        else "khong_dat"
        if draw < 0.95
        else "khong_ap_dung"
    )
    return result, rng.randrange(len(_NOTES))


def _recommendation(rng: random.Random, day: dt.date) -> tuple[str, str, str, str]:
    deadline = day + dt.timedelta(days=rng.choice((60, 90, 120, 180)))
    if deadline >= TODAY:
        status = rng.choice(("chua_thuc_hien", "dang_thuc_hien"))
    else:
        draw = rng.random()
        status = (
            "da_hoan_thanh" if draw < 0.7 else "dang_thuc_hien" if draw < 0.85 else "chua_thuc_hien"
        )
    return rng.choice(_RECOMMENDATIONS), "UBND xã", deadline.isoformat(), status


# -- writing it ------------------------------------------------------------------------------


def _reference(ws: Workspace, scenario: Scenario, laptops: range) -> tuple[list[str], list[str]]:
    """Province, districts, communes, one plan a year and the teams of ``laptops``: the ids
    of the units and of the plans. Natural ids: the same on every laptop."""
    with transaction(ws.db):
        province = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20", exist_ok=True)
        districts = {
            name: add_unit(ws, name=f"Huyện {name}", kind="huyen", parent=province, exist_ok=True)
            for name in _DISTRICTS
        }
        units = [
            add_unit(ws, name=name, kind="xa", parent=districts[district], exist_ok=True)
            for name, district in communes(scenario)
        ]
        plans = []
        people = leaders(scenario)
        for index, year in enumerate(scenario.years):
            plan = add_plan(
                ws,
                number=f"{10 + index}/KH-UBND",
                date=f"{year}-01-15",
                issuer="Ủy ban nhân dân tỉnh Lạng Sơn",
                parent_body="",
                title=f"Kiểm tra công tác cải cách hành chính năm {year}",
                exist_ok=True,
            )
            plans.append(plan)
            for laptop in laptops:
                add_team(
                    ws,
                    plan=plan,
                    leader=(people[laptop], "Phó Giám đốc Sở Nội vụ"),
                    secretary=(f"Thư ký Đoàn {laptop + 1}", "Chuyên viên Sở Nội vụ"),
                    exist_ok=True,
                )
    return units, plans


def _criteria(ws: Workspace) -> dict[str, list[str]]:
    rows = ws.db.execute(
        "SELECT template_id, code FROM criteria WHERE deleted = 0 ORDER BY position"
    ).fetchall()
    out: dict[str, list[str]] = {}
    for template_id, code in rows:
        out.setdefault(template_id, []).append(code)
    return out


def _write_visit(
    ws: Workspace,
    scenario: Scenario,
    visit: Visit,
    units: list[str],
    plans: list[str],
    criteria: dict[str, list[str]],
    photos: Callable[[Visit], list[Path]] | None,
) -> None:
    team = records.natural_id("team", plans[visit.plan], leaders(scenario)[visit.laptop])
    with transaction(ws.db):
        inspection = new_inspection(
            ws,
            plan=plans[visit.plan],
            unit=units[visit.unit],
            date=visit.date,
            team=team,
            record_id=visit.record_id,
        )
        template = ws.db.execute(
            "SELECT template_id FROM inspections WHERE id = ?", [inspection]
        ).fetchone()[0]
        # Every criterion answered (58 or 60 of the 64 draws); points as the app counts them.
        for code, (result, note) in zip(criteria[template], visit.answers, strict=False):
            text = "" if result in ("dat", "khong_ap_dung") else _NOTES[note]
            set_answer(ws, inspection, code, result, note=text)
        for text in visit.strengths:
            add_finding(ws, inspection, kind="uu_diem", text=text)
        for text in visit.shortcomings:
            add_finding(ws, inspection, kind="ton_tai", text=text)
        for text, responsible, deadline, status in visit.recommendations:
            finding = add_finding(
                ws,
                inspection,
                kind="kien_nghi",
                text=text,
                responsible=responsible,
                deadline=deadline,
            )
            if status != "chua_thuc_hien":
                update_finding(ws, finding, status=status)
    if photos is not None:
        from cchc_desktop.photos.ingest import import_photos

        paths = photos(visit)
        done = import_photos(ws, inspection, paths, caption="Ảnh minh chứng", workers=1)
        assert len(done.added) == len(paths), [i.refusal for i in done.items]
        for path in paths:
            path.unlink()


def photo(path: Path, seed: int, size: tuple[int, int]) -> None:
    """A JPEG with the texture of a real photo (gradient, shapes, sensor noise)."""
    from PIL import Image, ImageChops, ImageDraw

    width, height = size
    base = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(base)
    rng = random.Random(seed)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(height)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + width // 6, y + height // 8), fill=colour)
    noise = Image.merge("RGB", [Image.effect_noise(size, 18 + seed % 5) for _ in range(3)])
    ImageChops.blend(base, noise, 0.25).save(path, "JPEG", quality=90)


def _photo_maker(scenario: Scenario, scratch: Path) -> Callable[[Visit], list[Path]] | None:
    if not scenario.photos_per_inspection:
        return None

    def make(visit: Visit) -> list[Path]:
        paths = []
        for k in range(scenario.photos_per_inspection):
            path = scratch / f"{visit.record_id}-{k}.jpg"
            photo(path, zlib.crc32(f"{visit.record_id}-{k}".encode()), scenario.photo_size)
            paths.append(path)
        return paths

    return make


def fill(ws: Workspace, scenario: Scenario, laptops: range | None = None) -> int:
    """Write the visits of ``laptops`` (all by default) into ``ws``; return how many."""
    chosen = laptops if laptops is not None else range(scenario.laptops)
    ws.db.execute("PRAGMA synchronous = OFF")  # building, not measuring
    try:
        units, plans = _reference(ws, scenario, chosen)
        criteria = _criteria(ws)
        mine = [v for v in visits(scenario) if v.laptop in chosen]
        with tempfile.TemporaryDirectory() as scratch:
            make = _photo_maker(scenario, Path(scratch))
            for visit in mine:
                _write_visit(ws, scenario, visit, units, plans, criteria, make)
    finally:
        ws.db.execute("PRAGMA synchronous = FULL")
    ws.db.execute("ANALYZE")
    return len(mine)


def build_province(root: Path, scenario: Scenario | None = None) -> Path:
    """The secretary's data folder with every laptop's work, at ``root``; returns it."""
    chosen = scenario or Scenario()
    initialise(root)
    with Workspace.open(root) as ws:
        fill(ws, chosen)
    return root


def build_laptops(root: Path, scenario: Scenario | None = None) -> list[Path]:
    """One data folder per laptop under ``root`` (laptop-1 …), each with its own inspections."""
    chosen = scenario or Scenario()
    folders = []
    for laptop in range(chosen.laptops):
        folder = root / f"laptop-{laptop + 1}"
        initialise(folder)
        with Workspace.open(folder) as ws:
            fill(ws, chosen, range(laptop, laptop + 1))
        folders.append(folder)
    return folders


def scenario_from(args: argparse.Namespace) -> Scenario:
    """A Scenario from the generator's command-line options (shared with the benchmarks)."""
    first, _, last = args.years.partition("-")
    years = tuple(range(int(first), int(last or first) + 1))
    size = (320, 240)
    if args.megapixels:
        width = round((args.megapixels * 1e6 * 4 / 3) ** 0.5)
        size = (width, width * 3 // 4)
    return replace(
        Scenario(),
        seed=args.seed,
        years=years,
        photos_per_inspection=args.photos,
        photo_size=size,
    )


def add_options(parser: argparse.ArgumentParser) -> None:
    """The scenario's options: --seed, --years, --photos, --megapixels."""
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--years", default="2021-2026", help="first-last (default 2021-2026)")
    parser.add_argument("--photos", type=int, default=0, help="photos per inspection")
    parser.add_argument("--megapixels", type=float, default=0, help="photo size (default 320×240)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--laptops", action="store_true", help="one data folder per laptop")
    add_options(parser)
    args = parser.parse_args()
    scenario = scenario_from(args)
    start = time.perf_counter()
    if args.laptops:
        folders = build_laptops(args.root, scenario)
        print(f"{len(folders)} laptops under {args.root}", end="")
    else:
        build_province(args.root, scenario)
        print(f"{scenario.inspections} inspections in {args.root}", end="")
    print(f" ({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
