<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Gränssnittets språk:</translation>
    </message>
    <message>
        <source>A new language takes effect when regionmap is started again.</source>
        <translation>Det nya språket tas i bruk när regionmap startas på nytt.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Interface language and other preferences</source>
        <translation>Gränssnittets språk och andra inställningar</translation>
    </message>
</context>
</TS>
