"""One vocabulary of kinds (facilitator.kinds): the schema agrees with it and no module keeps its own copy."""

from __future__ import annotations

import json
import re
from pathlib import Path

from facilitator import kinds
from facilitator.meetingfile import quickcheck
from facilitator.meetingfile.validation import SCHEMA_FILE
from facilitator.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_the_json_schema_enums_are_the_vocabulary() -> None:
    schema = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert defs["item"]["properties"]["kind"]["enum"] == list(kinds.ITEM_KINDS)
    assert defs["section"]["properties"]["kind"]["enum"] == [*kinds.SECTION_KINDS, None]
    assert defs["participant"]["properties"]["gender"]["enum"] == [*kinds.GENDERS, None]
    assert defs["meeting"]["properties"]["language"]["enum"] == [*kinds.LANGUAGES, None]


def test_every_layer_uses_the_same_tuples() -> None:
    import importlib

    from facilitator import model, recurring
    from facilitator.operations import validate
    from facilitator.report import data

    build = importlib.import_module("facilitator.summary.build")

    assert model.ITEM_KINDS is quickcheck.ITEM_KINDS is build.KIND_ORDER is data.KIND_ORDER is kinds.ITEM_KINDS
    assert validate.SECTION_KINDS is model.SECTION_KINDS is kinds.SECTION_KINDS
    assert recurring.KIND_FAMILY is kinds.KIND_FAMILY and set(kinds.KIND_FAMILY) == set(kinds.ITEM_KINDS)
    assert kinds.NEUTRAL_KIND in kinds.ITEM_KINDS and kinds.CLOSING_SECTION_KIND in kinds.SECTION_KINDS


def test_the_vocabulary_module_imports_nothing() -> None:
    source = (ROOT / "facilitator" / "kinds.py").read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if re.match(r"\s*(import|from)\s", line)]
    assert imports == ["from __future__ import annotations"]


def test_no_module_spells_out_the_kinds_again() -> None:
    """A second literal list of the item kinds is a bug waiting for the next kind."""
    literal = re.compile(r"[\"']strength[\"'],\s*[\"']weakness[\"'],\s*[\"']proposal[\"']")
    sources = [path for folder in ("facilitator", "ui") for path in (ROOT / folder).rglob("*.py")
               if "migrations" not in path.parts and path != ROOT / "facilitator" / "kinds.py"]
    assert len(sources) > 50
    copies = [str(path.relative_to(ROOT)) for path in sources if literal.search(path.read_text(encoding="utf-8"))]
    assert copies == []
