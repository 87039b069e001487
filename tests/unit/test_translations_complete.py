"""Every user-visible string of the code and the forms has a Simplified Chinese translation."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

from defusedxml import ElementTree

from dudao_desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "dudao_zh_CN.ts"


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_fresh_lupdate_finds_nothing_untranslated(tmp_path):
    tool = load_tool()
    copy = tmp_path / "dudao_zh_CN.ts"
    shutil.copy(CATALOGUE, copy)
    files = [str(p.relative_to(ROOT)) for p in tool.sources()]
    subprocess.run(
        [*tool.tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(copy)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    root = ElementTree.parse(copy).getroot()
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], f"{len(missing)} strings lack a zh_CN translation"
    assert len(list(root.iter("message"))) > 1000


def test_placeholders_survive_translation():
    for (context, source), text in i18n.catalogue("zh_CN").items():
        for placeholder in ("{", "%n", "%1"):
            assert source.count(placeholder) == text.count(placeholder), (context, source)


def test_documents_and_errors_translate_outside_qt():
    assert i18n.translate("Errors", "row {0}", "zh_CN") != "row {0}"
    assert i18n.translate("Errors", "row {0}", "en") == "row {0}"
