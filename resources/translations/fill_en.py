"""Fill facilitator_en.ts with the English texts of facilitator_en.json (run after pyside6-lupdate; see README.md)."""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN: dict[str, str] = json.loads((Path(__file__).with_name("facilitator_en.json")).read_text(encoding="utf-8"))


# Module-level code that calls an object's tr (lupdate cannot tell its class): file name → the class.
CONTEXT_OF_FILE = {"controller.py": "Officials"}


def _enclosing_class(source: Path, line: int) -> str | None:
    """The class whose body holds `line` (innermost), i.e. the context `self.tr` uses at run time."""
    best = None
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        inside = isinstance(node, ast.ClassDef) and node.lineno <= line <= (node.end_lineno or node.lineno)
        if inside and (best is None or node.lineno > best.lineno):
            best = node
    return best.name if best else CONTEXT_OF_FILE.get(source.name)


def fix_contexts(tree: ET.ElementTree, ts_path: Path) -> None:
    """Move messages lupdate left without a context (`tr = self.tr; tr(...)`) into their class's context."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    orphans = contexts.get("") or contexts.get(None)
    if orphans is None:
        return
    for message in list(orphans.findall("message")):
        location = message.find("location")
        source = (ts_path.parent / location.get("filename")).resolve()
        name = _enclosing_class(source, int(location.get("line")))
        if name is None:
            continue
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        target = contexts[name]
        if any(m.findtext("source") == message.findtext("source") for m in target.findall("message")):
            orphans.remove(message)  # already there from another call site: keep one entry
            continue
        orphans.remove(message)
        target.append(message)
    if not orphans.findall("message"):
        root.remove(orphans)


def _constant_context_calls(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of translate(NAME, "text") where NAME is a module-level string constant."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Name) and node.args[0].id in constants
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            found.append((constants[node.args[0].id], node.args[1].value, node.lineno))
    return found


def add_constant_contexts(tree: ET.ElementTree, ts_path: Path, ui_dir: Path) -> None:
    """Add what lupdate cannot see: translate(_CONTEXT, "text") with the context held in a module constant."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for path in sorted(ui_dir.rglob("*.py")):
        for context, text, line in _constant_context_calls(path):
            if context not in contexts:
                contexts[context] = ET.SubElement(root, "context")
                ET.SubElement(contexts[context], "name").text = context
            target = contexts[context]
            if any(m.findtext("source") == text for m in target.findall("message")):
                continue
            message = ET.SubElement(target, "message")
            relative = Path("../..") / path.relative_to(ui_dir.parent)
            ET.SubElement(message, "location", filename=relative.as_posix(), line=str(line))
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")


def fill(ts_path: Path) -> list[str]:
    """Write the English texts into the .ts file; returns the sources still untranslated."""
    tree = ET.parse(ts_path)
    fix_contexts(tree, ts_path)
    add_constant_contexts(tree, ts_path, ts_path.resolve().parents[2] / "ui")
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if isinstance(english, (list, tuple)):  # plural forms
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(__file__).with_name("facilitator_en.ts"))
    print("\n".join(f"untranslated: {s!r}" for s in left))
    sys.exit(1 if left else 0)
