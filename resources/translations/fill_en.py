"""Fill facilitator_en.ts with the English texts below (run after pyside6-lupdate; see README.md)."""

from __future__ import annotations

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
    "z listy: %n": ("from the list: %n",),
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
}


def fill(ts_path: Path) -> list[str]:
    """Write the English texts into the .ts file; returns the sources still untranslated."""
    tree = ET.parse(ts_path)
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
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(__file__).with_name("facilitator_en.ts"))
    print("\n".join(f"untranslated: {s!r}" for s in left))
    sys.exit(1 if left else 0)
