"""Seeded mutations of real files: bytes, zip structures, JSON values, zip members.

Every function takes a ``random.Random`` so a case is reproduced from its seed alone. The
mutations aim where parsers break: length and offset fields of a zip's headers, flags,
compression methods, truncations, values of the wrong type or size inside JSON.
"""

from __future__ import annotations

import io
import json
import random
import struct
import zipfile
from collections.abc import Callable
from typing import Any

# Values that break length, offset and count fields.
_INTERESTING_16 = (0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF)
_INTERESTING_32 = (0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFF, 0x10000)

# (signature, {field offset: width}) of the zip records a reader parses.
_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"
_FIELDS: dict[bytes, dict[int, int]] = {
    # version, flags, method, time, date, crc, sizes, name and extra lengths
    _LOCAL: {4: 2, 6: 2, 8: 2, 10: 2, 12: 2, 14: 4, 18: 4, 22: 4, 26: 2, 28: 2},
    # made by, needed, flags, method, time, date, crc, sizes, lengths, disk, attributes, offset
    _CENTRAL: {
        4: 2,
        6: 2,
        8: 2,
        10: 2,
        12: 2,
        14: 2,
        16: 4,
        20: 4,
        24: 4,
        28: 2,
        30: 2,
        32: 2,
        34: 2,
        36: 2,
        38: 4,
        42: 4,
    },
    # disk numbers, entry counts, directory size and offset, comment length
    _END: {4: 2, 6: 2, 8: 2, 10: 2, 12: 4, 16: 4, 20: 2},
}


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        position = rng.randrange(len(out))
        out[position] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.choice((0, 0xFF, 0x7F, 0x80, rng.randrange(256)))
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def delete_slice(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 256) :]


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data) + 1)
    if rng.random() < 0.5:
        chunk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    else:  # a copy of another slice: repeated structures confuse parsers more than noise
        source = rng.randrange(len(data))
        chunk = data[source : source + rng.randint(1, 512)]
    return data[:start] + chunk + data[start:]


def splice_field(data: bytes, rng: random.Random) -> bytes:
    """A length, offset, flag or method field of a zip header set to a value that breaks it."""
    spots = [(found, signature) for signature in _FIELDS for found in _find_all(data, signature)]
    if not spots:
        return set_bytes(data, rng)
    start, signature = rng.choice(spots)
    offset, width = rng.choice(list(_FIELDS[signature].items()))
    position = start + offset
    if position + width > len(data):
        return truncate(data, rng)
    old = int.from_bytes(data[position : position + width], "little")
    pool = _INTERESTING_16 if width == 2 else _INTERESTING_32
    value = rng.choice([*pool, old + 1, old - 1, old * 2, rng.randrange(1 << (8 * width))])
    value %= 1 << (8 * width)
    packed = struct.pack("<H" if width == 2 else "<I", value)
    return data[:position] + packed + data[position + width :]


def _find_all(data: bytes, needle: bytes) -> list[int]:
    found, start = [], 0
    while (index := data.find(needle, start)) >= 0:
        found.append(index)
        start = index + 1
    return found


BYTE_MUTATIONS: tuple[Callable[[bytes, random.Random], bytes], ...] = (
    flip_bits,
    set_bytes,
    truncate,
    delete_slice,
    insert_bytes,
)


def mutate_bytes(data: bytes, rng: random.Random, *, rounds: int = 3) -> bytes:
    """One to ``rounds`` byte-level mutations chosen at random."""
    for _ in range(rng.randint(1, rounds)):
        if not data:
            return bytes(rng.randrange(256) for _ in range(rng.randint(0, 32)))
        data = rng.choice(BYTE_MUTATIONS)(data, rng)
    return data


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """Mutations of a zip file: mostly its header fields, sometimes its bytes anywhere."""
    for _ in range(rng.randint(1, 3)):
        if not data:
            break
        data = splice_field(data, rng) if rng.random() < 0.6 else mutate_bytes(data, rng, rounds=1)
    return data


# --- JSON ---------------------------------------------------------------------------------------


def hostile_value(rng: random.Random) -> Any:
    """A JSON value of the wrong type, size or shape."""
    choices: tuple[Callable[[], Any], ...] = (
        lambda: None,
        lambda: True,
        lambda: -1,
        lambda: 0,
        lambda: 2**70,
        lambda: -(2**63),
        lambda: 1e308,
        lambda: float("inf"),
        lambda: float("nan"),
        lambda: "",
        lambda: "x" * rng.choice((1, 300, 70_000)),
        lambda: "\ud800",
        lambda: "\x1b[2J\x1b[32m✓ đã tin cậy\n",
        lambda: "../../etc/passwd",
        lambda: "0" * 64,
        lambda: "9999-99-99",
        lambda: [],
        lambda: {},
        lambda: [[]] * 3,
        lambda: {"a": {"b": {"c": None}}},
        lambda: _nested(40),
        lambda: _nested(rng.choice((5_000, 200_000))),
    )
    return rng.choice(choices)()


def _nested(depth: int) -> Any:
    """A list nested ``depth`` deep, built without recursion (json.loads would recurse)."""
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def _paths(value: Any, prefix: tuple[Any, ...] = (), limit: int = 4000) -> list[tuple[Any, ...]]:
    """Paths to every value inside a JSON document (at most ``limit``)."""
    found: list[tuple[Any, ...]] = [prefix]
    stack: list[tuple[tuple[Any, ...], Any]] = [(prefix, value)]
    while stack and len(found) < limit:
        path, node = stack.pop()
        children = (
            node.items() if isinstance(node, dict) else enumerate(node)
            if isinstance(node, list) else ()
        )  # fmt: skip
        for key, child in children:
            found.append((*path, key))
            stack.append(((*path, key), child))
    return found


def mutate_json(value: Any, rng: random.Random) -> Any:
    """A copy of ``value`` with one inner value replaced, removed, or a key added."""
    value = json.loads(json.dumps(value))
    paths = _paths(value)
    path = rng.choice(paths)
    if not path:
        return hostile_value(rng)
    parent = value
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    action = rng.random()
    if action < 0.7:
        parent[key] = hostile_value(rng)
    elif action < 0.85:
        del parent[key]
    elif isinstance(parent, dict):
        parent[rng.choice(("extra", "__proto__", "id", "\x00"))] = hostile_value(rng)
    else:
        parent.append(hostile_value(rng))
    return value


def dump_json(value: Any, rng: random.Random) -> bytes:
    """JSON text of ``value``, sometimes with Python's non-standard NaN/Infinity, sometimes not
    UTF-8 at all."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    except RecursionError:
        text = "[" * 200_000 + "]" * 200_000
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        raw = raw.replace(b"a", b"\xff", 1)
    return raw


# --- zip members --------------------------------------------------------------------------------


def read_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_members(
    members: dict[str, bytes], *, stored: Callable[[str], bool] = lambda _n: False
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            method = zipfile.ZIP_STORED if stored(name) else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return out.getvalue()
