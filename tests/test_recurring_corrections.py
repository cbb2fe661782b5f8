"""An official's corrections of recurring groups: add, remove, merge, split, rename, move across areas; undo; reports."""

from __future__ import annotations

import re
from datetime import date

import pytest

from facilitator.operations import (
    OperationError,
    forget_group,
    join_group,
    move_group,
    rename_group,
    revert,
    split_group,
)
from facilitator.recurring import find_groups, find_overview
from facilitator.render import render_docx, render_pdf
from facilitator.render.xlsx import render_xlsx
from facilitator.report import ReportOptions, build_from, load
from tests.test_search import make_meeting

LOKALE = "Brak lokali dla organizacji pozarządowych"
LOCAL, NGO, POLICY = "Polityka lokalowa", "Komunikacja i wsparcie NGO", "Tworzenie polityk publicznych"


@pytest.fixture
def ids(engine) -> dict[str, str]:
    make_meeting(engine, title="Spotkanie A", day=date(2018, 6, 1), items={
        LOCAL: [("weakness", LOKALE)], NGO: [("weakness", "Za mało informacji o konkursach grantowych")]})
    make_meeting(engine, title="Spotkanie B", day=date(2018, 6, 8), items={
        LOCAL: [("weakness", LOKALE)], NGO: [("weakness", "Za mało informacji o konkursach grantowych"),
                                             ("weakness", "Nikt nie odpowiada na maile w urzędzie")]})
    make_meeting(engine, title="Spotkanie C", day=date(2018, 6, 15), items={
        POLICY: [("weakness", LOKALE)], LOCAL: [("weakness", "Trudno znaleźć salę na zebranie")]})
    data = load(engine, ReportOptions())
    return {f"{s.meeting_id}|{s.section_title}|{s.text}": s.item_id for s in data.statements} | {
        "sala": next(s.item_id for s in data.statements if s.text.startswith("Trudno")),
        "maile": next(s.item_id for s in data.statements if s.text.startswith("Nikt")),
        "policy": next(s.item_id for s in data.statements if s.section_title == POLICY)}


def group_with(engine, item_id: str, **kwargs):
    return next((g for g in find_groups(engine, **kwargs) if item_id in {m.item_id for m in g.members}), None)


def lokale(engine, **kwargs):
    return next(g for g in find_groups(engine, **kwargs) if g.representative.text == LOKALE)


def member_ids(group) -> set[str]:
    return {m.item_id for m in group.members}


def test_a_statement_in_no_group_is_added_even_from_another_area_and_undone(engine, ids):
    _groups, alone = find_overview(engine)
    assert {m.item_id for m in alone} >= {ids["sala"], ids["maile"], ids["policy"]}
    group = lokale(engine)
    changes = join_group(engine, item_ids=[ids["maile"]], into_ids=[m.item_id for m in group.members], area=group.area)
    joined = lokale(engine)
    assert ids["maile"] in member_ids(joined) and joined.confirmed and joined.area == LOCAL
    assert joined.meetings == 2 and len(joined.members) == 3
    assert ids["maile"] not in {m.item_id for m in find_overview(engine)[1]}
    revert(engine, changes)
    assert member_ids(lokale(engine)) == member_ids(group) and not lokale(engine).confirmed


def test_remove_takes_a_statement_out_with_its_label_and_is_undone(engine, ids):
    group = lokale(engine)
    join_group(engine, item_ids=[ids["sala"]], into_ids=[m.item_id for m in group.members], area=LOCAL)
    rename_group(engine, item_ids=[*member_ids(group), ids["sala"]], heading="Lokale dla NGO")
    removed = split_group(engine, item_ids=[ids["sala"]], from_ids=[*member_ids(group), ids["sala"]])
    assert ids["sala"] not in member_ids(lokale(engine)) and lokale(engine).heading == "Lokale dla NGO"
    assert any(c.entity == "recurring_label" and c.id == ids["sala"] and c.after is None for c in removed)
    revert(engine, removed)
    assert ids["sala"] in member_ids(lokale(engine))


def test_merge_and_split_groups(engine, ids):
    konkursy = group_with(engine, next(v for k, v in ids.items() if "konkursach" in k))
    group = lokale(engine)
    merged = join_group(engine, item_ids=list(member_ids(konkursy)), into_ids=list(member_ids(group)),
                        area=group.area)
    one = lokale(engine)
    assert member_ids(one) == member_ids(group) | member_ids(konkursy) and one.area == LOCAL
    assert len(find_groups(engine)) == 1
    split = split_group(engine, item_ids=list(member_ids(konkursy)), from_ids=list(member_ids(one)))
    assert member_ids(lokale(engine)) == member_ids(group)
    assert group_with(engine, next(iter(member_ids(konkursy)))).area == NGO  # back in its own area
    revert(engine, split)
    revert(engine, merged)
    assert len(find_groups(engine)) == 2


def test_a_heading_survives_regrouping_and_is_undone(engine, ids):
    group = lokale(engine)
    changes = rename_group(engine, item_ids=list(member_ids(group)), heading="  Brak  lokali dla NGO ")
    assert lokale(engine).heading == "Brak lokali dla NGO"  # whitespace tidied
    assert lokale(engine, threshold=100).heading == "Brak lokali dla NGO"  # another threshold, same statements
    across = group_with(engine, ids["policy"], same_area=False)
    assert across.heading == "Brak lokali dla NGO" and ids["policy"] in member_ids(across)
    assert rename_group(engine, item_ids=list(member_ids(group)), heading="Brak lokali dla NGO") == ()
    revert(engine, changes)
    assert lokale(engine).heading == LOKALE and lokale(engine).heading_override is None
    with pytest.raises(OperationError, match="too long"):
        rename_group(engine, item_ids=list(member_ids(group)), heading="x" * 3000)


def test_moving_a_group_to_another_area_and_back(engine, ids):
    group = lokale(engine)
    moved = move_group(engine, item_ids=list(member_ids(group)), area=NGO)
    assert lokale(engine).area == NGO and member_ids(lokale(engine)) == member_ids(group)
    assert move_group(engine, item_ids=list(member_ids(group)), area=LOCAL)  # back home: the labels go
    assert lokale(engine).area == LOCAL and lokale(engine).area_override is None
    revert(engine, moved)  # (undo of the first move over the second: its own snapshot)
    forget = forget_group(engine, item_ids=list(member_ids(group)))
    assert lokale(engine).area == LOCAL
    revert(engine, forget)


def test_groups_form_within_an_area_unless_compared_across(engine, ids):
    assert ids["policy"] not in member_ids(lokale(engine))
    across = group_with(engine, ids["policy"], same_area=False)
    assert member_ids(across) == member_ids(lokale(engine)) | {ids["policy"]} and across.area == LOCAL
    data = load(engine, ReportOptions(across_areas=True))
    assert data.group_of[ids["policy"]] == 1 and data.group_area[ids["policy"]] == LOCAL
    assert POLICY not in [title for title, _ in data.areas()]  # its only statement is reported with its group


def _area_of_line(text: str, line: str, areas: list[str]) -> str:
    """The area heading that last precedes `line` in the document's text."""
    at = text.index(line)
    return max((text.rfind(a, 0, at), a) for a in areas)[1]


@pytest.fixture
def corrected(engine, ids):
    group = lokale(engine)
    join_group(engine, item_ids=[ids["maile"]], into_ids=list(member_ids(group)), area=group.area)
    everyone = [*member_ids(group), ids["maile"]]
    rename_group(engine, item_ids=everyone, heading="Lokale i kontakt z urzędem")
    move_group(engine, item_ids=everyone, area=POLICY)
    return load(engine, ReportOptions())


def test_corrections_are_in_the_docx_and_pdf(corrected, tmp_path):
    import docx
    from pypdf import PdfReader

    render_docx(build_from(corrected), tmp_path / "r.docx")
    render_pdf(build_from(corrected), tmp_path / "r.pdf")
    docx_text = "\n".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    pdf_text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages))
    for text in (docx_text, pdf_text):
        assert "Lokale i kontakt z urzędem (" in text  # the official's heading, with the counts
        assert "Nikt nie odpowiada na maile w urzędzie (" in text  # the added member, in its own words
        areas = [f"\n{a}\n" if text is docx_text else a for a in (LOCAL, NGO, POLICY)]
        assert _area_of_line(text, "Lokale i kontakt z urzędem", areas).strip() == POLICY


def test_corrections_are_in_the_xlsx(corrected, tmp_path):
    from openpyxl import load_workbook

    render_xlsx(corrected, tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx")["Wypowiedzi"]
    header = [c.value for c in sheet[1]]
    assert header[-2:] == ["Obszar", "Nagłówek grupy"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    grouped = [(r[7], r[10], r[12], r[11]) for r in rows if r[10]]
    assert sorted(grouped) == sorted([  # moved into its area, the group took in that area's own "Brak lokali …"
        *[(LOKALE, "G1", "Lokale i kontakt z urzędem", POLICY)] * 3,
        ("Nikt nie odpowiada na maile w urzędzie", "G1", "Lokale i kontakt z urzędem", POLICY),
        ("Za mało informacji o konkursach grantowych", "G2", "Za mało informacji o konkursach grantowych", NGO),
        ("Za mało informacji o konkursach grantowych", "G2", "Za mało informacji o konkursach grantowych", NGO)])
    counts = {row[0].value: row[-1].value for row in load_workbook(tmp_path / "r.xlsx").worksheets[1].iter_rows(
        min_row=2)}
    assert counts[POLICY] == 4 and counts[LOCAL] == 1  # the moved group's statements are counted where it is


def test_recurring_cli_compares_across_areas_on_request(engine, ids, db_path, capsys):
    from facilitator.cli import main

    engine.dispose()
    assert main(["recurring", "--db", str(db_path)]) == 0
    within = capsys.readouterr().out.splitlines()
    assert main(["recurring", "--db", str(db_path), "--across-areas"]) == 0
    across = capsys.readouterr().out.splitlines()
    lokale_within = [line.split("\t") for line in within if line.endswith(LOKALE)]
    lokale_across = [line.split("\t") for line in across if line.endswith(LOKALE)]
    assert len(lokale_within) == 2 and len(lokale_across) == 3
    assert lokale_across[2][1:5] == [LOCAL, LOKALE, "2018-06-15", "Spotkanie C"]
    assert len({line[0] for line in lokale_across}) == 1
    assert main(["recurring", "--db", str(db_path), "--threshold", "101"]) == 2
    assert capsys.readouterr().err.strip() == "error: the threshold must be between 0 and 100, not 101"


def test_report_cli_compares_across_areas_on_request(engine, ids, db_path, tmp_path):
    from openpyxl import load_workbook

    from facilitator.cli import main

    engine.dispose()
    columns = {}
    for name, extra in (("within", []), ("across", ["--across-areas"])):
        out = tmp_path / f"{name}.xlsx"
        assert main(["report", "--db", str(db_path), "--format", "xlsx", "-o", str(out), *extra]) == 0
        rows = list(load_workbook(out)["Wypowiedzi"].iter_rows(min_row=2, values_only=True))
        columns[name] = sorted(r[10] for r in rows if r[7] == LOKALE)
    within, across = columns["within"], columns["across"]
    assert within[0] == "" and within[1] == within[2] != "" and across[0] == across[1] == across[2] != ""



def _labels(engine, item_ids) -> dict[str, tuple[str | None, str | None]]:
    from facilitator.operations.grouping import labels_of

    with engine.connect() as conn:
        return {r["item_id"]: (r["heading"], r["area"]) for r in labels_of(conn, list(item_ids))}


@pytest.mark.parametrize("deleted", ["item", "section", "meeting"])
def test_undoing_a_deletion_brings_back_the_statements_heading_and_area(engine, ids, deleted):
    from sqlalchemy import select

    from facilitator.model import Item, Section
    from facilitator.operations import delete_item, delete_meeting, delete_section, reapply

    members = sorted(member_ids(lokale(engine)))
    rename_group(engine, item_ids=members, heading="Lokale dla NGO")
    move_group(engine, item_ids=members, area=NGO)
    victim = members[0]
    with engine.connect() as conn:
        section_id, meeting_id = conn.execute(select(Section.id, Section.meeting_id).join(
            Item, Item.section_id == Section.id).where(Item.id == victim)).one()
    changes = {"item": lambda: delete_item(engine, item_id=victim),
               "section": lambda: delete_section(engine, section_id=section_id),
               "meeting": lambda: delete_meeting(engine, meeting_id=meeting_id)}[deleted]()
    assert victim not in _labels(engine, members)
    revert(engine, changes)
    assert _labels(engine, members) == {m: ("Lokale dla NGO", NGO) for m in members}
    group = lokale(engine)
    assert member_ids(group) == set(members) and group.heading == "Lokale dla NGO" and group.area == NGO
    reapply(engine, changes)
    assert victim not in _labels(engine, members)
    revert(engine, changes)
    assert _labels(engine, members)[victim] == ("Lokale dla NGO", NGO)
