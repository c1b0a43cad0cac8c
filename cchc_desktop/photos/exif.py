"""The facts a photo carries in its EXIF: which way up, when, where, and with what camera."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL import Image

ORIENTATION = 0x0112
MAKE = 0x010F
MODEL = 0x0110
DATETIME = 0x0132
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4

_EXIF_TIME = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


@dataclass(frozen=True)
class Facts:
    """What EXIF says about a photo; each field is None (or 1, '') when the camera did not say."""

    orientation: int = 1
    taken_at: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    camera: str = ""


def read_facts(image: Image.Image) -> Facts:
    """The EXIF facts of an opened image (header only; nothing is decoded).

    pillow-heif applies a HEIC's rotation while decoding and resets its EXIF orientation to 1;
    the value the file carried is kept in ``info["original_orientation"]`` and reported here.
    """
    try:
        exif = image.getexif()
    except Exception:
        return Facts()
    orientation = _orientation(image.info.get("original_orientation") or exif.get(ORIENTATION))
    try:
        sub = exif.get_ifd(EXIF_IFD)
    except Exception:
        sub = {}
    try:
        gps = exif.get_ifd(GPS_IFD)
    except Exception:
        gps = {}
    lat, lon = _gps(gps)
    return Facts(
        orientation=orientation,
        taken_at=_taken_at(sub.get(DATETIME_ORIGINAL) or exif.get(DATETIME), sub),
        gps_lat=lat,
        gps_lon=lon,
        camera=_camera(exif.get(MAKE), exif.get(MODEL)),
    )


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).replace("\x00", "").strip() if value is not None else ""


def _orientation(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= 8 else 1


def _taken_at(value: Any, sub: Any) -> str | None:
    """ISO 8601 from EXIF's "YYYY:MM:DD HH:MM:SS", with OffsetTimeOriginal when present."""
    match = _EXIF_TIME.match(_text(value))
    if not match:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        moment = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None  # "0000:00:00 00:00:00" from cameras whose clock was never set
    offset = _OFFSET.match(_text(sub.get(OFFSET_TIME_ORIGINAL)))
    hours, minutes = (int(offset.group(2)), int(offset.group(3))) if offset else (99, 99)
    if offset and hours <= 14 and minutes < 60:  # real offsets run from -12:00 to +14:00
        sign = -1 if offset.group(1) == "-" else 1
        delta = dt.timedelta(hours=hours, minutes=minutes)
        moment = moment.replace(tzinfo=dt.timezone(sign * delta))
    return moment.isoformat()


def _degrees(value: Any) -> float | None:
    try:
        d, m, s = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return d + m / 60 + s / 3600


def _gps(gps: Any) -> tuple[float | None, float | None]:
    lat = _degrees(gps.get(GPS_LAT))
    lon = _degrees(gps.get(GPS_LON))
    if lat is None or lon is None or not (lat <= 90 and lon <= 180):
        return None, None
    if _text(gps.get(GPS_LAT_REF)).upper() == "S":
        lat = -lat
    if _text(gps.get(GPS_LON_REF)).upper() == "W":
        lon = -lon
    if lat == 0 and lon == 0:
        return None, None  # a phone without a fix writes zeros, not a place off Africa
    return round(lat, 7), round(lon, 7)


def _camera(make: Any, model: Any) -> str:
    maker, name = _text(make), _text(model)
    if maker and name.lower().startswith(maker.lower()):
        return name
    return f"{maker} {name}".strip()
