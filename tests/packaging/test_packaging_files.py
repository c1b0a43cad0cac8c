"""The installer script, desktop entry and MIME type agree with the app's name, version and icon."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from cchc_desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_version_lives_in_one_place() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'path = "cchc_desktop/__init__.py"' in pyproject
    iss = (PACKAGING / "windows" / "cchc-desktop.iss").read_text(encoding="utf-8")
    # The installer takes the version from the build script, never a copy of its own.
    assert "AppVersion={#AppVersion}" in iss
    assert not re.search(r"#define AppVersion\s+\"", iss)
    assert "__version__" in (PACKAGING / "windows" / "build_installer.py").read_text(
        encoding="utf-8"
    )


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "cchc-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == APP_NAME
    assert section["Exec"].split()[0] == APP_ID
    assert section["Icon"] == APP_ID
    assert "application/x-cchc-package" in section["MimeType"]
    assert section["Type"] == "Application"


def test_mime_type_matches_the_desktop_entry() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ET.parse(PACKAGING / "linux" / "cchc-desktop-mime.xml")
    mime = tree.getroot().find("m:mime-type", ns)
    assert mime is not None
    assert mime.get("type") == "application/x-cchc-package"
    glob = mime.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.cchc"
    icon = mime.find("m:icon", ns)
    assert icon is not None and icon.get("name") == APP_ID


def test_installer_script_is_complete() -> None:
    iss = (PACKAGING / "windows" / "cchc-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss  # per-user, no administrator rights
    assert '#define AppName "CCHC Desktop"' in iss
    assert '#define AppExe "cchc-desktop.exe"' in iss
    assert "{localappdata}\\Programs" in iss
    assert "SetupIconFile=..\\icons\\cchc-desktop.ico" in iss
    assert "[Icons]" in iss and "{group}\\{#AppName}" in iss and "{uninstallexe}" in iss
    assert 'Subkey: "Software\\Classes\\.cchc"' in iss
    assert '""{app}\\{#AppExe}"" ""%1""' in iss  # a .cchc opens the app's merge preview
    assert "..\\..\\dist\\cchc-desktop\\*" in iss


def test_installer_lets_phones_through_the_firewall() -> None:
    """An all-users installation adds (and the uninstaller removes) the inbound rule the phone
    page needs, for the window and the command line; a per-user one cannot (the dialog says
    what to allow)."""
    iss = (PACKAGING / "windows" / "cchc-desktop.iss").read_text(encoding="utf-8")
    rule = '#define FirewallRule "CCHC Desktop - phone photos"'
    assert rule in iss and '#define CliExe "cchc.exe"' in iss
    run = iss.split("[Run]")[1].split("[UninstallRun]")[0]
    adds = [line for line in run.splitlines() if "firewall add rule" in line]
    assert len(adds) == 2
    assert all(
        "Check: IsAdminInstallMode" in line and "dir=in action=allow" in line for line in adds
    )
    assert any('program=""{app}\\{#AppExe}""' in line for line in adds)
    assert any('program=""{app}\\{#CliExe}""' in line for line in adds)
    uninstall = iss.split("[UninstallRun]")[1]
    assert 'firewall delete rule name=""{#FirewallRule}""' in uninstall
    assert "RunOnceId:" in uninstall


def test_icons_exist_at_the_usual_sizes() -> None:
    from PIL import Image

    icons = PACKAGING / "icons"
    assert (icons / "cchc-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"cchc-desktop-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    with Image.open(icons / "cchc-desktop.ico") as ico:
        assert (256, 256) in ico.info["sizes"]


def test_spec_collects_ui_and_resources() -> None:
    spec = (PACKAGING / "cchc-desktop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "ui"), "ui")' in spec and '(str(ROOT / "resources"), "resources")' in spec
    assert 'name="cchc-desktop"' in spec and 'name="cchc"' in spec
