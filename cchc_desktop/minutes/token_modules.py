"""Where the PKCS#11 modules of USB tokens live, so the window finds a token without asking.

A Vietnamese CA's token software installs its PKCS#11 module as a DLL in Windows' System32
(or under Program Files); on Linux a few vendors install a shared library, and OpenSC drives
many of the same tokens (ePass2003 and others). The file names below are those the CAs' own
signing plug-ins and several independent integrations search for; a module not listed here is
set in the settings ("Thư viện PKCS#11 khác") or given with ``--pkcs11``.

Only files that exist are offered; nothing is loaded until a person asks to list tokens.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KnownModule:
    """One vendor's module: who issues tokens with it, its Windows and Linux file names."""

    issuer: str
    windows: tuple[str, ...] = ()  # in System32, or relative to Program Files when it has a "\"
    linux: tuple[str, ...] = ()


KNOWN_MODULES: tuple[KnownModule, ...] = (
    # Ban Cơ yếu Chính phủ's official-use certificates come on SafeNet eToken and Bit4id tokens.
    KnownModule(
        "Ban Cơ yếu Chính phủ (SafeNet eToken)",
        ("eTPKCS11.dll",),
        ("/usr/lib/libeTPkcs11.so", "/usr/lib64/libeTPkcs11.so"),
    ),
    KnownModule(
        "Ban Cơ yếu Chính phủ (Bit4id)",
        ("bit4xpki.dll",),
        ("/usr/lib/libbit4xpki.so", "/usr/lib64/libbit4xpki.so"),
    ),
    KnownModule(
        "VNPT-CA",
        (
            "vnpt-ca_csp11.dll",
            "VNPT-CA_v34.dll",
            "vnptca_p11_v6.dll",
            "vnptca_p11_v8.dll",
            "vnptca_p11_v10.dll",
            "vnpt-ca_cl_v1.dll",
        ),
    ),
    KnownModule(
        "Viettel-CA",
        (
            "viettel-ca_v6.dll",
            "viettel-ca_v5.dll",
            "viettel-ca_v4.dll",
            "viettel-ca_v3.dll",
            "viettel-ca_v2.dll",
            "viettel-ca_v1.dll",
            "viettel-ca.dll",
        ),
    ),
    KnownModule(
        "BKAV-CA",
        (
            "BkavCA.dll",
            "BkavCAv2S.dll",
            "st3csp11.dll",
            r"Bkav Corporation\BkavCA Token Manager\st3csp11.dll",
        ),
    ),
    KnownModule("FPT-CA", ("fpt-ca.dll", "fpt-ca-stx.dll")),
    KnownModule("Nacencomm CA2", ("CA2_v34.dll", "CA2_csp11.dll")),
    KnownModule(
        "Feitian ePass2003/3003",
        ("eps2003csp11.dll", "ShuttleCsp11_3003.dll", "ngp11v211.dll"),
        ("/usr/lib/libcastle.so.1.0.0",),
    ),
    KnownModule(
        "OpenSC",
        (r"OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",),
        (
            "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
            "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so",
            "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
            "/usr/lib64/opensc-pkcs11.so",
        ),
    ),
    # A software token for trying the app out (and for its tests): Debian's softhsm2.
    KnownModule(
        "SoftHSM2",
        (r"SoftHSM2\lib\softhsm2-x64.dll",),
        ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
    ),
)


@dataclass(frozen=True)
class FoundModule:
    """A module file present on this computer, and whose tokens it drives."""

    path: Path
    issuer: str


def _windows_paths(name: str) -> list[Path]:
    if "\\" in name:
        roots = {os.environ.get("PROGRAMFILES", r"C:\Program Files"),
                 os.environ.get("PROGRAMW6432", r"C:\Program Files")}  # fmt: skip
        return [Path(root) / name for root in sorted(roots)]
    system = Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32"
    return [system / name]


def find_modules(extra: str = "", *, platform: str | None = None) -> list[FoundModule]:
    """The modules present here: the one set in the settings first, then the known ones."""
    platform = platform or sys.platform
    found: list[FoundModule] = []
    seen: set[str] = set()

    def add(path: Path, issuer: str) -> None:
        # One library reached by two names (Debian links one to the other) is loaded once:
        # a second C_Initialize of the same library is refused.
        key = os.path.normcase(str(path.resolve())) if path.exists() else ""
        if key and key not in seen and path.is_file():
            seen.add(key)
            found.append(FoundModule(path, issuer))

    if extra.strip():
        add(Path(extra.strip()), "")
    for known in KNOWN_MODULES:
        if platform == "win32":
            for name in known.windows:
                for path in _windows_paths(name):
                    add(path, known.issuer)
        elif platform.startswith("linux"):
            for name in known.linux:
                add(Path(name), known.issuer)
    return found
