"""The SQL of the full-text search index: one definition that migrations and facilitator.search import.

`search_fts` is an FTS5 table over a folded copy (lower-case, no diacritics, ł -> l) of each item's text, its
section's title, its tags, its meeting's title and venue, the office's answer to it (justification and programme
paragraph), and the Snowball stems (Polish or English, by the statement's language) of its words and of that
context, so "organizacje pozarządowe" finds "organizacji pozarządowych". Its rowid is `search_doc.docid`.
On PostgreSQL the same folded columns and stems are stored in `search_entry` (one row per item, filled by the
same Python code): the tokens of the text columns and of the stem columns as two `tsvector`s under GIN indexes,
which answer the same prefix and stem matches, and the folded columns themselves, from which facilitator.search
ranks the matches with FTS5's own bm25, so both databases return the same statements in the same order.
The triggers queue every item whose entry went stale in `search_queue`, whatever wrote it; `facilitator.search.sync`
folds and stems the queued items in Python before each query.
"""

from __future__ import annotations

# stems: of the statement's words; context: of its section title, tags, meeting title, venue and the office's answer;
# answer: the office's justification and programme paragraph (facilitator.operations.responses).
FTS_COLUMNS = ("body", "section", "tags", "meeting", "stems", "context", "answer")
TEXT_COLUMNS = ("body", "section", "tags", "meeting", "answer")  # a query word matches as a prefix of one of their words
STEM_COLUMNS = ("stems", "context")  # a query word's stem matches one of their words exactly
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


# --- PostgreSQL -----------------------------------------------------------------------------------------------------

PG_TABLE = (
    "CREATE TABLE IF NOT EXISTS search_entry ("
    "item_id VARCHAR(36) PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE, "
    "fields TEXT[] NOT NULL, "  # the FTS_COLUMNS values, folded, in that order
    "words TSVECTOR NOT NULL, "  # the tokens of the TEXT_COLUMNS
    "stems TSVECTOR NOT NULL, "  # the tokens of the STEM_COLUMNS
    "tokens INTEGER NOT NULL)"  # how many tokens the entry has in all (bm25's document length)
)
PG_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_search_entry_words ON search_entry USING gin (words)",
    "CREATE INDEX IF NOT EXISTS ix_search_entry_stems ON search_entry USING gin (stems)",
)
_PG_QUEUE = "INSERT INTO search_queue(item_id) {rows} ON CONFLICT DO NOTHING"
# (function, table, events, body): one trigger function per table, the same events as the SQLite triggers.
PG_ITEM_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("search_item", "item", "INSERT OR UPDATE OF id, text, section_id OR DELETE",
     "IF TG_OP <> 'DELETE' THEN " + _PG_QUEUE.format(rows="VALUES (NEW.id)") + "; END IF; "
     "IF TG_OP <> 'INSERT' THEN " + _PG_QUEUE.format(rows="VALUES (OLD.id)") + "; END IF;"),
    ("search_section", "section", "UPDATE OF title, meeting_id",
     _PG_QUEUE.format(rows="SELECT id FROM item WHERE section_id = NEW.id") + ";"),
    ("search_item_tag", "item_tag", "INSERT OR DELETE",
     "IF TG_OP = 'INSERT' THEN " + _PG_QUEUE.format(rows="VALUES (NEW.item_id)") + "; "
     "ELSE " + _PG_QUEUE.format(rows="VALUES (OLD.item_id)") + "; END IF;"),
    ("search_tag", "tag", "UPDATE OF name",
     _PG_QUEUE.format(rows="SELECT item_id FROM item_tag WHERE tag_id = NEW.id") + ";"),
    ("search_meeting", "meeting", "UPDATE OF title, venue",
     _PG_QUEUE.format(rows="SELECT item.id FROM item JOIN section ON section.id = item.section_id "
                           "WHERE section.meeting_id = NEW.id") + ";"),
)
# Since revision 0010 (the office's answer is indexed), as RESPONSE_TRIGGERS.
PG_RESPONSE_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("search_response", "item_response", "INSERT OR UPDATE OF item_id, justification, paragraph OR DELETE",
     "IF TG_OP <> 'DELETE' THEN " + _PG_QUEUE.format(rows="VALUES (NEW.item_id)") + "; END IF; "
     "IF TG_OP <> 'INSERT' THEN " + _PG_QUEUE.format(rows="VALUES (OLD.item_id)") + "; END IF;"),
)
PG_TRIGGERS = (*PG_ITEM_TRIGGERS, *PG_RESPONSE_TRIGGERS)
PG_QUEUE_ALL = _PG_QUEUE.format(rows="SELECT id FROM item")


def pg_statements(triggers: tuple[tuple[str, str, str, str], ...] = PG_TRIGGERS) -> tuple[str, ...]:
    """PostgreSQL: the index table, its GIN indexes, the queue trigger functions and triggers (safe to run again).

    Migrations older than the table a trigger watches pass the triggers of their time (PG_ITEM_TRIGGERS)."""
    statements = [PG_TABLE, *PG_INDEXES]
    for name, target, events, body in triggers:
        statements.append(f"CREATE OR REPLACE FUNCTION {name}_queue() RETURNS trigger LANGUAGE plpgsql AS "
                          f"$$ BEGIN {body} RETURN NULL; END $$")
        statements.append(f"DROP TRIGGER IF EXISTS {name}_queue ON {target}")
        statements.append(f"CREATE TRIGGER {name}_queue AFTER {events} ON {target} "
                          f"FOR EACH ROW EXECUTE FUNCTION {name}_queue()")
    return tuple(statements)


def pg_drop_statements() -> tuple[str, ...]:
    """PostgreSQL: everything pg_statements() made, dropped."""
    drops = [f"DROP TRIGGER IF EXISTS {name}_queue ON {target}" for name, target, _, _ in PG_TRIGGERS]
    drops += [f"DROP FUNCTION IF EXISTS {name}_queue()" for name, _, _, _ in PG_TRIGGERS]
    return (*drops, "DROP TABLE IF EXISTS search_entry")
