"""Compile every Qt Designer form: forms/X.ui -> dudao_desktop/ui/forms/ui_X.py.

Usage: ``python tools/build_forms.py [forms/X.ui ...]`` (after editing any ``forms/*.ui``;
commit the result; without arguments every form is checked and stale ones rewritten).
``python tools/build_forms.py --check`` exits 1 and names the stale files instead of writing.
Runs ``pyside6-uic`` (installed with PySide6); the generated files are never edited by hand.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "dudao_desktop" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by tools/build_forms.py - do not edit.\n"


def uic_command() -> list[str]:
    tool = shutil.which("pyside6-uic")
    if tool:
        return [tool]
    # Same tool through the interpreter (PySide6 ships it as a module entry point).
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def target_for(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def generate(ui_file: Path) -> str:
    """The text of the generated module for ``ui_file`` (header line included)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
        subprocess.run([*uic_command(), "--from-imports", str(ui_file), "-o", str(out)], check=True)
        body = out.read_text(encoding="utf-8")
    return HEADER.format(name=ui_file.name) + body


def comparable(text: str) -> list[str]:
    """Lines that matter when comparing: no header, no uic version/timestamp comment lines."""
    return [
        line for line in text.splitlines() if not line.startswith("#") and line.strip() not in ("",)
    ]


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("files", nargs="*", type=Path, help="only these .ui files")
    args = parser.parse_args(argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    stale = []
    for ui_file in [f.resolve() for f in args.files] or forms():
        text = generate(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if comparable(current) == comparable(text):
            continue
        stale.append(target)
        if not args.check:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    if args.check and stale:
        print("stale: " + ", ".join(str(p.relative_to(ROOT)) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
