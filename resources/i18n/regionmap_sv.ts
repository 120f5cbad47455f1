<?xml version='1.0' encoding='utf-8'?>
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
        <source>From {file}</source>
        <translation>Från {file}</translation>
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
        <source>Preparing the areas…</source>
        <translation>Områdena förbereds…</translation>
    </message>
    <message>
        <source>Preparing the areas</source>
        <translation>Förberedelse av områdena</translation>
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
        <source>derived: hot spots connected by {feed} on {day} ({why}), departures {window}, direct or with one transfer; isolated: {isolated}</source>
        <translation>härlett: koncentrationer som {feed} förbinder {day} ({why}), avgångar {window}, direkt eller med ett byte; isolerade: {isolated}</translation>
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
        <source>Timetable links</source>
        <translation>Tidtabellsförbindelser</translation>
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
    <name>CoverageCurve</name>
    <message>
        <source>radius km</source>
        <translation>radie km</translation>
    </message>
    <message>
        <source>Compute to see the coverage curve</source>
        <translation>Beräkna för att se täckningskurvan</translation>
    </message>
</context>
<context>
    <name>CoverageLayers</name>
    <message>
        <source>Coverage gaps</source>
        <translation>Luckor i täckningen</translation>
    </message>
    <message>
        <source>Coverage pass/fail</source>
        <translation>Täckning: uppfylls / uppfylls inte</translation>
    </message>
    <message>
        <source>Hot-spot links</source>
        <translation>Förbindelser mellan koncentrationer</translation>
    </message>
    <message>
        <source>OUT OF DATE</source>
        <translation>INAKTUELL</translation>
    </message>
    <message>
        <source>{flag} ({why}): compute again. {note}</source>
        <translation>{flag} ({why}): beräkna på nytt. {note}</translation>
    </message>
    <message>
        <source> (zone set {label})</source>
        <translation> (zonindelning {label})</translation>
    </message>
    <message>
        <source>uncovered {zone} areas at the current radii</source>
        <translation>otäckta områden (zon: {zone}) vid de nuvarande radierna</translation>
    </message>
    <message>
        <source>derived from the coverage check: {zone} share (people where known) vs the target</source>
        <translation>härledd från täckningskontrollen: andelen i zonen {zone} (av befolkningen där den är känd) jämfört med målet</translation>
    </message>
    <message>
        <source>derived from the coverage check: hot spots linked by transport ({rule}; a station layer's links are drawn as the shortest set joining its hot spots), at the radii of the sliders</source>
        <translation>härledd från täckningskontrollen: koncentrationer som trafiken förbinder ({rule}; ett stationslagers förbindelser ritas som den kortaste mängd som förenar dess koncentrationer), vid reglagens radier</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Mark layers as transport or energy, give them a radius, then Compute.</source>
        <translation>Markera lager som trafik eller energi, ge dem en radie och välj sedan Beräkna.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
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
        <source>share of each in-between area (people where known, else area) that the transport layers must reach for the municipality to pass; none: not judged</source>
        <translation>andel av varje mellanområde (av invånarna där de är kända, annars av arealen) som trafiklagren måste nå för att kommunen ska uppfylla målet; inget mål: bedöms inte</translation>
    </message>
    <message>
        <source>share of each in-between area (people where known, else area) that the energy layers must reach for the municipality to pass; none: not judged</source>
        <translation>andel av varje mellanområde (av invånarna där de är kända, annars av arealen) som energilagren måste nå för att kommunen ska uppfylla målet; inget mål: bedöms inte</translation>
    </message>
    <message>
        <source>share of each hot spot (people where known, else area) that the transport layers must reach for the municipality to pass; none: not judged</source>
        <translation>andel av varje koncentration (av invånarna där de är kända, annars av arealen) som trafiklagren måste nå för att kommunen ska uppfylla målet; inget mål: bedöms inte</translation>
    </message>
    <message>
        <source>share of each hot spot (people where known, else area) that the energy layers must reach for the municipality to pass; none: not judged</source>
        <translation>andel av varje koncentration (av invånarna där de är kända, annars av arealen) som energilagren måste nå för att kommunen ska uppfylla målet; inget mål: bedöms inte</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Beräkna</translation>
    </message>
    <message>
        <source>Suggest targets</source>
        <translation>Föreslå mål</translation>
    </message>
    <message>
        <source>Set each in-between target to what the best third of the in-between areas reach now: a target that tells the municipalities apart</source>
        <translation>Sätter varje mål för mellanområdena till vad den bästa tredjedelen av mellanområdena når nu: ett mål som skiljer kommunerna åt</translation>
    </message>
    <message>
        <source>In-between targets:</source>
        <translation>Mål för mellanområden:</translation>
    </message>
    <message>
        <source>Hot spots:</source>
        <translation>Koncentrationer:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <source>Suggested targets (what the best third of the in-between areas reach now): {targets}</source>
        <translation>Föreslagna mål (vad den bästa tredjedelen av mellanområdena når nu): {targets}</translation>
    </message>
    <message>
        <source>Gaps: uncovered places of the in-between areas (click: zoom, highlight):</source>
        <translation>Luckor: otäckta platser i mellanområdena (klicka: zooma, markera):</translation>
    </message>
    <message>
        <source>Targets ({zone}):</source>
        <translation>Mål ({zone}):</translation>
    </message>
    <message>
        <source>Gaps: uncovered places of the {zone} zones (click: zoom, highlight):</source>
        <translation>Luckor: otäckta platser i zonerna {zone} (klicka: zooma, markera):</translation>
    </message>
    <message>
        <source>Building the zones of {layer}…</source>
        <translation>Bildar zonerna av {layer}…</translation>
    </message>
    <message>
        <source>Building the zones</source>
        <translation>Bildar zonerna</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>Coverage check</source>
        <translation>Täckningskontroll</translation>
    </message>
    <message>
        <source>Cancelled: the zones were not built</source>
        <translation>Avbrutet: zonerna bildades inte</translation>
    </message>
    <message>
        <source>Coverage check failed: {error}</source>
        <translation>Täckningskontrollen misslyckades: {error}</translation>
    </message>
    <message>
        <source>No coverage curve for a reach in minutes: the curve runs over metres</source>
        <translation>Ingen täckningskurva för en räckvidd i minuter: kurvan löper över meter</translation>
    </message>
    <message>
        <source>Out of date: {why}. The table, gaps and map are of the last Compute; press Compute to bring them up to date.</source>
        <translation>Inaktuellt: {why}. Tabellen, luckorna och kartan är från den senaste beräkningen; välj Beräkna för att uppdatera dem.</translation>
    </message>
    <message>
        <source> (approx.)</source>
        <translation> (ungef.)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>&amp;Coverage check…</source>
        <translation>&amp;Täckningskontroll…</translation>
    </message>
</context>
<context>
    <name>CreditPrompt</name>
    <message>
        <source>Source and licence of {layer}</source>
        <translation>Källa och licens för {layer}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <source>Who publishes the data and under which licence; exports credit it on the map and on the sources page. Separate several parts with ';'.</source>
        <translation>Vem som publicerar data och under vilken licens; exporterna anger det på kartan och på källsidan. Skilj flera delar åt med ';'.</translation>
    </message>
    <message>
        <source>Source and licence of '{layer}': {credit}</source>
        <translation>Källa och licens för '{layer}': {credit}</translation>
    </message>
    <message>
        <source>'{layer}': source and licence from {where}: {credit}</source>
        <translation>'{layer}': källa och licens ur filen ({where}): {credit}</translation>
    </message>
    <message>
        <source>Add source and licence…</source>
        <translation>Lägg till källa och licens…</translation>
    </message>
    <message>
        <source>The file does not say its source or licence; exports will list it as 'licence not stated'</source>
        <translation>Filen anger inte sin källa eller licens; exporterna listar den som 'licence not stated'</translation>
    </message>
    <message>
        <source>'{layer}' does not say its source or licence; exports will list it as 'licence not stated'</source>
        <translation>'{layer}' anger inte sin källa eller licens; exporterna listar den som 'licence not stated'</translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>HH-HH or HH:MM-HH:MM on the service day's clock (it may pass 24:00)</source>
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
        <source>Count the departures of these feeds' stops again:</source>
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
    <name>DistanceRow</name>
    <message>
        <source>Distance:</source>
        <translation>Avstånd:</translation>
    </message>
    <message>
        <source>How far a place is from a service: in a straight line (circles), or along a loaded road and path network (an .osm.pbf extract or any line layer) on foot, by bike or by car; along a network the table shows the straight-line shares beside</source>
        <translation>Hur långt en plats ligger från en service: fågelvägen (cirklar) eller längs ett inläst väg- och stignät (ett .osm.pbf-utdrag eller vilket linjelager som helst) till fots, med cykel eller med bil; längs ett nätverk visar tabellen fågelvägsandelarna bredvid</translation>
    </message>
    <message>
        <source>snap ≤</source>
        <translation>fästning ≤</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Along a network: places (services and zone samples) farther than this from a usable way are unreachable; the distance to the way counts as part of the trip</source>
        <translation>Längs ett nätverk: platser (tjänster och zonernas stickprovspunkter) längre än så från en användbar led nås inte; avståndet till leden räknas som en del av resan</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuter</translation>
    </message>
    <message>
        <source>Along a network: each layer reaches its radius in metres, or as far as its minutes of travel at the mode's speed on each road class (the sliders then move in minutes)</source>
        <translation>Längs ett nätverk: varje lager når sin radie i meter, eller så långt som dess restid i minuter räcker med färdsättets hastighet på varje vägklass (reglagen rör sig då i minuter)</translation>
    </message>
    <message>
        <source>{choice} (not loaded)</source>
        <translation>{choice} (inte inläst)</translation>
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
        <source>optional, e.g. 'Coverage of in-between areas, draft'</source>
        <translation>valfri, t.ex. 'Mellanområdenas täckning, utkast'</translation>
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
        <source>Exported {csv} and {geojson}</source>
        <translation>Exporterade: {csv} och {geojson}</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabell (*.csv)</translation>
    </message>
    <message>
        <source>Finnish spreadsheet (;, decimal comma) (*.csv)</source>
        <translation>Finskt kalkylblad (;, decimalkomma) (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
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
        <source>add timetable {file}</source>
        <translation>tillägg av tidtabellen {file}</translation>
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
    <name>HotspotSourceRow</name>
    <message>
        <source>Keep only the polygons of some categories of this field (e.g. SYKE's centre zones)</source>
        <translation>Behåll bara polygonerna i vissa kategorier av detta fält (t.ex. SYKE:s centrumzoner)</translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation>värden, kommaseparerade</translation>
    </message>
    <message>
        <source>discs elsewhere</source>
        <translation>cirklar på andra håll</translation>
    </message>
    <message>
        <source>Also the approximate settlement discs where the layer has no data (e.g. the urban-zone centres in the capital region, discs in the rest of Uusimaa)</source>
        <translation>Även de ungefärliga bosättningscirklarna där lagret saknar data (t.ex. stadszonernas centrum i huvudstadsregionen, cirklar i resten av Nyland)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Hot spots of {layer}: only</source>
        <translation>Koncentrationer ur {layer}: bara</translation>
    </message>
    <message>
        <source>(all categories)</source>
        <translation>(alla kategorier)</translation>
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
        <source>Save the current layer's features in another format</source>
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
        <source>add {layer}</source>
        <translation>tillägg av {layer}</translation>
    </message>
    <message>
        <source>the file says {crs}</source>
        <translation>filen anger {crs}</translation>
    </message>
    <message>
        <source>the file declares none</source>
        <translation>filen anger inget</translation>
    </message>
    <message>
        <source>CRS {crs} detected from the coordinates ({declared})</source>
        <translation>koordinatsystem {crs} identifierat utifrån koordinaterna ({declared})</translation>
    </message>
    <message>
        <source>CRS {crs} assumed from the coordinates ({declared})</source>
        <translation>koordinatsystem {crs} antaget utifrån koordinaterna ({declared})</translation>
    </message>
    <message>
        <source>text read as {encoding} (the file is not UTF-8)</source>
        <translation>texten läst som {encoding} (filen är inte UTF-8)</translation>
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
        <source>Added '{layer}': {features}</source>
        <translation>Tillagt '{layer}': {features}</translation>
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
        <source>Part of the application could not start ({name}: {error}); details in {log}</source>
        <translation>En del av programmet kunde inte starta ({name}: {error}); detaljer i {log}</translation>
    </message>
    <message>
        <source>details in {log}</source>
        <translation>detaljer i {log}</translation>
    </message>
    <message>
        <source>details could not be logged</source>
        <translation>detaljerna kunde inte loggas</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error} ({detail})</source>
        <translation>oväntat {kind}: {error} ({detail})</translation>
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
        <source>Loading official boundaries is not available in this build; open a boundary file (GeoPackage, Shapefile, GeoJSON) with fields 'code' and 'name' instead.</source>
        <translation>Att läsa in officiella kommungränser är inte tillgängligt i den här versionen; öppna i stället en gränsfil (GeoPackage, Shapefile, GeoJSON) med fälten 'code' och 'name'.</translation>
    </message>
    <message>
        <source>{path}: no such file; check the name and the folder</source>
        <translation>{path}: filen finns inte; kontrollera namnet och mappen</translation>
    </message>
    <message>
        <source>Opening {files}</source>
        <translation>Öppnar {files}</translation>
    </message>
    <message>
        <source>opening {file}</source>
        <translation>öppnar {file}</translation>
    </message>
    <message>
        <source>{name}: regionmap cannot open this kind of file here; open GeoPackage, Shapefile, GeoJSON, CSV with coordinates or a regionmap project</source>
        <translation>{name}: regionmap kan inte öppna den här typen av fil här; öppna GeoPackage, Shapefile, GeoJSON, CSV med koordinater eller ett regionmap-projekt</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>stänger</translation>
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
    <message>
        <source>the base map</source>
        <translation>bakgrundskartan</translation>
    </message>
    <message>
        <source>layer '{layer}' could not be drawn ({error}); details in the log file</source>
        <translation>lagret '{layer}' kunde inte ritas ({error}); detaljer i loggfilen</translation>
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
        <source>Reach along the network</source>
        <translation>Nåbarhet längs nätverket</translation>
    </message>
    <message>
        <source> — reach along the network</source>
        <translation> — nåbarhet längs nätverket</translation>
    </message>
    <message>
        <source>Reach along the network: no visible transport or energy layer to measure; load one or show it</source>
        <translation>Nåbarhet längs nätverket: inget synligt trafik- eller energilager att mäta; läs in ett eller visa det</translation>
    </message>
    <message>
        <source>Reach along the network: load a road or path network first (a line layer, e.g. OpenStreetMap streets or Digiroad)</source>
        <translation>Nåbarhet längs nätverket: läs först in ett väg- eller stignät (ett linjelager, t.ex. OpenStreetMaps gator eller Digiroad)</translation>
    </message>
    <message>
        <source>Each visible service layer's reach along the network, at its radius.</source>
        <translation>Varje synligt servicelagers nåbarhet längs nätverket inom dess radie.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Färdsätt</translation>
    </message>
    <message>
        <source>Reach along '{network}' ({mode}) drawn for {count} layer(s)</source>
        <translation>Nåbarhet längs '{network}' ({mode}) ritad; lager {count}</translation>
    </message>
    <message>
        <source>Reach along the network: {error}</source>
        <translation>Nåbarhet längs nätverket: {error}</translation>
    </message>
    <message>
        <source>Reach along a &amp;network…</source>
        <translation>&amp;Nåbarhet längs ett nätverk…</translation>
    </message>
    <message>
        <source>Choose a road or path layer as the network (walk, bike or car) and draw each visible service layer's reach along it at its radius</source>
        <translation>Välj ett väg- eller stiglager som nätverk (gång, cykel eller bil) och rita varje synligt servicelagers nåbarhet längs det inom dess radie</translation>
    </message>
</context>
<context>
    <name>PickOnMap</name>
    <message>
        <source>Picked candidates</source>
        <translation>Valda kandidater</translation>
    </message>
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
        <source>Added '{layer}': {cells} cells, {people} people ({credit}), {how}; the coverage check now counts people with it</source>
        <translation>Tillagt '{layer}': rutor {cells}, invånare {people} ({credit}), {how}; täckningskontrollen räknar nu invånarna med det</translation>
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
        <source>People for the region: Statistics Finland's 1 km population grid (CC BY 4.0), the latest year, kept for offline use and used by the coverage check</source>
        <translation>Invånare för regionen: Statistikcentralens befolkningsrutnät på 1 km (CC BY 4.0), det senaste året, sparas för användning utan nätverk och används av täckningskontrollen</translation>
    </message>
    <message>
        <source>Download population grid (&amp;HSY 250 m, capital region)…</source>
        <translation>Ladda ner befolkningsrutnät (&amp;HSY 250 m, huvudstadsregionen)…</translation>
    </message>
    <message>
        <source>HSY's finer 250 m grid (CC BY 4.0); offered when the region lies inside Helsinki, Espoo, Vantaa and Kauniainen (load their official boundaries first)</source>
        <translation>HRM:s (HSY) finare rutnät på 250 m (CC BY 4.0); finns när regionen ligger inom Helsingfors, Esbo, Vanda och Grankulla (läs först in deras officiella gränser)</translation>
    </message>
</context>
<context>
    <name>PopulationRow</name>
    <message>
        <source>none: area only</source>
        <translation>ingen: endast areal</translation>
    </message>
    <message>
        <source>People from:</source>
        <translation>Invånare ur:</translation>
    </message>
    <message>
        <source>The layer whose features count people: a population grid (people spread over each cell's land) or points; none: the check is by area</source>
        <translation>Lagret vars objekt räknar invånare: ett befolkningsrutnät (invånarna fördelas över varje rutas landareal) eller punkter; ingen: kontrollen görs efter areal</translation>
    </message>
    <message>
        <source>The field holding the number of people</source>
        <translation>Fältet med antalet invånare</translation>
    </message>
    <message>
        <source>{layer} (approximate)</source>
        <translation>{layer} (ungefärlig)</translation>
    </message>
    <message>
        <source>{layer} (not loaded)</source>
        <translation>{layer} (inte inläst)</translation>
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
        <source>Your changes will be lost if you don't save them.</source>
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
        <source>opening {file}</source>
        <translation>öppnar {file}</translation>
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
        <source>{a}: {how_a}; {b}: {how_b}</source>
        <translation>{a}: {how_a}; {b}: {how_b}</translation>
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
        <source>derived: coverage gained and lost from {a} to {b} in {zones}</source>
        <translation>härlett: vunnen och förlorad täckning från {a} till {b} i {zones}</translation>
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
        <source>In the interface language (the other in the tooltip)</source>
        <translation>På gränssnittets språk (det andra i verktygstipset)</translation>
    </message>
    <message>
        <source>Both, as on road signs (Porvoo / Borgå)</source>
        <translation>Båda, som på vägskyltar (Borgå / Porvoo)</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Gränssnittets språk:</translation>
    </message>
    <message>
        <source>Place names:</source>
        <translation>Ortnamn:</translation>
    </message>
    <message>
        <source>A new language or way of writing names takes effect when regionmap is started again.</source>
        <translation>Ett nytt språk eller sätt att skriva namn börjar gälla när regionmap startas på nytt.</translation>
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
        <source>proposed (derived): {n} sites chosen by greedy maximal covering; not an existing layer</source>
        <translation>föreslaget (härlett): platser {n}, valda med girig maximal täckning; inte ett befintligt lager</translation>
    </message>
    <message>
        <source>Proposing sites</source>
        <translation>Föreslår platser</translation>
    </message>
    <message>
        <source>Mark a layer as transport or energy first: its features are what is measured.</source>
        <translation>Markera först ett lager som trafik eller energi: dess objekt är det som mäts.</translation>
    </message>
    <message>
        <source>The Coverage dock measures along the network layer {layer}, which is not loaded: load it again or choose another distance in its Distance row.</source>
        <translation>Panelen Täckning mäter längs nätverkslagret {layer}, som inte är inläst: läs in det igen eller välj ett annat avstånd på panelens rad Avstånd.</translation>
    </message>
    <message>
        <source>What each facility adds</source>
        <translation>Vad varje anläggning tillför</translation>
    </message>
    <message>
        <source>{layer} — unique coverage</source>
        <translation>{layer} — unik täckning</translation>
    </message>
    <message>
        <source>derived: people and area only each feature covers, {how}</source>
        <translation>härlett: invånarna och arealen som bara varje objekt täcker, {how}</translation>
    </message>
    <message>
        <source>unique coverage of {layers}, {how}: sort the attribute table by unique_people</source>
        <translation>unik täckning för {layers}, {how}: sortera attributtabellen efter unique_people</translation>
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
        <source>Quantiles (equal count)</source>
        <translation>Kvantiler (lika många objekt)</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Lika intervall</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Naturliga brytpunkter (Jenks)</translation>
    </message>
    <message>
        <source>Yellow – orange – red</source>
        <translation>Gul – orange – röd</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Gröna</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Grå</translation>
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
        <source>Most frequent values get their own colour; the rest are 'other values'</source>
        <translation>De vanligaste värdena får en egen färg; resten är 'övriga värden'</translation>
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
        <source>A value equal to a class bound belongs to the lower class</source>
        <translation>Ett värde lika med en klassgräns hör till den lägre klassen</translation>
    </message>
    <message>
        <source>Graduated by numeric field</source>
        <translation>Graderad efter numeriskt fält</translation>
    </message>
    <message>
        <source>Numeric field</source>
        <translation>Numeriskt fält</translation>
    </message>
    <message>
        <source>Classes by</source>
        <translation>Klassindelning</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Antal klasser</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Färgskala</translation>
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
    <name>UrbanRuralDownload</name>
    <message>
        <source>Downloading the urban-rural classification</source>
        <translation>Laddar ner stad–land-klassificeringen</translation>
    </message>
    <message>
        <source>The urban-rural classification is already being downloaded</source>
        <translation>Stad–land-klassificeringen laddas redan ner</translation>
    </message>
    <message>
        <source>from the copy cached earlier (no network)</source>
        <translation>från kopian som sparats tidigare (utan nätverk)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>nedladdad</translation>
    </message>
    <message>
        <source>Added '{layer}': {areas} areas ({credit}), {how}; the coverage check's zones are now its classes ({classes}): Compute to count them</source>
        <translation>Lade till '{layer}': {areas} områden ({credit}), {how}; täckningskontrollens zoner är nu dess klasser ({classes}): räkna dem med Beräkna</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zooma till lagret</translation>
    </message>
    <message>
        <source>The urban-rural classification was not downloaded: {error}. The loaded layers and the zones are unchanged.</source>
        <translation>Stad–land-klassificeringen laddades inte ner: {error}. De inlästa lagren och zonerna är oförändrade.</translation>
    </message>
    <message>
        <source>Download &amp;urban-rural classification…</source>
        <translation>Ladda ner &amp;stad–land-klassificeringen…</translation>
    </message>
    <message>
        <source>SYKE's urban-rural classification (7 classes, CC BY 4.0) of the region, kept for offline use; the coverage check's zones become its classes: urban core, intermediate (peri-urban + rural areas close to urban areas) and rural</source>
        <translation>SYKE:s stad–land-klassificering (7 klasser, CC BY 4.0) för regionen, sparad för användning utan nätverk; täckningskontrollens zoner blir dess klasser: stadskärna, växelverkansområdet mellan stad och landsbygd (stadens kransområde + stadsnära landsbygd) och landsbygd</translation>
    </message>
</context>
<context>
    <name>ZoneMappingDialog</name>
    <message>
        <source>own mapping</source>
        <translation>egen koppling</translation>
    </message>
    <message>
        <source>Zone set: {layer}</source>
        <translation>Zonindelning: {layer}</translation>
    </message>
    <message>
        <source>Map each value of the field to a zone class (empty: left out). The coverage table then has a row per municipality and class.</source>
        <translation>Koppla varje värde i fältet till en zonklass (tomt: utelämnas). Täckningstabellen får då en rad per kommun och klass.</translation>
    </message>
    <message>
        <source>A built-in mapping of SYKE's open data (CC BY 4.0), offered where it fits the field's values</source>
        <translation>En inbyggd koppling för SYKE:s öppna data (CC BY 4.0), erbjuds där den passar fältets värden</translation>
    </message>
    <message>
        <source>The class the targets judge: a municipality passes when its zone of this class reaches them; the other classes are shown, not judged</source>
        <translation>Klassen som målen bedömer: en kommun uppfyller målen när dess zon av denna klass når dem; de andra klasserna visas men bedöms inte</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Fält:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Förinställning:</translation>
    </message>
    <message>
        <source>Target class:</source>
        <translation>Målklass:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Polygoner</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Areal km²</translation>
    </message>
    <message>
        <source>Zone class</source>
        <translation>Zonklass</translation>
    </message>
    <message>
        <source>{name} cannot be a class name (it is the totals' row)</source>
        <translation>{name} kan inte vara ett klassnamn (det är summaraden)</translation>
    </message>
    <message>
        <source>give at least one value a class</source>
        <translation>ge minst ett värde en klass</translation>
    </message>
</context>
<context>
    <name>ZonesRow</name>
    <message>
        <source>Hot spots / in-between</source>
        <translation>Koncentrationer / mellanområden</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zoner:</translation>
    </message>
    <message>
        <source>What the region is cut into: each municipality's hot spots and in-between area, or the zone classes of a polygon layer's category field (e.g. SYKE's urban zones)</source>
        <translation>Vad regionen delas in i: varje kommuns koncentrationer och mellanområde, eller zonklasserna i ett polygonlagers kategorifält (t.ex. SYKE:s zoner för samhällsstrukturen)</translation>
    </message>
    <message>
        <source>Mapping…</source>
        <translation>Koppling…</translation>
    </message>
    <message>
        <source>Which value of the layer's field is which zone class, and which class the targets judge</source>
        <translation>Vilket värde i lagrets fält som är vilken zonklass, och vilken klass målen bedömer</translation>
    </message>
    <message>
        <source>{layer} (not loaded)</source>
        <translation>{layer} (inte inläst)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>print what a geodata file holds and how it would load</source>
        <translation>visa vad en geodatafil innehåller och hur den skulle läsas in</translation>
    </message>
    <message>
        <source>coverage of hot spots and in-between areas by service layers</source>
        <translation>täckning av koncentrationer och mellanområden med servicelager</translation>
    </message>
    <message>
        <source>download the population grid or the boundaries into the cache</source>
        <translation>ladda ner befolkningsrutnätet eller kommungränserna till cachen</translation>
    </message>
    <message>
        <source>export a map snapshot (png, pdf, svg, html)</source>
        <translation>exportera en karta (png, pdf, svg, html)</translation>
    </message>
    <message>
        <source>write a project file (GeoPackage)</source>
        <translation>skriv en projektfil (GeoPackage)</translation>
    </message>
    <message>
        <source>propose new sites that cover the most uncovered people, and what each adds</source>
        <translation>föreslå nya platser som täcker flest otäckta invånare, och vad var och en tillför</translation>
    </message>
    <message>
        <source>stops of a GTFS feed by service level, and its route lines</source>
        <translation>en GTFS-tidtabells hållplatser efter servicenivå, och dess linjer</translation>
    </message>
    <message>
        <source>(COMMAND --help for its options)</source>
        <translation>(COMMAND --help visar kommandots flaggor)</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>kommandon:</translation>
    </message>
    <message>
        <source>{name}: this command is not available in this build ({exc}); reinstall with 'make run'</source>
        <translation>{name}: kommandot finns inte i den här installationen ({exc}); installera om med 'make run'</translation>
    </message>
    <message>
        <source>--project cannot be combined with --region, --hotspots or --layer; add layers to the project in the app instead</source>
        <translation>--project kan inte kombineras med --region, --hotspots eller --layer; lägg till lagren i projektet i programmet i stället</translation>
    </message>
    <message>
        <source>--project: reading projects is not available in this build ({exc})</source>
        <translation>--project: att läsa projekt finns inte i den här installationen ({exc})</translation>
    </message>
    <message>
        <source>--project {path}: no such file; check the path</source>
        <translation>--project {path}: filen finns inte; kontrollera sökvägen</translation>
    </message>
    <message>
        <source>--coverage: the coverage check is not available in this build ({exc})</source>
        <translation>--coverage: täckningskontrollen finns inte i den här installationen ({exc})</translation>
    </message>
    <message>
        <source>--coverage: there is no service layer to check; add one with --layer PATH[:RADIUS_M]</source>
        <translation>--coverage: det finns inget servicelager att kontrollera; lägg till ett med --layer SÖKVÄG[:RADIE_M]</translation>
    </message>
    <message>
        <source>measured along the project's network {layer!r} ({mode}, snap {snap} m), as its Coverage dock does</source>
        <translation>mätt längs projektets nät {layer!r} ({mode}, fästning {snap} m), så som dess täckningspanel mäter</translation>
    </message>
    <message>
        <source>--project: its Coverage dock measures along the network layer {layer!r}, which the project does not hold; open the project in regionmap and choose a straight line or another network</source>
        <translation>--project: dess täckningspanel mäter längs nätlagret {layer!r}, som projektet inte innehåller; öppna projektet i regionmap och välj fågelvägen eller ett annat nät</translation>
    </message>
    <message>
        <source>--out {out}: unknown format {suffix!r}; use .png, .pdf, .svg or .html</source>
        <translation>--out {out}: okänt format {suffix!r}; använd .png, .pdf, .svg eller .html</translation>
    </message>
    <message>
        <source>--size is for PNG only; for .{fmt} give --paper A4|A3 and --dpi</source>
        <translation>--size gäller bara PNG; för .{fmt} ange --paper A4|A3 och --dpi</translation>
    </message>
    <message>
        <source>give either --size (pixels) or --paper (A4/A3), not both</source>
        <translation>ange antingen --size (pixlar) eller --paper (A4/A3), inte båda</translation>
    </message>
    <message>
        <source>--target and --report need --coverage</source>
        <translation>--target och --report kräver --coverage</translation>
    </message>
    <message>
        <source>--target {target:g}: give the share as a number above 0 and at most 1, e.g. 0.8</source>
        <translation>--target {target:g}: ange andelen som ett tal över 0 och högst 1, t.ex. 0.8</translation>
    </message>
    <message>
        <source>give one --attribution per --layer, in the same order ({layers} layers, {credits} attributions)</source>
        <translation>ange en --attribution per --layer, i samma ordning (lager {layers}, källuppgifter {credits})</translation>
    </message>
    <message>
        <source>wrote {csv} and {geojson}</source>
        <translation>skrev {csv} och {geojson}</translation>
    </message>
    <message>
        <source>wrote {path} ({format}, {w}x{h} px at {dpi} dpi, {width} x {height} mm, scale {scale}; legend: {legend})</source>
        <translation>skrev {path} ({format}, {w}x{h} px med {dpi} dpi, {width} x {height} mm, skala {scale}; teckenförklaring: {legend})</translation>
    </message>
    <message>
        <source>wrote {path} ({size} MB, {n} layers)</source>
        <translation>skrev {path} ({size} MB, {n} lager)</translation>
    </message>
    <message>
        <source>simplified for the web: {what}</source>
        <translation>förenklat för webben: {what}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>anmärkning: {note}</translation>
    </message>
    <message>
        <source>--size {text!r}: expected WIDTHxHEIGHT in pixels, e.g. 1400x900</source>
        <translation>--size {text!r}: väntade BREDDxHÖJD i pixlar, t.ex. 1400x900</translation>
    </message>
    <message>
        <source>--size {text!r}: width must be 200..10000 and height 150..10000 pixels</source>
        <translation>--size {text!r}: bredden måste vara 200–10000 och höjden 150–10000 pixlar</translation>
    </message>
    <message>
        <source>--screenshot {path}: the file name must end in .png (or .jpg)</source>
        <translation>--screenshot {path}: filnamnet måste sluta på .png (eller .jpg)</translation>
    </message>
    <message>
        <source>--screenshot {path}: the folder {folder} does not exist; create it or choose another</source>
        <translation>--screenshot {path}: mappen {folder} finns inte; skapa den eller välj en annan</translation>
    </message>
    <message>
        <source>--screenshot {path}: cannot write there (permission denied); choose another place</source>
        <translation>--screenshot {path}: kan inte skriva där (åtkomst nekad); välj en annan plats</translation>
    </message>
    <message>
        <source>cannot connect to the X display {display!r}; check that the X server runs and DISPLAY is right, or run headless with QT_QPA_PLATFORM=offscreen</source>
        <translation>kan inte ansluta till X-skärmen {display!r}; kontrollera att X-servern körs och att DISPLAY är rätt, eller kör utan skärm med QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>the Qt xcb platform needs the system library libxcb-cursor0; install it (sudo apt-get install libxcb-cursor0) or run headless with QT_QPA_PLATFORM=offscreen</source>
        <translation>Qt:s xcb-plattform behöver systembiblioteket libxcb-cursor0; installera det (sudo apt-get install libxcb-cursor0) eller kör utan skärm med QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); run it from a desktop session, or headless with QT_QPA_PLATFORM=offscreen (e.g. for --screenshot)</source>
        <translation>ingen skärm att öppna fönstret på (DISPLAY saknas); starta från en skrivbordssession eller utan skärm med QT_QPA_PLATFORM=offscreen (t.ex. för --screenshot)</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=xcb but DISPLAY is not set; start an X server or use QT_QPA_PLATFORM=offscreen</source>
        <translation>QT_QPA_PLATFORM=xcb men DISPLAY saknas; starta en X-server eller använd QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>the Qt platform could not start ({exc}); try QT_QPA_PLATFORM=offscreen</source>
        <translation>Qt-plattformen kunde inte starta ({exc}); prova QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>--size only applies with --screenshot OUT.png</source>
        <translation>--size gäller bara med --screenshot BILD.png</translation>
    </message>
    <message>
        <source>--timeout only applies with --screenshot OUT.png</source>
        <translation>--timeout gäller bara med --screenshot BILD.png</translation>
    </message>
    <message>
        <source>--timeout {timeout:g}: give the time limit in seconds, more than 0 and at most 86400</source>
        <translation>--timeout {timeout:g}: ange tidsgränsen i sekunder, över 0 och högst 86400</translation>
    </message>
    <message>
        <source>{f}: no such file; check the name and the folder</source>
        <translation>{f}: filen finns inte; kontrollera namnet och mappen</translation>
    </message>
    <message>
        <source>--screenshot {out}: could not write the image; check the folder and free space</source>
        <translation>--screenshot {out}: bilden kunde inte skrivas; kontrollera mappen och ledigt diskutrymme</translation>
    </message>
    <message>
        <source>regionmap check: give a FILE to check (or --limits); see 'regionmap check --help'</source>
        <translation>regionmap check: ange en FIL att kontrollera (eller --limits); se 'regionmap check --help'</translation>
    </message>
    <message>
        <source>{count} features</source>
        <translation>{count} objekt</translation>
    </message>
    <message>
        <source>{path}: --crs {crs!r} is not a known CRS; give an EPSG code such as EPSG:3067 or 3879</source>
        <translation>{path}: --crs {crs!r} är inget känt koordinatsystem; ange en EPSG-kod, t.ex. EPSG:3067 eller 3879</translation>
    </message>
    <message>
        <source>{text}: the travel time must be more than 0 and at most {most} minutes, not {minutes}</source>
        <translation>{text}: restiden måste vara mer än 0 och högst {most} minuter, inte {minutes}</translation>
    </message>
    <message>
        <source>--layer {text}: the radius must be more than 0 and at most 100000 m, not {radius:g}</source>
        <translation>--layer {text}: radien måste vara över 0 och högst 100000 m, inte {radius:g}</translation>
    </message>
    <message>
        <source>--codes {text!r}: name municipality codes separated by commas, e.g. --codes 091,049</source>
        <translation>--codes {text!r}: ange kommunnummer åtskilda med kommatecken, t.ex. --codes 091,049</translation>
    </message>
    <message>
        <source>{option}: applies to a --region boundaries file; give --region FILE or drop {option}</source>
        <translation>{option}: gäller en gränsfil med --region; ange --region FIL eller ta bort {option}</translation>
    </message>
    <message>
        <source>{path}: cannot be used as hot spots ({exc}); give a polygon file</source>
        <translation>{path}: kan inte användas som koncentrationer ({exc}); ange en fil med polygoner</translation>
    </message>
    <message>
        <source>{path}: has no features to use as a service layer</source>
        <translation>{path}: har inga objekt att använda som servicelager</translation>
    </message>
    <message>
        <source>{option}: applies to a hot spot file; give one with --hotspots FILE</source>
        <translation>{option}: gäller en fil med koncentrationer; ange den med --hotspots FIL</translation>
    </message>
    <message>
        <source>--hotspot-filter {hotspot_filter}: give FIELD=VALUE,VALUE, e.g. vyoh=1,2,10</source>
        <translation>--hotspot-filter {hotspot_filter}: ange FÄLT=VÄRDE,VÄRDE, t.ex. vyoh=1,2,10</translation>
    </message>
    <message>
        <source>--hotspot-filter: {hotspots} {exc}; name values the field has</source>
        <translation>--hotspot-filter: {hotspots} {exc}; ange värden som fältet har</translation>
    </message>
    <message>
        <source>--service {text!r}: {exc}</source>
        <translation>--service {text!r}: {exc}</translation>
    </message>
    <message>
        <source>--day: {exc}</source>
        <translation>--day: {exc}</translation>
    </message>
    <message>
        <source>{option}: applies to timetables; give one with --gtfs FEED.zip</source>
        <translation>{option}: gäller tidtabeller; ange en med --gtfs FLÖDE.zip</translation>
    </message>
    <message>
        <source>{path}: the timetable has no stops with coordinates to count; check stops.txt</source>
        <translation>{path}: tidtabellen har inga hållplatser med koordinater att räkna; kontrollera stops.txt</translation>
    </message>
    <message>
        <source>--target {text}: unknown sector {sector!r}; use transport=SHARE, energy=SHARE or SHARE</source>
        <translation>--target {text}: okänd sektor {sector!r}; använd transport=ANDEL, energy=ANDEL eller ANDEL</translation>
    </message>
    <message>
        <source>--target {text}: give a share such as 0.9 or 90%</source>
        <translation>--target {text}: ange en andel, t.ex. 0.9 eller 90%</translation>
    </message>
    <message>
        <source>--target {text}: the share must be between 0 and 100 %</source>
        <translation>--target {text}: andelen måste vara mellan 0 och 100 %</translation>
    </message>
    <message>
        <source>--target {sector}=…: there is no {sector} layer to judge; give one with {option} or drop that target</source>
        <translation>--target {sector}=…: det finns inget lager ({sector}) att bedöma; ange ett med {option} eller ta bort målet</translation>
    </message>
    <message>
        <source>{path}: has no polygons to use as {what}; give a polygon file</source>
        <translation>{path}: har inga polygoner att använda ({what}); ange en fil med polygoner</translation>
    </message>
    <message>
        <source>--csv-style fi: applies to --format csv; add --format csv or drop it</source>
        <translation>--csv-style fi: gäller --format csv; lägg till --format csv eller ta bort den</translation>
    </message>
    <message>
        <source>--zone-target {zone_target}: names a class of a zone set; give the set with --zones</source>
        <translation>--zone-target {zone_target}: anger en klass i en zonindelning; ange indelningen med --zones</translation>
    </message>
    <message>
        <source>coverage: give at least one service layer with --layer PATH[:RADIUS_M] (or a --project that has transport or energy layers)</source>
        <translation>coverage: ange minst ett servicelager med --layer SÖKVÄG[:RADIE_M] (eller ett --project med trafik- eller energilager)</translation>
    </message>
    <message>
        <source>--service: no stop of {source} has at least {service_threshold:g} departures an hour ({when}); lower the level or choose another window or --day</source>
        <translation>--service: ingen hållplats i {source} har minst {service_threshold:g} avgångar per timme ({when}); sänk nivån eller välj ett annat tidsfönster eller --day</translation>
    </message>
    <message>
        <source>{layer}: {kept} of {n} stops have at least {threshold} departures an hour ({when}); only they count</source>
        <translation>{layer}: {kept} av {n} hållplatser har minst {threshold} avgångar per timme ({when}); bara de räknas</translation>
    </message>
    <message>
        <source>hidden layers are not counted: {layers}</source>
        <translation>dolda lager räknas inte: {layers}</translation>
    </message>
    <message>
        <source>{population}: has no features to use as population</source>
        <translation>{population}: har inga objekt att använda som befolkning</translation>
    </message>
    <message>
        <source>--out {out}: cannot write ({strerror}); check the folder</source>
        <translation>--out {out}: kan inte skriva ({strerror}); kontrollera mappen</translation>
    </message>
    <message>
        <source>--gaps {gaps}: cannot write ({exc}); check the folder</source>
        <translation>--gaps {gaps}: kan inte skriva ({exc}); kontrollera mappen</translation>
    </message>
    <message>
        <source>{path}: has no features to use as an energy layer</source>
        <translation>{path}: har inga objekt att använda som energilager</translation>
    </message>
    <message>
        <source>--zones {text}: give FILE:FIELD=MAPPING, e.g. --zones zones.gpkg:vyohselite=syke-urban-zones or zones.gpkg:luokka=K1=core,K3=intermediate</source>
        <translation>--zones {text}: ange FIL:FÄLT=INDELNING, t.ex. --zones zones.gpkg:vyohselite=syke-urban-zones eller zones.gpkg:luokka=K1=core,K3=intermediate</translation>
    </message>
    <message>
        <source>--zones {path}: no such file; give the zone set's polygon file</source>
        <translation>--zones {path}: filen finns inte; ange zonindelningens polygonfil</translation>
    </message>
    <message>
        <source>--hotspot-target: a zone set has no hot spots; --target judges one of its classes (--zone-target, default intermediate)</source>
        <translation>--hotspot-target: en zonindelning har inga koncentrationer; --target bedömer en av dess klasser (--zone-target, standard intermediate)</translation>
    </message>
    <message>
        <source>--zones {zones}: name the field, FILE:FIELD=MAPPING (only a preset can find it)</source>
        <translation>--zones {zones}: ange fältet, FIL:FÄLT=INDELNING (bara en färdig indelning hittar det själv)</translation>
    </message>
    <message>
        <source>--zones {path}: no field has the values of {preset}; name it, FILE:FIELD={preset}</source>
        <translation>--zones {path}: inget fält har värdena för {preset}; ange fältet, FIL:FÄLT={preset}</translation>
    </message>
    <message>
        <source>--zone-target {target}: the zone set {path}:{field} has no such class; its classes: {join}</source>
        <translation>--zone-target {target}: zonindelningen {path}:{field} har ingen sådan klass; dess klasser: {join}</translation>
    </message>
    <message>
        <source>--project: the zone set's layer {layer!r} is not in the project; open it in the window and choose the zones again, or give --zones FILE:FIELD=MAPPING</source>
        <translation>--project: zonindelningens lager {layer!r} finns inte i projektet; öppna det i fönstret och välj zonerna igen, eller ange --zones FILE:FIELD=MAPPING</translation>
    </message>
    <message>
        <source>--compare-map {compare_map}: needs the other state; give --compare PROJECT.gpkg</source>
        <translation>--compare-map {compare_map}: behöver jämförelseläget; ange --compare PROJEKT.gpkg</translation>
    </message>
    <message>
        <source>--compare {path}: no such project; give a regionmap project (.gpkg) or PROJECT.gpkg#SCENARIO</source>
        <translation>--compare {path}: projektet finns inte; ange ett regionmap-projekt (.gpkg) eller PROJEKT.gpkg#SCENARIO</translation>
    </message>
    <message>
        <source>--compare {text}: name the scenario after #, or leave the # out for the project itself</source>
        <translation>--compare {text}: ange scenariot efter #, eller utelämna # för själva projektet</translation>
    </message>
    <message>
        <source>--compare {path}: its region is different ({theirs} municipalities against this run's {mine}; e.g. code {code} is in one only); compare a project of the same region, or give this run that project's --project or --region</source>
        <translation>--compare {path}: dess region är en annan (kommuner {theirs}, i den här körningen {mine}; t.ex. kommunnummer {code} finns bara i den ena); jämför med ett projekt för samma region, eller ge den här körningen projektets --project eller --region</translation>
    </message>
    <message>
        <source>--compare {text}: {file} has no scenario {name!r}; its scenarios: {have}</source>
        <translation>--compare {text}: {file} har inget scenario {name!r}; dess scenarier: {have}</translation>
    </message>
    <message>
        <source>--compare {text}: has no shown service layer with features to compare; show one and save the project</source>
        <translation>--compare {text}: har inget synligt servicelager med objekt att jämföra; visa ett och spara projektet</translation>
    </message>
    <message>
        <source>--unique {path}: there is no service layer whose features to measure; give one with --layer or --energy</source>
        <translation>--unique {path}: det finns inget servicelager vars objekt kan mätas; ange ett med --layer eller --energy</translation>
    </message>
    <message>
        <source>wrote {path}: {n} features with the people only each covers; {union} km² covered, {shared} km² of it by two or more</source>
        <translation>skrev {path}: {n} objekt med de invånare som bara vart och ett täcker; {union} km² täckt, varav {shared} km² av två eller fler</translation>
    </message>
    <message>
        <source>wrote {path}: {n} features with the area only each covers; {union} km² covered, {shared} km² of it by two or more</source>
        <translation>skrev {path}: {n} objekt med den areal som bara vart och ett täcker; {union} km² täckt, varav {shared} km² av två eller fler</translation>
    </message>
    <message>
        <source>--year {text!r}: give a year such as 2023</source>
        <translation>--year {text!r}: ange ett år, t.ex. 2023</translation>
    </message>
    <message>
        <source>download: say what to download: 'regionmap download population', 'regionmap download boundaries' or 'regionmap download urban-rural' (see 'regionmap download --help')</source>
        <translation>download: ange vad som ska laddas ner: 'regionmap download population', 'regionmap download boundaries' eller 'regionmap download urban-rural' (se 'regionmap download --help')</translation>
    </message>
    <message>
        <source>--out {text}: write a .gpkg, .geojson or .fgb file</source>
        <translation>--out {text}: skriv en .gpkg-, .geojson- eller .fgb-fil</translation>
    </message>
    <message>
        <source>; {n} cells with fewer than {fewer} inhabitants (their age groups are unknown)</source>
        <translation>; rutor med färre än {fewer} invånare: {n} (deras åldersgrupper är okända)</translation>
    </message>
    <message>
        <source>population grid {size} {year} ({layer}) for {region}: {cells} cells, {people} people{hidden}</source>
        <translation>befolkningsrutnät {size} {year} ({layer}) för {region}: {cells} rutor, {people} invånare{hidden}</translation>
    </message>
    <message>
        <source>source: {credit}</source>
        <translation>källa: {credit}</translation>
    </message>
    <message>
        <source>urban-rural classification {year} ({layer}) for {region}: {areas} areas, classes in field {field!r}</source>
        <translation>klassificering av stads- och landsbygdsområden {year} ({layer}) för {region}: {areas} områden, klasserna i fältet {field!r}</translation>
    </message>
    <message>
        <source>zones: {command}</source>
        <translation>zoner: {command}</translation>
    </message>
    <message>
        <source>the built-in Helsinki-Uusimaa region</source>
        <translation>det inbyggda Helsingfors-Nyland</translation>
    </message>
    <message>
        <source>{n} municipalities of {file}</source>
        <translation>{n} kommuner i {file}</translation>
    </message>
    <message>
        <source>municipal boundaries {year} ({layer}): {areas} areas</source>
        <translation>kommungränser {year} ({layer}): {areas} områden</translation>
    </message>
    <message>
        <source>read from the cache, no network</source>
        <translation>läst från cachen, utan nätverk</translation>
    </message>
    <message>
        <source>downloaded from {url}</source>
        <translation>nedladdat från {url}</translation>
    </message>
    <message>
        <source>cache: {path} ({how})</source>
        <translation>cache: {path} ({how})</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>skrivet: {path}</translation>
    </message>
    <message>
        <source>--network {text}: unknown mode {tail!r}; use FILE:walk, FILE:bike or FILE:car</source>
        <translation>--network {text}: okänt färdsätt {tail!r}; använd FIL:walk, FIL:bike eller FIL:car</translation>
    </message>
    <message>
        <source>--snap-m {text}: give a distance in metres, e.g. --snap-m 200</source>
        <translation>--snap-m {text}: ange ett avstånd i meter, t.ex. --snap-m 200</translation>
    </message>
    <message>
        <source>--snap-m {text}: the snap distance must be more than 0 and at most {most} m</source>
        <translation>--snap-m {text}: fästavståndet måste vara över 0 och högst {most} m</translation>
    </message>
    <message>
        <source>--network {path}: has no lines to route on; give a road or path network (an .osm.pbf extract or a line layer)</source>
        <translation>--network {path}: har inga linjer att ruttplanera på; ange ett väg- eller stignät (ett .osm.pbf-utdrag eller ett linjelager)</translation>
    </message>
    <message>
        <source>--project {project}: its Coverage dock measures along the network layer {layer!r}, which the project does not hold; give one with --network FILE[:MODE]</source>
        <translation>--project {project}: dess panel Täckning mäter längs nätverkslagret {layer!r}, som projektet inte har; ange ett med --network FILE[:MODE]</translation>
    </message>
    <message>
        <source>--project {project}: its network layer {layer!r} has no lines to route on; give one with --network FILE[:MODE]</source>
        <translation>--project {project}: dess nätverkslager {layer!r} har inga linjer att dirigera längs; ange ett med --network FILE[:MODE]</translation>
    </message>
    <message>
        <source>measured along the project's network {layer!r} ({mode}, snap {snap} m, in minutes), as its Coverage dock does; --network chooses another</source>
        <translation>mätt längs projektets nätverk {layer!r} ({mode}, fästning {snap} m, i minuter), som dess panel Täckning gör; --network väljer ett annat</translation>
    </message>
    <message>
        <source>measured along the project's network {layer!r} ({mode}, snap {snap} m), as its Coverage dock does; --network chooses another</source>
        <translation>mätt längs projektets nätverk {layer!r} ({mode}, fästning {snap} m), som dess panel Täckning gör; --network väljer ett annat</translation>
    </message>
    <message>
        <source>{option}: measures along a network; give one with --network FILE[:MODE]</source>
        <translation>{option}: mäter längs ett nät; ange ett med --network FIL[:FÄRDSÄTT]</translation>
    </message>
    <message>
        <source>--network: no service layer reaches the network: {why}</source>
        <translation>--network: inget servicelager når nätet: {why}</translation>
    </message>
    <message>
        <source>--service-areas {out}: cannot write ({exc}); check the folder</source>
        <translation>--service-areas {out}: kan inte skriva ({exc}); kontrollera mappen</translation>
    </message>
    <message>
        <source>service areas: {n} layer(s) along the network, ways buffered by {width} m, written to {out}</source>
        <translation>serviceområden: {n} lager längs nätverket, vägar buffrade med {width} m, skrivna till {out}</translation>
    </message>
    <message>
        <source>--view {text}: give four numbers XMIN,YMIN,XMAX,YMAX in EPSG:3067 metres</source>
        <translation>--view {text}: ange fyra tal XMIN,YMIN,XMAX,YMAX i meter i EPSG:3067</translation>
    </message>
    <message>
        <source>--view {text}: XMAX must be above XMIN and YMAX above YMIN</source>
        <translation>--view {text}: XMAX måste vara större än XMIN och YMAX större än YMIN</translation>
    </message>
    <message>
        <source>{out}: a project file must end in .gpkg; use e.g. {name}</source>
        <translation>{out}: en projektfil måste sluta på .gpkg; använd t.ex. {name}</translation>
    </message>
    <message>
        <source>wrote {path}: {n} layers</source>
        <translation>skrev {path}: {n} lager</translation>
    </message>
    <message>
        <source>{name} ({kind}, {n} features, radius {radius} m)</source>
        <translation>{name} ({kind}, {n} objekt, radie {radius} m)</translation>
    </message>
    <message>
        <source>{name} ({kind}, {n} features)</source>
        <translation>{name} ({kind}, {n} objekt)</translation>
    </message>
    <message>
        <source>--candidates {text}: give the grid's spacing in metres, e.g. grid:500</source>
        <translation>--candidates {text}: ange rutnätets avstånd i meter, t.ex. grid:500</translation>
    </message>
    <message>
        <source>--candidates {text}: give points as points:X,Y;X,Y in EPSG:3067 metres</source>
        <translation>--candidates {text}: ange punkter som points:X,Y;X,Y i meter i EPSG:3067</translation>
    </message>
    <message>
        <source>--candidates {text}: no such file; give grid:SPACING_M, a point file or points:X,Y;X,Y</source>
        <translation>--candidates {text}: filen finns inte; ange grid:AVSTÅND_M, en punktfil eller points:X,Y;X,Y</translation>
    </message>
    <message>
        <source>--radius: give the new {sector} sites' radius in metres (the {sector} layers have several: {radii})</source>
        <translation>--radius: ange de nya platsernas radie i meter ({sector}; lagren ({sector}) har flera: {radii})</translation>
    </message>
    <message>
        <source>--radius: give the new {sector} sites' radius in metres (there is no {sector} layer to take it from)</source>
        <translation>--radius: ange de nya platsernas radie i meter ({sector}; det finns inget lager ({sector}) att ta den från)</translation>
    </message>
    <message>
        <source>site: give how many sites to propose with --add N (or --add 0 with --unique FILE)</source>
        <translation>site: ange hur många platser som ska föreslås med --add N (eller --add 0 med --unique FIL)</translation>
    </message>
    <message>
        <source>--add {add}: give at least 1 site (--add 0 only with --unique FILE)</source>
        <translation>--add {add}: ange minst 1 plats (--add 0 bara med --unique FIL)</translation>
    </message>
    <message>
        <source>--candidates: give the candidate sites, e.g. --candidates grid:500 or a point file</source>
        <translation>--candidates: ange kandidatplatserna, t.ex. --candidates grid:500 eller en punktfil</translation>
    </message>
    <message>
        <source>--out: name the file for the proposed sites (e.g. --out sites.gpkg) or give --table</source>
        <translation>--out: ange filen för de föreslagna platserna (t.ex. --out sites.gpkg) eller ange --table</translation>
    </message>
    <message>
        <source>--zones {name}: there is no such zone class; give in-between, hotspot or all</source>
        <translation>--zones {name}: det finns ingen sådan zonklass; ange in-between, hotspot eller all</translation>
    </message>
    <message>
        <source>--unique: there is no {sector} layer whose features to measure; give one with {option}</source>
        <translation>--unique: det finns inget lager ({sector}) vars objekt kan mätas; ange ett med {option}</translation>
    </message>
    <message>
        <source>--table {table}: give a .json or .csv file</source>
        <translation>--table {table}: ange en .json- eller .csv-fil</translation>
    </message>
    <message>
        <source>--table {path}: cannot write ({strerror}); check the folder</source>
        <translation>--table {path}: kan inte skriva ({strerror}); kontrollera mappen</translation>
    </message>
    <message>
        <source>{prog}: {message}; see '{prog} --help'</source>
        <translation>{prog}: {message}; se '{prog} --help'</translation>
    </message>
    <message>
        <source>{context}: cancelled</source>
        <translation>{context}: avbrutet</translation>
    </message>
    <message>
        <source>{context}: interrupted by the user</source>
        <translation>{context}: avbrutet av användaren</translation>
    </message>
    <message>
        <source>{context}: out of memory; try a smaller file or close other programs</source>
        <translation>{context}: minnet tog slut; prova en mindre fil eller stäng andra program</translation>
    </message>
    <message>
        <source>details in {where}</source>
        <translation>detaljer i {where}</translation>
    </message>
    <message>
        <source>details could not be logged</source>
        <translation>detaljerna kunde inte loggas</translation>
    </message>
    <message>
        <source>{context}: unexpected {name}: {exc} ({detail}); please report it</source>
        <translation>{context}: oväntat {name}: {exc} ({detail}); rapportera felet</translation>
    </message>
    <message>
        <source>{path}: cannot write the {what} as {suffix}; use .gpkg, .geojson or .fgb</source>
        <translation>{path}: kan inte skriva ({what}) som {suffix}; använd .gpkg, .geojson eller .fgb</translation>
    </message>
    <message>
        <source>{option}: {exc}</source>
        <translation>{option}: {exc}</translation>
    </message>
    <message>
        <source>{feed}: no such file or folder; give a GTFS .zip or a folder of its .txt tables</source>
        <translation>{feed}: filen eller mappen finns inte; ange en GTFS-.zip eller en mapp med dess .txt-tabeller</translation>
    </message>
    <message>
        <source>--layer: --connections links the hot spots by the timetable alone and uses no service layer; drop --layer</source>
        <translation>--layer: --connections förbinder koncentrationerna enbart med tidtabellen och använder inget servicelager; ta bort --layer</translation>
    </message>
    <message>
        <source>--{option}: applies with --connections; add --connections or drop --{option}</source>
        <translation>--{option}: gäller med --connections; lägg till --connections eller ta bort --{option}</translation>
    </message>
    <message>
        <source>{path} (layer routes)</source>
        <translation>{path} (lager routes)</translation>
    </message>
    <message>
        <source>wrote {path}: {n} stops; routes in {where}</source>
        <translation>skrev {path}: {n} hållplatser; linjerna i {where}</translation>
    </message>
    <message>
        <source>wrote {path}: {n} stops; routes not written (give --routes FILE or a .gpkg --out)</source>
        <translation>skrev {path}: {n} hållplatser; linjerna skrevs inte (ange --routes FILE eller en .gpkg som --out)</translation>
    </message>
    <message>
        <source>--walk {walk:g}: give a distance from 0 to 5000 metres</source>
        <translation>--walk {walk:g}: ange ett avstånd på 0–5000 meter</translation>
    </message>
    <message>
        <source>--transfer {transfer:g}: give minutes from 0 to 120</source>
        <translation>--transfer {transfer:g}: ange minuter från 0 till 120</translation>
    </message>
    <message>
        <source>--pairs {pairs_path}: the pairs are written as CSV; give a .csv file</source>
        <translation>--pairs {pairs_path}: paren skrivs som CSV; ange en .csv-fil</translation>
    </message>
    <message>
        <source>{day} ({reason}), departures {start}-{end}</source>
        <translation>{day} ({reason}), avgångar {start}–{end}</translation>
    </message>
    <message>
        <source>{feed}: {n} hot spots, {with_stops} with stops within {walk} m; {pairs} connected pairs on {when}</source>
        <translation>{feed}: {n} koncentrationer, {with_stops} med hållplatser inom {walk} m; {pairs} förbundna par, {when}</translation>
    </message>
    <message>
        <source>{a} -&gt; {b}: {kind}, {minutes} min, {per_day} a day</source>
        <translation>{a} -&gt; {b}: {kind}, {minutes} min, {per_day} per dag</translation>
    </message>
    <message>
        <source>isolated: {names}</source>
        <translation>isolerade: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>wrote {path}: {n} connection lines; pairs in {pairs}</source>
        <translation>skrev {path}: {n} förbindelselinjer; paren i {pairs}</translation>
    </message>
    <message>
        <source>wrote {path}: {n} connection lines</source>
        <translation>skrev {path}: {n} förbindelselinjer</translation>
    </message>
    <message>
        <source>{path}: cannot write the {name} ({exc}); check free disk space and that the folder is writable</source>
        <translation>{path}: kan inte skriva ({name}) ({exc}); kontrollera ledigt diskutrymme och att mappen är skrivbar</translation>
    </message>
    <message>
        <source>the resolution must be between 36 and 1200 dpi, not {dpi}</source>
        <translation>upplösningen måste vara mellan 36 och 1200 dpi, inte {dpi}</translation>
    </message>
    <message>
        <source>the image size must be between 200 and 20000 pixels a side, not {w}x{h}</source>
        <translation>bildens sidor måste vara mellan 200 och 20000 pixlar, inte {w}x{h}</translation>
    </message>
    <message>
        <source>the page must be between 60 and 2000 mm a side, not {w_mm:.0f} x {h_mm:.0f} mm</source>
        <translation>sidans kanter måste vara mellan 60 och 2000 mm, inte {w_mm:.0f} x {h_mm:.0f} mm</translation>
    </message>
    <message>
        <source>the frame must be 'region' or 'view', not {frame!r}</source>
        <translation>utsnittet måste vara 'region' eller 'view', inte {frame!r}</translation>
    </message>
    <message>
        <source>unknown paper size {paper!r}; use A4, A3 or custom</source>
        <translation>okänd pappersstorlek {paper!r}; använd A4, A3 eller custom</translation>
    </message>
    <message>
        <source>unknown orientation {orientation!r}; use landscape or portrait</source>
        <translation>okänd orientering {orientation!r}; använd landscape eller portrait</translation>
    </message>
    <message>
        <source>--size {text}: give the image size as WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>--size {text}: ange bildens storlek som BREDDxHÖJD i pixlar, t.ex. 1600x1000</translation>
    </message>
    <message>
        <source>{layer}: {n} -&gt; {kept} vertices (tolerance {tolerance} m)</source>
        <translation>{layer}: {n} -&gt; {kept} brytpunkter (tolerans {tolerance} m)</translation>
    </message>
    <message>
        <source>Leaflet is loaded from a CDN (cdn.jsdelivr.net): the page needs internet to show</source>
        <translation>Leaflet läses in från ett CDN (cdn.jsdelivr.net): sidan behöver internet för att visas</translation>
    </message>
    <message>
        <source>basemap tiles come from OpenStreetMap and need internet when the page is viewed</source>
        <translation>bakgrundskartans plattor kommer från OpenStreetMap och behöver internet när sidan visas</translation>
    </message>
    <message>
        <source>the page is large ({size} MB) and may open slowly; hide dense point layers or export a smaller area as a PDF instead</source>
        <translation>sidan är stor ({size} MB) och kan öppnas långsamt; dölj täta punktlager eller exportera ett mindre område som PDF i stället</translation>
    </message>
    <message>
        <source>{feed}: {n} stops on {day} ({reason}), departures {window}: {classes}</source>
        <translation>{feed}: {n} hållplatser {day} ({reason}), avgångar {window}: {classes}</translation>
    </message>
    <message>
        <source>{n} route lines</source>
        <translation>{n} linjer</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>none (by area)</source>
        <translation>ingen (efter areal)</translation>
    </message>
    <message>
        <source>hot spots / in-between</source>
        <translation>koncentrationer / mellanområden</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Koncentrationer</translation>
    </message>
    <message>
        <source>In-between areas</source>
        <translation>Mellanområden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
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
        <source>hotspot</source>
        <translation>koncentration</translation>
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
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Areal km²</translation>
    </message>
    <message>
        <source>Transport area %</source>
        <translation>Trafik, areal %</translation>
    </message>
    <message>
        <source>Transport people %</source>
        <translation>Trafik, invånare %</translation>
    </message>
    <message>
        <source>Energy area %</source>
        <translation>Energi, areal %</translation>
    </message>
    <message>
        <source>Energy people %</source>
        <translation>Energi, invånare %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Transport straight-line area %</source>
        <translation>Trafik, fågelväg, areal %</translation>
    </message>
    <message>
        <source>Transport straight-line people %</source>
        <translation>Trafik, fågelväg, invånare %</translation>
    </message>
    <message>
        <source>Energy straight-line area %</source>
        <translation>Energi, fågelväg, areal %</translation>
    </message>
    <message>
        <source>Energy straight-line people %</source>
        <translation>Energi, fågelväg, invånare %</translation>
    </message>
    <message>
        <source>Zones: {zones}. </source>
        <translation>Zoner: {zones}. </translation>
    </message>
    <message>
        <source> Population source: {source}.</source>
        <translation> Befolkningskälla: {source}.</translation>
    </message>
    <message>
        <source>{zones}{basis}.{source} Covered by any layer: {covered} of {area} km² ({share}).</source>
        <translation>{zones}{basis}.{source} Täckt av något lager: {covered} av {area} km² ({share}).</translation>
    </message>
    <message>
        <source> No target set: set one above (or Suggest) for a pass / fail per municipality.</source>
        <translation> Inget mål angivet: ange ett ovan (eller Föreslå) för ett resultat per kommun.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>; hot spots {targets}</source>
        <translation>; koncentrationer {targets}</translation>
    </message>
    <message>
        <source>{covered} Municipalities below target ({asked}): {n} of {judged}{listed}</source>
        <translation>{covered} Kommuner under målet ({asked}): {n} av {judged}{listed}</translation>
    </message>
    <message>
        <source>a line links the hot spots it passes within its radius of; a station layer (points) links the hot spots that each have one of its stations within its radius</source>
        <translation>en linje förbinder de koncentrationer den passerar inom sin radie; ett stationslager (punkter) förbinder de koncentrationer som var och en har en av dess stationer inom radien</translation>
    </message>
    <message>
        <source>, {n} people</source>
        <translation>, {n} invånare</translation>
    </message>
    <message>
        <source>, people not known (no population data here)</source>
        <translation>, invånare okända (inga befolkningsdata här)</translation>
    </message>
    <message>
        <source>{municipality}: {area} km²{people}, {distance}</source>
        <translation>{municipality}: {area} km²{people}, {distance}</translation>
    </message>
    <message>
        <source>no service reached</source>
        <translation>ingen service nås</translation>
    </message>
    <message>
        <source>{minutes} min to service</source>
        <translation>{minutes} min till service</translation>
    </message>
    <message>
        <source>{distance} m to service</source>
        <translation>{distance} m till service</translation>
    </message>
    <message>
        <source>Hot-spot links: need a transport layer with lines (routes) or stations (points).</source>
        <translation>Förbindelser mellan koncentrationer: kräver ett trafiklager med linjer (rutter) eller stationer (punkter).</translation>
    </message>
    <message>
        <source>Hot-spot links: {links} links between {linked} hot spots ({rule}). </source>
        <translation>Förbindelser mellan koncentrationer: {links} förbindelser mellan {linked} koncentrationer ({rule}). </translation>
    </message>
    <message>
        <source>No isolated hot spots.</source>
        <translation>Inga isolerade koncentrationer.</translation>
    </message>
    <message>
        <source>Isolated ({n}): {names}</source>
        <translation>Isolerade ({n}): {names}</translation>
    </message>
    <message>
        <source>by area</source>
        <translation>efter areal</translation>
    </message>
    <message>
        <source>people: approximate (GeoNames settlement points)</source>
        <translation>invånare: ungefärligt (GeoNames bosättningspunkter)</translation>
    </message>
    <message>
        <source>people: {source}</source>
        <translation>invånare: {source}</translation>
    </message>
    <message>
        <source>By area (no population source chosen)</source>
        <translation>Efter areal (ingen befolkningskälla vald)</translation>
    </message>
    <message>
        <source>population layer {layer!r} is not loaded; counted by area</source>
        <translation>befolkningslagret {layer!r} är inte inläst; räknat efter areal</translation>
    </message>
    <message>
        <source>population layer {layer!r} has no numeric field {field!r}; counted by area</source>
        <translation>befolkningslagret {layer!r} har inget numeriskt fält {field!r}; räknat efter areal</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>inget mål angivet</translation>
    </message>
    <message>
        <source>hot spots not judged (no hot-spot target)</source>
        <translation>koncentrationer bedöms inte (inget mål för koncentrationer)</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>ingen areal</translation>
    </message>
    <message>
        <source>no layers of {sectors}</source>
        <translation>inga lager: {sectors}</translation>
    </message>
    <message>
        <source>not judged (the targets are for the {zone} zones)</source>
        <translation>bedöms inte (målen gäller zonerna {zone})</translation>
    </message>
    <message>
        <source>in-between</source>
        <translation>mellanområde</translation>
    </message>
    <message>
        <source>hot spot</source>
        <translation>koncentration</translation>
    </message>
    <message>
        <source>{sector} {share} (target {target})</source>
        <translation>{sector} {share} (mål {target})</translation>
    </message>
    <message>
        <source>{sector} {share} of people {sign} {target}</source>
        <translation>{sector} {share} av invånarna {sign} {target}</translation>
    </message>
    <message>
        <source>{sector} {share} of area {sign} {target}</source>
        <translation>{sector} {share} av arealen {sign} {target}</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>alla lager</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source> (other {sector} layers at their radii: {layers})</source>
        <translation> (övriga lager, {sector}, vid sina radier: {layers})</translation>
    </message>
    <message>
        <source> (other layers at their radii: {layers})</source>
        <translation> (övriga lager vid sina radier: {layers})</translation>
    </message>
    <message>
        <source> ({sector} layers: only this one)</source>
        <translation> (lager, {sector}: endast detta)</translation>
    </message>
    <message>
        <source>{where}: share covered vs radius of {layer}{others}</source>
        <translation>{where}: täckt andel efter radien för {layer}{others}</translation>
    </message>
    <message>
        <source>the population layer has no field {wanted!r} (fields: {names}); population is not computed</source>
        <translation>befolkningslagret har inget fält {wanted!r} (fält: {names}); befolkningen beräknas inte</translation>
    </message>
    <message>
        <source>zones sampled on stratified grids of {spacing} spacing ({samples} samples); a cell one circle cuts is measured exactly, other cut cells from 16 sub-samples each, with exact distances; sliders count whole cells</source>
        <translation>zonerna samplade på stratifierade rutnät med avståndet {spacing} ({samples} sampel); en ruta som en cirkel skär mäts exakt, andra skurna rutor utifrån 16 delsampel var med exakta avstånd; reglagen räknar hela rutor</translation>
    </message>
    <message>
        <source>no usable service layer: {why}</source>
        <translation>inget användbart servicelager: {why}</translation>
    </message>
    <message>
        <source>give at least one --layer</source>
        <translation>ange minst ett --layer</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>förberett</translation>
    </message>
    <message>
        <source>selected layer(s) not available: {names}</source>
        <translation>valda lager är inte tillgängliga: {names}</translation>
    </message>
    <message>
        <source>pass/fail map not available: {error}</source>
        <translation>kartan uppfylls / uppfylls inte är inte tillgänglig: {error}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>no shown transport or energy layer with features: load one, set its kind and tick it (hidden, so not counted: {names})</source>
        <translation>inget synligt trafik- eller energilager med objekt: läs in ett, ange dess typ och markera det (dolda, så inte räknade: {names})</translation>
    </message>
    <message>
        <source>no shown transport or energy layer with features: load one, set its kind and tick it</source>
        <translation>inget synligt trafik- eller energilager med objekt: läs in ett, ange dess typ och markera det</translation>
    </message>
    <message>
        <source>hidden layers are not counted: {names}</source>
        <translation>dolda lager räknas inte: {names}</translation>
    </message>
    <message>
        <source>{basis}. Method: {method}.</source>
        <translation>{basis}. Metod: {method}.</translation>
    </message>
    <message>
        <source> Schematic region: areas are approximate.</source>
        <translation> Schematisk region: arealerna är ungefärliga.</translation>
    </message>
    <message>
        <source> Warnings: {warnings}</source>
        <translation> Varningar: {warnings}</translation>
    </message>
    <message>
        <source>out of date: {why}</source>
        <translation>inaktuell: {why}</translation>
    </message>
    <message>
        <source>another population source was chosen</source>
        <translation>en annan befolkningskälla valdes</translation>
    </message>
    <message>
        <source>another zone set was chosen</source>
        <translation>en annan zonindelning valdes</translation>
    </message>
    <message>
        <source>the zones are hot spots / in-between again</source>
        <translation>zonerna är åter koncentrationer / mellanområden</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>fågelväg</translation>
    </message>
    <message>
        <source>along network: {layer} ({mode})</source>
        <translation>längs nätverket: {layer} ({mode})</translation>
    </message>
    <message>
        <source>{where}: has no way a {mode} trip may use; choose another mode or network</source>
        <translation>{where}: har ingen väg som en resa med färdsättet {mode} kan använda; välj ett annat färdsätt eller nät</translation>
    </message>
    <message>
        <source>Reach in minutes ({layers}): each way's length at the {mode} speed of its road class, the snap distance at {speed} km/h; their straight-line shares are of the circle those minutes cover at {speed} km/h ({per_minute} m a minute). </source>
        <translation>Nåbarhet i minuter ({layers}): varje vägs längd vid vägklassens hastighet (färdsätt: {mode}), anslutningsavståndet vid {speed} km/h; deras andelar fågelvägen gäller cirkeln som de minuterna täcker vid {speed} km/h ({per_minute} m i minuten). </translation>
    </message>
    <message>
        <source>the distance is now {choice}</source>
        <translation>avståndet är nu {choice}</translation>
    </message>
    <message>
        <source>the snap distance is now {snap} m</source>
        <translation>anslutningsavståndet är nu {snap} m</translation>
    </message>
    <message>
        <source>the reach is now in minutes</source>
        <translation>nåbarheten är nu i minuter</translation>
    </message>
    <message>
        <source>the reach is now in metres</source>
        <translation>nåbarheten är nu i meter</translation>
    </message>
    <message>
        <source>the network layer {layer!r} is not loaded: load it again or choose another distance in the Distance row</source>
        <translation>nätverkslagret {layer!r} är inte inläst: läs in det igen eller välj ett annat avstånd på raden Avstånd</translation>
    </message>
    <message>
        <source>network layer {layer!r}: has no lines to route on; choose a road or path layer or a straight line</source>
        <translation>nätverkslagret {layer!r}: har inga linjer att ruttplanera på; välj ett väg- eller stiglager eller fågelväg</translation>
    </message>
    <message>
        <source>{where}: no service layer reaches the network within {snap:g} m: {why}</source>
        <translation>{where}: inget servicelager når nätet inom {snap:g} m: {why}</translation>
    </message>
    <message>
        <source>distances along the network {layer} ({mode}; {edges} edges; places more than {snap} m from a {mode} way are unreachable); a cell counts whole by its sample; straight-line shares beside them. </source>
        <translation>avstånd längs nätverket {layer} ({mode}; {edges} länkar; platser mer än {snap} m från en väg som färdsättet {mode} får använda kan inte nås); en ruta räknas hel efter sitt sampel; andelarna fågelvägen bredvid. </translation>
    </message>
    <message>
        <source>the region changed</source>
        <translation>regionen ändrades</translation>
    </message>
    <message>
        <source>the hot spots changed</source>
        <translation>koncentrationerna ändrades</translation>
    </message>
    <message>
        <source>the hot spot settings changed</source>
        <translation>inställningarna för koncentrationerna ändrades</translation>
    </message>
    <message>
        <source>the network layer {layer} was removed</source>
        <translation>nätverkslagret {layer} togs bort</translation>
    </message>
    <message>
        <source>the features of the network layer {layer} changed</source>
        <translation>objekten i nätverkslagret {layer} ändrades</translation>
    </message>
    <message>
        <source>the zone set's layer {layer} was removed</source>
        <translation>zonindelningens lager {layer} togs bort</translation>
    </message>
    <message>
        <source>the features of the zone set's layer {layer} changed</source>
        <translation>objekten i zonindelningens lager {layer} ändrades</translation>
    </message>
    <message>
        <source>layer {layer} was added</source>
        <translation>lagret {layer} lades till</translation>
    </message>
    <message>
        <source>layer {layer} was removed</source>
        <translation>lagret {layer} togs bort</translation>
    </message>
    <message>
        <source>layer {layer} was shown</source>
        <translation>lagret {layer} visades</translation>
    </message>
    <message>
        <source>layer {layer} was hidden</source>
        <translation>lagret {layer} doldes</translation>
    </message>
    <message>
        <source>the kind of layer {layer} changed</source>
        <translation>typen av lagret {layer} ändrades</translation>
    </message>
    <message>
        <source>the features of layer {layer} changed</source>
        <translation>objekten i lagret {layer} ändrades</translation>
    </message>
    <message>
        <source>the radius of layer {layer} (not in the check) changed</source>
        <translation>radien för lagret {layer} ändrades (lagret ingår inte i kontrollen)</translation>
    </message>
    <message>
        <source>the service threshold of layer {layer} changed</source>
        <translation>servicenivågränsen för lagret {layer} ändrades</translation>
    </message>
    <message>
        <source>core</source>
        <translation>centrumzon</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>mellanzon</translation>
    </message>
    <message>
        <source>car zone</source>
        <translation>bilzon</translation>
    </message>
    <message>
        <source>urban core</source>
        <translation>stadsområde</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>landsbygd</translation>
    </message>
    <message>
        <source>own mapping</source>
        <translation>egen koppling</translation>
    </message>
    <message>
        <source>{file}: {field} ({how}: {classes}; judged: {target})</source>
        <translation>{file}: {field} ({how}: {classes}; bedöms: {target})</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: give value=class pairs separated by commas (e.g. keskusta=core,autovyöhyke=car zone) or a preset: {names}</source>
        <translation>zonkoppling {text!r}: ange par värde=klass åtskilda med kommatecken (t.ex. keskusta=core,autovyöhyke=car zone) eller en färdig koppling: {names}</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: {value!r} is not value=class; give pairs such as autovyöhyke=car zone</source>
        <translation>zonkoppling {text!r}: {value!r} är inte värde=klass; ange par som autovyöhyke=car zone</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: {cls!r} cannot be a class name (it is the totals' row)</source>
        <translation>zonkoppling {text!r}: {cls!r} kan inte vara ett klassnamn (det är summaraden)</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: value {value!r} is mapped twice ({earlier!r}, {cls!r})</source>
        <translation>zonkoppling {text!r}: värdet {value!r} är kopplat två gånger ({earlier!r}, {cls!r})</translation>
    </message>
    <message>
        <source>--zones {where}: has no field {field!r} (fields: {fields}); name the zone field after the file, FILE:FIELD=MAPPING</source>
        <translation>--zones {where}: har inget fält {field!r} (fält: {fields}); ange zonfältet efter filen, FIL:FÄLT=KOPPLING</translation>
    </message>
    <message>
        <source>--zones {where}: has no polygons; a zone set is a polygon layer</source>
        <translation>--zones {where}: har inga polygoner; en zonindelning är ett polygonlager</translation>
    </message>
    <message>
        <source>--zones {where}:{field}: no value of the field is in the mapping (values: {present}); map them as value=class</source>
        <translation>--zones {where}:{field}: inget av fältets värden finns i kopplingen (värden: {present}); koppla dem som värde=klass</translation>
    </message>
    <message>
        <source>zone set {where}:{field}: {count} polygon(s) with a value the mapping does not name are left out ({area} km2): {values}</source>
        <translation>zonindelning {where}:{field}: polygoner {count} med ett värde som kopplingen inte nämner utelämnas ({area} km2): {values}</translation>
    </message>
    <message>
        <source>zone set {where}:{field}: the mapping names value(s) the field does not have: {values}</source>
        <translation>zonindelning {where}:{field}: kopplingen nämner värden som fältet inte har: {values}</translation>
    </message>
    <message>
        <source>zone set {where}: polygons of different classes overlap ({area} km2); each overlap is counted once, for the class named first</source>
        <translation>zonindelning {where}: polygoner i olika klasser överlappar ({area} km2); varje överlappning räknas en gång, för den klass som nämns först</translation>
    </message>
    <message>
        <source>the zone set {source} does not reach {count} municipality(ies), whose rows have no area: {names}</source>
        <translation>zonindelningen {source} når inte kommuner ({count}), vars rader saknar areal: {names}</translation>
    </message>
    <message>
        <source>{area} km2 of the region lie in no class of the zone set {source} and are not counted</source>
        <translation>{area} km2 av regionen ligger inte i någon klass i zonindelningen {source} och räknas inte</translation>
    </message>
    <message>
        <source>the zone set has no class {target!r} (classes: {names}); targets judge nothing</source>
        <translation>zonindelningen har ingen klass {target!r} (klasser: {names}); målen bedömer ingenting</translation>
    </message>
    <message>
        <source>the zone set's layer {source!r} is not loaded: load it again or choose another zone set in the Zones row</source>
        <translation>zonindelningens lager {source!r} är inte inläst: läs in det igen eller välj en annan zonindelning på raden Zoner</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>gång</translation>
    </message>
    <message>
        <source>bike</source>
        <translation>cykel</translation>
    </message>
    <message>
        <source>car</source>
        <translation>bil</translation>
    </message>
    <message>
        <source>the layer has no point, line or polygon features</source>
        <translation>lagret har inga punkt-, linje- eller polygonobjekt</translation>
    </message>
    <message>
        <source>{count} population cell(s) lie entirely off the land outline; their people are spread over the whole cell</source>
        <translation>befolkningsrutor {count} ligger helt utanför landkonturen; deras invånare fördelas över hela rutan</translation>
    </message>
    <message>
        <source>population field {field!r}: {count} feature(s) without a count (unknown, e.g. small counts the publisher hides, or negative) counted as 0 people: the people figures are a lower bound</source>
        <translation>befolkningsfält {field!r}: objekt utan antal {count} (okänt, t.ex. små antal som utgivaren döljer, eller negativt) räknade som 0 invånare: invånarsiffrorna är en nedre gräns</translation>
    </message>
    <message>
        <source>{outside} population point(s) lie outside every zone and are not counted</source>
        <translation>befolkningspunkter {outside} ligger utanför alla zoner och räknas inte</translation>
    </message>
    <message>
        <source>the population layer has neither points nor polygons; population is not computed</source>
        <translation>befolkningslagret har varken punkter eller polygoner; befolkningen beräknas inte</translation>
    </message>
    <message>
        <source>all zones are empty; check the region and the hot spots</source>
        <translation>alla zoner är tomma; kontrollera regionen och koncentrationerna</translation>
    </message>
    <message>
        <source>{count} municipality polygon(s) were invalid and have been repaired ({names})</source>
        <translation>ogiltiga kommunpolygoner {count} har reparerats ({names})</translation>
    </message>
    <message>
        <source>municipalities overlap in {count} place(s), {total} km2 in all ({names}); each overlap is counted once, for the first municipality</source>
        <translation>kommuner överlappar på {count} ställen, totalt {total} km2 ({names}); varje överlappning räknas en gång, för den första kommunen</translation>
    </message>
    <message>
        <source>the region has no municipalities; give a polygon file with --region</source>
        <translation>regionen har inga kommuner; ange en polygonfil med --region</translation>
    </message>
    <message>
        <source>the municipalities need a 'name' field</source>
        <translation>kommunerna behöver ett fält 'name'</translation>
    </message>
    <message>
        <source>{count} municipality(ies) lie entirely outside the land outline and are left out: {names}</source>
        <translation>kommuner {count} ligger helt utanför landkonturen och utelämnas: {names}</translation>
    </message>
    <message>
        <source>no municipality overlaps the land outline; check that --land covers the region</source>
        <translation>ingen kommun överlappar landkonturen; kontrollera att --land täcker regionen</translation>
    </message>
    <message>
        <source>hot spots reach {area} km2 outside the region ({count} lie entirely outside); only the parts inside the region are counted</source>
        <translation>koncentrationer sträcker sig {area} km2 utanför regionen (helt utanför {count}); bara delarna inom regionen räknas</translation>
    </message>
    <message>
        <source>hot spots reach {area} km2 outside the region; only the parts inside the region are counted</source>
        <translation>koncentrationer sträcker sig {area} km2 utanför regionen; bara delarna inom regionen räknas</translation>
    </message>
    <message>
        <source>layer {name!r}: unknown sector {sector!r}, counted as transport</source>
        <translation>lager {name!r}: okänd sektor {sector!r}, räknas som trafik</translation>
    </message>
    <message>
        <source>layer {name!r} has no features; it is left out</source>
        <translation>lagret {name!r} har inga objekt; det lämnas bort</translation>
    </message>
    <message>
        <source>layer {name!r}: none of its {count} features is within {radius} m of the region; it covers nothing there</source>
        <translation>lager {name!r}: inget av dess {count} objekt ligger inom {radius} m från regionen; det täcker ingenting där</translation>
    </message>
    <message>
        <source>layer {name!r} has no features inside the region (only near it)</source>
        <translation>lagret {name!r} har inga objekt inom regionen (bara nära den)</translation>
    </message>
    <message>
        <source>layer {name!r}: the radius must be more than 0 m, not {radius}; the layer is left out</source>
        <translation>lager {name!r}: radien måste vara över 0 m, inte {radius}; lagret lämnas bort</translation>
    </message>
    <message>
        <source>layer {name!r}: a radius of {radius} m is more than 100 km; the layer is left out</source>
        <translation>lager {name!r}: en radie på {radius} m är över 100 km; lagret lämnas bort</translation>
    </message>
</context>
<context>
    <name>credits</name>
    <message>
        <source>Settlements: GeoNames (geonames.org), CC BY 4.0</source>
        <translation>Orter: GeoNames (geonames.org), CC BY 4.0</translation>
    </message>
    <message>
        <source>Land outline: Natural Earth, public domain</source>
        <translation>Landkontur: Natural Earth, public domain</translation>
    </message>
    <message>
        <source>Municipal codes, names and land areas: National Land Survey of Finland 2023, CC BY 4.0</source>
        <translation>Kommunnummer, namn och landarealer: Lantmäteriverket 2023, CC BY 4.0</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Coverage gaps</source>
        <translation>Luckor i täckningen</translation>
    </message>
    <message>
        <source>Coverage gaps (in-between areas out of reach)</source>
        <translation>Luckor i täckningen (mellanområden utom räckhåll)</translation>
    </message>
    <message>
        <source>Scale {scale}</source>
        <translation>Skala {scale}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Coverage check</source>
        <translation>Täckningskontroll</translation>
    </message>
    <message>
        <source>… {n} more rows in the table on page 2</source>
        <translation>… {n} rader till i tabellen på sidan 2</translation>
    </message>
    <message>
        <source>… {n} more rows in the CSV report</source>
        <translation>… {n} rader till i CSV-rapporten</translation>
    </message>
    <message>
        <source>Scale {scale} on paper</source>
        <translation>Skala {scale} på papper</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Källor: {sources}</translation>
    </message>
    <message>
        <source>{dest}: cannot export a page as {kind!r}; use .png, .pdf or .svg</source>
        <translation>{dest}: en sida kan inte exporteras som {kind!r}; använd .png, .pdf eller .svg</translation>
    </message>
    <message>
        <source>a file without extension</source>
        <translation>en fil utan filändelse</translation>
    </message>
    <message>
        <source>a pixel size (--size) is for PNG only; give a paper size and dpi for PDF and SVG</source>
        <translation>en pixelstorlek (--size) gäller bara PNG; ange pappersstorlek och dpi för PDF och SVG</translation>
    </message>
    <message>
        <source>Coverage by municipality and zone</source>
        <translation>Täckning per kommun och zon</translation>
    </message>
    <message>
        <source>Coverage by municipality and zone (continued)</source>
        <translation>Täckning per kommun och zon (fortsättning)</translation>
    </message>
    <message>
        <source>Sources and methods</source>
        <translation>Källor och metoder</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Sida {page} av {total}</translation>
    </message>
    <message>
        <source>the offline HTML export needs the package xstatic-leaflet; reinstall regionmap (make run) or export with web assets</source>
        <translation>HTML-exporten för offlinebruk behöver paketet xstatic-leaflet; installera om regionmap (make run) eller exportera med webbresurser</translation>
    </message>
    <message>
        <source>Coverage: {summary}</source>
        <translation>Täckning: {summary}</translation>
    </message>
    <message>
        <source>{crs} data, shown in Web Mercator</source>
        <translation>data i {crs}, visade i Web Mercator</translation>
    </message>
    <message>
        <source>Coverage gap: {area} km²</source>
        <translation>Lucka i täckningen: {area} km²</translation>
    </message>
    <message>
        <source>Coverage gap</source>
        <translation>Lucka i täckningen</translation>
    </message>
    <message>
        <source>Municipality names</source>
        <translation>Kommunnamn</translation>
    </message>
    <message>
        <source>service radius {radius}</source>
        <translation>serviceradie {radius}</translation>
    </message>
    <message>
        <source>{radius}, ≥ {level} departures/h</source>
        <translation>{radius}, ≥ {level} avgångar/h</translation>
    </message>
    <message>
        <source>{layer}: {file} (licence not stated)</source>
        <translation>{layer}: {file} (licens inte angiven)</translation>
    </message>
    <message>
        <source>Helsinki-Uusimaa</source>
        <translation>Helsingfors-Nyland</translation>
    </message>
    <message>
        <source>Date {date}</source>
        <translation>Datum {date}</translation>
    </message>
    <message>
        <source>Coordinate system {crs}</source>
        <translation>Koordinatsystem {crs}</translation>
    </message>
    <message>
        <source>{share} of area</source>
        <translation>{share} av arealen</translation>
    </message>
    <message>
        <source>{area}, {share} of people</source>
        <translation>{area}, {share} av invånarna</translation>
    </message>
    <message>
        <source>{zone}: {sector}</source>
        <translation>{zone}: {sector}</translation>
    </message>
    <message>
        <source>{shares} (straight line: {straight})</source>
        <translation>{shares} (fågelvägen: {straight})</translation>
    </message>
    <message>
        <source>{zone} covered</source>
        <translation>{zone}, täckt</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Målet uppfylls</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>{zone} zones</source>
        <translation>Zoner: {zone}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Täckt</translation>
    </message>
    <message>
        <source>{zone} {share} covered</source>
        <translation>{zone}: täckt {share}</translation>
    </message>
    <message>
        <source>{n} of {total} municipalities meet the target</source>
        <translation>målet uppfylls i {n} av {total} kommuner</translation>
    </message>
    <message>
        <source>PASS: </source>
        <translation>UPPFYLLS: </translation>
    </message>
    <message>
        <source>FAIL: </source>
        <translation>UPPFYLLS INTE: </translation>
    </message>
    <message>
        <source>OUT OF DATE ({why}; compute again): </source>
        <translation>INAKTUELL ({why}; beräkna på nytt): </translation>
    </message>
    <message>
        <source>by area</source>
        <translation>efter areal</translation>
    </message>
    <message>
        <source>{basis}; shares are of people where the data reach a zone, else of area</source>
        <translation>{basis}; andelarna gäller invånare där data når zonen, annars arealen</translation>
    </message>
    <message>
        <source>population source: {source}</source>
        <translation>befolkningskälla: {source}</translation>
    </message>
    <message>
        <source>zones: {zones}</source>
        <translation>zoner: {zones}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>there is no coverage result to export; run the coverage check first</source>
        <translation>det finns inget täckningsresultat att exportera; kör täckningskontrollen först</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Areal km²</translation>
    </message>
    <message>
        <source>Covered km²</source>
        <translation>Täckt km²</translation>
    </message>
    <message>
        <source>{sector}, straight line</source>
        <translation>{sector}, fågelvägen</translation>
    </message>
    <message>
        <source>{sector} (area)</source>
        <translation>{sector} (areal)</translation>
    </message>
    <message>
        <source>{sector} (people)</source>
        <translation>{sector} (invånare)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfylls</translation>
    </message>
    <message>
        <source>Target ({sector})</source>
        <translation>Mål ({sector})</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Datakällor och licenser</translation>
    </message>
    <message>
        <source>Region and municipalities: {credit}</source>
        <translation>Region och kommuner: {credit}</translation>
    </message>
    <message>
        <source>credit not stated</source>
        <translation>källa inte angiven</translation>
    </message>
    <message>
        <source>Population and zones</source>
        <translation>Befolkning och zoner</translation>
    </message>
    <message>
        <source>Population: {source}</source>
        <translation>Befolkning: {source}</translation>
    </message>
    <message>
        <source>not counted; shares are of area</source>
        <translation>inte räknad; andelarna gäller arealen</translation>
    </message>
    <message>
        <source>Zone set: {zones}</source>
        <translation>Zonindelning: {zones}</translation>
    </message>
    <message>
        <source>Targets judge: {zone}</source>
        <translation>Målen bedömer: {zone}</translation>
    </message>
    <message>
        <source>{layer}: within {minutes} min along the network</source>
        <translation>{layer}: inom {minutes} min längs nätet</translation>
    </message>
    <message>
        <source>{layer}: within {radius} m</source>
        <translation>{layer}: inom {radius} m</translation>
    </message>
    <message>
        <source>, stops with at least {level} departures per hour</source>
        <translation>, hållplatser med minst {level} avgångar per timme</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>Metod: {method}</translation>
    </message>
    <message>
        <source>Services and method</source>
        <translation>Tjänster och metod</translation>
    </message>
    <message>
        <source>No service layers were part of the check.</source>
        <translation>Inga servicelager ingick i kontrollen.</translation>
    </message>
    <message>
        <source>What is approximate</source>
        <translation>Vad som är ungefärligt</translation>
    </message>
    <message>
        <source>Nothing was marked approximate.</source>
        <translation>Inget markerades som ungefärligt.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>inbyggd</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>härledd</translation>
    </message>
    <message>
        <source>made in regionmap</source>
        <translation>gjord i regionmap</translation>
    </message>
    <message>
        <source>computed from the layers above (no licence of its own)</source>
        <translation>beräknad från lagren ovan (ingen egen licens)</translation>
    </message>
    <message>
        <source>licence not stated</source>
        <translation>licens inte angiven</translation>
    </message>
    <message>
        <source>{p}: is a folder; give a file name</source>
        <translation>{p}: är en mapp; ange ett filnamn</translation>
    </message>
    <message>
        <source>{parent}: the folder does not exist; create it or choose another folder</source>
        <translation>{parent}: mappen finns inte; skapa den eller välj en annan mapp</translation>
    </message>
    <message>
        <source>{p}: no permission to write in {parent}; choose a folder you can write to</source>
        <translation>{p}: ingen skrivbehörighet i {parent}; välj en mapp som du kan skriva i</translation>
    </message>
    <message>
        <source>{dest}: nothing was written (the export produced an empty file); please report it</source>
        <translation>{dest}: ingenting skrevs (exporten gav en tom fil); rapportera felet</translation>
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
    <name>io</name>
    <message>
        <source>{path}: the file is empty; export the table again</source>
        <translation>{path}: filen är tom; exportera tabellen igen</translation>
    </message>
    <message>
        <source>{path}: is binary, not a CSV text table; give a {what} file</source>
        <translation>{path}: är binär, inte en CSV-texttabell; ange en {what}-fil</translation>
    </message>
    <message>
        <source>{path}: has no header row; give a CSV table with column names</source>
        <translation>{path}: rubrikraden saknas; ange en CSV-tabell med kolumnnamn</translation>
    </message>
    <message>
        <source>{path}: no coordinate columns found (columns: {value}); name them lon/lat, x/y or E/N, or add a WKT column, or choose them in the load dialog</source>
        <translation>{path}: inga koordinatkolumner hittades (kolumner: {value}); döp dem till lon/lat, x/y eller E/N, lägg till en WKT-kolumn eller välj dem i inläsningsdialogen</translation>
    </message>
    <message>
        <source>{path}: has no column {column!r}; columns are: {columns}</source>
        <translation>{path}: har ingen kolumn {column!r}; kolumnerna är: {columns}</translation>
    </message>
    <message>
        <source>the memory it would need (estimated)</source>
        <translation>minnet den skulle behöva (uppskattat)</translation>
    </message>
    <message>
        <source>its rows (counted so far)</source>
        <translation>dess rader (räknade hittills)</translation>
    </message>
    <message>
        <source>reading table</source>
        <translation>läser tabellen</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a CSV table ({value}); check the delimiter and quoting</source>
        <translation>{path}: kan inte läsas som CSV-tabell ({value}); kontrollera avgränsaren och citattecknen</translation>
    </message>
    <message>
        <source>CSV (geometry as WKT)</source>
        <translation>CSV (geometri som WKT)</translation>
    </message>
    <message>
        <source>CSV (points as X/Y columns)</source>
        <translation>CSV (punkter som X/Y-kolumner)</translation>
    </message>
    <message>
        <source>{path}: is not a readable zip file ({exc}); give a zipped Shapefile</source>
        <translation>{path}: är ingen läsbar zip-fil ({exc}); ange en zippad Shapefile</translation>
    </message>
    <message>
        <source>the zip's unpacked size</source>
        <translation>zip-filens uppackade storlek</translation>
    </message>
    <message>
        <source>{path}: the zip holds no shapefile (.shp) (it holds: {inside}); zip the .shp, .shx, .dbf and .prj files together, or unzip and open the data file itself</source>
        <translation>{path}: zip-filen innehåller ingen shapefil (.shp) (den innehåller: {inside}); zippa .shp-, .shx-, .dbf- och .prj-filerna tillsammans, eller packa upp och öppna själva datafilen</translation>
    </message>
    <message>
        <source>{path}: has no shapefile named {layer!r}; it holds: {names}</source>
        <translation>{path}: har ingen shapefil med namnet {layer!r}; den innehåller: {names}</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as geodata ({error}); give a {formats} file</source>
        <translation>{path}: kan inte öppnas som geodata ({error}); ange en {formats}-fil</translation>
    </message>
    <message>
        <source>its features</source>
        <translation>dess objekt</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as geodata ({short_error}); give a {formats} file</source>
        <translation>{path}: kan inte öppnas som geodata ({short_error}); ange en {formats}-fil</translation>
    </message>
    <message>
        <source>{path}: has no layer {layer!r}; its layers are: {value}</source>
        <translation>{path}: har inget lager {layer!r}; dess lager är: {value}</translation>
    </message>
    <message>
        <source>{path}: holds no layers; give a file with geodata</source>
        <translation>{path}: innehåller inga lager; ange en fil med geodata</translation>
    </message>
    <message>
        <source>the file has {n} layers ({names}); read the first, {first!r}: choose another with --layer NAME or in the load dialog</source>
        <translation>filen har {n} lager ({names}); läste det första, {first!r}: välj ett annat med --layer NAME eller i inläsningsdialogen</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes); export the data again</source>
        <translation>{path}: filen är tom (0 byte); exportera data igen</translation>
    </message>
    <message>
        <source>{path}: is not JSON text (it starts with {head!r}); give a GeoJSON file</source>
        <translation>{path}: är inte JSON-text (den börjar med {head!r}); ange en GeoJSON-fil</translation>
    </message>
    <message>
        <source>checking text</source>
        <translation>kontrollerar texten</translation>
    </message>
    <message>
        <source>{path}: holds only white space; export the data again</source>
        <translation>{path}: innehåller bara blanktecken; exportera data igen</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text ({where}); it was read as Windows-1252 (Latin-1) text, as desktop GIS does. Check that names with ä, ö and å look right, and re-save the file as UTF-8 to avoid this warning</source>
        <translation>{file} är inte UTF-8-text ({where}); den lästes som Windows-1252-text (Latin-1), som GIS-program gör. Kontrollera att namn med ä, ö och å ser rätt ut, och spara filen som UTF-8 för att undvika den här varningen</translation>
    </message>
    <message>
        <source>{path}: is Windows-1252 text, not UTF-8, and its UTF-8 copy could not be written to the temporary folder ({value}); free disk space or re-save the file as UTF-8</source>
        <translation>{path}: är Windows-1252-text, inte UTF-8, och dess UTF-8-kopia kunde inte skrivas till den tillfälliga mappen ({value}); frigör diskutrymme eller spara om filen som UTF-8</translation>
    </message>
    <message>
        <source>file size, or a zip's unpacked size</source>
        <translation>filstorlek eller en zip-fils uppackade storlek</translation>
    </message>
    <message>
        <source>features</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>vertices in one geometry</source>
        <translation>brytpunkter i en geometri</translation>
    </message>
    <message>
        <source>vertices of an invalid geometry to repair</source>
        <translation>brytpunkter i en ogiltig geometri som ska repareras</translation>
    </message>
    <message>
        <source>estimated memory of the loaded layer</source>
        <translation>det inlästa lagrets uppskattade minne</translation>
    </message>
    <message>
        <source>disk space of the prepared zones' cache</source>
        <translation>diskutrymme för cachen med förberedda zoner</translation>
    </message>
    <message>
        <source>{path}: {what_here}: {value}, over regionmap's limit of {limit} ({what}); {instead}, or raise the limit deliberately if the computer has the memory, e.g. {env}={suggest}</source>
        <translation>{path}: {what_here}: {value}, över regionmaps gräns på {limit} ({what}); {instead}, eller höj gränsen medvetet om datorn har minne, t.ex. {env}={suggest}</translation>
    </message>
    <message>
        <source>load a smaller extract</source>
        <translation>läs in ett mindre utdrag</translation>
    </message>
    <message>
        <source>environment variable {env}={text!r} is not a number; give a number ({unit}), or 0 for no limit</source>
        <translation>miljövariabeln {env}={text!r} är inget tal; ange ett tal ({unit}), eller 0 för ingen gräns</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>megabyte</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>ett antal</translation>
    </message>
    <message>
        <source>environment variable {env}={text!r} must be a positive number, or 0 for no limit</source>
        <translation>miljövariabeln {env}={text!r} måste vara ett positivt tal, eller 0 för ingen gräns</translation>
    </message>
    <message>
        <source>0 (no limit)</source>
        <translation>0 (ingen gräns)</translation>
    </message>
    <message>
        <source>{what} in MB</source>
        <translation>{what} i MB</translation>
    </message>
    <message>
        <source>{path}: too big to load into the available memory; use a smaller extract of the data, or close other programs</source>
        <translation>{path}: för stor för det tillgängliga minnet; använd ett mindre utdrag av data eller stäng andra program</translation>
    </message>
    <message>
        <source>{path}: objects or arrays are nested too deeply to read; simplify the file</source>
        <translation>{path}: objekt eller fält är för djupt nästlade för att läsas; förenkla filen</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {short_error}; check that it is a valid {formats} file</source>
        <translation>{path}: kan inte läsas: {short_error}; kontrollera att det är en giltig {formats}-fil</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>läser {file}</translation>
    </message>
    <message>
        <source>coordinates read from the table's columns; the CRS comes from their value ranges</source>
        <translation>koordinaterna lästes från tabellens kolumner; koordinatsystemet kommer från deras värdeintervall</translation>
    </message>
    <message>
        <source>coordinates read from the columns of sheet {sheet!r}; the CRS comes from their value ranges</source>
        <translation>koordinaterna lästes från kolumnerna i bladet {sheet!r}; koordinatsystemet kommer från deras värdeintervall</translation>
    </message>
    <message>
        <source>its highway lines</source>
        <translation>dess väglinjer (highway)</translation>
    </message>
    <message>
        <source>the extract's highway lines (roads, streets and paths) only, with their OSM tags; railways, power lines and outlines are left out</source>
        <translation>bara utdragets väglinjer (vägar, gator och stigar), med deras OSM-taggar; järnvägar, kraftledningar och konturer utelämnades</translation>
    </message>
    <message>
        <source>reading GeoParquet</source>
        <translation>läser GeoParquet</translation>
    </message>
    <message>
        <source>the memory it would need</source>
        <translation>minnet den skulle behöva</translation>
    </message>
    <message>
        <source>{path}: is a Parquet table without GeoParquet geometry metadata; write it with GeoPandas/GDAL as GeoParquet, or export it as CSV with coordinate columns</source>
        <translation>{path}: är en Parquet-tabell utan GeoParquet-geometrimetadata; skriv den med GeoPandas/GDAL som GeoParquet, eller exportera den som CSV med koordinatkolumner</translation>
    </message>
    <message>
        <source>{path}: the file disappeared while it was being read; check that it is not being moved or deleted, then load it again</source>
        <translation>{path}: filen försvann medan den lästes; kontrollera att den inte flyttas eller raderas och läs sedan in den igen</translation>
    </message>
    <message>
        <source>{path}: is not geodata that regionmap can read; give a {formats} file</source>
        <translation>{path}: är inte geodata som regionmap kan läsa; ange en {formats}-fil</translation>
    </message>
    <message>
        <source>{path}: {short_error}</source>
        <translation>{path}: {short_error}</translation>
    </message>
    <message>
        <source>{path}: is a link to a file that does not exist; check the link</source>
        <translation>{path}: är en länk till en fil som inte finns; kontrollera länken</translation>
    </message>
    <message>
        <source>{path}: no such file; check the path</source>
        <translation>{path}: filen finns inte; kontrollera sökvägen</translation>
    </message>
    <message>
        <source>{path}: permission denied; check that you may read the file and its folder</source>
        <translation>{path}: åtkomst nekad; kontrollera att du får läsa filen och dess mapp</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({value}); check the path</source>
        <translation>{path}: kan inte öppnas ({value}); kontrollera sökvägen</translation>
    </message>
    <message>
        <source>{path}: is a special system file, not data; choose a data file</source>
        <translation>{path}: är en särskild systemfil, inte data; välj en datafil</translation>
    </message>
    <message>
        <source>the file's size</source>
        <translation>filens storlek</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file; choose the data file inside it</source>
        <translation>{path}: är en mapp, inte en fil; välj datafilen i den</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a data file; save the data to a file and open that</source>
        <translation>{path}: är {kind}, inte en datafil; spara data till en fil och öppna den</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({value}); check that it is a data file</source>
        <translation>{path}: kan inte läsas ({value}); kontrollera att det är en datafil</translation>
    </message>
    <message>
        <source>{path}: has no geometry column (it is a plain table); for a CSV with coordinates name the columns lon/lat or x/y, or give a geodata file</source>
        <translation>{path}: har ingen geometrikolumn (det är en vanlig tabell); för en CSV med koordinater, döp kolumnerna till lon/lat eller x/y, eller ange en geodatafil</translation>
    </message>
    <message>
        <source>read {n} features</source>
        <translation>läste {n} objekt</translation>
    </message>
    <message>
        <source>its features (counted so far)</source>
        <translation>dess objekt (räknade hittills)</translation>
    </message>
    <message>
        <source>feature {n}'s vertices</source>
        <translation>objekt {n}:s brytpunkter</translation>
    </message>
    <message>
        <source>the memory it needs (estimated, so far)</source>
        <translation>minnet den behöver (uppskattat, hittills)</translation>
    </message>
    <message>
        <source>the boundaries</source>
        <translation>kommungränserna</translation>
    </message>
    <message>
        <source>{source}: has no polygons; municipal boundaries must be polygons</source>
        <translation>{source}: har inga polygoner; kommungränser måste vara polygoner</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kommunnummer</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>{source}: has no field {field!r} for the {what}; fields are: {fields}</source>
        <translation>{source}: har inget fält {field!r} ({what}); fälten är: {fields}</translation>
    </message>
    <message>
        <source>{source}: no municipality name field found; choose one (fields: {fields})</source>
        <translation>{source}: inget fält med kommunnamn hittades; välj ett (fält: {fields})</translation>
    </message>
    <message>
        <source>kept {kept} of {n} areas whose {field} is {values}</source>
        <translation>behöll {kept} av {n} områden där {field} är {values}</translation>
    </message>
    <message>
        <source>kept {kept} of {n} areas lying mostly inside the region</source>
        <translation>behöll {kept} av {n} områden som till största delen ligger inom regionen</translation>
    </message>
    <message>
        <source>{source}: no areas are left after filtering; check the filter (field and value) or that the file covers the region</source>
        <translation>{source}: inga områden finns kvar efter filtreringen; kontrollera filtret (fält och värde) eller att filen täcker regionen</translation>
    </message>
    <message>
        <source>the file has no code field; areas were numbered 001, 002, ...</source>
        <translation>filen har inget fält med kommunnummer; områdena numrerades 001, 002, ...</translation>
    </message>
    <message>
        <source>areas are clipped to the land outline, so area figures count land only (sea areas left out)</source>
        <translation>områdena är klippta till landkonturen, så arealerna räknar bara land (havsområden utelämnade)</translation>
    </message>
    <message>
        <source>filtering and clipping boundaries</source>
        <translation>filtrerar och klipper kommungränser</translation>
    </message>
    <message>
        <source>{n} areas</source>
        <translation>områden {n}</translation>
    </message>
    <message>
        <source>the file's metadata ({keys})</source>
        <translation>filens metadata ({keys})</translation>
    </message>
    <message>
        <source>the file's metadata document</source>
        <translation>filens metadatadokument</translation>
    </message>
    <message>
        <source>the layer's description</source>
        <translation>lagrets beskrivning</translation>
    </message>
    <message>
        <source>the metadata file {file}</source>
        <translation>metadatafilen {file}</translation>
    </message>
    <message>
        <source>the GeoJSON's {keys}</source>
        <translation>GeoJSON-filens {keys}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>connecting to {host}</source>
        <translation>ansluter till {host}</translation>
    </message>
    <message>
        <source>{host}: the download of {what} did not finish within {deadline} s (the server answers too slowly or stopped); try again later, or load them from a file</source>
        <translation>{host}: nedladdningen ({what}) blev inte klar inom {deadline} s (servern svarar för långsamt eller slutade svara); försök igen senare eller läs in data från en fil</translation>
    </message>
    <message>
        <source>downloaded {mb} MB</source>
        <translation>nedladdat {mb} MB</translation>
    </message>
    <message>
        <source>{host}: the answer is larger than {limit} MB; check the layer</source>
        <translation>{host}: svaret är större än {limit} MB; kontrollera lagret</translation>
    </message>
    <message>
        <source>{got} of {total} bytes</source>
        <translation>{got} av {total} byte</translation>
    </message>
    <message>
        <source>{got} bytes</source>
        <translation>{got} byte</translation>
    </message>
    <message>
        <source>{host}: the download of {what} was cut off before the end (got {got}); try again, or load them from a file</source>
        <translation>{host}: nedladdningen ({what}) avbröts före slutet (fick {got}); försök igen eller läs in data från en fil</translation>
    </message>
    <message>
        <source>{host}: the server answered HTTP {code} {reason}; check the address and layer name, or load them from a file</source>
        <translation>{host}: servern svarade HTTP {code} {reason}; kontrollera adressen och lagrets namn eller läs in data från en fil</translation>
    </message>
    <message>
        <source>{host}: the server's answer is not valid HTTP ({name}); try again, or load them from a file</source>
        <translation>{host}: serverns svar är inte giltig HTTP ({name}); försök igen eller läs in data från en fil</translation>
    </message>
    <message>
        <source>{host}: could not download {what} ({reason}); check the network connection, or load them from a file</source>
        <translation>{host}: kunde inte ladda ner ({what}: {reason}); kontrollera nätverksanslutningen eller läs in data från en fil</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>angivet i filen</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>identifierat</translation>
    </message>
    <message>
        <source>given</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>antaget</translation>
    </message>
    <message>
        <source>file: {path}</source>
        <translation>fil: {path}</translation>
    </message>
    <message>
        <source>format: {format}, layer {layer!r}</source>
        <translation>format: {format}, lager {layer!r}</translation>
    </message>
    <message>
        <source>format: {format}</source>
        <translation>format: {format}</translation>
    </message>
    <message>
        <source>features: {n}</source>
        <translation>objekt: {n}</translation>
    </message>
    <message>
        <source>geometry types: {types}</source>
        <translation>geometrityper: {types}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>CRS: {crs} ({how})</source>
        <translation>koordinatsystem: {crs} ({how})</translation>
    </message>
    <message>
        <source>bounding box (lon/lat): {box}</source>
        <translation>omslutande rektangel (lon/lat): {box}</translation>
    </message>
    <message>
        <source>repaired invalid geometries: {n}</source>
        <translation>reparerade ogiltiga geometrier: {n}</translation>
    </message>
    <message>
        <source>skipped null or empty geometries: {n}</source>
        <translation>överhoppade saknade eller tomma geometrier: {n}</translation>
    </message>
    <message>
        <source>{n} feature(s) with non-finite coordinates dropped (NaN or infinite x/y; not drawn or analysed)</source>
        <translation>objekt med icke-ändliga koordinater utelämnade: {n} (NaN eller oändligt x/y; ritas inte och analyseras inte)</translation>
    </message>
    <message>
        <source>skipped features with coordinates out of range: {n}</source>
        <translation>överhoppade objekt med koordinater utanför giltigt område: {n}</translation>
    </message>
    <message>
        <source>flattened 3D geometries: {n}</source>
        <translation>3D-geometrier plattade till 2D: {n}</translation>
    </message>
    <message>
        <source>source and licence: {credit} (from {where})</source>
        <translation>källa och licens: {credit} (från {where})</translation>
    </message>
    <message>
        <source>source and licence: not stated in the file</source>
        <translation>källa och licens: anges inte i filen</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>anmärkning: {note}</translation>
    </message>
    <message>
        <source>population grid</source>
        <translation>befolkningsrutnät</translation>
    </message>
    <message>
        <source>population cells</source>
        <translation>befolkningsrutor</translation>
    </message>
    <message>
        <source>no {size} population grid of {publisher} (no layer like {like})</source>
        <translation>inget befolkningsrutnät på {size} från {publisher} (inget lager som {like})</translation>
    </message>
    <message>
        <source>Statistics Finland</source>
        <translation>Statistikcentralen</translation>
    </message>
    <message>
        <source>Population grid {size} {year}: {publisher}, CC BY 4.0</source>
        <translation>Befolkningsrutnät {size} {year}: {publisher}, CC BY 4.0</translation>
    </message>
    <message>
        <source>Population {size} {year}</source>
        <translation>Befolkning {size} {year}</translation>
    </message>
    <message>
        <source> (it has also {codes})</source>
        <translation> (den har även {codes})</translation>
    </message>
    <message>
        <source>{publisher}'s {size} grid covers only {names}, and the region is not inside it{which}; load boundaries of those municipalities only, or use Statistics Finland's 1 km grid</source>
        <translation>{publisher}: rutnätet på {size} täcker bara {names}, och regionen ligger inte inom det{which}; läs in gränserna för endast de kommunerna eller använd Statistikcentralens rutnät på 1 km</translation>
    </message>
    <message>
        <source>{what} is not a usable population grid ({why}); nothing was cached; check the address, or load a population file with File &gt; Open</source>
        <translation>{what} är inte ett användbart befolkningsrutnät ({why}); inget sparades i cachen; kontrollera adressen eller läs in en befolkningsfil med Arkiv &gt; Öppna</translation>
    </message>
    <message>
        <source>no cells in the region</source>
        <translation>inga rutor i regionen</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>inga polygoner</translation>
    </message>
    <message>
        <source>no numeric population field {field!r}</source>
        <translation>inget numeriskt befolkningsfält {field!r}</translation>
    </message>
    <message>
        <source>not in EPSG:3067</source>
        <translation>inte i EPSG:3067</translation>
    </message>
    <message>
        <source>a typical cell is {typical} km², not {cell} km²: another grid, or another CRS</source>
        <translation>en typisk ruta är {typical} km², inte {cell} km²: ett annat rutnät eller ett annat koordinatsystem</translation>
    </message>
    <message>
        <source>no cell lies in the region: another area, or another CRS</source>
        <translation>ingen ruta ligger i regionen: ett annat område eller ett annat koordinatsystem</translation>
    </message>
    <message>
        <source>{n} cells of under {below} inhabitants: {publisher} publishes only their total, so their sexes and age groups are unknown (empty), not 0</source>
        <translation>rutor med under {below} invånare: {n}; {publisher} publicerar bara totalen för dem, så deras kön och åldersgrupper är okända (tomma), inte 0</translation>
    </message>
    <message>
        <source>{n} cells of under {below} inhabitants: {publisher} publishes only their total, so their age groups are unknown (empty), not 0</source>
        <translation>rutor med under {below} invånare: {n}; {publisher} publicerar bara totalen för dem, så deras åldersgrupper är okända (tomma), inte 0</translation>
    </message>
    <message>
        <source>checking geometries</source>
        <translation>kontrollerar geometrier</translation>
    </message>
    <message>
        <source>the file's CRS definition could not be understood; detected one instead</source>
        <translation>filens definition av koordinatsystemet kunde inte tolkas; ett identifierades i stället</translation>
    </message>
    <message>
        <source>transforming to EPSG:3067</source>
        <translation>transformerar till EPSG:3067</translation>
    </message>
    <message>
        <source>repairing geometries</source>
        <translation>reparerar geometrier</translation>
    </message>
    <message>
        <source>feature {n} is invalid (a ring crossing itself?) and its vertices</source>
        <translation>objekt {n} är ogiltigt (en ring som korsar sig själv?) och dess brytpunkter</translation>
    </message>
    <message>
        <source>repair it first in a GIS (QGIS: Vector &gt; Geometry tools &gt; Fix geometries)</source>
        <translation>reparera det först i ett GIS (QGIS: Vektor &gt; Geometriverktyg &gt; Reparera geometrier)</translation>
    </message>
    <message>
        <source>mixed geometry kept in one layer: {counts}</source>
        <translation>blandad geometri behölls i ett lager: {counts}</translation>
    </message>
    <message>
        <source>the file holds no features to draw (all were skipped, see the counts above)</source>
        <translation>filen har inga objekt att rita (alla hoppades över, se antalen ovan)</translation>
    </message>
    <message>
        <source>the file holds no features to draw</source>
        <translation>filen har inga objekt att rita</translation>
    </message>
    <message>
        <source>{n} feature(s) lie outside the valid range of {crs} and were left out</source>
        <translation>objekt som ligger utanför det giltiga området för {crs} utelämnades: {n}</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} punkter</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 linje</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} linjer</translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation>1 polygon</translation>
    </message>
    <message>
        <source>{n} polygons</source>
        <translation>{n} polygoner</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 annan</translation>
    </message>
    <message>
        <source>{n} others</source>
        <translation>{n} andra</translation>
    </message>
    <message>
        <source>{path}: {given!r} is not a CRS regionmap knows; give an EPSG code such as EPSG:3067</source>
        <translation>{path}: {given!r} är inte ett koordinatsystem som regionmap känner till; ange en EPSG-kod, t.ex. EPSG:3067</translation>
    </message>
    <message>
        <source>{path}: the coordinates ({range}) cannot be in {crs}, the CRS given; check the CRS</source>
        <translation>{path}: koordinaterna ({range}) kan inte vara i {crs}, det givna koordinatsystemet; kontrollera koordinatsystemet</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped in the file (the data would lie in the Arabian Sea); swapped them back. If this is wrong, load with the CRS given explicitly ({crs})</source>
        <translation>latitud och longitud var omkastade i filen (data skulle ligga i Arabiska havet); de kastades tillbaka. Om det är fel, läs in med koordinatsystemet angivet uttryckligen ({crs})</translation>
    </message>
    <message>
        <source>its coordinates ({range}) do not fit its declared CRS {crs}</source>
        <translation>dess koordinater ({range}) passar inte dess angivna koordinatsystem {crs}</translation>
    </message>
    <message>
        <source>it declares no CRS and its coordinates ({range})</source>
        <translation>den anger inget koordinatsystem och dess koordinater ({range}) passar inte</translation>
    </message>
    <message>
        <source>{path}: {said} nor any CRS used for Finnish data ({known}); give the CRS explicitly (for example --crs EPSG:3879, or choose it in the load dialog)</source>
        <translation>{path}: {said} och inte heller något koordinatsystem för finska data ({known}); ange koordinatsystemet uttryckligen (till exempel --crs EPSG:3879, eller välj det i inläsningsdialogen)</translation>
    </message>
    <message>
        <source>the file says its CRS is {declared} but the coordinates ({range}) do not fit it; they fit {label} ({crs}), which was assumed. Give the CRS explicitly if this is wrong</source>
        <translation>filen säger att dess koordinatsystem är {declared} men koordinaterna ({range}) passar inte; de passar {label} ({crs}), som antogs. Ange koordinatsystemet uttryckligen om det är fel</translation>
    </message>
    <message>
        <source>the file declares no CRS; its coordinates ({range}) fit {label} ({crs}), which was assumed. Give the CRS explicitly if this is wrong</source>
        <translation>filen anger inget koordinatsystem; dess koordinater ({range}) passar {label} ({crs}), som antogs. Ange koordinatsystemet uttryckligen om det är fel</translation>
    </message>
    <message>
        <source>looking at {file}</source>
        <translation>tittar på {file}</translation>
    </message>
    <message>
        <source>looked at {file}</source>
        <translation>tittade på {file}</translation>
    </message>
    <message>
        <source>--codes: name at least one municipality code, e.g. --codes 091,049 (Helsinki, Espoo)</source>
        <translation>--codes: ange minst en kommunkod, t.ex. --codes 091,049 (Helsingfors, Esbo)</translation>
    </message>
    <message>
        <source>no field {field!r}</source>
        <translation>inget fält {field!r}</translation>
    </message>
    <message>
        <source>no municipality code field</source>
        <translation>inget fält med kommunnummer</translation>
    </message>
    <message>
        <source>{source}: has {what} to pick municipalities by code; name the code field (--code-field) or keep every area (--all)</source>
        <translation>{source}: har {what} för att välja kommuner efter nummer; ange fältet med kommunnummer (--code-field) eller behåll alla områden (--all)</translation>
    </message>
    <message>
        <source>{source}: has no municipality with code {codes} in field {field!r}; check --codes (e.g. 091 for Helsinki) or keep every area with --all</source>
        <translation>{source}: har ingen kommun med nummer {codes} i fältet {field!r}; kontrollera --codes (t.ex. 091 för Helsingfors) eller behåll alla områden med --all</translation>
    </message>
    <message>
        <source>{source}: has none of the 26 Helsinki-Uusimaa municipality codes in field {field!r}; choose other areas (the dialog's Keep list, or --codes / --all on the command line)</source>
        <translation>{source}: har inget av de 26 kommunnumren i Helsingfors-Nyland i fältet {field!r}; välj andra områden (dialogens lista Behåll, eller --codes / --all på kommandoraden)</translation>
    </message>
    <message>
        <source>{source}: has {n} of the 26 Helsinki-Uusimaa municipalities; missing codes: {codes}</source>
        <translation>{source}: har {n} av de 26 kommunerna i Helsingfors-Nyland; saknade nummer: {codes}</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a spreadsheet ({exc}); save it again as XLSX or ODS</source>
        <translation>{path}: kan inte öppnas som kalkylblad ({exc}); spara det igen som XLSX eller ODS</translation>
    </message>
    <message>
        <source>{path}: has no sheets; give a spreadsheet with a table of coordinates</source>
        <translation>{path}: har inga blad; ange ett kalkylblad med en tabell med koordinater</translation>
    </message>
    <message>
        <source>{path}: has no sheet {sheet!r}; its sheets are: {sheets}</source>
        <translation>{path}: har inget blad {sheet!r}; dess blad är: {sheets}</translation>
    </message>
    <message>
        <source>reading sheet {sheet}</source>
        <translation>läser bladet {sheet}</translation>
    </message>
    <message>
        <source>its rows</source>
        <translation>dess rader</translation>
    </message>
    <message>
        <source>{path}: sheet {sheet!r} cannot be read ({exc})</source>
        <translation>{path}: bladet {sheet!r} kan inte läsas ({exc})</translation>
    </message>
    <message>
        <source>{path}: sheet {sheet!r} has no coordinate columns (columns: {columns}); name them lon/lat, x/y or E/N, or add a WKT column</source>
        <translation>{path}: bladet {sheet!r} har inga koordinatkolumner (kolumner: {columns}); döp dem till lon/lat, x/y eller E/N, eller lägg till en WKT-kolumn</translation>
    </message>
    <message>
        <source>read sheet {sheet}</source>
        <translation>läste bladet {sheet}</translation>
    </message>
    <message>
        <source>Urban-rural classification</source>
        <translation>Klassificering av stads- och landsbygdsområden</translation>
    </message>
    <message>
        <source>urban-rural classification</source>
        <translation>klassificering av stads- och landsbygdsområden</translation>
    </message>
    <message>
        <source>urban-rural areas</source>
        <translation>stads- och landsbygdsområden</translation>
    </message>
    <message>
        <source>no urban-rural classification of SYKE (no layer like {like}); SYKE publishes it as a file ({file}, CC BY 4.0, on avoindata.fi): load it with File &gt; Open and choose it in the Coverage dock's Zones row</source>
        <translation>ingen klassificering av stads- och landsbygdsområden från SYKE (inget lager som {like}); SYKE publicerar den som en fil ({file}, CC BY 4.0, på avoindata.fi): läs in den med Arkiv &gt; Öppna och välj den på raden Zoner i panelen Täckning</translation>
    </message>
    <message>
        <source>{what} is not a usable urban-rural classification ({why}); nothing was cached; check the address, or load SYKE's file {file} with File &gt; Open</source>
        <translation>{what} är inte en användbar klassificering av stads- och landsbygdsområden ({why}); inget sparades i cachen; kontrollera adressen eller läs in SYKE:s fil {file} med Arkiv &gt; Öppna</translation>
    </message>
    <message>
        <source>no areas in the region</source>
        <translation>inga områden i regionen</translation>
    </message>
    <message>
        <source>no field names the 7 classes (1-7, K1-M7 or their names); fields: {fields}</source>
        <translation>inget fält anger de 7 klasserna (1–7, K1–M7 eller deras namn); fält: {fields}</translation>
    </message>
    <message>
        <source>no area lies in the region: another area, or another CRS</source>
        <translation>inget område ligger i regionen: ett annat område eller ett annat koordinatsystem</translation>
    </message>
    <message>
        <source>Urban-rural classification {year}: SYKE, CC BY 4.0</source>
        <translation>Klassificering av stads- och landsbygdsområden {year}: SYKE, CC BY 4.0</translation>
    </message>
    <message>
        <source>Municipal boundaries: Statistics Finland (kunta4500k), CC BY 4.0</source>
        <translation>Kommungränser: Statistikcentralen (kunta4500k), CC BY 4.0</translation>
    </message>
    <message>
        <source>read from the cache (no network)</source>
        <translation>läst från cachen (utan nätverk)</translation>
    </message>
    <message>
        <source>downloaded from {url}</source>
        <translation>nedladdat från {url}</translation>
    </message>
    <message>
        <source>reading cached boundaries</source>
        <translation>läser cachade kommungränser</translation>
    </message>
    <message>
        <source>the boundaries cached earlier were not usable and were downloaded again</source>
        <translation>de tidigare cachade kommungränserna var inte användbara och laddades ner på nytt</translation>
    </message>
    <message>
        <source>the download failed; used the boundaries cached earlier</source>
        <translation>nedladdningen misslyckades; använde de tidigare cachade kommungränserna</translation>
    </message>
    <message>
        <source>{url}: the WFS answer is not usable boundaries ({exc}); nothing was cached; check the address and layer name, or load boundaries from a file</source>
        <translation>{url}: WFS-tjänstens svar är inte användbara kommungränser ({exc}); inget sparades i cachen; kontrollera adressen och lagrets namn eller läs in gränser från en fil</translation>
    </message>
    <message>
        <source>{url}: the WFS returned no features for layer {layer!r}; check the layer name</source>
        <translation>{url}: WFS-tjänsten returnerade inga objekt för lagret {layer!r}; kontrollera lagrets namn</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>svaret</translation>
    </message>
    <message>
        <source>{url}: the WFS answer for {layer!r} is not usable boundaries ({exc}); nothing was cached; check the address and layer name, or load boundaries from a file</source>
        <translation>{url}: WFS-tjänstens svar för {layer!r} är inte användbara kommungränser ({exc}); inget sparades i cachen; kontrollera adressen och lagrets namn eller läs in gränser från en fil</translation>
    </message>
    <message>
        <source>an XML answer instead of GeoJSON</source>
        <translation>ett XML-svar i stället för GeoJSON</translation>
    </message>
    <message>
        <source>{host}: the WFS reported an error ({detail}); check the layer name</source>
        <translation>{host}: WFS-tjänsten rapporterade ett fel ({detail}); kontrollera lagrets namn</translation>
    </message>
    <message>
        <source>{n} municipalities</source>
        <translation>kommuner {n}</translation>
    </message>
    <message>
        <source>{host}: {what} are larger than {limit} MB; check the address</source>
        <translation>{host}: {what}: större än {limit} MB; kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: {what} declare a DTD or entities, which a WFS never needs; refused (nothing was downloaded); check the address</source>
        <translation>{host}: {what}: deklarerar en DTD eller entiteter, vilket en WFS aldrig behöver; avvisat (inget laddades ner); kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: {what} are not valid XML ({exc}); check the address, or try again later</source>
        <translation>{host}: {what}: är inte giltig XML ({exc}); kontrollera adressen eller försök igen senare</translation>
    </message>
    <message>
        <source>the WFS capabilities</source>
        <translation>WFS-tjänstens beskrivning (GetCapabilities)</translation>
    </message>
    <message>
        <source>{host}: the WFS reported an error ({detail}); check the address</source>
        <translation>{host}: WFS-tjänsten rapporterade ett fel ({detail}); kontrollera adressen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen orsak angavs</translation>
    </message>
    <message>
        <source>{host}: the answer is not WFS capabilities (it is &lt;{tag}&gt;); check the address</source>
        <translation>{host}: svaret är inte en WFS-beskrivning (det är &lt;{tag}&gt;); kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: the WFS offers no feature types; check the address</source>
        <translation>{host}: WFS-tjänsten erbjuder inga objekttyper; kontrollera adressen</translation>
    </message>
    <message>
        <source>the WFS's GML answers</source>
        <translation>WFS-tjänstens GML-svar</translation>
    </message>
    <message>
        <source>the WFS answer is not complete GML (cut off or damaged, {size} bytes); nothing was cached; try again</source>
        <translation>WFS-tjänstens svar är inte fullständig GML (avbrutet eller skadat, {size} byte); inget sparades i cachen; försök igen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is XML but not a feature collection (it is &lt;{tag}&gt;); nothing was cached; check the address</source>
        <translation>{host}: WFS-tjänstens svar är XML men ingen objektsamling (det är &lt;{tag}&gt;); inget sparades i cachen; kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer announces {announced} features but holds {returned} (incomplete); nothing was cached; try again</source>
        <translation>{host}: WFS-tjänstens svar anger {announced} objekt men innehåller {returned} (ofullständigt); inget sparades i cachen; försök igen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer mixes coordinate systems ({names}); nothing was cached; ask for EPSG:3067</source>
        <translation>{host}: WFS-tjänstens svar blandar koordinatsystem ({names}); inget sparades i cachen; be om EPSG:3067</translation>
    </message>
    <message>
        <source>{host}: the WFS answer has a ring without readable coordinates; nothing was cached; check the address</source>
        <translation>{host}: WFS-tjänstens svar har en ring utan läsbara koordinater; inget sparades i cachen; kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer (GML) names no coordinate system; nothing was cached; ask for EPSG:3067</source>
        <translation>{host}: WFS-tjänstens svar (GML) anger inget koordinatsystem; inget sparades i cachen; be om EPSG:3067</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is in a CRS this app does not know ({crs}); nothing was cached; ask for EPSG:3067</source>
        <translation>{host}: WFS-tjänstens svar är i ett koordinatsystem som appen inte känner till ({crs}); inget sparades i cachen; be om EPSG:3067</translation>
    </message>
    <message>
        <source>{n} features from the cache</source>
        <translation>{n} objekt från cachen</translation>
    </message>
    <message>
        <source>the download failed ({exc}); used the {noun} {year} cached earlier</source>
        <translation>nedladdningen misslyckades ({exc}); använde tidigare cachade data: {noun} {year}</translation>
    </message>
    <message>
        <source>the cached {noun} {file}</source>
        <translation>cachade data ({noun}) {file}</translation>
    </message>
    <message>
        <source>the {noun} {year} cached earlier was not usable and was downloaded again</source>
        <translation>tidigare cachade data ({noun} {year}) var inte användbara och laddades ner på nytt</translation>
    </message>
    <message>
        <source>the {noun} {year} cached earlier could not be read and was downloaded again</source>
        <translation>tidigare cachade data ({noun} {year}) kunde inte läsas och laddades ner på nytt</translation>
    </message>
    <message>
        <source>asking {host} which years it offers</source>
        <translation>frågar {host} vilka år den erbjuder</translation>
    </message>
    <message>
        <source>{host}: the WFS offers {missing}; check the address</source>
        <translation>{host}: WFS-tjänsten erbjuder {missing}; kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: the WFS has no {noun} for {year} (it offers {years}); choose one of those years</source>
        <translation>{host}: WFS-tjänsten har inga data ({noun}) för {year} (den erbjuder {years}); välj ett av de åren</translation>
    </message>
    <message>
        <source>{noun} {year}: {got} of {matched} features</source>
        <translation>{noun} {year}: {got} av {matched} objekt</translation>
    </message>
    <message>
        <source>{noun} {year}: {got} features</source>
        <translation>{noun} {year}: {got} objekt</translation>
    </message>
    <message>
        <source>the {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <source>{host}: the WFS stopped after {got} of the {matched} features it announced; nothing was cached; try again later</source>
        <translation>{host}: WFS-tjänsten slutade efter {got} av de {matched} objekt den angav; inget sparades i cachen; försök igen senare</translation>
    </message>
    <message>
        <source>{host}: the {noun} did not end after {pages} pages; check the address</source>
        <translation>{host}: data ({noun}) tog inte slut efter {pages} sidor; kontrollera adressen</translation>
    </message>
    <message>
        <source>checking the features</source>
        <translation>kontrollerar objekten</translation>
    </message>
    <message>
        <source>{host}: the answer for {layer!r}</source>
        <translation>{host}: svaret för {layer!r}</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} objekt</translation>
    </message>
    <message>
        <source>{folder}: could not keep the {noun} ({exc}); free some disk space or check the folder's permissions</source>
        <translation>{folder}: kunde inte spara data ({noun}) ({exc}); frigör diskutrymme eller kontrollera mappens behörigheter</translation>
    </message>
    <message>
        <source>{host}: the WFS sent an empty answer; nothing was cached; try again later</source>
        <translation>{host}: WFS-tjänsten skickade ett tomt svar; inget sparades i cachen; försök igen senare</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is not complete GeoJSON (cut off or damaged, {size} bytes); nothing was cached; try again</source>
        <translation>{host}: WFS-tjänstens svar är inte fullständig GeoJSON (avbrutet eller skadat, {size} byte); inget sparades i cachen; försök igen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is not a GeoJSON FeatureCollection; nothing was cached; check the address</source>
        <translation>{host}: WFS-tjänstens svar är inte en GeoJSON FeatureCollection; inget sparades i cachen; kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer declares no CRS and its coordinates are not longitude/latitude (another CRS?); nothing was cached; check the address</source>
        <translation>{host}: WFS-tjänstens svar anger inget koordinatsystem och dess koordinater är inte longitud/latitud (ett annat koordinatsystem?); inget sparades i cachen; kontrollera adressen</translation>
    </message>
    <message>
        <source>{host}: the WFS returned no {items} for the region's extent; nothing was cached; check the address and the region</source>
        <translation>{host}: WFS-tjänsten returnerade inga {items} för regionens utbredning; inget sparades i cachen; kontrollera adressen och regionen</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({exc}); check that the folder exists and is writable</source>
        <translation>{path}: kan inte skrivas ({exc}); kontrollera att mappen finns och är skrivbar</translation>
    </message>
    <message>
        <source>{path}: cannot be written as {format} ({exc}); check free disk space and that the folder is writable</source>
        <translation>{path}: kan inte skrivas som {format} ({exc}); kontrollera ledigt diskutrymme och att mappen är skrivbar</translation>
    </message>
    <message>
        <source>{key!r} is not a format regionmap saves in; choose one of {names}</source>
        <translation>{key!r} är inte ett format som regionmap sparar i; välj ett av {names}</translation>
    </message>
    <message>
        <source>{crs} is not offered for saving; choose {choices}</source>
        <translation>{crs} erbjuds inte för att spara; välj {choices}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist; choose an existing folder</source>
        <translation>{path}: mappen {folder} finns inte; välj en befintlig mapp</translation>
    </message>
    <message>
        <source>preparing {file}</source>
        <translation>förbereder {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>skriver {file}</translation>
    </message>
    <message>
        <source>saved {file}</source>
        <translation>sparade {file}</translation>
    </message>
    <message>
        <source>CSV with X/Y columns holds points only, and this layer has {types} features; choose {csv}</source>
        <translation>CSV med X/Y-kolumner rymmer bara punkter, och det här lagret har objekt av typen {types}; välj {csv}</translation>
    </message>
    <message>
        <source>a Shapefile holds one kind of geometry, and this layer has {types}; choose GeoPackage, GeoJSON or FlatGeobuf</source>
        <translation>en Shapefile rymmer en sorts geometri, och det här lagret har {types}; välj GeoPackage, GeoJSON eller FlatGeobuf</translation>
    </message>
    <message>
        <source>{where}: no such file; check the path</source>
        <translation>{where}: filen finns inte; kontrollera sökvägen</translation>
    </message>
    <message>
        <source>{where}: is a folder, not a project file</source>
        <translation>{where}: är en mapp, inte en projektfil</translation>
    </message>
    <message>
        <source>{where}: cannot be read ({reason}); check the file permissions</source>
        <translation>{where}: kan inte läsas ({reason}); kontrollera filens behörigheter</translation>
    </message>
    <message>
        <source>{where}: is not a regionmap project (not a GeoPackage/SQLite file, or it is damaged or truncated); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: är inte ett regionmap-projekt (inte en GeoPackage- eller SQLite-fil, eller så är den skadad eller avkortad); öppna en säkerhetskopia eller den automatiskt sparade återställningsfilen</translation>
    </message>
    <message>
        <source>{where}: cannot be opened ({exc}); the file may be damaged</source>
        <translation>{where}: kan inte öppnas ({exc}); filen kan vara skadad</translation>
    </message>
    <message>
        <source>{where}: is an SQLite database but not a GeoPackage, so not a regionmap project</source>
        <translation>{where}: är en SQLite-databas men inte en GeoPackage, alltså inte ett regionmap-projekt</translation>
    </message>
    <message>
        <source>{where}: is a GeoPackage but not a regionmap project (it has no {table} table); open its layers as data instead</source>
        <translation>{where}: är en GeoPackage men inte ett regionmap-projekt (den har ingen tabell {table}); öppna i stället dess lager som data</translation>
    </message>
    <message>
        <source>{where}: the project state is missing; the file is damaged</source>
        <translation>{where}: projektets tillstånd saknas; filen är skadad</translation>
    </message>
    <message>
        <source>{where}: the project is damaged: layer tables {names} are missing</source>
        <translation>{where}: projektet är skadat: lagertabellerna {names} saknas</translation>
    </message>
    <message>
        <source>{where}: is damaged ({exc}); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: är skadad ({exc}); öppna en säkerhetskopia eller den automatiskt sparade återställningsfilen</translation>
    </message>
    <message>
        <source>layer {name!r}</source>
        <translation>lagret {name!r}</translation>
    </message>
    <message>
        <source>{what}'s features</source>
        <translation>objekten i {what}</translation>
    </message>
    <message>
        <source>the memory {what} would need (estimated)</source>
        <translation>minnet {what} skulle behöva (uppskattat)</translation>
    </message>
    <message>
        <source>{path}: {what} cannot be read ({exc}); the project file is damaged</source>
        <translation>{path}: {what} kan inte läsas ({exc}); projektfilen är skadad</translation>
    </message>
    <message>
        <source>{path}: layer {name!r} has {n} features instead of {n_features}; the project file is damaged</source>
        <translation>{path}: lagret {name!r} har {n} objekt i stället för {n_features}; projektfilen är skadad</translation>
    </message>
    <message>
        <source>layer {name!r}: its table declares {declared}, but its coordinates are not valid there; read them as EPSG:3067, the CRS regionmap saves in</source>
        <translation>lagret {name!r}: dess tabell anger {declared}, men dess koordinater är inte giltiga där; de lästes som EPSG:3067, koordinatsystemet som regionmap sparar i</translation>
    </message>
    <message>
        <source>layer {name!r}: its saved column names clash; the columns keep their stored names</source>
        <translation>lagret {name!r}: dess sparade kolumnnamn krockar; kolumnerna behåller sina lagrade namn</translation>
    </message>
    <message>
        <source>layer {name!r}: its column list gave the name 'geometry' to an attribute; that attribute was left out</source>
        <translation>lagret {name!r}: dess kolumnlista gav ett attribut namnet 'geometry'; det attributet utelämnades</translation>
    </message>
    <message>
        <source>{p}: the project's official boundaries are missing; the file is damaged</source>
        <translation>{p}: projektets officiella gränser saknas; filen är skadad</translation>
    </message>
    <message>
        <source>{p}: the hot spot parameters are damaged ({exc})</source>
        <translation>{p}: parametrarna för koncentrationerna är skadade ({exc})</translation>
    </message>
    <message>
        <source>{p}: the hot spots cannot be rebuilt ({exc})</source>
        <translation>{p}: koncentrationerna kan inte byggas upp på nytt ({exc})</translation>
    </message>
    <message>
        <source>style repaired: {problems}</source>
        <translation>stilen reparerad: {problems}</translation>
    </message>
    <message>
        <source>built-in resource {name!r} is missing or unreadable ({exc}); reinstall regionmap (make run)</source>
        <translation>den inbyggda resursen {name!r} saknas eller kan inte läsas ({exc}); installera om regionmap (make run)</translation>
    </message>
    <message>
        <source>built-in resource {name!r} is damaged ({exc}); reinstall regionmap (make run)</source>
        <translation>den inbyggda resursen {name!r} är skadad ({exc}); installera om regionmap (make run)</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>Municipalities (schematic)</source>
        <translation>Kommuner (schematiska)</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Settlements (GeoNames)</source>
        <translation>Orter (GeoNames)</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Koncentrationer</translation>
    </message>
    <message>
        <source>In-between areas</source>
        <translation>Mellanområden</translation>
    </message>
    <message>
        <source>region minus hot spots</source>
        <translation>regionen utan koncentrationer</translation>
    </message>
    <message>
        <source>, only {field} in {values}</source>
        <translation>, bara {field} i {values}</translation>
    </message>
    <message>
        <source>; approximate settlement discs where the layer has no data</source>
        <translation>; ungefärliga ortcirklar där lagret saknar data</translation>
    </message>
    <message>
        <source>from layer '{layer}'{kept}{discs}</source>
        <translation>från lagret '{layer}'{kept}{discs}</translation>
    </message>
    <message>
        <source>approximate: discs of population / {density} inh/km² around GeoNames settlements of ≥ {minimum} inhabitants</source>
        <translation>ungefärlig: cirklar med ytan befolkning / {density} inv./km² kring GeoNames-orter med minst {minimum} invånare</translation>
    </message>
    <message>
        <source>Schematic areas generated from municipal centres — not official boundaries</source>
        <translation>Schematiska områden skapade från kommuncentrum — inte officiella gränser</translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <source>"4/h", "&gt;= 4", "every 15 min" or "any"</source>
        <translation>"4/h", "&gt;= 4", "var 15 min" eller "alla"</translation>
    </message>
    <message>
        <source>every {minutes} min</source>
        <translation>var {minutes} min</translation>
    </message>
    <message>
        <source>any service</source>
        <translation>vilken servicenivå som helst</translation>
    </message>
    <message>
        <source>{text} is not a service level; write {forms}</source>
        <translation>{text} är ingen servicenivå; skriv {forms}</translation>
    </message>
</context>
<context>
    <name>measure</name>
    <message>
        <source>Measure: click on the map to start; right-click finishes, Esc clears</source>
        <translation>Mät: börja genom att klicka på kartan; högerklick avslutar, Esc rensar</translation>
    </message>
    <message>
        <source>Distance {distance}</source>
        <translation>Avstånd {distance}</translation>
    </message>
    <message>
        <source> (last segment {distance})</source>
        <translation> (sista sträckan {distance})</translation>
    </message>
    <message>
        <source> — click to add points, right-click or double-click to finish, Esc to clear</source>
        <translation> — klicka för att lägga till punkter, högerklicka eller dubbelklicka för att avsluta, Esc rensar</translation>
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
    <name>network</name>
    <message>
        <source>{network_name}: has no lines to route on; choose a road or path layer</source>
        <translation>{network_name}: har inga linjer att ruttplanera på; välj ett väg- eller stiglager</translation>
    </message>
    <message>
        <source>{network_name}: has no way a {mode} trip may use; choose another mode</source>
        <translation>{network_name}: har ingen väg som en resa med färdsättet {mode} kan använda; välj ett annat färdsätt</translation>
    </message>
    <message>
        <source>{name}: none of its places is within {max_snap_m:g} m of the network</source>
        <translation>{name}: ingen av dess platser ligger inom {max_snap_m:g} m från nätet</translation>
    </message>
    <message>
        <source>{name}: {unreachable} of {count} places are more than {max_snap_m:g} m from the network and serve no one</source>
        <translation>{name}: {unreachable} av {count} platser ligger mer än {max_snap_m:g} m från nätet och betjänar ingen</translation>
    </message>
    <message>
        <source>reach along the network '{network}' ({mode}) at the layer's radius: the reachable ways buffered by {width} m</source>
        <translation>nåbarhet längs nätverket '{network}' ({mode}) vid lagrets radie: de nåbara vägarna med en buffert på {width} m</translation>
    </message>
    <message>
        <source>{network}: has no lines to route on; give a road or path network</source>
        <translation>{network}: har inga linjer att ruttplanera på; ange ett väg- eller stignät</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>nätet</translation>
    </message>
    <message>
        <source>{network}: its lines have no coordinates; give a road or path network</source>
        <translation>{network}: dess linjer har inga koordinater; ange ett väg- eller stignät</translation>
    </message>
    <message>
        <source>{network}: its lines have no length; give a road or path network</source>
        <translation>{network}: dess linjer har ingen längd; ange ett väg- eller stignät</translation>
    </message>
    <message>
        <source>{path}: no such file; give an .osm.pbf extract or a line layer as the network</source>
        <translation>{path}: filen finns inte; ange ett .osm.pbf-utdrag eller ett linjelager som nät</translation>
    </message>
    <message>
        <source>{path}: the file is over regionmap's limit of {max_file_mb:g} MB; cut a smaller extract (e.g. osmium extract) or raise REGIONMAP_MAX_FILE_MB deliberately</source>
        <translation>{path}: filen överskrider regionmaps gräns på {max_file_mb:g} MB; klipp ut ett mindre utdrag (t.ex. osmium extract) eller höj REGIONMAP_MAX_FILE_MB medvetet</translation>
    </message>
    <message>
        <source>{path}: cannot be read as an OpenStreetMap extract ({error}); give an .osm.pbf file</source>
        <translation>{path}: kan inte läsas som ett OpenStreetMap-utdrag ({error}); ange en .osm.pbf-fil</translation>
    </message>
    <message>
        <source>{path}: the extract has no highway lines (roads, streets or paths) to route on; give an extract with the street network</source>
        <translation>{path}: utdraget har inga highway-linjer (vägar, gator eller stigar) att ruttplanera på; ange ett utdrag med gatunätet</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>preparing {layer}</source>
        <translation>förbereder {layer}</translation>
    </message>
    <message>
        <source>writing the page</source>
        <translation>skriver sidan</translation>
    </message>
    <message>
        <source>wrote {file} ({size} MB)</source>
        <translation>skrev {file} ({size} MB)</translation>
    </message>
    <message>
        <source>writing the coverage table</source>
        <translation>skriver täckningstabellen</translation>
    </message>
    <message>
        <source>writing zones and gaps</source>
        <translation>skriver zoner och luckor</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>rapporten skriven</translation>
    </message>
    <message>
        <source>building the network</source>
        <translation>bygger nätverket</translation>
    </message>
    <message>
        <source>reach of {layer}</source>
        <translation>nåbarhet: {layer}</translation>
    </message>
    <message>
        <source>clipping the areas to land</source>
        <translation>områdena klipps till land</translation>
    </message>
    <message>
        <source>deriving the hot spots and in-between areas</source>
        <translation>koncentrationer och mellanområden härleds</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>opening {file}</source>
        <translation>öppnar {file}</translation>
    </message>
    <message>
        <source>reading layer {layer}</source>
        <translation>läser lagret {layer}</translation>
    </message>
    <message>
        <source>rebuilding the map</source>
        <translation>bygger upp kartan igen</translation>
    </message>
    <message>
        <source>opened {file}</source>
        <translation>öppnade {file}</translation>
    </message>
    <message>
        <source>saving {file}</source>
        <translation>sparar {file}</translation>
    </message>
    <message>
        <source>writing layer {layer}</source>
        <translation>skriver lagret {layer}</translation>
    </message>
    <message>
        <source>writing project state</source>
        <translation>skriver projektets tillstånd</translation>
    </message>
    <message>
        <source>checking the saved file</source>
        <translation>kontrollerar den sparade filen</translation>
    </message>
    <message>
        <source>saved {file}</source>
        <translation>sparade {file}</translation>
    </message>
    <message>
        <source>what each candidate would cover</source>
        <translation>vad varje kandidat skulle täcka</translation>
    </message>
    <message>
        <source>choosing {n} sites from {candidates} candidates</source>
        <translation>väljer {n} platser bland {candidates} kandidater</translation>
    </message>
    <message>
        <source>the table with the proposed sites</source>
        <translation>tabellen med de föreslagna platserna</translation>
    </message>
    <message>
        <source>{feed}: the runs of {day}</source>
        <translation>{feed}: turerna {day}</translation>
    </message>
    <message>
        <source>{feed}: connecting {n} hot spots</source>
        <translation>{feed}: förbinder {n} koncentrationer</translation>
    </message>
    <message>
        <source>{feed}: counting departures on {day}</source>
        <translation>{feed}: räknar avgångar {day}</translation>
    </message>
    <message>
        <source>{feed}: building route lines</source>
        <translation>{feed}: bygger linjer</translation>
    </message>
    <message>
        <source>{feed}: done</source>
        <translation>{feed}: klart</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>{where}: the file written failed SQLite's integrity check</source>
        <translation>{where}: den skrivna filen klarade inte SQLites integritetskontroll</translation>
    </message>
    <message>
        <source>{where}: layer table {table!r} is missing after writing</source>
        <translation>{where}: lagertabellen {table!r} saknas efter skrivningen</translation>
    </message>
    <message>
        <source>{where}: layer {name!r} has {count} features after writing, not {n_features}</source>
        <translation>{where}: lagret {name!r} har {count} objekt efter skrivningen, inte {n_features}</translation>
    </message>
    <message>
        <source>{where}: the project state is missing after writing</source>
        <translation>{where}: projektets tillstånd saknas efter skrivningen</translation>
    </message>
    <message>
        <source>{target}: a project file must end in .gpkg; choose a name like {stem}.gpkg</source>
        <translation>{target}: en projektfil måste sluta på .gpkg; välj ett namn som {stem}.gpkg</translation>
    </message>
    <message>
        <source>{target}: the folder {folder} does not exist; choose an existing folder</source>
        <translation>{target}: mappen {folder} finns inte; välj en befintlig mapp</translation>
    </message>
    <message>
        <source>{target}: is a folder; choose a file name ending in .gpkg</source>
        <translation>{target}: är en mapp; välj ett filnamn som slutar på .gpkg</translation>
    </message>
    <message>
        <source>{target}: cannot write layer {name!r} ({exc}); check free disk space and that the folder is writable</source>
        <translation>{target}: lagret {name!r} kan inte skrivas ({exc}); kontrollera ledigt diskutrymme och att mappen är skrivbar</translation>
    </message>
    <message>
        <source>{target}: cannot be saved ({reason}); check free disk space and that the folder is writable</source>
        <translation>{target}: kan inte sparas ({reason}); kontrollera ledigt diskutrymme och att mappen är skrivbar</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged (nested too deeply to be a project); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektets tillstånd är skadat (för djupt nästlat för att vara ett projekt); öppna en säkerhetskopia eller den automatiskt sparade återställningsfilen</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged (not valid JSON: {exc}); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektets tillstånd är skadat (ogiltig JSON: {exc}); öppna en säkerhetskopia eller den automatiskt sparade återställningsfilen</translation>
    </message>
    <message>
        <source>{where}: is not a regionmap project (its metadata table has no regionmap state)</source>
        <translation>{where}: är inte ett regionmap-projekt (dess metadatatabell har inget regionmap-tillstånd)</translation>
    </message>
    <message>
        <source>{where}: the project state has no valid schema version; the file is damaged</source>
        <translation>{where}: projektets tillstånd har ingen giltig schemaversion; filen är skadad</translation>
    </message>
    <message>
        <source>{where}: was saved by a newer regionmap ({app_version}, project schema {version}); this regionmap {version_here} reads schema {schema_here} at most; update regionmap to open it</source>
        <translation>{where}: sparades av en nyare regionmap ({app_version}, projektschema {version}); denna regionmap {version_here} läser högst schema {schema_here}; uppdatera regionmap för att öppna den</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged ({exc}); open a backup copy</source>
        <translation>{where}: projektets tillstånd är skadat ({exc}); öppna en säkerhetskopia</translation>
    </message>
    <message>
        <source>{name} {value} is not a colour (used {default})</source>
        <translation>{name} {value} är inte en färg ({default} användes)</translation>
    </message>
    <message>
        <source>classification {value} is unknown (used {graduated_method})</source>
        <translation>klassificeringen {value} är okänd ({graduated_method} användes)</translation>
    </message>
    <message>
        <source>{name} {value} is out of range (used {default:g})</source>
        <translation>{name} {value} ligger utanför det tillåtna intervallet ({default:g} användes)</translation>
    </message>
    <message>
        <source>category {value} colour {colour} is not a colour (used {fallback})</source>
        <translation>kategorin {value}: färgen {colour} är inte en färg ({fallback} användes)</translation>
    </message>
    <message>
        <source>graduated classes {value} are malformed (ignored)</source>
        <translation>de graderade klasserna {value} är felaktiga (ignorerades)</translation>
    </message>
    <message>
        <source>graduated classes {value} are not ascending finite bounds (ignored)</source>
        <translation>de graderade klasserna {value} är inte stigande ändliga gränser (ignorerades)</translation>
    </message>
    <message>
        <source>class {lo:g}–{hi:g} colour {value} is not a colour (used {fallback})</source>
        <translation>klassen {lo:g}–{hi:g}: färgen {value} är inte en färg ({fallback} användes)</translation>
    </message>
    <message>
        <source>{target}: is open in another program ({names} beside it are in use); close the project there (e.g. in QGIS) and save again; nothing was saved</source>
        <translation>{target}: är öppen i ett annat program ({names} bredvid den används); stäng projektet där (t.ex. i QGIS) och spara igen; ingenting sparades</translation>
    </message>
    <message>
        <source>{name}: found {names} left by a program that stopped without closing the file; the old file could not take them back ({exc}), which does not matter as it is replaced</source>
        <translation>{name}: hittade {names} kvar efter ett program som avslutades utan att stänga filen; den gamla filen kunde inte ta tillbaka dem ({exc}), vilket inte gör något eftersom den ersätts</translation>
    </message>
    <message>
        <source>{name}: found {names} left by a program that stopped without closing the file; SQLite finished or undid that program's last changes in the old file before this save replaced it</source>
        <translation>{name}: hittade {names} kvar efter ett program som avslutades utan att stänga filen; SQLite slutförde eller ångrade programmets sista ändringar i den gamla filen innan denna sparning ersatte den</translation>
    </message>
    <message>
        <source>{name}: found {names} without their database (left by a program that stopped without closing the file)</source>
        <translation>{name}: hittade {names} utan sin databas (kvar efter ett program som avslutades utan att stänga filen)</translation>
    </message>
    <message>
        <source>{leftover}: cannot be moved out of the way ({reason}); it would damage the saved project; move or delete it and save again; nothing was saved</source>
        <translation>{leftover}: kan inte flyttas undan ({reason}); den skulle skada det sparade projektet; flytta eller ta bort den och spara igen; ingenting sparades</translation>
    </message>
    <message>
        <source>moved {leftover} to {aside} so that it cannot damage the saved project</source>
        <translation>flyttade {leftover} till {aside} så att den inte kan skada det sparade projektet</translation>
    </message>
    <message>
        <source>region layer</source>
        <translation>regionlager</translation>
    </message>
    <message>
        <source>hot spot layer</source>
        <translation>koncentrationslager</translation>
    </message>
    <message>
        <source>in-between layer</source>
        <translation>mellanområdeslager</translation>
    </message>
    <message>
        <source>settlement layer</source>
        <translation>ortslager</translation>
    </message>
    <message>
        <source>{where}: the project state has no layer list; the file is damaged; open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektets tillstånd har ingen lagerlista; filen är skadad; öppna en säkerhetskopia eller den automatiskt sparade återställningsfilen</translation>
    </message>
    <message>
        <source>{where}: the project's layer list is damaged (it is {kind}, not a list); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektets lagerlista är skadad (den är {kind}, inte en lista); öppna en säkerhetskopia eller den automatiskt sparade återställningsfilen</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged (nested too deeply); open a backup copy</source>
        <translation>{where}: projektets tillstånd är skadat (för djupt nästlat); öppna en säkerhetskopia</translation>
    </message>
    <message>
        <source>{label} was left out: its entry is damaged ({message})</source>
        <translation>{label} utelämnades: dess post är skadad ({message})</translation>
    </message>
    <message>
        <source>{label}: its feature count was damaged ({message}); not checked</source>
        <translation>{label}: dess antal objekt var skadat ({message}); kontrollerades inte</translation>
    </message>
    <message>
        <source>{label}: {field} was damaged ({message}); used the default</source>
        <translation>{label}: {field} var skadat ({message}); standardvärdet användes</translation>
    </message>
    <message>
        <source>hot spot parameter {parameter} was damaged ({message}); used the default</source>
        <translation>parametern {parameter} för koncentrationer var skadad ({message}); standardvärdet användes</translation>
    </message>
    <message>
        <source>{key} was damaged ({message}); used the default</source>
        <translation>{key} var skadat ({message}); standardvärdet användes</translation>
    </message>
    <message>
        <source>{label}: a second {role}; kept as an ordinary layer</source>
        <translation>{label}: ett andra {role}; behölls som ett vanligt lager</translation>
    </message>
    <message>
        <source>{label}: its column list names a column twice; the columns keep their stored names</source>
        <translation>{label}: dess kolumnlista nämner en kolumn två gånger; kolumnerna behåller sina lagrade namn</translation>
    </message>
    <message>
        <source>{label}: its geometry column had an attribute's name {geometry!r}; named it {name!r}</source>
        <translation>{label}: dess geometrikolumn hade ett attributs namn {geometry!r}; den fick namnet {name!r}</translation>
    </message>
    <message>
        <source>layer {name}</source>
        <translation>lagret {name}</translation>
    </message>
    <message>
        <source>layer #{n}</source>
        <translation>lager nr {n}</translation>
    </message>
    <message>
        <source>a layer</source>
        <translation>ett lager</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>feature {n}</source>
        <translation>objekt {n}</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>scenario: give it a name</source>
        <translation>scenario: ge det ett namn</translation>
    </message>
    <message>
        <source>scenario {name}: layer {layer} is no longer on the map</source>
        <translation>scenario {name}: lagret {layer} finns inte längre på kartan</translation>
    </message>
    <message>
        <source>proposed (derived), scenario {name}</source>
        <translation>föreslaget (härlett), scenario {name}</translation>
    </message>
    <message>
        <source>scenarios {a} and {b} have no shown layer with features to compare</source>
        <translation>scenarierna {a} och {b} har inget synligt lager med objekt att jämföra</translation>
    </message>
    <message>
        <source>scenario {name} measures along the network layer {layer}, which is not loaded: load it again, or save the scenario again with another distance</source>
        <translation>scenariot {name} mäts längs nätverkslagret {layer}, som inte är inläst: läs in det igen eller spara scenariot på nytt med ett annat avstånd</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
</context>
<context>
    <name>siting</name>
    <message>
        <source>walking</source>
        <translation>gång</translation>
    </message>
    <message>
        <source>cycling</source>
        <translation>cykel</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>bil</translation>
    </message>
    <message>
        <source>network layer {layer}: no service layer is within {snap} m of a way to measure along; choose a larger snap distance or another network</source>
        <translation>nätverkslagret {layer}: inget servicelager ligger inom {snap} m från en väg att mäta längs; välj ett större fästavstånd eller ett annat nätverk</translation>
    </message>
    <message>
        <source>measured in a straight line</source>
        <translation>mätt fågelvägen</translation>
    </message>
    <message>
        <source>measured along the network {layer} ({mode}; places more than {snap} m from a way are unreachable)</source>
        <translation>mätt längs nätverket {layer} ({mode}; platser mer än {snap} m från en väg nås inte)</translation>
    </message>
    <message>
        <source>, each layer's reach in minutes of travel</source>
        <translation>, varje lagers räckvidd som restid i minuter</translation>
    </message>
    <message>
        <source>candidates {label}: {count} feature(s) that are not points are left out</source>
        <translation>kandidater {label}: {count} objekt som inte är punkter utelämnas</translation>
    </message>
    <message>
        <source>candidates {label}: {count} of {total} lie outside the region and are left out</source>
        <translation>kandidater {label}: {count} av {total} ligger utanför regionen och utelämnas</translation>
    </message>
    <message>
        <source>candidates {label}: {count} in excluded zones ({zones}) are left out</source>
        <translation>kandidater {label}: {count} i uteslutna zoner ({zones}) utelämnas</translation>
    </message>
    <message>
        <source>candidates {label}: {count} in the excluded areas are left out</source>
        <translation>kandidater {label}: {count} i de uteslutna områdena utelämnas</translation>
    </message>
    <message>
        <source>candidate grid: the spacing must be more than 0 m, not {spacing}; e.g. grid:500</source>
        <translation>kandidatrutnät: avståndet måste vara över 0 m, inte {spacing}; t.ex. grid:500</translation>
    </message>
    <message>
        <source>grid {spacing} m</source>
        <translation>rutnät {spacing} m</translation>
    </message>
    <message>
        <source>given points</source>
        <translation>angivna punkter</translation>
    </message>
    <message>
        <source>candidate grid {spacing} m: {nodes} nodes over the chosen zones' extent are too many (at most {most}); give a spacing of at least {coarser} m</source>
        <translation>kandidatrutnät {spacing} m: {nodes} punkter över de valda zonernas utbredning är för många (högst {most}); ange ett avstånd på minst {coarser} m</translation>
    </message>
    <message>
        <source>candidates {label}: the layer has no points; give a point layer (e.g. stops) or grid:SPACING</source>
        <translation>kandidater {label}: lagret har inga punkter; ange ett punktlager (t.ex. hållplatser) eller grid:AVSTÅND</translation>
    </message>
    <message>
        <source>candidates {label}: there are no candidate sites; give a point layer, grid:SPACING or points</source>
        <translation>kandidater {label}: det finns inga kandidatplatser; ange ett punktlager, grid:AVSTÅND eller punkter</translation>
    </message>
    <message>
        <source>candidates {label}: none of the {total} candidate sites lies inside the region; check that they are in the region's area and coordinates (EPSG:3067 or a declared CRS)</source>
        <translation>kandidater {label}: ingen av de {total} kandidatplatserna ligger i regionen; kontrollera att de ligger i regionens område och koordinater (EPSG:3067 eller ett angivet koordinatsystem)</translation>
    </message>
    <message>
        <source>grid clipped to {zones}</source>
        <translation>rutnät beskuret till {zones}</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>regionen</translation>
    </message>
    <message>
        <source>, excluding {zones}</source>
        <translation>, utom {zones}</translation>
    </message>
    <message>
        <source>candidates {label}: no candidate site is left in the zones where sites may stand ({where}); choose other zones, fewer exclusions or other candidates</source>
        <translation>kandidater {label}: ingen kandidatplats finns kvar i de zoner där platser får ligga ({where}); välj andra zoner, färre uteslutningar eller andra kandidater</translation>
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
        <source>{sites} {sector} sites at {radius} m from {candidates} candidates add {added} people, {share} of the {uncovered} people uncovered in the chosen zones ({method})</source>
        <translation>{sites} nya platser ({sector}) med radien {radius} m bland {candidates} kandidater lägger till {added} invånare, {share} av de {uncovered} otäckta invånarna i de valda zonerna ({method})</translation>
    </message>
    <message>
        <source>{sites} {sector} sites at {radius} m from {candidates} candidates add {added} km², {share} of the {uncovered} km² uncovered in the chosen zones ({method})</source>
        <translation>{sites} nya platser ({sector}) med radien {radius} m bland {candidates} kandidater lägger till {added} km², {share} av de {uncovered} otäckta km² i de valda zonerna ({method})</translation>
    </message>
    <message>
        <source>; {minimum} site(s) per municipality first</source>
        <translation>; först {minimum} plats(er) per kommun</translation>
    </message>
    <message>
        <source>siting: {candidates} candidates at {radius} m would cover more than {most} sample pairs; give fewer candidates (a coarser grid) or a smaller radius</source>
        <translation>placering: {candidates} kandidater med radien {radius} m skulle täcka mer än {most} provpar; ange färre kandidater (ett glesare rutnät) eller en mindre radie</translation>
    </message>
    <message>
        <source>greedy maximal covering with lazy evaluation: covers at least (1 - 1/e) = 63.2 % of what the best {n} sites of these candidates could cover</source>
        <translation>girig maximal täckning med lat utvärdering: täcker minst (1 - 1/e) = 63,2 % av vad de bästa {n} platserna bland dessa kandidater kunde täcka</translation>
    </message>
    <message>
        <source>zones {name}: there is no such zone class; the classes are {classes} (or all)</source>
        <translation>zoner {name}: det finns ingen sådan zonklass; klasserna är {classes} (eller all)</translation>
    </message>
    <message>
        <source>sector {sector}: give one of {sectors}</source>
        <translation>sektor {sector}: ange en av {sectors}</translation>
    </message>
    <message>
        <source>sites to add: {count}; give at least 1</source>
        <translation>platser att lägga till: {count}; ange minst 1</translation>
    </message>
    <message>
        <source>per-municipality minimum {minimum}: give 0 or more</source>
        <translation>minimum per kommun {minimum}: ange 0 eller mer</translation>
    </message>
    <message>
        <source>sites to add: {count} is more than the {candidates} candidate sites ({source}); ask for at most {candidates} or give more candidates</source>
        <translation>platser att lägga till: {count} är fler än de {candidates} kandidatplatserna ({source}); be om högst {candidates} eller ange fler kandidater</translation>
    </message>
    <message>
        <source>only {chosen} of the {count} sites asked for add anything: the other candidates cover nothing the chosen ones and the existing layers leave uncovered</source>
        <translation>bara {chosen} av de {count} begärda platserna tillför något: de andra kandidaterna täcker inget som de valda och de befintliga lagren lämnar otäckt</translation>
    </message>
    <message>
        <source>no candidate of {municipalities} adds anything, so the minimum of {minimum} site(s) per municipality is not met there</source>
        <translation>ingen kandidat i {municipalities} tillför något, så minimum på {minimum} plats(er) per kommun uppfylls inte där</translation>
    </message>
    <message>
        <source>Coverage change</source>
        <translation>Förändring i täckningen</translation>
    </message>
    <message>
        <source>Proposed sites</source>
        <translation>Föreslagna platser</translation>
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
        <source>Only stops with at least this many departures an hour serve (any: every stop). Type a number or a headway ("every 20 min" is 3 an hour); the arrows step through the headways the coverage check prepares</source>
        <translation>Endast hållplatser med minst så här många avgångar per timme betjänar (alla: varje hållplats). Skriv ett tal eller ett turintervall ("every 20 min" är 3 per timme); pilarna stegar genom de turintervall som täckningskontrollen förbereder</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
</context>
<context>
    <name>transit</name>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>{label}: calendar_dates.txt (the calendar_dates table) has no exception_type 1 (added) or 2 (removed); fix the column</source>
        <translation>{label}: calendar_dates.txt (tabellen calendar_dates) har ingen exception_type 1 (tillagd) eller 2 (borttagen); rätta kolumnen</translation>
    </message>
    <message>
        <source>{label}: the calendars (calendar.txt, calendar_dates.txt) never run any trip of trips.txt; check their service_ids and dates</source>
        <translation>{label}: kalendrarna (calendar.txt, calendar_dates.txt) kör aldrig någon tur i trips.txt; kontrollera deras service_id och datum</translation>
    </message>
    <message>
        <source>Tuesday-Thursday</source>
        <translation>tisdag–torsdag</translation>
    </message>
    <message>
        <source>Monday or Friday</source>
        <translation>måndag eller fredag</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>the next ordinary {what} ({trips} trips)</source>
        <translation>nästa vanliga {what} ({trips} turer)</translation>
    </message>
    <message>
        <source>the feed has ended: its last ordinary {what} ({trips} trips)</source>
        <translation>tidtabellen har upphört: dess sista vanliga {what} ({trips} turer)</translation>
    </message>
    <message>
        <source>its first ordinary {what} ({trips} trips)</source>
        <translation>dess första vanliga {what} ({trips} turer)</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) has {count} {column} values that are not dates YYYYMMDD (e.g. {example!r}); fix them</source>
        <translation>{label}: {name} (tabellen {table}) har {count} {column}-värden som inte är datum ÅÅÅÅMMDD (t.ex. {example!r}); rätta dem</translation>
    </message>
    <message>
        <source>no hot spots to connect: the region has none (give --hotspots FILE)</source>
        <translation>inga koncentrationer att förbinda: regionen har inga (ange --hotspots FIL)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angiven</translation>
    </message>
    <message>
        <source>{label}: no service of calendar.txt or calendar_dates.txt runs on {day} ({weekday}); choose another day</source>
        <translation>{label}: ingen trafik i calendar.txt eller calendar_dates.txt går {day} ({weekday}); välj en annan dag</translation>
    </message>
    <message>
        <source>{label}: {name} is {size} uncompressed, more than regionmap reads ({limit}); crop the feed to the region (or to fewer days) and open it again</source>
        <translation>{label}: {name} är {size} okomprimerad, mer än regionmap läser ({limit}); beskär tidtabellen till regionen (eller till färre dagar) och öppna den igen</translation>
    </message>
    <message>
        <source>{label}: {name} is {size} uncompressed; reading it needs about {needed} of memory and {free} is free; close other programs, or crop the feed to the region (or to fewer days) and open it again</source>
        <translation>{label}: {name} är {size} okomprimerad; att läsa den kräver cirka {needed} minne och {free} är ledigt; stäng andra program, eller beskär tidtabellen till regionen (eller till färre dagar) och öppna den igen</translation>
    </message>
    <message>
        <source>{label}: {name} could not be read ({exc}); check the file</source>
        <translation>{label}: {name} kunde inte läsas ({exc}); kontrollera filen</translation>
    </message>
    <message>
        <source>{path}: no such file or folder; check the name</source>
        <translation>{path}: filen eller mappen finns inte; kontrollera namnet</translation>
    </message>
    <message>
        <source>{name}: not a readable zip file ({exc}); a GTFS feed is a .zip or a folder of .txt tables</source>
        <translation>{name}: ingen läsbar zip-fil ({exc}); en GTFS-tidtabell är en .zip eller en mapp med .txt-tabeller</translation>
    </message>
    <message>
        <source>{name}: not a complete GTFS feed: {names} missing (a feed needs {required} and calendar.txt or calendar_dates.txt)</source>
        <translation>{name}: ingen fullständig GTFS-tidtabell: {names} saknas (en tidtabell behöver {required} och calendar.txt eller calendar_dates.txt)</translation>
    </message>
    <message>
        <source>{name}: neither calendar.txt nor calendar_dates.txt is in the feed, so no day's service can be chosen; add one of them</source>
        <translation>{name}: varken calendar.txt eller calendar_dates.txt finns i tidtabellen, så ingen dags trafik kan väljas; lägg till en av dem</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) lacks the column {names}; found {found}</source>
        <translation>{label}: {name} (tabellen {table}) saknar kolumnen {names}; hittade {found}</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) lacks the columns {names}; found {found}</source>
        <translation>{label}: {name} (tabellen {table}) saknar kolumnerna {names}; hittade {found}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) could not be read: {first_line}; check the file</source>
        <translation>{label}: {name} (tabellen {table}) kunde inte läsas: {first_line}; kontrollera filen</translation>
    </message>
    <message>
        <source>{label}: {name} is not UTF-8 text (GTFS tables must be); save it as UTF-8</source>
        <translation>{label}: {name} är inte UTF-8-text (GTFS-tabeller måste vara det); spara den som UTF-8</translation>
    </message>
    <message>
        <source>{label}: {name} is empty (no header line); the {table} table is needed</source>
        <translation>{label}: {name} är tom (ingen rubrikrad); tabellen {table} behövs</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{label}: no trip of trips.txt runs on the chosen day (its service_ids are not in the calendar for that day); choose another day (--day) within the feed's dates</source>
        <translation>{label}: ingen tur i trips.txt går den valda dagen (dess service_id finns inte i kalendern för den dagen); välj en annan dag (--day) inom tidtabellens datum</translation>
    </message>
    <message>
        <source>stops.txt: {count} stops without coordinates were dropped ({count2} of the day's calls)</source>
        <translation>stops.txt: hållplatser utan koordinater {count} togs bort ({count2} av dagens anlöp)</translation>
    </message>
    <message>
        <source>{label}: stops.txt (the stops table) has no stop with coordinates (stop_lat, stop_lon); add them</source>
        <translation>{label}: stops.txt (tabellen stops) har ingen hållplats med koordinater (stop_lat, stop_lon); lägg till dem</translation>
    </message>
    <message>
        <source>{label}: stop_times.txt (the stop_times table) has neither departure_time nor arrival_time, so no service can be counted; add them</source>
        <translation>{label}: stop_times.txt (tabellen stop_times) har varken departure_time eller arrival_time, så ingen trafik kan räknas; lägg till dem</translation>
    </message>
    <message>
        <source>{count} trips in trips.txt have no stop times and were dropped</source>
        <translation>turer i trips.txt utan stopptider {count} togs bort</translation>
    </message>
    <message>
        <source>{label}: stops.txt (the stops table) has no stops; a feed needs its stops</source>
        <translation>{label}: stops.txt (tabellen stops) har inga hållplatser; en tidtabell behöver sina hållplatser</translation>
    </message>
    <message>
        <source>trips.txt: {count} trips of routes missing from routes.txt were dropped</source>
        <translation>trips.txt: turer på linjer som saknas i routes.txt {count} togs bort</translation>
    </message>
    <message>
        <source>{label}: trips.txt (the trips table) has no trips of the routes in routes.txt</source>
        <translation>{label}: trips.txt (tabellen trips) har inga turer på linjerna i routes.txt</translation>
    </message>
    <message>
        <source>{label}: stop_times.txt (the stop_times table) is empty: no trip stops anywhere</source>
        <translation>{label}: stop_times.txt (tabellen stop_times) är tom: ingen tur stannar någonstans</translation>
    </message>
    <message>
        <source>stop_times.txt: {filled} stop times without a time were interpolated between their trip's timed stops (by stop order)</source>
        <translation>stop_times.txt: stopptider utan tid ({filled}) interpolerades mellan turens tidsatta hållplatser (i hållplatsordning)</translation>
    </message>
    <message>
        <source>of trips missing from trips.txt</source>
        <translation>för turer som saknas i trips.txt</translation>
    </message>
    <message>
        <source>at stops missing from stops.txt</source>
        <translation>vid hållplatser som saknas i stops.txt</translation>
    </message>
    <message>
        <source>without a time, and no timed stop of their trip on both sides,</source>
        <translation>utan tid och utan tidsatt hållplats i turen på båda sidor</translation>
    </message>
    <message>
        <source>stop_times.txt: {count} stop times {what} were dropped</source>
        <translation>stop_times.txt: stopptider {what} togs bort ({count})</translation>
    </message>
    <message>
        <source>{label}: stop_times.txt (the stop_times table) has no usable stop time: none matches a trip of trips.txt and a stop of stops.txt with a time; check the ids</source>
        <translation>{label}: stop_times.txt (tabellen stop_times) har ingen användbar stopptid: ingen motsvarar en tur i trips.txt och en hållplats i stops.txt med en tid; kontrollera id:na</translation>
    </message>
    <message>
        <source>frequencies.txt: {count} blocks with an unknown trip, a bad time or a headway of 0 were dropped</source>
        <translation>frequencies.txt: block med okänd tur, felaktig tid eller turtäthet 0 togs bort ({count})</translation>
    </message>
    <message>
        <source>frequencies.txt: {count} blocks are headway-based (exact_times 0): their departures are counted every headway_secs from start_time, as an estimate</source>
        <translation>frequencies.txt: turtäthetsbaserade block (exact_times 0) {count}: deras avgångar räknas var headway_secs från start_time, som en uppskattning</translation>
    </message>
    <message>
        <source>{table}: {count} repeated {key}s; the first of each was kept</source>
        <translation>{table}: upprepade {key}-värden {count}; det första av varje behölls</translation>
    </message>
    <message>
        <source>{label}: {day} is outside the feed's calendar ({first} to {last}, calendar.txt and calendar_dates.txt); choose a day within it</source>
        <translation>{label}: {day} ligger utanför tidtabellens kalender ({first} till {last}, calendar.txt och calendar_dates.txt); välj en dag inom den</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>switch to scenario {name}</source>
        <translation>byte till scenario {name}</translation>
    </message>
    <message>
        <source>rename {layer}</source>
        <translation>namnbyte av {layer}</translation>
    </message>
    <message>
        <source>style {layer}</source>
        <translation>stil för {layer}</translation>
    </message>
    <message>
        <source>kind {layer}</source>
        <translation>typ för {layer}</translation>
    </message>
    <message>
        <source>radius {layer}</source>
        <translation>serviceradie för {layer}</translation>
    </message>
    <message>
        <source>service threshold {layer}</source>
        <translation>servicenivå för {layer}</translation>
    </message>
    <message>
        <source>credit {layer}</source>
        <translation>källa och licens för {layer}</translation>
    </message>
    <message>
        <source>add {layer}</source>
        <translation>tillägg av {layer}</translation>
    </message>
    <message>
        <source>remove {layer}</source>
        <translation>borttagning av {layer}</translation>
    </message>
    <message>
        <source>hot spots from {layer}</source>
        <translation>koncentrationer från {layer}</translation>
    </message>
    <message>
        <source>hot spots from settlements</source>
        <translation>koncentrationer från orterna</translation>
    </message>
    <message>
        <source>move {layer}</source>
        <translation>flyttning av {layer}</translation>
    </message>
</context>
</TS>