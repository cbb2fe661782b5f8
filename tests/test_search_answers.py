"""The office's answers are searchable and filterable: justification words find the statement at once (undo too),
`facilitator search --position` lists e.g. every statement not answered yet, in the GUI's order."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator import operations
from facilitator.search import NO_RESPONSE, Filters, search
from tests.test_cli import cli
from tests.test_search import make_meeting

LOKALE = "Brak lokali dla organizacji pozarządowych"
GRANTY = "Za mało informacji o konkursach grantowych"
MAILE = "Nikt nie odpowiada na maile"
WHY = "Zapisano w programie zwiększenie puli lokali użytkowych przekazywanych organizacjom"


@pytest.fixture
def ids(engine) -> dict[str, str]:
    make_meeting(engine, title="Spotkanie A", day=date(2024, 6, 1), items={
        "Polityka lokalowa": [("weakness", LOKALE)], "Inne uwagi": [("remark", MAILE)]})
    make_meeting(engine, title="Spotkanie B", day=date(2024, 6, 8), items={
        "Komunikacja i wsparcie NGO": [("weakness", GRANTY)]})
    return {h.text: h.item_id for h in search(engine, limit=None)}


def texts(hits) -> list[str]:
    return [h.text for h in hits]


@pytest.mark.parametrize("use_index", [True, False])
def test_a_justification_finds_its_statement_at_once_and_undo_takes_it_back(engine, ids, use_index):
    def find(query: str) -> list[str]:
        return texts(search(engine, query, use_index=use_index))

    assert find("puli") == []
    written = operations.set_response(engine, item_ids=[ids[LOKALE]], position="partly_accepted", justification=WHY)
    assert find("puli") == [LOKALE]
    assert find("przekazywanych użytkowych") == [LOKALE]  # every word, in any order
    hit = search(engine, "puli", use_index=use_index)[0]
    assert hit.position == "partly_accepted" and hit.answer == WHY
    assert [hit.answer[s:e] for s, e in hit.answer_highlights] == ["puli"]
    edited = operations.set_response(engine, item_ids=[ids[LOKALE]], justification="Poza zakresem programu",
                                     paragraph="§ 7 ust. 2")
    assert find("puli") == [] and find("zakresem") == [LOKALE] and find("ust") == [LOKALE]
    operations.revert(engine, edited)
    assert find("puli") == [LOKALE] and find("zakresem") == []
    operations.revert(engine, written)
    assert find("puli") == []
    operations.reapply(engine, written)
    assert find("puli") == [LOKALE]
    cleared = operations.clear_response(engine, item_ids=[ids[LOKALE]])
    assert find("puli") == []
    operations.revert(engine, cleared)
    assert find("puli") == [LOKALE]


def test_a_justification_is_found_by_an_inflected_form(engine, ids):
    operations.set_response(engine, item_ids=[ids[GRANTY]], position="accepted",
                            justification="Urząd opublikuje kalendarz konkursów na stronie")
    assert texts(search(engine, "kalendarzu")) == [GRANTY]
    assert texts(search(engine, "kalendarzu", use_index=False)) == [GRANTY]  # the LIKE fallback (PostgreSQL) too
    assert texts(search(engine, "konkursom")) == [GRANTY]  # the statement's own words and the answer's alike


def test_the_position_filter_and_a_justification_query_combine(engine, ids):
    operations.set_response(engine, item_ids=[ids[LOKALE]], position="accepted", justification="Lokale w programie")
    operations.set_response(engine, item_ids=[ids[MAILE]], position="not_accepted", justification="Lokale poza")
    assert texts(search(engine, filters=Filters(response=NO_RESPONSE))) == [GRANTY]
    assert texts(search(engine, "lokale", filters=Filters(response="not_accepted"))) == [MAILE]
    assert sorted(texts(search(engine, "lokale"))) == sorted([LOKALE, MAILE])


def _lines(result) -> list[list[str]]:
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_cli_finds_by_justification_and_filters_by_position_in_the_cores_order(engine, ids, db_path):
    operations.set_response(engine, item_ids=[ids[LOKALE], ids[GRANTY]], position="partly_accepted",
                            justification="Częściowo: zapisano w programie zwiększenie puli")
    operations.set_response(engine, item_ids=[ids[MAILE]], position="not_accepted", justification="Poza programem")
    engine.dispose()
    found = _lines(cli("search", "puli", "--db", str(db_path)))
    assert [r[4] for r in found] == texts(search(engine, "puli", limit=None)) and len(found) == 2
    partly = _lines(cli("search", "programie", "--position", "partly_accepted", "--db", str(db_path)))
    assert sorted(r[4] for r in partly) == sorted([LOKALE, GRANTY])
    rejected = _lines(cli("search", "--position", "not_accepted", "--db", str(db_path)))
    assert rejected == [["2024-06-01", "Spotkanie A", "Inne uwagi", "remark", MAILE]]
    operations.clear_response(engine, item_ids=[ids[GRANTY]])
    engine.dispose()
    unanswered = _lines(cli("search", "--position", "none", "--db", str(db_path)))
    assert [r[4] for r in unanswered] == [GRANTY]
    assert _lines(cli("search", "puli", "--position", "accepted", "--db", str(db_path))) == []


def test_cli_refuses_an_unknown_position_in_one_line(db_path, engine):
    engine.dispose()
    result = cli("search", "x", "--position", "rejected", "--db", str(db_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "rejected" in result.stderr and "not_accepted" in result.stderr
