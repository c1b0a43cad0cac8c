"""Signing and verifying a biên bản: our ``sign_pdf`` (name check, stamp, earlier signatures
checked, PAdES-LT) with a .p12 file and with a USB token (SoftHSM2), against pyHanko's own
``PdfSigner`` given the same key and nothing else; our ``verify_pdf`` (three verdicts, the
revocation pass) against one bare ``validate_pdf_signature``.

Usage: bench_signing.py [--repeat 5] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from asn1crypto import crl as asn1_crl

from cchc_desktop.minutes import revocation
from cchc_desktop.minutes.signing import P12Signer, sign_pdf
from cchc_desktop.minutes.tokens import TokenSigner, list_tokens
from cchc_desktop.minutes.verify import verify_pdf
from tests.benchmarks.report import machine, median_time, ms, write_section
from tests.pki import PASSWORD, make_crl, make_signer, standard
from tests.softhsm import MODULE, make_token
from tests.unit.test_minutes_signing import printed
from tests.unit.test_signing_trust import roots


def bare_sign(pdf: bytes, signer: P12Signer) -> bytes:
    """pyHanko alone: the same field, PAdES, SHA-256; no checks, no stamp, no LT."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name="ky_so_truong_doan", md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )  # fmt: skip
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    out = signers.PdfSigner(meta, signer.pyhanko_signer()).sign_pdf(
        writer, existing_fields_only=True
    )
    return bytes(out.getvalue())


def bare_verify(pdf: bytes) -> object:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    sig = PdfFileReader(BytesIO(pdf)).embedded_signatures[0]
    return validate_pdf_signature(sig, ValidationContext(trust_roots=roots()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    pdf = printed()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "tokens").mkdir()
        conf = folder / "softhsm2.conf"
        conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
        os.environ["SOFTHSM2_CONF"] = str(conf)
        token = make_token(folder, standard()["lead"])
        p12 = P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)
        with_crl = make_signer(standard()["ca"], "Nguyễn Văn An", crl_url="http://127.0.0.1:9/c")
        setup = revocation.RevocationSetup(
            tuple(roots()), (asn1_crl.CertificateList.load(make_crl(standard()["ca"])),)
        )
        lt_signer = P12Signer.from_bytes(with_crl.p12(), PASSWORD)

        def on_token() -> bytes:
            with TokenSigner.open(MODULE, token.label, None, token.pin) as signer:
                return sign_pdf(pdf, signer, role="truong_doan").pdf

        rows = [
            ("list the tokens (SoftHSM2, no PIN)", median_time(lambda: list_tokens(MODULE), args.repeat)),
            ("pyHanko `PdfSigner` alone, .p12", median_time(lambda: bare_sign(pdf, p12), args.repeat)),
            ("`sign_pdf`, .p12", median_time(lambda: sign_pdf(pdf, p12, role="truong_doan"), args.repeat)),
            ("`sign_pdf`, .p12, PAdES-LT (CRL embedded)", median_time(
                lambda: sign_pdf(pdf, lt_signer, role="truong_doan", revocation_setup=setup),
                args.repeat)),
            ("`TokenSigner.open` + `sign_pdf` (SoftHSM2 token, RSA 2048)", median_time(on_token, args.repeat)),
        ]  # fmt: skip
        signed = sign_pdf(pdf, p12, role="truong_doan").pdf
        lt = sign_pdf(pdf, lt_signer, role="truong_doan", revocation_setup=setup).pdf
        rows += [
            ("pyHanko `validate_pdf_signature` alone", median_time(lambda: bare_verify(signed), args.repeat)),
            ("`verify_pdf` (verdict, names, revocation)", median_time(lambda: verify_pdf(signed, roots()), args.repeat)),
            ("`verify_pdf` of the PAdES-LT signature (CRL checked)", median_time(lambda: verify_pdf(lt, roots()), args.repeat)),
        ]  # fmt: skip
    table = "\n".join(f"| {name} | {ms(seconds)} |" for name, seconds in rows)
    body = f"""## Signing and verifying a biên bản

The 3-page sample biên bản, one signature by the team lead (RSA 2048, test CA). Median of
{args.repeat} runs. Machine: {machine()} (shared with other work while measured). Command:
`.venv/bin/python tests/benchmarks/bench_signing.py`

| work | time |
|---|---|
{table}

`sign_pdf` does more than pyHanko's signer: it checks the certificate and the holder's name,
verifies the signatures already in the document, draws the visible stamp and, for PAdES-LT,
validates the chain against the CRL before embedding it. `verify_pdf` runs pyHanko's validator
once for integrity and trust and once more, offline, for revocation when the certificate names
a source.
"""
    target = write_section("signing", body, args.out)
    print(f"{target}: signing section written")
    for name, seconds in rows:
        print(f"{name}: {ms(seconds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
