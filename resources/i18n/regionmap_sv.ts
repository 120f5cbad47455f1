<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
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
