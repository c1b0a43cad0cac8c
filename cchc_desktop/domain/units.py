"""Kinds of inspected units, across the two eras of local government."""

from __future__ import annotations

import datetime as dt

from cchc_desktop.domain.choices import Choice

# Districts ended and communes merged on this day (Luật Tổ chức chính quyền địa phương 2025).
TWO_TIER_START = dt.date(2025, 7, 1)


class UnitKind(Choice):
    TINH = "tinh"
    SO_NGANH = "so_nganh"
    HUYEN = "huyen"
    XA = "xa"
    PHUONG = "phuong"
    THI_TRAN = "thi_tran"
    DAC_KHU = "dac_khu"
    MOT_CUA = "mot_cua"
    TTPVHCC = "ttpvhcc"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "tinh": ("Tỉnh", "Province"),
            "so_nganh": ("Sở/ngành", "Department"),
            "huyen": ("Huyện", "District"),
            "xa": ("Xã", "Commune"),
            "phuong": ("Phường", "Ward"),
            "thi_tran": ("Thị trấn", "Township"),
            "dac_khu": ("Đặc khu", "Special zone"),
            "mot_cua": ("Bộ phận Một cửa", "One-stop shop"),
            "ttpvhcc": ("Trung tâm Phục vụ hành chính công", "Public service centre"),
        }

    @classmethod
    def _what(cls) -> tuple[str, str]:
        return ("loại đơn vị", "unit kind")
