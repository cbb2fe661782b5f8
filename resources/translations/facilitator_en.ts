<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/dialogs/about.py" line="44" />
            <source>O programie %1</source>
            <translation>About %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="47" />
            <source>Ikona programu</source>
            <translation>Program icon</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="49" />
            <source>Notatki ze spotkań konsultacyjnych i ich podsumowania (DOCX, PDF).</source>
            <translation>Notes of consultation meetings and their summaries (DOCX, PDF).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="59" />
            <source>Wersja:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="60" />
            <source>Licencja:</source>
            <translation>Licence:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="60" />
            <source>%1 (wolne oprogramowanie)</source>
            <translation>%1 (free software)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="61" />
            <source>Czcionki:</source>
            <translation>Fonts:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="61" />
            <source>DejaVu, licencja Bitstream Vera (zmiany DejaVu: domena publiczna); osadzane w plikach PDF</source>
            <translation>DejaVu, Bitstream Vera licence (DejaVu changes: public domain); embedded in PDF files</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="63" />
            <source>Tekst licencji czcionek:</source>
            <translation>Font licence text:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="64" />
            <source>Baza danych:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="65" />
            <source>Dziennik błędów:</source>
            <translation>Error log:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="77" />
            <source>&amp;Kopiuj wszystko</source>
            <translation>&amp;Copy all</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="78" />
            <source>Kopiuj te informacje do schowka, np. do zgłoszenia problemu</source>
            <translation>Copy this information to the clipboard, e.g. for a problem report</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about.py" line="109" />
            <source>&amp;O programie</source>
            <translation>&amp;About</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <location filename="../../ui/pages/agenda.py" line="42" />
            <source>Punkty przebiegu spotkania</source>
            <translation>Agenda points</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="53" />
            <source>Nowy punkt przebiegu — wpisz i naciśnij Enter</source>
            <translation>New agenda point — type and press Enter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="54" />
            <source>Nowy punkt przebiegu spotkania</source>
            <translation>New agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="60" />
            <source>Prze&amp;bieg spotkania</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="65" />
            <source>Dodaj</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="65" />
            <source>Dodaj punkt (Enter w polu poniżej)</source>
            <translation>Add a point (Enter in the field below)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="66" />
            <source>W górę</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="67" />
            <source>W dół</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="68" />
            <source>Usuń</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="68" />
            <source>Usuń zaznaczony punkt (Delete)</source>
            <translation>Delete the selected point (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="128" />
            <source>Dodanie punktu przebiegu</source>
            <translation>Add agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="138" />
            <source>Usunięcie punktu przebiegu</source>
            <translation>Delete agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="146" />
            <location filename="../../ui/pages/agenda.py" line="175" />
            <source>Przesunięcie punktu przebiegu</source>
            <translation>Move agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="155" />
            <source>Zmiana punktu przebiegu</source>
            <translation>Edit agenda point</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="63" />
            <source>Nie można otworzyć bazy danych:
%1</source>
            <translation>The database cannot be opened:
%1</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../../ui/pages/attendance.py" line="92" />
            <source>Imię i nazwisko; organizacja; e-mail — Enter dodaje</source>
            <translation>Name; organisation; e-mail — Enter adds</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="93" />
            <source>Dodaj uczestnika</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="104" />
            <source>Uczestnicy</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="129" />
            <source>&amp;Import z CSV…</source>
            <translation>&amp;Import from CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="130" />
            <source>&amp;Drukuj listę obecności</source>
            <translation>&amp;Print sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="132" />
            <source>Z uczestnikami z listy…</source>
            <translation>With the listed participants…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="133" />
            <source>Pusta (do podpisu przy wejściu)…</source>
            <translation>Empty (to sign at the door)…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="122" />
            <source>Nowy uczestni&amp;k:</source>
            <translation>New pa&amp;rticipant:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="128" />
            <source>Usuń &amp;zaznaczonych</source>
            <translation>Delete sele&amp;cted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="137" />
            <source>List&amp;a uczestników</source>
            <translation>Participant &amp;list</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="162" />
            <source>Na liście: %1, obecnych: %2</source>
            <translation>Listed: %1, present: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="168" />
            <source>Liczba uczestników: %1</source>
            <translation>Number of participants: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="175" />
            <source>Zmiana uczestnika</source>
            <translation>Edit participant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="183" />
            <source>Dodanie uczestnika</source>
            <translation>Add participant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="204" />
            <source>Usunięcie uczestników: %1</source>
            <translation>Delete participants: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="206" />
            <source>Usunięcie uczestnika</source>
            <translation>Delete participant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="214" />
            <source>Import uczestników z CSV</source>
            <translation>Import participants from CSV</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="215" />
            <source>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="232" />
            <source>Import uczestników: %1</source>
            <translation>Import participants: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="240" />
            <source>lista-obecnosci-%1.pdf</source>
            <translation>attendance-%1.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="241" />
            <source>Zapisz listę obecności</source>
            <translation>Save sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="242" />
            <source>Dokument PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="253" />
            <source>Nie udało się zapisać listy obecności: %1</source>
            <translation>The sign-in sheet could not be saved: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="257" />
            <source>Lista obecności</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="258" />
            <source>Zapisano %1. Otworzyć teraz?</source>
            <translation>Saved %1. Open it now?</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="37" />
            <location filename="../../ui/dialogs/backups.py" line="87" />
            <location filename="../../ui/dialogs/backups.py" line="109" />
            <location filename="../../ui/dialogs/backups.py" line="114" />
            <source>Kopie zapasowe</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="41" />
            <source>Kopie w folderze: %1</source>
            <translation>Backups in the folder: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="42" />
            <source>Kopie zapasowe są dostępne tylko dla bazy SQLite.</source>
            <translation>Backups are available for SQLite databases only.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="47" />
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="47" />
            <source>Powód</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="47" />
            <source>Spotkania</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="49" />
            <source>Lista kopii zapasowych</source>
            <translation>List of backups</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="52" />
            <source>&amp;Utwórz kopię teraz</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="53" />
            <source>&amp;Przywróć wybraną…</source>
            <translation>&amp;Restore the selected one…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="65" />
            <source>codzienna</source>
            <translation>daily</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="65" />
            <source>przed aktualizacją</source>
            <translation>before an update</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="66" />
            <source>przed importem</source>
            <translation>before an import</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="66" />
            <source>ręczna</source>
            <translation>manual</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="97" />
            <source>Przywrócić kopię?</source>
            <translation>Restore the backup?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="98" />
            <source>Baza danych zostanie zastąpiona kopią z %1. Zmiany wprowadzone później nie będą widoczne; obecny plik zostanie zachowany obok bazy. Przywrócić?</source>
            <translation>The database will be replaced by the backup from %1. Changes made later will not be there; the current file is kept beside the database. Restore?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="115" />
            <source>Przywrócono kopię. Poprzedni plik zachowano jako: %1</source>
            <translation>The backup was restored. The previous file was kept as: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="153" />
            <source>&amp;Kopie zapasowe…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backups.py" line="155" />
            <source>Usuń &amp;dane osoby…</source>
            <translation>Erase a &amp;person's data…</translation>
        </message>
    </context>
    <context>
        <name>CaptureLine</name>
        <message>
            <location filename="../../ui/widgets/capture_line.py" line="92" />
            <source>Wpisz wypowiedź i naciśnij Enter (Ctrl+1…6: rodzaj, Tab: wcięcie)</source>
            <translation>Type a statement and press Enter (Ctrl+1…6: kind, Tab: indent)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/capture_line.py" line="93" />
            <source>Nowa wypowiedź</source>
            <translation>New statement</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/capture_line.py" line="98" />
            <source>Mówca (Ctrl+M)</source>
            <translation>Speaker (Ctrl+M)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/capture_line.py" line="99" />
            <source>Mówca</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/capture_line.py" line="151" />
            <source>Rodzaj następnej wypowiedzi: %1</source>
            <translation>Kind of the next statement: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/capture_line.py" line="157" />
            <source>Podpunkt poziomu %1 (Shift+Tab: wyżej)</source>
            <translation>Sub-point, level %1 (Shift+Tab: up a level)</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <location filename="../../ui/dialogs/confirm.py" line="19" />
            <source>Błąd</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/confirm.py" line="24" />
            <source>Informacja</source>
            <translation>Information</translation>
        </message>
    </context>
    <context>
        <name>ConflictPanel</name>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="102" />
            <source>Konflikty: zmienione i u mnie, i w pliku</source>
            <translation>Conflicts: changed both here and in the file</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="106" />
            <source>Lista konfliktów</source>
            <translation>Conflict list</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="115" />
            <source>Moja wersja (w bazie)</source>
            <translation>My version (in the database)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="116" />
            <source>Wersja z pliku</source>
            <translation>Version in the file</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="117" />
            <source>&amp;Zachowaj moją wersję</source>
            <translation>&amp;Keep my version</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="118" />
            <source>&amp;Weź wersję z pliku</source>
            <translation>&amp;Take the file's version</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="122" />
            <source>Wszystkie: zachowaj &amp;moje</source>
            <translation>All: keep &amp;mine</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="123" />
            <source>Wszystkie: weź z &amp;plików</source>
            <translation>All: take from the &amp;files</translation>
        </message>
    </context>
    <context>
        <name>ConsultationDialog</name>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="84" />
            <source>Stanowiska urzędu</source>
            <translation>Office's positions</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="105" />
            <source>Seria</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="108" />
            <source>Pokaż</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="109" />
            <source>Wszystkie</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="113" />
            <location filename="../../ui/officials/consultation_dialog.py" line="338" />
            <source>różne stanowiska w grupie</source>
            <translation>mixed positions in the group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="116" />
            <source>Szukaj w uwagach i uzasadnieniach</source>
            <translation>Search remarks and justifications</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="117" />
            <source>treść, uzasadnienie, paragraf…</source>
            <translation>text, justification, paragraph…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="121" />
            <source>S&amp;eria:</source>
            <translation>S&amp;eries:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="121" />
            <source>P&amp;okaż:</source>
            <translation>Sh&amp;ow:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="122" />
            <source>Sz&amp;ukaj:</source>
            <translation>Searc&amp;h:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="147" />
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="147" />
            <source>Uwaga</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="147" />
            <source>Obszar</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="147" />
            <source>Wypowiedzi</source>
            <translation>Statements</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="148" />
            <source>Stanowisko</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="148" />
            <source>Paragraf</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="148" />
            <location filename="../../ui/officials/consultation_dialog.py" line="184" />
            <source>Uzasadnienie</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="149" />
            <source>Uwagi i stanowiska urzędu</source>
            <translation>Remarks and the office's positions</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="150" />
            <source>1 – uwzględniono, 2 – uwzględniono częściowo, 3 – nie uwzględniono, 0 lub Delete – bez stanowiska</source>
            <translation>1 – accepted, 2 – partly accepted, 3 – not accepted, 0 or Delete – no position</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="175" />
            <source>Stanowisko urzędu</source>
            <translation>Office's position</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="181" />
            <source>Paragraf programu</source>
            <translation>Programme paragraph</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="182" />
            <source>np. § 5 ust. 2</source>
            <translation>e.g. § 5(2)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="186" />
            <source>Dlaczego urząd uwzględnia uwagę lub nie (Ctrl+Enter zapisuje)</source>
            <translation>Why the office accepts the remark or not (Ctrl+Enter saves)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="188" />
            <source>Zapi&amp;sz uzasadnienie</source>
            <translation>&amp;Save justification</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="189" />
            <source>Zapisz uzasadnienie i paragraf (Ctrl+Enter)</source>
            <translation>Save the justification and the paragraph (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="195" />
            <source>St&amp;anowisko:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="196" />
            <source>&amp;Paragraf programu:</source>
            <translation>Programme pa&amp;ragraph:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="197" />
            <source>U&amp;zasadnienie:</source>
            <translation>&amp;Justification:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="202" />
            <source>&amp;Cofnij</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="203" />
            <source>Cofnij ostatnią zmianę stanowiska (Ctrl+Z)</source>
            <translation>Undo the last change of a position (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="207" />
            <source>Eksportuj &amp;raport…</source>
            <translation>E&amp;xport report…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="208" />
            <source>Raport z konsultacji (DOCX, PDF lub XLSX) dla wybranej serii</source>
            <translation>The consultation response report (DOCX, PDF or XLSX) for the chosen series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="210" />
            <source>Za&amp;mknij</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="223" />
            <source>Wszystkie serie</source>
            <translation>All series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="250" />
            <source>Wczytywanie uwag…</source>
            <translation>Loading remarks…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="266" />
            <source>Brak uwag: %1</source>
            <translation>No remarks: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="333" />
            <source>Uwagi: %1 z %2; ze stanowiskiem: %3</source>
            <translation>Remarks: %1 of %2; answered: %3</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="342" />
            <source>wypowiedź</source>
            <translation>statement</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="342" />
            <source>wypowiedzi</source>
            <translation>statements</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="377" />
            <source>Wypowiedzi tej grupy mają różne stanowiska; wybór nada wszystkim jedno.</source>
            <translation>The statements of this group have different positions; a choice gives them all one.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="393" />
            <location filename="../../ui/officials/consultation_dialog.py" line="465" />
            <source>Nie udało się: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="403" />
            <source>Usunięcie stanowiska</source>
            <translation>Remove position</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="405" />
            <source>Zmiana stanowiska</source>
            <translation>Change position</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="420" />
            <source>Zmiana uzasadnienia</source>
            <translation>Change justification</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="422" />
            <source>Zapisano uzasadnienie.</source>
            <translation>Justification saved.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="443" />
            <source>Zapisz raport z konsultacji</source>
            <translation>Save the consultation response report</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="443" />
            <source>raport-z-konsultacji.docx</source>
            <translation>consultation-report.docx</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="444" />
            <source>Dokument Word (*.docx);;PDF (*.pdf);;Arkusz Excel (*.xlsx)</source>
            <translation>Word document (*.docx);;PDF (*.pdf);;Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="459" />
            <source>Tworzenie raportu…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="466" />
            <source>Anulowano.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/consultation_dialog.py" line="480" />
            <source>Zapisano raport: %1</source>
            <translation>Report saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="81" />
            <source>Wystąpił nieoczekiwany błąd: %1

Wszystko, co zostało oznaczone jako zapisane, jest bezpieczne w bazie danych. Szczegóły zapisano w pliku %2.</source>
            <translation>An unexpected error occurred: %1

Everything shown as saved is safe in the database. The details were written to %2.</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="86" />
            <source>Nieoczekiwany błąd</source>
            <translation>Unexpected error</translation>
        </message>
    </context>
    <context>
        <name>CsvMappingDialog</name>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="22" />
            <source>Imię i &amp;nazwisko</source>
            <translation>Full &amp;name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="23" />
            <source>&amp;Imię (osobno)</source>
            <translation>&amp;First name (separate)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="24" />
            <source>Na&amp;zwisko (osobno)</source>
            <translation>&amp;Last name (separate)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="25" />
            <source>&amp;Organizacja</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="26" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="27" />
            <source>&amp;Płeć</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="28" />
            <source>&amp;Zgoda RODO</source>
            <translation>GDPR &amp;consent</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="39" />
            <source>Import uczestników z pliku CSV</source>
            <translation>Import participants from a CSV file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="45" />
            <source>— brak —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="47" />
            <source>kolumna %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="59" />
            <source>Podgląd uczestników</source>
            <translation>Participants preview</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="65" />
            <source>Plik: %1 (kodowanie %2, %3 wierszy)</source>
            <translation>File: %1 (encoding %2, %3 rows)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="89" />
            <source>Wskaż kolumnę z imieniem i nazwiskiem.</source>
            <translation>Choose the column with the name.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="91" />
            <source>Zostanie dodanych uczestników: %1</source>
            <translation>Participants to add: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="104" />
            <source>tak</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/csv_mapping.py" line="104" />
            <source>nie</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../ui/widgets/date_edit.py" line="95" />
            <source>DD.MM.RRRR</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/date_edit.py" line="96" />
            <source>Data dzień, miesiąc, rok: 03.12.2026, 3.12.2026 albo 03122026 (Alt+↓: kalendarz)</source>
            <translation>Date as day, month, year: 03.12.2026, 3.12.2026 or 03122026 (Alt+↓: calendar)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/date_edit.py" line="99" />
            <source>Wybierz z kalendarza (Alt+↓)</source>
            <translation>Choose from the calendar (Alt+↓)</translation>
        </message>
    </context>
    <context>
        <name>DetailsPage</name>
        <message>
            <location filename="../../ui/pages/details.py" line="26" />
            <source>&amp;Tytuł</source>
            <translation>Tit&amp;le</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="26" />
            <source>Zmiana tytułu</source>
            <translation>Edit title</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="28" />
            <source>Zmiana serii</source>
            <translation>Edit series</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="29" />
            <source>Zmiana adresatów</source>
            <translation>Edit audience</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="30" />
            <source>&amp;Organizator</source>
            <translation>&amp;Organiser</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="31" />
            <source>Zmiana organizatora</source>
            <translation>Edit organiser</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="34" />
            <source>Zmiana nagłówka obszarów</source>
            <translation>Change area heading</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="35" />
            <source>&amp;Miejsce</source>
            <translation>Ven&amp;ue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="35" />
            <source>Zmiana miejsca</source>
            <translation>Edit venue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="39" />
            <source>Zmiana prowadzącego</source>
            <translation>Edit facilitator</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="40" />
            <source>Zmiana autora</source>
            <translation>Edit author</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="60" />
            <source>Zmiana celu spotkania</source>
            <translation>Edit purpose</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="101" />
            <source>&amp;Data</source>
            <translation>Da&amp;te</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="102" />
            <source>Zmiana daty</source>
            <translation>Edit date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="27" />
            <source>Seria konsultac&amp;ji</source>
            <translation>Ser&amp;ies</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="29" />
            <source>Adresaci</source>
            <translation>Audience</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="33" />
            <source>N&amp;agłówek obszarów</source>
            <translation>&amp;Wording of the area heading</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="38" />
            <source>Prowad&amp;zenie</source>
            <translation>Facilitated &amp;by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="40" />
            <source>Op&amp;racowanie</source>
            <translation>Prepared b&amp;y</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="59" />
            <source>Cel spotkan&amp;ia</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="106" />
            <source>Początek (&amp;GG:MM)</source>
            <translation>Sta&amp;rt (HH:MM)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="107" />
            <source>Zmiana godziny rozpoczęcia</source>
            <translation>Edit start time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="108" />
            <source>&amp;Koniec (GG:MM)</source>
            <translation>End (HH:&amp;MM)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="109" />
            <source>Zmiana godziny zakończenia</source>
            <translation>Edit end time</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="113" />
            <source>GG:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="118" />
            <source>Nie zapisano godziny rozpoczęcia: wpisz ją jako GG:MM, np. 10:00 albo 1000.</source>
            <translation>Start time not saved: type it as HH:MM, e.g. 10:00 or 1000.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="120" />
            <source>Nie zapisano godziny zakończenia: wpisz ją jako GG:MM, np. 13:30 albo 1330.</source>
            <translation>End time not saved: type it as HH:MM, e.g. 13:30 or 1330.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="124" />
            <source>Nie zapisano daty „%1”: wpisz dzień, miesiąc i rok, np. 03.12.2026 albo 03122026. Zostaje %2.</source>
            <translation>Date “%1” not saved: type day, month and year, e.g. 03.12.2026 or 03122026. It stays %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="129" />
            <source>polski</source>
            <translation>Polish</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="130" />
            <source>angielski</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="132" />
            <source>Jęz&amp;yk dokumentu</source>
            <translation>Do&amp;cument language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="138" />
            <source>Liczba uczestników</source>
            <translation>Number of participants</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="133" />
            <source>Zmiana języka dokumentu</source>
            <translation>Edit document language</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="137" />
            <source>Puste pole = liczba obecnych z listy obecności</source>
            <translation>Empty = the number present on the attendance list</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="139" />
            <source>Zmiana liczby uczestników</source>
            <translation>Edit number of participants</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="159" />
            <source>Nagłówek nad obszarami współpracy w podsumowaniu; dopóki go nie zmienisz, wynika z organizatora i języka dokumentu.</source>
            <translation>The heading above the areas of cooperation in the summary; until you change it, it follows the organiser and the document language.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/details.py" line="161" />
            <source>Spotkanie nie ma sekcji typu obszar współpracy.</source>
            <translation>The meeting has no sections of the kind area of cooperation.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/details.py" line="163" />
            <source>z listy: %n</source>
            <translation>
                <numerusform>from the list: %n</numerusform>
                <numerusform>from the list: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftRecovery</name>
        <message>
            <location filename="../../ui/pages/notes_recovery.py" line="74" />
            <source>Przywrócono tekst, który był wpisywany przed zamknięciem programu. Możesz pisać dalej.</source>
            <translation>The text you were typing before the program closed has been restored. You can carry on typing.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../ui/dialogs/erasure.py" line="17" />
            <location filename="../../ui/dialogs/erasure.py" line="25" />
            <location filename="../../ui/dialogs/erasure.py" line="28" />
            <location filename="../../ui/dialogs/erasure.py" line="41" />
            <location filename="../../ui/dialogs/erasure.py" line="43" />
            <source>Usuń dane osoby</source>
            <translation>Erase a person's data</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/erasure.py" line="18" />
            <source>Imię i nazwisko albo e-mail osoby, której dane mają zostać usunięte ze wszystkich spotkań:</source>
            <translation>Full name or e-mail of the person whose data is to be erased from every meeting:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/erasure.py" line="28" />
            <source>Nie znaleziono takiej osoby w żadnym spotkaniu.</source>
            <translation>No such person was found in any meeting.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/erasure.py" line="31" />
            <source>Usunąć dane osoby?</source>
            <translation>Erase the person's data?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/erasure.py" line="32" />
            <source>Osoba występuje na listach obecności %1 spotkań i jako autor %2 wypowiedzi. Zostanie usunięta z list obecności, a przy jej wypowiedziach pojawi się organizacja albo „uczestnik”. Tej operacji nie można cofnąć. Usunąć?</source>
            <translation>The person is on the attendance lists of %1 meetings and the speaker of %2 statements. They will be removed from the attendance lists, and their statements will show their organisation or “participant”. This cannot be undone. Erase?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/erasure.py" line="44" />
            <source>Usunięto dane osoby. Starsze kopie zapasowe zawierają je do czasu ich rotacji.</source>
            <translation>The person's data was erased. Older backups hold it until they are rotated out.</translation>
        </message>
    </context>
    <context>
        <name>ExportProgress</name>
        <message>
            <location filename="../../ui/export_progress.py" line="36" />
            <source>Zapisywanie dokumentu…</source>
            <translation>Saving the document…</translation>
        </message>
        <message>
            <location filename="../../ui/export_progress.py" line="39" />
            <source>Anuluj</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="206" />
            <source>Import spotkań</source>
            <translation>Import meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="207" />
            <source>Podgląd importu spotkań</source>
            <translation>Meeting import preview</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="219" />
            <source>Postęp</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="225" />
            <source>Spotkania i pliki do importu</source>
            <translation>Meetings and files to import</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="236" />
            <source>&amp;Importuj</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="237" />
            <location filename="../../ui/officials/import_dialog.py" line="269" />
            <source>&amp;Anuluj</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="254" />
            <source>Pliki do importu: %1</source>
            <translation>Files to import: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="257" />
            <source>Wczytywanie i sprawdzanie plików…</source>
            <translation>Reading and checking the files…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="281" />
            <source>Sprawdzanie: %1</source>
            <translation>Checking: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="327" />
            <source>Importowanie…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="342" />
            <source>&amp;Zamknij</source>
            <translation>Clos&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="352" />
            <source>Nie udało się: %1. Nic nie zapisano.</source>
            <translation>Failed: %1. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="358" />
            <source>Anulowano. Nic nie zapisano.</source>
            <translation>Cancelled. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="365" />
            <source>Anulowanie…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="306" />
            <source>Nowe: %1</source>
            <translation>New: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="306" />
            <source>Aktualizacje: %1</source>
            <translation>Updates: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="307" />
            <source>Bez zmian: %1</source>
            <translation>Unchanged: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="309" />
            <source>Błędne pliki: %1 (pominięte)</source>
            <translation>Invalid files: %1 (skipped)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="311" />
            <source>Konflikty: %1 (z pliku: %2, moje: %3)</source>
            <translation>Conflicts: %1 (from the file: %2, mine: %3)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="317" />
            <source>Nie ma nic do zaimportowania: wszystko jest aktualne.</source>
            <translation>Nothing to import: everything is up to date.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="337" />
            <source>Zaimportowano: %1 i %2. Wszystko zapisano.</source>
            <translation>Imported: %1 and %2. Everything is saved.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="338" />
            <source>nowe spotkanie</source>
            <translation>new meeting</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="338" />
            <source>nowe spotkania</source>
            <translation>new meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="338" />
            <source>nowych spotkań</source>
            <translation>new meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="339" />
            <source>zaktualizowane</source>
            <translation>updated</translation>
        </message>
        <message>
            <location filename="../../ui/officials/import_dialog.py" line="340" />
            <source>zaktualizowanych</source>
            <translation>updated</translation>
        </message>
    </context>
    <context>
        <name>ImportPlanModel</name>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="26" />
            <source>Nowe</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="27" />
            <source>Aktualizacja</source>
            <translation>Update</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="28" />
            <source>Bez zmian</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="29" />
            <source>Błąd</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="60" />
            <source>nowe: {0}</source>
            <translation>new: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="62" />
            <source>zmienione: {0}</source>
            <translation>changed: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="64" />
            <source>usunięte: {0}</source>
            <translation>deleted: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="66" />
            <source>inne zmiany: {0}</source>
            <translation>other changes: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="68" />
            <source>konflikty: {0}</source>
            <translation>conflicts: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="101" />
            <source>Stan</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="102" />
            <location filename="../../ui/models/import_plan_model.py" line="199" />
            <source>Spotkanie</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="103" />
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="104" />
            <source>Zmiany</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="105" />
            <source>Plik</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="127" />
            <source>Nagłówek spotkania</source>
            <translation>Meeting header</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="128" />
            <source>Uczestnik</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="129" />
            <source>Sekcja</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="130" />
            <source>Wypowiedź</source>
            <translation>Statement</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="133" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="134" />
            <source>rodzaj</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="135" />
            <source>tagi</source>
            <translation>tags</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="136" />
            <source>mówca</source>
            <translation>speaker</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="137" />
            <source>sekcja</source>
            <translation>section</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="138" />
            <source>miejsce</source>
            <translation>position</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="139" />
            <source>imię i nazwisko</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="140" />
            <source>organizacja</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="141" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="142" />
            <source>tytuł</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="143" />
            <source>data</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="144" />
            <source>grupa</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="145" />
            <source>obecność</source>
            <translation>present</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="146" />
            <source>zgoda</source>
            <translation>consent</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="147" />
            <source>płeć</source>
            <translation>gender</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="148" />
            <source>program</source>
            <translation>agenda</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="149" />
            <source>stanowisko urzędu</source>
            <translation>office's position</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="166" />
            <source>(usunięte)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="170" />
            <source>Tagi: </source>
            <translation>Tags: </translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="178" />
            <source>(usunięte w tym miejscu)</source>
            <translation>(deleted on this side)</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="200" />
            <source>Co</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="201" />
            <source>Moja wersja</source>
            <translation>My version</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="202" />
            <source>Wersja z pliku</source>
            <translation>Version in the file</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="203" />
            <source>Wybór</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="258" />
            <source>Zachowaj moją</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../ui/models/import_plan_model.py" line="259" />
            <source>Weź z pliku</source>
            <translation>Take the file's</translation>
        </message>
    </context>
    <context>
        <name>ItemDetail</name>
        <message>
            <location filename="../../ui/widgets/item_detail.py" line="45" />
            <source>Pełna treść zaznaczonej wypowiedzi</source>
            <translation>Full text of the selected statement</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/item_detail.py" line="46" />
            <source>Zaznacz wypowiedź, aby przeczytać ją w całości (Ctrl+D).</source>
            <translation>Select a statement to read it in full (Ctrl+D).</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/item_detail.py" line="47" />
            <source>Mówca</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/item_detail.py" line="47" />
            <source>Tagi</source>
            <translation>Tags</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <location filename="../../ui/models/items_model.py" line="231" />
            <source>Ctrl+T: dodaj tagi</source>
            <translation>Ctrl+T: add tags</translation>
        </message>
        <message>
            <location filename="../../ui/models/items_model.py" line="254" />
            <source>Rodzaj</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/models/items_model.py" line="255" />
            <source>Treść</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/models/items_model.py" line="256" />
            <source>Mówca</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <location filename="../../ui/models/items_model.py" line="257" />
            <source>Tagi</source>
            <translation>Tags</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <location filename="../../ui/kinds.py" line="25" />
            <source>Mocna strona</source>
            <translation>Strength</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="26" />
            <source>Słaba strona</source>
            <translation>Weakness</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="27" />
            <source>Propozycja</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="29" />
            <source>Rekomendacja</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="32" />
            <source>Dobra praktyka</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="34" />
            <source>Uwaga</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="39" />
            <source>Obszar współpracy</source>
            <translation>Area of cooperation</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="40" />
            <source>Blok tematyczny</source>
            <translation>Topic block</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="41" />
            <source>Inne uwagi</source>
            <translation>Other remarks</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="47" />
            <source>uwzględniono</source>
            <translation>accepted</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="48" />
            <source>uwzględniono częściowo</source>
            <translation>partly accepted</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="49" />
            <source>nie uwzględniono</source>
            <translation>not accepted</translation>
        </message>
        <message>
            <location filename="../../ui/kinds.py" line="52" />
            <source>bez stanowiska</source>
            <translation>no position</translation>
        </message>
    </context>
    <context>
        <name>MeetingFiles</name>
        <message>
            <location filename="../../ui/start_files.py" line="35" />
            <source>Importuj pliki spotkań</source>
            <translation>Import meeting files</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="37" />
            <source>Pliki spotkań (*.json);;Wszystkie pliki (*)</source>
            <translation>Meeting files (*.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="53" />
            <source>Nie zaimportowano niczego. Błąd w pliku: %1</source>
            <translation>Nothing was imported. Error in file: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="58" />
            <source>Nie zaimportowano niczego: %1</source>
            <translation>Nothing was imported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="62" />
            <source>Zaimportowano spotkania: %1 (nowe: %2, zaktualizowane: %3, bez zmian: %4).</source>
            <translation>Meetings imported: %1 (new: %2, updated: %3, unchanged: %4).</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="73" />
            <source>Najpierw zaznacz spotkanie na liście.</source>
            <translation>Select a meeting in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="84" />
            <source>Eksportuj plik spotkania</source>
            <translation>Export meeting file</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="85" />
            <source>Plik spotkania (*.json)</source>
            <translation>Meeting file (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="105" />
            <source>Nie zapisano pliku %1: %2</source>
            <translation>File %1 not saved: %2</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="108" />
            <source>Zapisano plik %1</source>
            <translation>Saved file %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_files.py" line="124" />
            <source>Nie można otworzyć przykładowego spotkania: %1</source>
            <translation>The sample meeting cannot be opened: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <location filename="../../ui/meeting_window.py" line="48" />
            <source>&amp;Szczegóły</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="48" />
            <source>&amp;Lista obecności</source>
            <translation>&amp;Attendance</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="49" />
            <source>&amp;Notatki</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="49" />
            <source>Pods&amp;umowanie</source>
            <translation>&amp;Summary</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="54" />
            <source>Wszystkie zmiany są zapisywane na bieżąco</source>
            <translation>Every change is saved as you go</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="66" />
            <source>&amp;Plik</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="67" />
            <source>&amp;Zamknij okno</source>
            <translation>&amp;Close window</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="69" />
            <source>&amp;Edycja</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="70" />
            <location filename="../../ui/meeting_window.py" line="76" />
            <source>&amp;Cofnij</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="71" />
            <location filename="../../ui/meeting_window.py" line="77" />
            <source>&amp;Ponów</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="76" />
            <source>&amp;Cofnij %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="77" />
            <source>&amp;Ponów %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="79" />
            <source>&amp;Widok</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="82" />
            <source>&amp;Historia zmian</source>
            <translation>Undo &amp;history</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="86" />
            <source>&amp;Następna strona</source>
            <translation>&amp;Next page</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="87" />
            <source>Po&amp;przednia strona</source>
            <translation>&amp;Previous page</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="92" />
            <source>Pomo&amp;c</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="106" />
            <location filename="../../ui/meeting_window.py" line="110" />
            <source>Historia zmian</source>
            <translation>Undo history</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="109" />
            <source>&lt;stan po otwarciu&gt;</source>
            <translation>&lt;as opened&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="210" />
            <source>Zapisano %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_window.py" line="216" />
            <source>Błąd</source>
            <translation>Error</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="25" />
            <source>Data</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="26" />
            <source>Tytuł</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="27" />
            <source>Miejsce</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="28" />
            <source>Seria konsultacji</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="29" />
            <source>Uczestnicy</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/models/meetings_model.py" line="30" />
            <source>Wypowiedzi</source>
            <translation>Statements</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../../ui/pages/notes.py" line="69" />
            <source>Spotkanie</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="71" />
            <source>Bieżący punkt programu</source>
            <translation>Current agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="74" />
            <source>Punkt</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="197" />
            <source>Dodaj sekcję, aby zacząć notować</source>
            <translation>Add a section to start taking notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="290" />
            <source>Najpierw dodaj sekcję, do której trafią notatki.</source>
            <translation>First add a section for the notes to go into.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="294" />
            <source>Nie ma jednoznacznie takiej osoby na liście obecności: %1</source>
            <translation>No single person on the attendance list matches: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="303" />
            <source>Dodanie wypowiedzi</source>
            <translation>Add statement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="328" />
            <location filename="../../ui/pages/notes.py" line="330" />
            <source>Zmiana rodzaju</source>
            <translation>Change kind</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="367" />
            <location filename="../../ui/pages/notes.py" line="369" />
            <source>Usunięcie wypowiedzi</source>
            <translation>Delete statements</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="381" />
            <source>Wcięcie</source>
            <translation>Indent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="381" />
            <source>Zmniejszenie wcięcia</source>
            <translation>Outdent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="390" />
            <source>Zmiana tagów</source>
            <translation>Edit tags</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="390" />
            <source>Zmiana treści</source>
            <translation>Edit text</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="395" />
            <location filename="../../ui/pages/notes.py" line="409" />
            <source>Przeniesienie wypowiedzi</source>
            <translation>Move statement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="423" />
            <source>Nowy blok tematyczny</source>
            <translation>New topic block</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="423" />
            <source>Nowa sekcja</source>
            <translation>New section</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="425" />
            <source>Dodanie sekcji</source>
            <translation>Add section</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="438" />
            <source>Usunięcie sekcji</source>
            <translation>Delete section</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="444" />
            <source>Zmiana nazwy sekcji</source>
            <translation>Rename section</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="454" />
            <source>Przeniesienie sekcji</source>
            <translation>Move section</translation>
        </message>
    </context>
    <context>
        <name>Officials</name>
        <message>
            <location filename="../../ui/officials/controller.py" line="47" />
            <source>Importuj spotkania</source>
            <translation>Import meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="48" />
            <source>Pliki spotkań (*.json);;Wszystkie pliki (*)</source>
            <translation>Meeting files (*.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="56" />
            <source>Importuj folder ze spotkaniami</source>
            <translation>Import a folder of meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="149" />
            <source>&amp;Plik</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="156" />
            <source>&amp;Importuj spotkania…</source>
            <translation>&amp;Import meetings…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="160" />
            <source>Importuj &amp;folder ze spotkaniami…</source>
            <translation>Import a &amp;folder of meetings…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="165" />
            <source>&amp;Urzędnik</source>
            <translation>&amp;Officials</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="170" />
            <source>&amp;Szukaj we wszystkich spotkaniach…</source>
            <translation>&amp;Search all meetings…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="172" />
            <source>&amp;Powtarzające się wypowiedzi…</source>
            <translation>&amp;Recurring statements…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="173" />
            <source>&amp;Tagi…</source>
            <translation>&amp;Tags…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="174" />
            <source>S&amp;erie konsultacji…</source>
            <translation>S&amp;eries of consultations…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="175" />
            <source>&amp;Raport zbiorczy…</source>
            <translation>&amp;Consolidated report…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/controller.py" line="177" />
            <source>Stanowiska &amp;urzędu…</source>
            <translation>&amp;Office's positions…</translation>
        </message>
    </context>
    <context>
        <name>OutlineView</name>
        <message>
            <location filename="../../ui/widgets/outline.py" line="39" />
            <source>Wypowiedzi w sekcji</source>
            <translation>Statements in the section</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <location filename="../../ui/models/participants_model.py" line="53" />
            <source>Imię i nazwisko</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="54" />
            <source>Organizacja</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="55" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="56" />
            <source>Płeć</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="57" />
            <source>Obecność</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="58" />
            <source>Zgoda RODO</source>
            <translation>GDPR consent</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="104" />
            <source>tak</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="105" />
            <source>nie</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="15" />
            <source>kobieta</source>
            <translation>female</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="16" />
            <source>mężczyzna</source>
            <translation>male</translation>
        </message>
        <message>
            <location filename="../../ui/models/participants_model.py" line="17" />
            <source>nie podano</source>
            <translation>not given</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../ui/projector.py" line="149" />
            <source>Widok dla uczestników</source>
            <translation>Participants' view</translation>
        </message>
    </context>
    <context>
        <name>RecoveryNotice</name>
        <message>
            <location filename="../../ui/pages/notes_recovery.py" line="25" />
            <source>Przywrócony tekst</source>
            <translation>Restored text</translation>
        </message>
    </context>
    <context>
        <name>RecurringDialog</name>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="66" />
            <source>Powtarzające się wypowiedzi</source>
            <translation>Recurring statements</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="120" />
            <source>Próg podobieństwa</source>
            <translation>Similarity threshold</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="125" />
            <source>Seria</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="127" />
            <source>S&amp;eria:</source>
            <translation>S&amp;eries:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="82" />
            <source>Wypowiedzi w grupie</source>
            <translation>Statements in the group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="87" />
            <source>Wypowiedzi poza grupami</source>
            <translation>Statements in no group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="129" />
            <source>Porównuj &amp;między obszarami</source>
            <translation>Compare across a&amp;reas</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="130" />
            <source>Grupuj podobne wypowiedzi także z różnych obszarów (domyślnie grupy powstają w obrębie jednego obszaru).</source>
            <translation>Group similar statements of different areas too (by default groups form within one area).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="188" />
            <source>Potwierdź &amp;grupę</source>
            <translation>&amp;Confirm group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="189" />
            <source>&amp;Wydziel zaznaczone</source>
            <translation>Split &amp;off the ticked ones</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="191" />
            <source>Przywróć &amp;automatyczne</source>
            <translation>Restore &amp;automatic</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="192" />
            <source>Po&amp;łącz zaznaczone grupy</source>
            <translation>&amp;Merge selected groups</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="193" />
            <source>&amp;Cofnij</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="194" />
            <source>Cofnij ostatnią decyzję (Ctrl+Z)</source>
            <translation>Undo the last decision (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="144" />
            <source>Wypowiedź</source>
            <translation>Statement</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="144" />
            <source>Obszar</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="144" />
            <source>Spotkania</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="145" />
            <source>Organizacje</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="145" />
            <source>Stan</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="146" />
            <source>Grupy podobnych wypowiedzi</source>
            <translation>Groups of similar statements</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="169" />
            <source>Nagłówek grupy</source>
            <translation>Group heading</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="170" />
            <source>Pusty: brzmienie pierwszej wypowiedzi</source>
            <translation>Empty: the first statement's wording</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="172" />
            <source>&amp;Nagłówek:</source>
            <translation>Headin&amp;g:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="174" />
            <source>Zapi&amp;sz nagłówek</source>
            <translation>Save &amp;heading</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="176" />
            <source>Obszar grupy</source>
            <translation>Group area</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="177" />
            <source>Przenieś do &amp;obszaru:</source>
            <translation>Move &amp;to area:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="179" />
            <source>P&amp;rzenieś</source>
            <translation>Mo&amp;ve</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="190" />
            <source>&amp;Usuń z grupy</source>
            <translation>Remove &amp;from group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="202" />
            <source>Przeciągnij wypowiedź na grupę, aby ją dodać, grupę na grupę, aby je połączyć, a wypowiedź z grupy na listę obok, aby ją usunąć. Zaznacz wypowiedzi, które mówią o czymś innym, i wybierz „Wydziel zaznaczone”.</source>
            <translation>Drag a statement onto a group to add it, a group onto a group to merge them, and a statement of the group onto the list beside to remove it. Tick the statements that are about something else and choose “Split off the ticked ones”.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="217" />
            <source>Szukaj wśród wypowiedzi poza grupami</source>
            <translation>Search the statements in no group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="220" />
            <source>Poza grupami — szu&amp;kaj:</source>
            <translation>In no group — fi&amp;nd:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="222" />
            <source>&amp;Dodaj do grupy</source>
            <translation>A&amp;dd to group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="242" />
            <source>Wszystkie serie</source>
            <translation>All series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="248" />
            <source>&amp;Podobieństwo: %1%</source>
            <translation>&amp;Similarity: %1%</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="283" />
            <source>Szukanie podobnych wypowiedzi…</source>
            <translation>Looking for similar statements…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="302" />
            <location filename="../../ui/officials/recurring_dialog.py" line="434" />
            <source>Nie udało się: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="325" />
            <source>Grupy: %1</source>
            <translation>Groups: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="326" />
            <source>Brak powtarzających się wypowiedzi przy tym progu.</source>
            <translation>No recurring statements at this threshold.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="404" />
            <source>Pokazano %1 z %2 — zawęź wyszukiwanie.</source>
            <translation>Showing %1 of %2 — narrow the search.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="442" />
            <source>Grupa potwierdzona.</source>
            <translation>Group confirmed.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="442" />
            <source>Potwierdzenie grupy</source>
            <translation>Confirm group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="451" />
            <source>Zaznacz wypowiedzi do wydzielenia (nie wszystkie).</source>
            <translation>Tick the statements to split off (not all of them).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="453" />
            <source>Wydzielono: %1.</source>
            <translation>Split off: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="453" />
            <source>Wydzielenie z grupy</source>
            <translation>Split from group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="467" />
            <source>Wybierz wypowiedź z grupy.</source>
            <translation>Choose a statement of the group.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="470" />
            <source>Usunięto z grupy: %1.</source>
            <translation>Removed from the group: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="470" />
            <source>Usunięcie z grupy</source>
            <translation>Removal from the group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="477" />
            <source>Przywrócono automatyczne grupowanie.</source>
            <translation>Automatic grouping restored.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="477" />
            <source>Przywrócenie automatycznych grup</source>
            <translation>Restore automatic groups</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="484" />
            <source>Zaznacz co najmniej dwie grupy (Ctrl+klik lub Shift+strzałki).</source>
            <translation>Select at least two groups (Ctrl+click or Shift+arrows).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="490" />
            <source>Połączono grupy: %1.</source>
            <translation>Groups merged: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="490" />
            <source>Połączenie grup</source>
            <translation>Merge groups</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="500" />
            <source>Wybierz grupę i wypowiedź spoza grup.</source>
            <translation>Choose a group and a statement in no group.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="504" />
            <source>Dodano do grupy: %1.</source>
            <translation>Added to the group: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="504" />
            <source>Dodanie do grupy</source>
            <translation>Addition to the group</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="516" />
            <source>Zmieniono nagłówek grupy.</source>
            <translation>The group's heading was changed.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="516" />
            <source>Zmiana nagłówka grupy</source>
            <translation>Change of the group's heading</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="525" />
            <source>Przeniesiono grupę do obszaru: %1.</source>
            <translation>The group was moved to the area: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="526" />
            <source>Przeniesienie grupy do obszaru</source>
            <translation>Move of the group to another area</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="331" />
            <source>spotkanie</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="331" />
            <source>spotkania</source>
            <translation>meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="331" />
            <source>spotkań</source>
            <translation>meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="332" />
            <source>organizacja</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="332" />
            <source>organizacje</source>
            <translation>organisations</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="332" />
            <source>organizacji</source>
            <translation>organisations</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="333" />
            <source>brak danych</source>
            <translation>no data</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="334" />
            <source>potwierdzona</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location filename="../../ui/officials/recurring_dialog.py" line="334" />
            <source>automatyczna</source>
            <translation>automatic</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="40" />
            <source>Dokument Word (DOCX)</source>
            <translation>Word document (DOCX)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="41" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="42" />
            <source>Arkusz Excel (XLSX) – wiersz na wypowiedź</source>
            <translation>Excel workbook (XLSX) – one row per statement</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="71" />
            <source>Raport zbiorczy</source>
            <translation>Consolidated report</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="80" />
            <source>Spotkania z &amp;serii</source>
            <translation>Meetings of a &amp;series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="81" />
            <source>&amp;Wybrane spotkania</source>
            <translation>Selected &amp;meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="87" />
            <source>Seria</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="89" />
            <source>Spotkania do raportu</source>
            <translation>Meetings in the report</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="94" />
            <source>&amp;Od:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="95" />
            <source>&amp;Do:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="97" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="102" />
            <source>Język raportu</source>
            <translation>Report language</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="103" />
            <source>polski</source>
            <translation>Polish</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="104" />
            <source>angielski</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="109" />
            <source>Próg podobieństwa</source>
            <translation>Similarity threshold</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="110" />
            <source>Jak w oknie „Powtarzające się wypowiedzi”: od tego progu wypowiedzi z różnych spotkań tworzą jedną grupę.</source>
            <translation>As in the “Recurring statements” window: from this threshold on, statements from different meetings form one group.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="112" />
            <source>Tylko po&amp;twierdzone grupy</source>
            <translation>Only confirmed &amp;groups</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="113" />
            <source>Grupuj tylko wypowiedzi, które urzędnik potwierdził jako jedną; pozostałe są w raporcie pojedynczo.</source>
            <translation>Group only statements an official confirmed as one; the others are listed one by one.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="115" />
            <source>Grupy &amp;między obszarami</source>
            <translation>Groups s&amp;panning areas</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="116" />
            <source>Jak „Porównuj między obszarami” w oknie „Powtarzające się wypowiedzi”: grupuj podobne wypowiedzi także z różnych obszarów.</source>
            <translation>As “Compare across areas” in the “Recurring statements” window: group similar statements of different areas too.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="125" />
            <source>Plik raportu</source>
            <translation>Report file</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="126" />
            <source>Wybi&amp;erz…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="152" />
            <source>Otwórz &amp;raport</source>
            <translation>&amp;Open report</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="139" />
            <source>Okres:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="140" />
            <source>&amp;Format:</source>
            <translation>Form&amp;at:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="141" />
            <source>&amp;Język:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="142" />
            <source>Pró&amp;g podobieństwa:</source>
            <translation>Similarity t&amp;hreshold:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="143" />
            <source>&amp;Plik:</source>
            <translation>F&amp;ile:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="145" />
            <source>Postęp</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="150" />
            <source>&amp;Utwórz raport</source>
            <translation>Create &amp;report</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="154" />
            <location filename="../../ui/officials/report_dialog.py" line="295" />
            <source>&amp;Zamknij</source>
            <translation>Clos&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="193" />
            <source>Wszystkie spotkania</source>
            <translation>All meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="204" />
            <source>raport-zbiorczy.docx</source>
            <translation>consolidated-report.docx</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="220" />
            <source>Zapisz raport</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="250" />
            <source>Podaj plik raportu.</source>
            <translation>Choose the report file.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="254" />
            <source>Folder %1 nie istnieje.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="270" />
            <source>Zaznacz co najmniej jedno spotkanie.</source>
            <translation>Tick at least one meeting.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="279" />
            <source>&amp;Anuluj</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="283" />
            <source>Tworzenie raportu…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="287" />
            <source>Nie udało się: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="288" />
            <source>Anulowano; nie zapisano pliku.</source>
            <translation>Cancelled; no file was saved.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="303" />
            <source>Zapisano raport: %1</source>
            <translation>Report saved: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/report_dialog.py" line="316" />
            <source>Anulowanie…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <location filename="../../ui/models/search_model.py" line="26" />
            <source>Wypowiedź</source>
            <translation>Statement</translation>
        </message>
        <message>
            <location filename="../../ui/models/search_model.py" line="27" />
            <source>Spotkanie</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../ui/models/search_model.py" line="28" />
            <source>Sekcja</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ui/models/search_model.py" line="29" />
            <source>Rodzaj</source>
            <translation>Kind</translation>
        </message>
    </context>
    <context>
        <name>SearchWindow</name>
        <message>
            <location filename="../../ui/officials/search_window.py" line="114" />
            <source>Szukaj we wszystkich spotkaniach</source>
            <translation>Search all meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="132" />
            <source>Wpisz słowa, np. lokale albo polityka migracyjna (wielkość liter i polskie znaki nie mają znaczenia)</source>
            <translation>Type words, e.g. premises or migration policy (case and Polish letters do not matter)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="135" />
            <source>Szukane słowa</source>
            <translation>Search words</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="139" />
            <source>&amp;Szukaj:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="146" />
            <source>Liczba wyników</source>
            <translation>Number of results</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="193" />
            <source>Seria</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="194" />
            <source>Sekcja / obszar</source>
            <translation>Section / area</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="195" />
            <source>Rodzaj wypowiedzi</source>
            <translation>Kind of statement</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="196" />
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="202" />
            <source>Wszystkie rodzaje</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="205" />
            <source>&amp;Od:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="206" />
            <source>&amp;Do:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="151" />
            <source>Otwórz &amp;w spotkaniu</source>
            <translation>&amp;Open in the meeting</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="150" />
            <source>Komunikat</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="153" />
            <source>Oznacz ta&amp;giem… (Ctrl+T)</source>
            <translation>Tag the c&amp;hosen… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="154" />
            <source>Dodaj tag do zaznaczonych wypowiedzi (Ctrl+A zaznacza wszystkie, Shift+strzałki kolejne); tag zagnieżdżony: Obszar 1/BIP</source>
            <translation>Add a tag to the chosen statements (Ctrl+A chooses all, Shift+arrows the next ones); a nested tag: Area 1/BIP</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="157" />
            <source>Eksport do &amp;XLSX…</source>
            <translation>Export to &amp;XLSX…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="158" />
            <source>Zapisz wszystkie znalezione wypowiedzi w arkuszu XLSX</source>
            <translation>Save every statement found in an XLSX spreadsheet</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="197" />
            <source>Stanowisko urzędu</source>
            <translation>Office's position</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="198" />
            <source>Wszystkie stanowiska</source>
            <translation>All positions</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="207" />
            <source>Wyczyść &amp;filtry</source>
            <translation>Cle&amp;ar filters</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="210" />
            <source>S&amp;eria:</source>
            <translation>S&amp;eries:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="210" />
            <source>Se&amp;kcja:</source>
            <translation>Se&amp;ction:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="211" />
            <source>&amp;Rodzaj:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="211" />
            <source>&amp;Tag:</source>
            <translation>Ta&amp;g:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="212" />
            <source>St&amp;anowisko:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="231" />
            <source>Wyniki wyszukiwania</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="254" />
            <source>Wszystkie serie</source>
            <translation>All series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="255" />
            <source>Wszystkie sekcje</source>
            <translation>All sections</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="256" />
            <source>Wszystkie tagi</source>
            <translation>All tags</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="299" />
            <source>Szukanie…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="322" />
            <location filename="../../ui/officials/search_window.py" line="382" />
            <location filename="../../ui/officials/search_window.py" line="393" />
            <location filename="../../ui/officials/search_window.py" line="440" />
            <source>wypowiedź</source>
            <translation>statement</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="322" />
            <location filename="../../ui/officials/search_window.py" line="382" />
            <location filename="../../ui/officials/search_window.py" line="393" />
            <location filename="../../ui/officials/search_window.py" line="440" />
            <source>wypowiedzi</source>
            <translation>statements</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="323" />
            <source>Znaleziono: %1</source>
            <translation>Found: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="325" />
            <source>(pokazano pierwsze %1 — zawęź wyszukiwanie)</source>
            <translation>(showing the first %1 — narrow the search)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="326" />
            <source>Nic nie znaleziono.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="332" />
            <source>Wyszukiwanie nie powiodło się: %1</source>
            <translation>The search failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="370" />
            <source>Zaznacz wypowiedzi do oznaczenia (Ctrl+A: wszystkie).</source>
            <translation>Choose the statements to tag (Ctrl+A: all of them).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="379" />
            <source>Nie udało się: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="383" />
            <source>Oznaczenie tagiem „%1”: %2</source>
            <translation>Tagging with “%1”: %2</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="387" />
            <source>Zrobione: %1. Można cofnąć (Ctrl+Z).</source>
            <translation>Done: %1. You can undo it (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="391" />
            <source>Oznacz tagiem</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="392" />
            <source>Tag dla zaznaczonych (%1); zagnieżdżony: Obszar 1/BIP</source>
            <translation>Tag for the chosen (%1); nested: Area 1/BIP</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="410" />
            <source>Nie udało się cofnąć: %1</source>
            <translation>Could not undo: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="412" />
            <source>Cofnięto: %1.</source>
            <translation>Undone: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="419" />
            <source>Eksport wyników do XLSX</source>
            <translation>Export the results to XLSX</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="420" />
            <source>Arkusz XLSX (*.xlsx)</source>
            <translation>XLSX spreadsheet (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="428" />
            <source>Zapisywanie…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="441" />
            <source>Zapisano %1 w pliku %2</source>
            <translation>Saved %1 in %2</translation>
        </message>
        <message>
            <location filename="../../ui/officials/search_window.py" line="449" />
            <source>Eksport nie powiódł się: %1</source>
            <translation>Export failed: %1</translation>
        </message>
    </context>
    <context>
        <name>SectionsPanel</name>
        <message>
            <location filename="../../ui/widgets/sections_panel.py" line="34" />
            <source>Sekcje</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sections_panel.py" line="41" />
            <source>Dodaj sekcję</source>
            <translation>Add section</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sections_panel.py" line="43" />
            <source>Dodaj blok tematyczny</source>
            <translation>Add topic block</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sections_panel.py" line="45" />
            <source>Usuń sekcję</source>
            <translation>Delete section</translation>
        </message>
    </context>
    <context>
        <name>SeriesDialog</name>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="36" />
            <source>Serie konsultacji</source>
            <translation>Consultation series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="40" />
            <source>Seria</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="40" />
            <source>Spotkania</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="41" />
            <source>Lista serii spotkań</source>
            <translation>Meeting series list</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="55" />
            <source>Zmień &amp;nazwę (F2)</source>
            <translation>&amp;Rename (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="56" />
            <source>&amp;Scal zaznaczone…</source>
            <translation>&amp;Merge selected…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="57" />
            <source>&amp;Cofnij</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="58" />
            <source>&amp;Zamknij</source>
            <translation>Clos&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="70" />
            <source>Nowa nazwa obowiązuje we wszystkich spotkaniach serii. Nazwa innej serii scala obie serie.</source>
            <translation>The new name applies to every meeting of the series. The name of another series merges the two.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="136" />
            <source>Zmiana nazwy serii „%1” na „%2”</source>
            <translation>Renaming series “%1” to “%2”</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="146" />
            <source>Scal serie</source>
            <translation>Merge series</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="147" />
            <source>Zostaw serię (pozostałe zostaną w niej scalone):</source>
            <translation>Keep series (the others will be merged into it):</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="153" />
            <source>Scalenie serii w „%1”</source>
            <translation>Merging series into “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="162" />
            <source>Nie udało się: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="164" />
            <source>Zrobione: %1. Można cofnąć (Ctrl+Z).</source>
            <translation>Done: %1. You can undo it (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="177" />
            <source>Nie udało się cofnąć: %1</source>
            <translation>Could not undo: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/series_dialog.py" line="179" />
            <source>Cofnięto: %1.</source>
            <translation>Undone: %1.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="29" />
            <source>Zapisz wypowiedź i przejdź do następnej</source>
            <translation>Save the statement and go on to the next</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="30" />
            <source>Wcięcie: podpunkt poprzedniej wypowiedzi / poziom wyżej</source>
            <translation>Indent: sub-point of the previous statement / up a level</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="29" />
            <source>Poprzednia / następna sekcja</source>
            <translation>Previous / next section</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="30" />
            <source>Przesuń wypowiedź (albo sekcję) w górę / w dół</source>
            <translation>Move the statement (or section) up / down</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="31" />
            <source>Popraw treść zaznaczonej wypowiedzi</source>
            <translation>Edit the text of the selected statement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="34" />
            <source>Tagi zaznaczonej wypowiedzi (po przecinku, z podpowiedziami)</source>
            <translation>Tags of the selected statement (comma-separated, with suggestions)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="35" />
            <source>Pełna treść zaznaczonej wypowiedzi (Esc: powrót)</source>
            <translation>Full text of the selected statement (Esc: back)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="32" />
            <source>Usuń zaznaczone wypowiedzi (można cofnąć)</source>
            <translation>Delete the selected statements (can be undone)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="31" />
            <source>Mówca: wybierz osobę z listy obecności</source>
            <translation>Speaker: choose a person from the attendance list</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="32" />
            <source>Wróć do pola nowej wypowiedzi</source>
            <translation>Back to the new statement field</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="33" />
            <source>Z pola nowej wypowiedzi do listy wypowiedzi (na ostatnio dodanej)</source>
            <translation>From the new statement field to the list of statements (at the one just added)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="36" />
            <source>Z listy wypowiedzi z powrotem do pola nowej wypowiedzi</source>
            <translation>From the list of statements back to the new statement field</translation>
        </message>
        <message>
            <location filename="../../ui/pages/notes.py" line="33" />
            <source>Widok dla uczestników (rzutnik): pokaż / zamknij</source>
            <translation>Participants' view (projector): show / close</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="25" />
            <source>Rodzaj: %1</source>
            <translation>Kind: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="25" />
            <source>Przesuń punkt przebiegu w górę / w dół</source>
            <translation>Move the agenda point up / down</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="26" />
            <source>Usuń zaznaczony punkt przebiegu</source>
            <translation>Delete the selected agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/agenda.py" line="27" />
            <source>Nowy punkt przebiegu spotkania</source>
            <translation>New agenda point</translation>
        </message>
        <message>
            <location filename="../../ui/pages/attendance.py" line="49" />
            <source>Usuń zaznaczone osoby z listy obecności</source>
            <translation>Remove the selected people from the attendance list</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="128" />
            <source>&amp;Skróty klawiszowe</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="84" />
            <source>Skróty klawiszowe</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="87" />
            <source>Klawisze</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/shortcuts.py" line="87" />
            <source>Działanie</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <location filename="../../ui/start_window.py" line="108" />
            <source>Szukaj po tytule, miejscu, serii lub dacie</source>
            <translation>Search by title, venue, series or date</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="110" />
            <source>Filtr spotkań</source>
            <translation>Meeting filter</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="113" />
            <source>Seria konsultacji</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="123" />
            <source>Szuka&amp;j:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="123" />
            <source>Seri&amp;a:</source>
            <translation>Ser&amp;ies:</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="164" />
            <source>U&amp;suń</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="247" />
            <source>Brak spotkań. Utwórz nowe (Ctrl+N) albo otwórz przykładowe spotkanie.</source>
            <translation>No meetings yet. Create one (Ctrl+N) or open the sample meeting.</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="142" />
            <source>Spotkania</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="162" />
            <location filename="../../ui/start_window.py" line="182" />
            <source>&amp;Nowe spotkanie</source>
            <translation>&amp;New meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="162" />
            <source>&amp;Otwórz</source>
            <translation>O&amp;pen</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="163" />
            <source>&amp;Duplikuj jako szablon</source>
            <translation>&amp;Duplicate as template</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="170" />
            <source>Przykładowe spotkanie</source>
            <translation>Sample meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="178" />
            <source>&amp;Plik</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="178" />
            <source>&amp;Edycja</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="178" />
            <source>&amp;Widok</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="179" />
            <source>Pomo&amp;c</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="184" />
            <source>&amp;Otwórz spotkanie</source>
            <translation>&amp;Open meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="185" />
            <source>Otwórz &amp;przykładowe spotkanie</source>
            <translation>Open the &amp;sample meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="187" />
            <source>&amp;Importuj pliki spotkań…</source>
            <translation>&amp;Import meeting files…</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="188" />
            <source>&amp;Eksportuj plik spotkania…</source>
            <translation>&amp;Export meeting file…</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="190" />
            <source>&amp;Zakończ</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="191" />
            <location filename="../../ui/start_window.py" line="196" />
            <source>&amp;Cofnij</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="193" />
            <location filename="../../ui/start_window.py" line="196" />
            <source>&amp;Ponów</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="196" />
            <source>&amp;Cofnij %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="196" />
            <source>&amp;Ponów %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="199" />
            <source>&amp;Duplikuj jako szablon następnego spotkania</source>
            <translation>&amp;Duplicate as template for the next meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="201" />
            <source>&amp;Usuń spotkanie</source>
            <translation>De&amp;lete meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="202" />
            <source>&amp;Szukaj</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="203" />
            <source>&amp;Odśwież</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="207" />
            <source>&amp;O programie</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="249" />
            <source>Żadne spotkanie nie pasuje do „%1” (wielkość liter i polskie znaki nie mają znaczenia).</source>
            <translation>No meeting matches “%1” (case and Polish letters do not matter).</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="252" />
            <source>Żadne spotkanie nie należy do wybranej serii.</source>
            <translation>No meeting belongs to the chosen series.</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="262" />
            <source>Wszystkie serie</source>
            <translation>All series</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="332" />
            <source>Nowe spotkanie</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="377" />
            <source>Duplikowanie spotkania</source>
            <translation>Duplicate meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="389" />
            <source>Usunąć spotkanie „%1” z %2 razem z notatkami i listą obecności?
Można to cofnąć (Ctrl+Z).</source>
            <translation>Delete the meeting “%1” of %2 with its notes and attendance list?
You can undo it (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="391" />
            <source>Usuń spotkanie</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_window.py" line="396" />
            <source>Usunięcie spotkania „%1”</source>
            <translation>Delete meeting “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="124" />
            <source>Puste spotkanie nie zostało zachowane (Ctrl+Shift+Z je przywraca).</source>
            <translation>The empty meeting was not kept (Ctrl+Shift+Z brings it back).</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="127" />
            <source>Usunięcie pustego spotkania</source>
            <translation>Delete empty meeting</translation>
        </message>
        <message>
            <location filename="../../ui/undo.py" line="129" />
            <source>Puste spotkanie nie zostało zachowane (Ctrl+Z je przywraca).</source>
            <translation>The empty meeting was not kept (Ctrl+Z brings it back).</translation>
        </message>
    </context>
    <context>
        <name>StatementEditor</name>
        <message>
            <location filename="../../ui/widgets/statement_editor.py" line="33" />
            <source>Poprawa treści wypowiedzi</source>
            <translation>Correcting the statement</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/statement_editor.py" line="34" />
            <source>Enter: zapisz, Shift+Enter: nowy wiersz, Esc: bez zmian</source>
            <translation>Enter: save, Shift+Enter: new line, Esc: no change</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/pages/summary.py" line="59" />
            <source>Według obszarów i rodzajów</source>
            <translation>By area and kind</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="60" />
            <source>W kolejności notowania</source>
            <translation>In the order noted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="63" />
            <source>&amp;Z nazwiskami mówców</source>
            <translation>&amp;With speakers' names</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="64" />
            <source>Bez zaznaczenia podsumowanie jest anonimowe</source>
            <translation>Unticked, the summary is anonymous</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="66" />
            <source>Eksportuj &amp;DOCX…</source>
            <translation>Export DO&amp;CX…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="61" />
            <source>Ukł&amp;ad:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="65" />
            <source>Lista &amp;obecności w załączniku</source>
            <translation>Attendance l&amp;ist as an appendix</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="67" />
            <source>Eksportuj PD&amp;F…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="70" />
            <source>Podgląd podsumowania</source>
            <translation>Summary preview</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="152" />
            <source>Eksport z nazwiskami mówców</source>
            <translation>Export with speakers' names</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="153" />
            <source>Te osoby nie mają zapisanej zgody na podanie nazwiska:</source>
            <translation>These people have no recorded consent to be named:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="155" />
            <source>W podsumowaniu zamiast ich nazwisk będzie organizacja albo „uczestnik”, „uczestniczka” lub „osoba uczestnicząca”. Zgodę zaznacza się na stronie Lista obecności.</source>
            <translation>The summary will show their organisation or “participant” instead of their names. Consent is recorded on the Attendance list page.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="157" />
            <source>&amp;Kontynuuj eksport</source>
            <translation>&amp;Continue the export</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="172" />
            <source>Zapisz podsumowanie</source>
            <translation>Save summary</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="186" />
            <source>Nie zapisano podsumowania</source>
            <translation>Summary not saved</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="189" />
            <source>Zapisano podsumowanie</source>
            <translation>Summary saved</translation>
        </message>
        <message>
            <location filename="../../ui/pages/summary.py" line="190" />
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
            <location filename="../../ui/widgets/tag_editor.py" line="76" />
            <source>Tagi wypowiedzi (po przecinku)</source>
            <translation>Statement tags (comma-separated)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/tag_editor.py" line="77" />
            <source>tagi po przecinku, np. lokale, dotacje</source>
            <translation>comma-separated tags, e.g. premises, grants</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="40" />
            <source>Tagi we wszystkich spotkaniach</source>
            <translation>Tags in all meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="45" />
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="45" />
            <source>Wypowiedzi</source>
            <translation>Statements</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="45" />
            <source>Spotkania</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="59" />
            <source>Zmień &amp;nazwę (F2)</source>
            <translation>&amp;Rename (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="60" />
            <source>&amp;Scal zaznaczone…</source>
            <translation>&amp;Merge selected…</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="61" />
            <source>&amp;Cofnij</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="62" />
            <source>&amp;Zamknij</source>
            <translation>Clos&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="46" />
            <source>Drzewo tagów</source>
            <translation>Tag tree</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="74" />
            <source>Zmiana nazwy lub scalenie działa we wszystkich spotkaniach naraz. Tag zagnieżdżony zapisuje się z ukośnikiem, np. Obszar 1/BIP; liczby poziomu obejmują tagi pod nim.</source>
            <translation>Renaming or merging applies to all meetings at once. A nested tag is written with a slash, e.g. Area 1/BIP; a level's numbers include the tags under it.</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="161" />
            <location filename="../../ui/officials/tags_dialog.py" line="166" />
            <source>Zmiana nazwy tagu na „%1”</source>
            <translation>Rename tag to “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="177" />
            <source>Scal tagi</source>
            <translation>Merge tags</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="178" />
            <source>Zostaw tag (pozostałe zostaną w nim scalone):</source>
            <translation>Keep the tag (the others will be merged into it):</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="186" />
            <source>Scalenie %1 tagów w „%2”</source>
            <translation>Merge %1 tags into “%2”</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="193" />
            <source>Nie udało się: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="198" />
            <source>Zrobione: %1. Można cofnąć (Ctrl+Z).</source>
            <translation>Done: %1. You can undo it (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="209" />
            <source>Nie udało się cofnąć: %1</source>
            <translation>Could not undo: %1</translation>
        </message>
        <message>
            <location filename="../../ui/officials/tags_dialog.py" line="211" />
            <source>Cofnięto: %1.</source>
            <translation>Undone: %1.</translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../../ui/templates.py" line="36" />
            <source>Nowe spotkanie z szablonu</source>
            <translation>New meeting from a template</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="38" />
            <source>Szablony</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="39" />
            <source>&amp;Szablony:</source>
            <translation>&amp;Templates:</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="42" />
            <source>&amp;Utwórz spotkanie</source>
            <translation>&amp;Create meeting</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="43" />
            <source>U&amp;suń szablon</source>
            <translation>&amp;Delete template</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="87" />
            <source>Usunięcie szablonu „%1”</source>
            <translation>Delete template “%1”</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../../ui/templates.py" line="103" />
            <source>Nowe z &amp;szablonu…</source>
            <translation>New from &amp;template…</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="105" />
            <source>Zapisz jako sz&amp;ablon…</source>
            <translation>Save as templ&amp;ate…</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="113" />
            <source>Zaznacz na liście spotkanie, które ma być szablonem.</source>
            <translation>Select in the list the meeting to save as a template.</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="117" />
            <source>Zapisz jako szablon</source>
            <translation>Save as template</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="118" />
            <source>Nazwa szablonu (sekcje, nagłówek obszarów, przebieg i organizator; bez uczestników i uwag):</source>
            <translation>Template name (sections, area heading, agenda and organiser; no participants, no statements):</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="126" />
            <source>Zapisanie szablonu „%1”</source>
            <translation>Save template “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="129" />
            <source>Zapisano szablon „%1”. Nowe spotkanie z niego: Plik → Nowe z szablonu… (Ctrl+Shift+N).</source>
            <translation>Template “%1” saved. To start a meeting from it: File → New from template… (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="137" />
            <source>Nie ma jeszcze szablonów. Zaznacz spotkanie i wybierz Plik → Zapisz jako szablon…</source>
            <translation>There are no templates yet. Select a meeting and choose File → Save as template…</translation>
        </message>
        <message>
            <location filename="../../ui/templates.py" line="143" />
            <source>Nowe spotkanie z szablonu</source>
            <translation>New meeting from a template</translation>
        </message>
    </context>
</TS>