<?xml version='1.0' encoding='utf-8'?>
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
        <source>From {file}</source>
        <translation>Tiedostosta {file}</translation>
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
        <source>Preparing the areas…</source>
        <translation>Alueita valmistellaan…</translation>
    </message>
    <message>
        <source>Preparing the areas</source>
        <translation>Alueiden valmistelu</translation>
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
        <source>derived: hot spots connected by {feed} on {day} ({why}), departures {window}, direct or with one transfer; isolated: {isolated}</source>
        <translation>johdettu: keskittymät, jotka {feed} yhdistää {day} ({why}), lähdöt {window}, suoraan tai yhdellä vaihdolla; eristyksissä: {isolated}</translation>
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
        <source>Timetable links</source>
        <translation>Aikatauluyhteydet</translation>
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
    <name>CoverageCurve</name>
    <message>
        <source>radius km</source>
        <translation>säde km</translation>
    </message>
    <message>
        <source>Compute to see the coverage curve</source>
        <translation>Laske nähdäksesi kattavuuskäyrän</translation>
    </message>
</context>
<context>
    <name>CoverageLayers</name>
    <message>
        <source>Coverage gaps</source>
        <translation>Katvealueet</translation>
    </message>
    <message>
        <source>Coverage pass/fail</source>
        <translation>Kattavuus: täyttyy / ei täyty</translation>
    </message>
    <message>
        <source>Hot-spot links</source>
        <translation>Keskittymien yhteydet</translation>
    </message>
    <message>
        <source>OUT OF DATE</source>
        <translation>VANHENTUNUT</translation>
    </message>
    <message>
        <source>{flag} ({why}): compute again. {note}</source>
        <translation>{flag} ({why}): laske uudelleen. {note}</translation>
    </message>
    <message>
        <source> (zone set {label})</source>
        <translation> (vyöhykejako {label})</translation>
    </message>
    <message>
        <source>uncovered {zone} areas at the current radii</source>
        <translation>kattamattomat alueet (vyöhyke: {zone}) nykyisillä säteillä</translation>
    </message>
    <message>
        <source>derived from the coverage check: {zone} share (people where known) vs the target</source>
        <translation>johdettu kattavuustarkastelusta: vyöhykkeen {zone} osuus (väestöstä, kun se tiedetään) verrattuna tavoitteeseen</translation>
    </message>
    <message>
        <source>derived from the coverage check: hot spots linked by transport ({rule}; a station layer's links are drawn as the shortest set joining its hot spots), at the radii of the sliders</source>
        <translation>johdettu kattavuustarkastelusta: liikenteen yhdistämät keskittymät ({rule}; asematason yhteydet piirretään lyhimpänä joukkona, joka yhdistää sen keskittymät), liukusäätimien säteillä</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Mark layers as transport or energy, give them a radius, then Compute.</source>
        <translation>Merkitse tasot liikenne- tai energiatasoiksi, anna niille säde ja valitse sitten Laske.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Liikenne</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
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
        <source>share of each in-between area (people where known, else area) that the transport layers must reach for the municipality to pass; none: not judged</source>
        <translation>kunkin välialueen osuus (asukkaista, missä ne tunnetaan, muuten pinta-alasta), jonka liikennetasojen on katettava, jotta kunta täyttää tavoitteen; ei tavoitetta: ei arvioida</translation>
    </message>
    <message>
        <source>share of each in-between area (people where known, else area) that the energy layers must reach for the municipality to pass; none: not judged</source>
        <translation>kunkin välialueen osuus (asukkaista, missä ne tunnetaan, muuten pinta-alasta), jonka energiatasojen on katettava, jotta kunta täyttää tavoitteen; ei tavoitetta: ei arvioida</translation>
    </message>
    <message>
        <source>share of each hot spot (people where known, else area) that the transport layers must reach for the municipality to pass; none: not judged</source>
        <translation>kunkin keskittymän osuus (asukkaista, missä ne tunnetaan, muuten pinta-alasta), jonka liikennetasojen on katettava, jotta kunta täyttää tavoitteen; ei tavoitetta: ei arvioida</translation>
    </message>
    <message>
        <source>share of each hot spot (people where known, else area) that the energy layers must reach for the municipality to pass; none: not judged</source>
        <translation>kunkin keskittymän osuus (asukkaista, missä ne tunnetaan, muuten pinta-alasta), jonka energiatasojen on katettava, jotta kunta täyttää tavoitteen; ei tavoitetta: ei arvioida</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Laske</translation>
    </message>
    <message>
        <source>Suggest targets</source>
        <translation>Ehdota tavoitteita</translation>
    </message>
    <message>
        <source>Set each in-between target to what the best third of the in-between areas reach now: a target that tells the municipalities apart</source>
        <translation>Asettaa kunkin välialueiden tavoitteen siihen, mihin välialueiden paras kolmannes nyt yltää: tavoite, joka erottaa kunnat toisistaan</translation>
    </message>
    <message>
        <source>In-between targets:</source>
        <translation>Välialueiden tavoitteet:</translation>
    </message>
    <message>
        <source>Hot spots:</source>
        <translation>Keskittymät:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>Suggested targets (what the best third of the in-between areas reach now): {targets}</source>
        <translation>Ehdotetut tavoitteet (mihin välialueiden paras kolmannes nyt yltää): {targets}</translation>
    </message>
    <message>
        <source>Gaps: uncovered places of the in-between areas (click: zoom, highlight):</source>
        <translation>Katvealueet: välialueiden kattamattomat paikat (napsauta: tarkenna, korosta):</translation>
    </message>
    <message>
        <source>Targets ({zone}):</source>
        <translation>Tavoitteet ({zone}):</translation>
    </message>
    <message>
        <source>Gaps: uncovered places of the {zone} zones (click: zoom, highlight):</source>
        <translation>Katvealueet: vyöhykkeiden {zone} kattamattomat paikat (napsauta: tarkenna, korosta):</translation>
    </message>
    <message>
        <source>Building the zones of {layer}…</source>
        <translation>Muodostetaan vyöhykkeitä tasosta {layer}…</translation>
    </message>
    <message>
        <source>Building the zones</source>
        <translation>Muodostetaan vyöhykkeitä</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <source>Coverage check</source>
        <translation>Kattavuustarkastelu</translation>
    </message>
    <message>
        <source>Cancelled: the zones were not built</source>
        <translation>Peruttu: vyöhykkeitä ei muodostettu</translation>
    </message>
    <message>
        <source>Coverage check failed: {error}</source>
        <translation>Kattavuustarkastelu epäonnistui: {error}</translation>
    </message>
    <message>
        <source>No coverage curve for a reach in minutes: the curve runs over metres</source>
        <translation>Minuutteina annetulle ulottuvuudelle ei ole kattavuuskäyrää: käyrä kulkee metreinä</translation>
    </message>
    <message>
        <source>Out of date: {why}. The table, gaps and map are of the last Compute; press Compute to bring them up to date.</source>
        <translation>Vanhentunut: {why}. Taulukko, katvealueet ja kartta ovat viimeisimmästä laskennasta; valitse Laske päivittääksesi ne.</translation>
    </message>
    <message>
        <source> (approx.)</source>
        <translation> (likim.)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Kattavuus</translation>
    </message>
    <message>
        <source>&amp;Coverage check…</source>
        <translation>&amp;Kattavuustarkastelu…</translation>
    </message>
</context>
<context>
    <name>CreditPrompt</name>
    <message>
        <source>Source and licence of {layer}</source>
        <translation>Tason {layer} lähde ja lisenssi</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <source>Who publishes the data and under which licence; exports credit it on the map and on the sources page. Separate several parts with ';'.</source>
        <translation>Kuka aineiston julkaisee ja millä lisenssillä; viennit mainitsevat sen kartalla ja lähdesivulla. Erota useampi osa merkillä ';'.</translation>
    </message>
    <message>
        <source>Source and licence of '{layer}': {credit}</source>
        <translation>Tason '{layer}' lähde ja lisenssi: {credit}</translation>
    </message>
    <message>
        <source>'{layer}': source and licence from {where}: {credit}</source>
        <translation>'{layer}': lähde ja lisenssi tiedostosta ({where}): {credit}</translation>
    </message>
    <message>
        <source>Add source and licence…</source>
        <translation>Lisää lähde ja lisenssi…</translation>
    </message>
    <message>
        <source>The file does not say its source or licence; exports will list it as 'licence not stated'</source>
        <translation>Tiedosto ei kerro lähdettään eikä lisenssiään; viennit merkitsevät sen: 'licence not stated'</translation>
    </message>
    <message>
        <source>'{layer}' does not say its source or licence; exports will list it as 'licence not stated'</source>
        <translation>'{layer}' ei kerro lähdettään eikä lisenssiään; viennit merkitsevät sen: 'licence not stated'</translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>HH-HH or HH:MM-HH:MM on the service day's clock (it may pass 24:00)</source>
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
        <source>Count the departures of these feeds' stops again:</source>
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
    <name>DistanceRow</name>
    <message>
        <source>Distance:</source>
        <translation>Etäisyys:</translation>
    </message>
    <message>
        <source>How far a place is from a service: in a straight line (circles), or along a loaded road and path network (an .osm.pbf extract or any line layer) on foot, by bike or by car; along a network the table shows the straight-line shares beside</source>
        <translation>Kuinka kaukana paikka on palvelusta: linnuntietä (ympyrät) tai ladattua tie- ja polkuverkkoa pitkin (.osm.pbf-ote tai mikä tahansa viivataso) kävellen, pyörällä tai autolla; verkkoa pitkin taulukko näyttää rinnalla linnuntie-etäisyyden osuudet</translation>
    </message>
    <message>
        <source>snap ≤</source>
        <translation>kohdistus ≤</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Along a network: places (services and zone samples) farther than this from a usable way are unreachable; the distance to the way counts as part of the trip</source>
        <translation>Verkostoa pitkin: paikat (palvelut ja vyöhykkeiden otospisteet), jotka ovat tätä kauempana käytettävästä väylästä, jäävät saavuttamatta; matka väylälle lasketaan osaksi matkaa</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metriä</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuuttia</translation>
    </message>
    <message>
        <source>Along a network: each layer reaches its radius in metres, or as far as its minutes of travel at the mode's speed on each road class (the sliders then move in minutes)</source>
        <translation>Verkostoa pitkin: kukin taso ulottuu säteensä verran metreinä tai niin pitkälle kuin sen matka-aika minuutteina riittää kulkutavan nopeudella kullakin tieluokalla (liukusäätimet liikkuvat silloin minuutteina)</translation>
    </message>
    <message>
        <source>{choice} (not loaded)</source>
        <translation>{choice} (ei ladattu)</translation>
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
        <source>optional, e.g. 'Coverage of in-between areas, draft'</source>
        <translation>valinnainen, esim. 'Välialueiden kattavuus, luonnos'</translation>
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
        <source>Exported {csv} and {geojson}</source>
        <translation>Viety: {csv} ja {geojson}</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-taulukko (*.csv)</translation>
    </message>
    <message>
        <source>Finnish spreadsheet (;, decimal comma) (*.csv)</source>
        <translation>Suomalainen taulukkolaskenta (;, desimaalipilkku) (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
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
        <source>add timetable {file}</source>
        <translation>aikataulun {file} lisääminen</translation>
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
    <name>HotspotSourceRow</name>
    <message>
        <source>Keep only the polygons of some categories of this field (e.g. SYKE's centre zones)</source>
        <translation>Säilytä vain tämän kentän joidenkin luokkien alueet (esim. SYKEn keskustavyöhykkeet)</translation>
    </message>
    <message>
        <source>values, comma-separated</source>
        <translation>arvot pilkuin eroteltuina</translation>
    </message>
    <message>
        <source>discs elsewhere</source>
        <translation>ympyrät muualla</translation>
    </message>
    <message>
        <source>Also the approximate settlement discs where the layer has no data (e.g. the urban-zone centres in the capital region, discs in the rest of Uusimaa)</source>
        <translation>Myös likimääräiset asutusympyrät siellä, missä tasolla ei ole tietoja (esim. kaupunkivyöhykkeiden keskustat pääkaupunkiseudulla, ympyrät muualla Uudellamaalla)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Hot spots of {layer}: only</source>
        <translation>Keskittymät tasosta {layer}: vain</translation>
    </message>
    <message>
        <source>(all categories)</source>
        <translation>(kaikki luokat)</translation>
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
        <source>Save the current layer's features in another format</source>
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
        <source>add {layer}</source>
        <translation>tason {layer} lisääminen</translation>
    </message>
    <message>
        <source>the file says {crs}</source>
        <translation>tiedoston mukaan {crs}</translation>
    </message>
    <message>
        <source>the file declares none</source>
        <translation>tiedosto ei ilmoita sitä</translation>
    </message>
    <message>
        <source>CRS {crs} detected from the coordinates ({declared})</source>
        <translation>koordinaattijärjestelmä {crs} päätelty koordinaateista ({declared})</translation>
    </message>
    <message>
        <source>CRS {crs} assumed from the coordinates ({declared})</source>
        <translation>koordinaattijärjestelmä {crs} oletettu koordinaattien perusteella ({declared})</translation>
    </message>
    <message>
        <source>text read as {encoding} (the file is not UTF-8)</source>
        <translation>teksti luettu merkistönä {encoding} (tiedosto ei ole UTF-8)</translation>
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
        <source>Added '{layer}': {features}</source>
        <translation>Lisätty '{layer}': {features}</translation>
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
        <source>Part of the application could not start ({name}: {error}); details in {log}</source>
        <translation>Osa sovelluksesta ei käynnistynyt ({name}: {error}); lisätiedot: {log}</translation>
    </message>
    <message>
        <source>details in {log}</source>
        <translation>lisätiedot: {log}</translation>
    </message>
    <message>
        <source>details could not be logged</source>
        <translation>lisätietoja ei voitu kirjata lokiin</translation>
    </message>
    <message>
        <source>unexpected {kind}: {error} ({detail})</source>
        <translation>odottamaton {kind}: {error} ({detail})</translation>
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
        <source>Loading official boundaries is not available in this build; open a boundary file (GeoPackage, Shapefile, GeoJSON) with fields 'code' and 'name' instead.</source>
        <translation>Virallisten kuntarajojen lataus ei ole käytettävissä tässä versiossa; avaa sen sijaan rajatiedosto (GeoPackage, Shapefile, GeoJSON), jossa on kentät 'code' ja 'name'.</translation>
    </message>
    <message>
        <source>{path}: no such file; check the name and the folder</source>
        <translation>{path}: tiedostoa ei ole; tarkista nimi ja kansio</translation>
    </message>
    <message>
        <source>Opening {files}</source>
        <translation>Avataan {files}</translation>
    </message>
    <message>
        <source>opening {file}</source>
        <translation>avataan {file}</translation>
    </message>
    <message>
        <source>{name}: regionmap cannot open this kind of file here; open GeoPackage, Shapefile, GeoJSON, CSV with coordinates or a regionmap project</source>
        <translation>{name}: regionmap ei voi avata tämänlaista tiedostoa tässä; avaa GeoPackage, Shapefile, GeoJSON, koordinaatit sisältävä CSV tai regionmap-projekti</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>suljetaan</translation>
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
    <message>
        <source>the base map</source>
        <translation>taustakartta</translation>
    </message>
    <message>
        <source>layer '{layer}' could not be drawn ({error}); details in the log file</source>
        <translation>tasoa '{layer}' ei voitu piirtää ({error}); lisätiedot lokitiedostossa</translation>
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
        <source>Reach along the network</source>
        <translation>Saavutettavuus verkkoa pitkin</translation>
    </message>
    <message>
        <source> — reach along the network</source>
        <translation> — saavutettavuus verkkoa pitkin</translation>
    </message>
    <message>
        <source>Reach along the network: no visible transport or energy layer to measure; load one or show it</source>
        <translation>Saavutettavuus verkkoa pitkin: ei näkyvää liikenne- tai energiatasoa mitattavaksi; lataa sellainen tai tuo se näkyviin</translation>
    </message>
    <message>
        <source>Reach along the network: load a road or path network first (a line layer, e.g. OpenStreetMap streets or Digiroad)</source>
        <translation>Saavutettavuus verkkoa pitkin: lataa ensin tie- tai polkuverkko (viivataso, esim. OpenStreetMapin kadut tai Digiroad)</translation>
    </message>
    <message>
        <source>Each visible service layer's reach along the network, at its radius.</source>
        <translation>Kunkin näkyvän palvelutason saavutettavuus verkkoa pitkin sen säteellä.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkko</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Kulkutapa</translation>
    </message>
    <message>
        <source>Reach along '{network}' ({mode}) drawn for {count} layer(s)</source>
        <translation>Saavutettavuus verkkoa '{network}' pitkin ({mode}) piirretty; tasoja {count}</translation>
    </message>
    <message>
        <source>Reach along the network: {error}</source>
        <translation>Saavutettavuus verkkoa pitkin: {error}</translation>
    </message>
    <message>
        <source>Reach along a &amp;network…</source>
        <translation>Saavutettavuus &amp;verkkoa pitkin…</translation>
    </message>
    <message>
        <source>Choose a road or path layer as the network (walk, bike or car) and draw each visible service layer's reach along it at its radius</source>
        <translation>Valitse tie- tai reittitaso verkostoksi (kävely, pyöräily tai auto) ja piirrä kunkin näkyvän palvelutason saavutettavuus verkkoa pitkin sen säteellä</translation>
    </message>
</context>
<context>
    <name>PickOnMap</name>
    <message>
        <source>Picked candidates</source>
        <translation>Valitut ehdokkaat</translation>
    </message>
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
        <source>Added '{layer}': {cells} cells, {people} people ({credit}), {how}; the coverage check now counts people with it</source>
        <translation>Lisätty '{layer}': ruutuja {cells}, asukkaita {people} ({credit}), {how}; kattavuustarkastelu laskee nyt asukkaat sen mukaan</translation>
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
        <source>People for the region: Statistics Finland's 1 km population grid (CC BY 4.0), the latest year, kept for offline use and used by the coverage check</source>
        <translation>Asukkaat alueelle: Tilastokeskuksen 1 km:n väestöruudukko (CC BY 4.0), uusin vuosi, tallennetaan käytettäväksi ilman verkkoyhteyttä ja kattavuustarkastelun pohjaksi</translation>
    </message>
    <message>
        <source>Download population grid (&amp;HSY 250 m, capital region)…</source>
        <translation>Lataa väestöruudukko (&amp;HSY 250 m, pääkaupunkiseutu)…</translation>
    </message>
    <message>
        <source>HSY's finer 250 m grid (CC BY 4.0); offered when the region lies inside Helsinki, Espoo, Vantaa and Kauniainen (load their official boundaries first)</source>
        <translation>HSY:n tarkempi 250 m:n ruudukko (CC BY 4.0); käytettävissä, kun alue on Helsingin, Espoon, Vantaan ja Kauniaisten sisällä (lataa ensin niiden viralliset rajat)</translation>
    </message>
</context>
<context>
    <name>PopulationRow</name>
    <message>
        <source>none: area only</source>
        <translation>ei mitään: vain pinta-ala</translation>
    </message>
    <message>
        <source>People from:</source>
        <translation>Asukkaat tasosta:</translation>
    </message>
    <message>
        <source>The layer whose features count people: a population grid (people spread over each cell's land) or points; none: the check is by area</source>
        <translation>Taso, jonka kohteet kertovat asukasmäärän: väestöruudukko (asukkaat jaetaan kunkin ruudun maa-alueelle) tai pisteet; ei mitään: tarkastelu pinta-alan mukaan</translation>
    </message>
    <message>
        <source>The field holding the number of people</source>
        <translation>Kenttä, jossa on asukasmäärä</translation>
    </message>
    <message>
        <source>{layer} (approximate)</source>
        <translation>{layer} (likimääräinen)</translation>
    </message>
    <message>
        <source>{layer} (not loaded)</source>
        <translation>{layer} (ei ladattu)</translation>
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
        <source>Your changes will be lost if you don't save them.</source>
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
        <source>opening {file}</source>
        <translation>avataan {file}</translation>
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
        <source>{a}: {how_a}; {b}: {how_b}</source>
        <translation>{a}: {how_a}; {b}: {how_b}</translation>
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
        <source>derived: coverage gained and lost from {a} to {b} in {zones}</source>
        <translation>johdettu: kattavuuden lisäys ja menetys skenaariosta {a} skenaarioon {b} alueilla {zones}</translation>
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
        <source>In the interface language (the other in the tooltip)</source>
        <translation>Käyttöliittymän kielellä (toinen työkaluvihjeessä)</translation>
    </message>
    <message>
        <source>Both, as on road signs (Porvoo / Borgå)</source>
        <translation>Molemmat, kuten tienviitoissa (Porvoo / Borgå)</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Käyttöliittymän kieli:</translation>
    </message>
    <message>
        <source>Place names:</source>
        <translation>Paikannimet:</translation>
    </message>
    <message>
        <source>A new language or way of writing names takes effect when regionmap is started again.</source>
        <translation>Uusi kieli tai nimien kirjoitustapa tulee voimaan, kun regionmap käynnistetään uudelleen.</translation>
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
        <source>proposed (derived): {n} sites chosen by greedy maximal covering; not an existing layer</source>
        <translation>ehdotettu (johdettu): sijainteja {n}, valittu ahneella maksimikattavuudella; ei olemassa oleva taso</translation>
    </message>
    <message>
        <source>Proposing sites</source>
        <translation>Ehdotetaan sijainteja</translation>
    </message>
    <message>
        <source>Mark a layer as transport or energy first: its features are what is measured.</source>
        <translation>Merkitse ensin jokin taso liikenne- tai energiatasoksi: sen kohteet mitataan.</translation>
    </message>
    <message>
        <source>The Coverage dock measures along the network layer {layer}, which is not loaded: load it again or choose another distance in its Distance row.</source>
        <translation>Kattavuus-paneeli mittaa verkkotasoa {layer} pitkin, mutta sitä ei ole ladattu: lataa se uudelleen tai valitse toinen etäisyys paneelin Etäisyys-rivillä.</translation>
    </message>
    <message>
        <source>What each facility adds</source>
        <translation>Mitä kukin palvelupiste lisää</translation>
    </message>
    <message>
        <source>{layer} — unique coverage</source>
        <translation>{layer} — ainoa kattavuus</translation>
    </message>
    <message>
        <source>derived: people and area only each feature covers, {how}</source>
        <translation>johdettu: asukkaat ja pinta-ala, jotka vain kukin kohde kattaa, {how}</translation>
    </message>
    <message>
        <source>unique coverage of {layers}, {how}: sort the attribute table by unique_people</source>
        <translation>tasojen {layers} ainoa kattavuus, {how}: lajittele ominaisuustietotaulu kentän unique_people mukaan</translation>
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
        <source>Quantiles (equal count)</source>
        <translation>Kvantiilit (yhtä monta kohdetta)</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Tasavälinen</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Luonnolliset luokkarajat (Jenks)</translation>
    </message>
    <message>
        <source>Yellow – orange – red</source>
        <translation>Keltainen – oranssi – punainen</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Siniset</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Vihreät</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Violetit</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Harmaat</translation>
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
        <source>Most frequent values get their own colour; the rest are 'other values'</source>
        <translation>Yleisimmät arvot saavat oman värinsä; loput ovat 'muita arvoja'</translation>
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
        <source>A value equal to a class bound belongs to the lower class</source>
        <translation>Luokkarajan suuruinen arvo kuuluu alempaan luokkaan</translation>
    </message>
    <message>
        <source>Graduated by numeric field</source>
        <translation>Porrastettu numeerisen kentän mukaan</translation>
    </message>
    <message>
        <source>Numeric field</source>
        <translation>Numeerinen kenttä</translation>
    </message>
    <message>
        <source>Classes by</source>
        <translation>Luokittelutapa</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Luokkien määrä</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Väriskaala</translation>
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
    <name>UrbanRuralDownload</name>
    <message>
        <source>Downloading the urban-rural classification</source>
        <translation>Ladataan kaupunki-maaseutu-luokitusta</translation>
    </message>
    <message>
        <source>The urban-rural classification is already being downloaded</source>
        <translation>Kaupunki-maaseutu-luokitusta ladataan jo</translation>
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
        <source>Added '{layer}': {areas} areas ({credit}), {how}; the coverage check's zones are now its classes ({classes}): Compute to count them</source>
        <translation>Lisättiin '{layer}': {areas} aluetta ({credit}), {how}; kattavuustarkastelun vyöhykkeet ovat nyt sen luokat ({classes}): laske ne painamalla Laske</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Tarkenna tasoon</translation>
    </message>
    <message>
        <source>The urban-rural classification was not downloaded: {error}. The loaded layers and the zones are unchanged.</source>
        <translation>Kaupunki-maaseutu-luokitusta ei ladattu: {error}. Ladatut tasot ja vyöhykkeet ovat ennallaan.</translation>
    </message>
    <message>
        <source>Download &amp;urban-rural classification…</source>
        <translation>Lataa kaupunki-&amp;maaseutu-luokitus…</translation>
    </message>
    <message>
        <source>SYKE's urban-rural classification (7 classes, CC BY 4.0) of the region, kept for offline use; the coverage check's zones become its classes: urban core, intermediate (peri-urban + rural areas close to urban areas) and rural</source>
        <translation>SYKEn kaupunki-maaseutu-luokitus (7 luokkaa, CC BY 4.0) alueelle, tallennetaan käyttöön ilman verkkoyhteyttä; kattavuustarkastelun vyöhykkeiksi tulevat sen luokat: kaupunkiydin, välivyöhyke (kaupungin kehysalue + kaupungin läheinen maaseutu) ja maaseutu</translation>
    </message>
</context>
<context>
    <name>ZoneMappingDialog</name>
    <message>
        <source>own mapping</source>
        <translation>oma vastaavuus</translation>
    </message>
    <message>
        <source>Zone set: {layer}</source>
        <translation>Vyöhykejako: {layer}</translation>
    </message>
    <message>
        <source>Map each value of the field to a zone class (empty: left out). The coverage table then has a row per municipality and class.</source>
        <translation>Liitä kentän kukin arvo vyöhykeluokkaan (tyhjä: jätetään pois). Kattavuustaulukossa on silloin rivi kutakin kuntaa ja luokkaa kohden.</translation>
    </message>
    <message>
        <source>A built-in mapping of SYKE's open data (CC BY 4.0), offered where it fits the field's values</source>
        <translation>SYKEn avoimen aineiston (CC BY 4.0) valmis vastaavuus, tarjolla kun se sopii kentän arvoihin</translation>
    </message>
    <message>
        <source>The class the targets judge: a municipality passes when its zone of this class reaches them; the other classes are shown, not judged</source>
        <translation>Luokka, jota tavoitteet arvioivat: kunta täyttää tavoitteen, kun sen tämän luokan vyöhyke saavuttaa ne; muut luokat näytetään, niitä ei arvioida</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Kenttä:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Esiasetus:</translation>
    </message>
    <message>
        <source>Target class:</source>
        <translation>Tavoiteluokka:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Polygons</source>
        <translation>Alueita</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Pinta-ala km²</translation>
    </message>
    <message>
        <source>Zone class</source>
        <translation>Vyöhykeluokka</translation>
    </message>
    <message>
        <source>{name} cannot be a class name (it is the totals' row)</source>
        <translation>{name} ei voi olla luokan nimi (se on yhteensä-rivi)</translation>
    </message>
    <message>
        <source>give at least one value a class</source>
        <translation>anna ainakin yhdelle arvolle luokka</translation>
    </message>
</context>
<context>
    <name>ZonesRow</name>
    <message>
        <source>Hot spots / in-between</source>
        <translation>Keskittymät / välialueet</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Vyöhykkeet:</translation>
    </message>
    <message>
        <source>What the region is cut into: each municipality's hot spots and in-between area, or the zone classes of a polygon layer's category field (e.g. SYKE's urban zones)</source>
        <translation>Mihin alue jaetaan: kunkin kunnan keskittymät ja välialue tai aluetason luokkakentän vyöhykeluokat (esim. SYKEn yhdyskuntarakenteen vyöhykkeet)</translation>
    </message>
    <message>
        <source>Mapping…</source>
        <translation>Vastaavuus…</translation>
    </message>
    <message>
        <source>Which value of the layer's field is which zone class, and which class the targets judge</source>
        <translation>Mikä tason kentän arvo on mikäkin vyöhykeluokka ja mitä luokkaa tavoitteet arvioivat</translation>
    </message>
    <message>
        <source>{layer} (not loaded)</source>
        <translation>{layer} (ei ladattu)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>print what a geodata file holds and how it would load</source>
        <translation>näytä, mitä paikkatietotiedosto sisältää ja miten se latautuisi</translation>
    </message>
    <message>
        <source>coverage of hot spots and in-between areas by service layers</source>
        <translation>keskittymien ja välialueiden kattavuus palvelutasoilla</translation>
    </message>
    <message>
        <source>download the population grid or the boundaries into the cache</source>
        <translation>lataa väestöruudukko tai kuntarajat välimuistiin</translation>
    </message>
    <message>
        <source>export a map snapshot (png, pdf, svg, html)</source>
        <translation>vie kartta (png, pdf, svg, html)</translation>
    </message>
    <message>
        <source>write a project file (GeoPackage)</source>
        <translation>kirjoita projektitiedosto (GeoPackage)</translation>
    </message>
    <message>
        <source>propose new sites that cover the most uncovered people, and what each adds</source>
        <translation>ehdota uusia sijainteja, jotka kattavat eniten kattamattomia asukkaita, ja mitä kukin lisää</translation>
    </message>
    <message>
        <source>stops of a GTFS feed by service level, and its route lines</source>
        <translation>GTFS-aikataulun pysäkit palvelutason mukaan ja sen reittiviivat</translation>
    </message>
    <message>
        <source>(COMMAND --help for its options)</source>
        <translation>(COMMAND --help näyttää komennon valitsimet)</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>komennot:</translation>
    </message>
    <message>
        <source>{name}: this command is not available in this build ({exc}); reinstall with 'make run'</source>
        <translation>{name}: komento ei ole käytettävissä tässä asennuksessa ({exc}); asenna uudelleen komennolla 'make run'</translation>
    </message>
    <message>
        <source>--project cannot be combined with --region, --hotspots or --layer; add layers to the project in the app instead</source>
        <translation>--project ei käy yhdessä valitsimien --region, --hotspots tai --layer kanssa; lisää tasot projektiin sovelluksessa</translation>
    </message>
    <message>
        <source>--project: reading projects is not available in this build ({exc})</source>
        <translation>--project: projektien lukeminen ei ole käytettävissä tässä asennuksessa ({exc})</translation>
    </message>
    <message>
        <source>--project {path}: no such file; check the path</source>
        <translation>--project {path}: tiedostoa ei ole; tarkista polku</translation>
    </message>
    <message>
        <source>--coverage: the coverage check is not available in this build ({exc})</source>
        <translation>--coverage: kattavuustarkastelu ei ole käytettävissä tässä asennuksessa ({exc})</translation>
    </message>
    <message>
        <source>--coverage: there is no service layer to check; add one with --layer PATH[:RADIUS_M]</source>
        <translation>--coverage: tarkasteltavaa palvelutasoa ei ole; lisää taso valitsimella --layer POLKU[:SÄDE_M]</translation>
    </message>
    <message>
        <source>measured along the project's network {layer!r} ({mode}, snap {snap} m), as its Coverage dock does</source>
        <translation>mitattu projektin verkkoa {layer!r} pitkin ({mode}, kohdistus {snap} m), kuten sen kattavuuspaneeli mittaa</translation>
    </message>
    <message>
        <source>--project: its Coverage dock measures along the network layer {layer!r}, which the project does not hold; open the project in regionmap and choose a straight line or another network</source>
        <translation>--project: sen kattavuuspaneeli mittaa verkkotasoa {layer!r} pitkin, mutta projektissa ei ole sitä tasoa; avaa projekti regionmapissa ja valitse linnuntie tai toinen verkko</translation>
    </message>
    <message>
        <source>--out {out}: unknown format {suffix!r}; use .png, .pdf, .svg or .html</source>
        <translation>--out {out}: tuntematon muoto {suffix!r}; käytä muotoa .png, .pdf, .svg tai .html</translation>
    </message>
    <message>
        <source>--size is for PNG only; for .{fmt} give --paper A4|A3 and --dpi</source>
        <translation>--size koskee vain PNG-kuvaa; muodolle .{fmt} anna --paper A4|A3 ja --dpi</translation>
    </message>
    <message>
        <source>give either --size (pixels) or --paper (A4/A3), not both</source>
        <translation>anna joko --size (pikseleinä) tai --paper (A4/A3), ei molempia</translation>
    </message>
    <message>
        <source>--target and --report need --coverage</source>
        <translation>--target ja --report tarvitsevat valitsimen --coverage</translation>
    </message>
    <message>
        <source>--target {target:g}: give the share as a number above 0 and at most 1, e.g. 0.8</source>
        <translation>--target {target:g}: anna osuus lukuna, joka on yli 0 ja enintään 1, esim. 0.8</translation>
    </message>
    <message>
        <source>give one --attribution per --layer, in the same order ({layers} layers, {credits} attributions)</source>
        <translation>anna yksi --attribution kutakin --layer-valitsinta kohden samassa järjestyksessä (tasoja {layers}, lähdetietoja {credits})</translation>
    </message>
    <message>
        <source>wrote {csv} and {geojson}</source>
        <translation>kirjoitettu {csv} ja {geojson}</translation>
    </message>
    <message>
        <source>wrote {path} ({format}, {w}x{h} px at {dpi} dpi, {width} x {height} mm, scale {scale}; legend: {legend})</source>
        <translation>kirjoitettu {path} ({format}, {w}x{h} px, {dpi} dpi, {width} x {height} mm, mittakaava {scale}; selite: {legend})</translation>
    </message>
    <message>
        <source>wrote {path} ({size} MB, {n} layers)</source>
        <translation>kirjoitettu {path} ({size} MB, tasoja {n})</translation>
    </message>
    <message>
        <source>simplified for the web: {what}</source>
        <translation>yksinkertaistettu verkkoa varten: {what}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>huomautus: {note}</translation>
    </message>
    <message>
        <source>--size {text!r}: expected WIDTHxHEIGHT in pixels, e.g. 1400x900</source>
        <translation>--size {text!r}: odotettiin muotoa LEVEYSxKORKEUS pikseleinä, esim. 1400x900</translation>
    </message>
    <message>
        <source>--size {text!r}: width must be 200..10000 and height 150..10000 pixels</source>
        <translation>--size {text!r}: leveyden on oltava 200–10000 ja korkeuden 150–10000 pikseliä</translation>
    </message>
    <message>
        <source>--screenshot {path}: the file name must end in .png (or .jpg)</source>
        <translation>--screenshot {path}: tiedostonimen on päätyttävä .png (tai .jpg)</translation>
    </message>
    <message>
        <source>--screenshot {path}: the folder {folder} does not exist; create it or choose another</source>
        <translation>--screenshot {path}: kansiota {folder} ei ole; luo se tai valitse toinen</translation>
    </message>
    <message>
        <source>--screenshot {path}: cannot write there (permission denied); choose another place</source>
        <translation>--screenshot {path}: sinne ei voi kirjoittaa (ei oikeuksia); valitse toinen paikka</translation>
    </message>
    <message>
        <source>cannot connect to the X display {display!r}; check that the X server runs and DISPLAY is right, or run headless with QT_QPA_PLATFORM=offscreen</source>
        <translation>X-näyttöön {display!r} ei saada yhteyttä; tarkista, että X-palvelin on käynnissä ja DISPLAY on oikein, tai aja ilman näyttöä: QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>the Qt xcb platform needs the system library libxcb-cursor0; install it (sudo apt-get install libxcb-cursor0) or run headless with QT_QPA_PLATFORM=offscreen</source>
        <translation>Qt:n xcb-alusta tarvitsee järjestelmäkirjaston libxcb-cursor0; asenna se (sudo apt-get install libxcb-cursor0) tai aja ilman näyttöä: QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); run it from a desktop session, or headless with QT_QPA_PLATFORM=offscreen (e.g. for --screenshot)</source>
        <translation>ikkunalle ei ole näyttöä (DISPLAY puuttuu); käynnistä työpöytäistunnosta tai ilman näyttöä: QT_QPA_PLATFORM=offscreen (esim. --screenshot)</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM=xcb but DISPLAY is not set; start an X server or use QT_QPA_PLATFORM=offscreen</source>
        <translation>QT_QPA_PLATFORM=xcb, mutta DISPLAY puuttuu; käynnistä X-palvelin tai käytä QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>the Qt platform could not start ({exc}); try QT_QPA_PLATFORM=offscreen</source>
        <translation>Qt-alusta ei käynnistynyt ({exc}); kokeile QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>--size only applies with --screenshot OUT.png</source>
        <translation>--size koskee vain valitsinta --screenshot KUVA.png</translation>
    </message>
    <message>
        <source>--timeout only applies with --screenshot OUT.png</source>
        <translation>--timeout koskee vain valitsinta --screenshot KUVA.png</translation>
    </message>
    <message>
        <source>--timeout {timeout:g}: give the time limit in seconds, more than 0 and at most 86400</source>
        <translation>--timeout {timeout:g}: anna aikaraja sekunteina, yli 0 ja enintään 86400</translation>
    </message>
    <message>
        <source>{f}: no such file; check the name and the folder</source>
        <translation>{f}: tiedostoa ei ole; tarkista nimi ja kansio</translation>
    </message>
    <message>
        <source>--screenshot {out}: could not write the image; check the folder and free space</source>
        <translation>--screenshot {out}: kuvaa ei voitu kirjoittaa; tarkista kansio ja vapaa levytila</translation>
    </message>
    <message>
        <source>regionmap check: give a FILE to check (or --limits); see 'regionmap check --help'</source>
        <translation>regionmap check: anna tarkistettava TIEDOSTO (tai --limits); katso 'regionmap check --help'</translation>
    </message>
    <message>
        <source>{count} features</source>
        <translation>{count} kohdetta</translation>
    </message>
    <message>
        <source>{path}: --crs {crs!r} is not a known CRS; give an EPSG code such as EPSG:3067 or 3879</source>
        <translation>{path}: --crs {crs!r} ei ole tunnettu koordinaattijärjestelmä; anna EPSG-koodi, esim. EPSG:3067 tai 3879</translation>
    </message>
    <message>
        <source>{text}: the travel time must be more than 0 and at most {most} minutes, not {minutes}</source>
        <translation>{text}: matka-ajan on oltava yli 0 ja enintään {most} minuuttia, ei {minutes}</translation>
    </message>
    <message>
        <source>--layer {text}: the radius must be more than 0 and at most 100000 m, not {radius:g}</source>
        <translation>--layer {text}: säteen on oltava yli 0 ja enintään 100000 m, ei {radius:g}</translation>
    </message>
    <message>
        <source>--codes {text!r}: name municipality codes separated by commas, e.g. --codes 091,049</source>
        <translation>--codes {text!r}: anna kuntanumerot pilkuilla erotettuina, esim. --codes 091,049</translation>
    </message>
    <message>
        <source>{option}: applies to a --region boundaries file; give --region FILE or drop {option}</source>
        <translation>{option}: koskee --region-rajatiedostoa; anna --region TIEDOSTO tai jätä {option} pois</translation>
    </message>
    <message>
        <source>{path}: cannot be used as hot spots ({exc}); give a polygon file</source>
        <translation>{path}: ei kelpaa keskittymiksi ({exc}); anna aluetiedosto (polygonit)</translation>
    </message>
    <message>
        <source>{path}: has no features to use as a service layer</source>
        <translation>{path}: ei sisällä kohteita palvelutasoksi</translation>
    </message>
    <message>
        <source>{option}: applies to a hot spot file; give one with --hotspots FILE</source>
        <translation>{option}: koskee keskittymätiedostoa; anna se valitsimella --hotspots TIEDOSTO</translation>
    </message>
    <message>
        <source>--hotspot-filter {hotspot_filter}: give FIELD=VALUE,VALUE, e.g. vyoh=1,2,10</source>
        <translation>--hotspot-filter {hotspot_filter}: anna KENTTÄ=ARVO,ARVO, esim. vyoh=1,2,10</translation>
    </message>
    <message>
        <source>--hotspot-filter: {hotspots} {exc}; name values the field has</source>
        <translation>--hotspot-filter: {hotspots} {exc}; anna arvoja, joita kentässä on</translation>
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
        <translation>{option}: koskee aikatauluja; anna aikataulu valitsimella --gtfs SYÖTE.zip</translation>
    </message>
    <message>
        <source>{path}: the timetable has no stops with coordinates to count; check stops.txt</source>
        <translation>{path}: aikataulussa ei ole pysäkkejä, joilla on koordinaatit; tarkista stops.txt</translation>
    </message>
    <message>
        <source>--target {text}: unknown sector {sector!r}; use transport=SHARE, energy=SHARE or SHARE</source>
        <translation>--target {text}: tuntematon toimiala {sector!r}; käytä transport=OSUUS, energy=OSUUS tai OSUUS</translation>
    </message>
    <message>
        <source>--target {text}: give a share such as 0.9 or 90%</source>
        <translation>--target {text}: anna osuus, esim. 0.9 tai 90%</translation>
    </message>
    <message>
        <source>--target {text}: the share must be between 0 and 100 %</source>
        <translation>--target {text}: osuuden on oltava 0–100 %</translation>
    </message>
    <message>
        <source>--target {sector}=…: there is no {sector} layer to judge; give one with {option} or drop that target</source>
        <translation>--target {sector}=…: arvioitavaa tasoa ({sector}) ei ole; anna taso valitsimella {option} tai jätä tavoite pois</translation>
    </message>
    <message>
        <source>{path}: has no polygons to use as {what}; give a polygon file</source>
        <translation>{path}: ei sisällä polygoneja käytettäväksi ({what}); anna aluetiedosto</translation>
    </message>
    <message>
        <source>--csv-style fi: applies to --format csv; add --format csv or drop it</source>
        <translation>--csv-style fi: koskee muotoa --format csv; lisää --format csv tai jätä valitsin pois</translation>
    </message>
    <message>
        <source>--zone-target {zone_target}: names a class of a zone set; give the set with --zones</source>
        <translation>--zone-target {zone_target}: nimeää vyöhykejaon luokan; anna vyöhykejako valitsimella --zones</translation>
    </message>
    <message>
        <source>coverage: give at least one service layer with --layer PATH[:RADIUS_M] (or a --project that has transport or energy layers)</source>
        <translation>coverage: anna vähintään yksi palvelutaso valitsimella --layer POLKU[:SÄDE_M] (tai --project, jossa on liikenne- tai energiatasoja)</translation>
    </message>
    <message>
        <source>--service: no stop of {source} has at least {service_threshold:g} departures an hour ({when}); lower the level or choose another window or --day</source>
        <translation>--service: yhdelläkään aineiston {source} pysäkillä ei ole vähintään {service_threshold:g} lähtöä tunnissa ({when}); laske tasoa tai valitse toinen aikaikkuna tai --day</translation>
    </message>
    <message>
        <source>{layer}: {kept} of {n} stops have at least {threshold} departures an hour ({when}); only they count</source>
        <translation>{layer}: pysäkeistä {kept}/{n} on vähintään {threshold} lähtöä tunnissa ({when}); vain ne lasketaan</translation>
    </message>
    <message>
        <source>hidden layers are not counted: {layers}</source>
        <translation>piilotettuja tasoja ei lasketa: {layers}</translation>
    </message>
    <message>
        <source>{population}: has no features to use as population</source>
        <translation>{population}: ei sisällä kohteita väestötiedoksi</translation>
    </message>
    <message>
        <source>--out {out}: cannot write ({strerror}); check the folder</source>
        <translation>--out {out}: ei voi kirjoittaa ({strerror}); tarkista kansio</translation>
    </message>
    <message>
        <source>--gaps {gaps}: cannot write ({exc}); check the folder</source>
        <translation>--gaps {gaps}: ei voi kirjoittaa ({exc}); tarkista kansio</translation>
    </message>
    <message>
        <source>{path}: has no features to use as an energy layer</source>
        <translation>{path}: ei sisällä kohteita energiatasoksi</translation>
    </message>
    <message>
        <source>--zones {text}: give FILE:FIELD=MAPPING, e.g. --zones zones.gpkg:vyohselite=syke-urban-zones or zones.gpkg:luokka=K1=core,K3=intermediate</source>
        <translation>--zones {text}: anna TIEDOSTO:KENTTÄ=LUOKITUS, esim. --zones zones.gpkg:vyohselite=syke-urban-zones tai zones.gpkg:luokka=K1=core,K3=intermediate</translation>
    </message>
    <message>
        <source>--zones {path}: no such file; give the zone set's polygon file</source>
        <translation>--zones {path}: tiedostoa ei ole; anna vyöhykejaon aluetiedosto</translation>
    </message>
    <message>
        <source>--hotspot-target: a zone set has no hot spots; --target judges one of its classes (--zone-target, default intermediate)</source>
        <translation>--hotspot-target: vyöhykejaossa ei ole keskittymiä; --target arvioi yhden sen luokista (--zone-target, oletus intermediate)</translation>
    </message>
    <message>
        <source>--zones {zones}: name the field, FILE:FIELD=MAPPING (only a preset can find it)</source>
        <translation>--zones {zones}: nimeä kenttä, TIEDOSTO:KENTTÄ=LUOKITUS (vain valmis luokitus löytää sen itse)</translation>
    </message>
    <message>
        <source>--zones {path}: no field has the values of {preset}; name it, FILE:FIELD={preset}</source>
        <translation>--zones {path}: missään kentässä ei ole luokituksen {preset} arvoja; nimeä kenttä, TIEDOSTO:KENTTÄ={preset}</translation>
    </message>
    <message>
        <source>--zone-target {target}: the zone set {path}:{field} has no such class; its classes: {join}</source>
        <translation>--zone-target {target}: vyöhykejaossa {path}:{field} ei ole tällaista luokkaa; sen luokat: {join}</translation>
    </message>
    <message>
        <source>--project: the zone set's layer {layer!r} is not in the project; open it in the window and choose the zones again, or give --zones FILE:FIELD=MAPPING</source>
        <translation>--project: vyöhykejaon tasoa {layer!r} ei ole projektissa; avaa projekti ikkunassa ja valitse vyöhykkeet uudelleen tai anna --zones FILE:FIELD=MAPPING</translation>
    </message>
    <message>
        <source>--compare-map {compare_map}: needs the other state; give --compare PROJECT.gpkg</source>
        <translation>--compare-map {compare_map}: tarvitsee vertailutilanteen; anna --compare PROJEKTI.gpkg</translation>
    </message>
    <message>
        <source>--compare {path}: no such project; give a regionmap project (.gpkg) or PROJECT.gpkg#SCENARIO</source>
        <translation>--compare {path}: projektia ei ole; anna regionmap-projekti (.gpkg) tai PROJEKTI.gpkg#SKENAARIO</translation>
    </message>
    <message>
        <source>--compare {text}: name the scenario after #, or leave the # out for the project itself</source>
        <translation>--compare {text}: nimeä skenaario #-merkin jälkeen tai jätä # pois, jos vertaat itse projektiin</translation>
    </message>
    <message>
        <source>--compare {path}: its region is different ({theirs} municipalities against this run's {mine}; e.g. code {code} is in one only); compare a project of the same region, or give this run that project's --project or --region</source>
        <translation>--compare {path}: sen alue on eri (kuntia {theirs}, tässä ajossa {mine}; esim. kuntanumero {code} on vain toisessa); vertaa saman alueen projektiin tai anna tälle ajolle sen projektin --project tai --region</translation>
    </message>
    <message>
        <source>--compare {text}: {file} has no scenario {name!r}; its scenarios: {have}</source>
        <translation>--compare {text}: tiedostossa {file} ei ole skenaariota {name!r}; sen skenaariot: {have}</translation>
    </message>
    <message>
        <source>--compare {text}: has no shown service layer with features to compare; show one and save the project</source>
        <translation>--compare {text}: siinä ei ole näkyvää palvelutasoa, jossa olisi verrattavia kohteita; näytä taso ja tallenna projekti</translation>
    </message>
    <message>
        <source>--unique {path}: there is no service layer whose features to measure; give one with --layer or --energy</source>
        <translation>--unique {path}: mitattavia palvelutasoja ei ole; anna taso valitsimella --layer tai --energy</translation>
    </message>
    <message>
        <source>wrote {path}: {n} features with the people only each covers; {union} km² covered, {shared} km² of it by two or more</source>
        <translation>kirjoitettu {path}: {n} kohdetta ja asukkaat, jotka vain kukin kattaa; katettu {union} km², josta {shared} km² kahden tai useamman kattamaa</translation>
    </message>
    <message>
        <source>wrote {path}: {n} features with the area only each covers; {union} km² covered, {shared} km² of it by two or more</source>
        <translation>kirjoitettu {path}: {n} kohdetta ja pinta-ala, jonka vain kukin kattaa; katettu {union} km², josta {shared} km² kahden tai useamman kattamaa</translation>
    </message>
    <message>
        <source>--year {text!r}: give a year such as 2023</source>
        <translation>--year {text!r}: anna vuosi, esim. 2023</translation>
    </message>
    <message>
        <source>download: say what to download: 'regionmap download population', 'regionmap download boundaries' or 'regionmap download urban-rural' (see 'regionmap download --help')</source>
        <translation>download: kerro, mitä ladataan: 'regionmap download population', 'regionmap download boundaries' tai 'regionmap download urban-rural' (katso 'regionmap download --help')</translation>
    </message>
    <message>
        <source>--out {text}: write a .gpkg, .geojson or .fgb file</source>
        <translation>--out {text}: kirjoita .gpkg-, .geojson- tai .fgb-tiedosto</translation>
    </message>
    <message>
        <source>; {n} cells with fewer than {fewer} inhabitants (their age groups are unknown)</source>
        <translation>; ruutuja, joissa alle {fewer} asukasta: {n} (niiden ikäryhmät ovat tuntemattomia)</translation>
    </message>
    <message>
        <source>population grid {size} {year} ({layer}) for {region}: {cells} cells, {people} people{hidden}</source>
        <translation>väestöruudukko {size} {year} ({layer}), {region}: ruutuja {cells}, asukkaita {people}{hidden}</translation>
    </message>
    <message>
        <source>source: {credit}</source>
        <translation>lähde: {credit}</translation>
    </message>
    <message>
        <source>urban-rural classification {year} ({layer}) for {region}: {areas} areas, classes in field {field!r}</source>
        <translation>kaupunki-maaseutuluokitus {year} ({layer}), {region}: alueita {areas}, luokat kentässä {field!r}</translation>
    </message>
    <message>
        <source>zones: {command}</source>
        <translation>vyöhykkeet: {command}</translation>
    </message>
    <message>
        <source>the built-in Helsinki-Uusimaa region</source>
        <translation>sisäänrakennettu Helsinki-Uusimaa</translation>
    </message>
    <message>
        <source>{n} municipalities of {file}</source>
        <translation>tiedoston {file} kunnat ({n})</translation>
    </message>
    <message>
        <source>municipal boundaries {year} ({layer}): {areas} areas</source>
        <translation>kuntarajat {year} ({layer}): alueita {areas}</translation>
    </message>
    <message>
        <source>read from the cache, no network</source>
        <translation>luettu välimuistista, ei verkkoyhteyttä</translation>
    </message>
    <message>
        <source>downloaded from {url}</source>
        <translation>ladattu osoitteesta {url}</translation>
    </message>
    <message>
        <source>cache: {path} ({how})</source>
        <translation>välimuisti: {path} ({how})</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>kirjoitettu: {path}</translation>
    </message>
    <message>
        <source>--network {text}: unknown mode {tail!r}; use FILE:walk, FILE:bike or FILE:car</source>
        <translation>--network {text}: tuntematon kulkutapa {tail!r}; käytä TIEDOSTO:walk, TIEDOSTO:bike tai TIEDOSTO:car</translation>
    </message>
    <message>
        <source>--snap-m {text}: give a distance in metres, e.g. --snap-m 200</source>
        <translation>--snap-m {text}: anna etäisyys metreinä, esim. --snap-m 200</translation>
    </message>
    <message>
        <source>--snap-m {text}: the snap distance must be more than 0 and at most {most} m</source>
        <translation>--snap-m {text}: kiinnitysetäisyyden on oltava yli 0 ja enintään {most} m</translation>
    </message>
    <message>
        <source>--network {path}: has no lines to route on; give a road or path network (an .osm.pbf extract or a line layer)</source>
        <translation>--network {path}: siinä ei ole viivoja reititykseen; anna tie- tai polkuverkko (.osm.pbf-ote tai viivataso)</translation>
    </message>
    <message>
        <source>--project {project}: its Coverage dock measures along the network layer {layer!r}, which the project does not hold; give one with --network FILE[:MODE]</source>
        <translation>--project {project}: sen Kattavuus-paneeli mittaa verkkotasoa {layer!r} pitkin, mutta projektissa ei ole sitä; anna verkko valitsimella --network FILE[:MODE]</translation>
    </message>
    <message>
        <source>--project {project}: its network layer {layer!r} has no lines to route on; give one with --network FILE[:MODE]</source>
        <translation>--project {project}: sen verkkotasossa {layer!r} ei ole reititettäviä viivoja; anna verkko valitsimella --network FILE[:MODE]</translation>
    </message>
    <message>
        <source>measured along the project's network {layer!r} ({mode}, snap {snap} m, in minutes), as its Coverage dock does; --network chooses another</source>
        <translation>mitattu projektin verkkoa {layer!r} pitkin ({mode}, kohdistus {snap} m, minuutteina), kuten sen Kattavuus-paneeli; --network valitsee toisen</translation>
    </message>
    <message>
        <source>measured along the project's network {layer!r} ({mode}, snap {snap} m), as its Coverage dock does; --network chooses another</source>
        <translation>mitattu projektin verkkoa {layer!r} pitkin ({mode}, kohdistus {snap} m), kuten sen Kattavuus-paneeli; --network valitsee toisen</translation>
    </message>
    <message>
        <source>{option}: measures along a network; give one with --network FILE[:MODE]</source>
        <translation>{option}: mittaa verkostoa pitkin; anna verkko valitsimella --network TIEDOSTO[:KULKUTAPA]</translation>
    </message>
    <message>
        <source>--network: no service layer reaches the network: {why}</source>
        <translation>--network: mikään palvelutaso ei ulotu verkkoon: {why}</translation>
    </message>
    <message>
        <source>--service-areas {out}: cannot write ({exc}); check the folder</source>
        <translation>--service-areas {out}: ei voi kirjoittaa ({exc}); tarkista kansio</translation>
    </message>
    <message>
        <source>service areas: {n} layer(s) along the network, ways buffered by {width} m, written to {out}</source>
        <translation>palvelualueet: tasoja {n} verkkoa pitkin, väylät puskuroitu {width} m, kirjoitettu tiedostoon {out}</translation>
    </message>
    <message>
        <source>--view {text}: give four numbers XMIN,YMIN,XMAX,YMAX in EPSG:3067 metres</source>
        <translation>--view {text}: anna neljä lukua XMIN,YMIN,XMAX,YMAX EPSG:3067-metreinä</translation>
    </message>
    <message>
        <source>--view {text}: XMAX must be above XMIN and YMAX above YMIN</source>
        <translation>--view {text}: XMAX:n on oltava suurempi kuin XMIN ja YMAX:n suurempi kuin YMIN</translation>
    </message>
    <message>
        <source>{out}: a project file must end in .gpkg; use e.g. {name}</source>
        <translation>{out}: projektitiedoston nimen on päätyttävä .gpkg; käytä esim. {name}</translation>
    </message>
    <message>
        <source>wrote {path}: {n} layers</source>
        <translation>kirjoitettu {path}: tasoja {n}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {n} features, radius {radius} m)</source>
        <translation>{name} ({kind}, kohteita {n}, säde {radius} m)</translation>
    </message>
    <message>
        <source>{name} ({kind}, {n} features)</source>
        <translation>{name} ({kind}, kohteita {n})</translation>
    </message>
    <message>
        <source>--candidates {text}: give the grid's spacing in metres, e.g. grid:500</source>
        <translation>--candidates {text}: anna ruudukon väli metreinä, esim. grid:500</translation>
    </message>
    <message>
        <source>--candidates {text}: give points as points:X,Y;X,Y in EPSG:3067 metres</source>
        <translation>--candidates {text}: anna pisteet muodossa points:X,Y;X,Y EPSG:3067-metreinä</translation>
    </message>
    <message>
        <source>--candidates {text}: no such file; give grid:SPACING_M, a point file or points:X,Y;X,Y</source>
        <translation>--candidates {text}: tiedostoa ei ole; anna grid:VÄLI_M, pistetiedosto tai points:X,Y;X,Y</translation>
    </message>
    <message>
        <source>--radius: give the new {sector} sites' radius in metres (the {sector} layers have several: {radii})</source>
        <translation>--radius: anna uusien sijaintien säde metreinä ({sector}; tasoilla ({sector}) on useita: {radii})</translation>
    </message>
    <message>
        <source>--radius: give the new {sector} sites' radius in metres (there is no {sector} layer to take it from)</source>
        <translation>--radius: anna uusien sijaintien säde metreinä ({sector}; tasoa ({sector}), josta sen voisi ottaa, ei ole)</translation>
    </message>
    <message>
        <source>site: give how many sites to propose with --add N (or --add 0 with --unique FILE)</source>
        <translation>site: anna ehdotettavien sijaintien määrä valitsimella --add N (tai --add 0 ja --unique TIEDOSTO)</translation>
    </message>
    <message>
        <source>--add {add}: give at least 1 site (--add 0 only with --unique FILE)</source>
        <translation>--add {add}: anna vähintään 1 sijainti (--add 0 vain valitsimen --unique TIEDOSTO kanssa)</translation>
    </message>
    <message>
        <source>--candidates: give the candidate sites, e.g. --candidates grid:500 or a point file</source>
        <translation>--candidates: anna ehdokassijainnit, esim. --candidates grid:500 tai pistetiedosto</translation>
    </message>
    <message>
        <source>--out: name the file for the proposed sites (e.g. --out sites.gpkg) or give --table</source>
        <translation>--out: nimeä tiedosto ehdotetuille sijainneille (esim. --out sites.gpkg) tai anna --table</translation>
    </message>
    <message>
        <source>--zones {name}: there is no such zone class; give in-between, hotspot or all</source>
        <translation>--zones {name}: tällaista vyöhykeluokkaa ei ole; anna in-between, hotspot tai all</translation>
    </message>
    <message>
        <source>--unique: there is no {sector} layer whose features to measure; give one with {option}</source>
        <translation>--unique: mitattavaa tasoa ({sector}) ei ole; anna taso valitsimella {option}</translation>
    </message>
    <message>
        <source>--table {table}: give a .json or .csv file</source>
        <translation>--table {table}: anna .json- tai .csv-tiedosto</translation>
    </message>
    <message>
        <source>--table {path}: cannot write ({strerror}); check the folder</source>
        <translation>--table {path}: ei voi kirjoittaa ({strerror}); tarkista kansio</translation>
    </message>
    <message>
        <source>{prog}: {message}; see '{prog} --help'</source>
        <translation>{prog}: {message}; katso '{prog} --help'</translation>
    </message>
    <message>
        <source>{context}: cancelled</source>
        <translation>{context}: peruutettu</translation>
    </message>
    <message>
        <source>{context}: interrupted by the user</source>
        <translation>{context}: käyttäjä keskeytti</translation>
    </message>
    <message>
        <source>{context}: out of memory; try a smaller file or close other programs</source>
        <translation>{context}: muisti loppui; kokeile pienempää tiedostoa tai sulje muita ohjelmia</translation>
    </message>
    <message>
        <source>details in {where}</source>
        <translation>tiedot tiedostossa {where}</translation>
    </message>
    <message>
        <source>details could not be logged</source>
        <translation>tietoja ei voitu kirjata lokiin</translation>
    </message>
    <message>
        <source>{context}: unexpected {name}: {exc} ({detail}); please report it</source>
        <translation>{context}: odottamaton {name}: {exc} ({detail}); ilmoita virheestä</translation>
    </message>
    <message>
        <source>{path}: cannot write the {what} as {suffix}; use .gpkg, .geojson or .fgb</source>
        <translation>{path}: kohdetta ({what}) ei voi kirjoittaa muodossa {suffix}; käytä .gpkg, .geojson tai .fgb</translation>
    </message>
    <message>
        <source>{option}: {exc}</source>
        <translation>{option}: {exc}</translation>
    </message>
    <message>
        <source>{feed}: no such file or folder; give a GTFS .zip or a folder of its .txt tables</source>
        <translation>{feed}: tiedostoa tai kansiota ei ole; anna GTFS-.zip tai kansio, jossa sen .txt-taulut ovat</translation>
    </message>
    <message>
        <source>--layer: --connections links the hot spots by the timetable alone and uses no service layer; drop --layer</source>
        <translation>--layer: --connections yhdistää keskittymät pelkän aikataulun perusteella eikä käytä palvelutasoa; jätä --layer pois</translation>
    </message>
    <message>
        <source>--{option}: applies with --connections; add --connections or drop --{option}</source>
        <translation>--{option}: koskee valitsinta --connections; lisää --connections tai jätä --{option} pois</translation>
    </message>
    <message>
        <source>{path} (layer routes)</source>
        <translation>{path} (taso routes)</translation>
    </message>
    <message>
        <source>wrote {path}: {n} stops; routes in {where}</source>
        <translation>kirjoitettu {path}: pysäkkejä {n}; reitit: {where}</translation>
    </message>
    <message>
        <source>wrote {path}: {n} stops; routes not written (give --routes FILE or a .gpkg --out)</source>
        <translation>kirjoitettu {path}: pysäkkejä {n}; reittejä ei kirjoitettu (anna --routes FILE tai .gpkg-tiedosto valitsimelle --out)</translation>
    </message>
    <message>
        <source>--walk {walk:g}: give a distance from 0 to 5000 metres</source>
        <translation>--walk {walk:g}: anna etäisyys 0–5000 metriä</translation>
    </message>
    <message>
        <source>--transfer {transfer:g}: give minutes from 0 to 120</source>
        <translation>--transfer {transfer:g}: anna minuutit väliltä 0–120</translation>
    </message>
    <message>
        <source>--pairs {pairs_path}: the pairs are written as CSV; give a .csv file</source>
        <translation>--pairs {pairs_path}: parit kirjoitetaan CSV-muodossa; anna .csv-tiedosto</translation>
    </message>
    <message>
        <source>{day} ({reason}), departures {start}-{end}</source>
        <translation>{day} ({reason}), lähdöt {start}–{end}</translation>
    </message>
    <message>
        <source>{feed}: {n} hot spots, {with_stops} with stops within {walk} m; {pairs} connected pairs on {when}</source>
        <translation>{feed}: keskittymiä {n}, joista {with_stops}:n {walk} m:n säteellä on pysäkkejä; yhdistettyjä pareja {pairs}, {when}</translation>
    </message>
    <message>
        <source>{a} -&gt; {b}: {kind}, {minutes} min, {per_day} a day</source>
        <translation>{a} -&gt; {b}: {kind}, {minutes} min, {per_day} päivässä</translation>
    </message>
    <message>
        <source>isolated: {names}</source>
        <translation>eristyksissä: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>wrote {path}: {n} connection lines; pairs in {pairs}</source>
        <translation>kirjoitettu {path}: yhteysviivoja {n}; parit: {pairs}</translation>
    </message>
    <message>
        <source>wrote {path}: {n} connection lines</source>
        <translation>kirjoitettu {path}: yhteysviivoja {n}</translation>
    </message>
    <message>
        <source>{path}: cannot write the {name} ({exc}); check free disk space and that the folder is writable</source>
        <translation>{path}: kohdetta ({name}) ei voi kirjoittaa ({exc}); tarkista vapaa levytila ja kansion kirjoitusoikeus</translation>
    </message>
    <message>
        <source>the resolution must be between 36 and 1200 dpi, not {dpi}</source>
        <translation>tarkkuuden on oltava 36–1200 dpi, ei {dpi}</translation>
    </message>
    <message>
        <source>the image size must be between 200 and 20000 pixels a side, not {w}x{h}</source>
        <translation>kuvan sivun on oltava 200–20000 pikseliä, ei {w}x{h}</translation>
    </message>
    <message>
        <source>the page must be between 60 and 2000 mm a side, not {w_mm:.0f} x {h_mm:.0f} mm</source>
        <translation>sivun reunan on oltava 60–2000 mm, ei {w_mm:.0f} x {h_mm:.0f} mm</translation>
    </message>
    <message>
        <source>the frame must be 'region' or 'view', not {frame!r}</source>
        <translation>rajauksen on oltava 'region' tai 'view', ei {frame!r}</translation>
    </message>
    <message>
        <source>unknown paper size {paper!r}; use A4, A3 or custom</source>
        <translation>tuntematon paperikoko {paper!r}; käytä A4, A3 tai custom</translation>
    </message>
    <message>
        <source>unknown orientation {orientation!r}; use landscape or portrait</source>
        <translation>tuntematon suunta {orientation!r}; käytä landscape tai portrait</translation>
    </message>
    <message>
        <source>--size {text}: give the image size as WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>--size {text}: anna kuvan koko muodossa LEVEYSxKORKEUS pikseleinä, esim. 1600x1000</translation>
    </message>
    <message>
        <source>{layer}: {n} -&gt; {kept} vertices (tolerance {tolerance} m)</source>
        <translation>{layer}: {n} -&gt; {kept} taitepistettä (toleranssi {tolerance} m)</translation>
    </message>
    <message>
        <source>Leaflet is loaded from a CDN (cdn.jsdelivr.net): the page needs internet to show</source>
        <translation>Leaflet ladataan sisällönjakeluverkosta (cdn.jsdelivr.net): sivu tarvitsee internetyhteyden näkyäkseen</translation>
    </message>
    <message>
        <source>basemap tiles come from OpenStreetMap and need internet when the page is viewed</source>
        <translation>taustakartan tiilet tulevat OpenStreetMapista ja tarvitsevat internetyhteyden sivua katsottaessa</translation>
    </message>
    <message>
        <source>the page is large ({size} MB) and may open slowly; hide dense point layers or export a smaller area as a PDF instead</source>
        <translation>sivu on suuri ({size} MB) ja voi avautua hitaasti; piilota tiheät pistetasot tai vie pienempi alue PDF-tiedostona</translation>
    </message>
    <message>
        <source>{feed}: {n} stops on {day} ({reason}), departures {window}: {classes}</source>
        <translation>{feed}: pysäkkejä {n}, {day} ({reason}), lähdöt {window}: {classes}</translation>
    </message>
    <message>
        <source>{n} route lines</source>
        <translation>reittiviivoja {n}</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>none (by area)</source>
        <translation>ei mitään (pinta-alan mukaan)</translation>
    </message>
    <message>
        <source>hot spots / in-between</source>
        <translation>keskittymät / välialueet</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Keskittymät</translation>
    </message>
    <message>
        <source>In-between areas</source>
        <translation>Välialueet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
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
        <source>hotspot</source>
        <translation>keskittymä</translation>
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
        <source>Verdict</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Pinta-ala km²</translation>
    </message>
    <message>
        <source>Transport area %</source>
        <translation>Liikenne, pinta-ala %</translation>
    </message>
    <message>
        <source>Transport people %</source>
        <translation>Liikenne, asukkaat %</translation>
    </message>
    <message>
        <source>Energy area %</source>
        <translation>Energia, pinta-ala %</translation>
    </message>
    <message>
        <source>Energy people %</source>
        <translation>Energia, asukkaat %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Transport straight-line area %</source>
        <translation>Liikenne, linnuntie, pinta-ala %</translation>
    </message>
    <message>
        <source>Transport straight-line people %</source>
        <translation>Liikenne, linnuntie, asukkaat %</translation>
    </message>
    <message>
        <source>Energy straight-line area %</source>
        <translation>Energia, linnuntie, pinta-ala %</translation>
    </message>
    <message>
        <source>Energy straight-line people %</source>
        <translation>Energia, linnuntie, asukkaat %</translation>
    </message>
    <message>
        <source>Zones: {zones}. </source>
        <translation>Vyöhykkeet: {zones}. </translation>
    </message>
    <message>
        <source> Population source: {source}.</source>
        <translation> Väestölähde: {source}.</translation>
    </message>
    <message>
        <source>{zones}{basis}.{source} Covered by any layer: {covered} of {area} km² ({share}).</source>
        <translation>{zones}{basis}.{source} Jonkin tason kattama: {covered} / {area} km² ({share}).</translation>
    </message>
    <message>
        <source> No target set: set one above (or Suggest) for a pass / fail per municipality.</source>
        <translation> Tavoitetta ei ole asetettu: aseta se yllä (tai Ehdota), niin saat kuntakohtaisen tuloksen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>; hot spots {targets}</source>
        <translation>; keskittymät {targets}</translation>
    </message>
    <message>
        <source>{covered} Municipalities below target ({asked}): {n} of {judged}{listed}</source>
        <translation>{covered} Tavoitteen alle jäävät kunnat ({asked}): {n}/{judged}{listed}</translation>
    </message>
    <message>
        <source>a line links the hot spots it passes within its radius of; a station layer (points) links the hot spots that each have one of its stations within its radius</source>
        <translation>viiva yhdistää keskittymät, joiden ohi se kulkee sädettään lähempää; asemataso (pisteet) yhdistää keskittymät, joilla kullakin on jokin sen asemista säteen sisällä</translation>
    </message>
    <message>
        <source>, {n} people</source>
        <translation>, {n} asukasta</translation>
    </message>
    <message>
        <source>, people not known (no population data here)</source>
        <translation>, asukasmäärä ei tiedossa (täällä ei väestötietoja)</translation>
    </message>
    <message>
        <source>{municipality}: {area} km²{people}, {distance}</source>
        <translation>{municipality}: {area} km²{people}, {distance}</translation>
    </message>
    <message>
        <source>no service reached</source>
        <translation>ei palvelua saavutettavissa</translation>
    </message>
    <message>
        <source>{minutes} min to service</source>
        <translation>{minutes} min palveluun</translation>
    </message>
    <message>
        <source>{distance} m to service</source>
        <translation>{distance} m palveluun</translation>
    </message>
    <message>
        <source>Hot-spot links: need a transport layer with lines (routes) or stations (points).</source>
        <translation>Keskittymien yhteydet: tarvitaan liikennetaso, jossa on viivoja (reittejä) tai asemia (pisteitä).</translation>
    </message>
    <message>
        <source>Hot-spot links: {links} links between {linked} hot spots ({rule}). </source>
        <translation>Keskittymien yhteydet: {links} yhteyttä {linked} keskittymän välillä ({rule}). </translation>
    </message>
    <message>
        <source>No isolated hot spots.</source>
        <translation>Ei eristyneitä keskittymiä.</translation>
    </message>
    <message>
        <source>Isolated ({n}): {names}</source>
        <translation>Eristyneet ({n}): {names}</translation>
    </message>
    <message>
        <source>by area</source>
        <translation>pinta-alan mukaan</translation>
    </message>
    <message>
        <source>people: approximate (GeoNames settlement points)</source>
        <translation>asukkaat: likimääräinen (GeoNamesin asutuspisteet)</translation>
    </message>
    <message>
        <source>people: {source}</source>
        <translation>asukkaat: {source}</translation>
    </message>
    <message>
        <source>By area (no population source chosen)</source>
        <translation>Pinta-alan mukaan (väestölähdettä ei ole valittu)</translation>
    </message>
    <message>
        <source>population layer {layer!r} is not loaded; counted by area</source>
        <translation>väestötaso {layer!r} ei ole ladattuna; laskettu pinta-alan mukaan</translation>
    </message>
    <message>
        <source>population layer {layer!r} has no numeric field {field!r}; counted by area</source>
        <translation>väestötasolla {layer!r} ei ole numerokenttää {field!r}; laskettu pinta-alan mukaan</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>tavoitetta ei ole asetettu</translation>
    </message>
    <message>
        <source>hot spots not judged (no hot-spot target)</source>
        <translation>keskittymiä ei arvioida (ei keskittymätavoitetta)</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>ei pinta-alaa</translation>
    </message>
    <message>
        <source>no layers of {sectors}</source>
        <translation>ei tasoja: {sectors}</translation>
    </message>
    <message>
        <source>not judged (the targets are for the {zone} zones)</source>
        <translation>ei arvioida (tavoitteet koskevat vyöhykkeitä {zone})</translation>
    </message>
    <message>
        <source>in-between</source>
        <translation>välialue</translation>
    </message>
    <message>
        <source>hot spot</source>
        <translation>keskittymä</translation>
    </message>
    <message>
        <source>{sector} {share} (target {target})</source>
        <translation>{sector} {share} (tavoite {target})</translation>
    </message>
    <message>
        <source>{sector} {share} of people {sign} {target}</source>
        <translation>{sector} {share} asukkaista {sign} {target}</translation>
    </message>
    <message>
        <source>{sector} {share} of area {sign} {target}</source>
        <translation>{sector} {share} pinta-alasta {sign} {target}</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>kaikki tasot</translation>
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
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source> (other {sector} layers at their radii: {layers})</source>
        <translation> (muut tasot, {sector}, omilla säteillään: {layers})</translation>
    </message>
    <message>
        <source> (other layers at their radii: {layers})</source>
        <translation> (muut tasot omilla säteillään: {layers})</translation>
    </message>
    <message>
        <source> ({sector} layers: only this one)</source>
        <translation> (tasot, {sector}: vain tämä)</translation>
    </message>
    <message>
        <source>{where}: share covered vs radius of {layer}{others}</source>
        <translation>{where}: katettu osuus tason {layer} säteen mukaan{others}</translation>
    </message>
    <message>
        <source>the population layer has no field {wanted!r} (fields: {names}); population is not computed</source>
        <translation>väestötasolla ei ole kenttää {wanted!r} (kentät: {names}); väestöä ei lasketa</translation>
    </message>
    <message>
        <source>zones sampled on stratified grids of {spacing} spacing ({samples} samples); a cell one circle cuts is measured exactly, other cut cells from 16 sub-samples each, with exact distances; sliders count whole cells</source>
        <translation>vyöhykkeistä otettu näytteet ositetuilla ruudukoilla, väli {spacing} ({samples} näytettä); ruutu, jonka yksi ympyrä leikkaa, mitataan tarkasti, muut leikatut ruudut 16 osanäytteestä kukin tarkoin etäisyyksin; liukusäätimet laskevat kokonaisia ruutuja</translation>
    </message>
    <message>
        <source>no usable service layer: {why}</source>
        <translation>ei käyttökelpoista palvelutasoa: {why}</translation>
    </message>
    <message>
        <source>give at least one --layer</source>
        <translation>anna vähintään yksi --layer</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>valmisteltu</translation>
    </message>
    <message>
        <source>selected layer(s) not available: {names}</source>
        <translation>valittuja tasoja ei ole saatavilla: {names}</translation>
    </message>
    <message>
        <source>pass/fail map not available: {error}</source>
        <translation>täyttyy / ei täyty -kartta ei ole käytettävissä: {error}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>no shown transport or energy layer with features: load one, set its kind and tick it (hidden, so not counted: {names})</source>
        <translation>ei näkyvää liikenne- tai energiatasoa, jossa on kohteita: lataa taso, aseta sen laji ja valitse se (piilotettuja, joten ei laskettu: {names})</translation>
    </message>
    <message>
        <source>no shown transport or energy layer with features: load one, set its kind and tick it</source>
        <translation>ei näkyvää liikenne- tai energiatasoa, jossa on kohteita: lataa taso, aseta sen laji ja valitse se</translation>
    </message>
    <message>
        <source>hidden layers are not counted: {names}</source>
        <translation>piilotettuja tasoja ei lasketa: {names}</translation>
    </message>
    <message>
        <source>{basis}. Method: {method}.</source>
        <translation>{basis}. Menetelmä: {method}.</translation>
    </message>
    <message>
        <source> Schematic region: areas are approximate.</source>
        <translation> Kaavamainen alue: pinta-alat ovat likimääräisiä.</translation>
    </message>
    <message>
        <source> Warnings: {warnings}</source>
        <translation> Varoitukset: {warnings}</translation>
    </message>
    <message>
        <source>out of date: {why}</source>
        <translation>vanhentunut: {why}</translation>
    </message>
    <message>
        <source>another population source was chosen</source>
        <translation>valittiin toinen väestölähde</translation>
    </message>
    <message>
        <source>another zone set was chosen</source>
        <translation>valittiin toinen vyöhykejako</translation>
    </message>
    <message>
        <source>the zones are hot spots / in-between again</source>
        <translation>vyöhykkeet ovat taas keskittymät / välialueet</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>linnuntie</translation>
    </message>
    <message>
        <source>along network: {layer} ({mode})</source>
        <translation>verkkoa pitkin: {layer} ({mode})</translation>
    </message>
    <message>
        <source>{where}: has no way a {mode} trip may use; choose another mode or network</source>
        <translation>{where}: siinä ei ole väylää, jota kulkutapa {mode} voi käyttää; valitse toinen kulkutapa tai verkko</translation>
    </message>
    <message>
        <source>Reach in minutes ({layers}): each way's length at the {mode} speed of its road class, the snap distance at {speed} km/h; their straight-line shares are of the circle those minutes cover at {speed} km/h ({per_minute} m a minute). </source>
        <translation>Saavutettavuus minuutteina ({layers}): kunkin väylän pituus tieluokan nopeudella (kulkumuoto: {mode}), liittymisetäisyys nopeudella {speed} km/h; niiden linnuntieosuudet ovat ympyrästä, jonka nuo minuutit kattavat nopeudella {speed} km/h ({per_minute} m minuutissa). </translation>
    </message>
    <message>
        <source>the distance is now {choice}</source>
        <translation>etäisyys on nyt {choice}</translation>
    </message>
    <message>
        <source>the snap distance is now {snap} m</source>
        <translation>liittymisetäisyys on nyt {snap} m</translation>
    </message>
    <message>
        <source>the reach is now in minutes</source>
        <translation>saavutettavuus on nyt minuutteina</translation>
    </message>
    <message>
        <source>the reach is now in metres</source>
        <translation>saavutettavuus on nyt metreinä</translation>
    </message>
    <message>
        <source>the network layer {layer!r} is not loaded: load it again or choose another distance in the Distance row</source>
        <translation>verkkotasoa {layer!r} ei ole ladattu: lataa se uudelleen tai valitse toinen etäisyys Etäisyys-rivillä</translation>
    </message>
    <message>
        <source>network layer {layer!r}: has no lines to route on; choose a road or path layer or a straight line</source>
        <translation>verkkotaso {layer!r}: siinä ei ole viivoja reititykseen; valitse tie- tai polkutaso tai linnuntie</translation>
    </message>
    <message>
        <source>{where}: no service layer reaches the network within {snap:g} m: {why}</source>
        <translation>{where}: mikään palvelutaso ei ulotu verkkoon {snap:g} m:n säteellä: {why}</translation>
    </message>
    <message>
        <source>distances along the network {layer} ({mode}; {edges} edges; places more than {snap} m from a {mode} way are unreachable); a cell counts whole by its sample; straight-line shares beside them. </source>
        <translation>etäisyydet verkkoa {layer} pitkin ({mode}; {edges} kaarta; paikat, jotka ovat yli {snap} m:n päässä väylästä, jota kulkumuoto {mode} voi käyttää, ovat saavuttamattomia); ruutu lasketaan kokonaan näytteensä mukaan; linnuntieosuudet rinnalla. </translation>
    </message>
    <message>
        <source>the region changed</source>
        <translation>alue muuttui</translation>
    </message>
    <message>
        <source>the hot spots changed</source>
        <translation>keskittymät muuttuivat</translation>
    </message>
    <message>
        <source>the hot spot settings changed</source>
        <translation>keskittymien asetukset muuttuivat</translation>
    </message>
    <message>
        <source>the network layer {layer} was removed</source>
        <translation>verkkotaso {layer} poistettiin</translation>
    </message>
    <message>
        <source>the features of the network layer {layer} changed</source>
        <translation>verkkotason {layer} kohteet muuttuivat</translation>
    </message>
    <message>
        <source>the zone set's layer {layer} was removed</source>
        <translation>vyöhykejaon taso {layer} poistettiin</translation>
    </message>
    <message>
        <source>the features of the zone set's layer {layer} changed</source>
        <translation>vyöhykejaon tason {layer} kohteet muuttuivat</translation>
    </message>
    <message>
        <source>layer {layer} was added</source>
        <translation>taso {layer} lisättiin</translation>
    </message>
    <message>
        <source>layer {layer} was removed</source>
        <translation>taso {layer} poistettiin</translation>
    </message>
    <message>
        <source>layer {layer} was shown</source>
        <translation>taso {layer} näytettiin</translation>
    </message>
    <message>
        <source>layer {layer} was hidden</source>
        <translation>taso {layer} piilotettiin</translation>
    </message>
    <message>
        <source>the kind of layer {layer} changed</source>
        <translation>tason {layer} laji muuttui</translation>
    </message>
    <message>
        <source>the features of layer {layer} changed</source>
        <translation>tason {layer} kohteet muuttuivat</translation>
    </message>
    <message>
        <source>the radius of layer {layer} (not in the check) changed</source>
        <translation>tason {layer} säde muuttui (taso ei ole tarkastelussa)</translation>
    </message>
    <message>
        <source>the service threshold of layer {layer} changed</source>
        <translation>tason {layer} palvelutasoraja muuttui</translation>
    </message>
    <message>
        <source>core</source>
        <translation>keskustavyöhyke</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>välivyöhyke</translation>
    </message>
    <message>
        <source>car zone</source>
        <translation>autovyöhyke</translation>
    </message>
    <message>
        <source>urban core</source>
        <translation>kaupunkialue</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>maaseutu</translation>
    </message>
    <message>
        <source>own mapping</source>
        <translation>oma vastaavuus</translation>
    </message>
    <message>
        <source>{file}: {field} ({how}: {classes}; judged: {target})</source>
        <translation>{file}: {field} ({how}: {classes}; arvioidaan: {target})</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: give value=class pairs separated by commas (e.g. keskusta=core,autovyöhyke=car zone) or a preset: {names}</source>
        <translation>vyöhykevastaavuus {text!r}: anna pilkuin erotettuja arvo=luokka-pareja (esim. keskusta=core,autovyöhyke=car zone) tai valmis vastaavuus: {names}</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: {value!r} is not value=class; give pairs such as autovyöhyke=car zone</source>
        <translation>vyöhykevastaavuus {text!r}: {value!r} ei ole muotoa arvo=luokka; anna pareja kuten autovyöhyke=car zone</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: {cls!r} cannot be a class name (it is the totals' row)</source>
        <translation>vyöhykevastaavuus {text!r}: {cls!r} ei voi olla luokan nimi (se on yhteensä-rivi)</translation>
    </message>
    <message>
        <source>zone mapping {text!r}: value {value!r} is mapped twice ({earlier!r}, {cls!r})</source>
        <translation>vyöhykevastaavuus {text!r}: arvo {value!r} on liitetty kahdesti ({earlier!r}, {cls!r})</translation>
    </message>
    <message>
        <source>--zones {where}: has no field {field!r} (fields: {fields}); name the zone field after the file, FILE:FIELD=MAPPING</source>
        <translation>--zones {where}: kenttää {field!r} ei ole (kentät: {fields}); nimeä vyöhykekenttä tiedoston perään, TIEDOSTO:KENTTÄ=VASTAAVUUS</translation>
    </message>
    <message>
        <source>--zones {where}: has no polygons; a zone set is a polygon layer</source>
        <translation>--zones {where}: siinä ei ole alueita (polygoneja); vyöhykejako on aluetaso</translation>
    </message>
    <message>
        <source>--zones {where}:{field}: no value of the field is in the mapping (values: {present}); map them as value=class</source>
        <translation>--zones {where}:{field}: mikään kentän arvo ei ole vastaavuudessa (arvot: {present}); liitä ne muodossa arvo=luokka</translation>
    </message>
    <message>
        <source>zone set {where}:{field}: {count} polygon(s) with a value the mapping does not name are left out ({area} km2): {values}</source>
        <translation>vyöhykejako {where}:{field}: alueita {count}, joiden arvoa vastaavuus ei nimeä, jätetään pois ({area} km2): {values}</translation>
    </message>
    <message>
        <source>zone set {where}:{field}: the mapping names value(s) the field does not have: {values}</source>
        <translation>vyöhykejako {where}:{field}: vastaavuus nimeää arvoja, joita kentässä ei ole: {values}</translation>
    </message>
    <message>
        <source>zone set {where}: polygons of different classes overlap ({area} km2); each overlap is counted once, for the class named first</source>
        <translation>vyöhykejako {where}: eri luokkien alueet ovat päällekkäin ({area} km2); kukin päällekkäisyys lasketaan kerran, ensimmäiseksi nimetylle luokalle</translation>
    </message>
    <message>
        <source>the zone set {source} does not reach {count} municipality(ies), whose rows have no area: {names}</source>
        <translation>vyöhykejako {source} ei ulotu kuntiin ({count}), joiden riveillä ei ole pinta-alaa: {names}</translation>
    </message>
    <message>
        <source>{area} km2 of the region lie in no class of the zone set {source} and are not counted</source>
        <translation>alueesta {area} km2 ei kuulu mihinkään vyöhykejaon {source} luokkaan, eikä sitä lasketa</translation>
    </message>
    <message>
        <source>the zone set has no class {target!r} (classes: {names}); targets judge nothing</source>
        <translation>vyöhykejaossa ei ole luokkaa {target!r} (luokat: {names}); tavoitteet eivät arvioi mitään</translation>
    </message>
    <message>
        <source>the zone set's layer {source!r} is not loaded: load it again or choose another zone set in the Zones row</source>
        <translation>vyöhykejaon tasoa {source!r} ei ole ladattu: lataa se uudelleen tai valitse toinen vyöhykejako Vyöhykkeet-rivillä</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>kävely</translation>
    </message>
    <message>
        <source>bike</source>
        <translation>pyöräily</translation>
    </message>
    <message>
        <source>car</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>the layer has no point, line or polygon features</source>
        <translation>tasolla ei ole piste-, viiva- tai aluekohteita</translation>
    </message>
    <message>
        <source>{count} population cell(s) lie entirely off the land outline; their people are spread over the whole cell</source>
        <translation>väestöruutuja {count} on kokonaan maa-alueen ulkopuolella; niiden asukkaat jaetaan koko ruudulle</translation>
    </message>
    <message>
        <source>population field {field!r}: {count} feature(s) without a count (unknown, e.g. small counts the publisher hides, or negative) counted as 0 people: the people figures are a lower bound</source>
        <translation>väestökenttä {field!r}: kohteita ilman lukua {count} (tuntematon, esim. julkaisijan piilottama pieni luku, tai negatiivinen) laskettu 0 asukkaaksi: asukasluvut ovat alaraja</translation>
    </message>
    <message>
        <source>{outside} population point(s) lie outside every zone and are not counted</source>
        <translation>väestöpisteitä {outside} on kaikkien vyöhykkeiden ulkopuolella, eikä niitä lasketa</translation>
    </message>
    <message>
        <source>the population layer has neither points nor polygons; population is not computed</source>
        <translation>väestötasolla ei ole pisteitä eikä alueita; väestöä ei lasketa</translation>
    </message>
    <message>
        <source>all zones are empty; check the region and the hot spots</source>
        <translation>kaikki vyöhykkeet ovat tyhjiä; tarkista alue ja keskittymät</translation>
    </message>
    <message>
        <source>{count} municipality polygon(s) were invalid and have been repaired ({names})</source>
        <translation>virheellisiä kuntien alueita {count} korjattiin ({names})</translation>
    </message>
    <message>
        <source>municipalities overlap in {count} place(s), {total} km2 in all ({names}); each overlap is counted once, for the first municipality</source>
        <translation>kunnat ovat päällekkäin {count} kohdassa, yhteensä {total} km2 ({names}); kukin päällekkäisyys lasketaan kerran, ensimmäiselle kunnalle</translation>
    </message>
    <message>
        <source>the region has no municipalities; give a polygon file with --region</source>
        <translation>alueella ei ole kuntia; anna aluetiedosto (polygonit) valitsimella --region</translation>
    </message>
    <message>
        <source>the municipalities need a 'name' field</source>
        <translation>kunnilla on oltava kenttä 'name'</translation>
    </message>
    <message>
        <source>{count} municipality(ies) lie entirely outside the land outline and are left out: {names}</source>
        <translation>kuntia {count} on kokonaan maa-alueen ulkopuolella, ja ne jätetään pois: {names}</translation>
    </message>
    <message>
        <source>no municipality overlaps the land outline; check that --land covers the region</source>
        <translation>mikään kunta ei osu maa-alueelle; tarkista, että --land kattaa alueen</translation>
    </message>
    <message>
        <source>hot spots reach {area} km2 outside the region ({count} lie entirely outside); only the parts inside the region are counted</source>
        <translation>keskittymistä {area} km2 on alueen ulkopuolella (kokonaan ulkopuolella {count}); vain alueen sisäpuoliset osat lasketaan</translation>
    </message>
    <message>
        <source>hot spots reach {area} km2 outside the region; only the parts inside the region are counted</source>
        <translation>keskittymistä {area} km2 on alueen ulkopuolella; vain alueen sisäpuoliset osat lasketaan</translation>
    </message>
    <message>
        <source>layer {name!r}: unknown sector {sector!r}, counted as transport</source>
        <translation>taso {name!r}: tuntematon toimiala {sector!r}, lasketaan liikenteeksi</translation>
    </message>
    <message>
        <source>layer {name!r} has no features; it is left out</source>
        <translation>tasossa {name!r} ei ole kohteita; se jätetään pois</translation>
    </message>
    <message>
        <source>layer {name!r}: none of its {count} features is within {radius} m of the region; it covers nothing there</source>
        <translation>taso {name!r}: yksikään sen {count} kohteesta ei ole {radius} metrin säteellä alueesta; se ei kata siitä mitään</translation>
    </message>
    <message>
        <source>layer {name!r} has no features inside the region (only near it)</source>
        <translation>tasolla {name!r} ei ole kohteita alueen sisällä (vain sen lähellä)</translation>
    </message>
    <message>
        <source>layer {name!r}: the radius must be more than 0 m, not {radius}; the layer is left out</source>
        <translation>taso {name!r}: säteen on oltava yli 0 m, ei {radius}; taso jätetään pois</translation>
    </message>
    <message>
        <source>layer {name!r}: a radius of {radius} m is more than 100 km; the layer is left out</source>
        <translation>taso {name!r}: {radius} metrin säde on yli 100 km; taso jätetään pois</translation>
    </message>
</context>
<context>
    <name>credits</name>
    <message>
        <source>Settlements: GeoNames (geonames.org), CC BY 4.0</source>
        <translation>Asutuskeskukset: GeoNames (geonames.org), CC BY 4.0</translation>
    </message>
    <message>
        <source>Land outline: Natural Earth, public domain</source>
        <translation>Maa-alueen ääriviiva: Natural Earth, public domain</translation>
    </message>
    <message>
        <source>Municipal codes, names and land areas: National Land Survey of Finland 2023, CC BY 4.0</source>
        <translation>Kuntanumerot, nimet ja maapinta-alat: Maanmittauslaitos 2023, CC BY 4.0</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Coverage gaps</source>
        <translation>Katvealueet</translation>
    </message>
    <message>
        <source>Coverage gaps (in-between areas out of reach)</source>
        <translation>Katvealueet (välialueet palvelujen ulottumattomissa)</translation>
    </message>
    <message>
        <source>Scale {scale}</source>
        <translation>Mittakaava {scale}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <source>Coverage check</source>
        <translation>Kattavuustarkastelu</translation>
    </message>
    <message>
        <source>… {n} more rows in the table on page 2</source>
        <translation>… {n} riviä lisää taulukossa sivulla 2</translation>
    </message>
    <message>
        <source>… {n} more rows in the CSV report</source>
        <translation>… {n} riviä lisää CSV-raportissa</translation>
    </message>
    <message>
        <source>Scale {scale} on paper</source>
        <translation>Mittakaava paperilla {scale}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Lähteet: {sources}</translation>
    </message>
    <message>
        <source>{dest}: cannot export a page as {kind!r}; use .png, .pdf or .svg</source>
        <translation>{dest}: sivua ei voi viedä muodossa {kind!r}; käytä päätettä .png, .pdf tai .svg</translation>
    </message>
    <message>
        <source>a file without extension</source>
        <translation>tiedosto ilman päätettä</translation>
    </message>
    <message>
        <source>a pixel size (--size) is for PNG only; give a paper size and dpi for PDF and SVG</source>
        <translation>pikselikoko (--size) koskee vain PNG:tä; anna PDF:lle ja SVG:lle paperikoko ja dpi</translation>
    </message>
    <message>
        <source>Coverage by municipality and zone</source>
        <translation>Kattavuus kunnittain ja vyöhykkeittäin</translation>
    </message>
    <message>
        <source>Coverage by municipality and zone (continued)</source>
        <translation>Kattavuus kunnittain ja vyöhykkeittäin (jatkuu)</translation>
    </message>
    <message>
        <source>Sources and methods</source>
        <translation>Lähteet ja menetelmät</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Sivu {page}/{total}</translation>
    </message>
    <message>
        <source>the offline HTML export needs the package xstatic-leaflet; reinstall regionmap (make run) or export with web assets</source>
        <translation>offline-HTML-vienti tarvitsee paketin xstatic-leaflet; asenna regionmap uudelleen (make run) tai vie verkkoresurssein</translation>
    </message>
    <message>
        <source>Coverage: {summary}</source>
        <translation>Kattavuus: {summary}</translation>
    </message>
    <message>
        <source>{crs} data, shown in Web Mercator</source>
        <translation>aineisto: {crs}, esitetty Web Mercator -projektiossa</translation>
    </message>
    <message>
        <source>Coverage gap: {area} km²</source>
        <translation>Katvealue: {area} km²</translation>
    </message>
    <message>
        <source>Coverage gap</source>
        <translation>Katvealue</translation>
    </message>
    <message>
        <source>Municipality names</source>
        <translation>Kuntien nimet</translation>
    </message>
    <message>
        <source>service radius {radius}</source>
        <translation>palvelusäde {radius}</translation>
    </message>
    <message>
        <source>{radius}, ≥ {level} departures/h</source>
        <translation>{radius}, ≥ {level} lähtöä/h</translation>
    </message>
    <message>
        <source>{layer}: {file} (licence not stated)</source>
        <translation>{layer}: {file} (lisenssiä ei ole ilmoitettu)</translation>
    </message>
    <message>
        <source>Helsinki-Uusimaa</source>
        <translation>Helsinki-Uusimaa</translation>
    </message>
    <message>
        <source>Date {date}</source>
        <translation>Päivämäärä {date}</translation>
    </message>
    <message>
        <source>Coordinate system {crs}</source>
        <translation>Koordinaattijärjestelmä {crs}</translation>
    </message>
    <message>
        <source>{share} of area</source>
        <translation>{share} pinta-alasta</translation>
    </message>
    <message>
        <source>{area}, {share} of people</source>
        <translation>{area}, {share} asukkaista</translation>
    </message>
    <message>
        <source>{zone}: {sector}</source>
        <translation>{zone}: {sector}</translation>
    </message>
    <message>
        <source>{shares} (straight line: {straight})</source>
        <translation>{shares} (linnuntietä: {straight})</translation>
    </message>
    <message>
        <source>{zone} covered</source>
        <translation>{zone}, katettu</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Tavoite täyttyy</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>{zone} zones</source>
        <translation>Vyöhykkeet: {zone}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Liikenne</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Katettu</translation>
    </message>
    <message>
        <source>{zone} {share} covered</source>
        <translation>{zone}: katettu {share}</translation>
    </message>
    <message>
        <source>{n} of {total} municipalities meet the target</source>
        <translation>tavoite täyttyy {n}/{total} kunnassa</translation>
    </message>
    <message>
        <source>PASS: </source>
        <translation>TÄYTTYY: </translation>
    </message>
    <message>
        <source>FAIL: </source>
        <translation>EI TÄYTY: </translation>
    </message>
    <message>
        <source>OUT OF DATE ({why}; compute again): </source>
        <translation>VANHENTUNUT ({why}; laske uudelleen): </translation>
    </message>
    <message>
        <source>by area</source>
        <translation>pinta-alan mukaan</translation>
    </message>
    <message>
        <source>{basis}; shares are of people where the data reach a zone, else of area</source>
        <translation>{basis}; osuudet ovat asukkaista, missä aineisto kattaa vyöhykkeen, muuten pinta-alasta</translation>
    </message>
    <message>
        <source>population source: {source}</source>
        <translation>väestölähde: {source}</translation>
    </message>
    <message>
        <source>zones: {zones}</source>
        <translation>vyöhykkeet: {zones}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>there is no coverage result to export; run the coverage check first</source>
        <translation>vietävää kattavuustulosta ei ole; tee ensin kattavuustarkastelu</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vyöhyke</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Pinta-ala km²</translation>
    </message>
    <message>
        <source>Covered km²</source>
        <translation>Katettu km²</translation>
    </message>
    <message>
        <source>{sector}, straight line</source>
        <translation>{sector}, linnuntietä</translation>
    </message>
    <message>
        <source>{sector} (area)</source>
        <translation>{sector} (pinta-ala)</translation>
    </message>
    <message>
        <source>{sector} (people)</source>
        <translation>{sector} (asukkaat)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Täyttyy</translation>
    </message>
    <message>
        <source>Target ({sector})</source>
        <translation>Tavoite ({sector})</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Aineistolähteet ja lisenssit</translation>
    </message>
    <message>
        <source>Region and municipalities: {credit}</source>
        <translation>Alue ja kunnat: {credit}</translation>
    </message>
    <message>
        <source>credit not stated</source>
        <translation>lähdettä ei ole ilmoitettu</translation>
    </message>
    <message>
        <source>Population and zones</source>
        <translation>Väestö ja vyöhykkeet</translation>
    </message>
    <message>
        <source>Population: {source}</source>
        <translation>Väestö: {source}</translation>
    </message>
    <message>
        <source>not counted; shares are of area</source>
        <translation>ei laskettu; osuudet ovat pinta-alasta</translation>
    </message>
    <message>
        <source>Zone set: {zones}</source>
        <translation>Vyöhykejako: {zones}</translation>
    </message>
    <message>
        <source>Targets judge: {zone}</source>
        <translation>Tavoitteilla arvioidaan: {zone}</translation>
    </message>
    <message>
        <source>{layer}: within {minutes} min along the network</source>
        <translation>{layer}: enintään {minutes} min verkkoa pitkin</translation>
    </message>
    <message>
        <source>{layer}: within {radius} m</source>
        <translation>{layer}: enintään {radius} m:n päässä</translation>
    </message>
    <message>
        <source>, stops with at least {level} departures per hour</source>
        <translation>, pysäkit, joilta vähintään {level} lähtöä tunnissa</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>Menetelmä: {method}</translation>
    </message>
    <message>
        <source>Services and method</source>
        <translation>Palvelut ja menetelmä</translation>
    </message>
    <message>
        <source>No service layers were part of the check.</source>
        <translation>Tarkastelussa ei ollut palvelutasoja.</translation>
    </message>
    <message>
        <source>What is approximate</source>
        <translation>Mikä on likimääräistä</translation>
    </message>
    <message>
        <source>Nothing was marked approximate.</source>
        <translation>Mitään ei ole merkitty likimääräiseksi.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>sisäänrakennettu</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>johdettu</translation>
    </message>
    <message>
        <source>made in regionmap</source>
        <translation>tehty regionmapissa</translation>
    </message>
    <message>
        <source>computed from the layers above (no licence of its own)</source>
        <translation>laskettu yllä olevista tasoista (ei omaa lisenssiä)</translation>
    </message>
    <message>
        <source>licence not stated</source>
        <translation>lisenssiä ei ole ilmoitettu</translation>
    </message>
    <message>
        <source>{p}: is a folder; give a file name</source>
        <translation>{p}: on kansio; anna tiedostonimi</translation>
    </message>
    <message>
        <source>{parent}: the folder does not exist; create it or choose another folder</source>
        <translation>{parent}: kansiota ei ole; luo se tai valitse toinen kansio</translation>
    </message>
    <message>
        <source>{p}: no permission to write in {parent}; choose a folder you can write to</source>
        <translation>{p}: ei kirjoitusoikeutta kansioon {parent}; valitse kansio, johon voit kirjoittaa</translation>
    </message>
    <message>
        <source>{dest}: nothing was written (the export produced an empty file); please report it</source>
        <translation>{dest}: mitään ei kirjoitettu (vienti tuotti tyhjän tiedoston); ilmoita tästä virheestä</translation>
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
    <name>io</name>
    <message>
        <source>{path}: the file is empty; export the table again</source>
        <translation>{path}: tiedosto on tyhjä; vie taulukko uudelleen</translation>
    </message>
    <message>
        <source>{path}: is binary, not a CSV text table; give a {what} file</source>
        <translation>{path}: on binääritiedosto, ei CSV-tekstitaulukko; anna {what}-tiedosto</translation>
    </message>
    <message>
        <source>{path}: has no header row; give a CSV table with column names</source>
        <translation>{path}: otsikkorivi puuttuu; anna CSV-taulukko, jossa on sarakkeiden nimet</translation>
    </message>
    <message>
        <source>{path}: no coordinate columns found (columns: {value}); name them lon/lat, x/y or E/N, or add a WKT column, or choose them in the load dialog</source>
        <translation>{path}: koordinaattisarakkeita ei löytynyt (sarakkeet: {value}); nimeä ne lon/lat, x/y tai E/N, lisää WKT-sarake tai valitse ne latausikkunassa</translation>
    </message>
    <message>
        <source>{path}: has no column {column!r}; columns are: {columns}</source>
        <translation>{path}: saraketta {column!r} ei ole; sarakkeet: {columns}</translation>
    </message>
    <message>
        <source>the memory it would need (estimated)</source>
        <translation>tarvittava muisti (arvio)</translation>
    </message>
    <message>
        <source>its rows (counted so far)</source>
        <translation>rivit (tähän mennessä laskettu)</translation>
    </message>
    <message>
        <source>reading table</source>
        <translation>luetaan taulukkoa</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a CSV table ({value}); check the delimiter and quoting</source>
        <translation>{path}: ei voi lukea CSV-taulukkona ({value}); tarkista erotin ja lainausmerkit</translation>
    </message>
    <message>
        <source>CSV (geometry as WKT)</source>
        <translation>CSV (geometria WKT-muodossa)</translation>
    </message>
    <message>
        <source>CSV (points as X/Y columns)</source>
        <translation>CSV (pisteet X/Y-sarakkeina)</translation>
    </message>
    <message>
        <source>{path}: is not a readable zip file ({exc}); give a zipped Shapefile</source>
        <translation>{path}: ei ole luettava zip-tiedosto ({exc}); anna pakattu Shapefile</translation>
    </message>
    <message>
        <source>the zip's unpacked size</source>
        <translation>zip-tiedoston purettu koko</translation>
    </message>
    <message>
        <source>{path}: the zip holds no shapefile (.shp) (it holds: {inside}); zip the .shp, .shx, .dbf and .prj files together, or unzip and open the data file itself</source>
        <translation>{path}: zip-tiedostossa ei ole shapefileä (.shp) (siinä on: {inside}); pakkaa .shp-, .shx-, .dbf- ja .prj-tiedostot yhteen tai pura zip ja avaa itse aineistotiedosto</translation>
    </message>
    <message>
        <source>{path}: has no shapefile named {layer!r}; it holds: {names}</source>
        <translation>{path}: siinä ei ole shapefileä nimeltä {layer!r}; siinä on: {names}</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as geodata ({error}); give a {formats} file</source>
        <translation>{path}: ei aukea paikkatietona ({error}); anna {formats}-tiedosto</translation>
    </message>
    <message>
        <source>its features</source>
        <translation>kohteet</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as geodata ({short_error}); give a {formats} file</source>
        <translation>{path}: ei aukea paikkatietona ({short_error}); anna {formats}-tiedosto</translation>
    </message>
    <message>
        <source>{path}: has no layer {layer!r}; its layers are: {value}</source>
        <translation>{path}: tasoa {layer!r} ei ole; sen tasot: {value}</translation>
    </message>
    <message>
        <source>{path}: holds no layers; give a file with geodata</source>
        <translation>{path}: siinä ei ole tasoja; anna paikkatietotiedosto</translation>
    </message>
    <message>
        <source>the file has {n} layers ({names}); read the first, {first!r}: choose another with --layer NAME or in the load dialog</source>
        <translation>tiedostossa on {n} tasoa ({names}); luettiin ensimmäinen, {first!r}: valitse toinen valitsimella --layer NAME tai latausikkunassa</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes); export the data again</source>
        <translation>{path}: tiedosto on tyhjä (0 tavua); vie aineisto uudelleen</translation>
    </message>
    <message>
        <source>{path}: is not JSON text (it starts with {head!r}); give a GeoJSON file</source>
        <translation>{path}: ei ole JSON-tekstiä (alkaa {head!r}); anna GeoJSON-tiedosto</translation>
    </message>
    <message>
        <source>checking text</source>
        <translation>tarkistetaan tekstiä</translation>
    </message>
    <message>
        <source>{path}: holds only white space; export the data again</source>
        <translation>{path}: sisältää vain tyhjää; vie aineisto uudelleen</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text ({where}); it was read as Windows-1252 (Latin-1) text, as desktop GIS does. Check that names with ä, ö and å look right, and re-save the file as UTF-8 to avoid this warning</source>
        <translation>{file} ei ole UTF-8-tekstiä ({where}); se luettiin Windows-1252-tekstinä (Latin-1), kuten työpöytäpaikkatieto-ohjelmat tekevät. Tarkista, että nimet, joissa on ä, ö ja å, näyttävät oikeilta, ja tallenna tiedosto UTF-8-muodossa, niin tätä varoitusta ei tule</translation>
    </message>
    <message>
        <source>{path}: is Windows-1252 text, not UTF-8, and its UTF-8 copy could not be written to the temporary folder ({value}); free disk space or re-save the file as UTF-8</source>
        <translation>{path}: on Windows-1252-tekstiä, ei UTF-8:aa, eikä sen UTF-8-kopiota voitu kirjoittaa väliaikaiskansioon ({value}); vapauta levytilaa tai tallenna tiedosto uudelleen UTF-8-muodossa</translation>
    </message>
    <message>
        <source>file size, or a zip's unpacked size</source>
        <translation>tiedoston koko tai zip-tiedoston purettu koko</translation>
    </message>
    <message>
        <source>features</source>
        <translation>kohteet</translation>
    </message>
    <message>
        <source>vertices in one geometry</source>
        <translation>taitepisteet yhdessä geometriassa</translation>
    </message>
    <message>
        <source>vertices of an invalid geometry to repair</source>
        <translation>korjattavan virheellisen geometrian taitepisteet</translation>
    </message>
    <message>
        <source>estimated memory of the loaded layer</source>
        <translation>ladatun tason arvioitu muistinkäyttö</translation>
    </message>
    <message>
        <source>disk space of the prepared zones' cache</source>
        <translation>valmisteltujen vyöhykkeiden välimuistin levytila</translation>
    </message>
    <message>
        <source>{path}: {what_here}: {value}, over regionmap's limit of {limit} ({what}); {instead}, or raise the limit deliberately if the computer has the memory, e.g. {env}={suggest}</source>
        <translation>{path}: {what_here}: {value}, yli regionmapin rajan {limit} ({what}); {instead} tai nosta rajaa harkiten, jos koneessa on muistia, esim. {env}={suggest}</translation>
    </message>
    <message>
        <source>load a smaller extract</source>
        <translation>lataa pienempi ote</translation>
    </message>
    <message>
        <source>environment variable {env}={text!r} is not a number; give a number ({unit}), or 0 for no limit</source>
        <translation>ympäristömuuttuja {env}={text!r} ei ole luku; anna luku ({unit}) tai 0, jos rajaa ei haluta</translation>
    </message>
    <message>
        <source>megabytes</source>
        <translation>megatavuina</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>lukumäärä</translation>
    </message>
    <message>
        <source>environment variable {env}={text!r} must be a positive number, or 0 for no limit</source>
        <translation>ympäristömuuttujan {env}={text!r} on oltava positiivinen luku tai 0, jos rajaa ei haluta</translation>
    </message>
    <message>
        <source>0 (no limit)</source>
        <translation>0 (ei rajaa)</translation>
    </message>
    <message>
        <source>{what} in MB</source>
        <translation>{what} megatavuina</translation>
    </message>
    <message>
        <source>{path}: too big to load into the available memory; use a smaller extract of the data, or close other programs</source>
        <translation>{path}: liian suuri käytettävissä olevaan muistiin; käytä pienempää otetta aineistosta tai sulje muita ohjelmia</translation>
    </message>
    <message>
        <source>{path}: objects or arrays are nested too deeply to read; simplify the file</source>
        <translation>{path}: oliot tai taulukot ovat liian syvällä sisäkkäin luettaviksi; yksinkertaista tiedostoa</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {short_error}; check that it is a valid {formats} file</source>
        <translation>{path}: ei voi lukea: {short_error}; tarkista, että se on kelvollinen {formats}-tiedosto</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>luetaan {file}</translation>
    </message>
    <message>
        <source>coordinates read from the table's columns; the CRS comes from their value ranges</source>
        <translation>koordinaatit luettiin taulukon sarakkeista; koordinaattijärjestelmä päätellään niiden arvoalueista</translation>
    </message>
    <message>
        <source>coordinates read from the columns of sheet {sheet!r}; the CRS comes from their value ranges</source>
        <translation>koordinaatit luettiin taulukkosivun {sheet!r} sarakkeista; koordinaattijärjestelmä päätellään niiden arvoalueista</translation>
    </message>
    <message>
        <source>its highway lines</source>
        <translation>tieviivat (highway)</translation>
    </message>
    <message>
        <source>the extract's highway lines (roads, streets and paths) only, with their OSM tags; railways, power lines and outlines are left out</source>
        <translation>otteesta vain tieviivat (tiet, kadut ja polut) OSM-tageineen; rautatiet, voimalinjat ja ääriviivat jätettiin pois</translation>
    </message>
    <message>
        <source>reading GeoParquet</source>
        <translation>luetaan GeoParquet-tiedostoa</translation>
    </message>
    <message>
        <source>the memory it would need</source>
        <translation>tarvittava muisti</translation>
    </message>
    <message>
        <source>{path}: is a Parquet table without GeoParquet geometry metadata; write it with GeoPandas/GDAL as GeoParquet, or export it as CSV with coordinate columns</source>
        <translation>{path}: on Parquet-taulu ilman GeoParquet-geometriametatietoja; kirjoita se GeoPandasilla/GDALilla GeoParquet-muotoon tai vie se CSV:nä koordinaattisarakkeineen</translation>
    </message>
    <message>
        <source>{path}: the file disappeared while it was being read; check that it is not being moved or deleted, then load it again</source>
        <translation>{path}: tiedosto katosi kesken lukemisen; tarkista, ettei sitä siirretä tai poisteta, ja lataa se uudelleen</translation>
    </message>
    <message>
        <source>{path}: is not geodata that regionmap can read; give a {formats} file</source>
        <translation>{path}: ei ole paikkatietoa, jota regionmap osaa lukea; anna {formats}-tiedosto</translation>
    </message>
    <message>
        <source>{path}: {short_error}</source>
        <translation>{path}: {short_error}</translation>
    </message>
    <message>
        <source>{path}: is a link to a file that does not exist; check the link</source>
        <translation>{path}: on linkki tiedostoon, jota ei ole; tarkista linkki</translation>
    </message>
    <message>
        <source>{path}: no such file; check the path</source>
        <translation>{path}: tiedostoa ei ole; tarkista polku</translation>
    </message>
    <message>
        <source>{path}: permission denied; check that you may read the file and its folder</source>
        <translation>{path}: ei käyttöoikeutta; tarkista, että saat lukea tiedoston ja sen kansion</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({value}); check the path</source>
        <translation>{path}: ei aukea ({value}); tarkista polku</translation>
    </message>
    <message>
        <source>{path}: is a special system file, not data; choose a data file</source>
        <translation>{path}: on järjestelmän erikoistiedosto, ei aineisto; valitse aineistotiedosto</translation>
    </message>
    <message>
        <source>the file's size</source>
        <translation>tiedoston koko</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file; choose the data file inside it</source>
        <translation>{path}: on kansio, ei tiedosto; valitse sen sisältä aineistotiedosto</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a data file; save the data to a file and open that</source>
        <translation>{path}: on {kind}, ei aineistotiedosto; tallenna aineisto tiedostoon ja avaa se</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({value}); check that it is a data file</source>
        <translation>{path}: ei voi lukea ({value}); tarkista, että se on aineistotiedosto</translation>
    </message>
    <message>
        <source>{path}: has no geometry column (it is a plain table); for a CSV with coordinates name the columns lon/lat or x/y, or give a geodata file</source>
        <translation>{path}: ei sisällä geometriasaraketta (se on pelkkä taulukko); nimeä koordinaatteja sisältävän CSV:n sarakkeet lon/lat tai x/y tai anna paikkatietotiedosto</translation>
    </message>
    <message>
        <source>read {n} features</source>
        <translation>luettu {n} kohdetta</translation>
    </message>
    <message>
        <source>its features (counted so far)</source>
        <translation>kohteet (tähän mennessä laskettu)</translation>
    </message>
    <message>
        <source>feature {n}'s vertices</source>
        <translation>kohteen {n} taitepisteet</translation>
    </message>
    <message>
        <source>the memory it needs (estimated, so far)</source>
        <translation>tarvittava muisti (arvio tähän mennessä)</translation>
    </message>
    <message>
        <source>the boundaries</source>
        <translation>kuntarajat</translation>
    </message>
    <message>
        <source>{source}: has no polygons; municipal boundaries must be polygons</source>
        <translation>{source}: ei sisällä polygoneja; kuntarajojen on oltava polygoneja</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kuntanumero</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>suodatin</translation>
    </message>
    <message>
        <source>{source}: has no field {field!r} for the {what}; fields are: {fields}</source>
        <translation>{source}: kenttää {field!r} ei ole ({what}); kentät: {fields}</translation>
    </message>
    <message>
        <source>{source}: no municipality name field found; choose one (fields: {fields})</source>
        <translation>{source}: kunnan nimen kenttää ei löytynyt; valitse se (kentät: {fields})</translation>
    </message>
    <message>
        <source>kept {kept} of {n} areas whose {field} is {values}</source>
        <translation>säilytettiin {kept}/{n} aluetta, joiden {field} on {values}</translation>
    </message>
    <message>
        <source>kept {kept} of {n} areas lying mostly inside the region</source>
        <translation>säilytettiin {kept}/{n} aluetta, jotka ovat pääosin alueen sisällä</translation>
    </message>
    <message>
        <source>{source}: no areas are left after filtering; check the filter (field and value) or that the file covers the region</source>
        <translation>{source}: suodatuksen jälkeen ei jäänyt yhtään aluetta; tarkista suodatin (kenttä ja arvo) tai että tiedosto kattaa alueen</translation>
    </message>
    <message>
        <source>the file has no code field; areas were numbered 001, 002, ...</source>
        <translation>tiedostossa ei ole kuntanumeron kenttää; alueet numeroitiin 001, 002, ...</translation>
    </message>
    <message>
        <source>areas are clipped to the land outline, so area figures count land only (sea areas left out)</source>
        <translation>alueet on rajattu maa-alueeseen, joten pinta-alat ovat maapinta-aloja (merialueet jätetty pois)</translation>
    </message>
    <message>
        <source>filtering and clipping boundaries</source>
        <translation>suodatetaan ja rajataan kuntarajoja</translation>
    </message>
    <message>
        <source>{n} areas</source>
        <translation>alueita {n}</translation>
    </message>
    <message>
        <source>the file's metadata ({keys})</source>
        <translation>tiedoston metatiedot ({keys})</translation>
    </message>
    <message>
        <source>the file's metadata document</source>
        <translation>tiedoston metatietodokumentti</translation>
    </message>
    <message>
        <source>the layer's description</source>
        <translation>tason kuvaus</translation>
    </message>
    <message>
        <source>the metadata file {file}</source>
        <translation>metatietotiedosto {file}</translation>
    </message>
    <message>
        <source>the GeoJSON's {keys}</source>
        <translation>GeoJSON-tiedoston {keys}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>connecting to {host}</source>
        <translation>yhdistetään palvelimeen {host}</translation>
    </message>
    <message>
        <source>{host}: the download of {what} did not finish within {deadline} s (the server answers too slowly or stopped); try again later, or load them from a file</source>
        <translation>{host}: lataus ({what}) ei valmistunut {deadline} sekunnissa (palvelin vastaa liian hitaasti tai lakkasi vastaamasta); yritä myöhemmin uudelleen tai lataa aineisto tiedostosta</translation>
    </message>
    <message>
        <source>downloaded {mb} MB</source>
        <translation>ladattu {mb} MB</translation>
    </message>
    <message>
        <source>{host}: the answer is larger than {limit} MB; check the layer</source>
        <translation>{host}: vastaus on suurempi kuin {limit} MB; tarkista taso</translation>
    </message>
    <message>
        <source>{got} of {total} bytes</source>
        <translation>{got}/{total} tavua</translation>
    </message>
    <message>
        <source>{got} bytes</source>
        <translation>{got} tavua</translation>
    </message>
    <message>
        <source>{host}: the download of {what} was cut off before the end (got {got}); try again, or load them from a file</source>
        <translation>{host}: lataus ({what}) katkesi ennen loppua (saatiin {got}); yritä uudelleen tai lataa aineisto tiedostosta</translation>
    </message>
    <message>
        <source>{host}: the server answered HTTP {code} {reason}; check the address and layer name, or load them from a file</source>
        <translation>{host}: palvelin vastasi HTTP {code} {reason}; tarkista osoite ja tason nimi tai lataa aineisto tiedostosta</translation>
    </message>
    <message>
        <source>{host}: the server's answer is not valid HTTP ({name}); try again, or load them from a file</source>
        <translation>{host}: palvelimen vastaus ei ole kelvollista HTTP:tä ({name}); yritä uudelleen tai lataa aineisto tiedostosta</translation>
    </message>
    <message>
        <source>{host}: could not download {what} ({reason}); check the network connection, or load them from a file</source>
        <translation>{host}: lataus ei onnistunut ({what}: {reason}); tarkista verkkoyhteys tai lataa aineisto tiedostosta</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>tunnistettu</translation>
    </message>
    <message>
        <source>given</source>
        <translation>annettu</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>oletettu</translation>
    </message>
    <message>
        <source>file: {path}</source>
        <translation>tiedosto: {path}</translation>
    </message>
    <message>
        <source>format: {format}, layer {layer!r}</source>
        <translation>muoto: {format}, taso {layer!r}</translation>
    </message>
    <message>
        <source>format: {format}</source>
        <translation>muoto: {format}</translation>
    </message>
    <message>
        <source>features: {n}</source>
        <translation>kohteita: {n}</translation>
    </message>
    <message>
        <source>geometry types: {types}</source>
        <translation>geometriatyypit: {types}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>CRS: {crs} ({how})</source>
        <translation>koordinaattijärjestelmä: {crs} ({how})</translation>
    </message>
    <message>
        <source>bounding box (lon/lat): {box}</source>
        <translation>rajaava suorakulmio (lon/lat): {box}</translation>
    </message>
    <message>
        <source>repaired invalid geometries: {n}</source>
        <translation>korjattuja virheellisiä geometrioita: {n}</translation>
    </message>
    <message>
        <source>skipped null or empty geometries: {n}</source>
        <translation>ohitettuja puuttuvia tai tyhjiä geometrioita: {n}</translation>
    </message>
    <message>
        <source>{n} feature(s) with non-finite coordinates dropped (NaN or infinite x/y; not drawn or analysed)</source>
        <translation>kohteita, joiden koordinaatit eivät ole äärellisiä, jätettiin pois: {n} (NaN tai ääretön x/y; ei piirretä eikä analysoida)</translation>
    </message>
    <message>
        <source>skipped features with coordinates out of range: {n}</source>
        <translation>ohitettuja kohteita, joiden koordinaatit ovat sallitun alueen ulkopuolella: {n}</translation>
    </message>
    <message>
        <source>flattened 3D geometries: {n}</source>
        <translation>2D-muotoon litistettyjä 3D-geometrioita: {n}</translation>
    </message>
    <message>
        <source>source and licence: {credit} (from {where})</source>
        <translation>lähde ja lisenssi: {credit} (lähde: {where})</translation>
    </message>
    <message>
        <source>source and licence: not stated in the file</source>
        <translation>lähde ja lisenssi: ei mainittu tiedostossa</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>huomautus: {note}</translation>
    </message>
    <message>
        <source>population grid</source>
        <translation>väestöruudukko</translation>
    </message>
    <message>
        <source>population cells</source>
        <translation>väestöruudut</translation>
    </message>
    <message>
        <source>no {size} population grid of {publisher} (no layer like {like})</source>
        <translation>ei julkaisijan {publisher} {size}:n väestöruudukkoa (ei tasoa, joka olisi muotoa {like})</translation>
    </message>
    <message>
        <source>Statistics Finland</source>
        <translation>Tilastokeskus</translation>
    </message>
    <message>
        <source>Population grid {size} {year}: {publisher}, CC BY 4.0</source>
        <translation>Väestöruudukko {size} {year}: {publisher}, CC BY 4.0</translation>
    </message>
    <message>
        <source>Population {size} {year}</source>
        <translation>Väestö {size} {year}</translation>
    </message>
    <message>
        <source> (it has also {codes})</source>
        <translation> (siinä on myös {codes})</translation>
    </message>
    <message>
        <source>{publisher}'s {size} grid covers only {names}, and the region is not inside it{which}; load boundaries of those municipalities only, or use Statistics Finland's 1 km grid</source>
        <translation>{publisher}: {size}:n ruudukko kattaa vain kunnat {names}, eikä alue ole sen sisällä{which}; lataa vain näiden kuntien rajat tai käytä Tilastokeskuksen 1 km:n ruudukkoa</translation>
    </message>
    <message>
        <source>{what} is not a usable population grid ({why}); nothing was cached; check the address, or load a population file with File &gt; Open</source>
        <translation>{what} ei ole käyttökelpoinen väestöruudukko ({why}); mitään ei tallennettu välimuistiin; tarkista osoite tai lataa väestötiedosto valitsemalla Tiedosto &gt; Avaa</translation>
    </message>
    <message>
        <source>no cells in the region</source>
        <translation>alueella ei ole ruutuja</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>ei polygoneja</translation>
    </message>
    <message>
        <source>no numeric population field {field!r}</source>
        <translation>ei numeerista väestökenttää {field!r}</translation>
    </message>
    <message>
        <source>not in EPSG:3067</source>
        <translation>ei EPSG:3067-järjestelmässä</translation>
    </message>
    <message>
        <source>a typical cell is {typical} km², not {cell} km²: another grid, or another CRS</source>
        <translation>tyypillinen ruutu on {typical} km², ei {cell} km²: eri ruudukko tai eri koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>no cell lies in the region: another area, or another CRS</source>
        <translation>yksikään ruutu ei ole alueella: eri alue tai eri koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>{n} cells of under {below} inhabitants: {publisher} publishes only their total, so their sexes and age groups are unknown (empty), not 0</source>
        <translation>ruutuja, joissa on alle {below} asukasta: {n}; {publisher} julkaisee niistä vain kokonaismäärän, joten niiden sukupuoli- ja ikäryhmät ovat tuntemattomia (tyhjiä), eivät 0</translation>
    </message>
    <message>
        <source>{n} cells of under {below} inhabitants: {publisher} publishes only their total, so their age groups are unknown (empty), not 0</source>
        <translation>ruutuja, joissa on alle {below} asukasta: {n}; {publisher} julkaisee niistä vain kokonaismäärän, joten niiden ikäryhmät ovat tuntemattomia (tyhjiä), eivät 0</translation>
    </message>
    <message>
        <source>checking geometries</source>
        <translation>tarkistetaan geometrioita</translation>
    </message>
    <message>
        <source>the file's CRS definition could not be understood; detected one instead</source>
        <translation>tiedoston koordinaattijärjestelmän määritystä ei ymmärretty; järjestelmä tunnistettiin koordinaateista</translation>
    </message>
    <message>
        <source>transforming to EPSG:3067</source>
        <translation>muunnetaan EPSG:3067-järjestelmään</translation>
    </message>
    <message>
        <source>repairing geometries</source>
        <translation>korjataan geometrioita</translation>
    </message>
    <message>
        <source>feature {n} is invalid (a ring crossing itself?) and its vertices</source>
        <translation>kohde {n} on virheellinen (itseään leikkaava rengas?), ja sen taitepisteet</translation>
    </message>
    <message>
        <source>repair it first in a GIS (QGIS: Vector &gt; Geometry tools &gt; Fix geometries)</source>
        <translation>korjaa se ensin paikkatieto-ohjelmassa (QGIS: Vektori &gt; Geometriatyökalut &gt; Korjaa geometriat)</translation>
    </message>
    <message>
        <source>mixed geometry kept in one layer: {counts}</source>
        <translation>eri geometriatyypit säilytettiin yhdessä tasossa: {counts}</translation>
    </message>
    <message>
        <source>the file holds no features to draw (all were skipped, see the counts above)</source>
        <translation>tiedostossa ei ole piirrettäviä kohteita (kaikki ohitettiin, katso määrät yllä)</translation>
    </message>
    <message>
        <source>the file holds no features to draw</source>
        <translation>tiedostossa ei ole piirrettäviä kohteita</translation>
    </message>
    <message>
        <source>{n} feature(s) lie outside the valid range of {crs} and were left out</source>
        <translation>kohteita, jotka ovat järjestelmän {crs} sallitun alueen ulkopuolella, jätettiin pois: {n}</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 piste</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} pistettä</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 viiva</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} viivaa</translation>
    </message>
    <message>
        <source>1 polygon</source>
        <translation>1 polygoni</translation>
    </message>
    <message>
        <source>{n} polygons</source>
        <translation>{n} polygonia</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 muu</translation>
    </message>
    <message>
        <source>{n} others</source>
        <translation>{n} muuta</translation>
    </message>
    <message>
        <source>{path}: {given!r} is not a CRS regionmap knows; give an EPSG code such as EPSG:3067</source>
        <translation>{path}: {given!r} ei ole regionmapin tuntema koordinaattijärjestelmä; anna EPSG-koodi, esim. EPSG:3067</translation>
    </message>
    <message>
        <source>{path}: the coordinates ({range}) cannot be in {crs}, the CRS given; check the CRS</source>
        <translation>{path}: koordinaatit ({range}) eivät voi olla annetussa järjestelmässä {crs}; tarkista koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped in the file (the data would lie in the Arabian Sea); swapped them back. If this is wrong, load with the CRS given explicitly ({crs})</source>
        <translation>leveys- ja pituusaste olivat tiedostossa väärin päin (aineisto olisi Arabianmerellä); ne vaihdettiin takaisin. Jos tämä on väärin, lataa antamalla koordinaattijärjestelmä erikseen ({crs})</translation>
    </message>
    <message>
        <source>its coordinates ({range}) do not fit its declared CRS {crs}</source>
        <translation>sen koordinaatit ({range}) eivät sovi sen ilmoittamaan järjestelmään {crs}</translation>
    </message>
    <message>
        <source>it declares no CRS and its coordinates ({range})</source>
        <translation>se ei ilmoita koordinaattijärjestelmää, eivätkä sen koordinaatit ({range}) sovi</translation>
    </message>
    <message>
        <source>{path}: {said} nor any CRS used for Finnish data ({known}); give the CRS explicitly (for example --crs EPSG:3879, or choose it in the load dialog)</source>
        <translation>{path}: {said} eivätkä mihinkään suomalaisen aineiston järjestelmään ({known}); anna koordinaattijärjestelmä erikseen (esim. --crs EPSG:3879 tai valitse se latausikkunassa)</translation>
    </message>
    <message>
        <source>the file says its CRS is {declared} but the coordinates ({range}) do not fit it; they fit {label} ({crs}), which was assumed. Give the CRS explicitly if this is wrong</source>
        <translation>tiedoston mukaan sen koordinaattijärjestelmä on {declared}, mutta koordinaatit ({range}) eivät sovi siihen; ne sopivat järjestelmään {label} ({crs}), joka oletettiin. Anna koordinaattijärjestelmä erikseen, jos tämä on väärin</translation>
    </message>
    <message>
        <source>the file declares no CRS; its coordinates ({range}) fit {label} ({crs}), which was assumed. Give the CRS explicitly if this is wrong</source>
        <translation>tiedosto ei ilmoita koordinaattijärjestelmää; sen koordinaatit ({range}) sopivat järjestelmään {label} ({crs}), joka oletettiin. Anna koordinaattijärjestelmä erikseen, jos tämä on väärin</translation>
    </message>
    <message>
        <source>looking at {file}</source>
        <translation>tarkastellaan tiedostoa {file}</translation>
    </message>
    <message>
        <source>looked at {file}</source>
        <translation>tarkasteltu {file}</translation>
    </message>
    <message>
        <source>--codes: name at least one municipality code, e.g. --codes 091,049 (Helsinki, Espoo)</source>
        <translation>--codes: anna vähintään yksi kuntanumero, esim. --codes 091,049 (Helsinki, Espoo)</translation>
    </message>
    <message>
        <source>no field {field!r}</source>
        <translation>ei kenttää {field!r}</translation>
    </message>
    <message>
        <source>no municipality code field</source>
        <translation>ei kuntanumeron kenttää</translation>
    </message>
    <message>
        <source>{source}: has {what} to pick municipalities by code; name the code field (--code-field) or keep every area (--all)</source>
        <translation>{source}: {what} kuntien valitsemiseksi kuntanumeron mukaan; nimeä kuntanumeron kenttä (--code-field) tai säilytä kaikki alueet (--all)</translation>
    </message>
    <message>
        <source>{source}: has no municipality with code {codes} in field {field!r}; check --codes (e.g. 091 for Helsinki) or keep every area with --all</source>
        <translation>{source}: kentässä {field!r} ei ole kuntaa numerolla {codes}; tarkista --codes (esim. 091 on Helsinki) tai säilytä kaikki alueet valitsimella --all</translation>
    </message>
    <message>
        <source>{source}: has none of the 26 Helsinki-Uusimaa municipality codes in field {field!r}; choose other areas (the dialog's Keep list, or --codes / --all on the command line)</source>
        <translation>{source}: kentässä {field!r} ei ole yhtään Helsinki-Uudenmaan 26 kunnan numeroista; valitse muut alueet (ikkunan Säilytä-luettelo tai komentorivillä --codes / --all)</translation>
    </message>
    <message>
        <source>{source}: has {n} of the 26 Helsinki-Uusimaa municipalities; missing codes: {codes}</source>
        <translation>{source}: Helsinki-Uudenmaan 26 kunnasta mukana {n}; puuttuvat numerot: {codes}</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a spreadsheet ({exc}); save it again as XLSX or ODS</source>
        <translation>{path}: ei voi avata taulukkolaskentatiedostona ({exc}); tallenna se uudelleen XLSX- tai ODS-muodossa</translation>
    </message>
    <message>
        <source>{path}: has no sheets; give a spreadsheet with a table of coordinates</source>
        <translation>{path}: ei sisällä taulukkosivuja; anna taulukkolaskentatiedosto, jossa on koordinaattitaulukko</translation>
    </message>
    <message>
        <source>{path}: has no sheet {sheet!r}; its sheets are: {sheets}</source>
        <translation>{path}: taulukkosivua {sheet!r} ei ole; sivut: {sheets}</translation>
    </message>
    <message>
        <source>reading sheet {sheet}</source>
        <translation>luetaan taulukkosivua {sheet}</translation>
    </message>
    <message>
        <source>its rows</source>
        <translation>rivit</translation>
    </message>
    <message>
        <source>{path}: sheet {sheet!r} cannot be read ({exc})</source>
        <translation>{path}: taulukkosivua {sheet!r} ei voi lukea ({exc})</translation>
    </message>
    <message>
        <source>{path}: sheet {sheet!r} has no coordinate columns (columns: {columns}); name them lon/lat, x/y or E/N, or add a WKT column</source>
        <translation>{path}: taulukkosivulla {sheet!r} ei ole koordinaattisarakkeita (sarakkeet: {columns}); nimeä ne lon/lat, x/y tai E/N tai lisää WKT-sarake</translation>
    </message>
    <message>
        <source>read sheet {sheet}</source>
        <translation>luettu taulukkosivu {sheet}</translation>
    </message>
    <message>
        <source>Urban-rural classification</source>
        <translation>Kaupunki-maaseutuluokitus</translation>
    </message>
    <message>
        <source>urban-rural classification</source>
        <translation>kaupunki-maaseutuluokitus</translation>
    </message>
    <message>
        <source>urban-rural areas</source>
        <translation>kaupunki-maaseutuluokituksen alueet</translation>
    </message>
    <message>
        <source>no urban-rural classification of SYKE (no layer like {like}); SYKE publishes it as a file ({file}, CC BY 4.0, on avoindata.fi): load it with File &gt; Open and choose it in the Coverage dock's Zones row</source>
        <translation>ei SYKEn kaupunki-maaseutuluokitusta (ei tasoa, joka olisi muotoa {like}); SYKE julkaisee sen tiedostona ({file}, CC BY 4.0, avoindata.fi-palvelussa): lataa se valitsemalla Tiedosto &gt; Avaa ja valitse se Kattavuus-paneelin Vyöhykkeet-rivillä</translation>
    </message>
    <message>
        <source>{what} is not a usable urban-rural classification ({why}); nothing was cached; check the address, or load SYKE's file {file} with File &gt; Open</source>
        <translation>{what} ei ole käyttökelpoinen kaupunki-maaseutuluokitus ({why}); mitään ei tallennettu välimuistiin; tarkista osoite tai lataa SYKEn tiedosto {file} valitsemalla Tiedosto &gt; Avaa</translation>
    </message>
    <message>
        <source>no areas in the region</source>
        <translation>alueella ei ole luokitusalueita</translation>
    </message>
    <message>
        <source>no field names the 7 classes (1-7, K1-M7 or their names); fields: {fields}</source>
        <translation>mikään kenttä ei nimeä 7 luokkaa (1–7, K1–M7 tai niiden nimet); kentät: {fields}</translation>
    </message>
    <message>
        <source>no area lies in the region: another area, or another CRS</source>
        <translation>yksikään alue ei ole alueella: eri alue tai eri koordinaattijärjestelmä</translation>
    </message>
    <message>
        <source>Urban-rural classification {year}: SYKE, CC BY 4.0</source>
        <translation>Kaupunki-maaseutuluokitus {year}: SYKE, CC BY 4.0</translation>
    </message>
    <message>
        <source>Municipal boundaries: Statistics Finland (kunta4500k), CC BY 4.0</source>
        <translation>Kuntarajat: Tilastokeskus (kunta4500k), CC BY 4.0</translation>
    </message>
    <message>
        <source>read from the cache (no network)</source>
        <translation>luettu välimuistista (ei verkkoyhteyttä)</translation>
    </message>
    <message>
        <source>downloaded from {url}</source>
        <translation>ladattu osoitteesta {url}</translation>
    </message>
    <message>
        <source>reading cached boundaries</source>
        <translation>luetaan välimuistiin tallennettuja kuntarajoja</translation>
    </message>
    <message>
        <source>the boundaries cached earlier were not usable and were downloaded again</source>
        <translation>aiemmin välimuistiin tallennetut kuntarajat eivät olleet käyttökelpoisia, ja ne ladattiin uudelleen</translation>
    </message>
    <message>
        <source>the download failed; used the boundaries cached earlier</source>
        <translation>lataus epäonnistui; käytettiin aiemmin välimuistiin tallennettuja kuntarajoja</translation>
    </message>
    <message>
        <source>{url}: the WFS answer is not usable boundaries ({exc}); nothing was cached; check the address and layer name, or load boundaries from a file</source>
        <translation>{url}: WFS-palvelun vastaus ei ole käyttökelpoisia kuntarajoja ({exc}); mitään ei tallennettu välimuistiin; tarkista osoite ja tason nimi tai lataa kuntarajat tiedostosta</translation>
    </message>
    <message>
        <source>{url}: the WFS returned no features for layer {layer!r}; check the layer name</source>
        <translation>{url}: WFS-palvelu ei palauttanut yhtään kohdetta tasolle {layer!r}; tarkista tason nimi</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <source>{url}: the WFS answer for {layer!r} is not usable boundaries ({exc}); nothing was cached; check the address and layer name, or load boundaries from a file</source>
        <translation>{url}: WFS-palvelun vastaus tasolle {layer!r} ei ole käyttökelpoisia kuntarajoja ({exc}); mitään ei tallennettu välimuistiin; tarkista osoite ja tason nimi tai lataa kuntarajat tiedostosta</translation>
    </message>
    <message>
        <source>an XML answer instead of GeoJSON</source>
        <translation>XML-vastaus GeoJSONin sijaan</translation>
    </message>
    <message>
        <source>{host}: the WFS reported an error ({detail}); check the layer name</source>
        <translation>{host}: WFS-palvelu ilmoitti virheestä ({detail}); tarkista tason nimi</translation>
    </message>
    <message>
        <source>{n} municipalities</source>
        <translation>kuntia {n}</translation>
    </message>
    <message>
        <source>{host}: {what} are larger than {limit} MB; check the address</source>
        <translation>{host}: {what}: suurempi kuin {limit} MB; tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: {what} declare a DTD or entities, which a WFS never needs; refused (nothing was downloaded); check the address</source>
        <translation>{host}: {what}: sisältää DTD-määrittelyn tai entiteettejä, joita WFS ei koskaan tarvitse; hylätty (mitään ei ladattu); tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: {what} are not valid XML ({exc}); check the address, or try again later</source>
        <translation>{host}: {what}: ei ole kelvollista XML:ää ({exc}); tarkista osoite tai yritä myöhemmin uudelleen</translation>
    </message>
    <message>
        <source>the WFS capabilities</source>
        <translation>WFS-palvelun kuvaus (GetCapabilities)</translation>
    </message>
    <message>
        <source>{host}: the WFS reported an error ({detail}); check the address</source>
        <translation>{host}: WFS-palvelu ilmoitti virheestä ({detail}); tarkista osoite</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei kerrottu</translation>
    </message>
    <message>
        <source>{host}: the answer is not WFS capabilities (it is &lt;{tag}&gt;); check the address</source>
        <translation>{host}: vastaus ei ole WFS-palvelun kuvaus (se on &lt;{tag}&gt;); tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: the WFS offers no feature types; check the address</source>
        <translation>{host}: WFS-palvelu ei tarjoa yhtään kohdetyyppiä; tarkista osoite</translation>
    </message>
    <message>
        <source>the WFS's GML answers</source>
        <translation>WFS-palvelun GML-vastaus</translation>
    </message>
    <message>
        <source>the WFS answer is not complete GML (cut off or damaged, {size} bytes); nothing was cached; try again</source>
        <translation>WFS-palvelun vastaus ei ole kokonaista GML:ää (katkennut tai vioittunut, {size} tavua); mitään ei tallennettu välimuistiin; yritä uudelleen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is XML but not a feature collection (it is &lt;{tag}&gt;); nothing was cached; check the address</source>
        <translation>{host}: WFS-palvelun vastaus on XML:ää mutta ei kohdejoukko (se on &lt;{tag}&gt;); mitään ei tallennettu välimuistiin; tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: the WFS answer announces {announced} features but holds {returned} (incomplete); nothing was cached; try again</source>
        <translation>{host}: WFS-palvelun vastaus ilmoittaa {announced} kohdetta mutta sisältää {returned} (puutteellinen); mitään ei tallennettu välimuistiin; yritä uudelleen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer mixes coordinate systems ({names}); nothing was cached; ask for EPSG:3067</source>
        <translation>{host}: WFS-palvelun vastauksessa on useita koordinaattijärjestelmiä ({names}); mitään ei tallennettu välimuistiin; pyydä EPSG:3067</translation>
    </message>
    <message>
        <source>{host}: the WFS answer has a ring without readable coordinates; nothing was cached; check the address</source>
        <translation>{host}: WFS-palvelun vastauksessa on rengas, jonka koordinaatteja ei voi lukea; mitään ei tallennettu välimuistiin; tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: the WFS answer (GML) names no coordinate system; nothing was cached; ask for EPSG:3067</source>
        <translation>{host}: WFS-palvelun vastaus (GML) ei nimeä koordinaattijärjestelmää; mitään ei tallennettu välimuistiin; pyydä EPSG:3067</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is in a CRS this app does not know ({crs}); nothing was cached; ask for EPSG:3067</source>
        <translation>{host}: WFS-palvelun vastaus on koordinaattijärjestelmässä, jota sovellus ei tunne ({crs}); mitään ei tallennettu välimuistiin; pyydä EPSG:3067</translation>
    </message>
    <message>
        <source>{n} features from the cache</source>
        <translation>{n} kohdetta välimuistista</translation>
    </message>
    <message>
        <source>the download failed ({exc}); used the {noun} {year} cached earlier</source>
        <translation>lataus epäonnistui ({exc}); käytettiin aiemmin välimuistiin tallennettua aineistoa: {noun} {year}</translation>
    </message>
    <message>
        <source>the cached {noun} {file}</source>
        <translation>välimuistin aineisto ({noun}) {file}</translation>
    </message>
    <message>
        <source>the {noun} {year} cached earlier was not usable and was downloaded again</source>
        <translation>aiemmin välimuistiin tallennettu aineisto ({noun} {year}) ei ollut käyttökelpoinen, ja se ladattiin uudelleen</translation>
    </message>
    <message>
        <source>the {noun} {year} cached earlier could not be read and was downloaded again</source>
        <translation>aiemmin välimuistiin tallennettua aineistoa ({noun} {year}) ei voitu lukea, ja se ladattiin uudelleen</translation>
    </message>
    <message>
        <source>asking {host} which years it offers</source>
        <translation>kysytään palvelimelta {host}, mitä vuosia se tarjoaa</translation>
    </message>
    <message>
        <source>{host}: the WFS offers {missing}; check the address</source>
        <translation>{host}: WFS-palvelussa on {missing}; tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: the WFS has no {noun} for {year} (it offers {years}); choose one of those years</source>
        <translation>{host}: WFS-palvelussa ei ole vuoden {year} aineistoa ({noun}) (tarjolla: {years}); valitse jokin näistä vuosista</translation>
    </message>
    <message>
        <source>{noun} {year}: {got} of {matched} features</source>
        <translation>{noun} {year}: {got}/{matched} kohdetta</translation>
    </message>
    <message>
        <source>{noun} {year}: {got} features</source>
        <translation>{noun} {year}: {got} kohdetta</translation>
    </message>
    <message>
        <source>the {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <source>{host}: the WFS stopped after {got} of the {matched} features it announced; nothing was cached; try again later</source>
        <translation>{host}: WFS-palvelu lopetti, kun ilmoitetuista {matched} kohteesta oli saatu {got}; mitään ei tallennettu välimuistiin; yritä myöhemmin uudelleen</translation>
    </message>
    <message>
        <source>{host}: the {noun} did not end after {pages} pages; check the address</source>
        <translation>{host}: aineisto ({noun}) ei päättynyt {pages} sivun jälkeen; tarkista osoite</translation>
    </message>
    <message>
        <source>checking the features</source>
        <translation>tarkistetaan kohteita</translation>
    </message>
    <message>
        <source>{host}: the answer for {layer!r}</source>
        <translation>{host}: vastaus tasolle {layer!r}</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} kohdetta</translation>
    </message>
    <message>
        <source>{folder}: could not keep the {noun} ({exc}); free some disk space or check the folder's permissions</source>
        <translation>{folder}: aineistoa ({noun}) ei voitu tallentaa ({exc}); vapauta levytilaa tai tarkista kansion käyttöoikeudet</translation>
    </message>
    <message>
        <source>{host}: the WFS sent an empty answer; nothing was cached; try again later</source>
        <translation>{host}: WFS-palvelu lähetti tyhjän vastauksen; mitään ei tallennettu välimuistiin; yritä myöhemmin uudelleen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is not complete GeoJSON (cut off or damaged, {size} bytes); nothing was cached; try again</source>
        <translation>{host}: WFS-palvelun vastaus ei ole kokonaista GeoJSONia (katkennut tai vioittunut, {size} tavua); mitään ei tallennettu välimuistiin; yritä uudelleen</translation>
    </message>
    <message>
        <source>{host}: the WFS answer is not a GeoJSON FeatureCollection; nothing was cached; check the address</source>
        <translation>{host}: WFS-palvelun vastaus ei ole GeoJSON FeatureCollection -kokoelma; mitään ei tallennettu välimuistiin; tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: the WFS answer declares no CRS and its coordinates are not longitude/latitude (another CRS?); nothing was cached; check the address</source>
        <translation>{host}: WFS-palvelun vastaus ei ilmoita koordinaattijärjestelmää, eivätkä sen koordinaatit ole pituus- ja leveysasteita (eri järjestelmä?); mitään ei tallennettu välimuistiin; tarkista osoite</translation>
    </message>
    <message>
        <source>{host}: the WFS returned no {items} for the region's extent; nothing was cached; check the address and the region</source>
        <translation>{host}: WFS-palvelu ei palauttanut alueen rajauksesta mitään ({items}); mitään ei tallennettu välimuistiin; tarkista osoite ja alue</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({exc}); check that the folder exists and is writable</source>
        <translation>{path}: ei voi kirjoittaa ({exc}); tarkista, että kansio on olemassa ja siihen voi kirjoittaa</translation>
    </message>
    <message>
        <source>{path}: cannot be written as {format} ({exc}); check free disk space and that the folder is writable</source>
        <translation>{path}: ei voi kirjoittaa muodossa {format} ({exc}); tarkista vapaa levytila ja että kansioon voi kirjoittaa</translation>
    </message>
    <message>
        <source>{key!r} is not a format regionmap saves in; choose one of {names}</source>
        <translation>{key!r} ei ole muoto, jossa regionmap tallentaa; valitse jokin näistä: {names}</translation>
    </message>
    <message>
        <source>{crs} is not offered for saving; choose {choices}</source>
        <translation>{crs} ei ole tarjolla tallennukseen; valitse {choices}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist; choose an existing folder</source>
        <translation>{path}: kansiota {folder} ei ole; valitse olemassa oleva kansio</translation>
    </message>
    <message>
        <source>preparing {file}</source>
        <translation>valmistellaan {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>kirjoitetaan {file}</translation>
    </message>
    <message>
        <source>saved {file}</source>
        <translation>tallennettu {file}</translation>
    </message>
    <message>
        <source>CSV with X/Y columns holds points only, and this layer has {types} features; choose {csv}</source>
        <translation>X/Y-sarakkeinen CSV sisältää vain pisteitä, ja tässä tasossa on kohteita: {types}; valitse {csv}</translation>
    </message>
    <message>
        <source>a Shapefile holds one kind of geometry, and this layer has {types}; choose GeoPackage, GeoJSON or FlatGeobuf</source>
        <translation>Shapefile sisältää vain yhtä geometriatyyppiä, ja tässä tasossa on {types}; valitse GeoPackage, GeoJSON tai FlatGeobuf</translation>
    </message>
    <message>
        <source>{where}: no such file; check the path</source>
        <translation>{where}: tiedostoa ei ole; tarkista polku</translation>
    </message>
    <message>
        <source>{where}: is a folder, not a project file</source>
        <translation>{where}: on kansio eikä projektitiedosto</translation>
    </message>
    <message>
        <source>{where}: cannot be read ({reason}); check the file permissions</source>
        <translation>{where}: ei voi lukea ({reason}); tarkista tiedoston käyttöoikeudet</translation>
    </message>
    <message>
        <source>{where}: is not a regionmap project (not a GeoPackage/SQLite file, or it is damaged or truncated); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: ei ole regionmap-projekti (ei GeoPackage- tai SQLite-tiedosto, tai se on vioittunut tai katkennut); avaa varmuuskopio tai automaattisesti tallennettu palautustiedosto</translation>
    </message>
    <message>
        <source>{where}: cannot be opened ({exc}); the file may be damaged</source>
        <translation>{where}: ei aukea ({exc}); tiedosto voi olla vioittunut</translation>
    </message>
    <message>
        <source>{where}: is an SQLite database but not a GeoPackage, so not a regionmap project</source>
        <translation>{where}: on SQLite-tietokanta mutta ei GeoPackage, joten se ei ole regionmap-projekti</translation>
    </message>
    <message>
        <source>{where}: is a GeoPackage but not a regionmap project (it has no {table} table); open its layers as data instead</source>
        <translation>{where}: on GeoPackage mutta ei regionmap-projekti (siinä ei ole taulua {table}); avaa sen tasot sen sijaan aineistona</translation>
    </message>
    <message>
        <source>{where}: the project state is missing; the file is damaged</source>
        <translation>{where}: projektin tila puuttuu; tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>{where}: the project is damaged: layer tables {names} are missing</source>
        <translation>{where}: projekti on vioittunut: tasotaulut {names} puuttuvat</translation>
    </message>
    <message>
        <source>{where}: is damaged ({exc}); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: on vioittunut ({exc}); avaa varmuuskopio tai automaattisesti tallennettu palautustiedosto</translation>
    </message>
    <message>
        <source>layer {name!r}</source>
        <translation>taso {name!r}</translation>
    </message>
    <message>
        <source>{what}'s features</source>
        <translation>kohteet ({what})</translation>
    </message>
    <message>
        <source>the memory {what} would need (estimated)</source>
        <translation>tarvittava muisti ({what}, arvio)</translation>
    </message>
    <message>
        <source>{path}: {what} cannot be read ({exc}); the project file is damaged</source>
        <translation>{path}: {what} ei ole luettavissa ({exc}); projektitiedosto on vioittunut</translation>
    </message>
    <message>
        <source>{path}: layer {name!r} has {n} features instead of {n_features}; the project file is damaged</source>
        <translation>{path}: tasossa {name!r} on {n} kohdetta eikä {n_features}; projektitiedosto on vioittunut</translation>
    </message>
    <message>
        <source>layer {name!r}: its table declares {declared}, but its coordinates are not valid there; read them as EPSG:3067, the CRS regionmap saves in</source>
        <translation>taso {name!r}: sen taulu ilmoittaa koordinaattijärjestelmäksi {declared}, mutta sen koordinaatit eivät ole siinä kelvollisia; ne luettiin EPSG:3067-koordinaatteina, joissa regionmap tallentaa</translation>
    </message>
    <message>
        <source>layer {name!r}: its saved column names clash; the columns keep their stored names</source>
        <translation>taso {name!r}: sen tallennetut sarakenimet ovat päällekkäiset; sarakkeet pitävät tallennetut nimensä</translation>
    </message>
    <message>
        <source>layer {name!r}: its column list gave the name 'geometry' to an attribute; that attribute was left out</source>
        <translation>taso {name!r}: sen sarakeluettelo antoi ominaisuustiedolle nimen 'geometry'; se ominaisuustieto jätettiin pois</translation>
    </message>
    <message>
        <source>{p}: the project's official boundaries are missing; the file is damaged</source>
        <translation>{p}: projektin viralliset rajat puuttuvat; tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>{p}: the hot spot parameters are damaged ({exc})</source>
        <translation>{p}: keskittymien parametrit ovat vioittuneet ({exc})</translation>
    </message>
    <message>
        <source>{p}: the hot spots cannot be rebuilt ({exc})</source>
        <translation>{p}: keskittymiä ei voi muodostaa uudelleen ({exc})</translation>
    </message>
    <message>
        <source>style repaired: {problems}</source>
        <translation>tyyli korjattu: {problems}</translation>
    </message>
    <message>
        <source>built-in resource {name!r} is missing or unreadable ({exc}); reinstall regionmap (make run)</source>
        <translation>sisäänrakennettu resurssi {name!r} puuttuu tai ei ole luettavissa ({exc}); asenna regionmap uudelleen (make run)</translation>
    </message>
    <message>
        <source>built-in resource {name!r} is damaged ({exc}); reinstall regionmap (make run)</source>
        <translation>sisäänrakennettu resurssi {name!r} on vioittunut ({exc}); asenna regionmap uudelleen (make run)</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>Municipalities (schematic)</source>
        <translation>Kunnat (kaavamaiset)</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Settlements (GeoNames)</source>
        <translation>Asutuskeskukset (GeoNames)</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Keskittymät</translation>
    </message>
    <message>
        <source>In-between areas</source>
        <translation>Välialueet</translation>
    </message>
    <message>
        <source>region minus hot spots</source>
        <translation>alue ilman keskittymiä</translation>
    </message>
    <message>
        <source>, only {field} in {values}</source>
        <translation>, vain {field}: {values}</translation>
    </message>
    <message>
        <source>; approximate settlement discs where the layer has no data</source>
        <translation>; likimääräiset asutuskiekot, missä tasolla ei ole tietoja</translation>
    </message>
    <message>
        <source>from layer '{layer}'{kept}{discs}</source>
        <translation>tasosta '{layer}'{kept}{discs}</translation>
    </message>
    <message>
        <source>approximate: discs of population / {density} inh/km² around GeoNames settlements of ≥ {minimum} inhabitants</source>
        <translation>likimääräinen: kiekot, joiden ala on väkiluku / {density} as./km², GeoNamesin vähintään {minimum} asukkaan asutuskeskusten ympärillä</translation>
    </message>
    <message>
        <source>Schematic areas generated from municipal centres — not official boundaries</source>
        <translation>Kaavamaiset alueet, muodostettu kuntakeskuksista — eivät virallisia rajoja</translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <source>"4/h", "&gt;= 4", "every 15 min" or "any"</source>
        <translation>"4/h", "&gt;= 4", "15 min välein" tai "kaikki"</translation>
    </message>
    <message>
        <source>every {minutes} min</source>
        <translation>{minutes} min välein</translation>
    </message>
    <message>
        <source>any service</source>
        <translation>mikä tahansa palvelutaso</translation>
    </message>
    <message>
        <source>{text} is not a service level; write {forms}</source>
        <translation>{text} ei ole palvelutaso; kirjoita {forms}</translation>
    </message>
</context>
<context>
    <name>measure</name>
    <message>
        <source>Measure: click on the map to start; right-click finishes, Esc clears</source>
        <translation>Mittaa: aloita napsauttamalla karttaa; oikea napsautus lopettaa, Esc tyhjentää</translation>
    </message>
    <message>
        <source>Distance {distance}</source>
        <translation>Etäisyys {distance}</translation>
    </message>
    <message>
        <source> (last segment {distance})</source>
        <translation> (viimeinen osuus {distance})</translation>
    </message>
    <message>
        <source> — click to add points, right-click or double-click to finish, Esc to clear</source>
        <translation> — lisää pisteitä napsauttamalla, lopeta oikealla napsautuksella tai kaksoisnapsautuksella, tyhjennä Esc-näppäimellä</translation>
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
    <name>network</name>
    <message>
        <source>{network_name}: has no lines to route on; choose a road or path layer</source>
        <translation>{network_name}: siinä ei ole viivoja reititykseen; valitse tie- tai polkutaso</translation>
    </message>
    <message>
        <source>{network_name}: has no way a {mode} trip may use; choose another mode</source>
        <translation>{network_name}: siinä ei ole väylää, jota kulkutapa {mode} voi käyttää; valitse toinen kulkutapa</translation>
    </message>
    <message>
        <source>{name}: none of its places is within {max_snap_m:g} m of the network</source>
        <translation>{name}: yksikään sen paikoista ei ole {max_snap_m:g} m:n päässä verkosta</translation>
    </message>
    <message>
        <source>{name}: {unreachable} of {count} places are more than {max_snap_m:g} m from the network and serve no one</source>
        <translation>{name}: paikoista {unreachable}/{count} on yli {max_snap_m:g} m:n päässä verkosta eivätkä palvele ketään</translation>
    </message>
    <message>
        <source>reach along the network '{network}' ({mode}) at the layer's radius: the reachable ways buffered by {width} m</source>
        <translation>saavutettavuus verkkoa '{network}' pitkin ({mode}) tason säteellä: saavutettavat väylät {width} m:n vyöhykkeenä</translation>
    </message>
    <message>
        <source>{network}: has no lines to route on; give a road or path network</source>
        <translation>{network}: siinä ei ole viivoja reititykseen; anna tie- tai polkuverkko</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>verkko</translation>
    </message>
    <message>
        <source>{network}: its lines have no coordinates; give a road or path network</source>
        <translation>{network}: sen viivoilla ei ole koordinaatteja; anna tie- tai polkuverkko</translation>
    </message>
    <message>
        <source>{network}: its lines have no length; give a road or path network</source>
        <translation>{network}: sen viivoilla ei ole pituutta; anna tie- tai polkuverkko</translation>
    </message>
    <message>
        <source>{path}: no such file; give an .osm.pbf extract or a line layer as the network</source>
        <translation>{path}: tiedostoa ei ole; anna verkoksi .osm.pbf-ote tai viivataso</translation>
    </message>
    <message>
        <source>{path}: the file is over regionmap's limit of {max_file_mb:g} MB; cut a smaller extract (e.g. osmium extract) or raise REGIONMAP_MAX_FILE_MB deliberately</source>
        <translation>{path}: tiedosto ylittää regionmapin {max_file_mb:g} MB:n rajan; leikkaa pienempi ote (esim. osmium extract) tai nosta REGIONMAP_MAX_FILE_MB harkiten</translation>
    </message>
    <message>
        <source>{path}: cannot be read as an OpenStreetMap extract ({error}); give an .osm.pbf file</source>
        <translation>{path}: ei voi lukea OpenStreetMap-otteena ({error}); anna .osm.pbf-tiedosto</translation>
    </message>
    <message>
        <source>{path}: the extract has no highway lines (roads, streets or paths) to route on; give an extract with the street network</source>
        <translation>{path}: otteessa ei ole highway-viivoja (teitä, katuja tai polkuja) reititykseen; anna ote, jossa on katuverkko</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>preparing {layer}</source>
        <translation>valmistellaan tasoa {layer}</translation>
    </message>
    <message>
        <source>writing the page</source>
        <translation>kirjoitetaan sivua</translation>
    </message>
    <message>
        <source>wrote {file} ({size} MB)</source>
        <translation>kirjoitettu {file} ({size} MB)</translation>
    </message>
    <message>
        <source>writing the coverage table</source>
        <translation>kirjoitetaan kattavuustaulukkoa</translation>
    </message>
    <message>
        <source>writing zones and gaps</source>
        <translation>kirjoitetaan vyöhykkeitä ja katvealueita</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>raportti kirjoitettu</translation>
    </message>
    <message>
        <source>building the network</source>
        <translation>rakennetaan verkkoa</translation>
    </message>
    <message>
        <source>reach of {layer}</source>
        <translation>saavutettavuus: {layer}</translation>
    </message>
    <message>
        <source>clipping the areas to land</source>
        <translation>alueita rajataan maa-alueeseen</translation>
    </message>
    <message>
        <source>deriving the hot spots and in-between areas</source>
        <translation>johdetaan keskittymät ja välialueet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>opening {file}</source>
        <translation>avataan {file}</translation>
    </message>
    <message>
        <source>reading layer {layer}</source>
        <translation>luetaan tasoa {layer}</translation>
    </message>
    <message>
        <source>rebuilding the map</source>
        <translation>rakennetaan karttaa uudelleen</translation>
    </message>
    <message>
        <source>opened {file}</source>
        <translation>avattu {file}</translation>
    </message>
    <message>
        <source>saving {file}</source>
        <translation>tallennetaan {file}</translation>
    </message>
    <message>
        <source>writing layer {layer}</source>
        <translation>kirjoitetaan tasoa {layer}</translation>
    </message>
    <message>
        <source>writing project state</source>
        <translation>kirjoitetaan projektin tilaa</translation>
    </message>
    <message>
        <source>checking the saved file</source>
        <translation>tarkistetaan tallennettua tiedostoa</translation>
    </message>
    <message>
        <source>saved {file}</source>
        <translation>tallennettu {file}</translation>
    </message>
    <message>
        <source>what each candidate would cover</source>
        <translation>mitä kukin ehdokas kattaisi</translation>
    </message>
    <message>
        <source>choosing {n} sites from {candidates} candidates</source>
        <translation>valitaan {n} sijaintia {candidates} ehdokkaasta</translation>
    </message>
    <message>
        <source>the table with the proposed sites</source>
        <translation>taulukko ehdotetuin sijainnein</translation>
    </message>
    <message>
        <source>{feed}: the runs of {day}</source>
        <translation>{feed}: vuorot {day}</translation>
    </message>
    <message>
        <source>{feed}: connecting {n} hot spots</source>
        <translation>{feed}: yhdistetään keskittymiä ({n})</translation>
    </message>
    <message>
        <source>{feed}: counting departures on {day}</source>
        <translation>{feed}: lasketaan lähtöjä {day}</translation>
    </message>
    <message>
        <source>{feed}: building route lines</source>
        <translation>{feed}: rakennetaan reittiviivoja</translation>
    </message>
    <message>
        <source>{feed}: done</source>
        <translation>{feed}: valmis</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>{where}: the file written failed SQLite's integrity check</source>
        <translation>{where}: kirjoitettu tiedosto ei läpäissyt SQLiten eheystarkistusta</translation>
    </message>
    <message>
        <source>{where}: layer table {table!r} is missing after writing</source>
        <translation>{where}: tasotaulu {table!r} puuttuu kirjoittamisen jälkeen</translation>
    </message>
    <message>
        <source>{where}: layer {name!r} has {count} features after writing, not {n_features}</source>
        <translation>{where}: tasossa {name!r} on kirjoittamisen jälkeen {count} kohdetta eikä {n_features}</translation>
    </message>
    <message>
        <source>{where}: the project state is missing after writing</source>
        <translation>{where}: projektin tila puuttuu kirjoittamisen jälkeen</translation>
    </message>
    <message>
        <source>{target}: a project file must end in .gpkg; choose a name like {stem}.gpkg</source>
        <translation>{target}: projektitiedoston päätteen on oltava .gpkg; valitse nimi kuten {stem}.gpkg</translation>
    </message>
    <message>
        <source>{target}: the folder {folder} does not exist; choose an existing folder</source>
        <translation>{target}: kansiota {folder} ei ole; valitse olemassa oleva kansio</translation>
    </message>
    <message>
        <source>{target}: is a folder; choose a file name ending in .gpkg</source>
        <translation>{target}: on kansio; valitse tiedostonimi, jonka pääte on .gpkg</translation>
    </message>
    <message>
        <source>{target}: cannot write layer {name!r} ({exc}); check free disk space and that the folder is writable</source>
        <translation>{target}: tasoa {name!r} ei voi kirjoittaa ({exc}); tarkista vapaa levytila ja kansion kirjoitusoikeus</translation>
    </message>
    <message>
        <source>{target}: cannot be saved ({reason}); check free disk space and that the folder is writable</source>
        <translation>{target}: ei voi tallentaa ({reason}); tarkista vapaa levytila ja kansion kirjoitusoikeus</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged (nested too deeply to be a project); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektin tila on vioittunut (liian syvälle sisäkkäin ollakseen projekti); avaa varmuuskopio tai automaattisesti tallennettu palautustiedosto</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged (not valid JSON: {exc}); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektin tila on vioittunut (ei kelvollista JSONia: {exc}); avaa varmuuskopio tai automaattisesti tallennettu palautustiedosto</translation>
    </message>
    <message>
        <source>{where}: is not a regionmap project (its metadata table has no regionmap state)</source>
        <translation>{where}: ei ole regionmap-projekti (sen metatietotaulussa ei ole regionmapin tilaa)</translation>
    </message>
    <message>
        <source>{where}: the project state has no valid schema version; the file is damaged</source>
        <translation>{where}: projektin tilalla ei ole kelvollista skeemaversiota; tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>{where}: was saved by a newer regionmap ({app_version}, project schema {version}); this regionmap {version_here} reads schema {schema_here} at most; update regionmap to open it</source>
        <translation>{where}: on tallennettu uudemmalla regionmapilla ({app_version}, projektiskeema {version}); tämä regionmap {version_here} lukee enintään skeemaa {schema_here}; päivitä regionmap avataksesi sen</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged ({exc}); open a backup copy</source>
        <translation>{where}: projektin tila on vioittunut ({exc}); avaa varmuuskopio</translation>
    </message>
    <message>
        <source>{name} {value} is not a colour (used {default})</source>
        <translation>{name} {value} ei ole väri (käytettiin {default})</translation>
    </message>
    <message>
        <source>classification {value} is unknown (used {graduated_method})</source>
        <translation>luokittelu {value} on tuntematon (käytettiin {graduated_method})</translation>
    </message>
    <message>
        <source>{name} {value} is out of range (used {default:g})</source>
        <translation>{name} {value} on sallitun alueen ulkopuolella (käytettiin {default:g})</translation>
    </message>
    <message>
        <source>category {value} colour {colour} is not a colour (used {fallback})</source>
        <translation>luokan {value} väri {colour} ei ole väri (käytettiin {fallback})</translation>
    </message>
    <message>
        <source>graduated classes {value} are malformed (ignored)</source>
        <translation>porrastetut luokat {value} ovat virheelliset (ohitettiin)</translation>
    </message>
    <message>
        <source>graduated classes {value} are not ascending finite bounds (ignored)</source>
        <translation>porrastetut luokat {value} eivät ole nousevia äärellisiä rajoja (ohitettiin)</translation>
    </message>
    <message>
        <source>class {lo:g}–{hi:g} colour {value} is not a colour (used {fallback})</source>
        <translation>luokan {lo:g}–{hi:g} väri {value} ei ole väri (käytettiin {fallback})</translation>
    </message>
    <message>
        <source>{target}: is open in another program ({names} beside it are in use); close the project there (e.g. in QGIS) and save again; nothing was saved</source>
        <translation>{target}: on auki toisessa ohjelmassa (sen vieressä olevat {names} ovat käytössä); sulje projekti siellä (esim. QGISissä) ja tallenna uudelleen; mitään ei tallennettu</translation>
    </message>
    <message>
        <source>{name}: found {names} left by a program that stopped without closing the file; the old file could not take them back ({exc}), which does not matter as it is replaced</source>
        <translation>{name}: löytyi {names}, jotka jäivät ohjelmalta, joka pysähtyi sulkematta tiedostoa; vanha tiedosto ei voinut ottaa niitä takaisin ({exc}), millä ei ole väliä, koska se korvataan</translation>
    </message>
    <message>
        <source>{name}: found {names} left by a program that stopped without closing the file; SQLite finished or undid that program's last changes in the old file before this save replaced it</source>
        <translation>{name}: löytyi {names}, jotka jäivät ohjelmalta, joka pysähtyi sulkematta tiedostoa; SQLite vei loppuun tai perui ohjelman viimeiset muutokset vanhassa tiedostossa ennen kuin tämä tallennus korvasi sen</translation>
    </message>
    <message>
        <source>{name}: found {names} without their database (left by a program that stopped without closing the file)</source>
        <translation>{name}: löytyi {names} ilman tietokantaansa (jäivät ohjelmalta, joka pysähtyi sulkematta tiedostoa)</translation>
    </message>
    <message>
        <source>{leftover}: cannot be moved out of the way ({reason}); it would damage the saved project; move or delete it and save again; nothing was saved</source>
        <translation>{leftover}: ei voi siirtää pois tieltä ({reason}); se vioittaisi tallennetun projektin; siirrä tai poista se ja tallenna uudelleen; mitään ei tallennettu</translation>
    </message>
    <message>
        <source>moved {leftover} to {aside} so that it cannot damage the saved project</source>
        <translation>{leftover} siirrettiin nimelle {aside}, jotta se ei voi vioittaa tallennettua projektia</translation>
    </message>
    <message>
        <source>region layer</source>
        <translation>aluetaso</translation>
    </message>
    <message>
        <source>hot spot layer</source>
        <translation>keskittymätaso</translation>
    </message>
    <message>
        <source>in-between layer</source>
        <translation>välialuetaso</translation>
    </message>
    <message>
        <source>settlement layer</source>
        <translation>asutuskeskustaso</translation>
    </message>
    <message>
        <source>{where}: the project state has no layer list; the file is damaged; open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektin tilassa ei ole tasoluetteloa; tiedosto on vioittunut; avaa varmuuskopio tai automaattisesti tallennettu palautustiedosto</translation>
    </message>
    <message>
        <source>{where}: the project's layer list is damaged (it is {kind}, not a list); open a backup copy or the autosaved recovery file</source>
        <translation>{where}: projektin tasoluettelo on vioittunut (se on {kind} eikä luettelo); avaa varmuuskopio tai automaattisesti tallennettu palautustiedosto</translation>
    </message>
    <message>
        <source>{where}: the project state is damaged (nested too deeply); open a backup copy</source>
        <translation>{where}: projektin tila on vioittunut (liian syvälle sisäkkäin); avaa varmuuskopio</translation>
    </message>
    <message>
        <source>{label} was left out: its entry is damaged ({message})</source>
        <translation>{label} jätettiin pois: sen merkintä on vioittunut ({message})</translation>
    </message>
    <message>
        <source>{label}: its feature count was damaged ({message}); not checked</source>
        <translation>{label}: sen kohteiden määrä oli vioittunut ({message}); ei tarkistettu</translation>
    </message>
    <message>
        <source>{label}: {field} was damaged ({message}); used the default</source>
        <translation>{label}: {field} oli vioittunut ({message}); käytettiin oletusta</translation>
    </message>
    <message>
        <source>hot spot parameter {parameter} was damaged ({message}); used the default</source>
        <translation>keskittymien parametri {parameter} oli vioittunut ({message}); käytettiin oletusta</translation>
    </message>
    <message>
        <source>{key} was damaged ({message}); used the default</source>
        <translation>{key} oli vioittunut ({message}); käytettiin oletusta</translation>
    </message>
    <message>
        <source>{label}: a second {role}; kept as an ordinary layer</source>
        <translation>{label}: toinen {role}; säilytettiin tavallisena tasona</translation>
    </message>
    <message>
        <source>{label}: its column list names a column twice; the columns keep their stored names</source>
        <translation>{label}: sen sarakeluettelossa on sama sarake kahdesti; sarakkeet pitävät tallennetut nimensä</translation>
    </message>
    <message>
        <source>{label}: its geometry column had an attribute's name {geometry!r}; named it {name!r}</source>
        <translation>{label}: sen geometriasarakkeella oli ominaisuustiedon nimi {geometry!r}; nimettiin {name!r}</translation>
    </message>
    <message>
        <source>layer {name}</source>
        <translation>taso {name}</translation>
    </message>
    <message>
        <source>layer #{n}</source>
        <translation>taso nro {n}</translation>
    </message>
    <message>
        <source>a layer</source>
        <translation>taso</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>feature {n}</source>
        <translation>kohde {n}</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <source>scenario: give it a name</source>
        <translation>skenaario: anna sille nimi</translation>
    </message>
    <message>
        <source>scenario {name}: layer {layer} is no longer on the map</source>
        <translation>skenaario {name}: tasoa {layer} ei ole enää kartalla</translation>
    </message>
    <message>
        <source>proposed (derived), scenario {name}</source>
        <translation>ehdotettu (johdettu), skenaario {name}</translation>
    </message>
    <message>
        <source>scenarios {a} and {b} have no shown layer with features to compare</source>
        <translation>skenaarioissa {a} ja {b} ei ole näkyvää tasoa, jonka kohteita voisi verrata</translation>
    </message>
    <message>
        <source>scenario {name} measures along the network layer {layer}, which is not loaded: load it again, or save the scenario again with another distance</source>
        <translation>skenaario {name} mitataan verkkotasoa {layer} pitkin, mutta sitä ei ole ladattu: lataa se uudelleen tai tallenna skenaario uudelleen toisella etäisyydellä</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
</context>
<context>
    <name>siting</name>
    <message>
        <source>walking</source>
        <translation>kävely</translation>
    </message>
    <message>
        <source>cycling</source>
        <translation>pyöräily</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>network layer {layer}: no service layer is within {snap} m of a way to measure along; choose a larger snap distance or another network</source>
        <translation>verkkotaso {layer}: mikään palvelutaso ei ole {snap} m:n päässä väylästä, jota pitkin mitata; valitse suurempi kohdistusetäisyys tai toinen verkko</translation>
    </message>
    <message>
        <source>measured in a straight line</source>
        <translation>mitattu linnuntietä</translation>
    </message>
    <message>
        <source>measured along the network {layer} ({mode}; places more than {snap} m from a way are unreachable)</source>
        <translation>mitattu verkkoa {layer} pitkin ({mode}; yli {snap} m:n päässä väylästä olevia paikkoja ei saavuteta)</translation>
    </message>
    <message>
        <source>, each layer's reach in minutes of travel</source>
        <translation>, kunkin tason saavutettavuus matka-aikana minuutteina</translation>
    </message>
    <message>
        <source>candidates {label}: {count} feature(s) that are not points are left out</source>
        <translation>ehdokkaat {label}: {count} kohdetta, jotka eivät ole pisteitä, jätetään pois</translation>
    </message>
    <message>
        <source>candidates {label}: {count} of {total} lie outside the region and are left out</source>
        <translation>ehdokkaat {label}: {count}/{total} on alueen ulkopuolella, ja ne jätetään pois</translation>
    </message>
    <message>
        <source>candidates {label}: {count} in excluded zones ({zones}) are left out</source>
        <translation>ehdokkaat {label}: {count} poissuljetuilla vyöhykkeillä ({zones}) jätetään pois</translation>
    </message>
    <message>
        <source>candidates {label}: {count} in the excluded areas are left out</source>
        <translation>ehdokkaat {label}: {count} poissuljetuilla alueilla jätetään pois</translation>
    </message>
    <message>
        <source>candidate grid: the spacing must be more than 0 m, not {spacing}; e.g. grid:500</source>
        <translation>ehdokasruudukko: välin on oltava yli 0 m, ei {spacing}; esim. grid:500</translation>
    </message>
    <message>
        <source>grid {spacing} m</source>
        <translation>ruudukko {spacing} m</translation>
    </message>
    <message>
        <source>given points</source>
        <translation>annetut pisteet</translation>
    </message>
    <message>
        <source>candidate grid {spacing} m: {nodes} nodes over the chosen zones' extent are too many (at most {most}); give a spacing of at least {coarser} m</source>
        <translation>ehdokasruudukko {spacing} m: {nodes} pistettä valittujen vyöhykkeiden alueella on liikaa (enintään {most}); anna väliksi vähintään {coarser} m</translation>
    </message>
    <message>
        <source>candidates {label}: the layer has no points; give a point layer (e.g. stops) or grid:SPACING</source>
        <translation>ehdokkaat {label}: tasolla ei ole pisteitä; anna pistetaso (esim. pysäkit) tai grid:VÄLI</translation>
    </message>
    <message>
        <source>candidates {label}: there are no candidate sites; give a point layer, grid:SPACING or points</source>
        <translation>ehdokkaat {label}: ehdokassijainteja ei ole; anna pistetaso, grid:VÄLI tai pisteet</translation>
    </message>
    <message>
        <source>candidates {label}: none of the {total} candidate sites lies inside the region; check that they are in the region's area and coordinates (EPSG:3067 or a declared CRS)</source>
        <translation>ehdokkaat {label}: yksikään {total} ehdokassijainnista ei ole alueella; tarkista, että ne ovat alueella ja sen koordinaateissa (EPSG:3067 tai ilmoitettu koordinaattijärjestelmä)</translation>
    </message>
    <message>
        <source>grid clipped to {zones}</source>
        <translation>ruudukko rajattuna vyöhykkeisiin {zones}</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>alue</translation>
    </message>
    <message>
        <source>, excluding {zones}</source>
        <translation>, pois lukien {zones}</translation>
    </message>
    <message>
        <source>candidates {label}: no candidate site is left in the zones where sites may stand ({where}); choose other zones, fewer exclusions or other candidates</source>
        <translation>ehdokkaat {label}: yhtään ehdokassijaintia ei jää vyöhykkeille, joille sijainteja saa tulla ({where}); valitse muut vyöhykkeet, vähemmän poissulkuja tai muut ehdokkaat</translation>
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
        <source>{sites} {sector} sites at {radius} m from {candidates} candidates add {added} people, {share} of the {uncovered} people uncovered in the chosen zones ({method})</source>
        <translation>{sites} uutta sijaintia ({sector}) säteellä {radius} m {candidates} ehdokkaasta lisää {added} asukasta, {share} valittujen vyöhykkeiden {uncovered} kattamattomasta asukkaasta ({method})</translation>
    </message>
    <message>
        <source>{sites} {sector} sites at {radius} m from {candidates} candidates add {added} km², {share} of the {uncovered} km² uncovered in the chosen zones ({method})</source>
        <translation>{sites} uutta sijaintia ({sector}) säteellä {radius} m {candidates} ehdokkaasta lisää {added} km², {share} valittujen vyöhykkeiden {uncovered} kattamattomasta km²:stä ({method})</translation>
    </message>
    <message>
        <source>; {minimum} site(s) per municipality first</source>
        <translation>; ensin {minimum} sijainti(a) kuntaa kohden</translation>
    </message>
    <message>
        <source>siting: {candidates} candidates at {radius} m would cover more than {most} sample pairs; give fewer candidates (a coarser grid) or a smaller radius</source>
        <translation>sijoittelu: {candidates} ehdokasta säteellä {radius} m kattaisi yli {most} näyteparia; anna vähemmän ehdokkaita (harvempi ruudukko) tai pienempi säde</translation>
    </message>
    <message>
        <source>greedy maximal covering with lazy evaluation: covers at least (1 - 1/e) = 63.2 % of what the best {n} sites of these candidates could cover</source>
        <translation>ahne maksimikattavuus laiskalla arvioinnilla: kattaa vähintään (1 - 1/e) = 63,2 % siitä, minkä parhaat {n} sijaintia näistä ehdokkaista voisivat kattaa</translation>
    </message>
    <message>
        <source>zones {name}: there is no such zone class; the classes are {classes} (or all)</source>
        <translation>vyöhykkeet {name}: tällaista vyöhykeluokkaa ei ole; luokat ovat {classes} (tai all)</translation>
    </message>
    <message>
        <source>sector {sector}: give one of {sectors}</source>
        <translation>sektori {sector}: anna jokin näistä: {sectors}</translation>
    </message>
    <message>
        <source>sites to add: {count}; give at least 1</source>
        <translation>lisättävät sijainnit: {count}; anna vähintään 1</translation>
    </message>
    <message>
        <source>per-municipality minimum {minimum}: give 0 or more</source>
        <translation>kuntakohtainen vähimmäismäärä {minimum}: anna 0 tai enemmän</translation>
    </message>
    <message>
        <source>sites to add: {count} is more than the {candidates} candidate sites ({source}); ask for at most {candidates} or give more candidates</source>
        <translation>lisättävät sijainnit: {count} on enemmän kuin {candidates} ehdokassijaintia ({source}); pyydä enintään {candidates} tai anna lisää ehdokkaita</translation>
    </message>
    <message>
        <source>only {chosen} of the {count} sites asked for add anything: the other candidates cover nothing the chosen ones and the existing layers leave uncovered</source>
        <translation>vain {chosen}/{count} pyydetystä sijainnista lisää jotakin: muut ehdokkaat eivät kata mitään, mitä valitut ja nykyiset tasot jättävät kattamatta</translation>
    </message>
    <message>
        <source>no candidate of {municipalities} adds anything, so the minimum of {minimum} site(s) per municipality is not met there</source>
        <translation>mikään ehdokas kunnissa {municipalities} ei lisää mitään, joten kuntakohtainen vähimmäismäärä {minimum} sijainti(a) ei täyty niissä</translation>
    </message>
    <message>
        <source>Coverage change</source>
        <translation>Kattavuuden muutos</translation>
    </message>
    <message>
        <source>Proposed sites</source>
        <translation>Ehdotetut sijainnit</translation>
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
        <source>Only stops with at least this many departures an hour serve (any: every stop). Type a number or a headway ("every 20 min" is 3 an hour); the arrows step through the headways the coverage check prepares</source>
        <translation>Vain pysäkit, joilta lähtee vähintään näin monta vuoroa tunnissa, palvelevat (kaikki: jokainen pysäkki). Kirjoita luku tai vuoroväli ("every 20 min" on 3 tunnissa); nuolet käyvät läpi kattavuustarkastelun valmistelemat vuorovälit</translation>
    </message>
    <message>
        <source>any</source>
        <translation>kaikki</translation>
    </message>
</context>
<context>
    <name>transit</name>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>{label}: calendar_dates.txt (the calendar_dates table) has no exception_type 1 (added) or 2 (removed); fix the column</source>
        <translation>{label}: calendar_dates.txt (calendar_dates-taulu) ei sisällä exception_type-arvoa 1 (lisätty) tai 2 (poistettu); korjaa sarake</translation>
    </message>
    <message>
        <source>{label}: the calendars (calendar.txt, calendar_dates.txt) never run any trip of trips.txt; check their service_ids and dates</source>
        <translation>{label}: kalenterit (calendar.txt, calendar_dates.txt) eivät koskaan aja yhtään trips.txt-tiedoston vuoroa; tarkista niiden service_id-tunnukset ja päivämäärät</translation>
    </message>
    <message>
        <source>Tuesday-Thursday</source>
        <translation>tiistai–torstai</translation>
    </message>
    <message>
        <source>Monday or Friday</source>
        <translation>maanantai tai perjantai</translation>
    </message>
    <message>
        <source>day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>the next ordinary {what} ({trips} trips)</source>
        <translation>seuraava tavallinen {what} (vuoroja {trips})</translation>
    </message>
    <message>
        <source>the feed has ended: its last ordinary {what} ({trips} trips)</source>
        <translation>aikataulu on päättynyt: sen viimeinen tavallinen {what} (vuoroja {trips})</translation>
    </message>
    <message>
        <source>its first ordinary {what} ({trips} trips)</source>
        <translation>sen ensimmäinen tavallinen {what} (vuoroja {trips})</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) has {count} {column} values that are not dates YYYYMMDD (e.g. {example!r}); fix them</source>
        <translation>{label}: {name} ({table}-taulu): {column}-arvoja, jotka eivät ole päivämääriä VVVVKKPP, on {count} (esim. {example!r}); korjaa ne</translation>
    </message>
    <message>
        <source>no hot spots to connect: the region has none (give --hotspots FILE)</source>
        <translation>ei yhdistettäviä keskittymiä: alueella ei ole niitä (anna --hotspots TIEDOSTO)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>annettu</translation>
    </message>
    <message>
        <source>{label}: no service of calendar.txt or calendar_dates.txt runs on {day} ({weekday}); choose another day</source>
        <translation>{label}: mikään calendar.txt- tai calendar_dates.txt-tiedoston liikennöinti ei kulje {day} ({weekday}); valitse toinen päivä</translation>
    </message>
    <message>
        <source>{label}: {name} is {size} uncompressed, more than regionmap reads ({limit}); crop the feed to the region (or to fewer days) and open it again</source>
        <translation>{label}: {name} on purettuna {size}, enemmän kuin regionmap lukee ({limit}); rajaa aikataulu alueeseen (tai harvempiin päiviin) ja avaa se uudelleen</translation>
    </message>
    <message>
        <source>{label}: {name} is {size} uncompressed; reading it needs about {needed} of memory and {free} is free; close other programs, or crop the feed to the region (or to fewer days) and open it again</source>
        <translation>{label}: {name} on purettuna {size}; sen lukeminen vaatii noin {needed} muistia ja vapaana on {free}; sulje muita ohjelmia tai rajaa aikataulu alueeseen (tai harvempiin päiviin) ja avaa se uudelleen</translation>
    </message>
    <message>
        <source>{label}: {name} could not be read ({exc}); check the file</source>
        <translation>{label}: tiedostoa {name} ei voitu lukea ({exc}); tarkista tiedosto</translation>
    </message>
    <message>
        <source>{path}: no such file or folder; check the name</source>
        <translation>{path}: tiedostoa tai kansiota ei ole; tarkista nimi</translation>
    </message>
    <message>
        <source>{name}: not a readable zip file ({exc}); a GTFS feed is a .zip or a folder of .txt tables</source>
        <translation>{name}: ei ole luettava zip-tiedosto ({exc}); GTFS-aikataulu on .zip tai kansio, jossa on .txt-taulut</translation>
    </message>
    <message>
        <source>{name}: not a complete GTFS feed: {names} missing (a feed needs {required} and calendar.txt or calendar_dates.txt)</source>
        <translation>{name}: ei ole täydellinen GTFS-aikataulu: {names} puuttuu (aikataulu tarvitsee tiedostot {required} sekä calendar.txt tai calendar_dates.txt)</translation>
    </message>
    <message>
        <source>{name}: neither calendar.txt nor calendar_dates.txt is in the feed, so no day's service can be chosen; add one of them</source>
        <translation>{name}: aikataulussa ei ole calendar.txt- eikä calendar_dates.txt-tiedostoa, joten minkään päivän liikennöintiä ei voi valita; lisää jompikumpi</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) lacks the column {names}; found {found}</source>
        <translation>{label}: tiedostosta {name} ({table}-taulu) puuttuu sarake {names}; löytyi {found}</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) lacks the columns {names}; found {found}</source>
        <translation>{label}: tiedostosta {name} ({table}-taulu) puuttuvat sarakkeet {names}; löytyi {found}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>{label}: {name} (the {table} table) could not be read: {first_line}; check the file</source>
        <translation>{label}: tiedostoa {name} ({table}-taulu) ei voitu lukea: {first_line}; tarkista tiedosto</translation>
    </message>
    <message>
        <source>{label}: {name} is not UTF-8 text (GTFS tables must be); save it as UTF-8</source>
        <translation>{label}: {name} ei ole UTF-8-tekstiä (GTFS-taulujen on oltava); tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <source>{label}: {name} is empty (no header line); the {table} table is needed</source>
        <translation>{label}: {name} on tyhjä (ei otsikkoriviä); {table}-taulu tarvitaan</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} tavua</translation>
    </message>
    <message>
        <source>{label}: no trip of trips.txt runs on the chosen day (its service_ids are not in the calendar for that day); choose another day (--day) within the feed's dates</source>
        <translation>{label}: mikään trips.txt-tiedoston vuoro ei kulje valittuna päivänä (niiden service_id-tunnukset eivät ole kalenterissa sille päivälle); valitse toinen päivä (--day) aikataulun voimassaoloajalta</translation>
    </message>
    <message>
        <source>stops.txt: {count} stops without coordinates were dropped ({count2} of the day's calls)</source>
        <translation>stops.txt: pysäkkejä ilman koordinaatteja poistettiin {count} (päivän pysähdyksistä {count2})</translation>
    </message>
    <message>
        <source>{label}: stops.txt (the stops table) has no stop with coordinates (stop_lat, stop_lon); add them</source>
        <translation>{label}: stops.txt (stops-taulu) ei sisällä yhtään pysäkkiä, jolla on koordinaatit (stop_lat, stop_lon); lisää ne</translation>
    </message>
    <message>
        <source>{label}: stop_times.txt (the stop_times table) has neither departure_time nor arrival_time, so no service can be counted; add them</source>
        <translation>{label}: stop_times.txt (stop_times-taulu) ei sisällä departure_time- eikä arrival_time-saraketta, joten liikennöintiä ei voi laskea; lisää ne</translation>
    </message>
    <message>
        <source>{count} trips in trips.txt have no stop times and were dropped</source>
        <translation>trips.txt-tiedoston vuoroja, joilla ei ole pysähtymisaikoja, poistettiin {count}</translation>
    </message>
    <message>
        <source>{label}: stops.txt (the stops table) has no stops; a feed needs its stops</source>
        <translation>{label}: stops.txt (stops-taulu) ei sisällä pysäkkejä; aikataulu tarvitsee pysäkkinsä</translation>
    </message>
    <message>
        <source>trips.txt: {count} trips of routes missing from routes.txt were dropped</source>
        <translation>trips.txt: vuoroja, joiden linjaa ei ole routes.txt-tiedostossa, poistettiin {count}</translation>
    </message>
    <message>
        <source>{label}: trips.txt (the trips table) has no trips of the routes in routes.txt</source>
        <translation>{label}: trips.txt (trips-taulu) ei sisällä routes.txt-tiedoston linjojen vuoroja</translation>
    </message>
    <message>
        <source>{label}: stop_times.txt (the stop_times table) is empty: no trip stops anywhere</source>
        <translation>{label}: stop_times.txt (stop_times-taulu) on tyhjä: mikään vuoro ei pysähdy missään</translation>
    </message>
    <message>
        <source>stop_times.txt: {filled} stop times without a time were interpolated between their trip's timed stops (by stop order)</source>
        <translation>stop_times.txt: pysähtymisajat ilman aikaa ({filled}) interpoloitiin vuoron ajallisten pysäkkien väliin (pysäkkijärjestyksen mukaan)</translation>
    </message>
    <message>
        <source>of trips missing from trips.txt</source>
        <translation>joiden vuoroa ei ole trips.txt-tiedostossa</translation>
    </message>
    <message>
        <source>at stops missing from stops.txt</source>
        <translation>joiden pysäkkiä ei ole stops.txt-tiedostossa</translation>
    </message>
    <message>
        <source>without a time, and no timed stop of their trip on both sides,</source>
        <translation>joilla ei ole aikaa eikä vuoron ajallista pysäkkiä molemmin puolin</translation>
    </message>
    <message>
        <source>stop_times.txt: {count} stop times {what} were dropped</source>
        <translation>stop_times.txt: poistettiin pysähtymisajat ({count}), {what}</translation>
    </message>
    <message>
        <source>{label}: stop_times.txt (the stop_times table) has no usable stop time: none matches a trip of trips.txt and a stop of stops.txt with a time; check the ids</source>
        <translation>{label}: stop_times.txt (stop_times-taulu) ei sisällä käyttökelpoista pysähtymisaikaa: mikään ei vastaa trips.txt-tiedoston vuoroa ja stops.txt-tiedoston pysäkkiä, jolla on aika; tarkista tunnukset</translation>
    </message>
    <message>
        <source>frequencies.txt: {count} blocks with an unknown trip, a bad time or a headway of 0 were dropped</source>
        <translation>frequencies.txt: jaksoja, joilla on tuntematon vuoro, virheellinen aika tai vuoroväli 0, poistettiin {count}</translation>
    </message>
    <message>
        <source>frequencies.txt: {count} blocks are headway-based (exact_times 0): their departures are counted every headway_secs from start_time, as an estimate</source>
        <translation>frequencies.txt: vuorovälipohjaisia jaksoja (exact_times 0) on {count}: niiden lähdöt lasketaan arviona headway_secs-välein alkaen start_time-ajasta</translation>
    </message>
    <message>
        <source>{table}: {count} repeated {key}s; the first of each was kept</source>
        <translation>{table}: toistuvia {key}-arvoja {count}; kustakin säilytettiin ensimmäinen</translation>
    </message>
    <message>
        <source>{label}: {day} is outside the feed's calendar ({first} to {last}, calendar.txt and calendar_dates.txt); choose a day within it</source>
        <translation>{label}: {day} on aikataulun kalenterin ulkopuolella ({first}–{last}, calendar.txt ja calendar_dates.txt); valitse päivä sen sisältä</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>switch to scenario {name}</source>
        <translation>vaihto skenaarioon {name}</translation>
    </message>
    <message>
        <source>rename {layer}</source>
        <translation>tason {layer} nimeäminen</translation>
    </message>
    <message>
        <source>style {layer}</source>
        <translation>tason {layer} tyyli</translation>
    </message>
    <message>
        <source>kind {layer}</source>
        <translation>tason {layer} laji</translation>
    </message>
    <message>
        <source>radius {layer}</source>
        <translation>tason {layer} palvelusäde</translation>
    </message>
    <message>
        <source>service threshold {layer}</source>
        <translation>tason {layer} palvelutaso</translation>
    </message>
    <message>
        <source>credit {layer}</source>
        <translation>tason {layer} lähde ja lisenssi</translation>
    </message>
    <message>
        <source>add {layer}</source>
        <translation>tason {layer} lisääminen</translation>
    </message>
    <message>
        <source>remove {layer}</source>
        <translation>tason {layer} poistaminen</translation>
    </message>
    <message>
        <source>hot spots from {layer}</source>
        <translation>keskittymät tasosta {layer}</translation>
    </message>
    <message>
        <source>hot spots from settlements</source>
        <translation>keskittymät asutuskeskuksista</translation>
    </message>
    <message>
        <source>move {layer}</source>
        <translation>tason {layer} siirtäminen</translation>
    </message>
</context>
</TS>