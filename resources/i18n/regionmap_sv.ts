<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AttributeTable</name>
    <message>
        <source>All fields</source>
        <translation>Alla fält</translation>
    </message>
    <message>
        <source>Attributes — {layer}</source>
        <translation>Attribut — {layer}</translation>
    </message>
    <message>
        <source>Filter: text contained in the field…</source>
        <translation>Filtrera: text som fältet innehåller…</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zooma till urvalet</translation>
    </message>
    <message>
        <source>Zoom the map to the selected features</source>
        <translation>Zooma kartan till de valda objekten</translation>
    </message>
    <message>
        <source>{shown} of {total} features</source>
        <translation>{shown} av {total} objekt</translation>
    </message>
</context>
<context>
    <name>BoundariesDialog</name>
    <message>
        <source>Area figures use land only: where the boundaries include sea (as official ones often do), the areas are clipped to the land outline.</source>
        <translation>Arealerna räknas endast på land: där gränserna omfattar hav (som officiella gränser ofta gör), klipps områdena till landkonturen.</translation>
    </message>
    <message>
        <source>Municipalities (official)</source>
        <translation>Kommuner (officiella)</translation>
    </message>
    <message>
        <source>Load official municipal boundaries</source>
        <translation>Läs in officiella kommungränser</translation>
    </message>
    <message>
        <source>From a file (GeoPackage, Shapefile, GeoJSON…)</source>
        <translation>Från en fil (GeoPackage, Shapefile, GeoJSON…)</translation>
    </message>
    <message>
        <source>Download from Statistics Finland (open WFS, CC BY 4.0)</source>
        <translation>Ladda ner från Statistikcentralen (öppen WFS, CC BY 4.0)</translation>
    </message>
    <message>
        <source>boundary file</source>
        <translation>gränsfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Download again even if a copy is cached</source>
        <translation>Ladda ner igen även om en kopia finns i cachen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läs</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Downloads are kept in {folder} so later starts work offline.</source>
        <translation>Nedladdningar sparas i {folder} så att senare starter fungerar utan nätverk.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>The 26 municipalities of Helsinki-Uusimaa (by code)</source>
        <translation>Helsingfors-Nylands 26 kommuner (enligt kommunnummer)</translation>
    </message>
    <message>
        <source>Areas mostly inside the current region</source>
        <translation>Områden som till största delen ligger i den aktuella regionen</translation>
    </message>
    <message>
        <source>Where a field has a value…</source>
        <translation>Där ett fält har ett värde…</translation>
    </message>
    <message>
        <source>No filter: every area in the source</source>
        <translation>Inget filter: alla områden i källan</translation>
    </message>
    <message>
        <source>value, e.g. 01 for the Uusimaa region code</source>
        <translation>värde, t.ex. 01 för Nylands landskapskod</translation>
    </message>
    <message>
        <source>Fields and filter</source>
        <translation>Fält och filter</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Layer name</source>
        <translation>Lagrets namn</translation>
    </message>
    <message>
        <source>Read a source to continue.</source>
        <translation>Läs in en källa för att fortsätta.</translation>
    </message>
    <message>
        <source>Use these boundaries</source>
        <translation>Använd dessa gränser</translation>
    </message>
    <message>
        <source>Read file</source>
        <translation>Läs fil</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Ladda ner</translation>
    </message>
    <message>
        <source>Boundary file</source>
        <translation>Gränsfil</translation>
    </message>
    <message>
        <source>Geodata</source>
        <translation>Geodata</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>choose a boundary file first</source>
        <translation>välj först en gränsfil</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Läser {file}</translation>
    </message>
    <message>
        <source>Downloading from Statistics Finland…</source>
        <translation>Laddar ner från Statistikcentralen…</translation>
    </message>
    <message>
        <source>Downloading municipal boundaries</source>
        <translation>Laddar ner kommungränser</translation>
    </message>
    <message>
        <source>Statistics Finland {year}</source>
        <translation>Statistikcentralen {year}</translation>
    </message>
    <message>
        <source> (from the cache: offline)</source>
        <translation> (från cachen: utan nätverk)</translation>
    </message>
    <message>
        <source>{source}{cached}: {n} areas kept — {names}; land area {km2} km².</source>
        <translation>{source}{cached}: behållna områden {n} — {names}; landareal {km2} km².</translation>
    </message>
    <message>
        <source>no boundaries to use yet: read a source first</source>
        <translation>inga gränser att använda ännu: läs in en källa först</translation>
    </message>
    <message>
        <source>Using official boundaries: {n} municipalities ({credit}); hot spots and in-between areas recomputed</source>
        <translation>Officiella gränser används: kommuner {n} ({credit}); koncentrationer och mellanområden omräknade</translation>
    </message>
    <message>
        <source>Load official &amp;boundaries…</source>
        <translation>Läs in officiella &amp;kommungränser…</translation>
    </message>
    <message>
        <source>Replace the schematic areas by official municipal boundaries</source>
        <translation>Ersätt de schematiska områdena med officiella kommungränser</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Förbindelse</translation>
    </message>
    <message>
        <source>Shortest (min)</source>
        <translation>Kortast (min)</translation>
    </message>
    <message>
        <source>Departures a day</source>
        <translation>Avgångar per dag</translation>
    </message>
    <message>
        <source>Hot spots by timetable</source>
        <translation>Koncentrationer enligt tidtabell</translation>
    </message>
    <message>
        <source>Next ordinary weekday the feed covers</source>
        <translation>Nästa vanliga vardag som tidtabellen omfattar</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Beräkna</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Tidtabell</translation>
    </message>
    <message>
        <source>Walk to stops</source>
        <translation>Gång till hållplatser</translation>
    </message>
    <message>
        <source>Transfer at least</source>
        <translation>Byte minst</translation>
    </message>
    <message>
        <source>no loaded feed</source>
        <translation>ingen tidtabell inläst</translation>
    </message>
    <message>
        <source>the map has no hot spots</source>
        <translation>kartan har inga koncentrationer</translation>
    </message>
    <message>
        <source>Connecting the hot spots…</source>
        <translation>Förbinder koncentrationerna…</translation>
    </message>
    <message>
        <source>{day} ({reason}): {pairs} connected pairs of {spots} hot spots ({served} with stops). Isolated: {isolated}.</source>
        <translation>{day} ({reason}): förbundna par {pairs}, koncentrationer {spots} (med hållplatser {served}). Isolerade: {isolated}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Open a GTFS feed first (File &gt; Open): the hot spots are connected by its timetable</source>
        <translation>Öppna först en GTFS-tidtabell (Arkiv &gt; Öppna): koncentrationerna förbinds enligt dess tidtabell</translation>
    </message>
    <message>
        <source>Connecting hot spots by timetable</source>
        <translation>Förbinder koncentrationer enligt tidtabell</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>&amp;Coverage check…</source>
        <translation>&amp;Täckningsanalys…</translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>HH-HH or HH:MM-HH:MM on the service day&apos;s clock (it may pass 24:00)</source>
        <translation>HH-HH eller HH:MM-HH:MM enligt trafikdygnets klocka (kan passera 24:00)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tidsfönster</translation>
    </message>
</context>
<context>
    <name>DayWindow</name>
    <message>
        <source>Timetable day and window</source>
        <translation>Tidtabellens dag och tidsfönster</translation>
    </message>
    <message>
        <source>{layer} — now {day}, {window}</source>
        <translation>{layer} — nu {day}, {window}</translation>
    </message>
    <message>
        <source>Next ordinary weekday each feed covers</source>
        <translation>Nästa vanliga vardag som varje tidtabell omfattar</translation>
    </message>
    <message>
        <source>Count the departures of these feeds&apos; stops again:</source>
        <translation>Räkna om avgångarna från dessa tidtabellers hållplatser:</translation>
    </message>
    <message>
        <source>tick at least one feed</source>
        <translation>markera minst en tidtabell</translation>
    </message>
    <message>
        <source>No timetable is loaded whose feed can be read again: open a GTFS feed (File &gt; Open) first</source>
        <translation>Ingen tidtabell som kan läsas på nytt är inläst: öppna först en GTFS-tidtabell (Arkiv &gt; Öppna)</translation>
    </message>
    <message>
        <source>Counting timetables again</source>
        <translation>Räknar om tidtabeller</translation>
    </message>
    <message>
        <source>Counted again: {feeds}</source>
        <translation>Omräknat: {feeds}</translation>
    </message>
    <message>
        <source>Counting cancelled; the layers are unchanged</source>
        <translation>Räkningen avbröts; lagren är oförändrade</translation>
    </message>
    <message>
        <source>{problem}. The layers are unchanged.</source>
        <translation>{problem}. Lagren är oförändrade.</translation>
    </message>
    <message>
        <source>Timetable &amp;day and window…</source>
        <translation>Tidtabellens &amp;dag och tidsfönster…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <source>PDF (vector, print)</source>
        <translation>PDF (vektor, utskrift)</translation>
    </message>
    <message>
        <source>SVG (vector, editable)</source>
        <translation>SVG (vektor, redigerbar)</translation>
    </message>
    <message>
        <source>HTML interactive map</source>
        <translation>Interaktiv HTML-karta</translation>
    </message>
    <message>
        <source>{name} ({n} vertices)</source>
        <translation>{name} ({n} brytpunkter)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exportera karta</translation>
    </message>
    <message>
        <source>optional, e.g. &apos;Coverage of in-between areas, draft&apos;</source>
        <translation>valfri, t.ex. &apos;Mellanområdenas täckning, utkast&apos;</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Aktuell vy</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Hela regionen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Set the image size in pixels</source>
        <translation>Ange bildens storlek i pixlar</translation>
    </message>
    <message>
        <source>Coverage table and pass/fail summary</source>
        <translation>Täckningstabell och måluppfyllelse</translation>
    </message>
    <message>
        <source>OpenStreetMap basemap (needs internet when viewed)</source>
        <translation>OpenStreetMap-bakgrundskarta (kräver internet)</translation>
    </message>
    <message>
        <source>Works offline (Leaflet included in the file)</source>
        <translation>Fungerar utan nätverk (Leaflet ingår i filen)</translation>
    </message>
    <message>
        <source>Simplify large layers for the web (keeps shared borders)</source>
        <translation>Förenkla stora lager för webben (bevarar gränserna)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <source>Map shows</source>
        <translation>Kartan visar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Anpassad storlek</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildstorlek</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Upplösning</translation>
    </message>
    <message>
        <source>Interactive map</source>
        <translation>Interaktiv karta</translation>
    </message>
    <message>
        <source>Export coverage report (CSV + GeoJSON)…</source>
        <translation>Exportera täckningsrapport (CSV + GeoJSON)…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Run the coverage check first</source>
        <translation>Kör täckningskontrollen först</translation>
    </message>
    <message>
        <source>The preview shows the layers and styles. In the HTML map every visible layer can be switched on and off, and attribute values show as plain text in popups.</source>
        <translation>Förhandsvisningen visar lagren och stilarna. I HTML-kartan kan varje synligt lager slås på och av, och attributvärdena visas som vanlig text i popup-fönster.</translation>
    </message>
    <message>
        <source>Simplified for the web: {layers}.</source>
        <translation>Förenklat för webben: {layers}.</translation>
    </message>
    <message>
        <source>Leaflet will load from the internet (cdn.jsdelivr.net) when the page is opened.</source>
        <translation>Leaflet hämtas från internet (cdn.jsdelivr.net) när sidan öppnas.</translation>
    </message>
    <message>
        <source>The basemap needs internet when the page is viewed.</source>
        <translation>Bakgrundskartan kräver internet när sidan visas.</translation>
    </message>
    <message>
        <source>{w_mm} × {h_mm} mm, {w} × {h} px at {dpi} dpi.</source>
        <translation>{w_mm} × {h_mm} mm, {w} × {h} px vid {dpi} dpi.</translation>
    </message>
    <message>
        <source>This is a very large image; it may take a while and use a lot of memory.</source>
        <translation>Bilden är mycket stor; det kan ta en stund och kräva mycket minne.</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Ingen förhandsvisning: {error}</translation>
    </message>
    <message>
        <source>Export {file}</source>
        <translation>Exporterar {file}</translation>
    </message>
    <message>
        <source>Exported {path} ({format}, {w} × {h} px, scale {scale})</source>
        <translation>Exporterad: {path} ({format}, {w} × {h} px, skala {scale})</translation>
    </message>
    <message>
        <source>Exported {path} ({size} MB)</source>
        <translation>Exporterad: {path} ({size} MB)</translation>
    </message>
    <message>
        <source>; simplified for the web: {layers}</source>
        <translation>; förenklat för webben: {layers}</translation>
    </message>
    <message>
        <source>Export coverage report</source>
        <translation>Exportera täckningsrapport</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-tabell</translation>
    </message>
    <message>
        <source>Exported {csv} and {geojson}</source>
        <translation>Exporterade: {csv} och {geojson}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export the map as PNG, PDF, SVG or an interactive HTML map</source>
        <translation>Exportera kartan som PNG, PDF, SVG eller en interaktiv HTML-karta</translation>
    </message>
</context>
<context>
    <name>GtfsOpener</name>
    <message>
        <source>Open timetable folder (GTFS)</source>
        <translation>Öppna tidtabellsmapp (GTFS)</translation>
    </message>
    <message>
        <source>{name}: not a GTFS timetable (a feed folder holds stops.txt and stop_times.txt); choose the folder the feed was unpacked into, or open its .zip with Open data</source>
        <translation>{name}: ingen GTFS-tidtabell (en tidtabellsmapp innehåller stops.txt och stop_times.txt); välj mappen som tidtabellen packades upp i, eller öppna dess .zip-fil med Öppna data</translation>
    </message>
    <message>
        <source>Reading timetable {name}</source>
        <translation>Läser tidtabellen {name}</translation>
    </message>
    <message>
        <source>Added timetable {name}: {stops} stops ({frequent} with 6 or more departures an hour, {window} on {day}), {routes} route lines</source>
        <translation>Tidtabellen {name} tillagd: hållplatser {stops} (varav {frequent} med 6 eller fler avgångar per timme, {window} den {day}), linjer {routes}</translation>
    </message>
    <message>
        <source>. Dropped: {notes}</source>
        <translation>. Utelämnat: {notes}</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zooma till lagret</translation>
    </message>
    <message>
        <source>{name}: cancelled; nothing was added</source>
        <translation>{name}: avbrutet; inget lades till</translation>
    </message>
    <message>
        <source>{name}: could not be read ({error}: {text}); details in {log}. Nothing else was changed.</source>
        <translation>{name}: kunde inte läsas ({error}: {text}); detaljer i {log}. Inget annat ändrades.</translation>
    </message>
    <message>
        <source>{name}: could not be read ({error}: {text}). Nothing else was changed.</source>
        <translation>{name}: kunde inte läsas ({error}: {text}). Inget annat ändrades.</translation>
    </message>
    <message>
        <source>Open &amp;timetable folder…</source>
        <translation>Öppna tidtabells&amp;mapp…</translation>
    </message>
    <message>
        <source>Open a GTFS feed unpacked in a folder (a .zip opens with Open data, or drop either on the window)</source>
        <translation>Öppna en GTFS-tidtabell som packats upp i en mapp (en .zip-fil öppnas med Öppna data, eller släpp vilken som helst på fönstret)</translation>
    </message>
</context>
<context>
    <name>IdentifyDock</name>
    <message>
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>Klicka på ett objekt på kartan för att se dess attribut.</translation>
    </message>
    <message>
        <source>Feature / field</source>
        <translation>Objekt / fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>No feature here ({where}).</source>
        <translation>Inget objekt här ({where}).</translation>
    </message>
    <message>
        <source>No feature here.</source>
        <translation>Inget objekt här.</translation>
    </message>
    <message>
        <source>1 feature at {where}</source>
        <translation>1 objekt vid {where}</translation>
    </message>
    <message>
        <source>{n} features at {where}</source>
        <translation>{n} objekt vid {where}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <source>kind: {kind}</source>
        <translation>typ: {kind}</translation>
    </message>
    <message>
        <source>features: {n} ({family})</source>
        <translation>objekt: {n} ({family})</translation>
    </message>
    <message>
        <source>service radius: {radius} m</source>
        <translation>serviceradie: {radius} m</translation>
    </message>
    <message>
        <source>coloured by: {field}</source>
        <translation>färgat efter: {field}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>källa: {source}</translation>
    </message>
    <message>
        <source>licence: {licence}</source>
        <translation>licens: {licence}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Transport</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Koncentrationer</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <source>Who made the data and its licence; printed on exported maps</source>
        <translation>Vem som har gjort data och dess licens; skrivs ut på exporterade kartor</translation>
    </message>
    <message>
        <source>Source: {path}</source>
        <translation>Källa: {path}</translation>
    </message>
    <message>
        <source>Opacity of the current layer</source>
        <translation>Det aktuella lagrets opacitet</translation>
    </message>
    <message>
        <source>What the layer is: transport and energy layers provide a service with a radius</source>
        <translation>Vad lagret är: trafik- och energilager ger service inom en radie</translation>
    </message>
    <message>
        <source>Service radius in metres: how far the service of this layer reaches</source>
        <translation>Serviceradie i meter: hur långt lagrets service når</translation>
    </message>
    <message>
        <source>e.g. © City of Helsinki, CC BY 4.0</source>
        <translation>t.ex. © Helsingfors stad, CC BY 4.0</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacitet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Service radius</source>
        <translation>Serviceradie</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Source / licence</source>
        <translation>Källa / licens</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Stil…</translation>
    </message>
    <message>
        <source>Colours, widths and categories of the current layer</source>
        <translation>Färger, bredder och kategorier för det aktuella lagret</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zooma</translation>
    </message>
    <message>
        <source>Zoom the map to the current layer</source>
        <translation>Zooma kartan till det aktuella lagret</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Open the attribute table of the current layer</source>
        <translation>Öppna attributtabellen för det aktuella lagret</translation>
    </message>
    <message>
        <source>Use as hot spots</source>
        <translation>Använd som koncentrationer</translation>
    </message>
    <message>
        <source>Use this polygon layer as the hot spots (the in-between areas are recomputed)</source>
        <translation>Använd detta polygonlager som koncentrationer (mellanområdena beräknas på nytt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the current layer from the map (Delete)</source>
        <translation>Ta bort det aktuella lagret från kartan (Delete)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Rename the current layer (F2)</source>
        <translation>Byt namn på det aktuella lagret (F2)</translation>
    </message>
    <message>
        <source>Save features as…</source>
        <translation>Spara objekt som…</translation>
    </message>
    <message>
        <source>Save the current layer&apos;s features in another format</source>
        <translation>Spara det aktuella lagrets objekt i ett annat format</translation>
    </message>
    <message>
        <source>kind of {layer}</source>
        <translation>typ för {layer}</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zooma till lagret</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Öppna attributtabellen</translation>
    </message>
    <message>
        <source>Rename layer</source>
        <translation>Byt namn på lagret</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Ta bort lagret</translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Transport (stops, stations, lines)</source>
        <translation>Trafik (hållplatser, stationer, linjer)</translation>
    </message>
    <message>
        <source>Energy (plants, grid, charging)</source>
        <translation>Energi (kraftverk, nät, laddning)</translation>
    </message>
    <message>
        <source>Project (sites, plans)</source>
        <translation>Projekt (platser, planer)</translation>
    </message>
    <message>
        <source>Population (people per grid cell or point)</source>
        <translation>Befolkning (invånare per ruta eller punkt)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Hot spots (use these polygons)</source>
        <translation>Koncentrationer (använd dessa polygoner)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <source>WGS84 lon/lat (EPSG:4326)</source>
        <translation>WGS84 longitud/latitud (EPSG:4326)</translation>
    </message>
    <message>
        <source>KKJ zone 2 (EPSG:2392)</source>
        <translation>KKJ zon 2 (EPSG:2392)</translation>
    </message>
    <message>
        <source>Column of x / longitude / easting</source>
        <translation>Kolumn för x / longitud / östlig koordinat</translation>
    </message>
    <message>
        <source>Column of y / latitude / northing</source>
        <translation>Kolumn för y / latitud / nordlig koordinat</translation>
    </message>
    <message>
        <source>Column of WKT geometry (used instead of x/y when chosen)</source>
        <translation>Kolumn med WKT-geometri (används i stället för x/y när den valts)</translation>
    </message>
    <message>
        <source>or WKT</source>
        <translation>eller WKT</translation>
    </message>
    <message>
        <source>Coordinates in {file}</source>
        <translation>Koordinater i {file}</translation>
    </message>
    <message>
        <source>No longitude/latitude, x/y or WKT column was recognised in {file}. Choose the columns that hold the coordinates:</source>
        <translation>Ingen longitud/latitud-, x/y- eller WKT-kolumn kändes igen i {file}. Välj kolumnerna som innehåller koordinaterna:</translation>
    </message>
    <message>
        <source>Add layer — {name}</source>
        <translation>Lägg till lager — {name}</translation>
    </message>
    <message>
        <source>How far the service reaches: 800 m suits stops and stations, 1,000 m lines</source>
        <translation>Hur långt servicen når: 800 m passar hållplatser och stationer, 1 000 m linjer</translation>
    </message>
    <message>
        <source>The field holding the number of people of each grid cell or point</source>
        <translation>Fältet med antalet invånare i varje ruta eller punkt</translation>
    </message>
    <message>
        <source> Check that the layer lands in the right place; change it here if not.</source>
        <translation> Kontrollera att lagret hamnar på rätt plats; ändra här om inte.</translation>
    </message>
    <message>
        <source>Source CRS declared by the file.</source>
        <translation>Källans koordinatsystem anges i filen.</translation>
    </message>
    <message>
        <source>Source CRS detected from the coordinates.</source>
        <translation>Källans koordinatsystem har härletts ur koordinaterna.</translation>
    </message>
    <message>
        <source>Source CRS chosen by you.</source>
        <translation>Källans koordinatsystem har valts av dig.</translation>
    </message>
    <message>
        <source>Source CRS assumed.</source>
        <translation>Källans koordinatsystem har antagits.</translation>
    </message>
    <message>
        <source>Source CRS {how}.</source>
        <translation>Källans koordinatsystem: {how}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Service radius</source>
        <translation>Serviceradie</translation>
    </message>
    <message>
        <source>Count field</source>
        <translation>Antalsfält</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Källans koordinatsystem</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinater</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Lägg till lager</translation>
    </message>
    <message>
        <source>Load summary</source>
        <translation>Sammanfattning av inläsningen</translation>
    </message>
    <message>
        <source>People per feature: the coverage check counts them (polygons spread over their land).</source>
        <translation>Invånare per objekt: täckningskontrollen räknar dem (polygoner fördelade över sin landareal).</translation>
    </message>
    <message>
        <source>This layer has no numeric field to count people with.</source>
        <translation>Lagret har inget numeriskt fält att räkna invånare med.</translation>
    </message>
    <message>
        <source>Shown as an extra layer. To replace the schematic municipalities, use Region &gt; Load official boundaries…</source>
        <translation>Visas som ett extra lager. Ersätt de schematiska kommunerna med Region &gt; Läs in officiella kommungränser…</translation>
    </message>
    <message>
        <source>These polygons become the hot spots; the in-between areas are recomputed.</source>
        <translation>Dessa polygoner blir koncentrationerna; mellanområdena beräknas på nytt.</translation>
    </message>
    <message>
        <source>Layers in {file}</source>
        <translation>Lager i {file}</translation>
    </message>
    <message>
        <source>{file} holds {n} layers. Load which?</source>
        <translation>{file} innehåller lager {n}. Vilka ska läsas in?</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>1 feature</source>
        <translation>1 objekt</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} objekt</translation>
    </message>
    <message>
        <source>; details in {log}</source>
        <translation>; detaljer i {log}</translation>
    </message>
    <message>
        <source>{file}: could not be loaded ({error}){details}. Nothing else was changed.</source>
        <translation>{file}: kunde inte läsas in ({error}){details}. Inget annat ändrades.</translation>
    </message>
    <message>
        <source>{file}: not added</source>
        <translation>{file}: lades inte till</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Öppna data</translation>
    </message>
    <message>
        <source>Opening {file}</source>
        <translation>Öppnar {file}</translation>
    </message>
    <message>
        <source>Loading {file}</source>
        <translation>Läser in {file}</translation>
    </message>
    <message>
        <source>{file}: no coordinate columns found (columns: {columns}); name them lon/lat, x/y or E/N, or add a WKT column</source>
        <translation>{file}: inga koordinatkolumner hittades (kolumner: {columns}); döp dem till lon/lat, x/y eller E/N, eller lägg till en WKT-kolumn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>{file}: no features with a geometry to show ({n} empty or null skipped); nothing was added</source>
        <translation>{file}: inga objekt med geometri att visa (tomma eller saknade överhoppade: {n}); inget lades till</translation>
    </message>
    <message>
        <source>{n} invalid geometries repaired</source>
        <translation>ogiltiga geometrier reparerade: {n}</translation>
    </message>
    <message>
        <source>{n} empty skipped</source>
        <translation>tomma överhoppade: {n}</translation>
    </message>
    <message>
        <source>{n} with bad coordinates skipped</source>
        <translation>med felaktiga koordinater överhoppade: {n}</translation>
    </message>
    <message>
        <source>CRS {crs} detected — check the position</source>
        <translation>koordinatsystem {crs} identifierat — kontrollera läget</translation>
    </message>
    <message>
        <source>CRS {crs} assumed — check the position</source>
        <translation>koordinatsystem {crs} antaget — kontrollera läget</translation>
    </message>
    <message>
        <source>not UTF-8: text read as {encoding} — check the names</source>
        <translation>inte UTF-8: texten läst som {encoding} — kontrollera namnen</translation>
    </message>
    <message>
        <source>Added &apos;{layer}&apos;: {features}</source>
        <translation>Tillagt &apos;{layer}&apos;: {features}</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zooma till lagret</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>Öppna &amp;data…</translation>
    </message>
    <message>
        <source>Open GeoJSON, GeoPackage, Shapefile, FlatGeobuf, GeoParquet or CSV (or drop files on the window)</source>
        <translation>Öppna GeoJSON, GeoPackage, Shapefile, FlatGeobuf, GeoParquet eller CSV (eller släpp filer i fönstret)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Load official boundaries…</source>
        <translation>Läs in officiella kommungränser…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom in (+, wheel)</source>
        <translation>Zooma in (+, hjulet)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>Zoom out (-, wheel)</source>
        <translation>Zooma ut (-, hjulet)</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>Zooma till &amp;regionen</translation>
    </message>
    <message>
        <source>Show the whole region (Home)</source>
        <translation>Visa hela regionen (Home)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Panorera</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Panorera åt vänster</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Panorera åt höger</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>Panorera uppåt</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>Panorera nedåt</translation>
    </message>
    <message>
        <source>{action}	{key} (Shift: fine)</source>
        <translation>{action}	{key} (Shift: finjustering)</translation>
    </message>
    <message>
        <source>&amp;Measure distance</source>
        <translation>&amp;Mät avstånd</translation>
    </message>
    <message>
        <source>Click points on the map to measure a distance; right-click finishes, Esc clears</source>
        <translation>Klicka på punkter på kartan för att mäta ett avstånd; högerklick avslutar, Esc rensar</translation>
    </message>
    <message>
        <source>I&amp;dentify panel</source>
        <translation>I&amp;dentifieringspanel</translation>
    </message>
    <message>
        <source>Scale &amp;bar</source>
        <translation>Skal&amp;stock</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>&amp;Nordpil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;About regionmap and data sources</source>
        <translation>&amp;Om regionmap och datakällor</translation>
    </message>
    <message>
        <source>&amp;Keyboard and mouse</source>
        <translation>&amp;Tangentbord och mus</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ångra {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gör om {what}</translation>
    </message>
    <message>
        <source>{task}: cancelled</source>
        <translation>{task}: avbruten</translation>
    </message>
    <message>
        <source>{task}: done in {seconds} s</source>
        <translation>{task}: klar på {seconds} s</translation>
    </message>
    <message>
        <source>Loading official boundaries is not available in this build; open a boundary file (GeoPackage, Shapefile, GeoJSON) with fields &apos;code&apos; and &apos;name&apos; instead.</source>
        <translation>Att läsa in officiella kommungränser är inte tillgängligt i den här versionen; öppna i stället en gränsfil (GeoPackage, Shapefile, GeoJSON) med fälten &apos;code&apos; och &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{path}: no such file; check the name and the folder</source>
        <translation>{path}: filen finns inte; kontrollera namnet och mappen</translation>
    </message>
    <message>
        <source>{name}: regionmap cannot open this kind of file here; open GeoPackage, Shapefile, GeoJSON, CSV with coordinates or a regionmap project</source>
        <translation>{name}: regionmap kan inte öppna den här typen av fil här; öppna GeoPackage, Shapefile, GeoJSON, CSV med koordinater eller ett regionmap-projekt</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Zoom in here</source>
        <translation>Zooma in här</translation>
    </message>
    <message>
        <source>Zoom out here</source>
        <translation>Zooma ut här</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>Zooma till regionen</translation>
    </message>
    <message>
        <source>Identify here</source>
        <translation>Identifiera här</translation>
    </message>
    <message>
        <source>Copy E, N (EPSG:3067): {e}, {n}</source>
        <translation>Kopiera E, N (EPSG:3067): {e}, {n}</translation>
    </message>
    <message>
        <source>Copy lat, lon (WGS84): {lat}, {lon}</source>
        <translation>Kopiera lat, lon (WGS84): {lat}, {lon}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
</context>
<context>
    <name>NetworkReach</name>
    <message>
        <source>Reach along a &amp;network…</source>
        <translation>&amp;Nåbarhet längs ett nätverk…</translation>
    </message>
    <message>
        <source>Choose a road or path layer as the network (walk, bike or car) and draw each visible service layer&apos;s reach along it at its radius</source>
        <translation>Välj ett väg- eller stiglager som nätverk (gång, cykel eller bil) och rita varje synligt servicelagers nåbarhet längs det inom dess radie</translation>
    </message>
</context>
<context>
    <name>PickOnMap</name>
    <message>
        <source>temporary: candidate sites clicked on the map</source>
        <translation>tillfälligt: kandidatplatser klickade på kartan</translation>
    </message>
    <message>
        <source>Click candidate sites on the map; Esc ends and goes back to Propose sites</source>
        <translation>Klicka på kandidatplatser på kartan; Esc avslutar och går tillbaka till Föreslå platser</translation>
    </message>
    <message>
        <source>{n} candidate site(s) picked; Esc ends</source>
        <translation>{n} kandidatplats(er) valda; Esc avslutar</translation>
    </message>
</context>
<context>
    <name>PopulationDownload</name>
    <message>
        <source>Downloading the population grid</source>
        <translation>Laddar ner befolkningsrutnätet</translation>
    </message>
    <message>
        <source>The population grid is already being downloaded</source>
        <translation>Befolkningsrutnätet laddas redan ner</translation>
    </message>
    <message>
        <source>from the copy cached earlier (no network)</source>
        <translation>från kopian i cachen (inget nätverk)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>nedladdat</translation>
    </message>
    <message>
        <source>Added &apos;{layer}&apos;: {cells} cells, {people} people ({credit}), {how}; the coverage check now counts people with it</source>
        <translation>Tillagt &apos;{layer}&apos;: rutor {cells}, invånare {people} ({credit}), {how}; täckningskontrollen räknar nu invånarna med det</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zooma till lagret</translation>
    </message>
    <message>
        <source>The population grid was not downloaded: {error}. The loaded layers and the population source are unchanged.</source>
        <translation>Befolkningsrutnätet laddades inte ner: {error}. De inlästa lagren och befolkningskällan är oförändrade.</translation>
    </message>
    <message>
        <source>Download &amp;population grid…</source>
        <translation>Ladda ner &amp;befolkningsrutnät…</translation>
    </message>
    <message>
        <source>People for the region: Statistics Finland&apos;s 1 km population grid (CC BY 4.0), the latest year, kept for offline use and used by the coverage check</source>
        <translation>Invånare för regionen: Statistikcentralens befolkningsrutnät på 1 km (CC BY 4.0), det senaste året, sparas för användning utan nätverk och används av täckningskontrollen</translation>
    </message>
    <message>
        <source>Download population grid (&amp;HSY 250 m, capital region)…</source>
        <translation>Ladda ner befolkningsrutnät (&amp;HSY 250 m, huvudstadsregionen)…</translation>
    </message>
    <message>
        <source>HSY&apos;s finer 250 m grid (CC BY 4.0); offered when the region lies inside Helsinki, Espoo, Vantaa and Kauniainen (load their official boundaries first)</source>
        <translation>HRM:s (HSY) finare rutnät på 250 m (CC BY 4.0); finns när regionen ligger inom Helsingfors, Esbo, Vanda och Grankulla (läs först in deras officiella gränser)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Automatisk sparning</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Restoring autosave</source>
        <translation>Återställer automatisk sparning</translation>
    </message>
    <message>
        <source>regionmap projects</source>
        <translation>regionmap-projekt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Spara ändringarna i {name}?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ändringarna går förlorade om du inte sparar dem.</translation>
    </message>
    <message>
        <source>building the default region</source>
        <translation>skapar standardregionen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>{error}. The map was not changed.</source>
        <translation>{error}. Kartan ändrades inte.</translation>
    </message>
    <message>
        <source>Opened {file} with repairs</source>
        <translation>Öppnade {file} med reparationer</translation>
    </message>
    <message>
        <source>; and {n} more (see the log)</source>
        <translation>; och {n} till (se loggen)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Spara projekt som</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparat {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Automatisk sparning misslyckades: {error}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Deleted the autosave of {what}</source>
        <translation>Den automatiska sparningen av {what} raderades</translation>
    </message>
    <message>
        <source>Restored {what}; save it to keep it.</source>
        <translation>Återställde {what}; spara för att behålla det.</translation>
    </message>
    <message>
        <source>Restored the autosave with repairs</source>
        <translation>Den automatiska sparningen återställdes med reparationer</translation>
    </message>
    <message>
        <source>The autosaved copy {path} cannot be restored: {error}. It was kept.</source>
        <translation>Den automatiskt sparade kopian {path} kan inte återställas: {error}. Den behölls.</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(inga senaste projekt)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nytt projekt</translation>
    </message>
    <message>
        <source>Start a new map of the default region (Ctrl+N)</source>
        <translation>Börja en ny karta över standardregionen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Öppna &amp;projekt…</translation>
    </message>
    <message>
        <source>Open a regionmap project (.gpkg) (Ctrl+Shift+O)</source>
        <translation>Öppna ett regionmap-projekt (.gpkg) (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent project</source>
        <translation>Öppna senas&amp;te projekt</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Spara projekt</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Spara projektet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Spara projekt s&amp;om…</translation>
    </message>
    <message>
        <source>Save the project under a new name (Ctrl+Shift+S)</source>
        <translation>Spara projektet under ett nytt namn (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Grid over the chosen zones</source>
        <translation>Rutnät över de valda zonerna</translation>
    </message>
    <message>
        <source>In-between areas</source>
        <translation>Mellanområden</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Koncentrationer</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alla zoner</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>trafik</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energi</translation>
    </message>
    <message>
        <source>Propose sites</source>
        <translation>Föreslå platser</translation>
    </message>
    <message>
        <source>Points of {layer}</source>
        <translation>Punkterna i {layer}</translation>
    </message>
    <message>
        <source>No site in a hot spot</source>
        <translation>Inga platser i koncentrationer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Radius of a new site</source>
        <translation>Radie för en ny plats</translation>
    </message>
    <message>
        <source>Sites to add</source>
        <translation>Platser att lägga till</translation>
    </message>
    <message>
        <source>Pick on map…</source>
        <translation>Välj på kartan…</translation>
    </message>
    <message>
        <source>Click candidate sites on the map; Esc comes back here with them</source>
        <translation>Klicka på kandidatplatser på kartan; Esc kommer tillbaka hit med dem</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Grid spacing</source>
        <translation>Rutavstånd</translation>
    </message>
    <message>
        <source>Uncovered people of</source>
        <translation>Otäckta invånare i</translation>
    </message>
    <message>
        <source>Per municipality at least</source>
        <translation>Per kommun minst</translation>
    </message>
    <message>
        <source>Greedy maximal covering: the sites reach at least 63 % (1 - 1/e) of what the best choice from these candidates would.</source>
        <translation>Girig maximal täckning: platserna når minst 63 % (1 - 1/e) av vad det bästa valet bland dessa kandidater skulle nå.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Adds people</source>
        <translation>Tillför invånare</translation>
    </message>
    <message>
        <source>Adds km²</source>
        <translation>Tillför km²</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <source>Covered before</source>
        <translation>Täckt före</translation>
    </message>
    <message>
        <source>Covered after</source>
        <translation>Täckt efter</translation>
    </message>
    <message>
        <source>Verdict before</source>
        <translation>Utfall före</translation>
    </message>
    <message>
        <source>Verdict after</source>
        <translation>Utfall efter</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>uppfylls</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>uppfylls inte</translation>
    </message>
    <message>
        <source>Proposed sites</source>
        <translation>Föreslagna platser</translation>
    </message>
</context>
<context>
    <name>SaveFeaturesDialog</name>
    <message>
        <source>EPSG:3067 — ETRS89 / TM35FIN (metres)</source>
        <translation>EPSG:3067 — ETRS89 / TM35FIN (meter)</translation>
    </message>
    <message>
        <source>EPSG:4326 — WGS84 (lon/lat)</source>
        <translation>EPSG:4326 — WGS84 (longitud/latitud)</translation>
    </message>
    <message>
        <source>Save features of {layer}</source>
        <translation>Spara objekten i {layer}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>Koordinatsystem</translation>
    </message>
    <message>
        <source>Save {layer} as {format}</source>
        <translation>Spara {layer} som {format}</translation>
    </message>
    <message>
        <source>Saved the {n} features of {layer} to {path} ({format}, {crs})</source>
        <translation>Objekten i {layer} ({n}) sparade i {path} ({format}, {crs})</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>In-between areas</source>
        <translation>Mellanområden</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Koncentrationer</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alla zoner</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Spara scenario</translation>
    </message>
    <message>
        <source>Name of the present state:</source>
        <translation>Namn på nuläget:</translation>
    </message>
    <message>
        <source>scenario {name} saved ({layers} layers, {sites} proposed sites); it is kept in the project</source>
        <translation>scenario {name} sparat (lager {layers}, föreslagna platser {sites}); det sparas i projektet</translation>
    </message>
    <message>
        <source>No scenario yet: Analysis &gt; Save scenario… names the present state.</source>
        <translation>Inga scenarier ännu: Analys &gt; Spara scenario… namnger nuläget.</translation>
    </message>
    <message>
        <source>Switch to scenario</source>
        <translation>Byt till scenario</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>switched to scenario {name}; Compute to see its numbers</source>
        <translation>bytte till scenario {name}; beräkna för att se dess siffror</translation>
    </message>
    <message>
        <source>Compare needs two scenarios: save the present state, change it, save again.</source>
        <translation>Jämförelsen behöver två scenarier: spara nuläget, ändra det och spara igen.</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Jämför scenarier</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Andra</translation>
    </message>
    <message>
        <source>Difference map of</source>
        <translation>Skillnadskarta över</translation>
    </message>
    <message>
        <source>Comparing scenarios</source>
        <translation>Jämför scenarier</translation>
    </message>
    <message>
        <source>Scenarios: {a} and {b}</source>
        <translation>Scenarier: {a} och {b}</translation>
    </message>
    <message>
        <source>{scenario} (% of people)</source>
        <translation>{scenario} (% av invånarna)</translation>
    </message>
    <message>
        <source>{scenario} (% of area)</source>
        <translation>{scenario} (% av arealen)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <source>Difference (points)</source>
        <translation>Skillnad (procentenheter)</translation>
    </message>
    <message>
        <source>{a} → {b}: {gained} km² gained, {lost} km² lost in {zones} (layer {layer})</source>
        <translation>{a} → {b}: {gained} km² vunnet, {lost} km² förlorat i {zones} (lager {layer})</translation>
    </message>
    <message>
        <source>Save &amp;scenario…</source>
        <translation>Spara &amp;scenario…</translation>
    </message>
    <message>
        <source>Switc&amp;h to scenario…</source>
        <translation>Byt ti&amp;ll scenario…</translation>
    </message>
    <message>
        <source>C&amp;ompare scenarios…</source>
        <translation>&amp;Jämför scenarier…</translation>
    </message>
</context>
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
<context>
    <name>SitingFeature</name>
    <message>
        <source>Proposing sites</source>
        <translation>Föreslår platser</translation>
    </message>
    <message>
        <source>Mark a layer as transport or energy first: its features are what is measured.</source>
        <translation>Markera först ett lager som trafik eller energi: dess objekt är det som mäts.</translation>
    </message>
    <message>
        <source>What each facility adds</source>
        <translation>Vad varje anläggning tillför</translation>
    </message>
    <message>
        <source>unique coverage of {layers}: sort the attribute table by unique_people</source>
        <translation>unik täckning för {layers}: sortera attributtabellen efter unique_people</translation>
    </message>
    <message>
        <source>&amp;Propose sites…</source>
        <translation>&amp;Föreslå platser…</translation>
    </message>
    <message>
        <source>Where new stops or chargers would reach the most uncovered people</source>
        <translation>Var nya hållplatser eller laddpunkter skulle nå flest otäckta invånare</translation>
    </message>
    <message>
        <source>&amp;What each facility adds…</source>
        <translation>&amp;Vad varje anläggning tillför…</translation>
    </message>
    <message>
        <source>The people and area only each stop or charger covers</source>
        <translation>Invånarna och arealen som bara varje hållplats eller laddpunkt täcker</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Drag or arrow keys to pan · wheel or +/- to zoom · Home: whole region · click a feature to identify</source>
        <translation>Panorera genom att dra eller med piltangenterna · zooma med hjulet eller +/- · Home: hela regionen · klicka på ett objekt för att identifiera det</translation>
    </message>
    <message>
        <source>Cursor position: ETRS-TM35FIN (EPSG:3067) east/north in metres, and WGS84</source>
        <translation>Markörens läge: ETRS-TM35FIN (EPSG:3067) öst/nord i meter, och WGS84</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Kartans skala på den här skärmen</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <source>— single colour —</source>
        <translation>— en färg —</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
    </message>
    <message>
        <source>Style — {layer}</source>
        <translation>Stil — {layer}</translation>
    </message>
    <message>
        <source>Fill colour</source>
        <translation>Fyllnadsfärg</translation>
    </message>
    <message>
        <source>Outline / line colour</source>
        <translation>Kant- / linjefärg</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Linjebredd</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>Punktstorlek</translation>
    </message>
    <message>
        <source>Layer opacity</source>
        <translation>Lagrets opacitet</translation>
    </message>
    <message>
        <source>Fill opacity</source>
        <translation>Fyllnadens opacitet</translation>
    </message>
    <message>
        <source>Most frequent values get their own colour; the rest are &apos;other values&apos;</source>
        <translation>De vanligaste värdena får en egen färg; resten är &apos;övriga värden&apos;</translation>
    </message>
    <message>
        <source>Double-click a category to change its colour</source>
        <translation>Dubbelklicka på en kategori för att byta dess färg</translation>
    </message>
    <message>
        <source>Categorised by field</source>
        <translation>Kategoriserad efter fält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Max. categories</source>
        <translation>Högst antal kategorier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Colour for {category}</source>
        <translation>Färg för {category}</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the running task</source>
        <translation>Stoppa den pågående uppgiften</translation>
    </message>
    <message>
        <source> (+{n} more)</source>
        <translation> (+{n} till)</translation>
    </message>
    <message>
        <source>Cancelling {task}…</source>
        <translation>Avbryter: {task}…</translation>
    </message>
</context>
<context>
    <name>TimetableLinks</name>
    <message>
        <source>Hot spots by &amp;timetable…</source>
        <translation>Koncentrationer enligt tidta&amp;bell…</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Municipal areas are schematic (generated from municipal centres), not official boundaries</source>
        <translation>Kommunområdena är schematiska (genererade från kommuncentrumen), inte officiella gränser</translation>
    </message>
    <message>
        <source>Drag / arrow keys</source>
        <translation>Dra / piltangenter</translation>
    </message>
    <message>
        <source>pan (Shift+arrow: fine)</source>
        <translation>panorera (Shift+pil: fint)</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Hjulet</translation>
    </message>
    <message>
        <source>zoom around the cursor</source>
        <translation>zooma kring markören</translation>
    </message>
    <message>
        <source>zoom in / out</source>
        <translation>zooma in / ut</translation>
    </message>
    <message>
        <source>zoom to the region (QGIS: zoom full)</source>
        <translation>zooma till hela regionen (QGIS: zooma full)</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>identify the features under the cursor</source>
        <translation>identifiera objekten under markören</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Högerklick</translation>
    </message>
    <message>
        <source>zoom here, identify, copy coordinates</source>
        <translation>zooma här, identifiera, kopiera koordinater</translation>
    </message>
    <message>
        <source>Middle-drag</source>
        <translation>Dra med mittenknappen</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>panorera</translation>
    </message>
    <message>
        <source>measure a distance (right-click finishes, Esc clears)</source>
        <translation>mät ett avstånd (högerklick avslutar, Esc rensar)</translation>
    </message>
    <message>
        <source>open a project / add data (as in QGIS)</source>
        <translation>öppna ett projekt / lägg till data (som i QGIS)</translation>
    </message>
    <message>
        <source>attribute table / style of the current layer</source>
        <translation>attributtabell / stil för det valda lagret</translation>
    </message>
    <message>
        <source>remove the current layer</source>
        <translation>ta bort det valda lagret</translation>
    </message>
    <message>
        <source>identify panel</source>
        <translation>identifieringspanel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Map tool for the regional planners of Helsinki-Uusimaa: municipalities, city hot spots and the in-between areas with transport, energy and project layers, a coverage check and map exports.</source>
        <translation>Kartverktyg för regionplanerarna i Helsingfors-Nyland: kommuner, städernas koncentrationer och mellanområdena med trafik-, energi- och projektlager, en täckningskontroll och kartexport.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Datakällor och licenser</translation>
    </message>
    <message>
        <source>About regionmap</source>
        <translation>Om regionmap</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Tangentbord och mus</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>swatches</name>
    <message>
        <source>(other values)</source>
        <translation>(övriga värden)</translation>
    </message>
</context>
<context>
    <name>threshold_box</name>
    <message>
        <source>Only stops with at least this many departures an hour serve (any: every stop). Type a number or a headway (&quot;every 20 min&quot; is 3 an hour); the arrows step through the headways the coverage check prepares</source>
        <translation>Endast hållplatser med minst så här många avgångar per timme betjänar (alla: varje hållplats). Skriv ett tal eller ett turintervall (&quot;every 20 min&quot; är 3 per timme); pilarna stegar genom de turintervall som täckningskontrollen förbereder</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
</context>
</TS>
