"""Who a certificate belongs to, and whether that is the person printed under the signature.

Vietnamese CAs put the holder's name in the subject's CN ("NGUYỄN VĂN AN", often in capitals,
sometimes without diacritics) and the holder's identifier in the UID attribute (OID
0.9.2342.19200300.100.1.1) or, with some CAs, in serialNumber: "CCCD:001088012345",
"CMND:012345678", "HC:B1234567" (passport), "MST:0101234567" (tax code, organisations),
"MNS:1234567" (budget code). The comparison with the printed name is made on the folded text
(NFC, no diacritics, no case, single spaces): "NGUYEN VAN AN" matches "Nguyễn Văn An", and
"Nguyễn Văn Anh" does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cchc_desktop.domain.text import clean, fold, nfc
from cchc_desktop.errors import UserError

if TYPE_CHECKING:
    from cryptography import x509

# The identifier kinds Vietnamese CAs write, as they write them.
ID_KINDS = {
    "CCCD": ("CCCD", "citizen ID"),
    "CMND": ("CMND", "ID card"),
    "HC": ("hộ chiếu", "passport"),
    "MST": ("MST", "tax code"),
    "MNS": ("mã ngân sách", "budget code"),
}
_ID = re.compile(r"\b(CCCD|CMND|CMT|HC|MST|MNS)\s*[:\-]?\s*([0-9A-Z][0-9A-Z\-]*)", re.IGNORECASE)
_UID_OID = "0.9.2342.19200300.100.1.1"


@dataclass(frozen=True)
class Holder:
    """The certificate's holder: the name (CN) and the identifiers found in the subject."""

    name: str
    identifiers: dict[str, str] = field(default_factory=dict)
    other_names: tuple[str, ...] = ()  # given name + surname, when the CA fills them apart

    def identifier_text(self) -> str:
        """ "CCCD 001088012345, MST 0101234567" (empty when the CA put none)."""
        return ", ".join(f"{kind} {value}" for kind, value in sorted(self.identifiers.items()))

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "identifiers": dict(self.identifiers)}


def holder_of(cert: x509.Certificate) -> Holder:
    """The holder as the certificate's subject states it."""
    from cryptography.x509.oid import NameOID, ObjectIdentifier

    subject = cert.subject

    def values(oid: ObjectIdentifier) -> list[str]:
        return [nfc(str(a.value)) for a in subject.get_attributes_for_oid(oid)]

    cn = next(iter(values(NameOID.COMMON_NAME)), "")
    found: dict[str, str] = {}
    for text in [*values(ObjectIdentifier(_UID_OID)), *values(NameOID.SERIAL_NUMBER), cn]:
        for written, value in _ID.findall(text):
            found.setdefault(written.upper().replace("CMT", "CMND"), value.upper())
    name = _ID.sub("", cn).strip(" -,;") if found else cn
    given, surname = values(NameOID.GIVEN_NAME), values(NameOID.SURNAME)
    others = (f"{surname[0]} {given[0]}",) if given and surname else ()
    return Holder(name or subject.rfc4514_string(), found, others)


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same person's name written another way (case, diacritics,
    Unicode form, spacing)."""
    left, right = fold(a), fold(b)
    return bool(left) and left == right


def names_match(printed: str, holder: Holder) -> bool:
    """Whether the certificate's holder is the person printed for the role."""
    return any(same_name(printed, name) for name in (holder.name, *holder.other_names))


# How a signature made for someone else says so in its /Reason: verify reads it back.
_ON_BEHALF = re.compile(r"Ký thay (?P<name>.+?)\. Lý do: (?P<reason>.+)$", re.DOTALL)
MIN_REASON = 8  # "ủy quyền" is the shortest honest reason


class NameMismatch(UserError):
    """The certificate's holder is not the person printed for the role."""

    def __init__(self, role_vi: str, role_en: str, printed: str, holder: Holder) -> None:
        super().__init__(
            f"Chứng thư số mang tên «{holder.name}», còn biên bản ghi {role_vi} là «{printed}»: "
            "không ký. Nếu ký thay, hãy xác nhận ký thay và ghi rõ lý do (--on-behalf LÝ_DO).",
            f"The certificate is in the name of '{holder.name}', while the minutes name "
            f"'{printed}' as {role_en}: not signing. To sign on their behalf, confirm it with "
            "the reason (--on-behalf REASON).",
        )
        self.printed = printed
        self.holder = holder


def check_identity(
    role: tuple[str, str], printed: str, holder: Holder, on_behalf: str | None
) -> tuple[bool, str]:
    """(names match, the on-behalf reason to record) before signing; a mismatch without a
    stated reason is refused. ``role`` is its (Vietnamese, English) label, lower case."""
    if not printed or names_match(printed, holder):
        return bool(printed), ""
    reason = clean(on_behalf or "")
    if on_behalf is None:
        raise NameMismatch(role[0], role[1], printed, holder)
    if len(reason) < MIN_REASON:
        raise UserError(
            f"Ký thay «{printed}» cần ghi rõ lý do (ví dụ: «được ủy quyền theo Giấy ủy quyền số "
            "…»); chưa có gì được ký.",
            f"Signing on behalf of '{printed}' needs a stated reason (e.g. 'authorised by letter "
            "no. …'); nothing was signed.",
        )
    return False, reason


def on_behalf_text(printed: str, reason: str) -> str:
    """The sentence a signature made for someone else carries in its /Reason."""
    return f"Ký thay {printed}. Lý do: {reason}"


def parse_on_behalf(text: str) -> tuple[str, str] | None:
    """(for whom, why) from a /Reason written by ``on_behalf_text``; None otherwise."""
    match = _ON_BEHALF.search(text)
    return (match["name"], match["reason"]) if match else None
