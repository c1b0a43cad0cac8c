"""Closed sets of values (results, unit kinds, roles…) with their Vietnamese and English labels."""

from __future__ import annotations

from enum import StrEnum

from cchc_desktop.errors import UserError, pick

# For the type checker only: a listing showing labels imports neither ``typing`` nor the
# text folding of ``parse`` (cli/quick.py counts their milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self

# Labels per Choice class, built once: lists of sixty answers ask for them often.
_LABELS: dict[type, dict[str, tuple[str, str]]] = {}


class Choice(StrEnum):
    """A stored slug with a label per language; parsed from the slug or from either label."""

    @property
    def label(self) -> str:
        """The label in the current message language."""
        vi, en = self._cached_labels()[self.value]
        return pick(vi, en)

    @property
    def label_vi(self) -> str:
        """The Vietnamese label, for documents (always Vietnamese)."""
        return self._cached_labels()[self.value][0]

    @classmethod
    def _cached_labels(cls) -> dict[str, tuple[str, str]]:
        labels = _LABELS.get(cls)
        if labels is None:
            labels = _LABELS[cls] = cls._labels()
        return labels

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    @classmethod
    def _what(cls) -> tuple[str, str]:
        raise NotImplementedError

    @classmethod
    def _keys(cls) -> dict[str, str]:
        """The keyboard key that gives each member (by value), for the sets the window
        offers keys for; spelled out, so reordering the members never moves a key."""
        raise NotImplementedError

    @property
    def key(self) -> str:
        """The keyboard key that gives this member in the window (e.g. "1")."""
        return self._keys()[self.value]

    @classmethod
    def by_key(cls, key: str) -> Self:
        """The member a keyboard key gives (``KeyError`` for a key that gives none)."""
        for value, given in cls._keys().items():
            if given == key:
                return cls(value)
        raise KeyError(key)

    @classmethod
    def parse(cls, text: str) -> Self:
        """The member named by its slug or label, ignoring case and diacritics; else a clear refusal."""
        wanted = _slug(text)
        for member in cls:
            vi, en = cls._cached_labels()[member.value]
            if wanted in (member.value, _slug(vi), _slug(en)):
                return member
        what_vi, what_en = cls._what()
        allowed = ", ".join(m.value for m in cls)
        raise UserError(
            f"{what_vi.capitalize()} không hợp lệ: «{text}». Chọn một trong: {allowed}.",
            f"Invalid {what_en}: '{text}'. Choose one of: {allowed}.",
        )


def _slug(text: str) -> str:
    """A slug or label as ``parse`` compares it: "Sở/ngành", "so nganh" and "so-nganh" alike."""
    from cchc_desktop.domain.text import fold

    return fold(text).replace(" ", "_").replace("-", "_").replace("/", "_")
