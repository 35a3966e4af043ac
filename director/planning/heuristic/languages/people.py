"""Who is in a Spanish, French, German, Italian or Portuguese story, what they look like, and who
says each line: one generic reader driven by the word tables of people_words.py.

- Dialogue written with dashes ("—Espera —dijo Tomás—. Voy contigo.", "— Tu viens ? demande
  Léa.") is rewritten into quotation marks before the sentences are read, so the shared quote
  reader (director.text) finds it; «…», „…“, »…« and ‚…‘ are quotation marks there too.
- Characters: capitalised words that act, speak or recur and are never an article, pronoun,
  title, day, month or common word of the language (a word written in lowercase elsewhere, a
  noun after an article); unnamed people, animals and machines by their noun with its article
  ("el pescador", "le boulanger", "der Fischer") when they open a sentence or speak; a kin word
  at a name ("su nieto Pablo") says who that person is.
- Looks: the phrase after a copula, a wearing verb or an apposition ("Tomás era un pescador viejo
  con una gorra azul", "Elle porte un tablier blanc"), in the story's own words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from director.planning.heuristic.languages import reads
from director.planning.heuristic.languages.people_words import KIN, KIN_TRAITS, LANGUAGES, NUMBERS, YEARS

_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_CAPITAL = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞŒ][^\W\d_]*(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]*)?)(?![\w-])")
_DASHES = "—–―"
# Definite article for a noun phrase's name, by the indefinite (or definite) article it came with.
_DEFINITE = {
    "es": {"un": "el", "una": "la", "el": "el", "la": "la", "": "el"},
    "fr": {"un": "le", "une": "la", "le": "le", "la": "la", "l'": "l'", "sa": "la", "ma": "la", "ta": "la", "": "le"},
    "de": {"ein": "der", "eine": "die", "der": "der", "die": "die", "das": "das", "seine": "die", "ihre": "die",
           "meine": "die", "deine": "die", "": "der"},
    "it": {"un": "il", "uno": "lo", "una": "la", "un'": "l'", "il": "il", "lo": "lo", "la": "la", "l'": "l'",
           "sua": "la", "mia": "la", "tua": "la", "": "il"},
    "pt": {"um": "o", "uma": "a", "o": "o", "a": "a", "sua": "a", "minha": "a", "tua": "a", "": "o"},
}
# Adjectives that describe how someone looks, beside the age words of each table.
_LOOK_ADJECTIVES = frozenset(
    "alto alta bajo baja gordo gorda flaco flaca delgado delgada rubio rubia moreno morena calvo calva "
    "pelirrojo pelirroja cansado cansada grand grande petit petite blond blonde brun brune mince gros grosse "
    "maigre roux rousse chauve fatigué fatiguée groß große großer kleine kleiner dünn dünne dicker blonde "
    "blonder rothaarige glatzköpfige müde müder basso bassa grasso grassa magro magra biondo bionda calvo "
    "stanco stanca baixo baixa loiro loira careca cansado cansada ruivo ruiva moustachu moustachue barbu barbue "
    "barbudo barbuda bigotudo bigotuda canoso canosa robusto robusta fornido fornida costaud costaude trapu "
    "trapue kräftig kräftige kräftiger bärtig bärtige bärtiger schlank schlanke schlanker barbuto barbuta "
    "baffuto baffuta bigodudo bigoduda grisalho grisalha forte barrigudo barriguda barrigón barrigona ventru "
    "ventrue dickbäuchig dickbäuchige dickbäuchiger panciuto panciuta".split())
# Colours, which follow the noun they describe ("de boné azul", "con un abrigo rojo", "di lana grigia").
_COLOURS = frozenset(
    "rojo roja rojos rojas azul azules verde verdes negro negra negros negras blanco blanca blancos blancas "
    "gris grises amarillo amarilla marrón rosa morado morada naranja dorado dorada plateado plateada "
    "rouge rouges bleu bleue bleus vert verte verts noir noire noirs blanc blanche blancs grise jaune brun "
    "brune violet violette doré dorée argenté argentée "
    "rosso rossa rossi blu verde neri nero nera bianco bianca bianchi grigio grigia giallo gialla marrone "
    "viola dorato dorata argentato "
    "vermelho vermelha azul verde preto preta branco branca cinza cinzento cinzenta amarelo amarela "
    "marrom roxo roxa laranja dourado dourada prateado prateada".split())


# German nouns for people and animals that take "das" ("ein Kind" is "das Kind"), beside -chen and -lein.
_NEUTER_DE = frozenset("kind baby pferd fohlen pony schwein schaf lamm huhn küken reh wesen monster gespenst "
                       "ungeheuer".split())


_PLURAL_ARTICLES = frozenset("los las unos unas les des i gli os as uns umas".split())


def words(language: str) -> dict:
    """The word tables of a language this package reads."""
    return LANGUAGES[language.lower()[:2]]


def _alternation(items) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


# ---- dialogue written with dashes -------------------------------------------------------------


def quote_dash_dialogue(text: str, language: str) -> str:
    """Rewrite every line that opens with a dash as quoted speech plus its narration:
    '—Espera —dijo Tomás—. Voy contigo.' → '“Espera,” dijo Tomás. “Voy contigo.”';
    '— Tu viens ? demande Léa.' → '“Tu viens ?” demande Léa.'. Other lines are left as they are."""
    if not reads(language):
        return text
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        opening = re.search(rf"(?<=[.!?…])\s+[{_DASHES}]\s*(?=[¿¡«\"“]?[A-ZÀ-ÖØ-Þ])", stripped)
        if stripped[:1] in _DASHES and len(stripped) > 1:
            out.append(_dash_line(stripped[1:].strip(), language))
        elif opening:  # "O senhor sorri. — Eram as flores dela.": narration, then a dash line
            out.append(stripped[: opening.start()] + " " + _dash_line(stripped[opening.end():], language))
        else:
            out.append(line)
    return "\n".join(out)


def _dash_line(body: str, language: str) -> str:
    """One dash turn is one spoken line, its incises the narration after it:
    '—Espera —dijo Tomás—. Voy contigo.' → '“Espera. Voy contigo.” dijo Tomás.'."""
    parts = re.split(rf"\s*[{_DASHES}]\s*", body)  # speech and narration alternate between dashes
    if len(parts) == 1:
        speech, tag = _trailing_tag(body, language)
        return f"“{speech}”" + (f" {tag}" if tag else "")
    said: list[str] = []
    told: list[str] = []
    for index, part in enumerate(parts):
        part = part.strip()
        if index % 2 == 1:  # narration: the punctuation after its closing dash belongs to the speech
            told.append(part.rstrip(".,;:"))
            continue
        lead = re.match(r"^[.,;:]+", part)
        if lead and said:
            if said[-1][-1:] not in ".!?…":
                said[-1] += lead.group(0)
            part = part[len(lead.group(0)):].strip()
        if part:
            said.append(part)
    speech = " ".join(said)
    narration = "; ".join(t for t in told if t)
    return f"“{speech}” {narration}." if narration else f"“{speech}”"


def _trailing_tag(body: str, language: str) -> tuple[str, str]:
    """'Tu viens ? demande Léa.' → ('Tu viens ?', 'demande Léa.'): a speech verb after the line's
    own punctuation starts the narration."""
    verbs = _alternation(words(language)["speech"])
    m = re.search(rf"([,!?…])\s+((?:{verbs})(?:-t)?(?:-\w+)?\b[^.!?]*[.!?]?)\s*$", body)
    if not m:
        return body, ""
    speech = body[: m.start(1)] + (m.group(1) if m.group(1) != "," else ",")
    return speech.strip(), m.group(2).strip()


# ---- characters -------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _tables(language: str) -> dict:
    w = words(language)
    kin = {k.lower() for k in KIN[language[:2]]}
    nouns = set(w["people"]) | set(w["animals"]) | kin
    not_names = set(w["not_names"]) | {v.lower() for v in w["speech"]} | nouns | set(w["titles_m"]) | set(w["titles_f"])
    return {
        "w": w, "kin": kin, "nouns": nouns, "not_names": frozenset(not_names),
        "articles": frozenset(w["articles"]) | frozenset(w["possessives"]),
        "speech_re": _alternation(w["speech"]),
        "noun_re": _alternation(nouns - kin | {k for k in kin if k in w["people"]}),
        "article_re": _alternation(w["articles"]),
        "people_re": _alternation(w["people"]),
        "named_re": _alternation(w["named"]),
        "owner_re": _alternation(set(w["articles"]) | set(w["possessives"])),
        "adjective_re": _alternation(set(w["old"]) | set(w["young"]) | _LOOK_ADJECTIVES)
        # German adjectives before a noun are written in lowercase and inflected: "ein zehnjähriger Junge"
        + (r"|(?-i:[a-zäöüß]+(?:e|er|en|es))" if language[:2] == "de" else ""),
        "age_re": rf"(?:\d{{1,3}}|{_alternation(NUMBERS[language[:2]])})[\s-]*(?:{_alternation(YEARS[language[:2]])})",
    }


@dataclass
class _Capitals:
    """What the capitalised words of a story do, word by word."""
    counts: Counter = field(default_factory=Counter)
    placed: Counter = field(default_factory=Counter)  # after a place preposition ("en Sevilla")
    strong: set = field(default_factory=set)          # spoke, is kin or titled: a name on one mention
    inside: set = field(default_factory=set)          # seen other than at a sentence start
    subject_like: set = field(default_factory=set)    # after a comma or "y": where a subject stands
    never: set = field(default_factory=set)           # after an article or adjective: a noun
    kin_of: dict = field(default_factory=dict)        # "su nieto Pablo": Pablo → nieto
    roles: dict = field(default_factory=dict)         # "el doctor Ramírez": Ramírez → el doctor
    titled: dict = field(default_factory=dict)        # "Madame Roux": Roux → f
    title_of: dict = field(default_factory=dict)      # "Madame Roux": Roux → Madame


def characters(beats: list[dict], language: str, neutral_look: Callable[[str], str]) -> dict[str, dict]:
    """{name: {"description", "gender", "aliases"}} in order of first appearance."""
    all_text = " ".join(b["text"] for b in beats)
    german = language.startswith("de")
    seen = _scan_capitals(beats, language, all_text)
    found: dict[str, dict] = {}
    for beat in beats:  # a screenplay's or shot list's speaker cue names a character ("INÉS: Hoy hace frío.")
        for line in beat.get("dialogue", []):
            if line.get("speaker") and beat.get("source") in ("fountain", "shotlist"):
                found.setdefault(line["speaker"], {"description": "", "gender": "", "aliases": []})
    for beat in beats:
        if beat.get("source") == "fountain":  # "ÉLODIE (40 ans, un pull rouge) fait la vaisselle."
            for m in re.finditer(r"\b([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+)\s*\(([^)]+)\)", beat["narration"]):
                info = next((i for n, i in found.items() if n.lower() == m.group(1).lower()), None)
                if info is not None and not info["description"]:
                    info["description"] = m.group(2).strip()
    for word, count in seen.counts.items():
        if word in seen.never or seen.placed[word] == count:
            continue
        if word in seen.strong or (count >= 2 and (word in seen.inside or not german)) or (
                count == 1 and (word in seen.subject_like or _addressed(word, all_text)) and not german
                and _acts(word, all_text)):
            found[word] = {"description": "", "gender": "", "aliases": []}
    _who_they_are(found, seen, beats, language, neutral_look)
    for name, info in _unnamed(beats, language, neutral_look, found).items():
        if not any(name.split()[-1].lower() in (n.lower(), *[a.lower() for a in i["aliases"]]) for n, i in found.items()):
            found.setdefault(name, info)
    _unnamed_looks(found, beats, language)
    _join_full_names(found, seen, all_text, language)
    _merge_introductions(found, beats, language)
    return dict(sorted(found.items(), key=lambda kv: _first(kv[0], kv[1], all_text)))


# Saints' names name places in these languages (San Telmo, Santa Cruz, São Paulo, Sankt Pauli).
_SAINTS = frozenset({"san", "santa", "santo", "são", "sao", "saint", "sainte", "sankt", "st", "ste"})


def _scan_capitals(beats: list[dict], language: str, all_text: str) -> _Capitals:
    t = _tables(language[:2])
    w = t["w"]
    german = language.startswith("de")
    # A word the story also writes in lowercase is a common word (German capitalises its nouns).
    lowercase = {m.lower() for m in re.findall(r"(?<![\w'’-])[a-zà-öø-ÿ][^\W\d_]*", all_text)}
    titles = set(w["titles_m"]) | set(w["titles_f"])
    openers = set(w["and"]) | {"entonces", "alors", "dann", "poi", "então"}
    prepositions = set(w["places_before"]) | ({"mit", "ohne", "vor", "für", "gegen"} if german else set())
    seen = _Capitals()
    for beat in beats:
        for sentence in _clauses(beat["narration"]):
            for m in _CAPITAL.finditer(sentence):
                word = m.group(1)
                low = word.lower()
                before = re.findall(_WORD, sentence[: m.start()])
                prev = before[-1].lower() if before else ""
                start = not before or (len(before) == 1 and prev in openers)
                if prev in titles and low not in t["not_names"]:
                    seen.titled[word] = "m" if prev in w["titles_m"] else "f"
                    seen.title_of.setdefault(word, before[-1])
                    seen.strong.add(word)
                if low.split("-")[0] in _SAINTS or prev in _SAINTS:
                    seen.never.add(word)  # "el muelle de San Telmo", "Saint-Malo": a saint names a place
                    continue
                given = re.search(rf"(?:{t['named_re']})\s*$", sentence[: m.start()], re.I)
                if (low in t["not_names"] or (low in lowercase and not german)) and not given:
                    continue  # but "il gatto di nome Micio": a word a naming word gives is a name
                if prev in set(w["articles"]) or prev == "l":  # "l'Homme"; "d'Hélène" is "of Hélène"
                    seen.never.add(word)
                    continue
                if german and before and before[-1][:1].islower() and re.search(r"(?:e|en|er|es|em)$", prev) \
                        and prev not in w["not_names"] and not re.fullmatch(t["speech_re"], prev) \
                        and not (len(before) >= 2 and before[-2][:1].isupper()):  # "Im Garten rollen Tom": a verb
                    seen.never.add(word)  # "eine alte Leuchtturmwärterin": a noun after its adjective
                    continue
                seen.counts[word] += 1
                if prev in prepositions:
                    seen.placed[word] += 1
                if not start:
                    seen.inside.add(word)
                if prev in w["and"] or sentence[: m.start()].rstrip().endswith(","):
                    seen.subject_like.add(word)  # "y Carmen los saludó", "Dans le wagon, Margaux accorde"
                after = sentence[m.end(): m.end() + 80]
                if re.match(r"\s*,[^,.;:!?]{1,40},\s+[a-zà-öø-ÿ]", after):
                    seen.strong.add(word)  # "Yasmine, douze ans, court": a person between commas, then acting
                if re.match(rf"\s*,\s*(?:{t['article_re']})\s+(?:[^\W\d_]+\s+)?(?:{t['people_re']})(?!\w)", after, re.I):
                    seen.strong.add(word)  # "Lucía, una enfermera joven,": only a person gets an apposition
                if re.match(rf"\s*(?:,[^,]{{1,40}},)?\s+(?:{t['speech_re']})\b", after) or re.search(
                        rf"(?:{t['speech_re']})(?:-t)?\s+$", sentence[: m.start()]):
                    seen.strong.add(word)
                _kin_or_role(seen, word, before, sentence[: m.start()], t, after)
                if german and start and re.match(r"\s+[a-zäöüß]", after):
                    seen.inside.add(word)  # "Mia öffnet": a subject before its verb
    return seen


def _kin_or_role(seen: _Capitals, word: str, before: list[str], text_before: str, t: dict, after: str = "") -> None:
    """A kin word or role right before a name says who that person is."""
    w = t["w"]
    prev = before[-1].lower() if before else ""
    # "un galgo flaco llamado Trueno", "ein Hund namens Bello": the noun phrase before the naming word
    named = _named_by(text_before, t)
    if named:
        seen.roles[word] = named
        seen.strong.add(word)
        return
    if prev in w["animals"] and len(before) >= 2 and before[-2].lower() in t["owner_re"].split("|"):
        seen.roles[word] = f"{before[-2]} {before[-1]}"  # "son chien Rex", "sua égua Estrela"
        seen.strong.add(word)
        return
    if prev in t["kin"] and len(before) >= 2 and before[-2].lower() in set(w["possessives"]) | set(w["articles"]):
        seen.kin_of[word] = before[-1]  # "su nieto Pablo", "seine Tochter Mia"
        seen.strong.add(word)
    elif (prev in w["people"] or prev in t["kin"]) and before[-1][:1].isupper() and len(before) == 1 \
            and prev not in w["titles_m"] + w["titles_f"]:
        seen.roles[word] = before[-1]  # "Nonna Rosa", "Tante Marie": a kin word used as a title
        seen.strong.add(word)
    elif len(before) >= 2 and (prev in w["people"] or (
            w is not LANGUAGES["de"] and before[-1][:1].islower()  # German writes every noun so: "dem Kind Brot"
            and before[-2].lower() in w["articles"] and prev not in t["not_names"] | set(w["places_before"])
            and (len(before) < 3 or before[-3].lower() not in w["places_before"])  # "en la calle Mayor"
            and re.match(r"\s+(?:[a-zà-öø-ÿ]{3,}|[A-ZÀ-ÖØ-Þ][^\W\d_]+\s+[a-zà-öø-ÿ]{3,})", after))):  # and acts
        # "Der alte Fischer Jürgen", "el viejo pescador Tomás": the role phrase describes him;
        # "el farero Ignacio", "il capotreno Marco": an article, a noun, a name is a role the tables lack
        role = re.search(rf"(?:(?<=\s)|^)((?:{t['article_re']})\s+(?:[^\W\d_]+\s+)?{re.escape(before[-1])})\s*$",
                         text_before, re.I)
        if role:
            seen.roles[word] = role.group(1)
            seen.strong.add(word)


def _named_by(text_before: str, t: dict) -> str:
    """The noun phrase a naming word gives its name to: 'Su perro, un galgo flaco llamado' → 'Su perro,
    un galgo flaco'; 'Una niña llega con un perro llamado' → 'un perro' (the nearest phrase with a noun)."""
    naming = re.search(rf"\s*,?\s+(?:{t['named_re']})\s*$", text_before, re.I)
    if not naming:
        return ""
    head = text_before[: naming.start()]
    for article in reversed(list(re.finditer(rf"(?<![\w'’])(?:{t['owner_re']})\s+", head, re.I))):
        phrase = head[article.start():]
        if len(phrase) > 60 or re.search(r"[.;:!?“”«»„]", phrase):
            return ""
        if any(w.lower() in t["nouns"] for w in re.findall(_WORD, phrase)):
            # "Su perro, un galgo flaco": an apposition names the same one twice
            owner = re.search(rf"(?:^|(?<=\s))((?:{t['owner_re']})\s+{_WORD}(?:\s+{_WORD})?),\s*$",
                              head[: article.start()], re.I)
            return (owner.group(1) + ", " if owner else "") + phrase
    return ""


def _who_they_are(found: dict[str, dict], seen: _Capitals, beats: list[dict], language: str,
                  neutral_look: Callable[[str], str]) -> None:
    """Descriptions, genders and aliases of the named: roles, kin, titles, looks and pronouns."""
    w = words(language)
    for word, gender in seen.titled.items():
        if word in found:
            found[word]["gender"] = gender
            found[word]["aliases"].append(f"{seen.title_of[word]} {word}")  # "Doña Rosa" is Rosa
    for word, role in seen.roles.items():
        if word in found:
            found[word]["description"] = role[:1].lower() + role[1:] if language[:2] != "de" else role
            found[word]["gender"] = _phrase_gender(role, language)
            # "el doctor Ramírez" is "el doctor" after; "su perro, un galgo flaco llamado Trueno" is "el perro"
            nouns = [n for n in re.findall(_WORD, role) if n.lower() in _tables(language[:2])["nouns"]]
            found[word]["aliases"].append(nouns[0] if nouns else role.split()[-1])
    for word, kin in seen.kin_of.items():
        if word in found:
            gender, age = w["people"].get(kin.lower()) or KIN_TRAITS.get(kin.lower(), ("", ""))
            found[word]["gender"] = found[word]["gender"] or gender
            found[word]["description"] = f"{kin}; " + neutral_look("child" if age == "child" else "")
            found[word]["aliases"].append(kin)
    for name, info in found.items():
        looks = _looks(name, beats, language, found)
        if looks:  # who they are ("Enkel", "el doctor") first: the form reads the head of it
            who = info["description"].split(";")[0] if info["description"] else ""
            info["description"] = "; ".join(dict.fromkeys(([who] if who else []) + looks))
        info["gender"] = info["gender"] or _named_gender(name, beats, language, found) or _phrase_gender(
            info["description"], language)


def _unnamed_looks(found: dict[str, dict], beats: list[dict], language: str) -> None:
    """'Un ragazzo corre nel cortile. Ha una maglietta a righe.': a wearing or copula sentence with
    no name of its own, right after one an unnamed person opens, describes that person."""
    t = _tables(language[:2])
    w = t["w"]
    art = _alternation(w["articles"] + w["possessives"])
    phrase = rf"((?:{art})\s+[^.,;:!?“”\"«»„]{{2,80}})"
    pronouns, wear = _alternation(w["she"] + w["he"]), _alternation(w["wear"])
    unnamed = {a.lower(): name for name, info in found.items() if info.get("unnamed") for a in info["aliases"]}
    names = [n for n, info in found.items() if not info.get("unnamed")]
    last = ""  # a paragraph may be read as one beat per sentence: the person carries over
    for beat in beats:
        for sentence in _clauses(beat["narration"]):
            if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence) for n in names):
                last = ""
                continue
            said = re.match(rf"\s*(?:(?:{pronouns})\s+)?(?:{wear})\s+{phrase}", sentence, re.I)
            if last and said and last in found:
                info = found[last]
                look = _trim(said.group(1), language)
                if look and look not in info["description"]:
                    head = info["description"].split("; ")[0] if "no description in the story" in info["description"] \
                        else info["description"]
                    info["description"] = f"{head}, {look}"
            opener = re.match(rf"\s*(?:{art})\s+({_WORD})(?:\s+({_WORD}))?", sentence, re.I)
            heads = [g.lower() for g in (opener.groups() if opener else ()) if g]  # "Un ragazzo", "Una vieja pescadora"
            last = next((unnamed[h] for h in heads if h in unnamed), "")


def _join_full_names(found: dict[str, dict], seen: _Capitals, all_text: str, language: str) -> None:
    """'Greta Lang' is one person, and a later 'Lang' or 'Greta' alone is the same one."""
    t = _tables(language[:2])
    capital = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
    for m in re.finditer(rf"(?<![\w'’-])({capital})[ \t]+({capital})(?![\w'’-])", all_text):
        first, last = m.groups()
        if not (first in found or last in found) or f"{first} {last}" in found:
            continue
        if any(w.lower() in t["not_names"] or w in seen.never or w not in seen.counts for w in (first, last)):
            continue  # "Der Jäger Paul", "Doña Rosa": a noun or a title, then the name
        infos = [found.pop(w) for w in (first, last) if w in found]
        found[f"{first} {last}"] = {
            "description": next((i["description"] for i in infos if i["description"]), ""),
            "gender": next((i["gender"] for i in infos if i["gender"]), ""),
            "aliases": list(dict.fromkeys([first, last, *[a for i in infos for a in i["aliases"]]])),
        }


def _merge_introductions(found: dict[str, dict], beats: list[dict], language: str) -> None:
    """'Un chico entra. Se llama Leo.' / 'Er heißt Tobias.': the name belongs to the unnamed person
    met just before, who becomes one character under that name."""
    w = words(language)
    called = _alternation(w["called"])
    be, owner, kin = _alternation(w["be"]), _alternation(w["possessives"]), _alternation(KIN[language[:2]])
    titles = _alternation(w["titles_m"] + w["titles_f"])
    unnamed_seen: list[str] = []
    for beat in beats:
        narration = beat["narration"]
        for sentence in _clauses(narration):
            for name, info in found.items():
                mentioned = re.search(rf"(?<!\w)(?:{_alternation(info['aliases'])})(?!\w)", sentence, re.I)
                if info.get("unnamed") and mentioned:  # the last one mentioned is the one meant
                    unnamed_seen = [n for n in unnamed_seen if n != name] + [name]
            m = re.search(rf"(?<!\w)(?:{called})\s+({_WORD})", sentence, re.I) or re.match(
                rf"\s*(?:c['’]|es\s+|das\s+)?(?:{be})\s+(?:(?:{owner})\s+(?:{kin})\s+|(?:{titles})\s+"
                rf"|(?:{_alternation(w['articles'])})\s+(?:{_alternation(w['people'])})\s+)?({_WORD})\s*[.!…]",
                sentence, re.I)  # "È sua sorella Chiara.", "É a professora Helena.", "É Seu Zé.": who that was
            if not m or m.group(1) not in found or not unnamed_seen:
                continue
            # "C'était sa sœur Claire": the last one met whose gender does not contradict the name's
            gender = found[m.group(1)]["gender"]
            person = next((p for p in reversed(unnamed_seen) if p in found and p != m.group(1)
                           and (not gender or found[p]["gender"] in ("", gender))), "")
            if not person:
                continue
            target, source = found[m.group(1)], found.pop(person)
            target["aliases"] += [a for a in source["aliases"] + [person] if a not in target["aliases"]]
            if not target["description"] or "no description in the story" in target["description"]:
                # "Es su nieto Mateo": the kin word stays beside the look of the one met
                who = target["description"].split(";")[0] if "; " in target["description"] else ""
                target["description"] = "; ".join(p for p in (who, source["description"]) if p)
            elif "no description in the story" not in source["description"] \
                    and source["description"] not in target["description"]:
                target["description"] += f"; {source['description']}"  # "a professora; uma mulher de vestido branco"
            target["gender"] = target["gender"] or source["gender"]
            unnamed_seen.remove(person)


def _clauses(narration: str) -> list[str]:
    return [c for c in re.split(r"(?<=[.!?…;:])\s+", narration) if c.strip()]


def _addressed(word: str, text: str) -> bool:
    """'—Buenos días, Ana —dice Luis.': a name someone calls out in a line is a person."""
    return re.search(rf"[,¡¿!]\s*{re.escape(word)}\s*[!?.,…]*\s*[”\"»“«]", text) is not None or \
        re.search(rf"[“«„\"]\s*{re.escape(word)}\s*[,!]", text) is not None


def _acts(word: str, text: str) -> bool:
    """A single mention counts when a lowercase word (its verb) follows it."""
    return re.search(rf"(?<![\w]){re.escape(word)}\s+[a-zà-öø-ÿ]{{3,}}", text) is not None


def _first(name: str, info: dict, text: str) -> int:
    positions = [m.start() for form in [name, *info.get("aliases", [])]
                 for m in [re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.I)] if m]
    return min(positions) if positions else len(text)


def _looks(name: str, beats: list[dict], language: str, found: dict[str, dict]) -> list[str]:
    """Look phrases the story writes of a named character: after a copula or a wearing verb whose
    subject is the name or, in the next sentence, a pronoun for it; and an apposition."""
    w = words(language)
    be, wear = _alternation(w["be"]), _alternation(w["wear"])
    pronouns = _alternation(w["she"] + w["he"])
    art = _alternation(w["articles"] + w["possessives"])
    phrase = rf"((?:{art})\s+[^.,;:!?“”\"«»„]{{2,80}})"
    out: list[str] = []
    last_subject = ""
    for beat in beats:
        for sentence in _clauses(beat["narration"]):
            spans = sorted((m.start(), m.end(), n) for n in found
                           for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence)] if m)
            # "Rosa Amador": a given name and the surname right after it are one person here.
            named = [n for k, (start, _, n) in enumerate(spans)
                     if not (k and not sentence[spans[k - 1][1]:start].strip())]
            # The subject: the first name, among the sentence's first few words.
            subject = named[0] if named and (len(named) == 1 or len(re.findall(_WORD, sentence.split(named[0])[0])) <= 4) else ""
            if subject == name:
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?:[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]+)?\s*(?:,\s*{phrase}\s*(?:[,.;!?]|$)|\s+(?:{be})\s+{phrase}|\s+(?:{wear})\s+{phrase})", sentence):
                    piece = next(g for g in m.groups() if g)
                    # "Seu Raimundo, um barqueiro de pele queimada e chapéu de palha,": between commas,
                    # "and" joins more of the look
                    between_commas = m.group(1) is not None and m.group(0).rstrip().endswith(",")
                    out.append(_trim(piece, language, keep_and=between_commas))
            elif not named and last_subject == name:
                # "Elle porte un tablier", and with the pronoun left out: "Es una pescadora vieja"
                m = re.match(rf"\s*(?:(?:{pronouns})\s+)?(?:{wear}|{be})\s+{phrase}", sentence, re.I)
                if m:
                    out.append(_trim(m.group(1), language))
            if subject:
                last_subject = subject
            elif re.match(rf"\s*(?:{art})\s+(?:{_WORD}\s+)?(?:{_tables(language[:2])['noun_re']})(?!\w)", sentence, re.I):
                last_subject = ""  # "Un ragazzo corre.": someone else is the subject now
    return [o for o in out if o]


def _trim(piece: str, language: str, keep_and: bool = False) -> str:
    """A look phrase up to its first clause break ('y salía al mar...' is not a look)."""
    w = words(language)
    if keep_and:
        return " ".join(re.split(r"\s+(?:que|qui|der|die|das|cuando|quand|als|quando)\s+", piece)[0].split()[:12])
    # "una linterna de latón y un abrigo gris": "and" with an article goes on to another thing worn
    piece = re.split(rf"\s+(?:(?:{_alternation(w['and'])})(?!\s+(?:{_alternation(w['articles'])})\s)|que|qui|der|die|das"
                     rf"|who|cuando|quand|als|quando)\s+", piece)[0]
    return " ".join(piece.split()[:9]).strip()


def _named_gender(name: str, beats: list[dict], language: str, found: dict[str, dict]) -> str:
    """'f' or 'm' from the pronoun that opens the sentence after one the name opens."""
    w = words(language)
    previous = ""
    for beat in beats:
        for sentence in _clauses(beat["narration"]):
            first = re.match(rf"\s*({_WORD})", sentence)
            word = first.group(1).lower() if first else ""
            if previous == name and not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence) for n in found):
                if language[:2] == "de" and re.search(r"(?<!\w)(?:ihm|ihn)(?!\w)", sentence):
                    pass  # "Jonas steigt aus. Sie winkt ihm zu.": he is the one she waves to, not she
                elif word in w["she"]:
                    return "f"
                elif word in w["he"]:
                    return "m"
            previous = next((n for n in found if sentence.lstrip().startswith(n)), "")
    return ""


def _phrase_gender(description: str, language: str) -> str:
    w = words(language)
    for word in re.findall(_WORD, description.lower()):
        if word in w["people"] and w["people"][word][0]:
            return w["people"][word][0]
    first = description.split()[:1]
    if first and first[0].lower() in w["female_articles"]:
        return "f"
    if first and first[0].lower() in w["male_articles"]:
        return "m"
    return ""


def _unnamed(beats: list[dict], language: str, neutral_look: Callable[[str], str],
             named: dict[str, dict]) -> dict[str, dict]:
    """People, animals and machines named by a noun with its article that open a clause (they
    act) or follow a speech verb (they speak): 'Le boulanger arrive', 'respondió el pescador'."""
    t = _tables(language[:2])
    w = t["w"]
    german = language.startswith("de")
    flags = re.IGNORECASE
    phrase = re.compile(
        rf"(?<![\w'’])(?P<art>{t['article_re']}|{_alternation(w['possessives'])})\s*(?<=['’\s])(?P<pre>(?:{t['adjective_re']})\s+)?(?P<noun>{t['noun_re']})(?![\w-])"
        rf"(?P<post>\s+(?:{t['adjective_re']})(?![\w-]))?"
        rf"(?P<age>\s+(?:{_alternation(w['of'])})\s+{t['age_re']}(?!\w))?"
        rf"(?P<look>\s+(?:{_alternation(w['with'])})\s+(?:(?:{t['article_re']}|{_alternation(w['possessives'])}|einem|einer)\s+)?"
        + (r"(?-i:(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][^\W\d_]*))?" if german else r"[^\W\d_]+(?:\s+(?!(?:y|e|et|und)\b)[^\W\d_]+)?)?"),
        flags)
    story_text = " ".join(b["text"] for b in beats)
    predicates = {v.lower() for v in w["be"] + w["wear"]}
    prepositions = set(w["places_before"]) | set(w["with"])
    opener = set(w["and"]) | {"entonces", "luego", "alors", "puis", "dann", "da", "poi", "allora", "então", "depois"}
    found: dict[str, dict] = {}
    for beat in beats:
        for clause in re.split(r"(?<=[.!?…;:,])\s+", beat["narration"]):
            for m in phrase.finditer(clause):
                before = re.findall(_WORD, clause[: m.start()])
                speaker = re.search(rf"(?:{t['speech_re']})\s*$", clause[: m.start()], re.I)
                subject = not before or (len(before) == 1 and before[0].lower() in opener)
                # "Una pescadora vieja y su perro buscan": the second of two subjects
                subject = subject or (bool(before) and before[-1].lower() in w["and"] and bool(found)
                                      and not re.search(r"[,;]", clause[: m.start()]))
                # "Después llega el cartero", "Entra la niña": a verb before its subject
                # "Entra una bambina", "Hoy el pescador sale", "Después llega el cartero"
                subject = subject or (not german and len(before) == 1  # not "Es una pescadora": what one is
                                      and before[0].lower() not in prepositions | t["articles"] | predicates)
                subject = subject or (not german and len(before) == 2 and before[-1][:1].islower()
                                      and before[-1].lower() not in t["not_names"] | prepositions
                                      and before[0].lower() in t["not_names"] | opener)
                if german:  # "Dann kommt der Bäcker": a nominative article anywhere names the subject
                    subject = subject or m.group("art").lower() in ("der", "die", "ein", "eine")
                if not (subject or speaker):
                    continue
                head = beat["narration"][: beat["narration"].find(clause)].rstrip()
                # An apposition sits between commas: "Il cane, un vecchio pastore tedesco, dorme"
                owner = re.search(rf"({_WORD})\s*,$", head)
                owned = owner is not None and (owner.group(1) in named or any(
                    owner.group(1).lower() in [a.lower() for a in i["aliases"]] for i in found.values()))
                # "Ao meio-dia, um fiscal barrigudo,": after a time or place it is someone new
                someone = owned or (owner is not None and (owner.group(1).lower() in t["nouns"]
                                                           or owner.group(1)[:1].isupper()))
                if head.endswith(",") and someone and (clause.rstrip().endswith(",") or owned) \
                        and (m.group("art").lower() not in _DEFINITE[language[:2]].values()
                             or (owned and clause.rstrip().endswith(","))):  # "Dona Fátima, a dona da venda,"
                    if owner and owner.group(1) in named:  # "Lucía, una enfermera joven,": who Lucía is
                        named[owner.group(1)]["aliases"].append(m.group("noun"))
                    described = next((i for i in found.values()
                                      if owner and owner.group(1).lower() in [a.lower() for a in i["aliases"]]), None)
                    if described and "; " in described["description"]:  # "el cartero, un hombre alto con bigote"
                        described["description"] = m.group(0).strip()
                    continue  # ", un vecchio pastore tedesco,": what the one before it is
                following = re.match(rf"\s+({_WORD})", clause[m.end():])
                if following and following.group(1) in named:
                    continue  # "la vecina Carmen", "der alte Fischer Jürgen": the role of someone named
                tail = beat["narration"][beat["narration"].find(clause) + m.end():]
                titles = _alternation(w["titles_m"] + w["titles_f"])
                called = re.match(rf"[^,.;:!?]{{0,40}},\s*(?:(?:{titles})\s+)?({_WORD})\s*[,.]", tail, re.I)
                if called and called.group(1) in named and not named[called.group(1)].get("unnamed"):
                    named[called.group(1)]["aliases"].append(m.group("noun"))
                    continue  # "La dueña de la tienda, doña Rosa,": who Rosa is
                # "un vieux contrôleur": an age word before a role the tables lack names that role
                unknown = re.match(r"\s+([a-zà-öø-ÿ]{3,})(?![\w'’-])", clause[m.end("noun"):])
                if (m.group("noun").lower() in set(w["old"]) | set(w["young"]) and unknown and not m.group("post")
                        and unknown.group(1) not in t["not_names"] and _is_noun_after(unknown.group(1), story_text, t)):
                    look = re.match(rf"\s+(?:{_alternation(w['with'])})\s+(?:(?:{t['article_re']})\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?",
                                    clause[m.end("noun") + unknown.end():])
                    _add_unnamed(found, m, language, neutral_look, noun=unknown.group(1), pre=m.group("noun"),
                                 look=look.group(0) if look else "")
                    continue
                start = beat["narration"].find(clause)
                _add_unnamed(found, m, language, neutral_look,
                             look=_apposition_looks(beat["narration"][start + m.end():], m.group("look") or "", t))
    # '«…», ruft der Postbote': whoever a speech tag names by a noun with its article speaks
    noun = r"(?-i:[A-ZÄÖÜ][^\W\d_]{2,})" if german else r"[a-zà-öø-ÿ][^\W\d_]{2,}"
    tagged = re.compile(rf"(?<!\w)(?:{t['speech_re']})\s+(?P<art>{t['article_re']})(?:\s+|(?<=['’]))"
                        rf"(?P<pre>(?:{t['adjective_re']})\s+)?(?P<noun>{noun})"
                        r"(?![\w-])(?P<post>)(?P<look>)", re.IGNORECASE)
    for beat in beats:
        for m in tagged.finditer(beat["text"]):
            if m.group("noun").lower() not in t["not_names"] and not m.group("noun").lower().endswith(("mente", "ment")) \
                    and m.group("art").lower() not in _PLURAL_ARTICLES \
                    and _by_a_quote(beat["text"], m):  # "ordena los periódicos", "pede um café": not speech
                _add_unnamed(found, m, language, neutral_look)
    return found


def _apposition_looks(after: str, look: str, t: dict) -> str:
    """Looks written after a person's noun: 'de pelo canoso, con un chubasquero amarillo,' (each
    closed by a comma) or 'con una maglietta a righe'; the look the noun phrase already holds otherwise."""
    w = t["w"]
    preps = _alternation(set(w["with"]) | set(w["of"]))
    chunks = []
    rest = after[len(look):] if look and after.startswith(look) else after
    # "una anciana menuda, de ojos grises,": an adjective the tables lack, then the appositions
    adjective = re.match(rf"\s+([a-zà-öø-ÿ]+)(?=\s*,\s*(?:{preps})\s+[^,.;:!?]{{1,60}},)", rest) if not look else None
    if adjective:
        look, rest = adjective.group(1), rest[adjective.end():]
    while m := re.match(rf"\s*,\s*((?:{preps})\s+[^,.;:!?“”«»„\"]{{1,60}}?)\s*(?=,)", rest, re.I):
        chunks.append(m.group(1))  # "un homme maigre, de chapeau de cuir et barbe grise,"
        rest = rest[m.end():]
    if chunks:
        return ", ".join([look.strip(), *chunks] if look else chunks).strip()
    # "con una maglietta a righe": the look's noun and the one its own "of" joins to it
    last = re.search(rf"\s+(?:{_alternation(w['of'])})$", look, re.I)
    if last:
        look, rest = look[: last.start()], look[last.start():] + rest
    joined = re.match(rf"\s+(?:{_alternation(w['of'])})\s+[^\W\d_]+(?![\w-])", rest, re.I)
    if not look:  # "um velho de boné azul": a thing worn, named by "of", and its colour
        worn = re.match(rf"\s+(?:{_alternation(w['of'])})\s+(?-i:[a-zà-öø-ÿ]{{3,}})(?:\s+(?:{_alternation(_COLOURS)})(?![\w-]))?",
                        rest)
        if worn and worn.group(0).split()[1].lower() not in t["not_names"] | {"años", "ans", "anni", "anos"} \
                and not re.search(r"\d", worn.group(0)):
            return worn.group(0).strip()
    return (look + joined.group(0)).strip() if look and joined and not re.search(r"\s\S+\s\S+\s\S+\s\S+", look) \
        else look.strip()


def _by_a_quote(text: str, tag: re.Match) -> bool:
    """A speech tag sits right after its quote ('«…», ruft der Postbote') or opens one ('grita el niño: «…»')."""
    return re.search(r"[”\"»«“„‘’!?…]\s*,?\s*$", text[: tag.start()]) is not None or \
        re.match(r"\s*[:,]?\s*[«“„\"‚»]", text[tag.end():]) is not None


def _is_noun_after(word: str, text: str, t: dict) -> bool:
    """A word the story also writes after an article ("le contrôleur") is a noun, not a verb."""
    return re.search(rf"(?<![\w])(?:{t['article_re']})\s*{re.escape(word)}(?!\w)", text, re.I) is not None


def _add_unnamed(found: dict[str, dict], m: re.Match, language: str, neutral_look: Callable[[str], str],
                 noun: str = "", pre: str = "", look: str = "") -> None:
    w = words(language)
    art, noun = m.group("art").lower(), noun or m.group("noun")
    key = noun.lower()
    gender, age = w["people"].get(key) or KIN_TRAITS.get(key, ("", ""))
    if not gender:
        gender = "f" if art in w["female_articles"] or art == "la" else "m" if art in w["male_articles"] else ""
    pre, post = pre or (m.group("pre") or "").strip(), (m.group("post") or "").strip() if not pre else ""
    if any(a in w["old"] for a in (pre.lower(), post.lower())):
        age = "old"
    definite = _DEFINITE[language[:2]].get(art, _DEFINITE[language[:2]][""])
    if language[:2] == "de" and art in ("ein", "das") and (key in _NEUTER_DE or key.endswith(("chen", "lein"))):
        definite = "das"  # "ein Mädchen" is "das Mädchen"
    if language[:2] in ("fr", "it") and definite in ("le", "la", "il", "lo") and re.match(r"[aeiouàâéèêîôûh]", key):
        definite = "l'"  # "un homme" is "l'homme", "un uomo" is "l'uomo"
    name = f"{definite}{'' if definite.endswith(chr(39)) else ' '}{noun}"
    if name in found or any(key in [a.lower() for a in info["aliases"]] for info in found.values()):
        return
    said_age = (m.groupdict().get("age") or "").strip()
    years = age_in(said_age or pre, language)
    if years is not None:  # "un niño de 8 años", "ein zehnjähriger Junge"
        age = "child" if years < 13 else "old" if years >= 65 else ""
    words_said = " ".join(p for p in (m.group("art").lower(), pre, noun, post, said_age) if p)
    look = (look or m.group("look") or "").strip()
    form = w["animals"].get(key, "")
    if look or pre or post or said_age:
        description = f"{words_said}{', ' if look.startswith(tuple(w['of'])) and ', ' in look else ' '}{look}".strip()
    else:
        description = f"{words_said}; " + neutral_look(form if form and form != "robot" else "child" if age == "child" else form)
    found[name] = {"description": description, "gender": gender, "aliases": [noun], "unnamed": True}


def age_in(text: str, language: str) -> int | None:
    """An age the text gives in the language: 'de 8 años', 'de douze ans', 'zehnjähriger', 'di dodici anni'."""
    if not reads(language) or not text:
        return None
    numbers = NUMBERS[language[:2]]
    number = rf"\d{{1,3}}|{_alternation(numbers)}"
    m = re.search(rf"(?<![\w-])({number})[\s-]*(?:{_alternation(YEARS[language[:2]])})(?!\w)", text, re.I) or \
        re.search(rf"(?<![\w-])({number})-?jährig", text, re.I)
    if not m:
        return None
    said = m.group(1).lower()
    return int(said) if said.isdigit() else numbers.get(said)


# ---- who speaks --------------------------------------------------------------------------------


def speaker_in(text: str, characters: dict[str, dict], language: str) -> tuple[str, str]:
    """(name, "") when a speech tag names a character ('dit Hélène', 'Tomás dijo', 'rief der
    Fischer'), ("", "f"/"m") when it names a pronoun ('dit-elle', 'sagte er'), else ("", "")."""
    t = _tables(language[:2])
    w = t["w"]
    narration = re.sub(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|»[^«]*«|‚[^‘]*‘", " ¶ ", text)
    verb = rf"(?:{t['speech_re']})"
    art = rf"(?:(?:{t['article_re']})\s*)?(?:[^\W\d_]+\s+)?"
    for name, info in characters.items():
        forms = _alternation([name, *info.get("aliases", [])])
        if re.search(rf"{verb}(?:-t)?\s+{art}(?:{forms})(?!\w)|(?<!\w)(?:{forms})(?:,[^,]{{1,40}},)?\s+(?:\w+\s+)?{verb}(?!\w)"
                     rf"|(?<!\w)(?:{forms})\s*:\s*¶", narration, re.I):
            return name, ""
    pronoun = re.search(rf"{verb}(?:-t)?[-\s]+({_alternation(w['she'] + w['he'])})(?!\w)"
                        rf"|(?<!\w)({_alternation(w['she'] + w['he'])})\s+(?:\w+\s+)?{verb}(?!\w)", narration, re.I)
    if pronoun:
        said = (pronoun.group(1) or pronoun.group(2)).lower()
        return "", "f" if said in w["she"] else "m"
    return "", ""


def she_or_they(narration: str) -> tuple[bool, bool]:
    """German 'sie' is 'she' or 'they'; its verb tells which: (she, they). 'Sie sind müde', 'Dann
    gehen sie' (a plural verb in -en) are they; 'sie lacht', 'sie ist' (or no verb beside it) she."""
    she = they = False
    for m in re.finditer(r"(?<!\w)sie(?!\w)", narration, re.I):
        after = re.match(r"\s+(?:sich\s+|auch\s+|nicht\s+|noch\s+){0,2}([^\W\d_]+)", narration[m.end():])
        before = re.search(r"([^\W\d_]+)\s+$", narration[: m.start()])
        plural = (after is not None and re.fullmatch(r"sind|waren|[a-zäöüß]{2,}en|[a-zäöüß]{2,}ten", after.group(1))
                  and after.group(1) not in ("ihren", "ihnen", "einen", "den", "dem", "zwischen", "oben", "unten"))
        plural = plural or (before is not None and m.start() > 0 and narration[m.start()].islower()
                            and re.fullmatch(r"sind|waren|[a-zäöüß]{2,}en", before.group(1)) is not None
                            and before.group(1) not in ("den", "einen", "ihren", "zwischen"))
        they, she = they or bool(plural), she or not plural
    return she, they


def pronoun_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(she-words, he-words, they-words) of the language."""
    w = words(language)
    return w["she"], w["he"], w["they"]


# ---- what the shared stages read -----------------------------------------------------------------


@lru_cache(maxsize=8)
def trait_words(language: str) -> dict[str, tuple[str, ...]]:
    """Words that tell a character's sex and age in the language (for voices): {"female", "male",
    "child", "old"}; empty tuples for a language without tables."""
    if not reads(language):
        return {"female": (), "male": (), "child": (), "old": ()}
    w = words(language)
    people = {**{k: v for k, v in KIN_TRAITS.items()}, **{k.lower(): v for k, v in w["people"].items()}}
    return {
        # Not articles: "un tablier blanc" is an apron's article, not the wearer's.
        "female": tuple(k for k, (g, _) in people.items() if g == "f") + w["she"] + tuple(w["titles_f"]),
        "male": tuple(k for k, (g, _) in people.items() if g == "m") + w["he"] + tuple(w["titles_m"]),
        "child": tuple(k for k, (_, a) in people.items() if a == "child"),
        "old": tuple(k for k, (_, a) in people.items() if a == "old") + w["old"],
    }


@lru_cache(maxsize=4096)
def form_word(word: str, language: str) -> str | None:
    """The body form a word of the language names ('perro' → dog, 'Roboter' → robot, 'niña' → child)."""
    if not reads(language):
        return None
    w = words(language)
    low = word.lower()
    if low in w["animals"]:
        return w["animals"][low]
    person = w["people"].get(low) or KIN_TRAITS.get(low)
    if person and person[1] == "child":
        return "child"
    return None
