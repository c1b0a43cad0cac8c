"""The four answers to a criterion, and what follows from them."""

from __future__ import annotations

from cchc_desktop.domain.choices import Choice


class Result(Choice):
    DAT = "dat"
    DAT_MOT_PHAN = "dat_mot_phan"
    KHONG_DAT = "khong_dat"
    KHONG_AP_DUNG = "khong_ap_dung"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "dat": ("Đạt", "Met"),
            "dat_mot_phan": ("Đạt một phần", "Partly met"),
            "khong_dat": ("Không đạt", "Not met"),
            "khong_ap_dung": ("Không áp dụng", "Not applicable"),
        }

    @classmethod
    def _what(cls) -> tuple[str, str]:
        return ("kết quả", "result")

    @classmethod
    def _keys(cls) -> dict[str, str]:
        # The checklist editor's keys 1–4, as its key hints and buttons show them.
        return {"dat": "1", "dat_mot_phan": "2", "khong_dat": "3", "khong_ap_dung": "4"}

    @property
    def needs_note(self) -> bool:
        """A criterion not fully met must say why: the note feeds the minutes' tồn tại."""
        return self in (Result.DAT_MOT_PHAN, Result.KHONG_DAT)

    @property
    def is_shortfall(self) -> bool:
        """A criterion not (fully) met: what the minutes' tồn tại are drafted from."""
        return self.needs_note
