<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BoundariesDialog</name>
    <message>
        <source>Area figures use land only: where the boundaries include sea (as official ones often do), the areas are clipped to the land outline.</source>
        <translation>Pinta-alat lasketaan vain maa-alueesta: jos rajoihin kuuluu merialuetta (kuten virallisiin usein), alueet rajataan maa-alueen ääriviivaan.</translation>
    </message>
    <message>
        <source>Municipalities (official)</source>
        <translation>Kunnat (viralliset)</translation>
    </message>
    <message>
        <source>Load official municipal boundaries</source>
        <translation>Lataa viralliset kuntarajat</translation>
    </message>
    <message>
        <source>From a file (GeoPackage, Shapefile, GeoJSON…)</source>
        <translation>Tiedostosta (GeoPackage, Shapefile, GeoJSON…)</translation>
    </message>
    <message>
        <source>Download from Statistics Finland (open WFS, CC BY 4.0)</source>
        <translation>Lataa Tilastokeskukselta (avoin WFS, CC BY 4.0)</translation>
    </message>
    <message>
        <source>boundary file</source>
        <translation>rajatiedosto</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Download again even if a copy is cached</source>
        <translation>Lataa uudelleen, vaikka kopio on välimuistissa</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Downloads are kept in {folder} so later starts work offline.</source>
        <translation>Ladatut rajat säilytetään kansiossa {folder}, joten myöhemmät käynnistykset toimivat ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>The 26 municipalities of Helsinki-Uusimaa (by code)</source>
        <translation>Helsinki-Uudenmaan 26 kuntaa (kuntanumeron mukaan)</translation>
    </message>
    <message>
        <source>Areas mostly inside the current region</source>
        <translation>Alueet, jotka ovat enimmäkseen nykyisen alueen sisällä</translation>
    </message>
    <message>
        <source>Where a field has a value…</source>
        <translation>Joissa kentällä on arvo…</translation>
    </message>
    <message>
        <source>No filter: every area in the source</source>
        <translation>Ei suodatusta: kaikki lähteen alueet</translation>
    </message>
    <message>
        <source>value, e.g. 01 for the Uusimaa region code</source>
        <translation>arvo, esim. 01 Uudenmaan maakuntakoodille</translation>
    </message>
    <message>
        <source>Fields and filter</source>
        <translation>Kentät ja suodatus</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kuntanumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>Tason nimi</translation>
    </message>
    <message>
        <source>Read a source to continue.</source>
        <translation>Lue lähde jatkaaksesi.</translation>
    </message>
    <message>
        <source>Use these boundaries</source>
        <translation>Käytä näitä rajoja</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Lue tiedosto</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Lataa</translation>
    </message>
    <message>
        <source>Boundary file</source>
        <translation>Rajatiedosto</translation>
    </message>
    <message>
        <source>Geodata</source>
        <translation>Paikkatietoaineistot</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Kaikki tiedostot</translation>
    </message>
    <message>
        <source>choose a boundary file first</source>
        <translation>valitse ensin rajatiedosto</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Luetaan {file}…</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Luetaan {file}</translation>
    </message>
    <message>
        <source>Downloading from Statistics Finland…</source>
        <translation>Ladataan Tilastokeskukselta…</translation>
    </message>
    <message>
        <source>Downloading municipal boundaries</source>
        <translation>Ladataan kuntarajoja</translation>
    </message>
    <message>
        <source>Statistics Finland {year}</source>
        <translation>Tilastokeskus {year}</translation>
    </message>
    <message>
        <source> (from the cache: offline)</source>
        <translation> (välimuistista: ei verkkoyhteyttä)</translation>
    </message>
    <message>
        <source>{source}{cached}: {n} areas kept — {names}; land area {km2} km².</source>
        <translation>{source}{cached}: säilytettyjä alueita {n} — {names}; maapinta-ala {km2} km².</translation>
    </message>
    <message>
        <source>no boundaries to use yet: read a source first</source>
        <translation>ei vielä käytettäviä rajoja: lue ensin lähde</translation>
    </message>
    <message>
        <source>Using official boundaries: {n} municipalities ({credit}); hot spots and in-between areas recomputed</source>
        <translation>Käytössä viralliset rajat: kuntia {n} ({credit}); keskittymät ja välialueet laskettu uudelleen</translation>
    </message>
    <message>
        <source>Load official &amp;boundaries…</source>
        <translation>Lataa viralliset &amp;kuntarajat…</translation>
    </message>
    <message>
        <source>Replace the schematic areas by official municipal boundaries</source>
        <translation>Korvaa kaavamaiset alueet virallisilla kuntarajoilla</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>PDF (vector, print)</source>
        <translation>PDF (vektori, tulostus)</translation>
    </message>
    <message>
        <source>SVG (vector, editable)</source>
        <translation>SVG (vektori, muokattava)</translation>
    </message>
    <message>
        <source>HTML interactive map</source>
        <translation>Interaktiivinen HTML-kartta</translation>
    </message>
    <message>
        <source>{name} ({n} vertices)</source>
        <translation>{name} ({n} taitepistettä)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Vie kartta</translation>
    </message>
    <message>
        <source>optional, e.g. &apos;Coverage of in-between areas, draft&apos;</source>
        <translation>valinnainen, esim. &apos;Välialueiden kattavuus, luonnos&apos;</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Nykyinen näkymä</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Koko alue</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Mukautettu</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Vaaka</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pysty</translation>
    </message>
    <message>
        <source>Set the image size in pixels</source>
        <translation>Anna kuvan koko pikseleinä</translation>
    </message>
    <message>
        <source>Coverage table and pass/fail summary</source>
        <translation>Kattavuustaulukko ja tavoitteiden täyttyminen</translation>
    </message>
    <message>
        <source>OpenStreetMap basemap (needs internet when viewed)</source>
        <translation>OpenStreetMap-taustakartta (vaatii verkkoyhteyden)</translation>
    </message>
    <message>
        <source>Works offline (Leaflet included in the file)</source>
        <translation>Toimii ilman verkkoyhteyttä (Leaflet mukana tiedostossa)</translation>
    </message>
    <message>
        <source>Simplify large layers for the web (keeps shared borders)</source>
        <translation>Yksinkertaista suuret tasot verkkoon (rajat säilyvät)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Alaotsikko</translation>
    </message>
    <message>
        <source>Map shows</source>
        <translation>Kartalla näkyy</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sivu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Mukautettu koko</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Kuvan koko</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Tarkkuus</translation>
    </message>
    <message>
        <source>Interactive map</source>
        <translation>Interaktiivinen kartta</translation>
    </message>
    <message>
        <source>Export coverage report (CSV + GeoJSON)…</source>
        <translation>Vie kattavuusraportti (CSV + GeoJSON)…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Run the coverage check first</source>
        <translation>Tee ensin kattavuustarkastelu</translation>
    </message>
    <message>
        <source>The preview shows the layers and styles. In the HTML map every visible layer can be switched on and off, and attribute values show as plain text in popups.</source>
        <translation>Esikatselu näyttää tasot ja tyylit. HTML-kartalla jokaisen näkyvän tason voi kytkeä päälle ja pois, ja ominaisuustiedot näkyvät ponnahdusikkunoissa pelkkänä tekstinä.</translation>
    </message>
    <message>
        <source>Simplified for the web: {layers}.</source>
        <translation>Yksinkertaistettu verkkoon: {layers}.</translation>
    </message>
    <message>
        <source>Leaflet will load from the internet (cdn.jsdelivr.net) when the page is opened.</source>
        <translation>Leaflet ladataan internetistä (cdn.jsdelivr.net), kun sivu avataan.</translation>
    </message>
    <message>
        <source>The basemap needs internet when the page is viewed.</source>
        <translation>Taustakartta vaatii verkkoyhteyden, kun sivua katsellaan.</translation>
    </message>
    <message>
        <source>{w_mm} × {h_mm} mm, {w} × {h} px at {dpi} dpi.</source>
        <translation>{w_mm} × {h_mm} mm, {w} × {h} px tarkkuudella {dpi} dpi.</translation>
    </message>
    <message>
        <source>This is a very large image; it may take a while and use a lot of memory.</source>
        <translation>Kuva on hyvin suuri: sen tekeminen voi kestää kauan ja viedä paljon muistia.</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Ei esikatselua: {error}</translation>
    </message>
    <message>
        <source>Export {file}</source>
        <translation>Viedään {file}</translation>
    </message>
    <message>
        <source>Exported {path} ({format}, {w} × {h} px, scale {scale})</source>
        <translation>Viety: {path} ({format}, {w} × {h} px, mittakaava {scale})</translation>
    </message>
    <message>
        <source>Exported {path} ({size} MB)</source>
        <translation>Viety: {path} ({size} Mt)</translation>
    </message>
    <message>
        <source>; simplified for the web: {layers}</source>
        <translation>; yksinkertaistettu verkkoon: {layers}</translation>
    </message>
    <message>
        <source>Export coverage report</source>
        <translation>Vie kattavuusraportti</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-taulukko</translation>
    </message>
    <message>
        <source>Exported {csv} and {geojson}</source>
        <translation>Viety: {csv} ja {geojson}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Export the map as PNG, PDF, SVG or an interactive HTML map</source>
        <translation>Vie kartta PNG-, PDF- tai SVG-tiedostoksi tai interaktiiviseksi HTML-kartaksi</translation>
    </message>
</context>
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
