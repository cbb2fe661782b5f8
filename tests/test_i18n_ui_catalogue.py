"""The English UI catalogue (.ts) covers every string the UI marks for translation, all finished."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "facilitator_en.ts"
QM = ROOT / "resources" / "translations" / "facilitator_en.qm"


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def ui_strings() -> set[str]:
    """Source texts of tr(...) / x.tr(...) / translate(ctx, text) / QT_TRANSLATE_NOOP(ctx, text) calls in ui/."""
    found: set[str] = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name == "tr" and node.args:
                text = _literal(node.args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                text = _literal(node.args[1])
            else:
                continue
            if text is not None:
                found.add(text)
    return found


def _messages() -> list[ET.Element]:
    return list(ET.parse(TS).getroot().iter("message"))


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
    return all(form and form.strip() for form in forms)


def test_every_ui_string_has_a_finished_english_translation():
    strings = ui_strings()
    assert len(strings) > 300
    translated = {m.findtext("source") for m in _messages() if _finished(m)}
    assert sorted(strings - translated) == []


def test_the_catalogue_has_no_unfinished_or_empty_entries_and_every_entry_has_a_context():
    for context in ET.parse(TS).getroot().iter("context"):
        assert context.findtext("name"), [m.findtext("source") for m in context.iter("message")][:5]
    unfinished = [m.findtext("source") for m in _messages() if not _finished(m)]
    assert unfinished == []


def test_english_keeps_placeholders_and_accelerators():
    for message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        english = " ".join(f.text for f in forms) if forms else translation.text
        for placeholder in ("%1", "%2", "%3", "%4", "%n"):
            assert (placeholder in source) == (placeholder in english), (source, english)
        assert source.replace("&&", "").count("&") == english.replace("&&", "").count("&"), (source, english)
        assert not any(ch in english for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"), (source, english)
