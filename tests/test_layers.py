"""Each layer of clubcrm imports only what stands below it (STYLE.md, DESIGN.md section 2).

Every import counts, including those inside functions and under TYPE_CHECKING:
a view typed against an ORM row already depends on the database.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "clubcrm"
HELPERS = ("paths.py", "preferences.py", "i18n.py", "logs.py", "__init__.py")
ENTRY_POINTS = ("clubcrm.app", "clubcrm.cli")
QT_AND_DB = ("PySide6", "sqlalchemy", "alembic", "clubcrm.db")
ABOVE_DB = ("clubcrm.services", "clubcrm.ui")


@dataclass(frozen=True)
class Layer:
    name: str
    paths: tuple[str, ...]  # under clubcrm/: a package folder or a top-level module
    allowed: tuple[str, ...] | None = None  # when set: only the stdlib and these
    forbidden: tuple[str, ...] = ()


LAYERS = (
    Layer("domain", ("domain",), allowed=("clubcrm.domain",)),
    Layer("segmentation", ("segmentation",), forbidden=QT_AND_DB + ABOVE_DB),
    Layer("io", ("io",), forbidden=QT_AND_DB + ABOVE_DB),
    Layer("db", ("db",), allowed=("clubcrm.domain", "clubcrm.db", "sqlalchemy", "alembic")),
    Layer("services", ("services",), forbidden=("PySide6", "clubcrm.ui")),
    Layer("ui", ("ui",), forbidden=("sqlalchemy", "alembic", "clubcrm.db")),
    Layer("cli", ("cli.py", "cli_care.py", "cli_checkin.py", "cli_import.py",
                  "cli_report.py", "cli_segment.py"),
          forbidden=QT_AND_DB + ("clubcrm.ui",)),
    Layer("helpers", HELPERS, forbidden=QT_AND_DB + ABOVE_DB),
)
COMPOSITION_ROOT = "app.py"


def _modules(relative: str) -> list[Path]:
    target = PACKAGE / relative
    if target.is_dir():
        return sorted(target.rglob("*.py"))
    return [target] if target.exists() else []


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def _resolve_from(node: ast.ImportFrom, path: Path) -> str:
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[: len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in a file; `from pkg import mod` yields `pkg.mod`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _resolve_from(node, path)
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                yield node.lineno, submodule if _is_module(submodule) else module


def _matches(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def _breaks(layer: Layer, module: str) -> bool:
    if _matches(module, layer.forbidden + ENTRY_POINTS):
        return True
    if layer.allowed is None:
        return False
    is_stdlib = module.split(".")[0] in sys.stdlib_module_names
    return not is_stdlib and not _matches(module, layer.allowed)


@pytest.mark.parametrize("layer", LAYERS, ids=lambda layer: layer.name)
def test_layer_imports_only_what_stands_below_it(layer: Layer) -> None:
    """No module of the layer imports a package its row of the STYLE.md table forbids."""
    violations = [
        f"{path.relative_to(ROOT).as_posix()}:{line} imports {module}"
        for relative in layer.paths
        for path in _modules(relative)
        for line, module in imports(path)
        if _breaks(layer, module)
    ]
    assert not violations, f"{layer.name} breaks the layering:\n" + "\n".join(violations)


def test_every_module_belongs_to_a_layer() -> None:
    """A new module under clubcrm/ must be placed in a layer here before it can ship."""
    covered = {path for layer in LAYERS for relative in layer.paths for path in _modules(relative)}
    covered.add(PACKAGE / COMPOSITION_ROOT)
    stray = sorted(
        p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py") if p not in covered
    )
    assert not stray, f"give these modules a layer in tests/test_layers.py: {stray}"
