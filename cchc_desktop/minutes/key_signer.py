"""What every way of holding a signing key hands to the signing step (minutes/signing.py).

Kept apart from signing.py, which imports the document renderer: the USB token's module and
its dialog need only this, and the Ký & xuất tab opens without loading ReportLab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography import x509


class KeySigner:
    """A DocumentSigner from a certificate and the pyHanko signer holding its key."""

    def __init__(self, certificate: x509.Certificate, signer: Any) -> None:
        self._certificate = certificate
        self._signer = signer

    @property
    def certificate(self) -> x509.Certificate:
        return self._certificate

    def pyhanko_signer(self) -> Any:
        return self._signer
