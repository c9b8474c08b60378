"""The package's modules depend on each other through public names only, and their
module-level imports form no cycle (a module that needs a sibling late imports it
inside the function that does)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "cleaner"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _target(module: str, node: ast.ImportFrom, path: Path) -> str:
    """The absolute name of the module ``node`` imports from."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(module: str, path: Path) -> list[str]:
    """Private names ``module`` takes from another of the package's modules: by
    ``from x import _y`` or as ``x._y`` on a module it imported (anywhere in the file)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    bound: dict[str, str] = {}  # local name -> package module it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _target(module, node, path)
            if target not in MODULES or target == module:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in MODULES:
                    bound[alias.asname or alias.name] = sub
                elif _private(alias.name):
                    found.append(f"{module}:{node.lineno} imports {target}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES and alias.asname:
                    bound[alias.asname] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and _private(node.attr):
            owner = bound.get(node.value.id)
            if owner is not None and owner != module:
                found.append(f"{module}:{node.lineno} uses {owner}.{node.attr}")
    return found


def test_no_module_takes_another_modules_private_names() -> None:
    found = [use for module, path in MODULES.items() for use in private_uses(module, path)]
    assert found == []


def test_the_check_sees_a_private_import(tmp_path: Path) -> None:
    fake = tmp_path / "model.py"
    fake.write_text("from ..decode import _CONTROL, decode\nfrom .. import rules\nrules._expect(True)\n")
    assert private_uses("cleaner.learn.model", fake) == [
        "cleaner.learn.model:1 imports cleaner.decode._CONTROL",
        "cleaner.learn.model:3 uses cleaner.rules._expect",
    ]


def module_imports(module: str, path: Path) -> set[str]:
    """The package modules ``module`` imports at module level (not inside functions,
    and not under ``if TYPE_CHECKING:``)."""
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            target = _target(module, node, path)
            if target in MODULES:
                out.add(target)
                out.update(f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in MODULES)
    out.discard(module)
    return out


def test_module_level_imports_form_no_cycle() -> None:
    graph = {module: module_imports(module, path) for module, path in MODULES.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        stack.append(module)
        for dep in sorted(graph[module]):
            if state.get(dep) == 1:
                cycles.append([*stack[stack.index(dep):], dep])
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    assert cycles == []


def test_learning_draft_and_model_do_not_import_each_other_at_run_time() -> None:
    """The templates both read live in `cleaner.learn.templates`: the draft writer reads
    a model through its public methods and never imports the model's module."""
    draft = ast.parse((PACKAGE / "learn" / "draft.py").read_text(encoding="utf-8"))
    runtime = [n for n in draft.body if isinstance(n, ast.ImportFrom)]
    assert {n.module for n in runtime} >= {"templates"}
    assert "model" not in {n.module for n in runtime}
    assert "cleaner.learn.templates" in module_imports("cleaner.learn.model", MODULES["cleaner.learn.model"])
