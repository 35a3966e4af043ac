"""The word tables of director.planning.heuristic.languages.world, per language (Spanish, French,
German, Italian, Portuguese): place nouns and the words around them, verbs of going, time words,
clock phrasing and time jumps, weather and light words, props, setting features and shot-size
cues. A word ending in "*" is a stem ("lluv*" is any word starting so); the rest are whole words.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ---- places ---------------------------------------------------------------------------------

# language -> kind -> place nouns. A noun ending in "+" is inside whatever its kind, "-" outside;
# otherwise the kind's usual side (setting_words.INTERIOR_KINDS).
PLACE_TABLE: dict[str, dict[str, str]] = {
    "es": {
        "home": "casa+ cocina dormitorio habitación cuarto salón sala comedor baño desván ático piso "
                "apartamento cabaña choza hogar+ buhardilla alcoba",
        "office": "oficina despacho comisaría ayuntamiento juzgado redacción",
        "industrial": "molino pasillo fábrica almacén sótano garaje bodega ascensor búnker hangar",
        "laboratory": "laboratorio taller quirófano observatorio",
        "spacecraft": "nave",
        "space": "órbita",
        "garden": "jardín parque huerto huerta invernadero patio",
        "shop": "tienda bar café cafetería restaurante panadería mercado- posada taberna librería farmacia "
                "carnicería supermercado pastelería hotel hostal pensión cantina",
        "school": "escuela colegio aula clase biblioteca universidad instituto academia guardería",
        "hospital": "hospital clínica enfermería consultorio",
        "church": "iglesia catedral capilla templo monasterio convento mezquita ermita santuario abadía",
        "castle": "castillo palacio fortaleza torre alcázar ruinas murallas",
        "street": "calle ciudad callejón plaza avenida azotea tejado bulevar carretera camino autopista "
                  "barrio esquina aparcamiento gasolinera acera cruce",
        "village": "pueblo aldea granja- rancho- establo+",
        "station": "estación andén aeropuerto terminal metro parada",
        "vehicle": "tren+ vagón+ autobús+ coche+ taxi+ camión+ avión+ furgoneta+ tranvía+",
        "bridge": "puente viaducto",
        "forest": "bosque selva arboleda pinar jungla",
        "field": "campo prado pradera colina llanura valle campamento",
        "mountain": "montaña cumbre cima acantilado glaciar volcán sierra ladera cañón",
        "desert": "desierto duna oasis",
        "sea": "mar océano costa faro isla cubierta barco velero buque",
        "harbour": "puerto muelle embarcadero dársena",
        "beach": "playa arena",
        "river": "río lago estanque arroyo cascada canal laguna pantano orilla",
        "cave": "cueva caverna mina túnel gruta cripta alcantarilla",
        "sky": "cielo",
        "museum": "museo galería",
        "theatre": "teatro escenario cine auditorio camerino",
        "prison": "cárcel prisión celda calabozo mazmorra",
        "stadium": "estadio gimnasio cancha ring",
    },
    "fr": {
        "home": "maison+ cuisine chambre salon séjour appartement grenier cabane chaumière logis chalet",
        "office": "bureau commissariat mairie tribunal rédaction",
        "industrial": "moulin couloir usine entrepôt garage sous-sol cave ascenseur bunker hangar",
        "laboratory": "laboratoire atelier observatoire",
        "spacecraft": "vaisseau",
        "space": "orbite",
        "garden": "jardin parc serre verger cour potager",
        "shop": "boutique magasin boulangerie bar café restaurant auberge marché- épicerie pharmacie "
                "librairie taverne bistrot brasserie pâtisserie supermarché hôtel boucherie",
        "school": "école classe bibliothèque université lycée collège amphithéâtre",
        "hospital": "hôpital clinique infirmerie",
        "church": "église cathédrale chapelle temple monastère abbaye mosquée synagogue couvent",
        "castle": "château palais forteresse tour donjon ruines remparts",
        "street": "rue ville ruelle place avenue boulevard toit trottoir carrefour route autoroute parking "
                  "quartier impasse",
        "village": "village hameau ferme- grange+",
        "station": "gare aéroport arrêt métro terminal",
        "vehicle": "train+ wagon+ compartiment+ bus+ autobus+ voiture+ taxi+ camion+ avion+ tramway+",
        "bridge": "pont passerelle viaduc",
        "forest": "forêt bois jungle clairière",
        "field": "champ prairie pré colline plaine vallée campagne camp",
        "mountain": "montagne sommet falaise glacier col volcan pic",
        "desert": "désert dune oasis",
        "sea": "mer océan côte phare île navire bateau",
        "harbour": "port jetée quai ponton",
        "beach": "plage rivage sable grève",
        "river": "rivière fleuve lac étang ruisseau cascade canal marais rive",
        "cave": "grotte caverne mine tunnel égout crypte souterrain",
        "sky": "ciel",
        "museum": "musée galerie exposition",
        "theatre": "théâtre scène cinéma opéra coulisses loge",
        "prison": "prison cellule cachot geôle",
        "stadium": "stade arène gymnase ring hippodrome",
    },
    "de": {
        "home": "haus+ hause+ zuhause+ wohnung küche schlafzimmer zimmer wohnzimmer stube bad badezimmer "
                "dachboden hütte heim+ kinderzimmer esszimmer",
        "office": "büro polizeirevier wache rathaus gericht redaktion kanzlei",
        "industrial": "mühle korridor flur fabrik lagerhalle keller garage aufzug bunker halle",
        "laboratory": "labor werkstatt operationssaal sternwarte",
        "spacecraft": "raumschiff raumstation",
        "space": "weltraum weltall orbit",
        "garden": "garten park gewächshaus hof innenhof obstgarten",
        "shop": "laden geschäft bäckerei kneipe bar café cafe restaurant gasthaus wirtshaus markt- "
                "metzgerei apotheke buchhandlung supermarkt kiosk gaststätte hotel",
        "school": "schule klassenzimmer bibliothek universität hörsaal kindergarten",
        "hospital": "krankenhaus klinik spital",
        "church": "kirche dom kathedrale kapelle tempel kloster moschee synagoge",
        "castle": "schloss burg palast festung turm ruine",
        "street": "straße strasse stadt gasse platz allee dach bürgersteig kreuzung autobahn landstraße "
                  "parkplatz tankstelle innenstadt",
        "village": "dorf bauernhof- weiler scheune+ stall+",
        "station": "bahnhof bahnsteig flughafen haltestelle",
        "vehicle": "zug+ waggon+ abteil+ bus+ auto+ taxi+ lastwagen+ flugzeug+ straßenbahn+",
        "bridge": "brücke",
        "forest": "wald forst dschungel lichtung hain",
        "field": "feld wiese weide hügel tal ebene acker zeltlager",
        "mountain": "berg gipfel klippe felsen gletscher vulkan schlucht",
        "desert": "wüste düne oase",
        "sea": "meer ozean küste leuchtturm insel deck schiff boot",
        "harbour": "hafen pier kai steg anlegestelle",
        "beach": "strand",
        "river": "fluss see teich bach wasserfall kanal sumpf ufer",
        "cave": "höhle mine bergwerk tunnel stollen gruft kanalisation",
        "sky": "himmel",
        "museum": "museum galerie ausstellung",
        "theatre": "theater bühne kino oper konzertsaal garderobe",
        "prison": "gefängnis zelle kerker verlies",
        "stadium": "stadion arena turnhalle sporthalle rennbahn",
    },
    "it": {
        "home": "casa+ cucina camera stanza salotto soggiorno bagno soffitta appartamento capanna baita",
        "office": "ufficio questura commissariato municipio tribunale redazione",
        "industrial": "mulino corridoio fabbrica magazzino cantina garage ascensore bunker capannone",
        "laboratory": "laboratorio officina osservatorio",
        "space": "orbita",
        "garden": "giardino parco serra cortile orto frutteto",
        "shop": "negozio bottega panetteria panificio bar caffè ristorante osteria taverna trattoria "
                "locanda mercato- farmacia libreria pasticceria supermercato albergo hotel",
        "school": "scuola aula classe biblioteca università liceo asilo",
        "hospital": "ospedale clinica infermeria",
        "church": "chiesa cattedrale duomo cappella tempio monastero convento abbazia moschea",
        "castle": "castello palazzo fortezza torre rovine",
        "street": "strada città vicolo piazza viale tetto marciapiede incrocio autostrada parcheggio "
                  "quartiere",
        "village": "villaggio paese borgo fattoria- fienile+ cascina-",
        "station": "stazione binario aeroporto fermata metropolitana",
        "vehicle": "treno+ carrozza+ scompartimento+ autobus+ macchina+ taxi+ camion+ aereo+ tram+",
        "bridge": "ponte",
        "forest": "bosco foresta giungla radura selva",
        "field": "campo prato collina pianura valle campagna accampamento",
        "mountain": "montagna vetta cima scogliera ghiacciaio vulcano monte",
        "desert": "deserto duna oasi",
        "sea": "mare oceano costa faro isola nave barca",
        "harbour": "porto molo banchina pontile",
        "beach": "spiaggia sabbia",
        "river": "fiume lago stagno ruscello cascata canale palude torrente riva",
        "cave": "grotta caverna miniera tunnel fogna cripta",
        "sky": "cielo",
        "museum": "museo galleria mostra",
        "theatre": "teatro palcoscenico cinema camerino",
        "prison": "prigione carcere cella",
        "stadium": "stadio arena palestra",
    },
    "pt": {
        "home": "casa+ cozinha quarto sala banheiro sótão apartamento cabana barraco lar+",
        "office": "escritório delegacia esquadra prefeitura tribunal redação",
        "industrial": "moinho corredor fábrica armazém galpão porão garagem elevador bunker hangar",
        "laboratory": "laboratório oficina observatório",
        "space": "órbita",
        "garden": "jardim parque estufa quintal pátio horta pomar",
        "shop": "loja padaria bar café restaurante taberna mercado- farmácia livraria pastelaria confeitaria "
                "supermercado hotel pensão botequim",
        "school": "escola biblioteca universidade faculdade colégio",
        "hospital": "hospital clínica enfermaria",
        "church": "igreja catedral capela templo mosteiro convento mesquita",
        "castle": "castelo palácio fortaleza torre ruínas",
        "street": "rua cidade beco praça avenida telhado calçada esquina estrada rodovia estacionamento bairro",
        "village": "aldeia vila fazenda- celeiro+",
        "station": "estação plataforma aeroporto parada metrô",
        "vehicle": "trem+ comboio+ vagão+ ônibus+ autocarro+ carro+ táxi+ caminhão+ avião+ bonde+",
        "bridge": "ponte",
        "forest": "floresta mata bosque selva clareira",
        "field": "campo prado colina planície vale acampamento",
        "mountain": "montanha cume cimo penhasco falésia geleira vulcão serra",
        "desert": "deserto duna oásis",
        "sea": "mar oceano costa farol ilha navio barco convés",
        "harbour": "porto cais píer molhe",
        "beach": "praia areia",
        "river": "rio lago lagoa riacho cachoeira cascata canal pântano margem",
        "cave": "caverna gruta mina túnel esgoto cripta",
        "sky": "céu",
        "museum": "museu galeria exposição",
        "theatre": "teatro palco cinema camarim",
        "prison": "prisão cadeia cela masmorra",
        "stadium": "estádio arena ginásio",
    },
}


# Words that lead to a place ("en", "dans", "im", "nella", "no"); contractions map to the article
# they hold (the place's name shows it: "al mercado" → "el mercado").
PREPOSITIONS: dict[str, str] = {
    "es": "en a de desde hacia hasta por sobre bajo junto dentro fuera cerca entre frente tras ante para",
    "fr": "à dans de d' sur sous vers devant derrière près chez par depuis jusqu' en hors",
    "de": "in an auf aus zu nach von bei über unter vor hinter neben durch gegen",
    "it": "in a da di su per verso sotto dentro fuori presso tra fra",
    "pt": "em a de para por sobre sob até perto dentro fora entre junto",
}


CONTRACTIONS: dict[str, dict[str, str]] = {
    "es": {"al": "el", "del": "el"},
    "fr": {"au": "le", "aux": "les", "du": "le", "des": "les"},
    "de": {w: "" for w in "im ins am ans zum zur vom beim aufs übers durchs".split()},
    "it": {**{w: "il" for w in "nel al dal del sul col".split()},
           **{w: "lo" for w in "nello allo dallo dello sullo".split()},
           **{w: "la" for w in "nella alla dalla della sulla".split()},
           **{w: "i" for w in "nei ai dai dei sui".split()},
           **{w: "gli" for w in "negli agli dagli degli sugli".split()},
           **{w: "le" for w in "nelle alle dalle delle sulle".split()},
           **{w: "l'" for w in "nell' all' dall' dell' sull'".split()}},
    "pt": {**{w: "o" for w in "no ao do pelo".split()}, **{w: "a" for w in "na à da pela".split()},
           **{w: "os" for w in "nos aos dos pelos".split()}, **{w: "as" for w in "nas às das pelas".split()},
           "num": "um", "numa": "uma"},
}


# Words before a place that say where something comes from, not where we are.
FROM: dict[str, frozenset[str]] = {
    "es": frozenset(_words("de del desde")),
    "fr": frozenset(_words("de d' du des depuis")),
    "de": frozenset(_words("von vom aus")),
    "it": frozenset(_words("da dal dallo dalla dai dalle dall' di del dello della dei delle dell'")),
    "pt": frozenset(_words("de do da dos das desde")),
}


# Words after a place that say where it stands ("das Hotel am Marktplatz").
BY: dict[str, frozenset[str]] = {
    "es": frozenset(_words("junto cerca")), "fr": frozenset(_words("près")),
    "de": frozenset(_words("am an beim bei")), "it": frozenset(_words("presso")), "pt": frozenset(_words("perto junto")),
}


# Of those, the ones that only ever say "from" (the others also say "of": "la puerta de la cocina").
ONLY_FROM: dict[str, frozenset[str]] = {
    "es": frozenset(_words("desde")), "fr": frozenset(_words("depuis")), "de": frozenset(_words("von vom aus")),
    "it": frozenset(_words("da dal dallo dalla dai dalle dall'")), "pt": frozenset(_words("desde")),
}


DETERMINERS: dict[str, frozenset[str]] = {
    "es": frozenset(_words("el la los las un una unos unas su sus mi mis este esta ese esa aquel aquella lo")),
    "fr": frozenset(_words("le la les l' un une son sa ses mon ma mes ce cette cet leur leurs notre votre")),
    "de": frozenset(_words("der die das den dem des ein eine einen einem einer seinem seiner seinen ihrem "
                           "ihrer ihren sein seine ihr ihre dieser diese diesem diesen dieses")),
    "it": frozenset(_words("il lo la i gli le l' un uno una un' suo sua suoi sue quel quella questo questa")),
    "pt": frozenset(_words("o a os as um uma uns umas seu sua seus suas este esta esse essa aquele aquela")),
}


# Phrases where a place noun names no place ("à son tour": in turn; "à sa place": instead of him).
NOT_PLACES: dict[str, tuple[str, ...]] = {
    "es": ("en camino", "de camino", "por el camino de", "a la sala de", "de clase"),
    "fr": ("son tour", "mon tour", "ton tour", "leur tour", "sa place", "ma place", "ta place", "leur place",
           "en place", "la place de", "de place", "au bout", "de classe"),
    "de": ("zu platz", "am platz", "platz nehmen", "platz machen"),
    "it": ("per via", "in via di", "a casa di nessuno", "di classe"),
    "pt": ("em vez", "no lugar de"),
}


# German "zu Hause", "nach Hause": home, named so.
HOME_WORDS = {"hause": "zuhause"}


LEAD_INS: dict[str, str] = {
    "es": "mientras tanto|entretanto|luego|después|entonces|ahora|de vuelta|de nuevo|otra vez|allí|allá|fuera|"
          "dentro|arriba|abajo|lejos|ya|y|pero",
    "fr": "pendant ce temps|entre-temps|puis|ensuite|alors|maintenant|de retour|là-bas|dehors|dedans|en haut|"
          "en bas|loin|et|mais|enfin",
    "de": "inzwischen|währenddessen|unterdessen|dann|danach|jetzt|nun|zurück|draußen|drinnen|oben|unten|"
          "und|aber|dort|hier",
    "it": "intanto|nel frattempo|poi|dopo|allora|ora|adesso|di ritorno|fuori|dentro|lassù|laggiù|e|ma|là",
    "pt": "enquanto isso|entretanto|depois|então|agora|de volta|lá fora|lá dentro|fora|dentro|lá|e|mas",
}


# Verbs of going, as written (third person present and past): a sentence with one moves.
GOING: dict[str, frozenset[str]] = {
    "es": frozenset(_words(
        "entra entran entró entraron llega llegan llegó llegaron va van fue fueron vuelve vuelven volvió "
        "volvieron regresa regresan regresó corre corren corrió sube suben subió baja bajan bajó camina "
        "caminan caminó cruza cruzan cruzó atraviesa atraviesan atravesó recorre recorren recorrió huye huyen huyó dirige dirigen dirigió avanza avanzan avanzó "
        "acerca acercan acercó vuela vuelan voló nada nadan rema reman conduce conducen")),
    "fr": frozenset(_words(
        "entre entrent entra entré entrée arrive arrivent arriva arrivé arrivée va vont alla allé allée "
        "retourne retournent retourna retourné revient reviennent revint rentre rentrent rentra rentré court "
        "courent courut couru monte montent monta monté descend descendent descendit descendu marche marchent "
        "traverse traversent traversa franchit franchissent parcourt dirige dirigent dirigea fuit fuient avance avancent avança pénètre "
        "pénètrent file filent rejoint rejoignent gagne gagnent")),
    "de": frozenset(_words(
        "geht gehen ging gingen kommt kommen kam kamen läuft laufen lief liefen rennt rennen rannte rannten "
        "fährt fahren fuhr fuhren betritt betreten betrat betraten erreicht erreichen erreichte kehrt kehren "
        "kehrte eilt eilen eilte steigt steigen stieg klettert kletterte tritt trat fliegt flog schwimmt "
        "wandert wanderte marschiert flieht floh überquert überquerte durchquert durchquerte")),
    "it": frozenset(_words(
        "entra entrano entrò entrato entrata arriva arrivano arrivò arrivato arrivata va vanno andò andato "
        "andata torna tornano tornò tornato tornata corre corrono corse sale salgono salì scende scendono scese "
        "cammina camminano camminò attraversa attraversò dirige dirigono diresse raggiunge raggiungono "
        "raggiunse rientra rientrò fugge fuggì avanza avanzò")),
    "pt": frozenset(_words(
        "entra entram entrou chega chegam chegou vai vão foi foram volta voltam voltou regressa regressou "
        "corre correm correu sobe sobem subiu desce descem desceu caminha caminham caminhou atravessa "
        "atravessou dirige dirigem dirigiu foge fogem fugiu anda andam andou avança avançou")),
}


# Words before a place that put someone inside it or outside it ("dentro de la cueva", "vor dem Haus").
INSIDE: dict[str, tuple[str, ...]] = {
    "es": ("dentro de", "en el interior de", "adentro de"), "fr": ("à l'intérieur de", "à l'intérieur du"),
    "de": ("innerhalb", "drinnen in", "im inneren"), "it": ("dentro", "all'interno di", "all'interno del"),
    "pt": ("dentro de", "dentro do", "dentro da", "no interior"),
}
OUTSIDE: dict[str, tuple[str, ...]] = {
    "es": ("fuera de", "frente a", "delante de", "afuera de", "alrededor de", "junto a"),
    "fr": ("devant", "hors de", "à l'extérieur de", "à l'extérieur du", "autour de", "autour du", "derrière"),
    "de": ("vor", "außerhalb", "hinter", "rund um"),
    "it": ("davanti a", "davanti al", "davanti alla", "fuori da", "fuori dal", "fuori dalla", "intorno a", "dietro"),
    "pt": ("em frente", "diante de", "diante do", "diante da", "fora de", "fora do", "fora da", "ao redor de"),
}


# ---- time of day ----------------------------------------------------------------------------

# language -> (phrase, time of day), matched as whole words; the first in the text wins.
TIME_TABLE: dict[str, str] = {
    "es": "dawn: amanecer alba madrugada aurora | morning: la mañana esa mañana una mañana cada mañana "
          "aquella mañana mañanas | day: mediodía | afternoon: la tarde esa tarde una tarde aquella tarde "
          "cada tarde | dusk: atardecer anochecer crepúsculo ocaso puesta de sol | night: noche medianoche",
    "fr": "dawn: aube aurore point du jour lever du soleil petit matin | morning: matin matinée | day: midi | "
          "afternoon: après-midi | evening: soir soirée | dusk: crépuscule tombée de la nuit coucher du soleil | "
          "night: nuit minuit",
    "de": "dawn: morgengrauen morgendämmerung sonnenaufgang tagesanbruch | morning: am morgen eines morgens "
          "jeden morgen nächsten morgen folgenden morgen morgens vormittag vormittags frühmorgens | day: mittag mittags | afternoon: nachmittag "
          "nachmittags | evening: abend abends | dusk: dämmerung abenddämmerung sonnenuntergang | "
          "night: nacht nachts mitternacht",
    "it": "dawn: alba aurora | morning: mattina mattino mattinata | day: mezzogiorno | afternoon: pomeriggio | "
          "evening: sera serata | dusk: tramonto crepuscolo imbrunire | night: notte mezzanotte",
    "pt": "dawn: amanhecer alvorada aurora madrugada | morning: manhã manhãs | day: meio-dia | afternoon: "
          "a tarde à tarde de tarde da tarde uma tarde naquela tarde nesta tarde essa tarde esta tarde pela tarde "
          "| dusk: entardecer anoitecer crepúsculo pôr do sol | night: noite meia-noite",
}


# Phrases of two words or more in the table above (the rest are single words).
TIME_PHRASES = {
    "es": ("la mañana", "esa mañana", "una mañana", "cada mañana", "aquella mañana", "la tarde", "esa tarde",
           "una tarde", "aquella tarde", "cada tarde", "puesta de sol"),
    "fr": ("point du jour", "lever du soleil", "petit matin", "tombée de la nuit", "coucher du soleil"),
    "de": ("am morgen", "eines morgens", "jeden morgen", "nächsten morgen", "folgenden morgen"),
    "it": (),
    "pt": ("a tarde", "à tarde", "de tarde", "da tarde", "uma tarde", "naquela tarde", "nesta tarde",
           "essa tarde", "esta tarde", "pela tarde", "pôr do sol"),
}


HOURS: dict[str, str] = {
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "fr": "une deux trois quatre cinq six sept huit neuf dix onze douze",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "it": "una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "uma duas três quatro cinco seis sete oito nove dez onze doze",
}


# How a clock time is introduced, and the words after it that name its half of the day.
CLOCK: dict[str, tuple[str, dict[str, str]]] = {
    "es": (r"\ba\s+las?\s+{h}(?:\s+y\s+(?:media|cuarto))?(?:\s+en\s+punto)?",
           {"de la mañana": "am", "de la madrugada": "am", "de la tarde": "pm", "de la noche": "pm"}),
    "fr": (r"\bà\s+{h}\s*(?:heures?|h)(?:\s*\d\d|\s+et\s+demie|\s+et\s+quart)?",
           {"du matin": "am", "de l'après-midi": "pm", "du soir": "pm", "de la nuit": "am"}),
    "de": (r"\bum\s+(?:halb\s+)?{h}(?:\s+uhr)?",
           {"morgens": "am", "früh": "am", "am morgen": "am", "nachmittags": "pm", "abends": "pm",
            "am abend": "pm", "nachts": "night"}),
    "it": (r"\ball(?:e\s+|')(?:ore\s+)?{h}(?:\s+e\s+mezza|\s+e\s+un\s+quarto)?",
           {"di mattina": "am", "del mattino": "am", "del pomeriggio": "pm", "di sera": "pm", "di notte": "night"}),
    "pt": (r"\bàs?\s+{h}(?:\s+horas?|h)?(?:\s+e\s+meia)?",
           {"da manhã": "am", "da madrugada": "am", "da tarde": "pm", "da noite": "pm"}),
}


# The time part of a screenplay's scene heading ("INT. COCINA - TARDE"): single words read as a
# time of day there, and words that keep the time of the scene before ("CONTINUO").
HEADING_TIMES: dict[str, dict[str, str]] = {
    "es": {"día": "day", "dia": "day", "tarde": "afternoon", "mañana": "morning"},
    "fr": {"jour": "day", "journée": "day"},
    "de": {"tag": "day", "tagsüber": "day", "morgen": "morning"},
    "it": {"giorno": "day"},
    "pt": {"dia": "day", "tarde": "afternoon"},
}


HEADING_SAME: dict[str, tuple[str, ...]] = {
    "es": ("continuo", "continuación", "más tarde", "momentos después"),
    "fr": ("continu", "suite", "plus tard", "instants plus tard"),
    "de": ("fortlaufend", "durchgehend", "später", "kurz darauf"),
    "it": ("continuo", "segue", "più tardi", "poco dopo"),
    "pt": ("contínuo", "continuação", "mais tarde", "momentos depois"),
}


# Phrases that jump forward in time when a sentence opens with them: a new scene, a fade.
TIME_JUMPS: dict[str, list[str]] = {
    "es": ["más tarde", "al día siguiente", "a la mañana siguiente", "a la noche siguiente", "esa noche",
           "esa tarde", "esa mañana", "aquella noche", "aquella tarde", "días después", "horas después",
           "semanas después", "meses después", "años después", "tiempo después", "un rato después",
           "poco después", "al otro día", "mucho después"],
    "fr": ["plus tard", "le lendemain", "le lendemain matin", "le lendemain soir", "ce soir-là", "cette nuit-là",
           "ce matin-là", "la nuit suivante", "le soir venu", "des heures plus tard", "des jours plus tard",
           "quelques jours plus tard", "des années plus tard", "peu après", "bien plus tard", "le jour suivant"],
    "de": ["später", "am nächsten morgen", "am nächsten tag", "am nächsten abend", "am folgenden tag",
           "am folgenden morgen", "in dieser nacht", "in jener nacht", "an diesem abend", "an jenem abend",
           "stunden später", "tage später", "wochen später", "jahre später", "kurz darauf", "viel später",
           "am abend", "in der nacht"],
    "it": ["più tardi", "il giorno dopo", "il giorno seguente", "la mattina dopo", "la mattina seguente",
           "quella notte", "quella sera", "quella mattina", "la sera dopo", "ore dopo", "giorni dopo",
           "settimane dopo", "anni dopo", "poco dopo", "molto più tardi", "l'indomani"],
    "pt": ["mais tarde", "no dia seguinte", "na manhã seguinte", "na noite seguinte", "naquela noite",
           "nessa noite", "naquela tarde", "naquela manhã", "horas depois", "dias depois", "semanas depois",
           "anos depois", "pouco depois", "muito mais tarde", "no outro dia"],
}


# ---- weather and light ----------------------------------------------------------------------

# atmosphere -> words per language ("lluv*": any word starting so).
ATMOSPHERE_TABLE: dict[str, dict[str, str]] = {
    "es": {"rain": "lluv* llueve llovía llovió llover llovizn* aguacero* chaparrón", "snow": "nieve nieva nevaba nevad* ventisca",
           "fog": "niebla* neblina* bruma*", "storm": "tormenta* tempestad* huracán",
           "wind": "viento* ráfaga* brisa vendaval", "lightning": "relámpago* trueno* rayos",
           "alarm": "alarma* sirena*", "lamplight": "lámpara* farol* linterna* vela velas candil*",
           "firelight": "fuego hoguera* chimenea* llamas antorcha*", "neon": "neón", "dust": "polvo polvareda",
           "smoke": "humo*"},
    "fr": {"rain": "pluie* pleut pleuvait pleuvoir averse* bruine", "snow": "neige* neigeait",
           "fog": "brouillard* brume*", "storm": "orage* tempête* ouragan", "wind": "vent vents venteux rafale* brise",
           "lightning": "éclair éclairs foudre tonnerre", "alarm": "alarme* sirène*",
           "lamplight": "lampe* lanterne* bougie* chandelle* lampadaire* réverbère*",
           "firelight": "feu cheminée flammes torche* brasier", "neon": "néon*", "dust": "poussière*",
           "smoke": "fumée*"},
    "de": {"rain": "regen* regnet regnete nieselregen", "snow": "schnee* schneit schneite",
           "fog": "nebel* dunst", "storm": "gewitter* sturm* unwetter orkan", "wind": "wind winde windig böe* brise",
           "lightning": "blitz* donner*", "alarm": "alarm* sirene*", "lamplight": "lampe* laterne* kerze*",
           "firelight": "feuer kamin* flammen fackel*", "neon": "neon*", "dust": "staub*", "smoke": "rauch*"},
    "it": {"rain": "pioggia* piove pioveva piovere acquazzone", "snow": "neve nevica* nevicata",
           "fog": "nebbia* foschia", "storm": "temporale* tempesta* bufera uragano", "wind": "vento* raffica* raffiche brezza",
           "lightning": "fulmine* fulmini lampo lampi tuono* tuoni", "alarm": "allarme* sirena* sirene",
           "lamplight": "lampada* lanterna* candela* candele lampione*", "firelight": "fuoco camino fiamme torcia",
           "neon": "neon", "dust": "polvere*", "smoke": "fumo"},
    "pt": {"rain": "chuva* chove chovia choveu chover chuvoso garoa", "snow": "neve neva nevava", "fog": "nevoeiro neblina névoa bruma",
           "storm": "tempestade* temporal furacão", "wind": "vento* rajada* brisa ventania",
           "lightning": "relâmpago* raio raios trovão trovões", "alarm": "alarme* sirene*",
           "lamplight": "lâmpada* lanterna* vela velas lampião", "firelight": "fogo fogueira* lareira chamas tocha*",
           "neon": "néon neon", "dust": "poeira*", "smoke": "fumaça fumo"},
}


# Words that hold a weather word but are no weather (an umbrella, a windscreen, a ray of sunlight).
ATMOSPHERE_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "es": ("rayos de sol", "rayos del sol", "a fuego lento", "vela de", "polvo de hornear"),
    "fr": ("feu rouge", "feu vert", "coup de vent"),
    "de": ("regenschirm", "regenmantel", "windschutz", "schneewittchen", "blitzschnell", "sturmhaube",
           "donnerstag"),
    "it": ("fuoco d'artificio", "fuochi d'artificio"),
    "pt": ("guarda-chuva", "guarda-chuvas", "raio de sol", "raios de sol", "fogos de artifício"),
}


# ---- props ----------------------------------------------------------------------------------

# prop form (vocab.PROP_FORMS) -> nouns per language. Clothes are worn, not handled: they are
# looks of whoever wears them, not props.
PROP_TABLE: dict[str, dict[str, str]] = {
    "es": {"lamp": "lámpara", "lantern": "linterna farol candil", "candle": "vela", "case": "maleta maletín baúl",
           "bag": "bolsa bolso mochila saco cesta", "box": "caja cofre", "bottle": "botella frasco", "cup": "taza vaso copa",
           "bread": "pan barra hogaza", "food": "pastel tarta manzana plato", "book": "libro cuaderno diario",
           "letter": "carta sobre", "map": "mapa", "photo": "foto fotografía", "phone": "teléfono móvil celular",
           "radio": "radio", "key": "llave", "gun": "pistola revólver escopeta rifle", "sword": "espada",
           "knife": "cuchillo navaja", "tool": "martillo hacha pala", "flower": "flor ramo rosa", "ball": "pelota balón",
           "toy": "muñeca juguete", "instrument": "guitarra violín piano", "jewel": "collar joya diamante",
           "ring": "anillo", "clock": "reloj", "umbrella": "paraguas", "chair": "silla", "rope": "cuerda", "money": "dinero monedas billete", "car": "coche", "bicycle": "bicicleta",
           "boat": "barca bote barco lancha", "ship": "buque navío", "train": "tren", "truck": "camión"},
    "fr": {"lamp": "lampe", "lantern": "lanterne", "candle": "bougie chandelle", "case": "valise mallette malle",
           "bag": "sac sacoche panier", "box": "boîte caisse coffre carton", "bottle": "bouteille flacon", "cup": "tasse verre bol",
           "bread": "pain baguette miche", "food": "gâteau pomme assiette", "book": "livre carnet cahier journal",
           "letter": "lettre enveloppe", "map": "carte", "photo": "photo photographie", "phone": "téléphone portable",
           "radio": "radio", "key": "clé clef", "gun": "pistolet revolver fusil", "sword": "épée", "knife": "couteau",
           "tool": "marteau hache pelle", "flower": "fleur bouquet rose", "ball": "ballon balle", "toy": "poupée jouet",
           "instrument": "guitare violon piano", "jewel": "collier bijou diamant", "ring": "bague anneau",
           "clock": "horloge montre", "umbrella": "parapluie", "chair": "chaise",
           "rope": "corde", "money": "argent pièces billet", "car": "voiture", "bicycle": "vélo bicyclette",
           "boat": "barque canot bateau", "ship": "navire paquebot", "train": "train", "truck": "camion"},
    "de": {"lamp": "lampe", "lantern": "laterne", "candle": "kerze", "case": "koffer", "bag": "tasche rucksack sack korb",
           "box": "kiste schachtel kasten karton truhe", "bottle": "flasche", "cup": "tasse becher glas",
           "bread": "brot brötchen laib", "food": "kuchen apfel teller", "book": "buch heft tagebuch",
           "letter": "brief umschlag", "map": "karte landkarte", "photo": "foto", "phone": "telefon handy",
           "radio": "radio funkgerät", "key": "schlüssel", "gun": "pistole revolver gewehr", "sword": "schwert",
           "knife": "messer", "tool": "hammer axt schaufel", "flower": "blume strauß rose", "ball": "ball",
           "toy": "puppe spielzeug", "instrument": "gitarre geige klavier", "jewel": "kette halskette juwel diamant",
           "ring": "ring", "clock": "uhr", "umbrella": "regenschirm schirm", "chair": "stuhl", "rope": "seil", "money": "geld münze münzen", "car": "auto wagen",
           "bicycle": "fahrrad rad", "boat": "boot kahn", "ship": "schiff", "train": "zug", "truck": "lastwagen"},
    "it": {"lamp": "lampada", "lantern": "lanterna", "candle": "candela", "case": "valigia baule",
           "bag": "borsa zaino sacco cesto cestino", "box": "scatola cassa cassetta scrigno", "bottle": "bottiglia", "cup": "tazza bicchiere",
           "bread": "pane pagnotta", "food": "torta mela piatto", "book": "libro quaderno diario", "letter": "lettera busta",
           "map": "mappa cartina", "photo": "foto fotografia", "phone": "telefono cellulare", "radio": "radio",
           "key": "chiave", "gun": "pistola fucile", "sword": "spada", "knife": "coltello", "tool": "martello ascia pala",
           "flower": "fiore mazzo rosa", "ball": "palla pallone", "toy": "bambola giocattolo",
           "instrument": "chitarra violino pianoforte", "jewel": "collana gioiello diamante", "ring": "anello",
           "clock": "orologio", "umbrella": "ombrello", "chair": "sedia",
           "rope": "corda", "money": "denaro soldi moneta", "car": "macchina auto", "bicycle": "bicicletta",
           "boat": "barca barchetta", "ship": "nave", "train": "treno", "truck": "camion"},
    "pt": {"lamp": "lâmpada", "lantern": "lanterna lampião", "candle": "vela", "case": "mala maleta baú",
           "bag": "bolsa mochila saco sacola cesto cesta", "box": "caixa", "bottle": "garrafa frasco", "cup": "xícara chávena copo",
           "bread": "pão", "food": "bolo maçã prato", "book": "livro caderno diário", "letter": "carta envelope",
           "map": "mapa", "photo": "foto fotografia", "phone": "telefone celular telemóvel", "radio": "rádio",
           "key": "chave", "gun": "pistola revólver espingarda", "sword": "espada", "knife": "faca canivete",
           "tool": "martelo machado pá", "flower": "flor ramo rosa", "ball": "bola", "toy": "boneca brinquedo",
           "instrument": "violão guitarra violino piano", "jewel": "colar joia diamante", "ring": "anel",
           "clock": "relógio", "umbrella": "guarda-chuva", "chair": "cadeira",
           "rope": "corda", "money": "dinheiro moedas", "car": "carro", "bicycle": "bicicleta", "boat": "barco", "ship": "navio",
           "train": "trem comboio", "truck": "caminhão"},
}


# Containers whose "de"/"of" phrase says what they hold ("une caisse de pain", "una botella de vino").
CONTAINERS = frozenset(("caja", "bolsa", "botella", "taza", "vaso", "saco", "cesta", "caisse", "boîte", "sac",
                         "bouteille", "tasse", "verre", "panier", "kiste", "flasche", "korb", "sack", "scatola",
                         "cassa", "bottiglia", "tazza", "bicchiere", "borsa", "cesto", "caixa", "garrafa", "copo",
                         "xícara", "cesto", "sacola", "frasco", "flacon"))


OF = {"es": ("de", "con"), "fr": ("de", "d'", "du", "des"), "de": ("mit", "voll"), "it": ("di", "del", "della", "con"),
       "pt": ("de", "do", "da", "com")}


# ---- settings -------------------------------------------------------------------------------

# setting feature -> words per language that add it.
FEATURE_TABLE: dict[str, dict[str, str]] = {
    "es": {"lighthouse": "faro*", "window": "ventana* ventanal*", "door": "puerta* portón", "trees": "árbol* pino* roble*", "table": "mesa* mostrador*",
           "bed": "cama camas", "shelves": "estante* estantería*", "fire": "fuego chimenea* hoguera*", "lamp": "lámpara* farol*",
           "moon": "luna", "stars": "estrella*", "sun": "sol", "boats": "barca* bote*", "ship": "barco* velero*",
           "mountains": "montaña*", "plants": "planta* flor*"},
    "fr": {"lighthouse": "phare*", "window": "fenêtre* vitre*", "door": "porte* portail", "trees": "arbre* sapin* chêne*", "table": "table* comptoir*",
           "bed": "lit lits", "shelves": "étagère* rayon*", "fire": "feu cheminée*", "lamp": "lampe* lanterne* réverbère*",
           "moon": "lune", "stars": "étoile*", "sun": "soleil", "boats": "barque* canot*", "ship": "navire* bateau*",
           "mountains": "montagne*", "plants": "plante* fleur*"},
    "de": {"lighthouse": "leuchtturm*", "window": "fenster*", "door": "tür* tor", "trees": "baum* bäume* tanne* eiche*", "table": "tisch* theke*",
           "bed": "bett*", "shelves": "regal*", "fire": "feuer kamin*", "lamp": "lampe* laterne*", "moon": "mond*",
           "stars": "stern*", "sun": "sonne*", "boats": "boot*", "ship": "schiff*", "mountains": "berg*",
           "plants": "pflanze* blume*"},
    "it": {"lighthouse": "faro fari", "window": "finestr*", "door": "porta porte portone", "trees": "albero* alberi pino* quercia*",
           "table": "tavolo* bancone*", "bed": "letto letti", "shelves": "scaffal*", "fire": "fuoco camino",
           "lamp": "lampad* lanterna* lampione*", "moon": "luna", "stars": "stell*", "sun": "sole",
           "boats": "barca barche", "ship": "nave navi", "mountains": "montagn*", "plants": "piant* fiore fiori"},
    "pt": {"lighthouse": "farol faróis", "window": "janela*", "door": "porta* portão", "trees": "árvore* pinheiro*", "table": "mesa* balcão",
           "bed": "cama camas", "shelves": "prateleira* estante*", "fire": "fogo lareira fogueira*",
           "lamp": "lâmpada* lanterna* lampião", "moon": "lua", "stars": "estrela*", "sun": "sol",
           "boats": "barco* bote*", "ship": "navio*", "mountains": "montanha*", "plants": "planta* flor*"},
}


# ---- camera cues ----------------------------------------------------------------------------

SHOT_SIZE_CUES: dict[str, list[tuple[str, str]]] = {
    "es": [("primerísimo primer plano", "ECU"), ("plano detalle", "ECU"), ("gran plano general", "EWS"),
           ("plano cenital", "EWS"), ("primer plano", "CU"), ("plano medio corto", "MCU"), ("plano americano", "MLS"),
           ("plano medio", "MS"), ("plano entero", "LS"), ("plano general", "WS"), ("plano de situación", "WS")],
    "fr": [("très gros plan", "ECU"), ("plan d'ensemble", "EWS"), ("plan aérien", "EWS"), ("gros plan", "CU"),
           ("plan rapproché", "MCU"), ("plan américain", "MLS"), ("plan moyen", "MS"), ("plan pied", "LS"),
           ("plan large", "WS"), ("plan général", "WS")],
    "de": [("detailaufnahme", "ECU"), ("panoramaaufnahme", "EWS"), ("luftaufnahme", "EWS"), ("großaufnahme", "CU"),
           ("nahaufnahme", "CU"), ("amerikanische einstellung", "MLS"), ("halbnahe", "MS"), ("halbtotale", "LS"),
           ("totale", "WS"), ("weitwinkel", "WS")],
    "it": [("primissimo piano", "ECU"), ("dettaglio", "ECU"), ("campo lunghissimo", "EWS"), ("primo piano", "CU"),
           ("mezzo primo piano", "MCU"), ("piano americano", "MLS"), ("mezza figura", "MS"), ("figura intera", "LS"),
           ("campo lungo", "WS"), ("campo medio", "LS"), ("totale", "WS")],
    "pt": [("plano detalhe", "ECU"), ("grande plano geral", "EWS"), ("primeiríssimo plano", "ECU"),
           ("primeiro plano", "CU"), ("close-up", "CU"), ("plano médio", "MS"), ("plano americano", "MLS"),
           ("plano inteiro", "LS"), ("plano geral", "WS"), ("plano aberto", "WS")],
}
