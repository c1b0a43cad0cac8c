"""What a person confirms before any signature: which biên bản, how many pages, who signs in which
role, whose certificate, and whether the inspection locks. The window shows it in a dialog;
the CLI prints it and goes on (a script must not wait for an answer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.errors import pick

DIGITAL = "digital"
PAPER = "paper"
HANDWRITTEN = "handwritten"


@dataclass(frozen=True)
class Party:
    role: str
    name: str
    title: str = ""

    def line(self) -> str:
        """ "Trưởng đoàn kiểm tra: Hồ Tiến Thiệu, Trưởng đoàn"."""
        role = SignerRole(self.role)
        post = f", {self.title}" if self.title else ""
        return pick(f"{role.label_vi}: {self.name}{post}", f"{role.label}: {self.name}{post}")


@dataclass(frozen=True)
class SigningSummary:
    how: str  # DIGITAL, PAPER or HANDWRITTEN
    doc_number: str
    revision_no: int
    pages: int
    parties: tuple[Party, ...]  # who signs now (one), or everyone who signs on paper
    holder: str = ""  # the certificate's holder, for a digital signature
    issues: bool = True  # this signature issues the biên bản (takes its number, locks it)

    @property
    def locks(self) -> bool:
        """Whether the inspection is locked once this is done (any issue: digital or paper)."""
        return self.how in (DIGITAL, PAPER)

    def lines(self) -> list[str]:
        """What the person confirms, one line each (the window's dialog, the CLI's output)."""
        kind_vi = "Biên bản bổ sung" if self.revision_no > 1 else "Biên bản"
        kind_en = "Supplementary minutes" if self.revision_no > 1 else "Minutes"
        if self.how == HANDWRITTEN:
            number_vi = f"{kind_vi} (số cấp khi phát hành)"
            number_en = f"{kind_en} (numbered when issued)"
        elif self.issues:
            number_vi = f"{kind_vi} số {self.doc_number} (số được cấp khi phát hành)"
            number_en = f"{kind_en} {self.doc_number} (the number is taken now)"
        else:
            number_vi, number_en = f"{kind_vi} số {self.doc_number}", f"{kind_en} {self.doc_number}"
        lines = [pick(f"{number_vi}: {self.pages} trang.", f"{number_en}: {self.pages} pages.")]
        heading = {
            DIGITAL: ("Ký số", "Digital signature"),
            PAPER: ("Ký trên giấy", "Signed on paper by"),
            HANDWRITTEN: ("Chữ ký tay", "Handwritten signature"),
        }[self.how]
        lines.append(pick(f"{heading[0]}:", f"{heading[1]}:"))
        lines += [f"- {party.line()}" for party in self.parties]
        if self.how == DIGITAL:
            lines.append(
                pick(f"Chứng thư số của: {self.holder}.", f"Certificate holder: {self.holder}.")
            )
        if self.how == HANDWRITTEN:
            lines.append(
                pick(
                    "Nội dung chưa khóa: chữ ký tay được in vào biên bản khi phát hành (ký số "
                    "hoặc phát hành để ký giấy).",
                    "Nothing is locked yet: the handwritten signature is printed in the minutes "
                    "when they are issued (digitally signed or issued for paper).",
                )
            )
        elif self.issues:
            lines.append(
                pick(
                    "Sau bước này nội dung cuộc kiểm tra bị khóa; muốn thay đổi phải lập biên "
                    "bản bổ sung.",
                    "After this the inspection is locked; any change needs supplementary minutes.",
                )
            )
        else:
            lines.append(
                pick(
                    "Cuộc kiểm tra đã khóa từ khi biên bản được phát hành.",
                    "The inspection has been locked since the minutes were issued.",
                )
            )
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "how": self.how,
            "doc_number": self.doc_number,
            "revision_no": self.revision_no,
            "pages": self.pages,
            "parties": [{"role": p.role, "name": p.name, "title": p.title} for p in self.parties],
            "certificate_holder": self.holder or None,
            "locks": self.locks,
            "issues": self.issues,
        }
