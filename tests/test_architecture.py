"""The architecture: layers/ never imports Qt (checked on the source, at run time and by import-linter), and the
import contracts of pyproject.toml hold (app/ in layers and independent feature folders, layers/ in layers)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy", "app")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_module_under_layers_imports_qt_or_app():
    offenders = []
    files = sorted((ROOT / "layers").rglob("*.py"))
    assert files, "layers/ has no modules"
    for path in files:
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_the_check_detects_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(bad)


def test_importing_every_layers_module_loads_no_qt():
    mods = [".".join(p.relative_to(ROOT).with_suffix("").parts) for p in (ROOT / "layers").rglob("*.py")]
    mods = [m.removesuffix(".__init__") for m in mods]
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# ---- import contracts (pyproject.toml [tool.importlinter], checked by import-linter's lint-imports) -------------
CONTRACT_IDS = {"layers-no-qt", "app-features-independent", "app-layers", "layers-layers"}
FEATURE_FOLDERS = ["app.coverage", "app.export", "app.io", "app.layerlist", "app.map", "app.network",
                   "app.preferences", "app.project", "app.siting", "app.transit"]


def _importlinter_config() -> dict:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def test_the_import_contracts_are_kept():
    """Runs the same check as ``make lint``; its report names every import that breaks a contract."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    assert lint_imports.exists(), "import-linter is missing: pip install -e '.[test]'"
    out = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Contracts: {len(CONTRACT_IDS)} kept, 0 broken." in out.stdout


def test_the_contracts_cover_what_the_architecture_promises():
    config = _importlinter_config()
    contracts = {c["id"]: c for c in config["contracts"]}
    assert set(contracts) == CONTRACT_IDS  # a contract cannot be dropped without this test noticing
    assert config["include_external_packages"] is True  # else a forbidden PySide6 import would go unseen
    no_qt = contracts["layers-no-qt"]
    assert no_qt["source_modules"] == ["layers"]
    assert set(QT_MODULES) <= set(no_qt["forbidden_modules"])  # the same list as the AST check above
    assert sorted(contracts["app-features-independent"]["modules"]) == FEATURE_FOLDERS
    app_layers = contracts["app-layers"]["layers"]
    assert app_layers[:3] == ["app.cli", "app.gui_main", "app.main_window"] and app_layers[-1] == "app.qt_compat"
    assert sorted(m.strip() for m in app_layers[4].split(":")) == FEATURE_FOLDERS
    top = contracts["layers-layers"]["layers"][0]
    assert "layers.commands" in {m.strip() for m in top.replace(":", "|").split("|")}


def _named_in(layers: list[str]) -> set[str]:
    return {m.strip() for line in layers for m in line.replace(":", "|").split("|")}


@pytest.mark.parametrize(("package", "contract"), [("app", "app-layers"), ("layers", "layers-layers")])
def test_every_module_has_its_place_in_the_layers(package: str, contract: str) -> None:
    """A module or folder directly under app/ or layers/ that no layer names escapes the layering unseen."""
    named = _named_in({c["id"]: c for c in _importlinter_config()["contracts"]}[contract]["layers"])
    present = {f"{package}.{p.stem}" for p in (ROOT / package).glob("*.py") if p.stem != "__init__"}
    present |= {f"{package}.{p.parent.name}" for p in (ROOT / package).glob("*/__init__.py")}
    assert present - named == set(), f"add these to the {contract} contract in pyproject.toml"


def test_every_ignored_import_says_when_it_goes():
    """Ignored imports are debts of work in progress: each says what it waits for, so it is removed when that
    lands (none are left now)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    ignored = [c.get("ignore_imports", []) for c in _importlinter_config()["contracts"]]
    lines = [line for line in text.splitlines() if " -> " in line and line.strip().startswith('"')]
    assert len(lines) == sum(len(i) for i in ignored)
    assert all("# until " in line for line in lines), lines


def test_the_tests_mirror_the_source_tree():
    """A test file sits in the folder of what it tests: tests/app/<feature>/ or tests/layers/<package>/ exists
    as app/<feature>/ or layers/<package>/; only the suite-wide checks stay at the top."""
    tests = ROOT / "tests"
    misplaced = [str(path.relative_to(ROOT)) for path in tests.rglob("test_*.py")
                 if path.parent != tests and not (ROOT / path.parent.relative_to(tests)).is_dir()]
    assert not misplaced, misplaced
    top = sorted(path.name for path in tests.glob("test_*.py"))
    assert top == ["test_architecture.py", "test_data_dir_isolation.py"], top


def test_no_module_is_above_about_500_lines():
    """Small modules with names that explain themselves: none in app/ or layers/ above about 500 lines."""
    sizes = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
             for package in ("app", "layers") for path in (ROOT / package).rglob("*.py")}
    assert not {path: n for path, n in sizes.items() if n > 500}


def _package_graph(package: Path) -> dict[str, set[str]]:
    """Which modules of ``package`` import which others (every import: top level, TYPE_CHECKING, in functions)."""
    prefix = ".".join(package.relative_to(ROOT).parts)
    modules = {f"{prefix}.{p.stem}" if p.stem != "__init__" else prefix: p for p in package.glob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt] if nxt in path else [*path, nxt]
            if nxt not in state and (found := visit(nxt, [*path, nxt])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_layers_coverage_has_no_import_circle():
    graph = _package_graph(ROOT / "layers" / "coverage")
    graph.pop("layers.coverage")  # the package's __init__ only re-exports; its modules never import it
    assert all("layers.coverage" not in targets for targets in graph.values())
    assert _cycle(graph) is None, _cycle(graph)


def test_the_circle_check_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
