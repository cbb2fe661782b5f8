<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="pl_PL">
<context>
    <name>AttendancePage</name>
    <message numerus="yes">
        <source>Liczba uczestników: %n osób</source>
        <translation>
            <numerusform>Liczba uczestników: %n osoba</numerusform>
            <numerusform>Liczba uczestników: %n osoby</numerusform>
            <numerusform>Liczba uczestników: %n osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message numerus="yes">
        <source>%n wypowiedzi</source>
        <translation>
            <numerusform>%n wypowiedź</numerusform>
            <numerusform>%n wypowiedzi</numerusform>
            <numerusform>%n wypowiedzi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message numerus="yes">
        <source>Plik: %1 (kodowanie %2, %n wierszy)</source>
        <translation>
            <numerusform>Plik: %1 (kodowanie %2, %n wiersz)</numerusform>
            <numerusform>Plik: %1 (kodowanie %2, %n wiersze)</numerusform>
            <numerusform>Plik: %1 (kodowanie %2, %n wierszy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message numerus="yes">
        <source>z listy: %n</source>
        <translation>
            <numerusform>z listy: %n</numerusform>
            <numerusform>z listy: %n</numerusform>
            <numerusform>z listy: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n nowych spotkań</source>
        <translation>
            <numerusform>%n nowe spotkanie</numerusform>
            <numerusform>%n nowe spotkania</numerusform>
            <numerusform>%n nowych spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zaktualizowanych</source>
        <translation>
            <numerusform>%n zaktualizowane</numerusform>
            <numerusform>%n zaktualizowane</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message numerus="yes">
        <source>%n spotkań</source>
        <translation>
            <numerusform>%n spotkanie</numerusform>
            <numerusform>%n spotkania</numerusform>
            <numerusform>%n spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizacji</source>
        <translation>
            <numerusform>%n organizacja</numerusform>
            <numerusform>%n organizacje</numerusform>
            <numerusform>%n organizacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message numerus="yes">
        <source>%n wypowiedzi</source>
        <translation>
            <numerusform>%n wypowiedź</numerusform>
            <numerusform>%n wypowiedzi</numerusform>
            <numerusform>%n wypowiedzi</numerusform>
        </translation>
    </message>
</context>
</TS>
