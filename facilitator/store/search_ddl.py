"""The SQL of the full-text search index: one definition that migrations and facilitator.search import.

`search_fts` is an FTS5 table over a folded copy (lower-case, no diacritics, ł -> l) of each item's text, its
section's title, its tags, its meeting's title and venue, the office's answer to it (justification and programme
paragraph), and the Snowball stems (Polish or English, by the statement's language) of its words and of that
context, so "organizacje pozarządowe" finds "organizacji pozarządowych". Its rowid is `search_doc.docid`.
On PostgreSQL (since revision 0012) the same folded columns and stems, tokenised by the same Python code, are
stored as postings: `search_entry` holds one row per item (its `docid` and its length in tokens, bm25's document
length) and `search_term` one row per distinct token of an item (a word of the text columns, or a space and a word
of the stem columns) with its occurrences weighted as FTS5 sums them. A B-tree in the "C" collation finds a prefix
or a stem's postings; facilitator.search_pg ranks them with FTS5's own bm25, so both databases return the same
statements in the same order.
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

STEM_MARK = " "  # search_term: a stem-column token is stored after a space (no word contains one)


def _tails(columns: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A kind of token's columns, in FTS5's order, split where the weights stop being whole numbers: FTS5 adds a
    column weight for each occurrence, column by column, so the whole-number part is exact in any order (`lead`)
    while the rest must be added one occurrence at a time, in column order (`tail1`, `tail2`)."""
    ordered = tuple(c for c in FTS_COLUMNS if c in columns)
    weights = dict(zip(FTS_COLUMNS, FTS_WEIGHTS, strict=True))
    cut = next((n for n, c in enumerate(ordered) if not float(weights[c]).is_integer()), len(ordered))
    assert len(ordered) - cut <= 2, "search_term keeps two tail columns"
    return ordered[:cut], ordered[cut:]


TEXT_LEAD, TEXT_TAILS = _tails(TEXT_COLUMNS)  # body, section, tags | meeting (0.2), answer (1.0)
STEM_LEAD, STEM_TAILS = _tails(STEM_COLUMNS)  # stems | context (0.2)

PG_SEQUENCE = "CREATE SEQUENCE IF NOT EXISTS search_docid AS bigint"
PG_TABLE = (
    "CREATE TABLE IF NOT EXISTS search_entry ("
    "item_id VARCHAR(36) PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE, "
    "docid BIGINT NOT NULL DEFAULT nextval('search_docid') UNIQUE, "  # new each time the item is indexed
    "tokens INTEGER NOT NULL)"  # how many tokens the entry has in all (bm25's document length)
)
PG_TERMS = (
    "CREATE TABLE IF NOT EXISTS search_term ("
    "docid BIGINT NOT NULL, "  # search_entry.docid
    'token TEXT COLLATE "C" NOT NULL, '  # at most _LEXEME characters; a stem-column token after STEM_MARK
    "lead INTEGER NOT NULL, "  # sum of weight x occurrences over the whole-number-weighted columns
    "tail1 INTEGER NOT NULL, "  # occurrences in the first column after them (TEXT_TAILS / STEM_TAILS)
    "tail2 INTEGER NOT NULL, "  # occurrences in the second
    "length INTEGER NOT NULL)"  # search_entry.tokens, repeated so ranking reads the postings alone
)
PG_INDEXES = (
    ("CREATE INDEX IF NOT EXISTS ix_search_term_token ON search_term (token) "
     "INCLUDE (docid, lead, tail1, tail2, length)"),
    "CREATE INDEX IF NOT EXISTS ix_search_term_docid ON search_term (docid)",
)
# An entry deleted (re-indexed, or its item deleted: ON DELETE CASCADE) takes its postings with it.
PG_ENTRY_TRIGGER = (
    ("CREATE OR REPLACE FUNCTION search_entry_gone() RETURNS trigger LANGUAGE plpgsql AS "
     "$$ BEGIN DELETE FROM search_term WHERE docid = OLD.docid; RETURN NULL; END $$"),
    "DROP TRIGGER IF EXISTS search_entry_gone ON search_entry",
    "CREATE TRIGGER search_entry_gone AFTER DELETE ON search_entry FOR EACH ROW EXECUTE FUNCTION search_entry_gone()",
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
    statements = [PG_SEQUENCE, PG_TABLE, PG_TERMS, *PG_INDEXES, *PG_ENTRY_TRIGGER]
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
    return (*drops, "DROP TABLE IF EXISTS search_term", "DROP TABLE IF EXISTS search_entry",
            "DROP FUNCTION IF EXISTS search_entry_gone()", "DROP SEQUENCE IF EXISTS search_docid")
