"""Which calls carry a (vi, en) pair, read from the code: any function or class whose
parameters (or dataclass fields) include ``vi, en`` or ``<name>_vi, <name>_en`` side by side."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Signature:
    """Where a pair-taking callable expects its two texts: positions after self, and names;
    ``width`` is how many parameters it has and ``required`` how many have no default (two
    callables may share a name: a call is matched to one its arguments fit)."""

    vi_index: int
    en_index: int
    vi_name: str
    en_name: str
    width: int
    required: int


def _pairs_in(params: list[str], optional: int = 0, keyword_only: int = 0) -> list[Signature]:
    found = []
    width = len(params) + keyword_only
    for index, (first, second) in enumerate(itertools.pairwise(params)):
        if (first, second) == ("vi", "en") or (
            first.endswith("_vi") and second == first[:-3] + "_en"
        ):
            found.append(Signature(index, index + 1, first, second, width, len(params) - optional))
    return found


def _defaults(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    return len(function.args.defaults)


def _params(function: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> list[str]:
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    return names[1:] if method and names and names[0] in {"self", "cls"} else names


Signatures = dict[str, list[list[Signature]]]


def signatures(trees: list[ast.Module]) -> Signatures:
    """Callable name → where its pairs go, one list per definition of that name, for every
    function and class of the core (a class without its own pair-taking ``__init__`` inherits
    its base's, as ``NotFound`` does)."""
    found: Signatures = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef | ast.Module | ast.FunctionDef):
                for name, pairs in _defined_in(node):
                    found.setdefault(name, []).append(pairs)
    parents = parents_of(trees)
    own_init = _with_init(trees)
    inherits = {n: p for n, p in parents.items() if n not in own_init}
    for name, bases in inherits.items():
        ancestors = list(bases)
        while ancestors and name not in found:
            ancestor = ancestors.pop(0)
            if ancestor in found:
                found[name] = found[ancestor]
            ancestors.extend(inherits.get(ancestor, []))
    for name, bases in parents.items():
        # ``super().__init__(vi, en)`` inside a class: its first base that takes a pair.
        chosen = next((found[b] for b in bases if b in found), None)
        if chosen:
            found["super:" + name] = chosen
    return found


def _defined_in(
    node: ast.ClassDef | ast.Module | ast.FunctionDef,
) -> Iterator[tuple[str, list[Signature]]]:
    method = isinstance(node, ast.ClassDef)
    if isinstance(node, ast.ClassDef) and not _has_init(node):
        # A dataclass or NamedTuple: its fields, in order, are its parameters.
        fields = [
            item
            for item in node.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        ]
        names = [f.target.id for f in fields if isinstance(f.target, ast.Name)]
        if pairs := _pairs_in(names, sum(f.value is not None for f in fields)):
            yield node.name, pairs
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            pairs = _pairs_in(_params(item, method), _defaults(item), len(item.args.kwonlyargs))
            if pairs:
                init = isinstance(node, ast.ClassDef) and item.name == "__init__"
                yield (node.name if isinstance(node, ast.ClassDef) and init else item.name), pairs


def _with_init(trees: list[ast.Module]) -> set[str]:
    return {
        node.name
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and _has_init(node)
    }


def parents_of(trees: list[ast.Module]) -> dict[str, list[str]]:
    """Class name → the names of its bases, for every class of the core."""
    return {
        node.name: [b.id for b in node.bases if isinstance(b, ast.Name)]
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }


def plain_locals(tree: ast.Module) -> set[str]:
    """The module's own functions and classes that take no pair (a name shared with a
    pair-taking callable elsewhere means this one inside this module)."""
    plain = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if not _pairs_in(_params(node, method=False)):
                plain.add(node.name)
        elif (
            isinstance(node, ast.ClassDef)
            and (_has_init(node) or not node.bases)
            and not any(name == node.name for name, _ in _defined_in(node))
        ):
            plain.add(node.name)
    return plain


def _has_init(node: ast.ClassDef) -> bool:
    return any(isinstance(i, ast.FunctionDef) and i.name == "__init__" for i in node.body)


def chosen(call: ast.Call, alternatives: list[list[Signature]]) -> list[Signature]:
    """The definition a call means: the first whose parameters its arguments fit (none: the
    call is to something else of the same name)."""
    given = len(call.args) + len(call.keywords)
    for pairs in alternatives:
        if pairs[0].required <= given <= pairs[0].width:
            return pairs
    return []


def callee(call: ast.Call, klass: str) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if not isinstance(func, ast.Attribute):
        return ""
    base = func.value
    if (
        func.attr == "__init__"
        and isinstance(base, ast.Call)
        and isinstance(base.func, ast.Name)
        and base.func.id == "super"
    ):
        return "super:" + klass
    return func.attr
