"""Read a registration-form CSV (Google Forms, Excel, LimeSurvey) into participant rows."""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from dataclasses import dataclass, field

from facilitator.i18n import reason, tr

# Participant fields a CSV column can be mapped to; "first_name"/"last_name" are joined into the name.
FIELDS: tuple[str, ...] = ("name", "first_name", "last_name", "organisation", "email", "gender", "consent")
DELIMITERS = (",", ";", "\t")
MAX_BYTES = 20 * 1024 * 1024

# Header words (lower case, without diacritics) that point at a field; checked in order, first match wins.
_HINTS: dict[str, tuple[str, ...]] = {
    "name": ("imie i nazwisko", "imie nazwisko", "nazwisko i imie", "full name", "name and surname", "uczestnik"),
    "first_name": ("imie", "first name", "given name", "firstname"),
    "last_name": ("nazwisko", "last name", "surname", "family name", "lastname"),
    "organisation": ("organizacj", "instytucj", "podmiot", "stowarzyszen", "fundacj", "organisation", "organization",
                     "institution", "nazwa"),
    "email": ("e-mail", "email", "mail", "adres e"),
    "gender": ("plec", "gender", "sex"),
    "consent": ("zgod", "rodo", "consent", "gdpr", "przetwarzani"),
}
_FEMALE = {"k", "kobieta", "female", "f", "w", "woman", "pani", "kobiet"}
_MALE = {"m", "mezczyzna", "male", "man", "pan"}
_NO = {"", "nie", "no", "n", "0", "false", "falsz", "brak", "-", "nie wyrazam zgody", "nie zgadzam sie"}


class CsvImportError(Exception):
    """The file cannot be read as a CSV table; the message names the file and is meant for the user."""


@dataclass
class CsvTable:
    """A decoded CSV file: the header row, the data rows, and how it was read."""

    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","


def fold(text: str) -> str:
    """Lower case without diacritics, so 'Imię i nazwisko' and 'IMIE I NAZWISKO' compare equal."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding): UTF-8 (with or without BOM) when it decodes, else Windows-1250."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace"), "cp1250"


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of , ; and tab outside quotes."""
    first = _first_record(text)
    counts = {d: _count_outside_quotes(first, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _first_record(text: str) -> str:
    """The first non-empty line (enough to see the delimiter of a header row)."""
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def _count_outside_quotes(line: str, delimiter: str) -> int:
    quoted, count = False, 0
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def parse(data: bytes) -> CsvTable:
    """Decode and split CSV bytes into a header row and data rows (blank rows dropped)."""
    text, encoding = decode(data)
    lines = text.splitlines(keepends=True)
    delimiter = None
    if lines and fold(lines[0]).startswith("sep="):  # Excel's "sep=;" hint line
        delimiter = lines[0].strip()[4:5] or None
        text = "".join(lines[1:])
    delimiter = delimiter or sniff_delimiter(text)
    records = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(c.strip() for c in row)]
    if not records:
        raise CsvImportError(tr("the file is empty"))
    headers = [h.strip() for h in records[0]]
    width = len(headers)
    rows = [[c.strip() for c in (r + [""] * (width - len(r)))] for r in records[1:]]
    return CsvTable(headers=headers, rows=rows, encoding=encoding, delimiter=delimiter)


def read_csv(path: str | os.PathLike[str]) -> CsvTable:
    """Read a CSV file from disk; errors name the file in one line."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > MAX_BYTES:
            raise CsvImportError(tr("{file}: the file is too large ({size} MB)", file=name, size=size // 1024 // 1024))
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise CsvImportError(tr("{file}: the file cannot be read ({reason})", file=name,
                                reason=reason(exc))) from exc
    try:
        return parse(data)
    except (CsvImportError, csv.Error) as exc:
        raise CsvImportError(f"{name}: {exc}") from exc


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Field → column index guessed from the header names (None = not in the file)."""
    folded = [fold(h) for h in headers]
    mapping: dict[str, int | None] = {f: None for f in FIELDS}
    taken: set[int] = set()
    for fld in ("email", "consent", "gender", "name", "organisation", "first_name", "last_name"):
        mapping[fld] = _find_column(folded, _HINTS[fld], taken, exact=fld in ("first_name", "last_name"))
        if mapping[fld] is not None:
            taken.add(mapping[fld])
    if mapping["name"] is not None:
        mapping["first_name"] = mapping["last_name"] = None
    return mapping


def _find_column(folded: list[str], hints: tuple[str, ...], taken: set[int], exact: bool) -> int | None:
    """The first free column whose header contains (or, for exact, equals) one of the hints."""
    for hint in hints:
        for index, header in enumerate(folded):
            if index in taken:
                continue
            if header == hint or (not exact and hint in header):
                return index
    return None


def parse_gender(value: str) -> str:
    """'K', 'kobieta', 'female' → female; 'M', 'mężczyzna', 'male' → male; anything else unspecified."""
    key = fold(value).strip(" .")
    if key in _FEMALE:
        return "female"
    if key in _MALE:
        return "male"
    return "unspecified"


def parse_consent(value: str) -> bool:
    """A ticked consent: 'tak', 'x', '1', or the consent sentence itself (as form tools export it)."""
    key = fold(value).strip(" .")
    return key not in _NO and not key.startswith("nie ")


def to_participants(table: CsvTable, mapping: dict[str, int | None]) -> list[dict]:
    """Rows for `add_participants`; rows without a name are skipped."""
    result = []
    for row in table.rows:
        participant = row_to_participant(row, mapping)
        if participant:
            result.append(participant)
    return result


def row_to_participant(row: list[str], mapping: dict[str, int | None]) -> dict | None:
    """One CSV row as participant fields, or None when it carries no name."""

    def cell(fld: str) -> str:
        index = mapping.get(fld)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = cell("name") or " ".join(p for p in (cell("first_name"), cell("last_name")) if p)
    if not name:
        return None
    participant: dict = {"name": name}
    if cell("organisation"):
        participant["organisation"] = cell("organisation")
    if cell("email"):
        participant["email"] = cell("email")
    if mapping.get("gender") is not None:
        participant["gender"] = parse_gender(cell("gender"))
    if mapping.get("consent") is not None:
        participant["consent"] = parse_consent(cell("consent"))
    return participant
