"""The generated form modules match a fresh pyside6-uic run of their .ui files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_build_forms():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = load_build_forms()
FORMS = build_forms.forms()


def test_every_form_has_a_generated_module():
    assert len(FORMS) >= 10
    generated = sorted(p.name for p in build_forms.TARGET.glob("ui_*.py"))
    assert generated == sorted(build_forms.target_for(f).name for f in FORMS)


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_is_fresh(ui_file):
    target = build_forms.target_for(ui_file)
    current = target.read_text(encoding="utf-8")
    assert current.startswith(build_forms.HEADER.format(name=ui_file.name)), (
        f"{target.name} lacks the generated header; run python tools/build_forms.py"
    )
    assert build_forms.comparable(current) == build_forms.comparable(
        build_forms.generate(ui_file)
    ), f"{target.name} is stale: run python tools/build_forms.py"
