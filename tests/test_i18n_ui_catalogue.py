"""The UI catalogues (.ts) are what plain lupdate makes of ui/, every message finished, in both languages.

`facilitator_en.ts` holds the English text of every UI string; `facilitator_pl.ts` the Polish forms of the
`%n` plurals (lupdate -pluralonly). Running the recipe of resources/translations/README.md on the committed
tree must change neither file nor the compiled .qm files, and leave no unfinished message.

Only what lupdate can read reaches the catalogue: `self.tr("…")` inside a class, `translate("Context", "…")`
and `QT_TRANSLATE_NOOP("Context", "…")` with literal contexts and texts. A translate/tr call whose text is not
a literal must therefore translate a value marked with QT_TRANSLATE_NOOP in the same context (a module or class
constant, a loop over one, a function returning one, or a parameter that every caller fills with one); a
wrapper such as `def _t(text): return translate("Ctx", text)` hides every string passed to it and is refused,
and so are `tr = self.tr; tr("…")` and a context held in a constant. A literal handed to a Qt text setter
without tr/translate never reaches the catalogue at all and is refused too.
"""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TS = ROOT / "resources" / "translations" / "facilitator_en.ts"
TS_PL = ROOT / "resources" / "translations" / "facilitator_pl.ts"
QM_DIR = ROOT / "ui" / "data" / "translations"
BIN = Path(sys.executable).parent
NOOP = "QT_TRANSLATE_NOOP"
# Plural forms of each catalogue's language (Qt's rules): English one/other, Polish one/few/many.
FORMS = {TS: 2, TS_PL: 3}

# Classes that translate with a context chosen by the subclass (`translate(self.CONTEXT, self.HEADERS[i])`);
# test_rows_table_models_mark_their_headers_in_their_own_context checks every subclass instead.
DYNAMIC_CONTEXT_CLASSES = {"RowsTableModel"}


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _func_name(call: ast.Call) -> str | None:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)


@dataclass
class Call:
    """A call with where it is: the module, the enclosing functions (innermost last) and class."""

    node: ast.Call
    module: Module
    functions: tuple[ast.AST, ...]
    cls: str | None

    @property
    def where(self) -> str:
        return f"{self.module.path.relative_to(ROOT)}:{self.node.lineno}"


@dataclass
class Module:
    """One ui/ source file: its string constants, its NOOP-marked constants and its calls."""

    path: Path
    tree: ast.Module
    strings: dict[str, str] = field(default_factory=dict)  # NAME = "text" at module level
    marked: dict[str, set[str]] = field(default_factory=dict)  # module constant → contexts of its NOOPs
    class_marked: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (class, attribute) → contexts
    class_context: dict[str, str] = field(default_factory=dict)  # class → its CONTEXT = "…"
    calls: list[Call] = field(default_factory=list)

    def context(self, node: ast.expr) -> str | None:
        """A context argument: a literal (lupdate reads nothing else); None for anything else."""
        return _literal(node)

    def noops(self, expr: ast.AST) -> set[str]:
        """Contexts of the QT_TRANSLATE_NOOP calls inside an expression ('?' for an unreadable context)."""
        return {self.context(n.args[0]) or "?" for n in ast.walk(expr)
                if isinstance(n, ast.Call) and _func_name(n) == NOOP and n.args}


def _load(path: Path) -> Module:
    module = Module(path, ast.parse(path.read_text(encoding="utf-8")))
    for node in (n for n in module.tree.body if isinstance(n, ast.Assign | ast.AnnAssign) and n.value is not None):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in (t for t in targets if isinstance(t, ast.Name)):
            if _literal(node.value) is not None:
                module.strings[target.id] = _literal(node.value)
            if contexts := module.noops(node.value):
                module.marked[target.id] = contexts
    for cls in (n for n in ast.walk(module.tree) if isinstance(n, ast.ClassDef)):
        for node in (n for n in cls.body if isinstance(n, ast.Assign)):
            for target in (t for t in node.targets if isinstance(t, ast.Name)):
                if contexts := module.noops(node.value):
                    module.class_marked[(cls.name, target.id)] = contexts
                if target.id == "CONTEXT" and _literal(node.value) is not None:
                    module.class_context[cls.name] = _literal(node.value)
    _collect_calls(module, module.tree, (), None)
    return module


def _collect_calls(module: Module, node: ast.AST, functions: tuple, cls: str | None) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _collect_calls(module, child, functions, child.name)
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            _collect_calls(module, child, (*functions, child), cls)
        else:
            if isinstance(child, ast.Call):
                module.calls.append(Call(child, module, functions, cls))
            _collect_calls(module, child, functions, cls)


@cache
def ui_modules() -> tuple[Module, ...]:
    return tuple(_load(path) for path in sorted(UI.rglob("*.py")))


def translation(call: Call) -> tuple[str | None, ast.expr] | None:
    """(context, text argument) of a tr / translate / QT_TRANSLATE_NOOP call; None for other calls."""
    node, name = call.node, _func_name(call.node)
    if name == "tr" and node.args:
        return (call.cls if _is_self_tr(node) else None), node.args[0]
    if name in ("translate", NOOP) and len(node.args) >= 2:
        return call.module.context(node.args[0]), node.args[1]
    return None


def _is_self_tr(node: ast.Call) -> bool:
    return isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"


def ui_messages() -> set[tuple[str | None, str]]:
    """(context, source text) of every literal tr / translate / QT_TRANSLATE_NOOP in ui/."""
    found = set()
    for call in (c for m in ui_modules() for c in m.calls):
        if (found_call := translation(call)) and _literal(found_call[1]) is not None:
            found.add((found_call[0], _literal(found_call[1])))
    return found


def ui_strings() -> set[str]:
    """Source texts of every literal tr / translate / QT_TRANSLATE_NOOP in ui/."""
    return {text for _context, text in ui_messages()}


# --- non-literal texts: where does the value come from? ---------------------------------------------------


def _returns_marked(module: Module, name: str) -> set[str]:
    """Contexts a module-level function's return values are marked with (`style(kind).label`)."""
    for node in module.tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            returns = [r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
            return set().union(*(_marks(module, r, {}, None, follow_calls=False) for r in returns))
    return set()


def _marks(module: Module, expr: ast.AST, local: dict[str, set[str]], cls: str | None,
           follow_calls: bool = True) -> set[str]:
    """Contexts of the marked values an expression reads: NOOP calls, marked constants and locals."""
    contexts = module.noops(expr)
    for node in ast.walk(expr):
        if isinstance(node, ast.Name):
            contexts |= local.get(node.id, set()) | module.marked.get(node.id, set())
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            contexts |= module.class_marked.get((cls, node.attr), set())
        elif follow_calls and isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            contexts |= _returns_marked(module, node.func.id)
    return contexts


def _local_marks(module: Module, function: ast.AST | None, cls: str | None) -> dict[str, set[str]]:
    """Names bound inside a function from marked values: loop targets over marked constants, assignments."""
    local: dict[str, set[str]] = {}
    if function is None:
        return local
    for _round in range(2):  # a loop over a name marked by an earlier loop
        for node in ast.walk(function):
            if isinstance(node, ast.For | ast.comprehension):
                bound, source = node.target, node.iter
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                bound, source = node.targets[0], node.value
            else:
                continue
            if contexts := _marks(module, source, local, cls):
                for name in (n.id for n in ast.walk(bound) if isinstance(n, ast.Name)):
                    local[name] = local.get(name, set()) | contexts
    return local


def _parameters(function: ast.AST) -> list[str]:
    args = function.args
    return [a.arg for a in (*args.posonlyargs, *args.args)]


def _argument(call: ast.Call, function: ast.AST, param: str) -> ast.expr | None:
    """The expression a call passes for one parameter of `function` (self/cls skipped for method calls)."""
    keyword = next((k.value for k in call.keywords if k.arg == param), None)
    if keyword is not None:
        return keyword
    params = _parameters(function)
    if params and params[0] in ("self", "cls") and isinstance(call.func, ast.Attribute):
        params = params[1:]
    position = params.index(param) if param in params else -1
    return call.args[position] if 0 <= position < len(call.args) else None


def _parameter_problems(call: Call, context: str, param: str) -> list[str]:
    """A translated parameter: the function is no wrapper, and every caller passes a value marked in `context`."""
    function = call.functions[-1]
    others = [p for p in _parameters(function) if p not in ("self", "cls", param)]
    name = getattr(function, "name", "<lambda>")
    if not others:
        return [f"{call.where}: {name}() is a one-argument wrapper around translate: lupdate cannot see its strings"]
    callers = [c for m in ui_modules() for c in m.calls if _func_name(c.node) == name]
    if not callers:
        return [f"{call.where}: nothing calls {name}(), so the strings it translates cannot be checked"]
    problems = []
    for caller in callers:
        value = _argument(caller.node, function, param)
        local = _local_marks(caller.module, caller.functions[-1] if caller.functions else None, caller.cls)
        if value is None or _marks(caller.module, value, local, caller.cls) != {context}:
            problems.append(f"{caller.where}: {name}() translates its '{param}' in context {context!r}; "
                            f"pass QT_TRANSLATE_NOOP({context!r}, …) or a constant marked with it")
    return problems


def _dynamic_problems(call: Call, text: ast.expr) -> list[str]:
    """translate(self.CONTEXT, self.HEADERS[…]) is allowed only in the bases listed in DYNAMIC_CONTEXT_CLASSES."""
    reads_headers = any(isinstance(n, ast.Attribute) and n.attr == "HEADERS" for n in ast.walk(text))
    if call.cls in DYNAMIC_CONTEXT_CLASSES and reads_headers:
        return []
    return [f"{call.where}: the context of this translate call is not a literal"]


def context_problems() -> list[str]:
    """Calls whose context lupdate cannot read: `tr` other than `self.tr` in a class, a context that is no literal."""
    problems = []
    for call in (c for m in ui_modules() for c in m.calls):
        name = _func_name(call.node)
        if name == "tr" and call.node.args and not (_is_self_tr(call.node) and call.cls):
            problems.append(f"{call.where}: write self.tr(\"…\") in a class, or translate(\"Context\", \"…\"): "
                            f"lupdate cannot tell the context of {ast.unparse(call.node.func)}()")
        elif (name in ("translate", NOOP) and len(call.node.args) >= 2 and _literal(call.node.args[0]) is None
              and _literal(call.node.args[1]) is not None):
            problems.append(f"{call.where}: the context must be a literal string for lupdate")
        elif name == "translate" and len(call.node.args) >= 4:
            problems.append(f"{call.where}: lupdate does not mark translate(…, n) as a plural: use self.tr(\"%n …\", "
                            f"\"\", n) in a class, or a count after a colon (\"Spotkania: %1\")")
    return problems


# Qt calls that show their text arguments to the user; a literal there must be translated first.
TEXT_SETTERS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis", "setTitle",
    "setLabelText", "setInformativeText", "setAccessibleName", "setAccessibleDescription", "setTabText",
    "setTabToolTip", "setHeaderLabels", "showMessage", "addAction", "addMenu", "addTab", "insertTab", "addButton",
    "QLabel", "QPushButton", "QAction", "QMenu", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QListWidgetItem", "QTableWidgetItem", "information", "warning", "critical", "question", "getText", "getItem",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
}
WORD = re.compile(r"[^\W\d_]{3,}")
LOGGERS = {"log", "logger", "logging", "_log", "LOG"}


def _untranslated_literals(node: ast.AST):
    """String literals in an argument that no tr/translate call wraps (f-strings: their literal parts)."""
    if isinstance(node, ast.Call) and _func_name(node) in ("tr", "translate", NOOP):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    for child in ast.iter_child_nodes(node):
        yield from _untranslated_literals(child)


def untranslated_literal_problems() -> list[str]:
    """Words handed to a Qt text setter without tr/translate: they never reach either catalogue."""
    problems = []
    for call in (c for m in ui_modules() for c in m.calls):
        node = call.node
        if _func_name(node) not in TEXT_SETTERS:
            continue
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if getattr(owner, "id", None) in LOGGERS or getattr(owner, "attr", None) in LOGGERS:
            continue  # log.warning("…"): the log file, not the user
        shown = node.args[:1] if _func_name(node) == "addItem" else [*node.args, *(k.value for k in node.keywords)]
        for text in (t for arg in shown for t in _untranslated_literals(arg) if WORD.search(t)):
            problems.append(f"{call.where}: {text!r} is shown without tr()/translate(): not in the catalogue")
    return problems


def non_literal_problems() -> list[str]:
    """Every non-literal translation text that does not come from a value marked in the same context."""
    problems = []
    for call in (c for m in ui_modules() for c in m.calls):
        found = translation(call)
        if found is None or _literal(found[1]) is not None:
            continue
        context, text = found
        if _func_name(call.node) == NOOP:
            problems.append(f"{call.where}: QT_TRANSLATE_NOOP needs a literal text")
        elif context is None:
            problems += _dynamic_problems(call, text)
        elif isinstance(text, ast.Name) and call.functions and text.id in _parameters(call.functions[-1]):
            problems += _parameter_problems(call, context, text.id)
        else:
            local = _local_marks(call.module, call.functions[-1] if call.functions else None, call.cls)
            contexts = _marks(call.module, text, local, call.cls)
            if contexts != {context}:
                problems.append(f"{call.where}: {ast.unparse(text)!r} is translated in context {context!r} but is "
                                f"marked in {sorted(contexts) or 'none'}: lupdate cannot extract it")
    return problems


# --- the catalogues ---------------------------------------------------------------------------------------


def _messages(ts: Path = TS) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _forms(message: ET.Element) -> list[str | None]:
    translation = message.find("translation")
    return [f.text for f in translation.findall("numerusform")] or [translation.text]


def _finished(message: ET.Element, ts: Path = TS) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = _forms(message)
    if message.get("numerus") == "yes" and len(forms) != FORMS[ts]:
        return False
    return all(form and form.strip() for form in forms)


def _finished_pairs(ts: Path = TS) -> set[tuple[str, str]]:
    return {(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message") if _finished(m, ts)}


def lupdate_and_lrelease(folder: Path) -> dict[str, Path]:
    """The README's recipe run on copies of the committed catalogues in `folder`: {file name: its new version}."""
    files = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py") if "__pycache__" not in p.parts)
    made = {}
    for ts, extra in ((TS, []), (TS_PL, ["-pluralonly"])):
        copy = folder / ts.name
        shutil.copyfile(ts, copy)
        subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(copy), "-no-obsolete", "-locations", "none",
                        *extra, "-silent"], cwd=ROOT, check=True, capture_output=True, timeout=120)
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(copy), "-qm", str(qm)],
                       check=True, capture_output=True, timeout=120)
        made[ts.name], made[qm.name] = copy, qm
    return made


def test_lupdate_and_lrelease_leave_the_committed_catalogues_unchanged_and_finished(tmp_path):
    made = lupdate_and_lrelease(tmp_path)
    for ts in (TS, TS_PL):
        text = made[ts.name].read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, (ts.name, re.findall(r"<source>(.*?)</source>\s*<translation "
                                                                     r'type="unfinished"', text)[:10])
        assert text == ts.read_text(encoding="utf-8"), f"{ts.name}: run the recipe in resources/translations/README.md"
        qm = ts.with_suffix(".qm").name
        assert made[qm].read_bytes() == (QM_DIR / qm).read_bytes(), f"{qm} is not compiled from {ts.name}"


def test_the_comparison_sees_a_new_ui_string(tmp_path, monkeypatch):
    """The check above can fail: a new string in ui/ makes lupdate add an unfinished message."""
    source = tmp_path / "ui"
    shutil.copytree(UI, source, ignore=shutil.ignore_patterns("__pycache__", "data"))
    (source / "zz_new.py").write_text("from PySide6.QtWidgets import QWidget\n\n\nclass Nowe(QWidget):\n"
                                      "    def f(self, n):\n        return self.tr('Nowy napis'), "
                                      "self.tr('%n nowych', '', n)\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "UI", source)
    made = lupdate_and_lrelease(tmp_path)
    for name in (TS.name, TS_PL.name):
        assert made[name].read_text(encoding="utf-8").count('type="unfinished"') == (2 if name == TS.name else 1)


def test_every_ui_string_has_a_finished_english_translation_in_its_context():
    messages = ui_messages()
    assert len(messages) > 300
    assert sorted(messages - _finished_pairs(), key=str) == []


def test_every_plural_has_finished_english_and_polish_forms():
    english = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(TS).getroot().iter("context")
               for m in c.iter("message") if m.get("numerus") == "yes"}
    polish = _finished_pairs(TS_PL)
    assert len(english) >= 6 and english <= _finished_pairs(TS)
    assert english == polish  # the Polish catalogue holds the plurals and nothing else
    for message in _messages(TS_PL):
        forms = _forms(message)
        assert len(forms) == 3 and all(f.count("%n") == 1 for f in forms), forms


def test_every_call_names_a_context_lupdate_can_read():
    assert context_problems() == []


def test_every_shown_literal_goes_through_the_catalogue():
    assert untranslated_literal_problems() == []


def test_every_non_literal_translation_comes_from_a_value_marked_in_the_same_context():
    assert non_literal_problems() == []


def test_rows_table_models_mark_their_headers_in_their_own_context():
    from ui.models.rows_model import RowsTableModel

    subclasses: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    for module in ui_modules():
        for cls in (n for n in ast.walk(module.tree) if isinstance(n, ast.ClassDef)):
            if any(getattr(b, "id", None) in DYNAMIC_CONTEXT_CLASSES for b in cls.bases):
                importlib.import_module(".".join(module.path.relative_to(ROOT).with_suffix("").parts))
                headers = module.class_marked.get((cls.name, "HEADERS"))
                subclasses[cls.name] = module.class_context.get(cls.name), headers
    assert {"SearchModel", "ImportPlanModel", "ConflictsModel"} <= set(subclasses)
    for name, (context, header_contexts) in subclasses.items():
        assert context and header_contexts == {context}, (name, context, header_contexts)
    finished = _finished_pairs()
    pending = list(RowsTableModel.__subclasses__())
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        assert cls.__name__ in subclasses, cls
        assert cls.HEADERS and all((cls.CONTEXT, h) in finished for h in cls.HEADERS), (cls, cls.CONTEXT)


def test_the_checks_catch_wrappers_aliases_constant_contexts_and_bare_literals(tmp_path, monkeypatch):
    source = (
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication\n"
        "LABELS = {'a': QT_TRANSLATE_NOOP('Other', 'Etykieta')}\n"
        "def _t(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "def label(key):\n    return QCoreApplication.translate('Ctx', LABELS[key])\n"
        "def plain(key):\n    return QCoreApplication.translate('Ctx', key.upper())\n"
        "NAME = _t('Nazwa')\n"
        "_CONTEXT = 'Ctx'\n"
        "class Okno:\n"
        "    def f(self, label):\n"
        "        tr = self.tr\n"
        "        label.setText(tr('Zapisano'))\n"
        "        label.setToolTip(QCoreApplication.translate(_CONTEXT, 'Podpowiedź'))\n"
        "        label.setWindowTitle('Okno bez tłumaczenia')\n"
        "        label.setText(self.tr('Dobrze'))\n"
        "        label.setText(QCoreApplication.translate('Ctx', '%n osób', '', 5))\n"
    )
    (tmp_path / "bad.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "UI", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    ui_modules.cache_clear()
    try:
        problems = non_literal_problems()
        contexts = context_problems()
        bare = untranslated_literal_problems()
    finally:
        ui_modules.cache_clear()
    assert [p.split(":")[1] for p in problems] == ["4", "6", "8"], problems
    assert "one-argument wrapper" in problems[0]
    assert [p.split(":")[1] for p in contexts] == ["14", "15", "18"], contexts
    assert [p.split(":")[1] for p in bare] == ["16"], bare


def test_english_keeps_placeholders_and_accelerators_and_polish_keeps_placeholders():
    for message in _messages():
        source = message.findtext("source")
        english = " ".join(f or "" for f in _forms(message))
        for placeholder in ("%1", "%2", "%3", "%4", "%n", "{0}", "{1}"):
            assert (placeholder in source) == (placeholder in english), (source, english)
        assert source.replace("&&", "").count("&") == english.replace("&&", "").count("&"), (source, english)
        assert not any(ch in english for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"), (source, english)
    for message in _messages(TS_PL):
        source = message.findtext("source")
        for form in _forms(message):
            for placeholder in ("%1", "%2", "%n", "&"):
                assert source.count(placeholder) == form.count(placeholder), (source, form)
