"""Polish renderings of the core's English message templates (see facilitator.i18n); keep the params."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- export --------------------------------------------------------------------------------
    "note: {count} speaker(s) without recorded consent appear as their organisation or as "
    "'participant', not by name":
        "uwaga: mówcy bez zapisanej zgody ({count}) występują jako organizacja lub „uczestnik”/„uczestniczka”, "
        "nie z nazwiska",
    # --- databases -----------------------------------------------------------------------------
    "{name} is not a Facilitator database": "{name} nie jest bazą danych Facilitatora",
    "the database {name} cannot be read: {reason}": "nie można odczytać bazy danych {name}: {reason}",
    "cannot create the database folder {folder}: {reason}":
        "nie można utworzyć folderu bazy danych {folder}: {reason}",
    "the database was written by a newer Facilitator (schema {schema})":
        "baza danych została zapisana przez nowszą wersję Facilitatora (schemat {schema})",
    "the database refused the change: {reason}": "baza danych odrzuciła zmianę: {reason}",
    "the database cannot be written: {reason}": "nie można zapisać zmian w bazie danych: {reason}",
    "the database cannot be used: {reason}": "nie można użyć bazy danych: {reason}",
    "the backup of {name} failed: {reason}": "nie udało się wykonać kopii zapasowej {name}: {reason}",
    "no backup of {name} passes the integrity check":
        "żadna kopia zapasowa {name} nie przechodzi sprawdzenia spójności",
    "the backup {name} is damaged (integrity check failed); nothing was restored":
        "kopia zapasowa {name} jest uszkodzona (sprawdzenie spójności nie powiodło się); niczego nie przywrócono",
    "the database {name} cannot be read: {reason}; restore the last good backup with "
    "`facilitator db restore` (or Plik → Kopie zapasowe…)":
        "nie można odczytać bazy danych {name}: {reason}; przywróć ostatnią dobrą kopię zapasową poleceniem "
        "`facilitator db restore` (albo Plik → Kopie zapasowe…)",
    "{output} is the database {database}; nothing was written, choose another file":
        "{output} to plik bazy danych {database}; niczego nie zapisano, wybierz inny plik",
    "{output} is the input file {source}; nothing was written, choose another file":
        "{output} to plik wejściowy {source}; niczego nie zapisano, wybierz inny plik",
    # --- operations ----------------------------------------------------------------------------
    "the meeting {id!r} does not exist (it may have been deleted)":
        "spotkanie o identyfikatorze {id!r} nie istnieje (mogło zostać usunięte)",
    "the agenda point {id!r} does not exist (it may have been deleted)":
        "punkt przebiegu o identyfikatorze {id!r} nie istnieje (mógł zostać usunięty)",
    "the participant {id!r} does not exist (it may have been deleted)":
        "uczestnik o identyfikatorze {id!r} nie istnieje (mógł zostać usunięty)",
    "the section {id!r} does not exist (it may have been deleted)":
        "sekcja o identyfikatorze {id!r} nie istnieje (mogła zostać usunięta)",
    "the item {id!r} does not exist (it may have been deleted)":
        "uwaga o identyfikatorze {id!r} nie istnieje (mogła zostać usunięta)",
    "the meeting template {id!r} does not exist (it may have been deleted)":
        "szablon spotkania o identyfikatorze {id!r} nie istnieje (mógł zostać usunięty)",
    "a template needs a name": "szablon musi mieć nazwę",
    "the tag {id!r} does not exist (it may have been deleted)":
        "tag o identyfikatorze {id!r} nie istnieje (mógł zostać usunięty)",
    "some {entity} rows to restore no longer exist (they may have been deleted)":
        "części wierszy do przywrócenia ({entity}) już nie ma (mogły zostać usunięte)",
    "a position must be a whole number, not {position!r}": "pozycja musi być liczbą całkowitą, a nie {position!r}",
    "the speaker must be a participant of the same meeting": "mówca musi być uczestnikiem tego samego spotkania",
    "an item can only be moved within its meeting": "uwagę można przenieść tylko w obrębie jej spotkania",
    "a sub-point must be in the same section as its parent":
        "podpunkt musi być w tej samej sekcji co punkt nadrzędny",
    "an item cannot be moved under itself or its own sub-points":
        "nie można przenieść uwagi pod nią samą ani pod jej podpunkty",
    "expected the participant's fields, not {kind}": "oczekiwano danych uczestnika (otrzymano: {kind})",
    "participant {number}: {error}": "uczestnik {number}: {error}",
    "a tag name cannot be empty": "nazwa tagu nie może być pusta",
    "a series name cannot be empty": "nazwa serii nie może być pusta",
    "no tag is named {name!r} or nested under it": "żaden tag nie nazywa się {name!r} ani nie leży pod nim",
    "a tag cannot be moved under itself": "tagu nie można przenieść pod niego samego",
    "{field} must be text, not {kind}": "pole „{field}” musi zawierać tekst (a zawiera: {kind})",
    "{field} cannot be empty": "pole „{field}” nie może być puste",
    "{field} must be a date written YYYY-MM-DD, not {value!r}":
        "pole „{field}” musi zawierać datę w postaci RRRR-MM-DD, a nie {value!r}",
    "{field} must be a time written HH:MM (e.g. 09:30), not {value!r}":
        "pole „{field}” musi zawierać godzinę w postaci GG:MM (np. 09:30), a nie {value!r}",
    "{field} must be a whole number, 0 or more, not {value!r}":
        "pole „{field}” musi zawierać liczbę całkowitą nie mniejszą niż 0, a nie {value!r}",
    "{field} must be true or false, not {value!r}":
        "pole „{field}” musi mieć wartość true lub false, a nie {value!r}",
    "{field} {value!r} is not one of: {choices}":
        "pole „{field}”: {value!r} nie jest jedną z wartości: {choices}",
    "{field} must be a list of names": "pole „{field}” musi być listą nazw",
    "{field} must be an id or nothing, not {value!r}":
        "pole „{field}” musi zawierać identyfikator albo nic, a nie {value!r}",
    "{name!r} is not a field of a {entity} (known: {known})":
        "{name!r} nie jest polem obiektu „{entity}” (znane pola: {known})",
    # --- meeting files -------------------------------------------------------------------------
    "the file is empty": "plik jest pusty",
    "no such file": "nie ma takiego pliku",
    "is a folder, not a meeting file": "to folder, a nie plik spotkania",
    "cannot be read: {reason}": "nie można odczytać pliku: {reason}",
    "cannot be written: {reason}": "nie można zapisać pliku: {reason}",
    "the file is too large ({size:.1f} MB; the limit is {limit} MB)":
        "plik jest za duży ({size:.1f} MB; limit to {limit} MB)",
    "not UTF-8 text: invalid byte 0x{byte:02x} at line {line}, column {column}":
        "to nie jest tekst w UTF-8: niedozwolony bajt 0x{byte:02x} w wierszu {line}, kolumnie {column}",
    "invalid JSON at line {line}, column {column}: {reason}":
        "błędny JSON w wierszu {line}, kolumnie {column}: {reason}",
    "invalid JSON: the key {key!r} appears twice in one object":
        "błędny JSON: klucz {key!r} występuje dwa razy w jednym obiekcie",
    "invalid JSON: {name} is not a valid JSON value": "błędny JSON: {name} nie jest dozwoloną wartością JSON",
    "invalid JSON: nested too deeply": "błędny JSON: zbyt głębokie zagnieżdżenie",
    "the top level must be a JSON object, not {kind}": "na najwyższym poziomie musi być obiekt JSON, a jest {kind}",
    "the items are nested too deeply": "uwagi są zagnieżdżone zbyt głęboko",
    "is required but missing": "brakuje tego wymaganego pola",
    "is required but missing (this is not a Facilitator meeting file)":
        "brakuje tego wymaganego pola (to nie jest plik spotkania Facilitatora)",
    "{value} is not {format!r}": "{value} to nie {format!r}",
    "must be an integer, not {value}": "musi być liczbą całkowitą, a nie {value}",
    "meeting file version {version} is newer than this Facilitator supports ({supported})":
        "plik spotkania w wersji {version} jest nowszy, niż obsługuje ten Facilitator ({supported})",
    "{version} is not a supported version (expected {supported})":
        "wersja {version} nie jest obsługiwana (oczekiwana: {supported})",
    "must be {wanted}, not {kind}": "nieprawidłowy typ wartości (oczekiwany: {wanted}; jest: {kind})",
    " or ": " lub ",
    "{value} is not one of {options}": "{value} nie jest jedną z wartości: {options}",
    "{value} is not a valid date (YYYY-MM-DD)": "{value} nie jest poprawną datą (RRRR-MM-DD)",
    "{value} is not a valid time (HH:MM)": "{value} nie jest poprawną godziną (GG:MM)",
    "must not be negative, not {value}": "nie może być ujemne, a jest {value}",
    "must not be empty": "nie może być puste",
    "{value!r} is not a valid date": "{value!r} nie jest poprawną datą",
    "{value} is already used at {where}": "identyfikator {value} jest już użyty w {where}",
    "{value} is not the id of a participant of this meeting":
        "{value} nie jest identyfikatorem uczestnika tego spotkania",
    "meeting file #{number}": "plik spotkania nr {number}",
    "{entity} id {id} is also used in {other}": "{entity} o identyfikatorze {id} występuje też w: {other}",
    "{entity} id {id} already belongs to another meeting in the database":
        "{entity} o identyfikatorze {id} należy już do innego spotkania w bazie danych",
    "{entity} {label!r} in {title!r} ({date})": "{entity} {label!r} w spotkaniu {title!r} ({date})",
    " and {count} more": " i jeszcze {count}",
    "{count} conflict(s) (changed here and in the file): {first}{more}; nothing was imported; "
    "choose to keep the local version, take the file's or take the newer":
        "konflikty (zmiany i tutaj, i w pliku): {count} — {first}{more}; niczego nie zaimportowano; "
        "wybierz: zachowaj wersję lokalną, weź wersję z pliku albo weź nowszą",
    "unknown choice {side!r} for conflict {key} (choose one of {choices})":
        "nieznany wybór {side!r} dla konfliktu {key} (dostępne: {choices})",
    "unknown conflict policy {policy!r} (choose one of {choices})":
        "nieznany sposób rozwiązywania konfliktów {policy!r} (dostępne: {choices})",
    "import cancelled; nothing was imported": "import przerwany; niczego nie zaimportowano",
    "no meeting with id {id} in the database": "w bazie danych nie ma spotkania o identyfikatorze {id}",
    # --- participants from CSV -----------------------------------------------------------------
    "{file}: the file is too large ({size} MB)": "{file}: plik jest za duży ({size} MB)",
    "{file}: the file cannot be read ({reason})": "{file}: nie można odczytać pliku ({reason})",
    # --- officials: recurring statements, reports ----------------------------------------------
    "the similarity threshold must be between 0 and 100, not {threshold}":
        "próg podobieństwa musi mieścić się w przedziale od 0 do 100, a nie {threshold}",
    "unknown similarity measure {scorer!r}; expected one of: {choices}":
        "nieznana miara podobieństwa {scorer!r}; dostępne: {choices}",
    "unknown statement id: {id}": "nieznany identyfikator wypowiedzi: {id}",
    "choose at least two statements": "wybierz co najmniej dwie wypowiedzi",
    "give the name or e-mail of the person to erase": "podaj imię i nazwisko albo e-mail osoby do usunięcia",
    "contains a lone surrogate (\\ud800–\\udfff), which is not text":
        "zawiera pojedynczy surogat (\\ud800–\\udfff), który nie jest tekstem",
    "the number is too large (the limit is {limit})": "liczba jest za duża (limit to {limit})",
    "the text is too long ({length} characters; the limit is {limit})":
        "tekst jest za długi ({length} znaków; limit to {limit})",
    "more than {limit} statements in one meeting": "ponad {limit} wypowiedzi w jednym spotkaniu",
    "the start date is after the end date": "data początkowa jest późniejsza niż data końcowa",
    "no meetings match the chosen filters": "żadne spotkanie nie spełnia wybranych kryteriów",
    "there is no series {name!r}; the series are: {names}": "nie ma serii {name!r}; serie w bazie: {names}",
    # --- officials: the office's answers (consultation report) ---------------------------------
    "choose at least one statement": "wybierz co najmniej jedną wypowiedź",
    "choose the office's position first": "najpierw wybierz stanowisko urzędu",
    "unknown report kind {kind!r}; expected one of: {choices}": "nieznany rodzaj raportu {kind!r}; dostępne: {choices}",
}

# Words put into messages as params: entity and field names, kinds of JSON values (nominative case).
# Reasons given by SQLite and the operating system, shown inside messages (see facilitator.i18n.reason).
REASONS: dict[str, str] = {
    "database or disk is full": "dysk lub baza danych są pełne",
    "database is locked": "baza danych jest zablokowana przez inny program",
    "disk I/O error": "błąd odczytu lub zapisu dysku",
    "attempt to write a readonly database": "baza danych jest tylko do odczytu",
    "file is not a database": "plik nie jest bazą danych",
    "database disk image is malformed": "plik bazy danych jest uszkodzony",
    "unable to open database file": "nie można otworzyć pliku bazy danych",
    "No space left on device": "brak miejsca na dysku",
    "Permission denied": "brak uprawnień",
    "No such file or directory": "nie ma takiego pliku ani folderu",
    "Read-only file system": "system plików tylko do odczytu",
    "Is a directory": "to jest folder, nie plik",
    "File exists": "plik już istnieje",
}

TERMS: dict[str, str] = {
    "meeting": "spotkanie", "agenda point": "punkt przebiegu", "participant": "uczestnik", "section": "sekcja",
    "item": "uwaga", "tag": "tag", "meeting template": "szablon spotkania",
    "title": "tytuł", "series": "seria konsultacji", "audience": "adresaci", "organiser": "organizator",
    "venue": "miejsce", "date": "data", "start": "początek", "end": "koniec", "purpose": "cel spotkania",
    "facilitator": "prowadzenie", "author": "opracowanie", "language": "język dokumentu",
    "attendance count": "liczba uczestników", "text": "treść", "name": "nazwa", "organisation": "organizacja",
    "email": "e-mail", "gender": "płeć", "present": "obecność", "consent": "zgoda RODO", "kind": "rodzaj",
    "group": "grupa", "position": "stanowisko", "justification": "uzasadnienie", "paragraph": "paragraf programu",
    "speaker_id": "mówca", "speaker id": "mówca", "tags": "tagi",
    "a string": "tekst", "an integer": "liczba całkowita", "a number": "liczba", "true or false": "true lub false",
    "a boolean": "wartość logiczna", "a list": "lista", "an object": "obiekt", "null": "null",
    "str": "tekst", "int": "liczba całkowita", "float": "liczba", "bool": "wartość logiczna", "list": "lista",
    "dict": "obiekt", "NoneType": "nic",
}
