"""The kinds of file the fuzzer (fuzz.py) feeds the app, each with its seeds and mutations.

A target builds its real seed files once, makes one mutated file per case from the case's
random generator, runs it through the app as a person would (verify and merge, photo import,
template import, signature image, PDF verification) and says whether stored data changed.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.security import mutate


class Target:
    """A kind of file: builds its seeds once, then makes and runs cases."""

    name = ""

    def __init__(self, work: Path) -> None:
        self.work = work

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        """(kind of mutation, the file's bytes, its file name) for one case."""
        raise NotImplementedError

    def run(self, path: Path) -> str:
        """Feed the file to the app: "accepted" or "refused" (a UserError); may raise."""
        raise NotImplementedError

    def changed(self) -> bool:
        """Whether stored data changed during the last run (checked after a refusal)."""
        return False

    def after_accept(self) -> None:
        """Bring stored data back to the seed state after a case the app accepted."""

    def close(self) -> None:
        pass


PACKAGE_KINDS = ("zip", "manifest", "manifest-signed", "records-signed", "member")
# How often each kind of package mutation is made (of a hundred).
_PACKAGE_WEIGHTS = {
    "zip": 40,
    "manifest": 15,
    "manifest-signed": 15,
    "records-signed": 15,
    "member": 15,
}


class Packages(Target):
    name = "packages"
    kinds: tuple[str, ...] = PACKAGE_KINDS

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.security.corpus import package_seed, receiver

        self.seed = package_seed(work / "seed")
        self.pristine = receiver(work / "seed", self.seed)
        self.data = self.seed.package.read_bytes()
        self.members = mutate.read_members(self.data)
        self.manifest = json.loads(self.members["manifest.json"])
        self.signed_manifest: dict[str, bytes] = {}
        self._open()

    def _open(self) -> None:
        from tests.exchange_support import dump, open_ws

        folder = self.work / "B"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(self.pristine, folder)
        self.folder = folder
        self.ws = open_ws(folder)
        self.baseline = dump(folder)
        self.changes = self.ws.db.conn.total_changes

    def _stored(self, name: str) -> bool:
        return name.startswith("media/")

    def _rezip(self, members: dict[str, bytes], *, resign: bool) -> bytes:
        if resign:
            import base64

            members["manifest.sig"] = base64.b64encode(self.seed.sign(members["manifest.json"]))
        return mutate.write_members(members, stored=self._stored)

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        import hashlib

        from cchc_desktop.store.canonical import canonical_json

        kind = rng.choices(self.kinds, [_PACKAGE_WEIGHTS[k] for k in self.kinds])[0]
        members = dict(self.members)
        if kind == "zip":
            return "zip", mutate.mutate_zip(self.data, rng), "case.cchc"
        if kind in ("manifest", "manifest-signed"):
            manifest = mutate.mutate_json(self.manifest, rng)
            members["manifest.json"] = mutate.dump_json(manifest, rng)
            return kind, self._rezip(members, resign=kind == "manifest-signed"), "case.cchc"
        if kind == "records-signed":
            name = rng.choice([n for n in members if n.startswith(("records/", "audit/"))])
            lines = members[name].splitlines()
            index = rng.randrange(len(lines))
            row = json.loads(lines[index])
            lines[index] = mutate.dump_json(mutate.mutate_json(row, rng), rng)
            members[name] = b"\n".join(lines) + b"\n"
            manifest = json.loads(members["manifest.json"])
            for entry in manifest["members"]:
                if entry["name"] == name:
                    entry["size"] = len(members[name])
                    entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
            members["manifest.json"] = canonical_json(manifest)
            return "records-signed", self._rezip(members, resign=True), "case.cchc"
        name = rng.choice(sorted(members))
        members[name] = mutate.mutate_bytes(members[name], rng)
        return "member", self._rezip(members, resign=False), "case.cchc"

    def run(self, path: Path) -> str:
        from cchc_desktop.errors import UserError
        from cchc_desktop.exchange.merge import merge_file

        self.changes = self.ws.db.conn.total_changes
        try:
            merge_file(self.ws, path)
        except UserError:
            return "refused"
        return "accepted"

    def changed(self) -> bool:
        from tests.exchange_support import dump, staging_empty

        if not staging_empty(self.folder):
            return True
        if self.ws.db.conn.total_changes == self.changes:
            return False
        return dump(self.folder) != self.baseline

    def after_accept(self) -> None:
        if self.ws.db.conn.total_changes != self.changes:
            self.close()
            self._open()

    def close(self) -> None:
        self.ws.close()


def _mutate_file(data: bytes, rng: random.Random) -> bytes:
    """Byte mutations, most of them aimed at the start, where formats keep their headers."""
    head = rng.choice((256, 600, 2048, len(data)))
    return mutate.mutate_bytes(data[:head], rng) + data[head:]


class Photos(Target):
    name = "photos"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.exchange_support import inspection_on, laptop, open_ws
        from tests.security.corpus import photo_seeds

        self.seeds = [(p.suffix, p.read_bytes()) for p in photo_seeds(work)]
        self.ws = open_ws(laptop(work, "photos"))
        self.inspection = inspection_on(self.ws)
        self.changes = 0

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        suffix, data = rng.choice(self.seeds)
        return suffix.lstrip("."), _mutate_file(data, rng), f"case{suffix}"

    def run(self, path: Path) -> str:
        from cchc_desktop.photos.ingest import import_photos

        self.changes = self.ws.db.conn.total_changes
        result = import_photos(self.ws, self.inspection, [path], workers=1)
        return "refused" if result.refused else "accepted"

    def changed(self) -> bool:
        return self.ws.db.conn.total_changes != self.changes

    def close(self) -> None:
        self.ws.close()


class Workbooks(Target):
    name = "xlsx"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.security.corpus import workbook_seed

        self.data = workbook_seed()
        self.members = mutate.read_members(self.data)

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        roll = rng.random()
        if roll < 0.25:
            return "zip", mutate.mutate_zip(self.data, rng), "case.xlsx"
        members = dict(self.members)
        if roll < 0.5:
            name = rng.choice([n for n in members if n.startswith("xl/")])
            members[name] = mutate.mutate_bytes(members[name], rng)
            return "member", mutate.write_members(members), "case.xlsx"
        name = rng.choice(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        members[name] = _hostile_sheet(members[name], rng)
        return "sheet", mutate.write_members(members), "case.xlsx"

    def run(self, path: Path) -> str:
        from cchc_desktop.checklists.xlsx import import_xlsx
        from cchc_desktop.errors import UserError

        try:
            import_xlsx(path)
        except UserError:
            return "refused"
        return "accepted"


# Cells and ranges a spreadsheet program could write, each odd in its own way.
_CELLS = (
    b'<c r="C3"><f>SUM(F2:F9)</f></c>',
    b'<c r="C3"><f>A1&amp;B1</f><v>x</v></c>',
    b'<c r="F3" t="e"><v>#REF!</v></c>',
    b'<c r="F3" t="b"><v>2</v></c>',
    b'<c r="F3" t="n"><v>1e999</v></c>',
    b'<c r="F3" t="d"><v>10000-01-01</v></c>',
    b'<c r="C3" t="s"><v>999999</v></c>',
    b'<c r="C3" s="99999"><v>1</v></c>',
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<c r="A0"><v>1</v></c>',
    b'<c r="C3" t="inlineStr"><is><t>\x1b[2J</t></is></c>',
)
_RANGES = (b"A1:XFD1048576", b"J1:XFD1048576", b"A2:A40000", b"B2:B3", b"Z9:A1", b"A1")


def _hostile_sheet(xml: bytes, rng: random.Random) -> bytes:
    """A worksheet with an odd cell, a merged range or a dimension set to something hostile."""
    roll = rng.random()
    if roll < 0.4:
        cells = mutate._find_all(xml, b"<c ")
        if not cells:
            return xml
        start = rng.choice(cells)
        end = xml.find(b"</c>", start)
        end = xml.find(b"/>", start) + 2 if end < 0 else end + 4
        return xml[:start] + rng.choice(_CELLS) + xml[end:]
    if roll < 0.8:
        count = rng.choice((1, 3, 20_000))
        refs = b"".join(
            b'<mergeCell ref="' + rng.choice(_RANGES) + b'"/>' for _ in range(min(count, 50))
        )
        if count > 50:
            refs = b"".join(b'<mergeCell ref="A%d:B%d"/>' % (n, n) for n in range(2, count))
        block = b'<mergeCells count="%d">' % count + refs + b"</mergeCells>"
        return xml.replace(b"</sheetData>", b"</sheetData>" + block, 1)
    return xml.replace(b'<dimension ref="', b'<dimension ref="' + rng.choice(_RANGES) + b'" x="', 1)


class Signatures(Target):
    name = "signatures"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.security.corpus import signature_seeds

        self.seeds = signature_seeds()

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        return "image", _mutate_file(rng.choice(self.seeds), rng), "case.png"

    def run(self, path: Path) -> str:
        from cchc_desktop.errors import UserError
        from cchc_desktop.minutes.signature_image import prepare

        try:
            prepare(path.read_bytes(), path.name)
        except UserError:
            return "refused"
        return "accepted"


class SignedPdfs(Target):
    name = "pdf"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from cchc_desktop.minutes.render import render
        from cchc_desktop.minutes.signing import P12Signer, sign_pdf
        from cchc_desktop.minutes.snapshot import SignerEntry
        from tests import minutes_samples
        from tests.pki import PASSWORD, standard

        # The lead printed is the certificate's holder: the signature is not on anyone's behalf.
        signers = (SignerEntry("truong_doan", *minutes_samples.LEAD_HOLDER),)
        unsigned = render(minutes_samples.snapshot(signers=signers), lambda _sha: None).pdf
        signer = P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)
        self.seed = sign_pdf(unsigned, signer, role="truong_doan").pdf
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives.serialization import Encoding

        ca = standard()["ca"].cert.public_bytes(Encoding.DER)
        self.roots = [asn1_x509.Certificate.load(ca)]
        # Where a verifier reads first: the trailer, the xref, the signature dictionary.
        self.spots = [
            i for needle in (b"/ByteRange", b"/Contents", b"xref", b"trailer", b"/Sig")
            for i in mutate._find_all(self.seed, needle)
        ]  # fmt: skip

    def make(self, rng: random.Random) -> tuple[str, bytes, str]:
        if rng.random() < 0.6 and self.spots:
            spot = rng.choice(self.spots)
            head, middle, tail = (
                self.seed[:spot],
                self.seed[spot : spot + 64],
                self.seed[spot + 64 :],
            )
            return "structure", head + mutate.mutate_bytes(middle, rng) + tail, "case.pdf"
        return "bytes", mutate.mutate_bytes(self.seed, rng), "case.pdf"

    def run(self, path: Path) -> str:
        from cchc_desktop.minutes.verify import verify_pdf

        report = verify_pdf(path.read_bytes(), self.roots)
        return "accepted" if report.ok else "refused"


TARGETS: dict[str, Callable[[Path], Target]] = {
    "packages": Packages,
    "photos": Photos,
    "xlsx": Workbooks,
    "signatures": Signatures,
    "pdf": SignedPdfs,
}
