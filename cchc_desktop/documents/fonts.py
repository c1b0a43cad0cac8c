"""The document's typeface: Times New Roman where the machine has it, else bundled Liberation Serif.

ND 30 asks for Times New Roman. Windows has it; Linux often does not, so the app bundles
Liberation Serif (SIL OFL 1.1, metric-compatible with Times New Roman: same line breaks and page
breaks). A Times New Roman without the Vietnamese letters (old core-font packages) is passed
over. ReportLab always embeds TrueType fonts as subsets with a ToUnicode map, so text copied
out of the PDF is the text that went in.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cchc_desktop.paths import resource

FACES = ("regular", "bold", "italic", "bold_italic")

# File names Times New Roman ships under (Windows, macOS, msttcorefonts), folded to lower-case
# letters and digits.
_TIMES_NAMES = {
    "regular": {"times", "timesnewroman", "timesnewromanregular", "timesnewromanpsmt"},
    "bold": {"timesbd", "timesnewromanbold", "timesnewromanpsboldmt"},
    "italic": {"timesi", "timesnewromanitalic", "timesnewromanpsitalicmt"},
    "bold_italic": {"timesbi", "timesnewromanbolditalic", "timesnewromanpsbolditalicmt"},
}
_BUNDLED = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
# Letters a Vietnamese document cannot do without (upper and lower case are checked).
_VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_FOLD = re.compile(r"[^a-z0-9]")


@dataclass(frozen=True)
class SerifFonts:
    """Four faces of one family, as files."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def path(self, face: str) -> Path:
        path: Path = getattr(self, face)
        return path


def bundled() -> SerifFonts:
    """Liberation Serif from resources/fonts/serif (licence: OFL.txt beside the files)."""
    folder = resource("fonts", "serif")
    return SerifFonts("Liberation Serif", *(folder / _BUNDLED[face] for face in FACES))


def system_font_dirs() -> list[Path]:
    """Where this operating system keeps fonts (the user's own folders first)."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [local / "Microsoft" / "Windows" / "Fonts", windir / "Fonts"]
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    return [
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]


def find_times(search_dirs: Sequence[Path]) -> SerifFonts | None:
    """Times New Roman's four faces in these folders (searched recursively), if all are there
    and it has the Vietnamese letters."""
    found: dict[str, Path] = {}
    for folder in search_dirs:
        if not folder.is_dir():
            continue
        try:
            candidates = sorted(folder.rglob("*"))
        except OSError:
            continue
        for path in candidates:
            if path.suffix.lower() != ".ttf":
                continue
            name = _FOLD.sub("", path.stem.lower())
            for face, names in _TIMES_NAMES.items():
                if name in names and face not in found:
                    found[face] = path
        if len(found) == len(FACES):
            break
    if len(found) < len(FACES):
        return None
    fonts = SerifFonts("Times New Roman", *(found[face] for face in FACES))
    if not all(has_vietnamese(fonts.path(face)) for face in FACES):
        return None
    return fonts


def has_vietnamese(path: Path) -> bool:
    """Whether the TrueType file maps every Vietnamese letter (so no character prints blank)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        cmap = TTFontFile(str(path)).charToGlyph
    except Exception:  # a damaged or unsupported font file is simply not used
        return False
    letters = _VIETNAMESE + _VIETNAMESE.upper()
    return all(ord(ch) in cmap for ch in letters)


def find_serif(search_dirs: Sequence[Path] | None = None) -> SerifFonts:
    """Times New Roman if found in ``search_dirs`` (default: the system's font folders), else
    the bundled Liberation Serif."""
    dirs = system_font_dirs() if search_dirs is None else list(search_dirs)
    return find_times(dirs) or bundled()


@dataclass(frozen=True)
class FontNames:
    """The names under which ReportLab knows the four faces."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


_REGISTERED: dict[str, Path] = {}


@cache
def register(fonts: SerifFonts) -> FontNames:
    """Register the faces with ReportLab once per process and return their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    slug = fonts.family.replace(" ", "")
    if slug in _REGISTERED and _REGISTERED[slug] != fonts.regular:
        # Another file of the same family (a test pointing the finder at a folder): a name of
        # its own, stable across runs so the same input still gives the same PDF bytes.
        slug += "-" + hashlib.sha256(str(fonts.regular).encode()).hexdigest()[:8]
    _REGISTERED[slug] = fonts.regular
    names = FontNames(slug, *(f"{slug}-{face.title().replace('_', '')}" for face in FACES))
    for face in FACES:
        pdfmetrics.registerFont(TTFont(getattr(names, face), str(fonts.path(face))))
    for bold, italic, face in (
        (0, 0, "regular"),
        (1, 0, "bold"),
        (0, 1, "italic"),
        (1, 1, "bold_italic"),
    ):
        addMapping(names.regular, bold, italic, getattr(names, face))
    return names


@cache
def default_fonts() -> SerifFonts:
    """The fonts this machine uses for documents (looked up once per process)."""
    return find_serif()
