"""Search results to XLSX: every statement found (beyond the window's 200), in search order, text cells as text."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from facilitator.search import Filters, search
from facilitator.search_export import write_xlsx
from tests.test_search import make_meeting


def test_every_hit_in_search_order_with_its_meeting_and_formula_text_kept_as_text(engine, tmp_path):
    rows = [("weakness", f"Brak lokali nr {n}") for n in range(230)] + [("remark", "=HYPERLINK(\"http://x\",\"lokale\")")]
    make_meeting(engine, title="Spotkanie", day=date(2024, 3, 5), venue="Podgórze", items={"Inne uwagi": rows})
    make_meeting(engine, title="Inne", day=date(2024, 4, 1), items={"Inne uwagi": [("remark", "Nic o tym")]})
    out = tmp_path / "wyniki.xlsx"
    assert write_xlsx(engine, "lokale", out) == 231
    sheet = load_workbook(out)["Wypowiedzi"]
    got = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[7] for r in got] == [h.text for h in search(engine, "lokale", limit=None)]
    assert {(r[1], r[2].date(), r[3]) for r in got} == {("Spotkanie", date(2024, 3, 5), "Podgórze")}
    formula = next(row for row in sheet.iter_rows(min_row=2) if str(row[7].value).startswith("="))
    assert formula[7].data_type == "s"


def test_filters_apply_and_an_empty_result_is_a_sheet_with_its_header(engine, tmp_path):
    make_meeting(engine, title="Spotkanie", day=date(2024, 3, 5), items={"Inne uwagi": [("remark", "Brak lokali")]})
    out = tmp_path / "pusto.xlsx"
    assert write_xlsx(engine, "lokale", out, filters=Filters(kind="strength"), language="en") == 0
    sheet = load_workbook(out)["Statements"]
    assert sheet.max_row == 1 and sheet["H1"].value == "Text"
