<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<!-- Qt's own strings that PySide6's qtbase_pl.qm leaves in English (checked by tests/ui/test_qt_dialogs_polish.py).
     Compile: .venv/bin/pyside6-lrelease resources/translations/qtbase_extra_pl.ts -qm ui/data/translations/qtbase_extra_pl.qm -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;rodzaju:</translation>
    </message>
</context>
</TS>
