"""Tagging many statements at once (one undo step), nested tag paths, renames of a level, counts per level."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator import operations, tagtree
from facilitator.model import Item, Tag
from facilitator.search import Filters, search
from facilitator.store import session_scope
from tests.test_search import make_meeting


@pytest.fixture
def items(engine):
    make_meeting(engine, title="Pierwsze", day=date(2024, 1, 10), items={"Inne uwagi": [
        ("weakness", "Brak lokali", ["lokale"]), ("weakness", "Brak informacji w BIP"), ("proposal", "Więcej szkoleń")]})
    make_meeting(engine, title="Drugie", day=date(2024, 2, 10), items={"Inne uwagi": [
        ("weakness", "BIP jest nieczytelny"), ("remark", "Dziękujemy")]})
    with engine.connect() as conn:
        return dict(conn.execute(select(Item.text, Item.id)).all())


def tags_of(engine) -> dict[str, list[str]]:
    with session_scope(engine) as s:
        return {i.text: sorted(t.name for t in i.tags) for i in s.scalars(select(Item))}


def tag_names(engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.execute(select(Tag.name)).scalars())


def test_tag_many_statements_at_once_and_undo_redo_in_one_step(engine, items):
    chosen = [items["Brak informacji w BIP"], items["BIP jest nieczytelny"], items["Brak lokali"]]
    changes = operations.tag_items(engine, item_ids=chosen, names=[" Obszar 2 / BIP "])
    assert tag_names(engine) == ["Obszar 2/BIP", "lokale"]
    after = tags_of(engine)
    assert after["Brak informacji w BIP"] == ["Obszar 2/BIP"] and after["BIP jest nieczytelny"] == ["Obszar 2/BIP"]
    assert after["Brak lokali"] == ["Obszar 2/BIP", "lokale"] and after["Dziękujemy"] == []
    assert [c.entity for c in changes] == ["item", "item", "item", "tag"]
    assert texts_found(engine, "Obszar 2") == {"Brak informacji w BIP", "BIP jest nieczytelny", "Brak lokali"}

    operations.revert(engine, changes)
    assert tag_names(engine) == ["lokale"]
    assert tags_of(engine)["Brak lokali"] == ["lokale"] and tags_of(engine)["Brak informacji w BIP"] == []
    operations.reapply(engine, changes)
    assert tags_of(engine) == after


def texts_found(engine, tag: str) -> set[str]:
    return {h.text for h in search(engine, "", filters=Filters(tag=tag))}


def test_tagging_again_changes_nothing_and_unknown_items_are_refused(engine, items):
    ids = [items["Brak lokali"]]
    assert [c.entity for c in operations.tag_items(engine, item_ids=ids, names=["LOKALE"])] == []
    with pytest.raises(operations.OperationError, match="does not exist"):
        operations.tag_items(engine, item_ids=[*ids, "no-such-id"], names=["nowy"])
    with pytest.raises(operations.OperationError, match="cannot be empty"):
        operations.tag_items(engine, item_ids=ids, names=[" / "])
    assert tag_names(engine) == ["lokale"]


def test_renaming_a_level_renames_the_tags_under_it_and_merges_on_collision(engine, items):
    operations.tag_items(engine, item_ids=[items["Brak informacji w BIP"]], names=["Obszar 2/BIP"])
    operations.tag_items(engine, item_ids=[items["Więcej szkoleń"]], names=["Obszar 2/szkolenia"])
    operations.tag_items(engine, item_ids=[items["BIP jest nieczytelny"]], names=["Komunikacja/BIP"])
    changes = operations.rename_tag(engine, path="obszar 2", name="Komunikacja")  # a bare level, any case
    assert tag_names(engine) == ["Komunikacja/BIP", "Komunikacja/szkolenia", "lokale"]
    assert tags_of(engine)["Brak informacji w BIP"] == ["Komunikacja/BIP"]  # merged into the existing tag
    operations.revert(engine, changes)
    assert tag_names(engine) == ["Komunikacja/BIP", "Obszar 2/BIP", "Obszar 2/szkolenia", "lokale"]
    with pytest.raises(operations.OperationError, match="under itself"):
        operations.rename_tag(engine, path="Komunikacja", name="Komunikacja/Nowe")
    with pytest.raises(operations.OperationError, match="no tag is named"):
        operations.rename_tag(engine, path="Nieznany", name="X")


def test_counts_roll_up_the_tree_and_a_parent_filter_takes_its_children(engine, items):
    operations.tag_items(engine, item_ids=[items["Brak informacji w BIP"], items["BIP jest nieczytelny"]],
                         names=["Obszar 2/BIP"])
    operations.tag_items(engine, item_ids=[items["Brak informacji w BIP"], items["Więcej szkoleń"]],
                         names=["Obszar 2/szkolenia"])
    levels = [(c.path, c.depth, c.tag_id is not None, c.items, c.meetings) for c in tagtree.tag_counts(engine)]
    assert levels == [("lokale", 0, True, 1, 1), ("Obszar 2", 0, False, 3, 2), ("Obszar 2/BIP", 1, True, 2, 2),
                      ("Obszar 2/szkolenia", 1, True, 2, 1)]
    assert texts_found(engine, "obszar 2") == {"Brak informacji w BIP", "BIP jest nieczytelny", "Więcej szkoleń"}
    assert texts_found(engine, "Obszar 2/BIP") == {"Brak informacji w BIP", "BIP jest nieczytelny"}
    assert texts_found(engine, "Obszar") == set()  # a level is a whole name, not a prefix
