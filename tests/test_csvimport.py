"""Registration-form CSV files: encodings, delimiters, header guessing, participant rows."""

from __future__ import annotations

import pytest

from facilitator.csvimport import (
    CsvImportError,
    guess_mapping,
    parse,
    parse_consent,
    parse_gender,
    read_csv,
    to_participants,
)

POLISH = "Zażółć Gęślą Jaźń"
ROWS = [
    ("Imię i nazwisko", "Organizacja", "E-mail", "Płeć", "Zgoda na przetwarzanie danych"),
    ("Łucja Ćwiklińska", "Fundacja „Źródło”", "lucja@example.org", "kobieta", "Tak"),
    ("Świętopełk Żółtański", "Stowarzyszenie Ąę & <Ńo>", "sz@example.org", "mężczyzna", "Nie"),
]


def _csv(rows, delimiter: str) -> str:
    return "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters_keep_polish_letters(tmp_path, encoding, delimiter):
    path = tmp_path / "form.csv"
    path.write_bytes(_csv(ROWS, delimiter).encode(encoding))
    table = read_csv(path)
    assert table.delimiter == delimiter
    assert table.encoding == encoding
    assert table.headers == list(ROWS[0])
    assert table.rows[0][0] == "Łucja Ćwiklińska"
    assert table.rows[1][1] == "Stowarzyszenie Ąę & <Ńo>"


def test_cp1250_is_not_mistaken_for_latin():
    data = f"Imię i nazwisko;Organizacja\n{POLISH};ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ\n".encode("cp1250")
    table = parse(data)
    assert table.encoding == "cp1250"
    assert table.rows == [[POLISH, "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"]]


def test_quoted_delimiters_and_short_rows_and_blank_lines():
    data = 'Imię i nazwisko,Organizacja,E-mail\n"Kowalski, Jan","A, B i C"\n\n,,\nAnna Nowak,X,a@b.pl\n'.encode()
    table = parse(data)
    assert table.rows == [["Kowalski, Jan", "A, B i C", ""], ["Anna Nowak", "X", "a@b.pl"]]


def test_excel_sep_hint_line():
    table = parse(b"sep=;\nName;Organisation\nA;B\n")
    assert table.delimiter == ";" and table.headers == ["Name", "Organisation"]


def test_empty_and_missing_files_give_a_message_naming_the_file(tmp_path):
    empty = tmp_path / "pusty.csv"
    empty.write_bytes(b"\n\n")
    with pytest.raises(CsvImportError, match="pusty.csv: the file is empty"):
        read_csv(empty)
    with pytest.raises(CsvImportError, match="brak.csv"):
        read_csv(tmp_path / "brak.csv")


def test_guess_mapping_from_polish_headers():
    mapping = guess_mapping(["Sygnatura czasowa", "Adres e-mail", "Imię i nazwisko", "Nazwa organizacji",
                             "Płeć", "Wyrażam zgodę na przetwarzanie danych osobowych (RODO)"])
    assert mapping == {"name": 2, "first_name": None, "last_name": None, "organisation": 3, "email": 1,
                       "gender": 4, "consent": 5}


def test_separate_first_and_last_name_columns_are_joined():
    table = parse("Imię;Nazwisko;Instytucja\nŁukasz;Żak;UMK\n".encode("cp1250"))
    mapping = guess_mapping(table.headers)
    assert (mapping["first_name"], mapping["last_name"], mapping["name"]) == (0, 1, None)
    assert to_participants(table, mapping) == [{"name": "Łukasz Żak", "organisation": "UMK"}]


def test_to_participants_parses_gender_and_consent_and_skips_nameless_rows():
    table = parse(_csv([*ROWS, ("", "Bez nazwiska", "", "", "")], ";").encode("cp1250"))
    people = to_participants(table, guess_mapping(table.headers))
    assert people == [
        {"name": "Łucja Ćwiklińska", "organisation": "Fundacja „Źródło”", "email": "lucja@example.org",
         "gender": "female", "consent": True},
        {"name": "Świętopełk Żółtański", "organisation": "Stowarzyszenie Ąę & <Ńo>", "email": "sz@example.org",
         "gender": "male", "consent": False},
    ]


@pytest.mark.parametrize(("value", "expected"), [("K", "female"), ("Kobieta", "female"), ("M", "male"),
                                                 ("Mężczyzna", "male"), ("wolę nie podawać", "unspecified")])
def test_parse_gender(value, expected):
    assert parse_gender(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("Tak", True), ("x", True), ("Wyrażam zgodę", True),
                                                 ("", False), ("nie", False), ("Nie wyrażam zgody", False)])
def test_parse_consent(value, expected):
    assert parse_consent(value) is expected
