"""Places, time, weather, props and camera cues of stories in Spanish, French, German, Italian and
Portuguese: word tables per language and one small reader that serves them all.

A place is a place noun of the table after a preposition, with at most an article and one more
word between ("en la vieja cocina", "dans l'église", "im dunklen Wald", "nella stazione", "no
porto"); its key is the noun as the table writes it, its name the words as the story writes them
(a contraction stands for its article: "al mercado" → "el mercado"; German names are the noun).
German compounds end in their place ("Dorfplatz" is a square). A sentence with a verb of going
goes to the last place it names that it does not come from. Time words, clock times and jumps,
weather and light words and props are whole words (a trailing "*" makes a stem: "lluv*").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from director import vocab
from director.plan import Setting
from director.planning.heuristic.languages import READ
from director.planning.heuristic.clock import time_of_day_for_hour
from director.planning.setting_words import INTERIOR_KINDS, KIND_FEATURES
from director.text import sentences

LANGUAGES = READ


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ---- places ---------------------------------------------------------------------------------

# language -> kind -> place nouns. A noun ending in "+" is inside whatever its kind, "-" outside;
# otherwise the kind's usual side (setting_words.INTERIOR_KINDS).
_PLACE_TABLE: dict[str, dict[str, str]] = {
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


@dataclass(frozen=True)
class Place:
    kind: str       # a word of vocab.SETTING_KINDS
    interior: bool


def _place_index(table: dict[str, str]) -> dict[str, Place]:
    index: dict[str, Place] = {}
    for kind, nouns in table.items():
        for noun in nouns.split():
            side = noun[-1] if noun[-1] in "+-" else ""
            index[noun.rstrip("+-")] = Place(kind, side == "+" if side else kind in INTERIOR_KINDS)
    return index


PLACES: dict[str, dict[str, Place]] = {lang: _place_index(t) for lang, t in _PLACE_TABLE.items()}

# Words that lead to a place ("en", "dans", "im", "nella", "no"); contractions map to the article
# they hold (the place's name shows it: "al mercado" → "el mercado").
_PREPOSITIONS: dict[str, str] = {
    "es": "en a de desde hacia hasta por sobre bajo junto dentro fuera cerca entre frente tras ante para",
    "fr": "à dans de d' sur sous vers devant derrière près chez par depuis jusqu' en hors",
    "de": "in an auf aus zu nach von bei über unter vor hinter neben durch gegen",
    "it": "in a da di su per verso sotto dentro fuori presso tra fra",
    "pt": "em a de para por sobre sob até perto dentro fora entre junto",
}
_CONTRACTIONS: dict[str, dict[str, str]] = {
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
_FROM: dict[str, frozenset[str]] = {
    "es": frozenset(_words("de del desde")),
    "fr": frozenset(_words("de d' du des depuis")),
    "de": frozenset(_words("von vom aus")),
    "it": frozenset(_words("da dal dallo dalla dai dalle dall' di del dello della dei delle dell'")),
    "pt": frozenset(_words("de do da dos das desde")),
}
# Words after a place that say where it stands ("das Hotel am Marktplatz").
_BY: dict[str, frozenset[str]] = {
    "es": frozenset(_words("junto cerca")), "fr": frozenset(_words("près")),
    "de": frozenset(_words("am an beim bei")), "it": frozenset(_words("presso")), "pt": frozenset(_words("perto junto")),
}
# Of those, the ones that only ever say "from" (the others also say "of": "la puerta de la cocina").
_ONLY_FROM: dict[str, frozenset[str]] = {
    "es": frozenset(_words("desde")), "fr": frozenset(_words("depuis")), "de": frozenset(_words("von vom aus")),
    "it": frozenset(_words("da dal dallo dalla dai dalle dall'")), "pt": frozenset(_words("desde")),
}
_DETERMINERS: dict[str, frozenset[str]] = {
    "es": frozenset(_words("el la los las un una unos unas su sus mi mis este esta ese esa aquel aquella lo")),
    "fr": frozenset(_words("le la les l' un une son sa ses mon ma mes ce cette cet leur leurs notre votre")),
    "de": frozenset(_words("der die das den dem des ein eine einen einem einer seinem seiner seinen ihrem "
                           "ihrer ihren sein seine ihr ihre dieser diese diesem diesen dieses")),
    "it": frozenset(_words("il lo la i gli le l' un uno una un' suo sua suoi sue quel quella questo questa")),
    "pt": frozenset(_words("o a os as um uma uns umas seu sua seus suas este esta esse essa aquele aquela")),
}
# Phrases where a place noun names no place ("à son tour": in turn; "à sa place": instead of him).
_NOT_PLACES: dict[str, tuple[str, ...]] = {
    "es": ("en camino", "de camino", "por el camino de", "a la sala de", "de clase"),
    "fr": ("son tour", "mon tour", "ton tour", "leur tour", "sa place", "ma place", "ta place", "leur place",
           "en place", "la place de", "de place", "au bout", "de classe"),
    "de": ("zu platz", "am platz", "platz nehmen", "platz machen"),
    "it": ("per via", "in via di", "a casa di nessuno", "di classe"),
    "pt": ("em vez", "no lugar de"),
}
# German "zu Hause", "nach Hause": home, named so.
_HOME_WORDS = {"hause": "zuhause"}
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?")


def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(_PREPOSITIONS[lang].split()) | frozenset(_CONTRACTIONS[lang])


def _lookup(word: str, lang: str) -> str | None:
    """The table's form of a place noun as written: a plural or (German) a compound ends in it."""
    table = PLACES[lang]
    if word in table:
        return word
    candidates = [word[:-1], word[:-2]] if len(word) > 4 else []
    if lang == "it" and len(word) > 3:  # plurals: -i of -o or -e ("porti", "stazioni"), -e of -a, -chi/-che
        candidates += ([word[:-1] + "o", word[:-1] + "e"] if word.endswith("i") else
                       [word[:-1] + "a"] if word.endswith("e") else [])
        if word.endswith(("chi", "che", "ghi", "ghe")):
            candidates += [word[:-3] + "co", word[:-3] + "ca", word[:-3] + "go", word[:-3] + "ga"]
    if lang == "fr" and word.endswith("aux"):
        candidates.append(word[:-3] + "al")
    if lang == "es" and word.endswith("ces"):
        candidates.append(word[:-3] + "z")
    for candidate in candidates:
        if candidate in table and len(candidate) > 2:
            return candidate
    if lang == "de":  # "Dorfplatz", "Bergdorf", "Bahnhofshalle": a compound is its last word
        ends = [noun for noun in table if len(noun) >= 4 and len(word) >= len(noun) + 3 and word.endswith(noun)]
        if ends:
            return max(ends, key=len)
    return None


@dataclass(frozen=True)
class _PlaceMatch:
    lead: int            # index of the first word of the phrase (its preposition, or determiner)
    noun: int            # index of the place noun
    key: str             # the table's form of the noun
    name: str            # as the story writes it, article first
    preposition: str     # "" when the phrase starts with a determiner


def _tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def _clean(token: str) -> str:
    return token.lower().replace("’", "'")


def _place_matches(text: str, lang: str, articles: str = "") -> list[_PlaceMatch]:
    """Every "preposition [article] [word] place" phrase of a text, in order. ``articles``
    "first": the text may also open on a place's article ("La cocina huele a pan"); "any": any
    "article [word] place" phrase counts (a shot list's "una estación vacía al amanecer")."""
    found: list[_PlaceMatch] = []
    for phrase in _NOT_PLACES[lang]:
        text = re.sub(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", lambda m: " " * len(m.group(0)),
                      text.replace("’", "'"), flags=re.IGNORECASE)
    tokens = _tokens(text)
    words = [_clean(t.group(0)) for t in tokens]
    preps, dets = _prepositions(lang), _DETERMINERS[lang]
    for i, word in enumerate(words):
        key = _lookup(word, lang)
        if key is None:
            continue
        if lang == "de":  # a compound is a place of its own: "Marktplatz" and "Dorfplatz" are two squares
            key = _HOME_WORDS.get(word) or (key if word.startswith(key) else word)
        found_here = None
        for back in (1, 2, 3):  # a preposition before the place, first
            j = i - back
            if j < 0 or re.search(r"[.,;:!?()«»\"“”]", text[tokens[j].end():tokens[i].start()]):
                break
            between = words[j + 1:i]
            # "en cocina", "im dunklen Wald", "en la cocina", "en la vieja cocina"; a word between
            # that is not an article is a describing one, never a name ("de Léa serre": squeezes)
            describing = [tokens[k].group(0) for k in range(j + 1, i) if words[k] not in dets]
            fits = (len(between) <= 1 or between[0] in dets) and all(w[:1].islower() for w in describing)
            # Portuguese "a" is both: "sobre a aldeia" is "sobre" + article.
            article_after_preposition = words[j] in dets and j > 0 and words[j - 1] in preps and not between
            if words[j] in preps and fits and not article_after_preposition:
                shown = [tokens[k].group(0) for k in range(j + 1, i + 1)]
                if _CONTRACTIONS[lang].get(words[j]):
                    shown = [_CONTRACTIONS[lang][words[j]]] + shown
                found_here = _PlaceMatch(j, i, key, " ".join(shown).replace("' ", "'"), words[j])
                break
        for back in (1, 2) if found_here is None and articles else ():  # else its article
            j = i - back
            if j < 0 or re.search(r"[.,;:!?()«»\"“”]", text[tokens[j].end():tokens[i].start()]):
                break
            if words[j] in dets and (articles == "any" or j == 0):
                shown = " ".join(tokens[k].group(0) for k in range(j, i + 1)).replace("' ", "'")
                found_here = _PlaceMatch(j, i, key, shown[:1].lower() + shown[1:], "")
                break
        if found_here is not None:
            found.append(found_here)
    return found


def _as_location(match: _PlaceMatch, lang: str) -> tuple[str, str]:
    name = match.name
    if lang == "de":  # German names are the noun as written ("Wald", "Dorfplatz")
        name = match.key if match.key in _HOME_WORDS.values() else name.split()[-1]
        name = name[:1].upper() + name[1:]
    return match.key, name


def find_location(narration: str, lang: str, not_from: bool = False, loose: bool = False) -> tuple[str, str] | None:
    """The first place the narration names after a preposition (``loose``: or after an article):
    (key, name). ``not_from`` skips places something comes from ("desde la torre")."""
    for match in _place_matches(narration, lang, "any" if loose else ""):
        if not_from and match.preposition in _ONLY_FROM[lang]:
            continue
        return _as_location(match, lang)
    return None


_LEAD_INS: dict[str, str] = {
    "es": "mientras tanto|entretanto|luego|después|entonces|ahora|de vuelta|de nuevo|otra vez|allí|allá|fuera|"
          "dentro|arriba|abajo|lejos|ya|y|pero",
    "fr": "pendant ce temps|entre-temps|puis|ensuite|alors|maintenant|de retour|là-bas|dehors|dedans|en haut|"
          "en bas|loin|et|mais|enfin",
    "de": "inzwischen|währenddessen|unterdessen|dann|danach|jetzt|nun|zurück|draußen|drinnen|oben|unten|"
          "und|aber|dort|hier",
    "it": "intanto|nel frattempo|poi|dopo|allora|ora|adesso|di ritorno|fuori|dentro|lassù|laggiù|e|ma|là",
    "pt": "enquanto isso|entretanto|depois|então|agora|de volta|lá fora|lá dentro|fora|dentro|lá|e|mas",
}


def _lead_in(lang: str) -> re.Pattern[str]:
    phrases = _LEAD_INS[lang].split("|") + TIME_JUMPS[lang]
    alternation = "|".join(sorted((re.escape(p) for p in phrases), key=len, reverse=True))
    return re.compile(r"^\s*(?:(?:" + alternation + r")(?![\w])[\s,]*)*", re.IGNORECASE)


def opening_place(narration: str, lang: str) -> tuple[str, str] | None:
    """The place a sentence opens on ("En la cocina, ...", "Im Wald ...", "Plus tard, dans la gare",
    "Au fond de la forêt, ...", "Al otro lado del río, ...")."""
    rest = narration[_LEAD_INS_RE[lang].match(narration).end():]
    matches = _place_matches(rest, lang)
    if not matches:
        return None
    first = matches[0]
    opening = [_clean(t.group(0)) for t in _tokens(rest)[:first.lead]]
    # At the start, or after a preposition and a word or two that say where in it ("au fond de").
    if first.lead == 0 and first.preposition not in _ONLY_FROM[lang] or (
            first.lead <= 3 and opening[0] in _prepositions(lang) and first.preposition in _FROM[lang]
            and not re.search(r"[.,;:!?]", rest[:_tokens(rest)[first.lead].start()])):
        return _as_location(first, lang)
    return None


def subject_place(narration: str, lang: str) -> tuple[str, str] | None:
    """The place a sentence opens with as its subject ("La panadería huele a pan")."""
    rest = narration[_LEAD_INS_RE[lang].match(narration).end():]
    matches = _place_matches(rest, lang, "first")
    if matches and matches[0].lead == 0 and not matches[0].preposition:
        return _as_location(matches[0], lang)
    return None


# Verbs of going, as written (third person present and past): a sentence with one moves.
_GOING: dict[str, frozenset[str]] = {
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


def moved_to(narration: str, lang: str) -> tuple[str, str] | None:
    """Where the last sentence with a verb of going goes: the last place named after its verb
    ("María sale de la cocina y corre al jardín" → the garden; "monte en haut du phare" → the
    lighthouse). A place right after the verb with "from" ("sale de la cocina") is left behind."""
    for sentence in reversed(sentences(narration)):
        words = [_clean(t.group(0)) for t in _tokens(sentence)]
        verbs = [i for i, word in enumerate(words) if word in _GOING[lang]]
        if not verbs:
            continue
        ends = []
        matches = _place_matches(sentence, lang, "any")
        for m in matches:
            if m.noun < verbs[0] or (m.preposition in _FROM[lang] | _BY[lang]
                                     and any(other.noun == m.lead - 1 for other in matches)):
                continue  # "das Hotel am Marktplatz", "la cafetería de la esquina": where the first place is
            before = words[m.lead - 1] if m.lead > 0 else ""
            if not m.preposition:
                # the verb's object: "cruza el puente", "betritt er die Küche"
                goes = bool(set(words[max(0, m.lead - 2):m.lead]) & _GOING[lang])
            elif m.preposition in _FROM[lang]:
                # "de"/"du" also say "of" ("en haut du phare"); right after the verb they say "from".
                goes = m.preposition not in _ONLY_FROM[lang] and before not in _GOING[lang]
            else:
                goes = True
            if goes:
                ends.append(m)
        return _as_location(ends[-1], lang) if ends else None
    return None


def is_interior(key: str, lang: str) -> bool | None:
    table_key = _lookup(key, lang) if lang in PLACES else None
    return PLACES[lang][table_key].interior if table_key else None


def without_article(name: str, lang: str) -> str:
    """A place's name for a scene heading: "la cocina" → "cocina", "l'église" → "église"."""
    words = name.replace("'", "' ").replace("’", "’ ").split()
    if words and words[0].lower().replace("’", "'") in _DETERMINERS[lang] and len(words) > 1:
        words = words[1:]
    return " ".join(words).replace("' ", "'").replace("’ ", "’")


# ---- time of day ----------------------------------------------------------------------------

# language -> (phrase, time of day), matched as whole words; the first in the text wins.
_TIME_TABLE: dict[str, str] = {
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
_TIME_PHRASES = {
    "es": ("la mañana", "esa mañana", "una mañana", "cada mañana", "aquella mañana", "la tarde", "esa tarde",
           "una tarde", "aquella tarde", "cada tarde", "puesta de sol"),
    "fr": ("point du jour", "lever du soleil", "petit matin", "tombée de la nuit", "coucher du soleil"),
    "de": ("am morgen", "eines morgens", "jeden morgen", "nächsten morgen", "folgenden morgen"),
    "it": (),
    "pt": ("a tarde", "à tarde", "de tarde", "da tarde", "uma tarde", "naquela tarde", "nesta tarde",
           "essa tarde", "esta tarde", "pela tarde", "pôr do sol"),
}


def _time_words(lang: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for group in _TIME_TABLE[lang].split("|"):
        tod, words = group.split(":", 1)
        rest = " " + words.strip() + " "
        for phrase in sorted(_TIME_PHRASES[lang], key=len, reverse=True):
            if f" {phrase} " in rest:
                out.append((phrase, tod.strip()))
                rest = rest.replace(f" {phrase} ", " ")
        out += [(w, tod.strip()) for w in rest.split()]
    return out


TIME_WORDS: dict[str, list[tuple[str, str]]] = {lang: _time_words(lang) for lang in LANGUAGES}

_HOURS: dict[str, str] = {
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "fr": "une deux trois quatre cinq six sept huit neuf dix onze douze",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "it": "una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "uma duas três quatro cinco seis sete oito nove dez onze doze",
}
# How a clock time is introduced, and the words after it that name its half of the day.
_CLOCK: dict[str, tuple[str, dict[str, str]]] = {
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


def _clock_times(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(position, length, time of day) of clock times whose half of the day is known: written
    with it ("à quatre heures du matin", "a las nueve de la noche") or on a 24-hour clock
    ("um 21 Uhr"). A bare "a las nueve" could be either and says nothing."""
    names = _HOURS[lang].split()
    hour = r"(?P<hour>\d{1,2}|" + "|".join(names) + r")"
    pattern, halves = _CLOCK[lang]
    half = "|".join(re.escape(h) for h in sorted(halves, key=len, reverse=True))
    regex = re.compile(pattern.format(h=hour) + r"(?:\s*,?\s*(?P<half>" + half + r"))?(?![\w])", re.IGNORECASE)
    found = []
    for m in regex.finditer(text.replace("’", "'")):
        raw = m.group("hour").lower()
        h = int(raw) if raw.isdigit() else names.index(raw) + 1
        if lang == "es" and raw == "una" and not re.match(r"\ba\s+la\s", m.group(0), re.I):
            continue  # "a las una" is not Spanish; "a una" is not a time
        which = halves.get((m.group("half") or "").lower())
        if h > 23:
            continue
        if which == "pm" and h < 12:
            h += 12
        elif which == "night" and 4 < h < 12:
            h += 12
        elif which is None and h <= 12:
            continue
        found.append((m.start(), len(m.group(0)), time_of_day_for_hour(h % 24)))
    return found


def find_time_of_day(narration: str, lang: str) -> str | None:
    lower = narration.lower().replace("’", "'")
    hits = [(pos, -length, tod) for pos, length, tod in _clock_times(narration, lang)]
    for word, tod in TIME_WORDS[lang]:
        m = re.search(r"(?<![\w-])" + re.escape(word) + r"(?!\w)", lower)  # "nuit-là" is a night
        if m:
            hits.append((m.start(), -len(word), tod))
    return min(hits)[2] if hits else None


# The time part of a screenplay's scene heading ("INT. COCINA - TARDE"): single words read as a
# time of day there, and words that keep the time of the scene before ("CONTINUO").
_HEADING_TIMES: dict[str, dict[str, str]] = {
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


def heading_time(time_word: str, lang: str) -> str | None:
    """The time of day of a scene heading's time part in the story's language ("NOCHE" → night)."""
    word = time_word.strip().lower()
    return _HEADING_TIMES[lang].get(word) or find_time_of_day(word, lang)


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
_LEAD_INS_RE = {lang: _lead_in(lang) for lang in LANGUAGES}


def find_time_jump(narration: str, lang: str) -> bool:
    """Whether the text opens (within its first words) on a jump forward in time."""
    head = narration.lower().replace("’", "'")[:60]
    return any(re.search(r"(?<![\w-])" + re.escape(j) + r"(?![\w-])", head) for j in TIME_JUMPS[lang])


# ---- weather and light ----------------------------------------------------------------------

# atmosphere -> words per language ("lluv*": any word starting so).
_ATMOSPHERE_TABLE: dict[str, dict[str, str]] = {
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
_ATMOSPHERE_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "es": ("rayos de sol", "rayos del sol", "a fuego lento", "vela de", "polvo de hornear"),
    "fr": ("feu rouge", "feu vert", "coup de vent"),
    "de": ("regenschirm", "regenmantel", "windschutz", "schneewittchen", "blitzschnell", "sturmhaube",
           "donnerstag"),
    "it": ("fuoco d'artificio", "fuochi d'artificio"),
    "pt": ("guarda-chuva", "guarda-chuvas", "raio de sol", "raios de sol", "fogos de artifício"),
}


def _word_pattern(words: str) -> re.Pattern[str]:
    parts = [re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in words.split()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


_ATMOSPHERE_PATTERNS = {lang: {a: _word_pattern(w) for a, w in table.items()}
                        for lang, table in _ATMOSPHERE_TABLE.items()}
# Speech in these languages is also set off by guillemets and dashes ("—Llueve —dijo.").
_SPEECH = re.compile(r"«[^»]*»|„[^“”]*[“”]|»[^«]*«|(?:^|(?<=\s\.\s))\s*[—–].*?(?=\s\.\s|\n|$)", re.MULTILINE)


def infer_atmosphere(text: str, lang: str) -> set[str]:
    """The weather and light words of a narration (quoted speech already left out)."""
    lower = _SPEECH.sub(" ", text).lower().replace("’", "'")
    for phrase in _ATMOSPHERE_EXCEPTIONS[lang]:
        lower = lower.replace(phrase, " ")
    return {a for a, pattern in _ATMOSPHERE_PATTERNS[lang].items() if pattern.search(lower)}


# ---- props ----------------------------------------------------------------------------------

# prop form (vocab.PROP_FORMS) -> nouns per language. Clothes are worn, not handled: they are
# looks of whoever wears them, not props.
_PROP_TABLE: dict[str, dict[str, str]] = {
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
PROPS: dict[str, dict[str, str]] = {
    lang: {noun: form for form, nouns in table.items() for noun in nouns.split()}
    for lang, table in _PROP_TABLE.items()
}
assert all(form in vocab.PROP_FORMS for t in _PROP_TABLE.values() for form in t)
# Containers whose "de"/"of" phrase says what they hold ("une caisse de pain", "una botella de vino").
_CONTAINERS = frozenset(("caja", "bolsa", "botella", "taza", "vaso", "saco", "cesta", "caisse", "boîte", "sac",
                         "bouteille", "tasse", "verre", "panier", "kiste", "flasche", "korb", "sack", "scatola",
                         "cassa", "bottiglia", "tazza", "bicchiere", "borsa", "cesto", "caixa", "garrafa", "copo",
                         "xícara", "cesto", "sacola", "frasco", "flacon"))
_OF = {"es": ("de", "con"), "fr": ("de", "d'", "du", "des"), "de": ("mit", "voll"), "it": ("di", "del", "della", "con"),
       "pt": ("de", "do", "da", "com")}


def _prop_noun(word: str, lang: str) -> str | None:
    table = PROPS[lang]
    if word in table:
        return word
    for candidate in (word[:-1], word[:-2]) if len(word) > 3 else ():
        if candidate in table and len(candidate) > 2:
            return candidate
    if lang == "it" and len(word) > 3:
        for candidate in (word[:-1] + "a", word[:-1] + "o", word[:-1] + "e"):
            if candidate in table:
                return candidate
    return None


def find_props(narrations: list[str], lang: str, places: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """Prop name → (description, form) for each table noun the story counts or points at ("una
    linterna", "la caja de pan", "seinen Koffer"), in the order first named. Places of the story
    (a train it is set in) are not props."""
    props: dict[str, tuple[str, str]] = {}
    dets = _DETERMINERS[lang] | frozenset(_CONTRACTIONS[lang])
    for narration in narrations:
        tokens = _tokens(narration)
        words = [_clean(t.group(0)) for t in tokens]
        for i, word in enumerate(words):
            noun = _prop_noun(word, lang)
            if noun is None or noun in places:
                continue
            # A determiner just before it, or one word (an adjective) between: "una vieja linterna".
            if not (i >= 1 and words[i - 1] in dets or i >= 2 and words[i - 2] in dets):
                continue
            if lang == "de" and not tokens[i].group(0)[:1].isupper():
                continue  # German nouns are capitalised: "wagen" (to dare) is no car
            described = tokens[i].group(0)
            if i >= 2 and words[i - 2] in dets and words[i - 1] not in dets:
                described = f"{tokens[i - 1].group(0)} {described}"
            if noun in _CONTAINERS and i + 2 < len(words) and words[i + 1] in _OF[lang]:
                described = f"{described} {tokens[i + 1].group(0)} {tokens[i + 2].group(0)}".replace("' ", "'")
            name = tokens[i].group(0) if lang == "de" else noun
            name = noun.capitalize() if lang == "de" else name
            if name not in props or props[name][0] == name:
                props[name] = (described if lang == "de" else described.lower(), PROPS[lang][noun])
    return props


# ---- settings -------------------------------------------------------------------------------

# setting feature -> words per language that add it.
_FEATURE_TABLE: dict[str, dict[str, str]] = {
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
_FEATURE_PATTERNS = {lang: {f: _word_pattern(w) for f, w in table.items()} for lang, table in _FEATURE_TABLE.items()}


def place_of_name(name: str, lang: str) -> tuple[str, Place] | None:
    """The table's place noun a location's name ends in ("la vieja cocina" → cocina), last first."""
    for token in reversed(_tokens(name)):
        key = _lookup(_clean(token.group(0)), lang)
        if key is not None:
            return key, PLACES[lang][key]
    return None


def infer_setting(name: str, context: str, lang: str, interior: bool | None = None) -> Setting | None:
    """A location's setting from its name in the story's language (None when the name holds no
    place noun of the tables); ``interior`` from a scene heading overrides the noun's usual side;
    features come from the kind and the story's words about the place."""
    found = place_of_name(name, lang)
    if found is None:
        return None
    _, place = found
    features = list(KIND_FEATURES.get(place.kind, ()))
    lower = f"{name} {context}".lower()
    features += [f for f, pattern in _FEATURE_PATTERNS[lang].items() if pattern.search(lower)]
    return Setting(interior=place.interior if interior is None else interior, kind=place.kind,
                   features=[f for f in vocab.SETTING_FEATURES if f in features])


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


def size_cue(narration: str, lang: str) -> str | None:
    """A shot size the writer names in the story's language ("Primer plano: ...", "Totale")."""
    lower = narration.lower().replace("’", "'")
    hits = []
    for cue, size in SHOT_SIZE_CUES[lang]:
        m = re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", lower)
        if m:
            hits.append((m.start(), -len(cue), size))
    return min(hits)[2] if hits else None
