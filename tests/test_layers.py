"""The import graph the architecture promises, read from the source: the core never reaches up, the UI asks the core."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def modules(package: str) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted((ROOT / package).rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported(tree: ast.Module) -> Iterator[tuple[str, list[str], int]]:
    """(module, names, line) of every import, at any depth (imports inside functions count too)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module, [alias.name for alias in node.names], node.lineno


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{line} imports {module}"
            for path, tree in modules(package) for module, _names, line in imported(tree)
            if module.split(".")[0] in forbidden]


@pytest.mark.parametrize("package,forbidden", [
    ("facilitator", ("PySide6", "shiboken6", "ui", "benchmarks", "tools")),
    ("ui", ("benchmarks", "tools")),
])
def test_no_arrow_runs_back_up(package, forbidden):
    assert offenders(package, forbidden) == []


def test_the_wheel_ships_only_the_app():
    """Benchmarks and developer tools (screenshots) stay in the checkout: pyproject's package list leaves them out."""
    import tomllib

    from setuptools import find_packages

    found = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]["find"]
    shipped = find_packages(str(ROOT), include=found["include"], exclude=found.get("exclude", ()))
    assert {"facilitator", "ui", "facilitator.report"} <= set(shipped)
    assert [p for p in shipped if p.split(".")[0] not in {"facilitator", "ui"} or "screenshots" in p] == []


def test_the_rule_sees_an_import_inside_a_function():
    tree = ast.parse("def f():\n    from benchmarks import x\n    import tools.screenshots\n")
    assert [module for module, _names, _line in imported(tree)] == ["benchmarks", "tools.screenshots"]


SQL_CALLS = {"execute", "exec_driver_sql", "scalars", "scalar", "session_scope", "write_session"}


def sql_in(tree: ast.Module) -> list[str]:
    """Query construction or execution: sqlalchemy names beyond `Engine` (handed on, never used), SQL calls."""
    found = []
    for module, names, line in imported(tree):
        if module.startswith("sqlalchemy") and (not names or set(names) - {"Engine"}):
            found.append(f"{line}: from {module} import {', '.join(names) or '*'}")
        if module == "facilitator.store" and {"session_scope", "write_session"} & set(names):
            found.append(f"{line}: a session from {module}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SQL_CALLS:
                found.append(f"{node.lineno}: {name}(…)")
            if name in {"connect", "begin"} and isinstance(func, ast.Attribute) and "engine" in ast.unparse(func.value):
                found.append(f"{node.lineno}: {ast.unparse(func)}(…)")
    return found


def test_the_ui_asks_the_core_for_data():
    """Reads live in facilitator.operations (queries, lookups, capture_reads); the UI only passes the engine on."""
    found = {str(path.relative_to(ROOT)): hits for path, tree in modules("ui") if (hits := sql_in(tree))}
    assert found == {}


def test_the_sql_rule_catches_a_query():
    tree = ast.parse("from sqlalchemy import Engine, select\n"
                     "def rows(engine: Engine):\n"
                     "    with engine.connect() as conn:\n"
                     "        return conn.execute(select(1)).all()\n")
    assert sql_in(tree) == ["1: from sqlalchemy import Engine, select", "3: engine.connect(…)", "4: execute(…)"]
