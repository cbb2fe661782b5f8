"""Fill facilitator_en.ts with the English texts below (run after pyside6-lupdate; see README.md)."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    "Punkty przebiegu spotkania": "Agenda points",
    "Nowy punkt przebiegu — wpisz i naciśnij Enter": "New agenda point — type and press Enter",
    "Nowy punkt przebiegu spotkania": "New agenda point",
    "&Przebieg spotkania": "&Agenda",
    "Dodaj": "Add",
    "Dodaj punkt (Enter w polu poniżej)": "Add a point (Enter in the field below)",
    "W górę": "Up",
    "W dół": "Down",
    "Usuń": "Delete",
    "Usuń zaznaczony punkt (Delete)": "Delete the selected point (Delete)",
    "Dodanie punktu przebiegu": "Add agenda point",
    "Usunięcie punktu przebiegu": "Delete agenda point",
    "Przesunięcie punktu przebiegu": "Move agenda point",
    "Zmiana punktu przebiegu": "Edit agenda point",
    "Nie można otworzyć bazy danych:\n%1": "The database cannot be opened:\n%1",
    "Imię i nazwisko; organizacja; e-mail — Enter dodaje": "Name; organisation; e-mail — Enter adds",
    "Dodaj uczestnika": "Add participant",
    "Uczestnicy": "Participants",
    "&Nowy uczestnik:": "&New participant:",
    "&Usuń zaznaczonych": "&Delete selected",
    "&Import z CSV…": "&Import from CSV…",
    "&Drukuj listę obecności": "&Print sign-in sheet",
    "Z uczestnikami z listy…": "With the listed participants…",
    "Pusta (do podpisu przy wejściu)…": "Empty (to sign at the door)…",
    "&Lista uczestników": "&Participant list",
    "Na liście: %1, obecnych: %2": "Listed: %1, present: %2",
    "Liczba uczestników: %1": "Number of participants: %1",
    "Zmiana uczestnika": "Edit participant",
    "Dodanie uczestnika": "Add participant",
    "Usunięcie uczestników: %1": "Delete participants: %1",
    "Usunięcie uczestnika": "Delete participant",
    "Import uczestników z CSV": "Import participants from CSV",
    "Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)": "CSV files (*.csv *.txt);;All files (*)",
    "Import uczestników: %1": "Import participants: %1",
    "lista-obecnosci-%1.pdf": "attendance-%1.pdf",
    "Zapisz listę obecności": "Save sign-in sheet",
    "Dokument PDF (*.pdf)": "PDF document (*.pdf)",
    "Nie udało się zapisać listy obecności: %1": "The sign-in sheet could not be saved: %1",
    "Lista obecności": "Attendance",
    "Zapisano %1. Otworzyć teraz?": "Saved %1. Open it now?",
    "Imię i &nazwisko": "Full &name",
    "&Imię (osobno)": "&First name (separate)",
    "Na&zwisko (osobno)": "&Last name (separate)",
    "&Organizacja": "&Organisation",
    "&E-mail": "&E-mail",
    "&Płeć": "&Gender",
    "&Zgoda RODO": "GDPR &consent",
    "Import uczestników z pliku CSV": "Import participants from a CSV file",
    "— brak —": "— none —",
    "kolumna %1": "column %1",
    "Podgląd uczestników": "Participants preview",
    "Plik: %1 (kodowanie %2, %3 wierszy)": "File: %1 (encoding %2, %3 rows)",
    "Wskaż kolumnę z imieniem i nazwiskiem.": "Choose the column with the name.",
    "Zostanie dodanych uczestników: %1": "Participants to add: %1",
    "tak": "yes",
    "nie": "no",
    "&Tytuł": "&Title",
    "Zmiana tytułu": "Edit title",
    "&Seria konsultacji": "&Series",
    "Zmiana serii": "Edit series",
    "&Adresaci": "&Audience",
    "Zmiana adresatów": "Edit audience",
    "&Organizator": "&Organiser",
    "Zmiana organizatora": "Edit organiser",
    "&Miejsce": "&Venue",
    "Zmiana miejsca": "Edit venue",
    "&Prowadzenie": "&Facilitator",
    "Zmiana prowadzącego": "Edit facilitator",
    "Opra&cowanie": "&Prepared by",
    "Zmiana autora": "Edit author",
    "&Cel spotkania": "P&urpose",
    "Zmiana celu spotkania": "Edit purpose",
    "&Data": "&Date",
    "Zmiana daty": "Edit date",
    "&Początek (GG:MM)": "&Start (HH:MM)",
    "Zmiana godziny rozpoczęcia": "Edit start time",
    "&Koniec (GG:MM)": "&End (HH:MM)",
    "Zmiana godziny zakończenia": "Edit end time",
    "GG:MM": "HH:MM",
    "polski": "Polish",
    "angielski": "English",
    "&Język dokumentu": "Document &language",
    "Zmiana języka dokumentu": "Edit document language",
    "Puste pole = liczba obecnych z listy obecności": "Empty = the number present on the attendance list",
    "&Liczba uczestników": "&Number of participants",
    "Zmiana liczby uczestników": "Edit number of participants",
    "z listy: %n": ("from the list: %n", "from the list: %n"),  # English: singular, plural
    "Importuj pliki spotkań": "Import meeting files",
    "Pliki spotkań (*.json);;Wszystkie pliki (*)": "Meeting files (*.json);;All files (*)",
    "Nie zaimportowano niczego. Błąd w pliku: %1": "Nothing was imported. Error in file: %1",
    "Nie zaimportowano niczego: %1": "Nothing was imported: %1",
    "Zaimportowano spotkania: %1 (nowe: %2, zaktualizowane: %3, bez zmian: %4).":
        "Meetings imported: %1 (new: %2, updated: %3, unchanged: %4).",
    "Najpierw zaznacz spotkanie na liście.": "Select a meeting in the list first.",
    "Eksportuj plik spotkania": "Export meeting file",
    "Plik spotkania (*.json)": "Meeting file (*.json)",
    "Nie zapisano pliku %1: %2": "File %1 not saved: %2",
    "Zapisano plik %1": "Saved file %1",
    "Nie można otworzyć przykładowego spotkania: %1": "The sample meeting cannot be opened: %1",
    "O programie": "About",
    "%1 %2\nNotatki ze spotkań konsultacyjnych i ich podsumowania (DOCX, PDF).":
        "%1 %2\nNotes of consultation meetings and their summaries (DOCX, PDF).",
    "&Szczegóły": "&Details",
    "&Lista obecności": "&Attendance",
    "&Notatki": "&Notes",
    "&Podsumowanie": "&Summary",
    "Wszystkie zmiany są zapisywane na bieżąco": "Every change is saved as you go",
    "&Plik": "&File",
    "&Zamknij okno": "&Close window",
    "&Edycja": "&Edit",
    "&Cofnij": "&Undo",
    "&Ponów": "&Redo",
    "&Cofnij %1": "&Undo %1",
    "&Ponów %1": "&Redo %1",
    "&Widok": "&View",
    "&Historia zmian": "Undo &history",
    "&Następna strona": "&Next page",
    "Po&przednia strona": "&Previous page",
    "Historia zmian": "Undo history",
    "<stan po otwarciu>": "<as opened>",
    "Zapisano %1": "Saved %1",
    "Błąd": "Error",
    "Informacja": "Information",
    "Data": "Date",
    "Tytuł": "Title",
    "Miejsce": "Venue",
    "Seria konsultacji": "Series",
    "Uwagi": "Items",
    "Imię i nazwisko": "Name",
    "Organizacja": "Organisation",
    "E-mail": "E-mail",
    "Płeć": "Gender",
    "Obecność": "Present",
    "Zgoda RODO": "GDPR consent",
    "kobieta": "female",
    "mężczyzna": "male",
    "nie podano": "not given",
    "Szukaj po tytule, miejscu, serii lub dacie": "Search by title, venue, series or date",
    "Filtr spotkań": "Meeting filter",
    "Brak spotkań. Utwórz nowe (Ctrl+N) albo otwórz przykładowe spotkanie.":
        "No meetings yet. Create one (Ctrl+N) or open the sample meeting.",
    "&Szukaj:": "&Search:",
    "S&eria:": "S&eries:",
    "Spotkania": "Meetings",
    "&Nowe spotkanie": "&New meeting",
    "&Otwórz": "&Open",
    "&Duplikuj jako szablon": "&Duplicate as template",
    "&Usuń": "De&lete",
    "Przykładowe spotkanie": "Sample meeting",
    "Pomo&c": "&Help",
    "&Otwórz spotkanie": "&Open meeting",
    "Otwórz &przykładowe spotkanie": "Open the &sample meeting",
    "&Importuj pliki spotkań…": "&Import meeting files…",
    "&Eksportuj plik spotkania…": "&Export meeting file…",
    "&Zakończ": "&Quit",
    "&Duplikuj jako szablon następnego spotkania": "&Duplicate as template for the next meeting",
    "&Usuń spotkanie": "De&lete meeting",
    "&Szukaj": "&Search",
    "&Odśwież": "&Refresh",
    "&O programie": "&About",
    "Wszystkie serie": "All series",
    "Nowe spotkanie": "New meeting",
    "Duplikowanie spotkania": "Duplicate meeting",
    "Usunąć spotkanie „%1” z %2 razem z notatkami i listą obecności?\nMożna to cofnąć (Ctrl+Z).":
        "Delete the meeting “%1” of %2 with its notes and attendance list?\nYou can undo it (Ctrl+Z).",
    "Usuń spotkanie": "Delete meeting",
    "Usunięcie spotkania „%1”": "Delete meeting “%1”",
    "&Importuj spotkania…": "&Import meetings…",
    "Importuj &folder ze spotkaniami…": "Import a &folder of meetings…",
    "&Urzędnik": "&Officials",
    "&Szukaj we wszystkich spotkaniach…": "&Search all meetings…",
    "&Powtarzające się wypowiedzi…": "&Recurring statements…",
    "&Tagi…": "&Tags…",
    "&Raport zbiorczy…": "&Consolidated report…",
    "Nowe: %1": "New: %1",
    "Aktualizacje: %1": "Updates: %1",
    "Bez zmian: %1": "Unchanged: %1",
    "Błędne pliki: %1 (pominięte)": "Invalid files: %1 (skipped)",
    "Konflikty: %1 (z pliku: %2, moje: %3)": "Conflicts: %1 (from the file: %2, mine: %3)",
    "Nie ma nic do zaimportowania: wszystko jest aktualne.": "Nothing to import: everything is up to date.",
    "Zaimportowano: %1 i %2. Wszystko zapisano.": "Imported: %1 and %2. Everything is saved.",
    "nowe spotkanie": "new meeting",
    "nowe spotkania": "new meetings",
    "nowych spotkań": "new meetings",
    "zaktualizowane": "updated",
    "zaktualizowanych": "updated",
    "spotkanie": "meeting",
    "spotkania": "meetings",
    "spotkań": "meetings",
    "organizacja": "organisation",
    "organizacje": "organisations",
    "organizacji": "organisations",
    "potwierdzona": "confirmed",
    "automatyczna": "automatic",
    "Wpisz wypowiedź i naciśnij Enter (Ctrl+1…6: rodzaj, Tab: wcięcie)":
        "Type a statement and press Enter (Ctrl+1…6: kind, Tab: indent)",
    "Nowa wypowiedź": "New statement",
    "Mówca (Ctrl+M)": "Speaker (Ctrl+M)",
    "Mówca": "Speaker",
    "Rodzaj następnej wypowiedzi: %1": "Kind of the next statement: %1",
    "Podpunkt poziomu %1 (Shift+Tab: wyżej)": "Sub-point, level %1 (Shift+Tab: up a level)",
    "Konflikty: zmienione i u mnie, i w pliku": "Conflicts: changed both here and in the file",
    "Lista konfliktów": "Conflict list",
    "Moja wersja (w bazie)": "My version (in the database)",
    "Wersja z pliku": "Version in the file",
    "&Zachowaj moją wersję": "&Keep my version",
    "&Weź wersję z pliku": "&Take the file's version",
    "Wszystkie: zachowaj &moje": "All: keep &mine",
    "Wszystkie: weź z &plików": "All: take from the &files",
    "Import spotkań": "Import meetings",
    "Podgląd importu spotkań": "Meeting import preview",
    "Postęp": "Progress",
    "Spotkania i pliki do importu": "Meetings and files to import",
    "&Importuj": "&Import",
    "&Anuluj": "&Cancel",
    "Pliki do importu: %1": "Files to import: %1",
    "Wczytywanie i sprawdzanie plików…": "Reading and checking the files…",
    "Sprawdzanie: %1": "Checking: %1",
    "Importowanie…": "Importing…",
    "&Zamknij": "&Close",
    "Nie udało się: %1. Nic nie zapisano.": "Failed: %1. Nothing was saved.",
    "Anulowano. Nic nie zapisano.": "Cancelled. Nothing was saved.",
    "Anulowanie…": "Cancelling…",
    "Pełna treść zaznaczonej wypowiedzi": "Full text of the selected statement",
    "Zaznacz wypowiedź, aby przeczytać ją w całości (Ctrl+D).": "Select a statement to read it in full (Ctrl+D).",
    "Tagi": "Tags",
    "Ctrl+T: dodaj tagi": "Ctrl+T: add tags",
    "Rodzaj": "Kind",
    "Treść": "Text",
    "Mocna strona": "Strength",
    "Słaba strona": "Weakness",
    "Propozycja": "Proposal",
    "Rekomendacja": "Recommendation",
    "Dobra praktyka": "Good practice",
    "Uwaga": "Remark",
    "Obszar współpracy": "Area of cooperation",
    "Blok tematyczny": "Topic block",
    "Inne uwagi": "Other remarks",
    "Spotkanie": "Meeting",
    "Bieżący punkt programu": "Current agenda point",
    "Punkt": "Point",
    "Dodaj sekcję, aby zacząć notować": "Add a section to start taking notes",
    "Najpierw dodaj sekcję, do której trafią notatki.": "First add a section for the notes to go into.",
    "Nie ma jednoznacznie takiej osoby na liście obecności: %1":
        "No single person on the attendance list matches: %1",
    "Dodanie wypowiedzi": "Add statement",
    "Zmiana rodzaju": "Change kind",
    "Usunięcie wypowiedzi": "Delete statements",
    "Wcięcie": "Indent",
    "Zmniejszenie wcięcia": "Outdent",
    "Zmiana tagów": "Edit tags",
    "Zmiana treści": "Edit text",
    "Przeniesienie wypowiedzi": "Move statement",
    "Nowy blok tematyczny": "New topic block",
    "Nowa sekcja": "New section",
    "Dodanie sekcji": "Add section",
    "Usunięcie sekcji": "Delete section",
    "Zmiana nazwy sekcji": "Rename section",
    "Przeniesienie sekcji": "Move section",
    "Importuj spotkania": "Import meetings",
    "Importuj folder ze spotkaniami": "Import a folder of meetings",
    "Wypowiedzi w sekcji": "Statements in the section",
    "Widok dla uczestników": "Participants' view",
    "Powtarzające się wypowiedzi": "Recurring statements",
    "Próg podobieństwa": "Similarity threshold",
    "Seria": "Series",
    "Wypowiedzi w grupie": "Statements in the group",
    "&Potwierdź grupę": "&Confirm group",
    "&Wydziel zaznaczone": "&Split off the ticked ones",
    "Przywróć &automatyczne": "Restore &automatic",
    "Zaznacz wypowiedzi, które mówią o czymś innym, i wybierz „Wydziel zaznaczone”.":
        "Tick the statements that are about something else and choose “Split off the ticked ones”.",
    "Wypowiedź": "Statement",
    "Obszar": "Area",
    "Organizacje": "Organisations",
    "Stan": "Status",
    "Grupy podobnych wypowiedzi": "Groups of similar statements",
    "&Podobieństwo: %1%": "&Similarity: %1%",
    "Szukanie podobnych wypowiedzi…": "Looking for similar statements…",
    "Nie udało się: %1": "Failed: %1",
    "Grupy: %1": "Groups: %1",
    "Brak powtarzających się wypowiedzi przy tym progu.": "No recurring statements at this threshold.",
    "Grupa potwierdzona.": "Group confirmed.",
    "Zaznacz wypowiedzi do wydzielenia (nie wszystkie).": "Tick the statements to split off (not all of them).",
    "Wydzielono: %1.": "Split off: %1.",
    "Przywrócono automatyczne grupowanie.": "Automatic grouping restored.",
    "Raport zbiorczy": "Consolidated report",
    "Spotkania z &serii": "Meetings of a &series",
    "&Wybrane spotkania": "&Selected meetings",
    "Spotkania do raportu": "Meetings in the report",
    "&Od:": "&From:",
    "&Do:": "&To:",
    "Format": "Format",
    "Język raportu": "Report language",
    "Plik raportu": "Report file",
    "&Wybierz…": "&Choose…",
    "Okres:": "Period:",
    "&Format:": "&Format:",
    "&Język:": "&Language:",
    "&Plik:": "&File:",
    "&Utwórz raport": "&Create report",
    "&Otwórz raport": "&Open report",
    "Wszystkie spotkania": "All meetings",
    "raport-zbiorczy.docx": "consolidated-report.docx",
    "Zapisz raport": "Save report",
    "Podaj plik raportu.": "Choose the report file.",
    "Folder %1 nie istnieje.": "The folder %1 does not exist.",
    "Zaznacz co najmniej jedno spotkanie.": "Tick at least one meeting.",
    "Tworzenie raportu…": "Creating the report…",
    "Anulowano; nie zapisano pliku.": "Cancelled; no file was saved.",
    "Zapisano raport: %1": "Report saved: %1",
    "Szukaj we wszystkich spotkaniach": "Search all meetings",
    "Wpisz słowa, np. lokale albo polityka migracyjna (wielkość liter i polskie znaki nie mają znaczenia)":
        "Type words, e.g. premises or migration policy (case and Polish letters do not matter)",
    "Szukane słowa": "Search words",
    "Liczba wyników": "Number of results",
    "&Otwórz w spotkaniu": "&Open in the meeting",
    "Sekcja / obszar": "Section / area",
    "Rodzaj wypowiedzi": "Kind of statement",
    "Tag": "Tag",
    "Wszystkie rodzaje": "All kinds",
    "&Wyczyść filtry": "&Clear filters",
    "Se&kcja:": "Se&ction:",
    "&Rodzaj:": "&Kind:",
    "&Tag:": "&Tag:",
    "Wyniki wyszukiwania": "Search results",
    "Wszystkie sekcje": "All sections",
    "Wszystkie tagi": "All tags",
    "Szukanie…": "Searching…",
    "wypowiedź": "statement",
    "wypowiedzi": "statements",
    "Znaleziono: %1": "Found: %1",
    "(pokazano pierwsze %1 — zawęź wyszukiwanie)": "(showing the first %1 — narrow the search)",
    "Nic nie znaleziono.": "Nothing found.",
    "Wyszukiwanie nie powiodło się: %1": "The search failed: %1",
    "Sekcje": "Sections",
    "Dodaj sekcję": "Add section",
    "Dodaj blok tematyczny": "Add topic block",
    "Usuń sekcję": "Delete section",
    "Zapisz wypowiedź i przejdź do następnej": "Save the statement and go on to the next",
    "Wcięcie: podpunkt poprzedniej wypowiedzi / poziom wyżej":
        "Indent: sub-point of the previous statement / up a level",
    "Poprzednia / następna sekcja": "Previous / next section",
    "Przesuń wypowiedź (albo sekcję) w górę / w dół": "Move the statement (or section) up / down",
    "Popraw treść zaznaczonej wypowiedzi": "Edit the text of the selected statement",
    "Tagi zaznaczonej wypowiedzi (po przecinku, z podpowiedziami)":
        "Tags of the selected statement (comma-separated, with suggestions)",
    "Pełna treść zaznaczonej wypowiedzi (Esc: powrót)": "Full text of the selected statement (Esc: back)",
    "Usuń zaznaczone wypowiedzi (można cofnąć)": "Delete the selected statements (can be undone)",
    "Mówca: wybierz osobę z listy obecności": "Speaker: choose a person from the attendance list",
    "Wróć do pola nowej wypowiedzi": "Back to the new statement field",
    "Widok dla uczestników (rzutnik): pokaż / zamknij": "Participants' view (projector): show / close",
    "Cofnij": "Undo",
    "Ponów": "Redo",
    "Strony: Szczegóły, Lista obecności, Notatki, Podsumowanie": "Pages: Details, Attendance list, Notes, Summary",
    "Poprzednia / następna strona": "Previous / next page",
    "Zamknij okno spotkania": "Close the meeting window",
    "Ta lista skrótów": "This list of shortcuts",
    "Skróty klawiszowe": "Keyboard shortcuts",
    "Klawisze": "Keys",
    "Działanie": "Action",
    "Według obszarów i rodzajów": "By area and kind",
    "W kolejności notowania": "In the order noted",
    "&Układ:": "&Layout:",
    "&Z nazwiskami mówców": "&With speakers' names",
    "Bez zaznaczenia podsumowanie jest anonimowe": "Unticked, the summary is anonymous",
    "&Lista obecności w załączniku": "Attendance &list as an appendix",
    "Eksportuj &DOCX…": "Export &DOCX…",
    "Eksportuj &PDF…": "Export &PDF…",
    "Podgląd podsumowania": "Summary preview",
    "Zapisz podsumowanie": "Save summary",
    "Nie zapisano podsumowania": "Summary not saved",
    "Zapisano podsumowanie": "Summary saved",
    "Zapisano plik:\n%1\n\nOtworzyć go teraz?": "File saved:\n%1\n\nOpen it now?",
    "Tagi wypowiedzi (po przecinku)": "Statement tags (comma-separated)",
    "tagi po przecinku, np. lokale, dotacje": "comma-separated tags, e.g. premises, grants",
    "Tagi we wszystkich spotkaniach": "Tags in all meetings",
    "Wypowiedzi": "Statements",
    "Lista tagów": "Tag list",
    "Zmień &nazwę (F2)": "&Rename (F2)",
    "&Scal zaznaczone…": "&Merge selected…",
    "Zmiana nazwy lub scalenie działa we wszystkich spotkaniach naraz.":
        "Renaming or merging applies to all meetings at once.",
    "Zmiana nazwy tagu na „%1”": "Rename tag to “%1”",
    "Scal tagi": "Merge tags",
    "Zostaw tag (pozostałe zostaną w nim scalone):": "Keep the tag (the others will be merged into it):",
    "Scalenie %1 tagów w „%2”": "Merge %1 tags into “%2”",
    "Zrobione: %1. Można cofnąć (Ctrl+Z).": "Done: %1. You can undo it (Ctrl+Z).",
    "Nie udało się cofnąć: %1": "Could not undo: %1",
    "Cofnięto: %1.": "Undone: %1.",
    "&Skróty klawiszowe": "&Keyboard shortcuts",
    "Rodzaj: %1": "Kind: %1",
}


# Module-level code that calls an object's tr (lupdate cannot tell its class): file name → the class.
CONTEXT_OF_FILE = {"controller.py": "Officials"}


def _enclosing_class(source: Path, line: int) -> str | None:
    """The class whose body holds `line` (innermost), i.e. the context `self.tr` uses at run time."""
    best = None
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        inside = isinstance(node, ast.ClassDef) and node.lineno <= line <= (node.end_lineno or node.lineno)
        if inside and (best is None or node.lineno > best.lineno):
            best = node
    return best.name if best else CONTEXT_OF_FILE.get(source.name)


def fix_contexts(tree: ET.ElementTree, ts_path: Path) -> None:
    """Move messages lupdate left without a context (`tr = self.tr; tr(...)`) into their class's context."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    orphans = contexts.get("") or contexts.get(None)
    if orphans is None:
        return
    for message in list(orphans.findall("message")):
        location = message.find("location")
        source = (ts_path.parent / location.get("filename")).resolve()
        name = _enclosing_class(source, int(location.get("line")))
        if name is None:
            continue
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        target = contexts[name]
        if any(m.findtext("source") == message.findtext("source") for m in target.findall("message")):
            orphans.remove(message)  # already there from another call site: keep one entry
            continue
        orphans.remove(message)
        target.append(message)
    if not orphans.findall("message"):
        root.remove(orphans)


def _constant_context_calls(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of translate(NAME, "text") where NAME is a module-level string constant."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Name) and node.args[0].id in constants
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            found.append((constants[node.args[0].id], node.args[1].value, node.lineno))
    return found


def add_constant_contexts(tree: ET.ElementTree, ts_path: Path, ui_dir: Path) -> None:
    """Add what lupdate cannot see: translate(_CONTEXT, "text") with the context held in a module constant."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for path in sorted(ui_dir.rglob("*.py")):
        for context, text, line in _constant_context_calls(path):
            if context not in contexts:
                contexts[context] = ET.SubElement(root, "context")
                ET.SubElement(contexts[context], "name").text = context
            target = contexts[context]
            if any(m.findtext("source") == text for m in target.findall("message")):
                continue
            message = ET.SubElement(target, "message")
            relative = Path("../..") / path.relative_to(ui_dir.parent)
            ET.SubElement(message, "location", filename=relative.as_posix(), line=str(line))
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")


def fill(ts_path: Path) -> list[str]:
    """Write the English texts into the .ts file; returns the sources still untranslated."""
    tree = ET.parse(ts_path)
    fix_contexts(tree, ts_path)
    add_constant_contexts(tree, ts_path, ts_path.resolve().parents[2] / "ui")
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if isinstance(english, tuple):
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(__file__).with_name("facilitator_en.ts"))
    print("\n".join(f"untranslated: {s!r}" for s in left))
    sys.exit(1 if left else 0)
