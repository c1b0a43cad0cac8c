"""Collect the core's (Vietnamese, English) message pairs into the translators' catalogue.

The core never imports Qt, so it cannot use ``tr()``: it writes each message as a pair,
``UserError(vi, en)`` or ``pick(vi, en)``. This module reads those pairs out of the source with
``ast`` (nothing is imported or run) and writes them as Qt's TS file,
``resources/translations/core_en.ts``, the format translators already open in Qt Linguist for
the window: context = module, source = the Vietnamese, translation = the English. ``make
translations`` runs it (``python -m cchc_desktop.catalogue.extract``); a test runs it in memory
and compares with the committed file, so a new message without its entry fails.

Which calls carry a pair is read from the code too: any function or class whose parameters
(or dataclass fields) include ``vi, en`` or ``<name>_vi, <name>_en`` side by side (``pick``,
``UserError`` and its subclasses, ``refuse(path, vi, en)``…). An f-string is kept as its
template, each placeholder written as in the source (``{path}``); the halves may format a value
differently. Pairs written as data (label tables, ``NAME_VI``/``NAME_EN``) are collected where
they are written, so a pair handed over in variables needs nothing. A call whose Vietnamese is
not text (a ``join``, ``%`` formatting) or that has no English is listed as a problem: a
message no translator can see. The window's few pairs (a print job's progress) are included.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cchc_desktop.catalogue.calls import (
    Signature,
    callee,
    chosen,
    plain_locals,
    signatures,
)
from cchc_desktop.catalogue.ts_file import Message, merge, placeholders, read_ts, ts_text

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
CATALOGUE = ROOT / "resources" / "translations" / "core_en.ts"


# Messages put together at run time from parts the catalogue holds one by one (file, function):
# no single template exists to translate.
COMPOSED = frozenset(
    {
        ("cchc_desktop/domain/previous.py", "summary"),  # counts + status labels
        ("cchc_desktop/minutes/readiness.py", "__init__"),  # a head line + each item's message
    }
)
# Tables of (Vietnamese, something) that are not messages (file, name they are assigned to).
NOT_MESSAGES = frozenset(
    {
        ("cchc_desktop/checklists/xlsx_layout.py", "INFO_LABELS"),  # label → template field
    }
)


@dataclass
class Extraction:
    """What one run found: the messages in order, and what it could not read."""

    messages: list[Message] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seen: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, context: str, filename: str, vi: str, en: str, where: str) -> None:
        """One more pair; the same Vietnamese twice in a module must have one English."""
        if not any(c.isalpha() for c in _without_placeholders(vi)):
            return  # only placeholders and punctuation: nothing to translate
        earlier = self.seen.get((context, vi))
        if earlier is None:
            self.seen[context, vi] = en
            self.messages.append(Message(context, filename, vi, en, en, finished=True))
        elif earlier != en:
            self.problems.append(
                f"{where}: «{vi}» has two Englishes in {context}: «{earlier}» and «{en}»"
            )


def _without_placeholders(text: str) -> str:
    for placeholder in placeholders(text):
        text = text.replace(placeholder, "", 1)
    return text


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every Python file of the app. The window's own words go through ``tr()``, but a pair
    written there (a print job's progress, run off the GUI thread) belongs here too."""
    return sorted(path for path in package.rglob("*.py") if "_bundled" not in path.parts)


def template(node: ast.expr) -> str | None:
    """The text of a literal or f-string, placeholders as written (``{path}``); None if the
    expression is not literal text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                parts.append(_placeholder(value))
            else:
                text = template(value)
                if text is None:
                    return None
                parts.append(text)
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template(node.left), template(node.right)
        if left is None and right is None:
            return None
        # A variable added to literal text is a placeholder, as it would be in an f-string.
        return _or_placeholder(left, node.left) + _or_placeholder(right, node.right)
    return None


def _or_placeholder(text: str | None, node: ast.expr) -> str:
    return text if text is not None else "{" + ast.unparse(node) + "}"


def _placeholder(value: ast.FormattedValue) -> str:
    text = ast.unparse(value.value)
    if value.conversion != -1:
        text += "!" + chr(value.conversion)
    if value.format_spec is not None:
        spec = template(value.format_spec)
        text += ":" + (spec if spec is not None else ast.unparse(value.format_spec))
    return "{" + text + "}"


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    if index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[index]
    return None


def _variable(node: ast.expr | None) -> bool:
    """A pair handed over in variables (``vi``, ``self.vi``, ``role[0]``): its texts are
    collected where they are written (a table of pairs, a ``NAME_VI``/``NAME_EN`` constant)."""
    return isinstance(node, ast.Name | ast.Attribute | ast.Subscript)


def _enclosing(tree: ast.Module) -> dict[ast.AST, tuple[str, str]]:
    """Each node → the class and the function it sits in ("" outside any)."""
    owner: dict[ast.AST, tuple[str, str]] = {}

    def visit(node: ast.AST, klass: str, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = (child.name, "") if isinstance(child, ast.ClassDef) else (klass, function)
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = (klass, child.name)
            owner[child] = inner
            visit(child, *inner)

    visit(tree, "", "")
    return owner


def _not_messages(tree: ast.Module, relative: str) -> set[ast.AST]:
    """The nodes under a module-level table named in ``NOT_MESSAGES``."""
    names = {name for file, name in NOT_MESSAGES if file == relative}
    return {
        node
        for statement in tree.body
        if isinstance(statement, ast.Assign | ast.AnnAssign) and statement.value is not None
        for target in (
            statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        )
        if isinstance(target, ast.Name) and target.id in names
        for node in ast.walk(statement.value)
    }


def _read_call(
    call: ast.Call, sig: Signature, where: str
) -> tuple[list[tuple[str, str]], str | None]:
    """The (vi, en) templates a call gives, or the reason it cannot be read."""
    vi_node = _argument(call, sig.vi_index, sig.vi_name)
    en_node = _argument(call, sig.en_index, sig.en_name)
    if vi_node is None and en_node is None:
        return [], None  # the optional pair is not used by this call
    return read_pair(vi_node, en_node, where)


def read_pair(
    vi_node: ast.expr | None, en_node: ast.expr | None, where: str
) -> tuple[list[tuple[str, str]], str | None]:
    """The (vi, en) templates of two expressions (both branches of matching conditionals)."""
    if isinstance(vi_node, ast.IfExp) and isinstance(en_node, ast.IfExp):
        first, problem = read_pair(vi_node.body, en_node.body, where)
        second, other = read_pair(vi_node.orelse, en_node.orelse, where)
        return first + second, problem or other
    if _variable(vi_node) and (en_node is None or _variable(en_node)):
        return [], None
    vi = template(vi_node) if vi_node is not None else None
    en = template(en_node) if en_node is not None else None
    if vi is None:
        return [], f"{where}: the Vietnamese is not literal text ({_shown(vi_node)})"
    if not en or not en.strip():
        return [], f"{where}: no English for «{vi}» ({_shown(en_node)})"
    return [(vi, en)], None


# Letters only Vietnamese writes (with its tone marks): how a pair table's first text is told
# from English.
VIETNAMESE = set("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ")


def _vietnamese(text: str) -> bool:
    return bool(VIETNAMESE & set(text.lower()))


def table_pairs(tree: ast.Module) -> Iterator[tuple[ast.AST, str, str]]:
    """Pairs written as data: a 2-tuple ``("Vietnamese", "English")`` (label tables) and a
    ``NAME_VI = …`` beside its ``NAME_EN = …`` in one body."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2:
            vi, en = (template(e) for e in node.elts)
            if vi and en and _vietnamese(vi) and not _vietnamese(en):
                yield node, vi, en
        body = getattr(node, "body", None)
        if isinstance(body, list):
            yield from _named_pairs(body)


def _named_pairs(body: list[ast.stmt]) -> Iterator[tuple[ast.AST, str, str]]:
    texts: dict[str, tuple[ast.AST, str]] = {}
    for statement in body:
        if isinstance(statement, ast.Assign | ast.AnnAssign) and statement.value is not None:
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            text = template(statement.value)
            for target in targets:
                if isinstance(target, ast.Name) and text is not None:
                    texts[target.id] = (statement, text)
    for name, (node, vi) in texts.items():
        if name.lower().endswith("_vi"):
            english = texts.get(name[:-3] + ("_EN" if name.endswith("_VI") else "_en"))
            if english and english[1].strip():
                yield node, vi, english[1]


def _shown(node: ast.expr | None) -> str:
    return "missing" if node is None else ast.unparse(node)[:60]


def _calls(tree: ast.Module) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def extract(package: Path = PACKAGE) -> Extraction:
    """Every message pair of the core, in file order, and every call that could not be read."""
    files = source_files(package)
    trees = [ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in files]
    known = signatures(trees)
    result = Extraction()
    for path, tree in zip(files, trees, strict=True):
        relative = path.relative_to(package.parent).as_posix()
        context = relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        owners = _enclosing(tree)
        plain = plain_locals(tree)
        for call in sorted(_calls(tree), key=lambda c: (c.lineno, c.col_offset)):
            where = f"{relative}:{call.lineno}"
            klass, function = owners.get(call, ("", ""))
            name = callee(call, klass)
            if name in plain:
                continue  # this module's own callable of that name takes no pair
            for sig in chosen(call, known.get(name, [])):
                pairs, problem = _read_call(call, sig, where)
                if problem and (relative, function) not in COMPOSED:
                    result.problems.append(problem)
                for vi, en in pairs:
                    result.add(context, relative, vi, en, where)
        skipped = _not_messages(tree, relative)
        for node, vi, en in table_pairs(tree):
            if node not in skipped:
                result.add(context, relative, vi, en, f"{relative}:{getattr(node, 'lineno', 0)}")
    return result


def catalogue_text(package: Path = PACKAGE, committed: Path = CATALOGUE) -> tuple[str, list[str]]:
    """The catalogue as it should be now (the committed one's corrections kept), and the
    problems the extraction met."""
    found = extract(package)
    previous = read_ts(committed) if committed.is_file() else []
    return ts_text(merge(found.messages, previous)), found.problems


def main(argv: list[str] | None = None) -> int:
    """``python -m cchc_desktop.catalogue.extract [--check]``: write (or check) core_en.ts,
    listing on stderr the calls it could not read; exit 1 if there are any."""
    args = sys.argv[1:] if argv is None else argv
    try:
        text, problems = catalogue_text()
    except ET.ParseError as exc:
        print(
            f"{CATALOGUE} is not a readable TS file ({exc}); if a merge left conflict markers "
            "in it, take either side (git checkout --theirs/--ours) and run this again.",
            file=sys.stderr,
        )
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    if "--check" in args:
        current = CATALOGUE.read_text(encoding="utf-8") if CATALOGUE.is_file() else ""
        if current != text:
            print(f"{CATALOGUE} is out of date: run `make translations`", file=sys.stderr)
            return 1
    else:
        CATALOGUE.write_text(text, encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
