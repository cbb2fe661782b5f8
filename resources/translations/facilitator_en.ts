<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../ui/pages/agenda.py" line="36" />
        <source>Punkty przebiegu spotkania</source>
        <translation>Agenda points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="47" />
        <source>Nowy punkt przebiegu — wpisz i naciśnij Enter</source>
        <translation>New agenda point — type and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="48" />
        <source>Nowy punkt przebiegu spotkania</source>
        <translation>New agenda point</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="54" />
        <source>&amp;Przebieg spotkania</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="59" />
        <source>Dodaj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="59" />
        <source>Dodaj punkt (Enter w polu poniżej)</source>
        <translation>Add a point (Enter in the field below)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="60" />
        <source>W górę</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="61" />
        <source>W dół</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="62" />
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="62" />
        <source>Usuń zaznaczony punkt (Delete)</source>
        <translation>Delete the selected point (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="122" />
        <source>Dodanie punktu przebiegu</source>
        <translation>Add agenda point</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="132" />
        <source>Usunięcie punktu przebiegu</source>
        <translation>Delete agenda point</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="140" />
        <location filename="../../ui/pages/agenda.py" line="169" />
        <source>Przesunięcie punktu przebiegu</source>
        <translation>Move agenda point</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="149" />
        <source>Zmiana punktu przebiegu</source>
        <translation>Edit agenda point</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="37" />
        <source>Nie można otworzyć bazy danych:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance.py" line="87" />
        <source>Imię i nazwisko; organizacja; e-mail — Enter dodaje</source>
        <translation>Name; organisation; e-mail — Enter adds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="88" />
        <source>Dodaj uczestnika</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="98" />
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="115" />
        <source>&amp;Nowy uczestnik:</source>
        <translation>&amp;New participant:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="121" />
        <source>&amp;Usuń zaznaczonych</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="122" />
        <source>&amp;Import z CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="123" />
        <source>&amp;Drukuj listę obecności</source>
        <translation>&amp;Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="125" />
        <source>Z uczestnikami z listy…</source>
        <translation>With the listed participants…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="126" />
        <source>Pusta (do podpisu przy wejściu)…</source>
        <translation>Empty (to sign at the door)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="130" />
        <source>&amp;Lista uczestników</source>
        <translation>&amp;Participant list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="155" />
        <source>Na liście: %1, obecnych: %2</source>
        <translation>Listed: %1, present: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="161" />
        <source>Liczba uczestników: %1</source>
        <translation>Number of participants: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="168" />
        <source>Zmiana uczestnika</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="176" />
        <source>Dodanie uczestnika</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="197" />
        <source>Usunięcie uczestników: %1</source>
        <translation>Delete participants: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="199" />
        <source>Usunięcie uczestnika</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="207" />
        <source>Import uczestników z CSV</source>
        <translation>Import participants from CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="208" />
        <source>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="225" />
        <source>Import uczestników: %1</source>
        <translation>Import participants: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="233" />
        <source>lista-obecnosci-%1.pdf</source>
        <translation>attendance-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="234" />
        <source>Zapisz listę obecności</source>
        <translation>Save sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="235" />
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="243" />
        <source>Nie udało się zapisać listy obecności: %1</source>
        <translation>The sign-in sheet could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="246" />
        <source>Lista obecności</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance.py" line="247" />
        <source>Zapisano %1. Otworzyć teraz?</source>
        <translation>Saved %1. Open it now?</translation>
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
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/pages/details.py" line="27" />
        <source>&amp;Tytuł</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="27" />
        <source>Zmiana tytułu</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="28" />
        <source>&amp;Seria konsultacji</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="29" />
        <source>Zmiana serii</source>
        <translation>Edit series</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="30" />
        <source>&amp;Adresaci</source>
        <translation>&amp;Audience</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="30" />
        <source>Zmiana adresatów</source>
        <translation>Edit audience</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="31" />
        <source>&amp;Organizator</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="32" />
        <source>Zmiana organizatora</source>
        <translation>Edit organiser</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="33" />
        <source>&amp;Miejsce</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="33" />
        <source>Zmiana miejsca</source>
        <translation>Edit venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="36" />
        <source>&amp;Prowadzenie</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="37" />
        <source>Zmiana prowadzącego</source>
        <translation>Edit facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="38" />
        <source>Opra&amp;cowanie</source>
        <translation>&amp;Prepared by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="38" />
        <source>Zmiana autora</source>
        <translation>Edit author</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="60" />
        <source>&amp;Cel spotkania</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="61" />
        <source>Zmiana celu spotkania</source>
        <translation>Edit purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="103" />
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="104" />
        <source>Zmiana daty</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="106" />
        <source>&amp;Początek (GG:MM)</source>
        <translation>&amp;Start (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="107" />
        <source>Zmiana godziny rozpoczęcia</source>
        <translation>Edit start time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="108" />
        <source>&amp;Koniec (GG:MM)</source>
        <translation>&amp;End (HH:MM)</translation>
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
        <location filename="../../ui/pages/details.py" line="119" />
        <source>polski</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="120" />
        <source>angielski</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="122" />
        <source>&amp;Język dokumentu</source>
        <translation>Document &amp;language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="123" />
        <source>Zmiana języka dokumentu</source>
        <translation>Edit document language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="127" />
        <source>Puste pole = liczba obecnych z listy obecności</source>
        <translation>Empty = the number present on the attendance list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="128" />
        <source>&amp;Liczba uczestników</source>
        <translation>&amp;Number of participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/details.py" line="129" />
        <source>Zmiana liczby uczestników</source>
        <translation>Edit number of participants</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/details.py" line="147" />
        <source>z listy: %n</source>
        <translation><numerusform>from the list: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <location filename="../../ui/start_files.py" line="36" />
        <source>Importuj pliki spotkań</source>
        <translation>Import meeting files</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="38" />
        <source>Pliki spotkań (*.json);;Wszystkie pliki (*)</source>
        <translation>Meeting files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="52" />
        <source>Nie zaimportowano niczego. Błąd w pliku: %1</source>
        <translation>Nothing was imported. Error in file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="57" />
        <source>Nie zaimportowano niczego: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="61" />
        <source>Zaimportowano spotkania: %1 (nowe: %2, zaktualizowane: %3, bez zmian: %4).</source>
        <translation>Meetings imported: %1 (new: %2, updated: %3, unchanged: %4).</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="72" />
        <source>Najpierw zaznacz spotkanie na liście.</source>
        <translation>Select a meeting in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="81" />
        <source>Eksportuj plik spotkania</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="82" />
        <source>Plik spotkania (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="90" />
        <source>Nie zapisano pliku %1: %2</source>
        <translation>File %1 not saved: %2</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="93" />
        <source>Zapisano plik %1</source>
        <translation>Saved file %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="106" />
        <source>Nie można otworzyć przykładowego spotkania: %1</source>
        <translation>The sample meeting cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="111" />
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/start_files.py" line="112" />
        <source>%1 %2
Notatki ze spotkań konsultacyjnych i ich podsumowania (DOCX, PDF).</source>
        <translation>%1 %2
Notes of consultation meetings and their summaries (DOCX, PDF).</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../ui/meeting_window.py" line="47" />
        <source>&amp;Szczegóły</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="47" />
        <source>&amp;Lista obecności</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="48" />
        <source>&amp;Notatki</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="48" />
        <source>&amp;Podsumowanie</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="52" />
        <source>Wszystkie zmiany są zapisywane na bieżąco</source>
        <translation>Every change is saved as you go</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="62" />
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="63" />
        <source>&amp;Zamknij okno</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="64" />
        <source>&amp;Edycja</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="65" />
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="66" />
        <source>&amp;Ponów</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="71" />
        <source>&amp;Cofnij %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="72" />
        <source>&amp;Ponów %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="74" />
        <source>&amp;Widok</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="77" />
        <source>&amp;Historia zmian</source>
        <translation>Undo &amp;history</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="81" />
        <source>&amp;Następna strona</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="82" />
        <source>Po&amp;przednia strona</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="97" />
        <location filename="../../ui/meeting_window.py" line="101" />
        <source>Historia zmian</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="100" />
        <source>&lt;stan po otwarciu&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="150" />
        <source>Zapisano %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_window.py" line="155" />
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/models/meetings_model.py" line="21" />
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings_model.py" line="22" />
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings_model.py" line="23" />
        <source>Miejsce</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings_model.py" line="24" />
        <source>Seria konsultacji</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings_model.py" line="25" />
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings_model.py" line="26" />
        <source>Uwagi</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants_model.py" line="21" />
        <source>Imię i nazwisko</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="22" />
        <source>Organizacja</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="23" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="24" />
        <source>Płeć</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="25" />
        <source>Obecność</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="26" />
        <source>Zgoda RODO</source>
        <translation>GDPR consent</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="29" />
        <source>kobieta</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="30" />
        <source>mężczyzna</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="31" />
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="88" />
        <source>Szukaj po tytule, miejscu, serii lub dacie</source>
        <translation>Search by title, venue, series or date</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="90" />
        <source>Filtr spotkań</source>
        <translation>Meeting filter</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="93" />
        <source>Seria konsultacji</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="97" />
        <source>Brak spotkań. Utwórz nowe (Ctrl+N) albo otwórz przykładowe spotkanie.</source>
        <translation>No meetings yet. Create one (Ctrl+N) or open the sample meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="99" />
        <source>&amp;Szukaj:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="99" />
        <source>S&amp;eria:</source>
        <translation>S&amp;eries:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="118" />
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="136" />
        <location filename="../../ui/start_window.py" line="156" />
        <source>&amp;Nowe spotkanie</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="136" />
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="137" />
        <source>&amp;Duplikuj jako szablon</source>
        <translation>&amp;Duplicate as template</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="138" />
        <source>&amp;Usuń</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="144" />
        <source>Przykładowe spotkanie</source>
        <translation>Sample meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="152" />
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="152" />
        <source>&amp;Edycja</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="152" />
        <source>&amp;Widok</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="153" />
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="157" />
        <source>&amp;Otwórz spotkanie</source>
        <translation>&amp;Open meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="158" />
        <source>Otwórz &amp;przykładowe spotkanie</source>
        <translation>Open the &amp;sample meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="160" />
        <source>&amp;Importuj pliki spotkań…</source>
        <translation>&amp;Import meeting files…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="161" />
        <source>&amp;Eksportuj plik spotkania…</source>
        <translation>&amp;Export meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="163" />
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="164" />
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="166" />
        <source>&amp;Ponów</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="170" />
        <source>&amp;Duplikuj jako szablon następnego spotkania</source>
        <translation>&amp;Duplicate as template for the next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="172" />
        <source>&amp;Usuń spotkanie</source>
        <translation>De&amp;lete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="173" />
        <source>&amp;Szukaj</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="174" />
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="175" />
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="199" />
        <source>Wszystkie serie</source>
        <translation>All series</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="232" />
        <source>Nowe spotkanie</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="266" />
        <source>Duplikowanie spotkania</source>
        <translation>Duplicate meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="278" />
        <source>Usunąć spotkanie „%1” z %2 razem z notatkami i listą obecności?
Można to cofnąć (Ctrl+Z).</source>
        <translation>Delete the meeting “%1” of %2 with its notes and attendance list?
You can undo it (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="280" />
        <source>Usuń spotkanie</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="285" />
        <source>Usunięcie spotkania „%1”</source>
        <translation>Delete meeting “%1”</translation>
    </message>
</context>
</TS>