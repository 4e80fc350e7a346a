"""The committed translation files match the code and are complete.

Fix any failure here with `python scripts/update_translations.py`, then
translate the new zh_CN entries (Qt Linguist or a text editor) and run it again.
"""

from __future__ import annotations

import importlib.util
import string
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "update_translations.py"
FIX = "run `python scripts/update_translations.py` and translate the new zh_CN entries"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


ut = _load_script()


@pytest.fixture(scope="module")
def messages() -> dict:
    return ut.extract_messages()


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_ts_file_matches_the_code(language: str, messages: dict) -> None:
    """The .ts file is byte for byte what the extractor writes for the current code."""
    path = ut.ts_path(language)
    expected = ut.expected_ts(messages)[path]
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        reasons = "\n".join(ut.describe_difference(path, messages))
        pytest.fail(f"{path.name} is out of date with the code:\n{reasons}\n{FIX}")


def test_every_message_has_a_chinese_translation() -> None:
    """Every zh_CN message has a non-empty translation that is not marked unfinished."""
    missing = ut.unfinished(ut.ts_path("zh_CN"))
    assert not missing, f"untranslated zh_CN messages: {missing}\n{FIX}"


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    """A translation uses exactly the `{placeholder}` names of its source text."""
    wrong = []
    for source, translation in ut.read_ts(ut.ts_path(language)).items():
        try:
            if translation.text and _fields(translation.text) != _fields(source):
                wrong.append(f"{source!r} -> {translation.text!r}")
        except ValueError as exc:  # an unbalanced brace would crash str.format at runtime
            wrong.append(f"{source!r} -> {translation.text!r}: {exc}")
    assert not wrong, "placeholders differ from the source:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_qm_file_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts."""
    ts = ut.ts_path(language)
    fresh = tmp_path / ts.with_suffix(".qm").name
    ut.compile_qm(ts, fresh)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing; {FIX}"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale; {FIX}"
