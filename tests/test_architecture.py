"""The shape of the package: no import cycles, no module too long to read whole."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "framediff"
MAX_LINES = 600
# The framing signals read attribution records; they never tokenise an article, read speaker
# phrases, find cues or resolve a speaker themselves.
ATTRIBUTION_INTERNALS = frozenset(
    f"framediff.attribution.{name}"
    for name in (
        "tokens",
        "names",
        "cues",
        "subjects",
        "sentences",
        "registry",
        "inherit",
        "quotations",
        "reported",
        "mentions",
        "unify",
    )
)


def _modules(package: Path) -> dict[str, Path]:
    """Every module under ``package``, by dotted name (a package by its ``__init__``)."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _imported(node: ast.Import | ast.ImportFrom, here: str, modules: dict[str, Path]) -> set[str]:
    """The modules of ``modules`` an import statement loads (names resolved to submodules)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in modules}
    if node.level:  # relative: ``from . import x``, ``from .y import z``
        package = here if modules[here].name == "__init__.py" else here.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    found = set()
    for alias in node.names:
        # ``from framediff.ingest import lexicon`` loads the submodule, not only __init__.
        submodule = f"{base}.{alias.name}"
        found.add(submodule if submodule in modules else base)
    return {name for name in found if name in modules}


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports, anywhere in it: at the top,
    inside functions, or under ``if TYPE_CHECKING``."""
    modules = _modules(package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        edges: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _imported(node, name, modules)
        edges.discard(name)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None (depth-first search)."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path = [start]
        on_path = {start}
        stack = [iter(sorted(graph[start]))]
        while stack:
            following = next(stack[-1], None)
            if following is None:
                stack.pop()
                done.add(path[-1])
                on_path.discard(path.pop())
            elif following in on_path:
                return [*path[path.index(following) :], following]
            elif following not in done:
                path.append(following)
                on_path.add(following)
                stack.append(iter(sorted(graph[following])))
    return None


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from pkg.a import thing\n",
        "a.py": "def f():\n    from pkg.b import x\n",  # inside a function
        "b.py": "from pkg import c, thing\n",  # a submodule, and a name from __init__
        "c.py": "import pkg.sub.d\n",
        "sub/__init__.py": "",
        "sub/d.py": "from .. import a\nfrom . import e\nimport json\n",  # relative
        "sub/e.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg\n",
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    assert import_graph(package) == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg", "pkg.c"},
        "pkg.c": {"pkg.sub.d"},
        "pkg.sub": set(),
        "pkg.sub.d": {"pkg.a", "pkg.sub.e"},
        "pkg.sub.e": {"pkg"},
    }
    assert find_cycle(import_graph(package)) == ["pkg", "pkg.a", "pkg.b", "pkg"]


def test_the_finder_reports_a_cycle_or_none() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_module_is_too_long() -> None:
    lengths = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules(PACKAGE).values()
    }
    too_long = {name: n for name, n in lengths.items() if n > MAX_LINES}
    assert not too_long, f"over {MAX_LINES} lines: {too_long}"


def test_framing_reads_records_and_never_the_text() -> None:
    graph = import_graph()
    for module, imports in sorted(graph.items()):
        if module == "framediff.framing" or module.startswith("framediff.framing."):
            internals = imports & ATTRIBUTION_INTERNALS
            assert not internals, f"{module} imports {sorted(internals)}"
            assert "framediff.attribution" not in imports, f"{module} imports the whole stage"
