"""The README's pictures: every page of the window at 1280×800, and some again at 1920×1080,
at 1366×768 (the team lead's laptop), in high contrast and at the largest text size, drawn off
screen from a fresh demo data folder through `cchc-desktop --screenshot`; then the phone dialog
and the phone page (Chromium).

Usage: make_screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cchc_desktop.gui.pages import screenshot_pages

# (file name, extra options) beyond one picture per page at 1280×800.
VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("inspections-1920x1080.png", ("--page", "inspections", "--size", "1920x1080")),
    ("inspections-high-contrast.png", ("--page", "inspections", "--high-contrast")),
    ("settings-high-contrast.png", ("--page", "settings", "--high-contrast")),
    ("inspections-text-130.png", ("--page", "inspections", "--scale", "130")),
    ("plans-text-130.png", ("--page", "plans", "--scale", "130")),
    ("checklist-high-contrast.png", ("--page", "checklist", "--high-contrast")),
    ("checklist-text-130.png", ("--page", "checklist", "--scale", "130")),
    ("findings-text-130.png", ("--page", "findings", "--scale", "130")),
    ("previous-text-130.png", ("--page", "previous", "--scale", "130")),
    # The team lead's laptop: 1366×768 at 130 % text (issue 13).
    ("laptop-checklist-130.png", ("--page", "checklist", "--size", "1366x768", "--scale", "130")),
    ("laptop-findings-130.png", ("--page", "findings", "--size", "1366x768", "--scale", "130")),
    ("laptop-photos-130.png", ("--page", "photos", "--size", "1366x768", "--scale", "130")),
    (
        "laptop-inspections-130.png",
        ("--page", "inspections", "--size", "1366x768", "--scale", "130"),
    ),
    ("laptop-followups-130.png", ("--page", "followups", "--size", "1366x768", "--scale", "130")),
    ("laptop-plans-130.png", ("--page", "plans", "--size", "1366x768", "--scale", "130")),
    ("laptop-settings-130.png", ("--page", "settings", "--size", "1366x768", "--scale", "130")),
    ("laptop-checklist-100.png", ("--page", "checklist", "--size", "1366x768")),
    # The Ký & xuất tab on the smallest laptop screen we design for, text at 130 %.
    ("minutes-1366-130.png", ("--page", "minutes", "--size", "1366x768", "--scale", "130")),
)


def shoot(data_dir: Path, target: Path, options: tuple[str, ...]) -> None:
    command = [sys.executable, "-m", "cchc_desktop", "--data-dir", str(data_dir)]
    command += ["--screenshot", str(target), *options]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    print(f"wrote {target}")


def desk_folder(root: Path) -> Path:
    """tests.exchange_support.disagreeing_desk's secretary, with a third inspection exported
    and a fourth whose biên bản is issued for signing on paper."""
    from cchc_desktop.exchange.export import export_package
    from cchc_desktop.minutes.issue import issue_minutes
    from cchc_desktop.store.inspections import new_inspection
    from cchc_desktop.store.units import add_unit
    from tests import minutes_samples as samples
    from tests.exchange_support import disagreeing_desk, open_ws

    root.mkdir(parents=True)
    folder = Path(disagreeing_desk(root)["S"])
    with open_ws(folder) as ws:
        plan = ws.db.execute("SELECT id FROM plans").fetchone()[0]
        province = ws.db.execute("SELECT id FROM units WHERE code = '20'").fetchone()[0]
        made = []
        for code, name in (("08180", "Xã Tân Thanh"), ("08185", "Xã Hoàng Văn Thụ")):
            unit = add_unit(ws, name=name, kind="xa", code=code, parent=province)
            made.append(new_inspection(ws, plan=plan, unit=unit, date="2024-07-03"))
        export_package(ws, [made[1]], target=root / "sent.cchc")
        samples.make_ready(ws, made[0])
        issue_minutes(ws, made[0], paper=True)
    return folder


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"  # the first picture makes it, with the demo data
        for page in screenshot_pages():
            shoot(data_dir, out / f"{page}.png", ("--page", page, "--size", "1280x800"))
        for name, options in VARIANTS:
            shoot(data_dir, out / name, options)
        # The secretary's desk: two laptops' packages met as four conflicts, one inspection
        # sent, one signed (the demo data has neither).
        desk = desk_folder(Path(scratch) / "desk")
        for page in ("conflicts", "export"):
            options = ("--page", page, "--size", "1366x768", "--scale", "130")
            shoot(desk, out / f"laptop-{page}-130.png", options)
    # "Nhận ảnh từ điện thoại" (served on 127.0.0.1) and the phone page in Debian's Chromium;
    # naming the laptop, its Cài đặt, and the trust step (writes three pictures into out).
    tools = Path(__file__).parent
    for command in (
        [str(tools / "phone_dialog_shot.py"), str(out / "phone-dialog.png")],
        [str(tools / "phone_page_shot.py"), str(out / "phone-page.png")],
        [str(tools / "device_shots.py"), str(out)],
    ):
        subprocess.run([sys.executable, *command], check=True)
        print(f"wrote {command[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
