<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <source>A new language takes effect when regionmap is started again.</source>
        <translation>Uusi kieli tulee käyttöön, kun regionmap käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Interface language and other preferences</source>
        <translation>Käyttöliittymän kieli ja muut asetukset</translation>
    </message>
</context>
</TS>
