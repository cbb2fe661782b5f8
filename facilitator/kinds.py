"""The one vocabulary of kinds (items, sections, genders, languages, reports) and the default grouping threshold:
no imports, so any layer can use it and `facilitator --help` stays light.

The meeting file's JSON Schema repeats these lists as enums (a schema cannot import Python); tests hold
them equal. To add an item kind: add it here (order = sub-heading order of the summary), to the schema's
enum, a label in `facilitator/summary/lang.py`, a style in `ui/kinds.py`, and an Alembic revision for the
database's CHECK constraint.
"""

from __future__ import annotations

# Order is meaningful: the grouped summary prints kind sub-headings in this order.
ITEM_KINDS: tuple[str, ...] = ("strength", "weakness", "proposal", "recommendation", "good_practice", "remark")
# The neutral kind: what is captured before a kind is chosen; a sub-point of this kind carries no label.
NEUTRAL_KIND = "remark"
SECTION_KINDS: tuple[str, ...] = ("area", "theme", "other")
# Sections of this kind ("Inne uwagi") close the summary, whatever their position in the meeting.
CLOSING_SECTION_KIND = "other"
GENDERS: tuple[str, ...] = ("female", "male", "unspecified")
LANGUAGES: tuple[str, ...] = ("pl", "en")
# The office's position on a statement in the consultation report (facilitator.operations.responses), in the order
# the report and the dialog list them (keys 1, 2, 3 in the dialog).
RESPONSE_POSITIONS: tuple[str, ...] = ("accepted", "partly_accepted", "not_accepted")
# Kinds that say the same sort of thing, compared together when looking for recurring statements.
KIND_FAMILY: dict[str, str] = {
    "strength": "strength",
    "good_practice": "strength",
    "weakness": "weakness",
    "proposal": "postulate",
    "recommendation": "postulate",
    "remark": "remark",
}
# The similarity threshold of recurring statements (the "meaning" score) for the report, the CLI and the GUI's first
# use; measured on tests/data/paraphrases.txt (benchmarks/README.md).
DEFAULT_THRESHOLD = 60
REPORT_FORMATS: tuple[str, ...] = ("docx", "pdf", "xlsx")
REPORT_KINDS: tuple[str, ...] = ("consolidated", "consultation")
