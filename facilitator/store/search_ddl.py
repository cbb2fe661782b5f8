"""The SQL of the full-text search index (SQLite only): one definition that migrations and facilitator.search import.

`search_fts` is an FTS5 table over a folded copy (lower-case, no diacritics, ł -> l) of each item's text, its
section's title, its tags, its meeting's title and venue, the office's answer to it (justification and programme
paragraph), and the Snowball stems (Polish or English, by the statement's language) of its words and of that
context, so "organizacje pozarządowe" finds "organizacji pozarządowych". Its rowid is `search_doc.docid`.
The triggers queue every item whose entry went stale in `search_queue`, whatever wrote it; `facilitator.search.sync`
folds and stems the queued items in Python before each query.
"""

from __future__ import annotations

# stems: of the statement's words; context: of its section title, tags, meeting title, venue and the office's answer;
# answer: the office's justification and programme paragraph (facilitator.operations.responses).
FTS_COLUMNS = ("body", "section", "tags", "meeting", "stems", "context", "answer")
# bm25 weight of each column, in FTS_COLUMNS order: the statement's own words count most.
FTS_WEIGHTS = (10.0, 1.0, 2.0, 0.2, 5.0, 0.2, 1.0)

FTS_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5({', '.join(FTS_COLUMNS)}, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

_QUEUE = "INSERT OR IGNORE INTO search_queue(item_id)"

ITEM_TRIGGERS: dict[str, str] = {
    "search_item_ai": f"AFTER INSERT ON item BEGIN {_QUEUE} VALUES (NEW.id); END",
    "search_item_au": f"AFTER UPDATE OF id, text, section_id ON item BEGIN {_QUEUE} VALUES (NEW.id); "
                      f"{_QUEUE} VALUES (OLD.id); END",
    "search_item_ad": f"AFTER DELETE ON item BEGIN {_QUEUE} VALUES (OLD.id); END",
    "search_section_au": f"AFTER UPDATE OF title, meeting_id ON section BEGIN "
                         f"{_QUEUE} SELECT id FROM item WHERE section_id = NEW.id; END",
    "search_item_tag_ai": f"AFTER INSERT ON item_tag BEGIN {_QUEUE} VALUES (NEW.item_id); END",
    "search_item_tag_ad": f"AFTER DELETE ON item_tag BEGIN {_QUEUE} VALUES (OLD.item_id); END",
    "search_tag_au": f"AFTER UPDATE OF name ON tag BEGIN "
                     f"{_QUEUE} SELECT item_id FROM item_tag WHERE tag_id = NEW.id; END",
    "search_meeting_au": f"AFTER UPDATE OF title, venue ON meeting BEGIN "
                         f"{_QUEUE} SELECT item.id FROM item JOIN section ON section.id = item.section_id "
                         f"WHERE section.meeting_id = NEW.id; END",
}
# The office's answer is searchable (since revision 0010): writing, editing or taking it back re-indexes the statement.
RESPONSE_TRIGGERS: dict[str, str] = {
    "search_response_ai": f"AFTER INSERT ON item_response BEGIN {_QUEUE} VALUES (NEW.item_id); END",
    "search_response_au": f"AFTER UPDATE OF item_id, justification, paragraph ON item_response BEGIN "
                          f"{_QUEUE} VALUES (NEW.item_id); {_QUEUE} VALUES (OLD.item_id); END",
    "search_response_ad": f"AFTER DELETE ON item_response BEGIN {_QUEUE} VALUES (OLD.item_id); END",
}
TRIGGERS: dict[str, str] = {**ITEM_TRIGGERS, **RESPONSE_TRIGGERS}


def trigger_statements(triggers: dict[str, str] = TRIGGERS) -> tuple[str, ...]:
    """CREATE TRIGGER statements for every queue trigger (IF NOT EXISTS: safe to run again).

    Migrations older than the table a trigger watches pass the triggers of their time (ITEM_TRIGGERS)."""
    return tuple(f"CREATE TRIGGER IF NOT EXISTS {name} {body}" for name, body in triggers.items())


def drop_trigger_statements(triggers: dict[str, str] = TRIGGERS) -> tuple[str, ...]:
    """DROP TRIGGER statements for every queue trigger."""
    return tuple(f"DROP TRIGGER IF EXISTS {name}" for name in triggers)


QUEUE_ALL = f"{_QUEUE} SELECT id FROM item"
