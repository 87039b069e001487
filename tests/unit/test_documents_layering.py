"""The documents layer only lays out data it is given: importing any of its modules loads
no service (queries), no database code (sessions), no sync and no Qt. The modules are
imported one after another in a fresh interpreter; what each one pulls in shows in
``sys.modules`` right after it."""

from __future__ import annotations

import ast
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import dudao_desktop.documents as documents

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("dudao_desktop.services", "dudao_desktop.db", "dudao_desktop.sync", "PySide6")

PROBE = """
import importlib, json, sys
forbidden, found = tuple(sys.argv[1].split(",")), {}
for name in sys.argv[2:]:
    importlib.import_module(name)
    bad = sorted(m for m in sys.modules if m.startswith(forbidden))
    if bad:
        found[name] = bad
        break
print(json.dumps(found))
"""


def test_no_documents_module_imports_services_or_sessions():
    names = sorted(
        f"dudao_desktop.documents.{m.name}" for m in pkgutil.iter_modules(documents.__path__)
    )
    assert {"dudao_desktop.documents.plan", "dudao_desktop.documents.report_labels"} <= set(names)
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    run = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(FORBIDDEN), *names],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        check=True,
    )
    assert json.loads(run.stdout) == {}


def _runtime_imports(tree: ast.AST) -> list[str]:
    """Modules imported anywhere (also inside functions), except under ``TYPE_CHECKING``."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return
        if isinstance(node, ast.ImportFrom):
            found.append("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_documents_function_imports_services_or_sessions_late():
    """Imports inside functions count too: they would open the same back door."""
    offenders = {}
    for path in sorted(Path(documents.__file__).parent.glob("*.py")):
        names = _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
        bad = [
            n
            for n in names
            if n.startswith(("..services", "..db", "..sync", "dudao_desktop.services"))
            or n.startswith(("dudao_desktop.db", "PySide6"))
        ]
        if bad:
            offenders[path.name] = bad
    assert offenders == {}
