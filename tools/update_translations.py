"""Refresh the translation catalogue and build it: ``python tools/update_translations.py``.

1. ``pyside6-lupdate`` collects every ``tr()``, ``QCoreApplication.translate()`` and
   ``QT_TRANSLATE_NOOP()`` string from ``dudao_desktop/**/*.py`` (the generated
   ``ui/forms/ui_*.py`` are skipped: their ``.ui`` sources are scanned instead) and from
   ``forms/*.ui`` into ``resources/translations/dudao_zh_CN.ts`` (existing translations kept);
2. ``pyside6-lrelease`` compiles it to ``dudao_zh_CN.qm``, which the GUI loads.

Translate by editing the ``.ts`` file (Qt Linguist or a text editor: fill ``<translation>``
and remove ``type="unfinished"``), then run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dudao_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> list[str]:
    found = shutil.which(f"pyside6-{name}")
    return [found] if found else [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def sources() -> list[Path]:
    generated = PACKAGE / "ui" / "forms"
    python = [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if not (p.parent == generated and p.name.startswith("ui_")) and "migrations" not in p.parts
    ]
    return python + sorted((ROOT / "forms").glob("*.ui"))


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"dudao_{language}.ts"
        subprocess.run(
            [
                *tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *files,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run([*tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
