"""Build the Windows installer with Inno Setup, passing the app's one version number.

Run on Windows after PyInstaller has made dist\\cchc-desktop\\:
    python packaging\\windows\\build_installer.py [path\\to\\ISCC.exe]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from cchc_desktop import __version__  # noqa: E402


def main() -> int:
    iscc = sys.argv[1] if len(sys.argv) > 1 else shutil.which("ISCC") or shutil.which("iscc")
    if not iscc:
        default = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
        iscc = str(default) if default.exists() else None
    if not iscc:
        print(
            "Inno Setup 6 (ISCC.exe) was not found: install it from jrsoftware.org", file=sys.stderr
        )
        return 1
    if not (ROOT / "dist" / "cchc-desktop").is_dir():
        print(
            "dist\\cchc-desktop is missing: run PyInstaller on packaging\\cchc-desktop.spec first",
            file=sys.stderr,
        )
        return 1
    return subprocess.run(
        [iscc, f"/DAppVersion={__version__}", str(HERE / "cchc-desktop.iss")], check=False
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
