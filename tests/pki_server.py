"""A small certification authority's web server for tests, on 127.0.0.1: an RFC 3161
time-stamping service (POST /tsa) and the CA's CRL (GET /ca.crl).

A real HTTP server on a real socket, answering real DER requests: the time-stamp token is made
by pyHanko's in-process TSA with a TSA certificate issued by the test CA (tests/pki.py), the
same building blocks a production TSA would put together.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from tests.pki import Identity


@dataclass
class Served:
    """What the server answers with, and what it was asked (for assertions)."""

    tsa: Identity
    crl: bytes = b""
    requests: list[str] = field(default_factory=list)
    port: int = 0

    @property
    def tsa_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/tsa"

    @property
    def crl_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/ca.crl"


def _stamper(tsa: Identity) -> Any:
    from pyhanko.sign.timestamps import DummyTimeStamper

    der_key = tsa.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert = asn1_x509.Certificate.load(tsa.cert.public_bytes(serialization.Encoding.DER))
    return DummyTimeStamper(tsa_cert=cert, tsa_key=keys.PrivateKeyInfo.load(der_key))


@contextmanager
def ca_server(tsa: Identity, crl: bytes = b"") -> Iterator[Served]:
    """Serve the TSA and the CRL until the block ends."""
    served = Served(tsa, crl)
    stamper = _stamper(tsa)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            served.requests.append(f"POST {self.path} {self.headers.get('Content-Type')}")
            if (
                self.path != "/tsa"
                or self.headers.get("Content-Type") != "application/timestamp-query"
            ):
                self.send_error(400)
                return
            with lock:
                reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self._send(reply, "application/timestamp-reply")

        def do_GET(self) -> None:
            served.requests.append(f"GET {self.path}")
            if self.path == "/ca.crl" and served.crl:
                self._send(served.crl, "application/pkix-crl")
            else:
                self.send_error(404)

        def _send(self, data: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return  # the requests list is the log

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
