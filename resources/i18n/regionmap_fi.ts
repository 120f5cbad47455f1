<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AttributeTable</name>
    <message>
        <source>All fields</source>
        <translation>Kaikki kentät</translation>
    </message>
    <message>
        <source>Attributes — {layer}</source>
        <translation>Ominaisuustiedot — {layer}</translation>
    </message>
    <message>
        <source>Filter: text contained in the field…</source>
        <translation>Suodata: kentän sisältämä teksti…</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Tarkenna valintaan</translation>
    </message>
    <message>
        <source>Zoom the map to the selected features</source>
        <translation>Tarkenna kartta valittuihin kohteisiin</translation>
    </message>
    <message>
        <source>{shown} of {total} features</source>
        <translation>{shown} / {total} kohdetta</translation>
    </message>
</context>
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
    <name>ConnectionsDialog</name>
    <message>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <source>Shortest (min)</source>
        <translation>Lyhin (min)</translation>
    </message>
    <message>
        <source>Departures a day</source>
        <translation>Lähtöjä päivässä</translation>
    </message>
    <message>
        <source>Hot spots by timetable</source>
        <translation>Keskittymät aikataulun mukaan</translation>
    </message>
    <message>
        <source>Next ordinary weekday the feed covers</source>
        <translation>Seuraava tavallinen arkipäivä, jonka aikataulu kattaa</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Laske</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Walk to stops</source>
        <translation>Kävely pysäkeille</translation>
    </message>
    <message>
        <source>Transfer at least</source>
        <translation>Vaihtoaika vähintään</translation>
    </message>
    <message>
        <source>no loaded feed</source>
        <translation>aikataulua ei ole ladattu</translation>
    </message>
    <message>
        <source>the map has no hot spots</source>
        <translation>kartalla ei ole keskittymiä</translation>
    </message>
    <message>
        <source>Connecting the hot spots…</source>
        <translation>Yhdistetään keskittymiä…</translation>
    </message>
    <message>
        <source>{day} ({reason}): {pairs} connected pairs of {spots} hot spots ({served} with stops). Isolated: {isolated}.</source>
        <translation>{day} ({reason}): yhdistettyjä pareja {pairs}, keskittymiä {spots} (pysäkillisiä {served}). Eristyksissä: {isolated}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>Open a GTFS feed first (File &gt; Open): the hot spots are connected by its timetable</source>
        <translation>Avaa ensin GTFS-aikataulu (Tiedosto &gt; Avaa): keskittymät yhdistetään sen aikataulun mukaan</translation>
    </message>
    <message>
        <source>Connecting hot spots by timetable</source>
        <translation>Yhdistetään keskittymiä aikataulun mukaan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>&amp;Coverage check…</source>
        <translation>&amp;Kattavuustarkastelu…</translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>HH-HH or HH:MM-HH:MM on the service day&apos;s clock (it may pass 24:00)</source>
        <translation>HH-HH tai HH:MM-HH:MM liikennepäivän kellon mukaan (voi ylittää 24:00)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Aikaikkuna</translation>
    </message>
</context>
<context>
    <name>DayWindow</name>
    <message>
        <source>Timetable day and window</source>
        <translation>Aikataulun päivä ja aikaikkuna</translation>
    </message>
    <message>
        <source>{layer} — now {day}, {window}</source>
        <translation>{layer} — nyt {day}, {window}</translation>
    </message>
    <message>
        <source>Next ordinary weekday each feed covers</source>
        <translation>Seuraava tavallinen arkipäivä, jonka kukin aikataulu kattaa</translation>
    </message>
    <message>
        <source>Count the departures of these feeds&apos; stops again:</source>
        <translation>Laske näiden aikataulujen pysäkkien lähdöt uudelleen:</translation>
    </message>
    <message>
        <source>tick at least one feed</source>
        <translation>valitse vähintään yksi aikataulu</translation>
    </message>
    <message>
        <source>No timetable is loaded whose feed can be read again: open a GTFS feed (File &gt; Open) first</source>
        <translation>Yhtään uudelleen luettavaa aikataulua ei ole ladattu: avaa ensin GTFS-aikataulu (Tiedosto &gt; Avaa)</translation>
    </message>
    <message>
        <source>Counting timetables again</source>
        <translation>Lasketaan aikatauluja uudelleen</translation>
    </message>
    <message>
        <source>Counted again: {feeds}</source>
        <translation>Laskettu uudelleen: {feeds}</translation>
    </message>
    <message>
        <source>Counting cancelled; the layers are unchanged</source>
        <translation>Laskenta peruttu; tasot ennallaan</translation>
    </message>
    <message>
        <source>{problem}. The layers are unchanged.</source>
        <translation>{problem}. Tasot ovat ennallaan.</translation>
    </message>
    <message>
        <source>Timetable &amp;day and window…</source>
        <translation>Aikataulun &amp;päivä ja aikaikkuna…</translation>
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
    <name>GtfsOpener</name>
    <message>
        <source>Open timetable folder (GTFS)</source>
        <translation>Avaa aikataulukansio (GTFS)</translation>
    </message>
    <message>
        <source>{name}: not a GTFS timetable (a feed folder holds stops.txt and stop_times.txt); choose the folder the feed was unpacked into, or open its .zip with Open data</source>
        <translation>{name}: ei ole GTFS-aikataulu (aikataulukansiossa on stops.txt ja stop_times.txt); valitse kansio, johon aikataulu on purettu, tai avaa sen .zip-tiedosto kohdasta Avaa aineisto</translation>
    </message>
    <message>
        <source>Reading timetable {name}</source>
        <translation>Luetaan aikataulua {name}</translation>
    </message>
    <message>
        <source>Added timetable {name}: {stops} stops ({frequent} with 6 or more departures an hour, {window} on {day}), {routes} route lines</source>
        <translation>Aikataulu {name} lisätty: pysäkkejä {stops} (joista {frequent} vähintään 6 lähdön tuntitasolla, {window} päivänä {day}), linjoja {routes}</translation>
    </message>
    <message>
        <source>. Dropped: {notes}</source>
        <translation>. Pois jätetty: {notes}</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Tarkenna tasoon</translation>
    </message>
    <message>
        <source>{name}: cancelled; nothing was added</source>
        <translation>{name}: peruttu; mitään ei lisätty</translation>
    </message>
    <message>
        <source>{name}: could not be read ({error}: {text}); details in {log}. Nothing else was changed.</source>
        <translation>{name}: lukeminen epäonnistui ({error}: {text}); lisätiedot: {log}. Muuta ei muutettu.</translation>
    </message>
    <message>
        <source>{name}: could not be read ({error}: {text}). Nothing else was changed.</source>
        <translation>{name}: lukeminen epäonnistui ({error}: {text}). Muuta ei muutettu.</translation>
    </message>
    <message>
        <source>Open &amp;timetable folder…</source>
        <translation>Avaa aikataulu&amp;kansio…</translation>
    </message>
    <message>
        <source>Open a GTFS feed unpacked in a folder (a .zip opens with Open data, or drop either on the window)</source>
        <translation>Avaa kansioon purettu GTFS-aikataulu (.zip-tiedosto avautuu kohdasta Avaa aineisto, tai pudota kumpi tahansa ikkunaan)</translation>
    </message>
</context>
<context>
    <name>IdentifyDock</name>
    <message>
        <source>Identify</source>
        <translation>Kohteen tiedot</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>Napsauta kohdetta kartalla nähdäksesi sen ominaisuustiedot.</translation>
    </message>
    <message>
        <source>Feature / field</source>
        <translation>Kohde / kenttä</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>No feature here ({where}).</source>
        <translation>Tässä ei ole kohdetta ({where}).</translation>
    </message>
    <message>
        <source>No feature here.</source>
        <translation>Tässä ei ole kohdetta.</translation>
    </message>
    <message>
        <source>1 feature at {where}</source>
        <translation>1 kohde kohdassa {where}</translation>
    </message>
    <message>
        <source>{n} features at {where}</source>
        <translation>{n} kohdetta kohdassa {where}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <source>kind: {kind}</source>
        <translation>laji: {kind}</translation>
    </message>
    <message>
        <source>features: {n} ({family})</source>
        <translation>kohteita: {n} ({family})</translation>
    </message>
    <message>
        <source>service radius: {radius} m</source>
        <translation>palvelusäde: {radius} m</translation>
    </message>
    <message>
        <source>coloured by: {field}</source>
        <translation>väritys kentän mukaan: {field}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>lähde: {source}</translation>
    </message>
    <message>
        <source>licence: {licence}</source>
        <translation>lisenssi: {licence}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>piilotettu</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Transport</source>
        <translation>Liikenne</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Väestö</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Keskittymät</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Rajat</translation>
    </message>
    <message>
        <source>Who made the data and its licence; printed on exported maps</source>
        <translation>Aineiston tekijä ja lisenssi; tulostuu vietyihin karttoihin</translation>
    </message>
    <message>
        <source>Source: {path}</source>
        <translation>Lähde: {path}</translation>
    </message>
    <message>
        <source>Opacity of the current layer</source>
        <translation>Valitun tason peittävyys</translation>
    </message>
    <message>
        <source>What the layer is: transport and energy layers provide a service with a radius</source>
        <translation>Mitä taso esittää: liikenne- ja energiatasot tarjoavat palvelua säteen sisällä</translation>
    </message>
    <message>
        <source>Service radius in metres: how far the service of this layer reaches</source>
        <translation>Palvelusäde metreinä: kuinka kauas tämän tason palvelu ulottuu</translation>
    </message>
    <message>
        <source>e.g. © City of Helsinki, CC BY 4.0</source>
        <translation>esim. © Helsingin kaupunki, CC BY 4.0</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Peittävyys</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Service radius</source>
        <translation>Palvelusäde</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Palvelutaso</translation>
    </message>
    <message>
        <source>Source / licence</source>
        <translation>Lähde / lisenssi</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Tyyli…</translation>
    </message>
    <message>
        <source>Colours, widths and categories of the current layer</source>
        <translation>Valitun tason värit, viivanleveydet ja luokat</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Tarkenna</translation>
    </message>
    <message>
        <source>Zoom the map to the current layer</source>
        <translation>Tarkenna kartta valittuun tasoon</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Open the attribute table of the current layer</source>
        <translation>Avaa valitun tason ominaisuustietotaulu</translation>
    </message>
    <message>
        <source>Use as hot spots</source>
        <translation>Käytä keskittyminä</translation>
    </message>
    <message>
        <source>Use this polygon layer as the hot spots (the in-between areas are recomputed)</source>
        <translation>Käytä tätä aluetasoa keskittyminä (välialueet lasketaan uudelleen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the current layer from the map (Delete)</source>
        <translation>Poista valittu taso kartalta (Delete)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä</translation>
    </message>
    <message>
        <source>Rename the current layer (F2)</source>
        <translation>Nimeä valittu taso uudelleen (F2)</translation>
    </message>
    <message>
        <source>Save features as…</source>
        <translation>Tallenna kohteet muodossa…</translation>
    </message>
    <message>
        <source>Save the current layer&apos;s features in another format</source>
        <translation>Tallenna valitun tason kohteet toiseen muotoon</translation>
    </message>
    <message>
        <source>kind of {layer}</source>
        <translation>tason {layer} laji</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Tasot</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Tarkenna tasoon</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Avaa ominaisuustietotaulu</translation>
    </message>
    <message>
        <source>Rename layer</source>
        <translation>Nimeä taso uudelleen</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Poista taso</translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Transport (stops, stations, lines)</source>
        <translation>Liikenne (pysäkit, asemat, linjat)</translation>
    </message>
    <message>
        <source>Energy (plants, grid, charging)</source>
        <translation>Energia (voimalat, verkko, lataus)</translation>
    </message>
    <message>
        <source>Project (sites, plans)</source>
        <translation>Hanke (kohteet, suunnitelmat)</translation>
    </message>
    <message>
        <source>Population (people per grid cell or point)</source>
        <translation>Väestö (asukkaat ruutua tai pistettä kohden)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Hot spots (use these polygons)</source>
        <translation>Keskittymät (käytä näitä alueita)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Rajat</translation>
    </message>
    <message>
        <source>WGS84 lon/lat (EPSG:4326)</source>
        <translation>WGS84 pituus/leveys (EPSG:4326)</translation>
    </message>
    <message>
        <source>KKJ zone 2 (EPSG:2392)</source>
        <translation>KKJ kaista 2 (EPSG:2392)</translation>
    </message>
    <message>
        <source>Column of x / longitude / easting</source>
        <translation>x- / pituusaste- / itäkoordinaattisarake</translation>
    </message>
    <message>
        <source>Column of y / latitude / northing</source>
        <translation>y- / leveysaste- / pohjoiskoordinaattisarake</translation>
    </message>
    <message>
        <source>Column of WKT geometry (used instead of x/y when chosen)</source>
        <translation>WKT-geometrian sarake (käytetään x/y:n sijaan, kun valittu)</translation>
    </message>
    <message>
        <source>or WKT</source>
        <translation>tai WKT</translation>
    </message>
    <message>
        <source>Coordinates in {file}</source>
        <translation>Koordinaatit tiedostossa {file}</translation>
    </message>
    <message>
        <source>No longitude/latitude, x/y or WKT column was recognised in {file}. Choose the columns that hold the coordinates:</source>
        <translation>Tiedostosta {file} ei tunnistettu pituus-/leveysaste-, x/y- tai WKT-saraketta. Valitse sarakkeet, joissa koordinaatit ovat:</translation>
    </message>
    <message>
        <source>Add layer — {name}</source>
        <translation>Lisää taso — {name}</translation>
    </message>
    <message>
        <source>How far the service reaches: 800 m suits stops and stations, 1,000 m lines</source>
        <translation>Kuinka kauas palvelu ulottuu: 800 m sopii pysäkeille ja asemille, 1 000 m linjoille</translation>
    </message>
    <message>
        <source>The field holding the number of people of each grid cell or point</source>
        <translation>Kenttä, jossa on kunkin ruudun tai pisteen asukasmäärä</translation>
    </message>
    <message>
        <source> Check that the layer lands in the right place; change it here if not.</source>
        <translation> Tarkista, että taso osuu oikeaan paikkaan; muuta tässä, jos ei osu.</translation>
    </message>
    <message>
        <source>Source CRS declared by the file.</source>
        <translation>Lähteen koordinaattijärjestelmä on ilmoitettu tiedostossa.</translation>
    </message>
    <message>
        <source>Source CRS detected from the coordinates.</source>
        <translation>Lähteen koordinaattijärjestelmä päätelty koordinaateista.</translation>
    </message>
    <message>
        <source>Source CRS chosen by you.</source>
        <translation>Lähteen koordinaattijärjestelmä on valintasi.</translation>
    </message>
    <message>
        <source>Source CRS assumed.</source>
        <translation>Lähteen koordinaattijärjestelmä oletettu.</translation>
    </message>
    <message>
        <source>Source CRS {how}.</source>
        <translation>Lähteen koordinaattijärjestelmä: {how}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Service radius</source>
        <translation>Palvelusäde</translation>
    </message>
    <message>
        <source>Count field</source>
        <translation>Asukasmääräkenttä</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Lähteen koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaatit</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Lisää taso</translation>
    </message>
    <message>
        <source>Load summary</source>
        <translation>Latauksen yhteenveto</translation>
    </message>
    <message>
        <source>People per feature: the coverage check counts them (polygons spread over their land).</source>
        <translation>Asukkaat kohdetta kohden: kattavuustarkastelu laskee ne (alueilla jaettuna niiden maapinta-alalle).</translation>
    </message>
    <message>
        <source>This layer has no numeric field to count people with.</source>
        <translation>Tasolla ei ole numeerista kenttää asukkaiden laskemiseen.</translation>
    </message>
    <message>
        <source>Shown as an extra layer. To replace the schematic municipalities, use Region &gt; Load official boundaries…</source>
        <translation>Näytetään lisätasona. Korvaa kaavamaiset kunnat valitsemalla Alue &gt; Lataa viralliset kuntarajat…</translation>
    </message>
    <message>
        <source>These polygons become the hot spots; the in-between areas are recomputed.</source>
        <translation>Näistä alueista tulee keskittymät; välialueet lasketaan uudelleen.</translation>
    </message>
    <message>
        <source>Layers in {file}</source>
        <translation>Tasot tiedostossa {file}</translation>
    </message>
    <message>
        <source>{file} holds {n} layers. Load which?</source>
        <translation>Tiedostossa {file} on tasoja {n}. Mitkä ladataan?</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>1 feature</source>
        <translation>1 kohde</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} kohdetta</translation>
    </message>
    <message>
        <source>; details in {log}</source>
        <translation>; tiedot: {log}</translation>
    </message>
    <message>
        <source>{file}: could not be loaded ({error}){details}. Nothing else was changed.</source>
        <translation>{file}: lataus epäonnistui ({error}){details}. Muuhun ei tehty muutoksia.</translation>
    </message>
    <message>
        <source>{file}: not added</source>
        <translation>{file}: ei lisätty</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Avaa aineisto</translation>
    </message>
    <message>
        <source>Opening {file}</source>
        <translation>Avataan {file}</translation>
    </message>
    <message>
        <source>Loading {file}</source>
        <translation>Ladataan {file}</translation>
    </message>
    <message>
        <source>{file}: no coordinate columns found (columns: {columns}); name them lon/lat, x/y or E/N, or add a WKT column</source>
        <translation>{file}: koordinaattisarakkeita ei löytynyt (sarakkeet: {columns}); nimeä ne lon/lat, x/y tai E/N tai lisää WKT-sarake</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>{file}: no features with a geometry to show ({n} empty or null skipped); nothing was added</source>
        <translation>{file}: ei näytettäviä kohteita, joilla on geometria (tyhjiä tai puuttuvia ohitettu: {n}); mitään ei lisätty</translation>
    </message>
    <message>
        <source>{n} invalid geometries repaired</source>
        <translation>virheellisiä geometrioita korjattu: {n}</translation>
    </message>
    <message>
        <source>{n} empty skipped</source>
        <translation>tyhjiä ohitettu: {n}</translation>
    </message>
    <message>
        <source>{n} with bad coordinates skipped</source>
        <translation>virheellisin koordinaatein ohitettu: {n}</translation>
    </message>
    <message>
        <source>CRS {crs} detected — check the position</source>
        <translation>koordinaattijärjestelmä {crs} päätelty — tarkista sijainti</translation>
    </message>
    <message>
        <source>CRS {crs} assumed — check the position</source>
        <translation>koordinaattijärjestelmäksi oletettu {crs} — tarkista sijainti</translation>
    </message>
    <message>
        <source>not UTF-8: text read as {encoding} — check the names</source>
        <translation>ei UTF-8: teksti luettu merkistöllä {encoding} — tarkista nimet</translation>
    </message>
    <message>
        <source>Added &apos;{layer}&apos;: {features}</source>
        <translation>Lisätty &apos;{layer}&apos;: {features}</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Tarkenna tasoon</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>&amp;Avaa aineisto…</translation>
    </message>
    <message>
        <source>Open GeoJSON, GeoPackage, Shapefile, FlatGeobuf, GeoParquet or CSV (or drop files on the window)</source>
        <translation>Avaa GeoJSON-, GeoPackage-, Shapefile-, FlatGeobuf-, GeoParquet- tai CSV-tiedosto (tai pudota tiedostoja ikkunaan)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Load official boundaries…</source>
        <translation>Lataa viralliset kuntarajat…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom in (+, wheel)</source>
        <translation>Lähennä (+, rulla)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>Zoom out (-, wheel)</source>
        <translation>Loitonna (-, rulla)</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>Näytä &amp;koko alue</translation>
    </message>
    <message>
        <source>Show the whole region (Home)</source>
        <translation>Näytä koko alue (Home)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Panoroi</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Panoroi vasemmalle</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Panoroi oikealle</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>Panoroi ylös</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>Panoroi alas</translation>
    </message>
    <message>
        <source>{action}	{key} (Shift: fine)</source>
        <translation>{action}	{key} (Shift: hienosäätö)</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>&amp;Mittaa etäisyys</translation>
    </message>
    <message>
        <source>Click points on the map to measure a distance; right-click finishes, Esc clears</source>
        <translation>Napsauta pisteitä kartalla mitataksesi etäisyyden; oikea painike lopettaa, Esc tyhjentää</translation>
    </message>
    <message>
        <source>I&amp;dentify panel</source>
        <translation>Kohteen &amp;tiedot -paneeli</translation>
    </message>
    <message>
        <source>Scale &amp;bar</source>
        <translation>Mittakaava&amp;jana</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Pohjois&amp;nuoli</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;About regionmap and data sources</source>
        <translation>&amp;Tietoja regionmapista ja aineistolähteistä</translation>
    </message>
    <message>
        <source>&amp;Keyboard and mouse</source>
        <translation>&amp;Näppäimistö ja hiiri</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Kumoa {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Tee uudelleen {what}</translation>
    </message>
    <message>
        <source>{task}: cancelled</source>
        <translation>{task}: peruttu</translation>
    </message>
    <message>
        <source>{task}: done in {seconds} s</source>
        <translation>{task}: valmis, kesto {seconds} s</translation>
    </message>
    <message>
        <source>Loading official boundaries is not available in this build; open a boundary file (GeoPackage, Shapefile, GeoJSON) with fields &apos;code&apos; and &apos;name&apos; instead.</source>
        <translation>Virallisten kuntarajojen lataus ei ole käytettävissä tässä versiossa; avaa sen sijaan rajatiedosto (GeoPackage, Shapefile, GeoJSON), jossa on kentät &apos;code&apos; ja &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{path}: no such file; check the name and the folder</source>
        <translation>{path}: tiedostoa ei ole; tarkista nimi ja kansio</translation>
    </message>
    <message>
        <source>{name}: regionmap cannot open this kind of file here; open GeoPackage, Shapefile, GeoJSON, CSV with coordinates or a regionmap project</source>
        <translation>{name}: regionmap ei voi avata tämänlaista tiedostoa tässä; avaa GeoPackage, Shapefile, GeoJSON, koordinaatit sisältävä CSV tai regionmap-projekti</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Zoom in here</source>
        <translation>Lähennä tähän</translation>
    </message>
    <message>
        <source>Zoom out here</source>
        <translation>Loitonna tästä</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>Näytä koko alue</translation>
    </message>
    <message>
        <source>Identify here</source>
        <translation>Näytä kohteen tiedot tästä</translation>
    </message>
    <message>
        <source>Copy E, N (EPSG:3067): {e}, {n}</source>
        <translation>Kopioi E, N (EPSG:3067): {e}, {n}</translation>
    </message>
    <message>
        <source>Copy lat, lon (WGS84): {lat}, {lon}</source>
        <translation>Kopioi lat, lon (WGS84): {lat}, {lon}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Open log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Sulje tämä viesti</translation>
    </message>
</context>
<context>
    <name>NetworkReach</name>
    <message>
        <source>Reach along a &amp;network…</source>
        <translation>Saavutettavuus &amp;verkkoa pitkin…</translation>
    </message>
    <message>
        <source>Choose a road or path layer as the network (walk, bike or car) and draw each visible service layer&apos;s reach along it at its radius</source>
        <translation>Valitse tie- tai reittitaso verkostoksi (kävely, pyöräily tai auto) ja piirrä kunkin näkyvän palvelutason saavutettavuus verkkoa pitkin sen säteellä</translation>
    </message>
</context>
<context>
    <name>PickOnMap</name>
    <message>
        <source>temporary: candidate sites clicked on the map</source>
        <translation>väliaikainen: kartalta napsautetut ehdokassijainnit</translation>
    </message>
    <message>
        <source>Click candidate sites on the map; Esc ends and goes back to Propose sites</source>
        <translation>Napsauta ehdokassijainteja kartalla; Esc lopettaa ja palaa kohtaan Ehdota sijainteja</translation>
    </message>
    <message>
        <source>{n} candidate site(s) picked; Esc ends</source>
        <translation>{n} ehdokassijaintia valittu; Esc lopettaa</translation>
    </message>
</context>
<context>
    <name>PopulationDownload</name>
    <message>
        <source>Downloading the population grid</source>
        <translation>Ladataan väestöruudukkoa</translation>
    </message>
    <message>
        <source>The population grid is already being downloaded</source>
        <translation>Väestöruudukkoa ladataan jo</translation>
    </message>
    <message>
        <source>from the copy cached earlier (no network)</source>
        <translation>aiemmin välimuistiin tallennetusta kopiosta (ei verkkoyhteyttä)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ladattu</translation>
    </message>
    <message>
        <source>Added &apos;{layer}&apos;: {cells} cells, {people} people ({credit}), {how}; the coverage check now counts people with it</source>
        <translation>Lisätty &apos;{layer}&apos;: ruutuja {cells}, asukkaita {people} ({credit}), {how}; kattavuustarkastelu laskee nyt asukkaat sen mukaan</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Tarkenna tasoon</translation>
    </message>
    <message>
        <source>The population grid was not downloaded: {error}. The loaded layers and the population source are unchanged.</source>
        <translation>Väestöruudukkoa ei ladattu: {error}. Ladatut tasot ja väestölähde pysyivät ennallaan.</translation>
    </message>
    <message>
        <source>Download &amp;population grid…</source>
        <translation>Lataa &amp;väestöruudukko…</translation>
    </message>
    <message>
        <source>People for the region: Statistics Finland&apos;s 1 km population grid (CC BY 4.0), the latest year, kept for offline use and used by the coverage check</source>
        <translation>Asukkaat alueelle: Tilastokeskuksen 1 km:n väestöruudukko (CC BY 4.0), uusin vuosi, tallennetaan käytettäväksi ilman verkkoyhteyttä ja kattavuustarkastelun pohjaksi</translation>
    </message>
    <message>
        <source>Download population grid (&amp;HSY 250 m, capital region)…</source>
        <translation>Lataa väestöruudukko (&amp;HSY 250 m, pääkaupunkiseutu)…</translation>
    </message>
    <message>
        <source>HSY&apos;s finer 250 m grid (CC BY 4.0); offered when the region lies inside Helsinki, Espoo, Vantaa and Kauniainen (load their official boundaries first)</source>
        <translation>HSY:n tarkempi 250 m:n ruudukko (CC BY 4.0); käytettävissä, kun alue on Helsingin, Espoon, Vantaan ja Kauniaisten sisällä (lataa ensin niiden viralliset rajat)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Avataan</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Automaattinen tallennus</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Uusi projekti</translation>
    </message>
    <message>
        <source>Restoring autosave</source>
        <translation>Palautetaan automaattista tallennusta</translation>
    </message>
    <message>
        <source>regionmap projects</source>
        <translation>regionmap-projektit</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Tallennetaanko muutokset projektiin {name}?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Muutokset menetetään, jos niitä ei tallenneta.</translation>
    </message>
    <message>
        <source>building the default region</source>
        <translation>luodaan oletusaluetta</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Avaa projekti</translation>
    </message>
    <message>
        <source>{error}. The map was not changed.</source>
        <translation>{error}. Karttaa ei muutettu.</translation>
    </message>
    <message>
        <source>Opened {file} with repairs</source>
        <translation>Avattu {file} korjauksin</translation>
    </message>
    <message>
        <source>; and {n} more (see the log)</source>
        <translation>; ja {n} muuta (katso loki)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Tallenna projekti nimellä</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tallennettu {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Automaattinen tallennus epäonnistui: {error}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Palauta tallentamaton työ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <source>Deleted the autosave of {what}</source>
        <translation>Automaattinen tallennus poistettu: {what}</translation>
    </message>
    <message>
        <source>Restored {what}; save it to keep it.</source>
        <translation>Palautettu {what}; tallenna se säilyttääksesi sen.</translation>
    </message>
    <message>
        <source>Restored the autosave with repairs</source>
        <translation>Automaattinen tallennus palautettu korjauksin</translation>
    </message>
    <message>
        <source>The autosaved copy {path} cannot be restored: {error}. It was kept.</source>
        <translation>Automaattisesti tallennettua kopiota {path} ei voi palauttaa: {error}. Se säilytettiin.</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(ei viimeaikaisia projekteja)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Uusi projekti</translation>
    </message>
    <message>
        <source>Start a new map of the default region (Ctrl+N)</source>
        <translation>Aloita uusi kartta oletusalueesta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Avaa &amp;projekti…</translation>
    </message>
    <message>
        <source>Open a regionmap project (.gpkg) (Ctrl+Shift+O)</source>
        <translation>Avaa regionmap-projekti (.gpkg) (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent project</source>
        <translation>Avaa v&amp;iimeaikainen projekti</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Tallenna projekti</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Tallenna projekti (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Tallenna projekti &amp;nimellä…</translation>
    </message>
    <message>
        <source>Save the project under a new name (Ctrl+Shift+S)</source>
        <translation>Tallenna projekti uudella nimellä (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Grid over the chosen zones</source>
        <translation>Ruudukko valittujen vyöhykkeiden yli</translation>
    </message>
    <message>
        <source>In-between areas</source>
        <translation>Välialueet</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Keskittymät</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Kaikki vyöhykkeet</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>liikenne</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energia</translation>
    </message>
    <message>
        <source>Propose sites</source>
        <translation>Ehdota sijainteja</translation>
    </message>
    <message>
        <source>Points of {layer}</source>
        <translation>Tason {layer} pisteet</translation>
    </message>
    <message>
        <source>No site in a hot spot</source>
        <translation>Ei sijainteja keskittymiin</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Radius of a new site</source>
        <translation>Uuden sijainnin säde</translation>
    </message>
    <message>
        <source>Sites to add</source>
        <translation>Lisättäviä sijainteja</translation>
    </message>
    <message>
        <source>Pick on map…</source>
        <translation>Valitse kartalta…</translation>
    </message>
    <message>
        <source>Click candidate sites on the map; Esc comes back here with them</source>
        <translation>Napsauta ehdokassijainteja kartalla; Esc palaa tähän niiden kanssa</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Ehdokkaat</translation>
    </message>
    <message>
        <source>Grid spacing</source>
        <translation>Ruutuväli</translation>
    </message>
    <message>
        <source>Uncovered people of</source>
        <translation>Kattamattomat asukkaat alueelta</translation>
    </message>
    <message>
        <source>Per municipality at least</source>
        <translation>Kuntaa kohden vähintään</translation>
    </message>
    <message>
        <source>Greedy maximal covering: the sites reach at least 63 % (1 - 1/e) of what the best choice from these candidates would.</source>
        <translation>Ahne maksimikattavuus: sijainnit tavoittavat vähintään 63 % (1 - 1/e) siitä, minkä paras valinta näistä ehdokkaista tavoittaisi.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Rank</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <source>Adds people</source>
        <translation>Lisää asukkaita</translation>
    </message>
    <message>
        <source>Adds km²</source>
        <translation>Lisää km²</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vyöhyke</translation>
    </message>
    <message>
        <source>Covered before</source>
        <translation>Katettu ennen</translation>
    </message>
    <message>
        <source>Covered after</source>
        <translation>Katettu jälkeen</translation>
    </message>
    <message>
        <source>Verdict before</source>
        <translation>Tulos ennen</translation>
    </message>
    <message>
        <source>Verdict after</source>
        <translation>Tulos jälkeen</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>täyttyy</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>ei täyty</translation>
    </message>
    <message>
        <source>Proposed sites</source>
        <translation>Ehdotetut sijainnit</translation>
    </message>
</context>
<context>
    <name>SaveFeaturesDialog</name>
    <message>
        <source>EPSG:3067 — ETRS89 / TM35FIN (metres)</source>
        <translation>EPSG:3067 — ETRS89 / TM35FIN (metrit)</translation>
    </message>
    <message>
        <source>EPSG:4326 — WGS84 (lon/lat)</source>
        <translation>EPSG:4326 — WGS84 (pituus/leveys)</translation>
    </message>
    <message>
        <source>Save features of {layer}</source>
        <translation>Tallenna tason {layer} kohteet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>Koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>Save {layer} as {format}</source>
        <translation>Tallenna {layer} muodossa {format}</translation>
    </message>
    <message>
        <source>Saved the {n} features of {layer} to {path} ({format}, {crs})</source>
        <translation>Tason {layer} kohteet ({n}) tallennettu tiedostoon {path} ({format}, {crs})</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>In-between areas</source>
        <translation>Välialueet</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Keskittymät</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Kaikki vyöhykkeet</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Tallenna skenaario</translation>
    </message>
    <message>
        <source>Name of the present state:</source>
        <translation>Nykytilan nimi:</translation>
    </message>
    <message>
        <source>scenario {name} saved ({layers} layers, {sites} proposed sites); it is kept in the project</source>
        <translation>skenaario {name} tallennettu (tasoja {layers}, ehdotettuja sijainteja {sites}); se säilyy projektissa</translation>
    </message>
    <message>
        <source>No scenario yet: Analysis &gt; Save scenario… names the present state.</source>
        <translation>Skenaarioita ei vielä ole: Analyysi &gt; Tallenna skenaario… nimeää nykytilan.</translation>
    </message>
    <message>
        <source>Switch to scenario</source>
        <translation>Vaihda skenaarioon</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Skenaario:</translation>
    </message>
    <message>
        <source>switched to scenario {name}; Compute to see its numbers</source>
        <translation>vaihdettu skenaarioon {name}; laske nähdäksesi sen luvut</translation>
    </message>
    <message>
        <source>Compare needs two scenarios: save the present state, change it, save again.</source>
        <translation>Vertailuun tarvitaan kaksi skenaariota: tallenna nykytila, muuta sitä ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Vertaa skenaarioita</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Ensimmäinen</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Toinen</translation>
    </message>
    <message>
        <source>Difference map of</source>
        <translation>Erokartan vyöhykkeet</translation>
    </message>
    <message>
        <source>Comparing scenarios</source>
        <translation>Verrataan skenaarioita</translation>
    </message>
    <message>
        <source>Scenarios: {a} and {b}</source>
        <translation>Skenaariot: {a} ja {b}</translation>
    </message>
    <message>
        <source>{scenario} (% of people)</source>
        <translation>{scenario} (% asukkaista)</translation>
    </message>
    <message>
        <source>{scenario} (% of area)</source>
        <translation>{scenario} (% pinta-alasta)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vyöhyke</translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation>Ero (prosenttiyksikköä)</translation>
    </message>
    <message>
        <source>{a} → {b}: {gained} km² gained, {lost} km² lost in {zones} (layer {layer})</source>
        <translation>{a} → {b}: {gained} km² saavutettu, {lost} km² menetetty vyöhykkeillä {zones} (taso {layer})</translation>
    </message>
    <message>
        <source>Save &amp;scenario…</source>
        <translation>Tallenna &amp;skenaario…</translation>
    </message>
    <message>
        <source>Switc&amp;h to scenario…</source>
        <translation>Vai&amp;hda skenaarioon…</translation>
    </message>
    <message>
        <source>C&amp;ompare scenarios…</source>
        <translation>Ve&amp;rtaa skenaarioita…</translation>
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
<context>
    <name>SitingFeature</name>
    <message>
        <source>Proposing sites</source>
        <translation>Ehdotetaan sijainteja</translation>
    </message>
    <message>
        <source>Mark a layer as transport or energy first: its features are what is measured.</source>
        <translation>Merkitse ensin jokin taso liikenne- tai energiatasoksi: sen kohteet mitataan.</translation>
    </message>
    <message>
        <source>What each facility adds</source>
        <translation>Mitä kukin palvelupiste lisää</translation>
    </message>
    <message>
        <source>unique coverage of {layers}: sort the attribute table by unique_people</source>
        <translation>tasojen {layers} ainoa kattavuus: lajittele ominaisuustietotaulu kentän unique_people mukaan</translation>
    </message>
    <message>
        <source>&amp;Propose sites…</source>
        <translation>&amp;Ehdota sijainteja…</translation>
    </message>
    <message>
        <source>Where new stops or chargers would reach the most uncovered people</source>
        <translation>Mihin uudet pysäkit tai latauspisteet tavoittaisivat eniten kattamattomia asukkaita</translation>
    </message>
    <message>
        <source>&amp;What each facility adds…</source>
        <translation>&amp;Mitä kukin palvelupiste lisää…</translation>
    </message>
    <message>
        <source>The people and area only each stop or charger covers</source>
        <translation>Asukkaat ja pinta-ala, jotka vain kukin pysäkki tai latauspiste kattaa</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Drag or arrow keys to pan · wheel or +/- to zoom · Home: whole region · click a feature to identify</source>
        <translation>Siirrä vetämällä tai nuolinäppäimillä · lähennä rullalla tai +/- · Home: koko alue · napsauta kohdetta nähdäksesi sen tiedot</translation>
    </message>
    <message>
        <source>Cursor position: ETRS-TM35FIN (EPSG:3067) east/north in metres, and WGS84</source>
        <translation>Osoittimen sijainti: ETRS-TM35FIN (EPSG:3067) itä/pohjoinen metreinä sekä WGS84</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Kartan mittakaava tällä näytöllä</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <source>— single colour —</source>
        <translation>— yksi väri —</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
    <message>
        <source>Style — {layer}</source>
        <translation>Tyyli — {layer}</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Täyttöväri</translation>
    </message>
    <message>
        <source>Outline / line colour</source>
        <translation>Reunan / viivan väri</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Viivan leveys</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>Pisteen koko</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Tason peittävyys</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Täytön peittävyys</translation>
    </message>
    <message>
        <source>Most frequent values get their own colour; the rest are &apos;other values&apos;</source>
        <translation>Yleisimmät arvot saavat oman värinsä; loput ovat &apos;muita arvoja&apos;</translation>
    </message>
    <message>
        <source>Double-click a category to change its colour</source>
        <translation>Kaksoisnapsauta luokkaa vaihtaaksesi sen värin</translation>
    </message>
    <message>
        <source>Categorised by field</source>
        <translation>Luokittelu kentän mukaan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Max. categories</source>
        <translation>Luokkia enintään</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Colour for {category}</source>
        <translation>Väri: {category}</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stop the running task</source>
        <translation>Pysäytä käynnissä oleva tehtävä</translation>
    </message>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} muuta)</translation>
    </message>
    <message>
        <source>Cancelling {task}…</source>
        <translation>Peruutetaan: {task}…</translation>
    </message>
</context>
<context>
    <name>TimetableLinks</name>
    <message>
        <source>Hot spots by &amp;timetable…</source>
        <translation>Keskittymät &amp;aikataulun mukaan…</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Municipal areas are schematic (generated from municipal centres), not official boundaries</source>
        <translation>Kuntien alueet ovat kaavamaisia (muodostettu kuntakeskuksista), eivät virallisia rajoja</translation>
    </message>
    <message>
        <source>Drag / arrow keys</source>
        <translation>Veto / nuolinäppäimet</translation>
    </message>
    <message>
        <source>pan (Shift+arrow: fine)</source>
        <translation>siirrä karttaa (Shift+nuoli: hienosäätö)</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rulla</translation>
    </message>
    <message>
        <source>zoom around the cursor</source>
        <translation>lähennä tai loitonna osoittimen kohdalla</translation>
    </message>
    <message>
        <source>zoom in / out</source>
        <translation>lähennä / loitonna</translation>
    </message>
    <message>
        <source>zoom to the region (QGIS: zoom full)</source>
        <translation>lähennä koko alueeseen (QGIS: näytä kaikki)</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Napsautus</translation>
    </message>
    <message>
        <source>identify the features under the cursor</source>
        <translation>näytä osoittimen alla olevien kohteiden tiedot</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Oikea napsautus</translation>
    </message>
    <message>
        <source>zoom here, identify, copy coordinates</source>
        <translation>lähennä tähän, näytä tiedot, kopioi koordinaatit</translation>
    </message>
    <message>
        <source>Middle-drag</source>
        <translation>Veto keskipainikkeella</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>siirrä karttaa</translation>
    </message>
    <message>
        <source>measure a distance (right-click finishes, Esc clears)</source>
        <translation>mittaa etäisyys (oikea napsautus lopettaa, Esc tyhjentää)</translation>
    </message>
    <message>
        <source>open a project / add data (as in QGIS)</source>
        <translation>avaa projekti / lisää aineisto (kuten QGIS:ssä)</translation>
    </message>
    <message>
        <source>attribute table / style of the current layer</source>
        <translation>valitun tason ominaisuustaulu / tyyli</translation>
    </message>
    <message>
        <source>remove the current layer</source>
        <translation>poista valittu taso</translation>
    </message>
    <message>
        <source>identify panel</source>
        <translation>tunnistuspaneeli</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Tasot</translation>
    </message>
    <message>
        <source>Map tool for the regional planners of Helsinki-Uusimaa: municipalities, city hot spots and the in-between areas with transport, energy and project layers, a coverage check and map exports.</source>
        <translation>Karttatyökalu Helsinki-Uudenmaan maakunnan suunnittelijoille: kunnat, kaupunkien keskittymät ja välialueet liikenne-, energia- ja hanketasoineen, kattavuustarkastelu ja karttojen vienti.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Aineistolähteet ja lisenssit</translation>
    </message>
    <message>
        <source>About regionmap</source>
        <translation>Tietoja regionmapista</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Näppäimistö ja hiiri</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>Ta&amp;so</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Alue</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Ana&amp;lyysi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
</context>
<context>
    <name>swatches</name>
    <message>
        <source>(other values)</source>
        <translation>(muut arvot)</translation>
    </message>
</context>
<context>
    <name>threshold_box</name>
    <message>
        <source>Only stops with at least this many departures an hour serve (any: every stop). Type a number or a headway (&quot;every 20 min&quot; is 3 an hour); the arrows step through the headways the coverage check prepares</source>
        <translation>Vain pysäkit, joilta lähtee vähintään näin monta vuoroa tunnissa, palvelevat (kaikki: jokainen pysäkki). Kirjoita luku tai vuoroväli (&quot;every 20 min&quot; on 3 tunnissa); nuolet käyvät läpi kattavuustarkastelun valmistelemat vuorovälit</translation>
    </message>
    <message>
        <source>any</source>
        <translation>kaikki</translation>
    </message>
</context>
</TS>
