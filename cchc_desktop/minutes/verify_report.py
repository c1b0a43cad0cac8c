"""The verification report in words, in the reader's language (``errors.pick``: CCHC_LANG in
the CLI, the settings' language in the window).

Each signature: role, the name printed for it, the certificate's holder, whether they match
(and, when someone signed on another's behalf, the reason they gave), the signing time in
Vietnamese local form, the certificate, whether the content is unchanged, then (only for an
unchanged one: after a hash mismatch nothing else matters) trust and revocation, with the
sources used. Then the verdict: HỢP LỆ, CHƯA XÁC THỰC ĐƯỢC or KHÔNG HỢP LỆ, with its reasons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.domain.dates import vietnam_time
from cchc_desktop.errors import pick
from cchc_desktop.minutes.verify import (
    INVALID,
    REV_CHECKED,
    REV_NOT_CHECKED,
    REV_NOT_PUBLISHED,
    REV_REVOKED,
    REV_REVOKED_LATER,
    UNVERIFIED,
    VALID,
)

if TYPE_CHECKING:
    from cchc_desktop.minutes.verify import SignatureCheck, VerifyReport

VERDICT_WORDS = {
    VALID: ("HỢP LỆ", "VALID"),
    UNVERIFIED: ("CHƯA XÁC THỰC ĐƯỢC", "NOT VERIFIED"),
    INVALID: ("KHÔNG HỢP LỆ", "NOT VALID"),
}


def verdict_word(verdict: str) -> str:
    return pick(*VERDICT_WORDS[verdict])


def local_form(iso: str | None) -> str:
    """ "15:04:05 ngày 26/11/2026 (giờ Việt Nam)"."""
    if not iso:
        return pick("không rõ", "unknown")
    moment = vietnam_time(iso)
    clock = moment.strftime("%H:%M:%S")
    day = f"{moment.day:02d}/{moment.month:02d}/{moment.year}"
    return pick(f"{clock} ngày {day} (giờ Việt Nam)", f"{day} {clock} (Vietnam time)")


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else iso


def signature_lines(number: int, s: SignatureCheck) -> list[str]:
    """One signature's part of the report."""
    out = [pick(f"Chữ ký {number}: {s.role_label}", f"Signature {number}: {s.role_label}")]
    out.append(
        pick("  Tên in trên văn bản: ", "  Name printed in the document: ")
        + (s.printed_name or pick("(không ghi)", "(none)"))
    )
    holder = s.signer
    if s.holder is not None and s.holder.identifiers:
        holder += f" ({s.holder.identifier_text()})"
    out.append(pick("  Người giữ chứng thư: ", "  Certificate holder: ") + holder)
    if s.holder is not None and s.printed_name:
        if s.names_match:
            out.append(pick("  Đối chiếu tên: khớp", "  Names: match"))
        elif s.on_behalf is not None:
            out.append(
                pick(
                    f"  Đối chiếu tên: KHÔNG KHỚP — ký thay {s.printed_name}, lý do: "
                    f"{s.on_behalf[1]}",
                    f"  Names: DO NOT MATCH — signed on behalf of {s.printed_name}, reason: "
                    f"{s.on_behalf[1]}",
                )
            )
        else:
            out.append(pick("  Đối chiếu tên: KHÔNG KHỚP", "  Names: DO NOT MATCH"))
    source = (
        pick("theo dấu thời gian tin cậy", "from a trusted time-stamp")
        if s.timestamped
        else pick("do phần mềm của người ký ghi", "as the signer's software wrote it")
    )
    out.append(pick("  Thời gian ký: ", "  Signed at: ") + f"{local_form(s.signed_at)}, {source}")
    if s.certificate:
        c = s.certificate
        out.append(
            pick(
                f"  Chứng thư số: số hiệu {c.serial}, do {c.issuer} cấp; hiệu lực từ "
                f"{_dmy(c.not_before)} đến {_dmy(c.not_after)}; khóa {c.key}",
                f"  Certificate: serial {c.serial}, issued by {c.issuer}; valid from "
                f"{_dmy(c.not_before)} to {_dmy(c.not_after)}; key {c.key}",
            )
        )
    if s.broken:
        out.append(
            pick(
                "  Nội dung: ĐÃ BỊ THAY ĐỔI sau khi ký, hoặc chữ ký hỏng",
                "  Content: CHANGED after signing, or the signature is broken",
            )
        )
    else:
        out.append(
            pick(
                "  Nội dung: nguyên vẹn, không bị sửa đổi sau khi ký",
                "  Content: intact, not altered after signing",
            )
        )
        out.append(
            pick(
                "  Chứng thư: tin cậy (dẫn tới chứng thư gốc trong danh sách tin cậy)",
                "  Certificate: trusted (chains to a root in the trusted list)",
            )
            if s.trusted
            else pick("  Chứng thư: chưa được xác thực", "  Certificate: not validated")
        )
        out.append(pick("  Thông tin thu hồi: ", "  Revocation: ") + _revocation_text(s))
    out.extend(f"  - {pick(*n)}" for n in s.notes)
    words = verdict_word(s.verdict)
    reasons = "; ".join(pick(*p) for p in s.problems)
    out.append(
        pick("  Kết luận chữ ký: ", "  Signature verdict: ")
        + (f"{words}: {reasons}" if reasons and s.verdict != VALID else words)
    )
    return out


def _revocation_text(s: SignatureCheck) -> str:
    used = "; ".join(pick(*src) for src in s.revocation_sources)
    if s.revocation == REV_NOT_PUBLISHED:
        return pick(
            "CA không công bố thông tin thu hồi cho chứng thư này",
            "the CA publishes no revocation information for this certificate",
        )
    if s.revocation == REV_CHECKED:
        return pick(f"đã kiểm tra, chưa bị thu hồi — nguồn: {used}",
                    f"checked, not revoked — source: {used}")  # fmt: skip
    if s.revocation == REV_NOT_CHECKED:
        return pick(
            "chưa kiểm tra (chứng thư chưa được xác thực)",
            "not checked (the certificate is not validated)",
        )
    if s.revocation in (REV_REVOKED, REV_REVOKED_LATER):
        return pick(f"ĐÃ BỊ THU HỒI — nguồn: {used}", f"REVOKED — source: {used}")
    return pick(
        "không có nguồn nào (không có CRL/OCSP nhúng trong văn bản hay trong kho của máy)",
        "none available (no CRL/OCSP embedded in the document or stored on this computer)",
    )


def report_lines(report: VerifyReport) -> list[str]:
    """The whole report."""
    if report.error is not None:
        return [f"{verdict_word(INVALID)}: {pick(*report.error)}."]
    if not report.signatures:
        return [pick("Văn bản chưa có chữ ký số nào.", "The document has no digital signature.")]
    out: list[str] = []
    for number, check in enumerate(report.signatures, start=1):
        out.extend(signature_lines(number, check))
    verdict = report.verdict
    words = verdict_word(verdict)
    if verdict == VALID:
        tail = pick(
            "văn bản nguyên vẹn, mọi chữ ký tin cậy và đúng người có tên",
            "the document is intact, every signature trusted and by the person named",
        )
    elif verdict == UNVERIFIED:
        tail = pick(
            "văn bản nguyên vẹn nhưng chưa xác thực được người ký (xem từng chữ ký)",
            "the document is intact but a signer is not established (see each signature)",
        )
    else:
        tail = pick(
            "văn bản đã bị thay đổi sau khi ký, có chữ ký hỏng, hoặc chứng thư hết hạn/bị thu "
            "hồi khi ký",
            "the document changed after signing, a signature is broken, or a certificate was "
            "expired/revoked when it signed",
        )
    out.append(pick(f"Kết luận: {words} — {tail}.", f"Verdict: {words} — {tail}."))
    return out
