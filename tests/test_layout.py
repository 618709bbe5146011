"""The layout keeps holding: the core never imports the web service, and functions and
modules stay small enough to read."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("classifier", "service")
MAX_FUNCTION_LINES = 80
MAX_MODULE_LINES = 400


def modules(*packages: str) -> list[Path]:
    found = sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))
    assert found, f"no modules found under {packages}"
    return found


def core_modules() -> list[Path]:
    """Everything in ``classifier`` except the command line, which may use the service."""
    return [p for p in modules("classifier") if "cli" not in p.relative_to(ROOT / "classifier").parts]


def imported_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_the_core_never_imports_the_service():
    core = core_modules()
    assert len(core) >= 20
    offenders = {}
    for path in core:
        names = imported_names(ast.parse(path.read_text(encoding="utf-8")))
        bad = sorted(n for n in names if n == "service" or n.startswith("service."))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert not offenders, offenders


def test_the_command_line_is_where_the_service_is_used():
    """The rule above is not vacuous: the walker does find the CLI's service imports."""
    cli = [p for p in modules("classifier") if "cli" in p.relative_to(ROOT / "classifier").parts]
    names = set().union(*(imported_names(ast.parse(p.read_text(encoding="utf-8"))) for p in cli))
    assert "service.server" in names


@pytest.mark.parametrize("path", modules(*PACKAGES), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_and_function_sizes(path):
    source = path.read_text(encoding="utf-8")
    lines = source.count("\n") + (not source.endswith("\n") and bool(source))
    assert lines <= MAX_MODULE_LINES, f"{path.name} has {lines} lines (at most {MAX_MODULE_LINES})"
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
            for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines in {path.name}: {long}"
