"""Functions longer than a limit (default 75 lines), longest first.

    python scripts/long_functions.py [--limit 75] [PATH ...]

Counts the lines from ``def`` to the function's last line (docstring and comments
included), for every function and method under the given paths (default: aligner/).
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def long_functions(paths: list[Path], limit: int) -> list[tuple[int, str, str]]:
    """(lines, "file:line", qualified name) of each function over ``limit`` lines."""
    out = []
    for base in paths:
        for path in sorted(base.rglob("*.py") if base.is_dir() else [base]):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            stack: list[tuple[ast.AST, str]] = [(tree, "")]
            while stack:
                node, prefix = stack.pop()
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                        name = f"{prefix}{child.name}"
                        if not isinstance(child, ast.ClassDef):
                            n = (child.end_lineno or child.lineno) - child.lineno + 1
                            if n > limit:
                                where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{child.lineno}"
                                out.append((n, where, name))
                        stack.append((child, name + "."))
    return sorted(out, key=lambda r: (-r[0], r[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=75)
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "aligner"])
    args = ap.parse_args()
    rows = long_functions([p.resolve() for p in args.paths], args.limit)
    print(f"{'lines':>5}  {'where':44} function")
    for n, where, name in rows:
        print(f"{n:>5}  {where:44} {name}")
    print(f"{len(rows)} functions over {args.limit} lines")


if __name__ == "__main__":
    main()
