<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>O programie %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Ikona programu</source>
        <translation>Program icon</translation>
    </message>
    <message>
        <source>Notatki ze spotkań konsultacyjnych i ich podsumowania (DOCX, PDF).</source>
        <translation>Notes of consultation meetings and their summaries (DOCX, PDF).</translation>
    </message>
    <message>
        <source>Wersja:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licencja:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>%1 (wolne oprogramowanie)</source>
        <translation>%1 (free software)</translation>
    </message>
    <message>
        <source>Czcionki:</source>
        <translation>Fonts:</translation>
    </message>
    <message>
        <source>DejaVu, licencja Bitstream Vera (zmiany DejaVu: domena publiczna); osadzane w plikach PDF</source>
        <translation>DejaVu, Bitstream Vera licence (DejaVu changes: public domain); embedded in PDF files</translation>
    </message>
    <message>
        <source>Tekst licencji czcionek:</source>
        <translation>Font licence text:</translation>
    </message>
    <message>
        <source>Baza danych:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Dziennik błędów:</source>
        <translation>Error log:</translation>
    </message>
    <message>
        <source>&amp;Kopiuj wszystko</source>
        <translation>&amp;Copy all</translation>
    </message>
    <message>
        <source>Kopiuj te informacje do schowka, np. do zgłoszenia problemu</source>
        <translation>Copy this information to the clipboard, e.g. for a problem report</translation>
    </message>
    <message>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Punkty przebiegu spotkania</source>
        <translation>Agenda points</translation>
    </message>
    <message>
        <source>Nowy punkt przebiegu — wpisz i naciśnij Enter</source>
        <translation>New agenda point — type and press Enter</translation>
    </message>
    <message>
        <source>Nowy punkt przebiegu spotkania</source>
        <translation>New agenda point</translation>
    </message>
    <message>
        <source>Prze&amp;bieg spotkania</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Dodaj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Dodaj punkt (Enter w polu poniżej)</source>
        <translation>Add a point (Enter in the field below)</translation>
    </message>
    <message>
        <source>W górę</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>W dół</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Usuń zaznaczony punkt (Delete)</source>
        <translation>Delete the selected point (Delete)</translation>
    </message>
    <message>
        <source>Dodanie punktu przebiegu</source>
        <translation>Add agenda point</translation>
    </message>
    <message>
        <source>Usunięcie punktu przebiegu</source>
        <translation>Delete agenda point</translation>
    </message>
    <message>
        <source>Przesunięcie punktu przebiegu</source>
        <translation>Move agenda point</translation>
    </message>
    <message>
        <source>Zmiana punktu przebiegu</source>
        <translation>Edit agenda point</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nie można otworzyć bazy danych:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Imię i nazwisko; organizacja; e-mail — Enter dodaje</source>
        <translation>Name; organisation; e-mail — Enter adds</translation>
    </message>
    <message>
        <source>Dodaj uczestnika</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Import z CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>&amp;Drukuj listę obecności</source>
        <translation>&amp;Print sign-in sheet</translation>
    </message>
    <message>
        <source>Z uczestnikami z listy…</source>
        <translation>With the listed participants…</translation>
    </message>
    <message>
        <source>Pusta (do podpisu przy wejściu)…</source>
        <translation>Empty (to sign at the door)…</translation>
    </message>
    <message>
        <source>Nowy uczestni&amp;k:</source>
        <translation>New pa&amp;rticipant:</translation>
    </message>
    <message>
        <source>Usuń &amp;zaznaczonych</source>
        <translation>Delete sele&amp;cted</translation>
    </message>
    <message>
        <source>List&amp;a uczestników</source>
        <translation>Participant &amp;list</translation>
    </message>
    <message>
        <source>Na liście: %1, obecnych: %2</source>
        <translation>Listed: %1, present: %2</translation>
    </message>
    <message numerus="yes">
        <source>Liczba uczestników: %n osób</source>
        <translation>
            <numerusform>Number of participants: %n person</numerusform>
            <numerusform>Number of participants: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Zmiana uczestnika</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Dodanie uczestnika</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Usunięcie uczestników: %1</source>
        <translation>Delete participants: %1</translation>
    </message>
    <message>
        <source>Usunięcie uczestnika</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Import uczestników z CSV</source>
        <translation>Import participants from CSV</translation>
    </message>
    <message>
        <source>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import uczestników: %1</source>
        <translation>Import participants: %1</translation>
    </message>
    <message>
        <source>lista-obecnosci-%1.pdf</source>
        <translation>attendance-%1.pdf</translation>
    </message>
    <message>
        <source>Zapisz listę obecności</source>
        <translation>Save sign-in sheet</translation>
    </message>
    <message>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Nie udało się zapisać listy obecności: %1</source>
        <translation>The sign-in sheet could not be saved: %1</translation>
    </message>
    <message>
        <source>Lista obecności</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Zapisano %1. Otworzyć teraz?</source>
        <translation>Saved %1. Open it now?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Kopie w folderze: %1</source>
        <translation>Backups in the folder: %1</translation>
    </message>
    <message>
        <source>Kopie zapasowe są dostępne tylko dla bazy SQLite.</source>
        <translation>Backups are available for SQLite databases only.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Lista kopii zapasowych</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <source>&amp;Utwórz kopię teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Przywróć wybraną…</source>
        <translation>&amp;Restore the selected one…</translation>
    </message>
    <message>
        <source>codzienna</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>przed aktualizacją</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>przed importem</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>ręczna</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Przywrócić kopię?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>Baza danych zostanie zastąpiona kopią z %1. Zmiany wprowadzone później nie będą widoczne; obecny plik zostanie zachowany obok bazy. Przywrócić?</source>
        <translation>The database will be replaced by the backup from %1. Changes made later will not be there; the current file is kept beside the database. Restore?</translation>
    </message>
    <message>
        <source>Przywrócono kopię. Poprzedni plik zachowano jako: %1</source>
        <translation>The backup was restored. The previous file was kept as: %1</translation>
    </message>
    <message>
        <source>&amp;Kopie zapasowe…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Usuń &amp;dane osoby…</source>
        <translation>Erase a &amp;person&apos;s data…</translation>
    </message>
</context>
<context>
    <name>CaptureLine</name>
    <message>
        <source>Wpisz wypowiedź i naciśnij Enter (Ctrl+1…6: rodzaj, Tab: wcięcie)</source>
        <translation>Type a statement and press Enter (Ctrl+1…6: kind, Tab: indent)</translation>
    </message>
    <message>
        <source>Nowa wypowiedź</source>
        <translation>New statement</translation>
    </message>
    <message>
        <source>Mówca (Ctrl+M)</source>
        <translation>Speaker (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mówca</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Rodzaj następnej wypowiedzi: %1</source>
        <translation>Kind of the next statement: %1</translation>
    </message>
    <message>
        <source>Podpunkt poziomu %1 (Shift+Tab: wyżej)</source>
        <translation>Sub-point, level %1 (Shift+Tab: up a level)</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Informacja</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Konflikty: zmienione i u mnie, i w pliku</source>
        <translation>Conflicts: changed both here and in the file</translation>
    </message>
    <message>
        <source>Lista konfliktów</source>
        <translation>Conflict list</translation>
    </message>
    <message>
        <source>Moja wersja (w bazie)</source>
        <translation>My version (in the database)</translation>
    </message>
    <message>
        <source>Wersja z pliku</source>
        <translation>Version in the file</translation>
    </message>
    <message>
        <source>&amp;Zachowaj moją wersję</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <source>&amp;Weź wersję z pliku</source>
        <translation>&amp;Take the file&apos;s version</translation>
    </message>
    <message>
        <source>Wszystkie: zachowaj &amp;moje</source>
        <translation>All: keep &amp;mine</translation>
    </message>
    <message>
        <source>Wszystkie: weź z &amp;plików</source>
        <translation>All: take from the &amp;files</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Utracono połączenie z bazą urzędu (%1). Nic zapisanego nie przepadło; Facilitator połączy się ponownie, gdy serwer wróci.</source>
        <translation>Lost the connection to the office database (%1). Nothing saved has been lost; Facilitator will reconnect when the server is back.</translation>
    </message>
    <message>
        <source>Połączono ponownie z bazą urzędu (%1).</source>
        <translation>Reconnected to the office database (%1).</translation>
    </message>
    <message>
        <source>Brak połączenia z bazą urzędu</source>
        <translation>No connection to the office database</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Stanowiska urzędu</source>
        <translation>Office&apos;s positions</translation>
    </message>
    <message>
        <source>Seria</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Pokaż</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Wszystkie</source>
        <translation>All</translation>
    </message>
    <message>
        <source>różne stanowiska w grupie</source>
        <translation>mixed positions in the group</translation>
    </message>
    <message>
        <source>Szukaj w uwagach i uzasadnieniach</source>
        <translation>Search remarks and justifications</translation>
    </message>
    <message>
        <source>treść, uzasadnienie, paragraf…</source>
        <translation>text, justification, paragraph…</translation>
    </message>
    <message>
        <source>S&amp;eria:</source>
        <translation>S&amp;eries:</translation>
    </message>
    <message>
        <source>P&amp;okaż:</source>
        <translation>Sh&amp;ow:</translation>
    </message>
    <message>
        <source>Sz&amp;ukaj:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Uwaga</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Wypowiedzi</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Stanowisko</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Paragraf</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Uzasadnienie</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Uwagi i stanowiska urzędu</source>
        <translation>Remarks and the office&apos;s positions</translation>
    </message>
    <message>
        <source>1 – uwzględniono, 2 – uwzględniono częściowo, 3 – nie uwzględniono, 0 lub Delete – bez stanowiska</source>
        <translation>1 – accepted, 2 – partly accepted, 3 – not accepted, 0 or Delete – no position</translation>
    </message>
    <message>
        <source>Stanowisko urzędu</source>
        <translation>Office&apos;s position</translation>
    </message>
    <message>
        <source>Paragraf programu</source>
        <translation>Programme paragraph</translation>
    </message>
    <message>
        <source>np. § 5 ust. 2</source>
        <translation>e.g. § 5(2)</translation>
    </message>
    <message>
        <source>Dlaczego urząd uwzględnia uwagę lub nie (Ctrl+Enter zapisuje)</source>
        <translation>Why the office accepts the remark or not (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>Zapi&amp;sz uzasadnienie</source>
        <translation>&amp;Save justification</translation>
    </message>
    <message>
        <source>Zapisz uzasadnienie i paragraf (Ctrl+Enter)</source>
        <translation>Save the justification and the paragraph (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>St&amp;anowisko:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Paragraf programu:</source>
        <translation>Programme pa&amp;ragraph:</translation>
    </message>
    <message>
        <source>U&amp;zasadnienie:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cofnij ostatnią zmianę stanowiska (Ctrl+Z)</source>
        <translation>Undo the last change of a position (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Eksportuj &amp;raport…</source>
        <translation>E&amp;xport report…</translation>
    </message>
    <message>
        <source>Raport z konsultacji (DOCX, PDF lub XLSX) dla wybranej serii</source>
        <translation>The consultation response report (DOCX, PDF or XLSX) for the chosen series</translation>
    </message>
    <message>
        <source>Za&amp;mknij</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Wszystkie serie</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>Wczytywanie uwag…</source>
        <translation>Loading remarks…</translation>
    </message>
    <message>
        <source>Brak uwag: %1</source>
        <translation>No remarks: %1</translation>
    </message>
    <message>
        <source>Uwagi: %1 z %2; ze stanowiskiem: %3</source>
        <translation>Remarks: %1 of %2; answered: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n wypowiedzi</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Wypowiedzi tej grupy mają różne stanowiska; wybór nada wszystkim jedno.</source>
        <translation>The statements of this group have different positions; a choice gives them all one.</translation>
    </message>
    <message>
        <source>Nie udało się: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Usunięcie stanowiska</source>
        <translation>Remove position</translation>
    </message>
    <message>
        <source>Zmiana stanowiska</source>
        <translation>Change position</translation>
    </message>
    <message>
        <source>Zmiana uzasadnienia</source>
        <translation>Change justification</translation>
    </message>
    <message>
        <source>Zapisano uzasadnienie.</source>
        <translation>Justification saved.</translation>
    </message>
    <message>
        <source>Zapisz raport z konsultacji</source>
        <translation>Save the consultation response report</translation>
    </message>
    <message>
        <source>raport-z-konsultacji.docx</source>
        <translation>consultation-report.docx</translation>
    </message>
    <message>
        <source>Dokument Word (*.docx);;PDF (*.pdf);;Arkusz Excel (*.xlsx)</source>
        <translation>Word document (*.docx);;PDF (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Tworzenie raportu…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Anulowano.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Zapisano raport: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Wystąpił nieoczekiwany błąd: %1

Wszystko, co zostało oznaczone jako zapisane, jest bezpieczne w bazie danych. Szczegóły zapisano w pliku %2.</source>
        <translation>An unexpected error occurred: %1

Everything shown as saved is safe in the database. The details were written to %2.</translation>
    </message>
    <message>
        <source>Nieoczekiwany błąd</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Imię i &amp;nazwisko</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Imię (osobno)</source>
        <translation>&amp;First name (separate)</translation>
    </message>
    <message>
        <source>Na&amp;zwisko (osobno)</source>
        <translation>&amp;Last name (separate)</translation>
    </message>
    <message>
        <source>&amp;Organizacja</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Płeć</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>&amp;Zgoda RODO</source>
        <translation>GDPR &amp;consent</translation>
    </message>
    <message>
        <source>Import uczestników z pliku CSV</source>
        <translation>Import participants from a CSV file</translation>
    </message>
    <message>
        <source>— brak —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>kolumna %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Podgląd uczestników</source>
        <translation>Participants preview</translation>
    </message>
    <message numerus="yes">
        <source>Plik: %1 (kodowanie %2, %n wierszy)</source>
        <translation>
            <numerusform>File: %1 (encoding %2, %n row)</numerusform>
            <numerusform>File: %1 (encoding %2, %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wskaż kolumnę z imieniem i nazwiskiem.</source>
        <translation>Choose the column with the name.</translation>
    </message>
    <message>
        <source>Zostanie dodanych uczestników: %1</source>
        <translation>Participants to add: %1</translation>
    </message>
    <message>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nie</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>DD.MM.RRRR</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Data dzień, miesiąc, rok: 03.12.2026, 3.12.2026 albo 03122026 (Alt+↓: kalendarz)</source>
        <translation>Date as day, month, year: 03.12.2026, 3.12.2026 or 03122026 (Alt+↓: calendar)</translation>
    </message>
    <message>
        <source>Wybierz z kalendarza (Alt+↓)</source>
        <translation>Choose from the calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>&amp;Tytuł</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <source>Zmiana tytułu</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>Zmiana serii</source>
        <translation>Edit series</translation>
    </message>
    <message>
        <source>Zmiana adresatów</source>
        <translation>Edit audience</translation>
    </message>
    <message>
        <source>&amp;Organizator</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>Zmiana organizatora</source>
        <translation>Edit organiser</translation>
    </message>
    <message>
        <source>Zmiana nagłówka obszarów</source>
        <translation>Change area heading</translation>
    </message>
    <message>
        <source>&amp;Miejsce</source>
        <translation>Ven&amp;ue</translation>
    </message>
    <message>
        <source>Zmiana miejsca</source>
        <translation>Edit venue</translation>
    </message>
    <message>
        <source>Zmiana prowadzącego</source>
        <translation>Edit facilitator</translation>
    </message>
    <message>
        <source>Zmiana autora</source>
        <translation>Edit author</translation>
    </message>
    <message>
        <source>Zmiana celu spotkania</source>
        <translation>Edit purpose</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Zmiana daty</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <source>Seria konsultac&amp;ji</source>
        <translation>Ser&amp;ies</translation>
    </message>
    <message>
        <source>Adresaci</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>N&amp;agłówek obszarów</source>
        <translation>&amp;Wording of the area heading</translation>
    </message>
    <message>
        <source>Prowad&amp;zenie</source>
        <translation>Facilitated &amp;by</translation>
    </message>
    <message>
        <source>Op&amp;racowanie</source>
        <translation>Prepared b&amp;y</translation>
    </message>
    <message>
        <source>Cel spotkan&amp;ia</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Początek (&amp;GG:MM)</source>
        <translation>Sta&amp;rt (HH:MM)</translation>
    </message>
    <message>
        <source>Zmiana godziny rozpoczęcia</source>
        <translation>Edit start time</translation>
    </message>
    <message>
        <source>&amp;Koniec (GG:MM)</source>
        <translation>End (HH:&amp;MM)</translation>
    </message>
    <message>
        <source>Zmiana godziny zakończenia</source>
        <translation>Edit end time</translation>
    </message>
    <message>
        <source>GG:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Nie zapisano godziny rozpoczęcia: wpisz ją jako GG:MM, np. 10:00 albo 1000.</source>
        <translation>Start time not saved: type it as HH:MM, e.g. 10:00 or 1000.</translation>
    </message>
    <message>
        <source>Nie zapisano godziny zakończenia: wpisz ją jako GG:MM, np. 13:30 albo 1330.</source>
        <translation>End time not saved: type it as HH:MM, e.g. 13:30 or 1330.</translation>
    </message>
    <message>
        <source>Nie zapisano daty „%1”: wpisz dzień, miesiąc i rok, np. 03.12.2026 albo 03122026. Zostaje %2.</source>
        <translation>Date “%1” not saved: type day, month and year, e.g. 03.12.2026 or 03122026. It stays %2.</translation>
    </message>
    <message>
        <source>polski</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>angielski</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Jęz&amp;yk dokumentu</source>
        <translation>Do&amp;cument language</translation>
    </message>
    <message>
        <source>Liczba uczestników</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Zmiana języka dokumentu</source>
        <translation>Edit document language</translation>
    </message>
    <message>
        <source>Puste pole = liczba obecnych z listy obecności</source>
        <translation>Empty = the number present on the attendance list</translation>
    </message>
    <message>
        <source>Zmiana liczby uczestników</source>
        <translation>Edit number of participants</translation>
    </message>
    <message>
        <source>Nagłówek nad obszarami współpracy w podsumowaniu; dopóki go nie zmienisz, wynika z organizatora i języka dokumentu.</source>
        <translation>The heading above the areas of cooperation in the summary; until you change it, it follows the organiser and the document language.</translation>
    </message>
    <message>
        <source>Spotkanie nie ma sekcji typu obszar współpracy.</source>
        <translation>The meeting has no sections of the kind area of cooperation.</translation>
    </message>
    <message numerus="yes">
        <source>z listy: %n</source>
        <translation>
            <numerusform>from the list: %n</numerusform>
            <numerusform>from the list: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogJob</name>
    <message>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Anulowanie…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Przywrócono tekst, który był wpisywany przed zamknięciem programu. Możesz pisać dalej.</source>
        <translation>The text you were typing before the program closed has been restored. You can carry on typing.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Usuń dane osoby</source>
        <translation>Erase a person&apos;s data</translation>
    </message>
    <message>
        <source>Imię i nazwisko albo e-mail osoby, której dane mają zostać usunięte ze wszystkich spotkań:</source>
        <translation>Full name or e-mail of the person whose data is to be erased from every meeting:</translation>
    </message>
    <message>
        <source>Nie znaleziono takiej osoby w żadnym spotkaniu.</source>
        <translation>No such person was found in any meeting.</translation>
    </message>
    <message>
        <source>Usunąć dane osoby?</source>
        <translation>Erase the person&apos;s data?</translation>
    </message>
    <message>
        <source>Spotkania z tą osobą na liście obecności: %1, jej wypowiedzi: %2. Zostanie usunięta z list obecności, a przy jej wypowiedziach pojawi się organizacja albo „uczestnik”. Tej operacji nie można cofnąć. Usunąć?</source>
        <translation>Meetings with this person on the attendance list: %1, their statements: %2. They will be removed from the attendance lists, and their statements will show their organisation or “participant”. This cannot be undone. Erase?</translation>
    </message>
    <message>
        <source>Usunięto dane osoby. Starsze kopie zapasowe zawierają je do czasu ich rotacji.</source>
        <translation>The person&apos;s data was erased. Older backups hold it until they are rotated out.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Zapisywanie dokumentu…</source>
        <translation>Saving the document…</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Zrobione: %1. Można cofnąć (Ctrl+Z).</source>
        <translation>Done: %1. You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Nie udało się cofnąć: %1</source>
        <translation>Could not undo: %1</translation>
    </message>
    <message>
        <source>Cofnięto: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import spotkań</source>
        <translation>Import meetings</translation>
    </message>
    <message>
        <source>Podgląd importu spotkań</source>
        <translation>Meeting import preview</translation>
    </message>
    <message>
        <source>Postęp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Spotkania i pliki do importu</source>
        <translation>Meetings and files to import</translation>
    </message>
    <message>
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Pliki do importu: %1</source>
        <translation>Files to import: %1</translation>
    </message>
    <message>
        <source>Wczytywanie i sprawdzanie plików…</source>
        <translation>Reading and checking the files…</translation>
    </message>
    <message>
        <source>Sprawdzanie: %1</source>
        <translation>Checking: %1</translation>
    </message>
    <message>
        <source>Importowanie…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n nowych spotkań</source>
        <translation>
            <numerusform>%n new meeting</numerusform>
            <numerusform>%n new meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaktualizowanych</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Zamknij</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Nie udało się: %1. Nic nie zapisano.</source>
        <translation>Failed: %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>Anulowano. Nic nie zapisano.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Nowe: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Aktualizacje: %1</source>
        <translation>Updates: %1</translation>
    </message>
    <message>
        <source>Bez zmian: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Błędne pliki: %1 (pominięte)</source>
        <translation>Invalid files: %1 (skipped)</translation>
    </message>
    <message>
        <source>Konflikty: %1 (z pliku: %2, moje: %3)</source>
        <translation>Conflicts: %1 (from the file: %2, mine: %3)</translation>
    </message>
    <message>
        <source>Nie ma nic do zaimportowania: wszystko jest aktualne.</source>
        <translation>Nothing to import: everything is up to date.</translation>
    </message>
    <message>
        <source>Zaimportowano: %1 i %2. Wszystko zapisano.</source>
        <translation>Imported: %1 and %2. Everything is saved.</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Nowe</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Aktualizacja</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Bez zmian</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>d MMMM yyyy &apos;r.&apos;</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>wypowiedzi: {0}</source>
        <translation>statements: {0}</translation>
    </message>
    <message>
        <source>sekcje: {0}</source>
        <translation>sections: {0}</translation>
    </message>
    <message>
        <source>uczestnicy: {0}</source>
        <translation>participants: {0}</translation>
    </message>
    <message>
        <source>nowe: {0}</source>
        <translation>new: {0}</translation>
    </message>
    <message>
        <source>zmienione: {0}</source>
        <translation>changed: {0}</translation>
    </message>
    <message>
        <source>usunięte: {0}</source>
        <translation>deleted: {0}</translation>
    </message>
    <message>
        <source>inne zmiany: {0}</source>
        <translation>other changes: {0}</translation>
    </message>
    <message>
        <source>konflikty: {0}</source>
        <translation>conflicts: {0}</translation>
    </message>
    <message>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Seria</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Zmiany</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nagłówek spotkania</source>
        <translation>Meeting header</translation>
    </message>
    <message>
        <source>Uczestnik</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Sekcja</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Wypowiedź</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>rodzaj</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>tagi</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>mówca</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>sekcja</source>
        <translation>section</translation>
    </message>
    <message>
        <source>miejsce</source>
        <translation>position</translation>
    </message>
    <message>
        <source>imię i nazwisko</source>
        <translation>name</translation>
    </message>
    <message>
        <source>organizacja</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>tytuł</source>
        <translation>title</translation>
    </message>
    <message>
        <source>data</source>
        <translation>date</translation>
    </message>
    <message>
        <source>grupa</source>
        <translation>group</translation>
    </message>
    <message>
        <source>obecność</source>
        <translation>present</translation>
    </message>
    <message>
        <source>zgoda</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>płeć</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>program</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>stanowisko urzędu</source>
        <translation>office&apos;s position</translation>
    </message>
    <message>
        <source>nagłówek i obszar grupy</source>
        <translation>group heading and area</translation>
    </message>
    <message>
        <source>(usunięte)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Tagi: </source>
        <translation>Tags: </translation>
    </message>
    <message>
        <source>(usunięte w tym miejscu)</source>
        <translation>(deleted on this side)</translation>
    </message>
    <message>
        <source>Co</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Moja wersja</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Wersja z pliku</source>
        <translation>Version in the file</translation>
    </message>
    <message>
        <source>Wybór</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Zachowaj moją</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Weź z pliku</source>
        <translation>Take the file&apos;s</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Pełna treść zaznaczonej wypowiedzi</source>
        <translation>Full text of the selected statement</translation>
    </message>
    <message>
        <source>Zaznacz wypowiedź, aby przeczytać ją w całości (Ctrl+D).</source>
        <translation>Select a statement to read it in full (Ctrl+D).</translation>
    </message>
    <message>
        <source>Mówca</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Tagi</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Ctrl+T: dodaj tagi</source>
        <translation>Ctrl+T: add tags</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Treść</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Mówca</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Tagi</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Mocna strona</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Słaba strona</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Propozycja</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Rekomendacja</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Dobra praktyka</source>
        <translation>Good practice</translation>
    </message>
    <message>
        <source>Uwaga</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Obszar współpracy</source>
        <translation>Area of cooperation</translation>
    </message>
    <message>
        <source>Blok tematyczny</source>
        <translation>Topic block</translation>
    </message>
    <message>
        <source>Inne uwagi</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <source>uwzględniono</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>uwzględniono częściowo</source>
        <translation>partly accepted</translation>
    </message>
    <message>
        <source>nie uwzględniono</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>bez stanowiska</source>
        <translation>no position</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <source>Importuj pliki spotkań</source>
        <translation>Import meeting files</translation>
    </message>
    <message>
        <source>Pliki spotkań (*.json);;Wszystkie pliki (*)</source>
        <translation>Meeting files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Nie zaimportowano niczego. Błąd w pliku: %1</source>
        <translation>Nothing was imported. Error in file: %1</translation>
    </message>
    <message>
        <source>Nie zaimportowano niczego: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Zaimportowano spotkania: %1 (nowe: %2, zaktualizowane: %3, bez zmian: %4).</source>
        <translation>Meetings imported: %1 (new: %2, updated: %3, unchanged: %4).</translation>
    </message>
    <message>
        <source>Najpierw zaznacz spotkanie na liście.</source>
        <translation>Select a meeting in the list first.</translation>
    </message>
    <message>
        <source>Eksportuj plik spotkania</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <source>Plik spotkania (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
    <message>
        <source>Nie zapisano pliku %1: %2</source>
        <translation>File %1 not saved: %2</translation>
    </message>
    <message>
        <source>Zapisano plik %1</source>
        <translation>Saved file %1</translation>
    </message>
    <message>
        <source>Nie można otworzyć przykładowego spotkania: %1</source>
        <translation>The sample meeting cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>&amp;Szczegóły</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Lista obecności</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>&amp;Notatki</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Pods&amp;umowanie</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Wszystkie zmiany są zapisywane na bieżąco</source>
        <translation>Every change is saved as you go</translation>
    </message>
    <message>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zamknij okno</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Edycja</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ponów</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Cofnij %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Ponów %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Widok</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Historia zmian</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <source>&amp;Następna strona</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Po&amp;przednia strona</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Historia zmian</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>&lt;stan po otwarciu&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <source>Zapisano %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Miejsce</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Seria konsultacji</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Wypowiedzi</source>
        <translation>Statements</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Bieżący punkt programu</source>
        <translation>Current agenda point</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Dodaj sekcję, aby zacząć notować</source>
        <translation>Add a section to start taking notes</translation>
    </message>
    <message>
        <source>Najpierw dodaj sekcję, do której trafią notatki.</source>
        <translation>First add a section for the notes to go into.</translation>
    </message>
    <message>
        <source>Nie ma jednoznacznie takiej osoby na liście obecności: %1</source>
        <translation>No single person on the attendance list matches: %1</translation>
    </message>
    <message>
        <source>Dodanie wypowiedzi</source>
        <translation>Add statement</translation>
    </message>
    <message>
        <source>Zmiana rodzaju</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Usunięcie wypowiedzi</source>
        <translation>Delete statements</translation>
    </message>
    <message>
        <source>Wcięcie</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Zmniejszenie wcięcia</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Zmiana tagów</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <source>Zmiana treści</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Przeniesienie wypowiedzi</source>
        <translation>Move statement</translation>
    </message>
    <message>
        <source>Nowy blok tematyczny</source>
        <translation>New topic block</translation>
    </message>
    <message>
        <source>Nowa sekcja</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Dodanie sekcji</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Usunięcie sekcji</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <source>Zmiana nazwy sekcji</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <source>Przeniesienie sekcji</source>
        <translation>Move section</translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <source>Połącz z &amp;bazą urzędu…</source>
        <translation>Connect to the office &amp;database…</translation>
    </message>
    <message>
        <source>Wróć do bazy &amp;lokalnej</source>
        <translation>Back to the &amp;local database</translation>
    </message>
    <message>
        <source>Otwarta baza danych</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>%1 — baza urzędu %2</source>
        <translation>%1 — office database %2</translation>
    </message>
    <message>
        <source>Baza urzędu: %1</source>
        <translation>Office database: %1</translation>
    </message>
    <message>
        <source>Baza lokalna: %1</source>
        <translation>Local database: %1</translation>
    </message>
    <message>
        <source>Zmiana bazy danych</source>
        <translation>Changing the database</translation>
    </message>
    <message>
        <source>Trwa import albo tworzenie raportu. Zmień bazę, gdy się zakończy.</source>
        <translation>An import or a report is running. Change the database when it has finished.</translation>
    </message>
    <message>
        <source>Nie można otworzyć bazy danych:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
    <message>
        <source>Nie można połączyć się z bazą urzędu (%1):
%2

Otworzyć zamiast niej bazę lokalną na tym komputerze? Nie będzie w niej danych urzędu.</source>
        <translation>Cannot connect to the office database (%1):
%2

Open the local database on this computer instead? It does not hold the office&apos;s data.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>bez szyfrowania (disable)</source>
        <translation>not encrypted (disable)</translation>
    </message>
    <message>
        <source>szyfrowane, jeśli serwer pozwala (prefer)</source>
        <translation>encrypted if the server allows (prefer)</translation>
    </message>
    <message>
        <source>zawsze szyfrowane (require)</source>
        <translation>always encrypted (require)</translation>
    </message>
    <message>
        <source>szyfrowane, certyfikat sprawdzany (verify-full)</source>
        <translation>encrypted, certificate verified (verify-full)</translation>
    </message>
    <message>
        <source>Połącz z bazą urzędu</source>
        <translation>Connect to the office database</translation>
    </message>
    <message>
        <source>Wspólna baza urzędu na serwerze PostgreSQL. Dane połączenia poda administrator; hasło nie jest zapisywane w ustawieniach programu.</source>
        <translation>The office&apos;s shared database on a PostgreSQL server. The administrator gives you these details; the password is not stored in the program&apos;s settings.</translation>
    </message>
    <message>
        <source>&amp;Serwer:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Serwer</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Baza danych:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Baza danych</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Użytkownik:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Szy&amp;frowanie (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>Szyfrowanie (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <source>&amp;Hasło:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Zapamiętaj hasło w %1</source>
        <translation>Re&amp;member the password in %1</translation>
    </message>
    <message>
        <source>Plik haseł PostgreSQL (libpq), czytelny tylko dla Ciebie; program czyta go przy każdym połączeniu.</source>
        <translation>PostgreSQL&apos;s password file (libpq), readable by you only; the program reads it for every connection.</translation>
    </message>
    <message>
        <source>Wynik sprawdzenia</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>Sp&amp;rawdź połączenie</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Połącz</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Podaj serwer (nazwę lub adres komputera z bazą).</source>
        <translation>Enter the server (the name or address of the computer holding the database).</translation>
    </message>
    <message>
        <source>Podaj nazwę bazy danych.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Podaj nazwę użytkownika.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Łączenie z %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Połączenie działa: %1 (PostgreSQL %2).</source>
        <translation>The connection works: %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <source>Nie udało się połączyć: %1</source>
        <translation>Could not connect: %1</translation>
    </message>
</context>
<context>
    <name>Officials</name>
    <message>
        <source>Importuj spotkania</source>
        <translation>Import meetings</translation>
    </message>
    <message>
        <source>Pliki spotkań (*.json);;Wszystkie pliki (*)</source>
        <translation>Meeting files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importuj folder ze spotkaniami</source>
        <translation>Import a folder of meetings</translation>
    </message>
    <message>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importuj spotkania…</source>
        <translation>&amp;Import meetings…</translation>
    </message>
    <message>
        <source>Importuj &amp;folder ze spotkaniami…</source>
        <translation>Import a &amp;folder of meetings…</translation>
    </message>
    <message>
        <source>&amp;Urzędnik</source>
        <translation>&amp;Officials</translation>
    </message>
    <message>
        <source>&amp;Szukaj we wszystkich spotkaniach…</source>
        <translation>&amp;Search all meetings…</translation>
    </message>
    <message>
        <source>&amp;Powtarzające się wypowiedzi…</source>
        <translation>&amp;Recurring statements…</translation>
    </message>
    <message>
        <source>&amp;Tagi…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>S&amp;erie konsultacji…</source>
        <translation>S&amp;eries of consultations…</translation>
    </message>
    <message>
        <source>&amp;Raport zbiorczy…</source>
        <translation>&amp;Consolidated report…</translation>
    </message>
    <message>
        <source>Stanowiska &amp;urzędu…</source>
        <translation>&amp;Office&apos;s positions…</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Wypowiedzi w sekcji</source>
        <translation>Statements in the section</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Imię i nazwisko</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organizacja</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Płeć</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Obecność</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Zgoda RODO</source>
        <translation>GDPR consent</translation>
    </message>
    <message>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <source>kobieta</source>
        <translation>female</translation>
    </message>
    <message>
        <source>mężczyzna</source>
        <translation>male</translation>
    </message>
    <message>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Widok dla uczestników</source>
        <translation>Participants&apos; view</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>Nie wysyłaj, pokaż konflikty</source>
        <translation>Don&apos;t send, show the conflicts</translation>
    </message>
    <message>
        <source>Zostaw wersję urzędu</source>
        <translation>Keep the office&apos;s version</translation>
    </message>
    <message>
        <source>Weź wersję z laptopa</source>
        <translation>Take the laptop&apos;s version</translation>
    </message>
    <message>
        <source>Weź nowszą wersję</source>
        <translation>Take the newer version</translation>
    </message>
    <message>
        <source>w bazie urzędu: %1</source>
        <translation>in the office database: %1</translation>
    </message>
    <message>
        <source>na laptopie: %1</source>
        <translation>on the laptop: %1</translation>
    </message>
    <message>
        <source>Wyślij do bazy urzędu</source>
        <translation>Send to the office database</translation>
    </message>
    <message>
        <source>postgresql://login@serwer/facilitator albo ścieżka pliku bazy</source>
        <translation>postgresql://login@server/facilitator or the path of a database file</translation>
    </message>
    <message>
        <source>Adres bazy urzędu</source>
        <translation>Office database address</translation>
    </message>
    <message>
        <source>Hasło nie jest zapisywane: najlepiej trzymać je w pliku .pgpass.</source>
        <translation>The password is never stored: keep it in a .pgpass file.</translation>
    </message>
    <message>
        <source>Tylko zaz&amp;naczone spotkanie</source>
        <translation>O&amp;nly the selected meeting</translation>
    </message>
    <message>
        <source>Wszystkie s&amp;potkania</source>
        <translation>All &amp;meetings</translation>
    </message>
    <message>
        <source>Gdy wypowiedź zmieniono i w urzędzie, i na laptopie</source>
        <translation>When a statement was changed both in the office and on the laptop</translation>
    </message>
    <message>
        <source>&amp;Baza urzędu:</source>
        <translation>Office &amp;database:</translation>
    </message>
    <message>
        <source>Spotkania:</source>
        <translation>Meetings:</translation>
    </message>
    <message>
        <source>&amp;Konflikty:</source>
        <translation>On con&amp;flict:</translation>
    </message>
    <message>
        <source>Postęp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Konflikty</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Sprawdź</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Wyślij</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Spotkania do wysłania</source>
        <translation>Meetings to send</translation>
    </message>
    <message>
        <source>Łączenie z bazą urzędu i sprawdzanie…</source>
        <translation>Connecting to the office database and checking…</translation>
    </message>
    <message>
        <source>Konflikty: %1. Te same wypowiedzi zmieniono w urzędzie i na laptopie; nic nie zostanie wysłane, dopóki nie wybierzesz, która wersja ma zostać.</source>
        <translation>Conflicts: %1. The same statements were changed in the office and on the laptop; nothing will be sent until you choose which version stays.</translation>
    </message>
    <message>
        <source>Nie ma nic do wysłania: baza urzędu ma już te spotkania.</source>
        <translation>Nothing to send: the office database already has these meetings.</translation>
    </message>
    <message>
        <source>Wysyłanie…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>&amp;Zamknij</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Nie udało się: %1. Baza urzędu pozostała bez zmian.</source>
        <translation>Failed: %1. The office database was not changed.</translation>
    </message>
    <message>
        <source>Anulowano. Baza urzędu pozostała bez zmian.</source>
        <translation>Cancelled. The office database was not changed.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Przywrócony tekst</source>
        <translation>Restored text</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <source>Powtarzające się wypowiedzi</source>
        <translation>Recurring statements</translation>
    </message>
    <message>
        <source>Próg podobieństwa</source>
        <translation>Similarity threshold</translation>
    </message>
    <message>
        <source>Seria</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>S&amp;eria:</source>
        <translation>S&amp;eries:</translation>
    </message>
    <message>
        <source>Wypowiedzi w grupie</source>
        <translation>Statements in the group</translation>
    </message>
    <message>
        <source>Wypowiedzi poza grupami</source>
        <translation>Statements in no group</translation>
    </message>
    <message>
        <source>Porównuj &amp;między obszarami</source>
        <translation>Compare across a&amp;reas</translation>
    </message>
    <message>
        <source>Grupuj podobne wypowiedzi także z różnych obszarów (domyślnie grupy powstają w obrębie jednego obszaru).</source>
        <translation>Group similar statements of different areas too (by default groups form within one area).</translation>
    </message>
    <message>
        <source>Wypowiedź</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Organizacje</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grupy podobnych wypowiedzi</source>
        <translation>Groups of similar statements</translation>
    </message>
    <message>
        <source>Wszystkie serie</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>&amp;Podobieństwo: %1%</source>
        <translation>&amp;Similarity: %1%</translation>
    </message>
    <message>
        <source>Szukanie podobnych wypowiedzi…</source>
        <translation>Looking for similar statements…</translation>
    </message>
    <message>
        <source>Nie udało się: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Grupy: %1</source>
        <translation>Groups: %1</translation>
    </message>
    <message>
        <source>Brak powtarzających się wypowiedzi przy tym progu.</source>
        <translation>No recurring statements at this threshold.</translation>
    </message>
    <message numerus="yes">
        <source>%n spotkań</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizacji</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>podobieństwo %1%</source>
        <translation>similarity %1%</translation>
    </message>
    <message>
        <source>Najbardziej podobne do wybranej grupy są na górze.</source>
        <translation>The closest to the chosen group are at the top.</translation>
    </message>
    <message>
        <source>Pokazano %1 z %2 — zawęź wyszukiwanie.</source>
        <translation>Showing %1 of %2 — narrow the search.</translation>
    </message>
    <message>
        <source>Grupa potwierdzona.</source>
        <translation>Group confirmed.</translation>
    </message>
    <message>
        <source>Potwierdzenie grupy</source>
        <translation>Confirm group</translation>
    </message>
    <message>
        <source>Zaznacz wypowiedzi do wydzielenia (nie wszystkie).</source>
        <translation>Tick the statements to split off (not all of them).</translation>
    </message>
    <message>
        <source>Wydzielono: %1.</source>
        <translation>Split off: %1.</translation>
    </message>
    <message>
        <source>Wydzielenie z grupy</source>
        <translation>Split from group</translation>
    </message>
    <message>
        <source>Wybierz wypowiedź z grupy.</source>
        <translation>Choose a statement of the group.</translation>
    </message>
    <message>
        <source>Usunięto z grupy: %1.</source>
        <translation>Removed from the group: %1.</translation>
    </message>
    <message>
        <source>Usunięcie z grupy</source>
        <translation>Removal from the group</translation>
    </message>
    <message>
        <source>Przywrócono automatyczne grupowanie.</source>
        <translation>Automatic grouping restored.</translation>
    </message>
    <message>
        <source>Przywrócenie automatycznych grup</source>
        <translation>Restore automatic groups</translation>
    </message>
    <message>
        <source>Zaznacz co najmniej dwie grupy (Ctrl+klik lub Shift+strzałki).</source>
        <translation>Select at least two groups (Ctrl+click or Shift+arrows).</translation>
    </message>
    <message>
        <source>Połączono grupy: %1.</source>
        <translation>Groups merged: %1.</translation>
    </message>
    <message>
        <source>Połączenie grup</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <source>Wybierz grupę i wypowiedź spoza grup.</source>
        <translation>Choose a group and a statement in no group.</translation>
    </message>
    <message>
        <source>Dodano do grupy: %1.</source>
        <translation>Added to the group: %1.</translation>
    </message>
    <message>
        <source>Dodanie do grupy</source>
        <translation>Addition to the group</translation>
    </message>
    <message>
        <source>Zmieniono nagłówek grupy.</source>
        <translation>The group&apos;s heading was changed.</translation>
    </message>
    <message>
        <source>Zmiana nagłówka grupy</source>
        <translation>Change of the group&apos;s heading</translation>
    </message>
    <message>
        <source>Przeniesiono grupę do obszaru: %1.</source>
        <translation>The group was moved to the area: %1.</translation>
    </message>
    <message>
        <source>Przeniesienie grupy do obszaru</source>
        <translation>Move of the group to another area</translation>
    </message>
    <message>
        <source>brak danych</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>potwierdzona</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>automatyczna</source>
        <translation>automatic</translation>
    </message>
</context>
<context>
    <name>RecurringPanels</name>
    <message>
        <source>Nagłówek grupy</source>
        <translation>Group heading</translation>
    </message>
    <message>
        <source>Pusty: brzmienie pierwszej wypowiedzi</source>
        <translation>Empty: the first statement&apos;s wording</translation>
    </message>
    <message>
        <source>Zapi&amp;sz nagłówek</source>
        <translation>Save &amp;heading</translation>
    </message>
    <message>
        <source>Obszar grupy</source>
        <translation>Group area</translation>
    </message>
    <message>
        <source>P&amp;rzenieś</source>
        <translation>Mo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Nagłówek:</source>
        <translation>Headin&amp;g:</translation>
    </message>
    <message>
        <source>Przenieś do &amp;obszaru:</source>
        <translation>Move &amp;to area:</translation>
    </message>
    <message>
        <source>Potwierdź &amp;grupę</source>
        <translation>&amp;Confirm group</translation>
    </message>
    <message>
        <source>&amp;Wydziel zaznaczone</source>
        <translation>Split &amp;off the ticked ones</translation>
    </message>
    <message>
        <source>&amp;Usuń z grupy</source>
        <translation>Remove &amp;from group</translation>
    </message>
    <message>
        <source>Przywróć &amp;automatyczne</source>
        <translation>Restore &amp;automatic</translation>
    </message>
    <message>
        <source>Po&amp;łącz zaznaczone grupy</source>
        <translation>&amp;Merge selected groups</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cofnij ostatnią decyzję (Ctrl+Z)</source>
        <translation>Undo the last decision (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Przeciągnij wypowiedź na grupę, aby ją dodać, grupę na grupę, aby je połączyć, a wypowiedź z grupy na listę obok, aby ją usunąć. Zaznacz wypowiedzi, które mówią o czymś innym, i wybierz „Wydziel zaznaczone”.</source>
        <translation>Drag a statement onto a group to add it, a group onto a group to merge them, and a statement of the group onto the list beside to remove it. Tick the statements that are about something else and choose “Split off the ticked ones”.</translation>
    </message>
    <message>
        <source>Szukaj wśród wypowiedzi poza grupami</source>
        <translation>Search the statements in no group</translation>
    </message>
    <message>
        <source>&amp;Dodaj do grupy</source>
        <translation>A&amp;dd to group</translation>
    </message>
    <message>
        <source>Poza grupami — szu&amp;kaj:</source>
        <translation>In no group — fi&amp;nd:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Dokument Word (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Arkusz Excel (XLSX) – wiersz na wypowiedź</source>
        <translation>Excel workbook (XLSX) – one row per statement</translation>
    </message>
    <message>
        <source>Raport zbiorczy</source>
        <translation>Consolidated report</translation>
    </message>
    <message>
        <source>Spotkania z &amp;serii</source>
        <translation>Meetings of a &amp;series</translation>
    </message>
    <message>
        <source>&amp;Wybrane spotkania</source>
        <translation>Selected &amp;meetings</translation>
    </message>
    <message>
        <source>Seria</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Spotkania do raportu</source>
        <translation>Meetings in the report</translation>
    </message>
    <message>
        <source>&amp;Od:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Język raportu</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>polski</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>angielski</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Próg podobieństwa</source>
        <translation>Similarity threshold</translation>
    </message>
    <message>
        <source>Jak w oknie „Powtarzające się wypowiedzi”: od tego progu wypowiedzi z różnych spotkań tworzą jedną grupę.</source>
        <translation>As in the “Recurring statements” window: from this threshold on, statements from different meetings form one group.</translation>
    </message>
    <message>
        <source>Tylko po&amp;twierdzone grupy</source>
        <translation>Only confirmed &amp;groups</translation>
    </message>
    <message>
        <source>Grupuj tylko wypowiedzi, które urzędnik potwierdził jako jedną; pozostałe są w raporcie pojedynczo.</source>
        <translation>Group only statements an official confirmed as one; the others are listed one by one.</translation>
    </message>
    <message>
        <source>Grupy &amp;między obszarami</source>
        <translation>Groups s&amp;panning areas</translation>
    </message>
    <message>
        <source>Jak „Porównuj między obszarami” w oknie „Powtarzające się wypowiedzi”: grupuj podobne wypowiedzi także z różnych obszarów.</source>
        <translation>As “Compare across areas” in the “Recurring statements” window: group similar statements of different areas too.</translation>
    </message>
    <message>
        <source>Plik raportu</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>Wybi&amp;erz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Otwórz &amp;raport</source>
        <translation>&amp;Open report</translation>
    </message>
    <message>
        <source>Okres:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Form&amp;at:</translation>
    </message>
    <message>
        <source>&amp;Język:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Pró&amp;g podobieństwa:</source>
        <translation>Similarity t&amp;hreshold:</translation>
    </message>
    <message>
        <source>&amp;Plik:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Postęp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Utwórz raport</source>
        <translation>Create &amp;report</translation>
    </message>
    <message>
        <source>&amp;Zamknij</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Wszystkie spotkania</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>raport-zbiorczy.docx</source>
        <translation>consolidated-report.docx</translation>
    </message>
    <message>
        <source>Zapisz raport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Podaj plik raportu.</source>
        <translation>Choose the report file.</translation>
    </message>
    <message>
        <source>Folder %1 nie istnieje.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Zaznacz co najmniej jedno spotkanie.</source>
        <translation>Tick at least one meeting.</translation>
    </message>
    <message>
        <source>Tworzenie raportu…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Nie udało się: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Anulowano; nie zapisano pliku.</source>
        <translation>Cancelled; no file was saved.</translation>
    </message>
    <message>
        <source>Zapisano raport: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Wypowiedź</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Spotkanie</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Sekcja</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Szukaj we wszystkich spotkaniach</source>
        <translation>Search all meetings</translation>
    </message>
    <message>
        <source>Wpisz słowa, np. lokale albo polityka migracyjna (wielkość liter i polskie znaki nie mają znaczenia)</source>
        <translation>Type words, e.g. premises or migration policy (case and Polish letters do not matter)</translation>
    </message>
    <message>
        <source>Szukane słowa</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Liczba wyników</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>Seria</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Sekcja / obszar</source>
        <translation>Section / area</translation>
    </message>
    <message>
        <source>Rodzaj wypowiedzi</source>
        <translation>Kind of statement</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Wszystkie rodzaje</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Od:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Otwórz &amp;w spotkaniu</source>
        <translation>&amp;Open in the meeting</translation>
    </message>
    <message>
        <source>Komunikat</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Oznacz ta&amp;giem… (Ctrl+T)</source>
        <translation>Tag the c&amp;hosen… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Dodaj tag do zaznaczonych wypowiedzi (Ctrl+A zaznacza wszystkie, Shift+strzałki kolejne); tag zagnieżdżony: Obszar 1/BIP</source>
        <translation>Add a tag to the chosen statements (Ctrl+A chooses all, Shift+arrows the next ones); a nested tag: Area 1/BIP</translation>
    </message>
    <message>
        <source>Eksport do &amp;XLSX…</source>
        <translation>Export to &amp;XLSX…</translation>
    </message>
    <message>
        <source>Zapisz wszystkie znalezione wypowiedzi w arkuszu XLSX</source>
        <translation>Save every statement found in an XLSX spreadsheet</translation>
    </message>
    <message>
        <source>Stanowisko urzędu</source>
        <translation>Office&apos;s position</translation>
    </message>
    <message>
        <source>Wszystkie stanowiska</source>
        <translation>All positions</translation>
    </message>
    <message>
        <source>Wyczyść &amp;filtry</source>
        <translation>Cle&amp;ar filters</translation>
    </message>
    <message>
        <source>S&amp;eria:</source>
        <translation>S&amp;eries:</translation>
    </message>
    <message>
        <source>Se&amp;kcja:</source>
        <translation>Se&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>St&amp;anowisko:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Wyniki wyszukiwania</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Wszystkie serie</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>Wszystkie sekcje</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>Wszystkie tagi</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Szukanie…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n wypowiedzi</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Znaleziono: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>(pokazano pierwsze %1 — zawęź wyszukiwanie)</source>
        <translation>(showing the first %1 — narrow the search)</translation>
    </message>
    <message>
        <source>Nic nie znaleziono.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Wyszukiwanie nie powiodło się: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Zaznacz wypowiedzi do oznaczenia (Ctrl+A: wszystkie).</source>
        <translation>Choose the statements to tag (Ctrl+A: all of them).</translation>
    </message>
    <message>
        <source>Nie udało się: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Oznaczenie tagiem „%1”: %2</source>
        <translation>Tagging with “%1”: %2</translation>
    </message>
    <message>
        <source>Oznacz tagiem</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag dla zaznaczonych (%1); zagnieżdżony: Obszar 1/BIP</source>
        <translation>Tag for the chosen (%1); nested: Area 1/BIP</translation>
    </message>
    <message>
        <source>Eksport wyników do XLSX</source>
        <translation>Export the results to XLSX</translation>
    </message>
    <message>
        <source>Arkusz XLSX (*.xlsx)</source>
        <translation>XLSX spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Zapisano %1 w pliku %2</source>
        <translation>Saved %1 in %2</translation>
    </message>
    <message>
        <source>Eksport nie powiódł się: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Sekcje</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dodaj sekcję</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Dodaj blok tematyczny</source>
        <translation>Add topic block</translation>
    </message>
    <message>
        <source>Usuń sekcję</source>
        <translation>Delete section</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Serie konsultacji</source>
        <translation>Consultation series</translation>
    </message>
    <message>
        <source>Seria</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Lista serii spotkań</source>
        <translation>Meeting series list</translation>
    </message>
    <message>
        <source>Zmień &amp;nazwę (F2)</source>
        <translation>&amp;Rename (F2)</translation>
    </message>
    <message>
        <source>&amp;Scal zaznaczone…</source>
        <translation>&amp;Merge selected…</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Zamknij</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Nowa nazwa obowiązuje we wszystkich spotkaniach serii. Nazwa innej serii scala obie serie.</source>
        <translation>The new name applies to every meeting of the series. The name of another series merges the two.</translation>
    </message>
    <message>
        <source>Zmiana nazwy serii „%1” na „%2”</source>
        <translation>Renaming series “%1” to “%2”</translation>
    </message>
    <message>
        <source>Scal serie</source>
        <translation>Merge series</translation>
    </message>
    <message>
        <source>Zostaw serię (pozostałe zostaną w niej scalone):</source>
        <translation>Keep series (the others will be merged into it):</translation>
    </message>
    <message>
        <source>Scalenie serii w „%1”</source>
        <translation>Merging series into “%1”</translation>
    </message>
    <message>
        <source>Nie udało się: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Zapisz wypowiedź i przejdź do następnej</source>
        <translation>Save the statement and go on to the next</translation>
    </message>
    <message>
        <source>Wcięcie: podpunkt poprzedniej wypowiedzi / poziom wyżej</source>
        <translation>Indent: sub-point of the previous statement / up a level</translation>
    </message>
    <message>
        <source>Poprzednia / następna sekcja</source>
        <translation>Previous / next section</translation>
    </message>
    <message>
        <source>Przesuń wypowiedź (albo sekcję) w górę / w dół</source>
        <translation>Move the statement (or section) up / down</translation>
    </message>
    <message>
        <source>Popraw treść zaznaczonej wypowiedzi</source>
        <translation>Edit the text of the selected statement</translation>
    </message>
    <message>
        <source>Tagi zaznaczonej wypowiedzi (po przecinku, z podpowiedziami)</source>
        <translation>Tags of the selected statement (comma-separated, with suggestions)</translation>
    </message>
    <message>
        <source>Pełna treść zaznaczonej wypowiedzi (Esc: powrót)</source>
        <translation>Full text of the selected statement (Esc: back)</translation>
    </message>
    <message>
        <source>Usuń zaznaczone wypowiedzi (można cofnąć)</source>
        <translation>Delete the selected statements (can be undone)</translation>
    </message>
    <message>
        <source>Mówca: wybierz osobę z listy obecności</source>
        <translation>Speaker: choose a person from the attendance list</translation>
    </message>
    <message>
        <source>Wróć do pola nowej wypowiedzi</source>
        <translation>Back to the new statement field</translation>
    </message>
    <message>
        <source>Z pola nowej wypowiedzi do listy wypowiedzi (na ostatnio dodanej)</source>
        <translation>From the new statement field to the list of statements (at the one just added)</translation>
    </message>
    <message>
        <source>Z listy wypowiedzi z powrotem do pola nowej wypowiedzi</source>
        <translation>From the list of statements back to the new statement field</translation>
    </message>
    <message>
        <source>Widok dla uczestników (rzutnik): pokaż / zamknij</source>
        <translation>Participants&apos; view (projector): show / close</translation>
    </message>
    <message>
        <source>Rodzaj: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Przesuń punkt przebiegu w górę / w dół</source>
        <translation>Move the agenda point up / down</translation>
    </message>
    <message>
        <source>Usuń zaznaczony punkt przebiegu</source>
        <translation>Delete the selected agenda point</translation>
    </message>
    <message>
        <source>Nowy punkt przebiegu spotkania</source>
        <translation>New agenda point</translation>
    </message>
    <message>
        <source>Usuń zaznaczone osoby z listy obecności</source>
        <translation>Remove the selected people from the attendance list</translation>
    </message>
    <message>
        <source>&amp;Skróty klawiszowe</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Skróty klawiszowe</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Klawisze</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Szukaj po tytule, miejscu, serii lub dacie</source>
        <translation>Search by title, venue, series or date</translation>
    </message>
    <message>
        <source>Filtr spotkań</source>
        <translation>Meeting filter</translation>
    </message>
    <message>
        <source>Seria konsultacji</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Szuka&amp;j:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Seri&amp;a:</source>
        <translation>Ser&amp;ies:</translation>
    </message>
    <message>
        <source>U&amp;suń</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Brak spotkań. Utwórz nowe (Ctrl+N) albo otwórz przykładowe spotkanie.</source>
        <translation>No meetings yet. Create one (Ctrl+N) or open the sample meeting.</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Nowe spotkanie</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>&amp;Otwórz</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Duplikuj jako szablon</source>
        <translation>&amp;Duplicate as template</translation>
    </message>
    <message>
        <source>Przykładowe spotkanie</source>
        <translation>Sample meeting</translation>
    </message>
    <message>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edycja</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Widok</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Otwórz spotkanie</source>
        <translation>&amp;Open meeting</translation>
    </message>
    <message>
        <source>Otwórz &amp;przykładowe spotkanie</source>
        <translation>Open the &amp;sample meeting</translation>
    </message>
    <message>
        <source>&amp;Importuj pliki spotkań…</source>
        <translation>&amp;Import meeting files…</translation>
    </message>
    <message>
        <source>&amp;Eksportuj plik spotkania…</source>
        <translation>&amp;Export meeting file…</translation>
    </message>
    <message>
        <source>&amp;Wyślij do bazy urzędu…</source>
        <translation>Send to the office &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ponów</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Cofnij %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Ponów %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Duplikuj jako szablon następnego spotkania</source>
        <translation>&amp;Duplicate as template for the next meeting</translation>
    </message>
    <message>
        <source>&amp;Usuń spotkanie</source>
        <translation>De&amp;lete meeting</translation>
    </message>
    <message>
        <source>&amp;Szukaj</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Żadne spotkanie nie pasuje do „%1” (wielkość liter i polskie znaki nie mają znaczenia).</source>
        <translation>No meeting matches “%1” (case and Polish letters do not matter).</translation>
    </message>
    <message>
        <source>Żadne spotkanie nie należy do wybranej serii.</source>
        <translation>No meeting belongs to the chosen series.</translation>
    </message>
    <message>
        <source>Wszystkie serie</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>Nowe spotkanie</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Duplikowanie spotkania</source>
        <translation>Duplicate meeting</translation>
    </message>
    <message>
        <source>Usunąć spotkanie „%1” z %2 razem z notatkami i listą obecności?
Można to cofnąć (Ctrl+Z).</source>
        <translation>Delete the meeting “%1” of %2 with its notes and attendance list?
You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Usuń spotkanie</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Usunięcie spotkania „%1”</source>
        <translation>Delete meeting “%1”</translation>
    </message>
    <message>
        <source>Puste spotkanie nie zostało zachowane (Ctrl+Shift+Z je przywraca).</source>
        <translation>The empty meeting was not kept (Ctrl+Shift+Z brings it back).</translation>
    </message>
    <message>
        <source>Usunięcie pustego spotkania</source>
        <translation>Delete empty meeting</translation>
    </message>
    <message>
        <source>Puste spotkanie nie zostało zachowane (Ctrl+Z je przywraca).</source>
        <translation>The empty meeting was not kept (Ctrl+Z brings it back).</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Poprawa treści wypowiedzi</source>
        <translation>Correcting the statement</translation>
    </message>
    <message>
        <source>Enter: zapisz, Shift+Enter: nowy wiersz, Esc: bez zmian</source>
        <translation>Enter: save, Shift+Enter: new line, Esc: no change</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Według obszarów i rodzajów</source>
        <translation>By area and kind</translation>
    </message>
    <message>
        <source>W kolejności notowania</source>
        <translation>In the order noted</translation>
    </message>
    <message>
        <source>&amp;Z nazwiskami mówców</source>
        <translation>&amp;With speakers&apos; names</translation>
    </message>
    <message>
        <source>Bez zaznaczenia podsumowanie jest anonimowe</source>
        <translation>Unticked, the summary is anonymous</translation>
    </message>
    <message>
        <source>Eksportuj &amp;DOCX…</source>
        <translation>Export DO&amp;CX…</translation>
    </message>
    <message>
        <source>Ukł&amp;ad:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Lista &amp;obecności w załączniku</source>
        <translation>Attendance l&amp;ist as an appendix</translation>
    </message>
    <message>
        <source>Eksportuj PD&amp;F…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Podgląd podsumowania</source>
        <translation>Summary preview</translation>
    </message>
    <message>
        <source>Eksport z nazwiskami mówców</source>
        <translation>Export with speakers&apos; names</translation>
    </message>
    <message>
        <source>Te osoby nie mają zapisanej zgody na podanie nazwiska:</source>
        <translation>These people have no recorded consent to be named:</translation>
    </message>
    <message>
        <source>W podsumowaniu zamiast ich nazwisk będzie organizacja albo „uczestnik”, „uczestniczka” lub „osoba uczestnicząca”. Zgodę zaznacza się na stronie Lista obecności.</source>
        <translation>The summary will show their organisation or “participant” instead of their names. Consent is recorded on the Attendance list page.</translation>
    </message>
    <message>
        <source>&amp;Kontynuuj eksport</source>
        <translation>&amp;Continue the export</translation>
    </message>
    <message>
        <source>Zapisz podsumowanie</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Nie zapisano podsumowania</source>
        <translation>Summary not saved</translation>
    </message>
    <message>
        <source>Zapisano podsumowanie</source>
        <translation>Summary saved</translation>
    </message>
    <message>
        <source>Zapisano plik:
%1

Otworzyć go teraz?</source>
        <translation>File saved:
%1

Open it now?</translation>
    </message>
</context>
<context>
    <name>TagsDelegate</name>
    <message>
        <source>Tagi wypowiedzi (po przecinku)</source>
        <translation>Statement tags (comma-separated)</translation>
    </message>
    <message>
        <source>tagi po przecinku, np. lokale, dotacje</source>
        <translation>comma-separated tags, e.g. premises, grants</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tagi we wszystkich spotkaniach</source>
        <translation>Tags in all meetings</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Wypowiedzi</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Zmień &amp;nazwę (F2)</source>
        <translation>&amp;Rename (F2)</translation>
    </message>
    <message>
        <source>&amp;Scal zaznaczone…</source>
        <translation>&amp;Merge selected…</translation>
    </message>
    <message>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Zamknij</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Drzewo tagów</source>
        <translation>Tag tree</translation>
    </message>
    <message>
        <source>Zmiana nazwy lub scalenie działa we wszystkich spotkaniach naraz. Tag zagnieżdżony zapisuje się z ukośnikiem, np. Obszar 1/BIP; liczby poziomu obejmują tagi pod nim.</source>
        <translation>Renaming or merging applies to all meetings at once. A nested tag is written with a slash, e.g. Area 1/BIP; a level&apos;s numbers include the tags under it.</translation>
    </message>
    <message>
        <source>Zmiana nazwy tagu na „%1”</source>
        <translation>Rename tag to “%1”</translation>
    </message>
    <message>
        <source>Scal tagi</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <source>Zostaw tag (pozostałe zostaną w nim scalone):</source>
        <translation>Keep the tag (the others will be merged into it):</translation>
    </message>
    <message>
        <source>Scalenie %1 tagów w „%2”</source>
        <translation>Merge %1 tags into “%2”</translation>
    </message>
    <message>
        <source>Nie udało się: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>Nowe spotkanie z szablonu</source>
        <translation>New meeting from a template</translation>
    </message>
    <message>
        <source>Szablony</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>&amp;Szablony:</source>
        <translation>&amp;Templates:</translation>
    </message>
    <message>
        <source>&amp;Utwórz spotkanie</source>
        <translation>&amp;Create meeting</translation>
    </message>
    <message>
        <source>U&amp;suń szablon</source>
        <translation>&amp;Delete template</translation>
    </message>
    <message>
        <source>Usunięcie szablonu „%1”</source>
        <translation>Delete template “%1”</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Nowe z &amp;szablonu…</source>
        <translation>New from &amp;template…</translation>
    </message>
    <message>
        <source>Zapisz jako sz&amp;ablon…</source>
        <translation>Save as templ&amp;ate…</translation>
    </message>
    <message>
        <source>Zaznacz na liście spotkanie, które ma być szablonem.</source>
        <translation>Select in the list the meeting to save as a template.</translation>
    </message>
    <message>
        <source>Zapisz jako szablon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Nazwa szablonu (sekcje, nagłówek obszarów, przebieg i organizator; bez uczestników i uwag):</source>
        <translation>Template name (sections, area heading, agenda and organiser; no participants, no statements):</translation>
    </message>
    <message>
        <source>Zapisanie szablonu „%1”</source>
        <translation>Save template “%1”</translation>
    </message>
    <message>
        <source>Zapisano szablon „%1”. Nowe spotkanie z niego: Plik → Nowe z szablonu… (Ctrl+Shift+N).</source>
        <translation>Template “%1” saved. To start a meeting from it: File → New from template… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Nie ma jeszcze szablonów. Zaznacz spotkanie i wybierz Plik → Zapisz jako szablon…</source>
        <translation>There are no templates yet. Select a meeting and choose File → Save as template…</translation>
    </message>
    <message>
        <source>Nowe spotkanie z szablonu</source>
        <translation>New meeting from a template</translation>
    </message>
</context>
</TS>
