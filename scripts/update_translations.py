"""Extract the app's translatable strings into Qt Linguist files and compile them.

    python scripts/update_translations.py           # update resources/i18n/*.ts and *.qm
    python scripts/update_translations.py --check   # exit 1 if anything is stale or untranslated

Every user-visible English string is written once in the code, marked with
`tr(...)`, `N_(...)` or `translate(...)`, and lives in ONE Qt context
("clubcrm") so the GUI (QTranslator + .qm) and the CLI (`clubcrm.i18n`, which
reads the .ts) share each translation. We extract with `ast` instead of
`pyside6-lupdate` because lupdate only knows Qt's `tr`/`translate` and would
file `self.tr` strings under per-class contexts.

Messages are sorted by source text and written with a fixed layout so that a
re-run produces byte-identical files and diffs stay small.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "clubcrm"
I18N_DIR = ROOT / "resources" / "i18n"
CONTEXT = "clubcrm"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("zh_CN", "en")
MARKERS = frozenset({"tr", "N_", "translate"})
# XML 1.0 cannot carry these characters at all, escaped or not.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ExtractionError(Exception):
    """A marked string that cannot become a message (wrong context, XML-illegal text)."""


@dataclass(frozen=True, order=True)
class Location:
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"


@dataclass(frozen=True)
class Translation:
    text: str
    finished: bool


# ---------------------------------------------------------------- extraction


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _source_text(call: ast.Call) -> str | None:
    """The message of a marker call, or None when its first argument is not a literal.

    `QCoreApplication.translate("clubcrm", "Text")` is Qt's two-argument form:
    the first literal is the context, the second the message.
    """
    args = [_literal(arg) for arg in call.args[:2]]
    if _marker_name(call.func) == "translate" and len(args) == 2 and None not in args:
        context, text = args
        if context != CONTEXT:
            raise ExtractionError(f"context {context!r} is not {CONTEXT!r}")
        return text
    return args[0] if args else None


def extract_file(path: Path) -> list[tuple[str, Location]]:
    """Every (message, location) marked in one Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _marker_name(node.func) in MARKERS):
            continue
        location = Location(path, node.lineno)
        try:
            text = _source_text(node)
        except ExtractionError as exc:
            raise ExtractionError(f"{location}: {exc}") from None
        if text is None:
            continue
        if _XML_ILLEGAL.search(text):
            raise ExtractionError(f"{location}: control character in {text!r}")
        found.append((text, location))
    return found


def extract_messages(package_dir: Path = PACKAGE_DIR) -> dict[str, list[Location]]:
    """Every message of the package with where it is used, in source-text order."""
    messages: dict[str, list[Location]] = {}
    for path in sorted(package_dir.rglob("*.py")):
        for text, location in extract_file(path):
            messages.setdefault(text, []).append(location)
    return {text: sorted(messages[text]) for text in sorted(messages)}


# ------------------------------------------------------------------ .ts files


def ts_path(language: str) -> Path:
    return I18N_DIR / f"clubcrm_{language}.ts"


def read_ts(path: Path) -> dict[str, Translation]:
    """The translations of a .ts file by source text; empty if the file does not exist."""
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        node = message.find("translation")
        source = message.findtext("source")
        if source is None or node is None:
            continue
        finished = node.get("type") not in ("unfinished", "obsolete", "vanished")
        translations[source] = Translation(node.text or "", finished)
    return translations


def _escape(text: str) -> str:
    # "\r" would be normalised to "\n" by any XML parser, so it travels as a character reference.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\r", "&#13;")
    )


def _merged(language: str, source: str, existing: dict[str, Translation]) -> Translation:
    """The kept translation, else the source for English, else an unfinished blank."""
    old = existing.get(source)
    if old is not None and old.text:
        return old
    if language == SOURCE_LANGUAGE:
        return Translation(source, finished=True)
    return Translation("", finished=False)


def _message_xml(
    source: str, locations: list[Location], translation: Translation, ts_dir: Path
) -> list[str]:
    # Files only, no line numbers: editing code above a string must not stale the .ts.
    lines = ["    <message>"]
    filenames = sorted({Path(os.path.relpath(loc.path, ts_dir)).as_posix() for loc in locations})
    for filename in filenames:
        lines.append(f'        <location filename="{_escape(filename)}"/>')
    lines.append(f"        <source>{_escape(source)}</source>")
    kind = "" if translation.finished else ' type="unfinished"'
    lines.append(f"        <translation{kind}>{_escape(translation.text)}</translation>")
    lines.append("    </message>")
    return lines


def render_ts(
    language: str, messages: dict[str, list[Location]], existing: dict[str, Translation]
) -> str:
    """The full text of one language's .ts file; messages not in `messages` are dropped."""
    ts_dir = ts_path(language).parent
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for source, locations in messages.items():
        lines += _message_xml(source, locations, _merged(language, source, existing), ts_dir)
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def expected_ts(messages: dict[str, list[Location]]) -> dict[Path, str]:
    """What each .ts file must contain for the given messages, keeping existing translations."""
    return {
        ts_path(language): render_ts(language, messages, read_ts(ts_path(language)))
        for language in LANGUAGES
    }


def unfinished(path: Path) -> list[str]:
    """Source texts in a .ts file that still lack a finished, non-empty translation."""
    return [source for source, t in read_ts(path).items() if not (t.finished and t.text)]


# ------------------------------------------------------------------- compile


def find_lrelease() -> str:
    """`pyside6-lrelease` from PATH, else the `lrelease` shipped inside the PySide6 wheel."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")
    package = Path(spec.origin).parent if spec and spec.origin else None
    bundled = package / ("lrelease.exe" if os.name == "nt" else "lrelease") if package else None
    if bundled is None or not bundled.exists():
        raise FileNotFoundError("neither pyside6-lrelease nor PySide6/lrelease was found")
    return str(bundled)


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile one .ts to .qm; unfinished entries are left out, as the CLI reader does."""
    subprocess.run(
        [find_lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


# ---------------------------------------------------------------------- main


def describe_difference(path: Path, messages: dict[str, list[Location]]) -> list[str]:
    """Human-readable reasons why `path` is not what extraction would write."""
    current = read_ts(path)
    missing = [f"  missing: {t!r} ({messages[t][0]})" for t in messages if t not in current]
    extra = [f"  no longer in the code: {text!r}" for text in current if text not in messages]
    return missing + extra or ["  locations or layout differ"]


def check(messages: dict[str, list[Location]]) -> list[str]:
    """Every problem `--check` reports; empty when the .ts files are up to date and complete."""
    problems = []
    for path, text in expected_ts(messages).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            problems.append(f"{path.relative_to(ROOT)} is stale:")
            problems += describe_difference(path, messages)
    chinese = read_ts(ts_path("zh_CN"))
    for source in messages:
        if not _merged("zh_CN", source, chinese).finished:
            problems.append(f"zh_CN has no finished translation for {source!r}")
    return problems


def update(messages: dict[str, list[Location]]) -> None:
    """Rewrite the .ts files and compile each to a .qm next to it."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for path, text in expected_ts(messages).items():
        path.write_text(text, encoding="utf-8", newline="\n")
        compile_qm(path, path.with_suffix(".qm"))
        todo = len(unfinished(path))
        print(f"{path.relative_to(ROOT)}: {len(messages)} messages, {todo} unfinished")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="report stale or untranslated files; write nothing"
    )
    args = parser.parse_args(argv)
    try:
        messages = extract_messages()
    except ExtractionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not args.check:
        update(messages)
        return 0
    problems = check(messages)
    for problem in problems:
        print(problem)
    if problems:
        print("run: python scripts/update_translations.py (then translate the zh_CN entries)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
