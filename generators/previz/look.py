"""How each entity looks in the animatic: colours read from its description, hash fallback.

An entity's look depends only on the entity itself (id, kind, description), never on the shot, so a
character wears the same colours in every shot and on its reference card. Colour words are matched
to the garment they describe ("red coat", "dark blue dress", "grey-haired", "红色外套", "白发");
whatever the description leaves open is picked from a palette by a hash of the entity id.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from director.plan import Entity
from generators.previz.forms import default_fur, entity_form

RGB = tuple[int, int, int]

# Base colour words (English) -> RGB.
_COLOURS_EN: dict[str, RGB] = {
    "red": (196, 40, 40), "crimson": (170, 20, 50), "scarlet": (220, 36, 30),
    "maroon": (120, 24, 36), "burgundy": (128, 20, 48), "pink": (236, 130, 170),
    "orange": (236, 128, 30), "amber": (230, 160, 30), "yellow": (236, 206, 50),
    "gold": (212, 170, 50), "golden": (212, 170, 50), "blonde": (232, 204, 120),
    "blond": (232, 204, 120), "green": (50, 150, 70), "olive": (110, 120, 50),
    "emerald": (30, 140, 90), "teal": (30, 128, 128), "turquoise": (60, 196, 190),
    "cyan": (60, 200, 220), "blue": (40, 80, 196), "navy": (28, 40, 100),
    "azure": (60, 140, 230), "purple": (120, 50, 160), "violet": (140, 80, 200),
    "lavender": (180, 160, 220), "magenta": (200, 40, 160), "brown": (120, 76, 40),
    "tan": (196, 160, 110), "beige": (220, 200, 160), "khaki": (190, 176, 120),
    "cream": (240, 230, 200), "ivory": (240, 236, 214), "white": (236, 236, 236),
    "silver": (190, 194, 200), "grey": (128, 128, 132), "gray": (128, 128, 132),
    "charcoal": (60, 62, 66), "black": (30, 30, 34), "auburn": (150, 60, 30),
    "ginger": (200, 90, 40), "copper": (184, 100, 50),
}
_COLOURS_ZH: dict[str, RGB] = {
    "红": (196, 40, 40), "赤": (196, 40, 40), "粉": (236, 130, 170), "橙": (236, 128, 30),
    "黄": (236, 206, 50), "金": (212, 170, 50), "绿": (50, 150, 70), "青": (30, 128, 128),
    "蓝": (40, 80, 196), "紫": (120, 50, 160), "棕": (120, 76, 40), "褐": (120, 76, 40),
    "黑": (30, 30, 34), "白": (236, 236, 236), "灰": (128, 128, 132), "银": (190, 194, 200),
}
# Colour and garment words of the other languages the planner reads (Spanish, French, German,
# Italian, Portuguese), as base forms: the colour's English word, or the garment's slot. Words
# that are English words too with another meaning ("rot", "rose") are left out.
_COLOUR_STEMS_EU: dict[str, str] = {
    "roj": "red", "rouge": "red", "rossa": "red", "rosso": "red", "rossi": "red", "rosse": "red",
    "vermelh": "red", "azul": "blue", "bleu": "blue", "blau": "blue", "blu": "blue", "azzurr": "blue",
    "verde": "green", "verdi": "green", "vert": "green", "grün": "green", "amarill": "yellow",
    "jaune": "yellow", "gelb": "yellow", "giall": "yellow", "amarel": "yellow", "negr": "black",
    "noir": "black", "schwarz": "black", "ner": "black", "pret": "black", "blanc": "white",
    "blanch": "white", "weiß": "white", "weiss": "white", "bianc": "white", "branc": "white",
    "gris": "grey", "grau": "grey", "grigi": "grey", "cinza": "grey", "cinzent": "grey",
    "canos": "grey", "marrón": "brown", "marron": "brown", "marrone": "brown", "marrom": "brown",
    "brun": "brown", "braun": "brown", "castanh": "brown", "naranja": "orange", "arancione": "orange",
    "laranja": "orange", "morad": "purple", "violet": "purple", "violett": "purple", "lila": "purple", "viola": "purple",
    "rox": "purple", "dorad": "gold", "doré": "gold", "golden": "gold", "dorat": "gold",
    "platead": "silver", "argenté": "silver", "silbern": "silver", "argentat": "silver",
    "prateado": "silver", "rubi": "blonde", "roux": "ginger", "rousse": "ginger", "pelirroj": "ginger",
    "bion": "blonde", "loir": "blonde", "lour": "blonde", "rosad": "pink", "rosa": "pink",
    "grisalh": "grey", "grisonnant": "grey",
}
# Stems that are English words bare ("rot"), so count only with an ending ("roter", "rote").
_INFLECTED_ONLY_EU: dict[str, str] = {"rot": "red"}
_SLOT_WORDS_EU: dict[str, str] = {
    **dict.fromkeys(
        "jersey suéter sueter abrigo chaqueta camisa blusa chubasquero impermeable delantal uniforme capa "
        "túnica poncho pull manteau veste chemise chemisier blouson imperméable tablier vareuse cape "
        "pullover mantel jacke hemd bluse regenjacke schürze uniform umhang maglione cappotto giacca "
        "camicia maglietta grembiule mantello camisola casaco jaqueta avental".split(), "top"),
    **dict.fromkeys("vestido robe kleid vestito abito".split(), "dress"),
    **dict.fromkeys("falda pantalones pantalón jupe pantalon rock hose gonna pantaloni saia calça calças"
                    .split(), "bottom"),
    **dict.fromkeys("pelo cabello barba cheveux barbe haar haare bart capelli cabelo".split(), "hair"),
    **dict.fromkeys("sombrero gorra boina gorro chapeau bonnet casquette béret hut mütze kappe cappello "
                    "berretto chapéu boné".split(), "hat"),
    **dict.fromkeys("zapatos botas chaussures bottes schuhe stiefel scarpe stivali sapatos".split(), "shoes"),
    **dict.fromkeys("bufanda pañuelo écharpe foulard schal sciarpa cachecol lenço".split(), "scarf"),
}
_EU_ENDINGS = ("", "o", "a", "os", "as", "e", "es", "s", "i", "er", "en", "em")


def _european_colour(word: str) -> str | None:
    """The English colour of an inflected colour word ('roter', 'grises', 'verte', 'rossa')."""
    for ending in _EU_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in _COLOUR_STEMS_EU:
            return _COLOUR_STEMS_EU[stem]
        if ending and stem in _INFLECTED_ONLY_EU:
            return _INFLECTED_ONLY_EU[stem]
    return None


def _european_colours(text: str) -> dict[str, RGB]:
    """Slot -> colour from 'un jersey gris', 'eine rote Mütze', 'cheveux blancs': the garment
    within three words before or two after the colour (Romance languages put the colour after)."""
    words = re.findall(r"[^\W\d_]+", text)
    tokens = [w.lower() for w in words]
    found: dict[str, RGB] = {}
    for i, tok in enumerate(tokens):
        # Colour adjectives are written small in all five languages: "Rosa", "Blanca" are names.
        small = words[i].islower()
        colour = _european_colour(tok) if small and tok not in _COLOURS_EN else None
        if colour is None:
            continue
        near = tokens[max(0, i - 3):i][::-1] + tokens[i + 1:i + 3]
        slot = next((_SLOT_WORDS_EU[w] for w in near if w in _SLOT_WORDS_EU), "any")
        found.setdefault(slot, _COLOURS_EN[colour])
    return found


_MODIFIERS = {"dark": 0.6, "deep": 0.7, "light": 1.35, "pale": 1.45, "bright": 1.15}

# Garment words -> the slot of the figure they colour.
_SLOTS_EN: dict[str, str] = {
    **dict.fromkeys(
        "coat jacket shirt blouse sweater jumper hoodie vest tunic robe robes cloak cape uniform "
        "suit top t-shirt tee cardigan parka blazer armor armour kimono overcoat raincoat "
        "trenchcoat poncho apron".split(), "top"),
    **dict.fromkeys("dress gown".split(), "dress"),
    **dict.fromkeys("pants trousers jeans shorts skirt leggings slacks".split(), "bottom"),
    **dict.fromkeys("hair haired ponytail braid braids beard bun curls".split(), "hair"),
    **dict.fromkeys("hat cap helmet beret hood bonnet turban crown".split(), "hat"),
    **dict.fromkeys("shoes boots sneakers sandals heels".split(), "shoes"),
    **dict.fromkeys("scarf tie necktie bowtie shawl".split(), "scarf"),
}
_SLOTS_ZH: dict[str, str] = {
    "连衣裙": "dress", "裙": "dress", "外套": "top", "大衣": "top", "衬衫": "top", "夹克": "top",
    "毛衣": "top", "上衣": "top", "袍": "top", "斗篷": "top", "制服": "top", "西装": "top",
    "卫衣": "top", "衣": "top", "裤": "bottom", "头发": "hair", "发": "hair", "帽": "hat",
    "鞋": "shoes", "靴": "shoes", "围巾": "scarf", "领带": "scarf",
}
# Single words that set a slot on their own.
_STANDALONE_EN: dict[str, tuple[str, RGB]] = {
    "blonde": ("hair", _COLOURS_EN["blonde"]), "blond": ("hair", _COLOURS_EN["blonde"]),
    "redhead": ("hair", (190, 70, 30)), "brunette": ("hair", (90, 56, 30)),
}

_TOP_PALETTE: list[RGB] = [
    (196, 60, 50), (50, 100, 190), (60, 150, 80), (200, 150, 40), (130, 70, 170),
    (40, 150, 160), (210, 110, 40), (170, 50, 110), (90, 110, 60), (70, 70, 140),
    (180, 90, 90), (60, 130, 200),
]
_BOTTOM_PALETTE: list[RGB] = [
    (50, 56, 80), (70, 60, 50), (40, 40, 44), (100, 90, 70), (60, 80, 110), (90, 60, 60),
]
_HAIR_PALETTE: list[RGB] = [(40, 30, 26), (90, 56, 30), (150, 100, 50), (60, 40, 30), (20, 20, 22)]
_SKIN_PALETTE: list[RGB] = [
    (241, 204, 176), (224, 172, 134), (198, 140, 100), (160, 108, 72), (112, 74, 50),
]
_PROP_PALETTE: list[RGB] = [
    (200, 160, 60), (180, 70, 50), (70, 130, 180), (120, 90, 60), (150, 150, 160), (90, 150, 90),
]
_SKIN_WORDS: dict[str, int] = {"pale": 0, "fair": 0, "olive-skinned": 2, "tanned": 2, "brown-skinned": 3,
                               "dark-skinned": 4}

PropShape = str  # "box" | "round" | "flat" | "bottle" | "long" | "lamp" | "gem"
_PROP_SHAPES: list[tuple[str, tuple[str, ...]]] = [
    ("box", ("bag", "box", "suitcase", "case", "chest", "crate", "briefcase", "package", "backpack",
             "箱", "包", "盒")),
    ("round", ("ball", "orb", "bomb", "clock", "coin", "wheel", "apple", "globe", "moon", "球", "钟")),
    ("flat", ("book", "letter", "paper", "map", "note", "photo", "photograph", "ticket", "card",
              "envelope", "painting", "书", "信", "纸", "图", "票")),
    ("bottle", ("bottle", "cup", "vase", "jar", "mug", "glass", "flask", "potion", "瓶", "杯")),
    ("long", ("sword", "stick", "cane", "umbrella", "key", "knife", "staff", "wand", "rod", "gun",
              "rifle", "pen", "剑", "伞", "钥匙", "刀", "杖")),
    ("lamp", ("lamp", "lantern", "candle", "torch", "light", "灯", "蜡烛")),
]


@dataclass(frozen=True)
class EntityLook:
    """The colours and shape of one entity's figure. Same entity -> same look everywhere."""

    kind: str
    top: RGB
    bottom: RGB
    hair: RGB
    skin: RGB
    shoes: RGB
    hat: RGB | None  # None: no hat
    scarf: RGB | None
    dress: bool  # draw a dress instead of trousers
    long_hair: bool
    prop_shape: PropShape
    prop_colour: RGB
    form: str = "human"  # what is drawn (generators.previz.forms.entity_form)
    fur: RGB = (150, 150, 156)  # body colour of a robot, animal or creature

    @property
    def accent(self) -> RGB:
        """The colour that best identifies the entity (subtitle speaker names, card borders)."""
        if self.kind == "prop":
            return self.prop_colour
        return self.top if self.form in ("human", "child", "voice") else self.fur


def stable_hash(text: str) -> int:
    """A hash that is the same in every process (Python's hash() is salted per run)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def _shade(rgb: RGB, factor: float) -> RGB:
    if factor >= 1.0:  # lighten towards white
        k = factor - 1.0
        return tuple(int(round(c + (255 - c) * min(k, 1.0))) for c in rgb)  # type: ignore[return-value]
    return tuple(int(round(c * factor)) for c in rgb)  # type: ignore[return-value]


def _english_colours(text: str) -> dict[str, RGB]:
    """Slot -> colour from phrases like 'a long dark blue wool coat' or 'grey-haired'."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower())
    # Split hyphenated forms ("grey-haired" -> "grey", "haired") but keep skin words whole.
    tokens: list[str] = []
    for w in words:
        if "-" in w and w not in _SKIN_WORDS:
            tokens.extend(w.split("-"))
        else:
            tokens.append(w)
    found: dict[str, RGB] = {}
    for i, tok in enumerate(tokens):
        if tok in _STANDALONE_EN and not (i + 1 < len(tokens) and tokens[i + 1] in _SLOTS_EN):
            slot, rgb = _STANDALONE_EN[tok]
            found.setdefault(slot, rgb)
            continue
        if tok not in _COLOURS_EN:
            continue
        rgb = _COLOURS_EN[tok]
        if i > 0 and tokens[i - 1] in _MODIFIERS:
            rgb = _shade(rgb, _MODIFIERS[tokens[i - 1]])
        for nxt in tokens[i + 1:i + 4]:  # 'red wool coat', 'blue and white dress'
            if nxt in _SLOTS_EN:
                found.setdefault(_SLOTS_EN[nxt], rgb)
                break
        else:
            found.setdefault("any", rgb)
    return found


def _chinese_colours(text: str) -> dict[str, RGB]:
    """Slot -> colour from phrases like '红色的外套', '蓝裙子', '白发'."""
    found: dict[str, RGB] = {}
    for word in sorted(_SLOTS_ZH, key=len, reverse=True):
        for m in re.finditer(re.escape(word), text):
            before = text[max(0, m.start() - 4):m.start()]
            colour = next((c for c in reversed(before) if c in _COLOURS_ZH), None)
            if colour:
                found.setdefault(_SLOTS_ZH[word], _COLOURS_ZH[colour])
    if not found:
        first = next((c for c in text if c in _COLOURS_ZH), None)
        if first:
            found["any"] = _COLOURS_ZH[first]
    return found


def parse_colours(description: str) -> dict[str, RGB]:
    """Colours named in a description, by figure slot (top, bottom, dress, hair, hat, shoes,
    scarf, or 'any' for a colour with no garment)."""
    found = _chinese_colours(description)
    for slot, rgb in _english_colours(description).items():
        found.setdefault(slot, rgb)
    for slot, rgb in _european_colours(description).items():
        found.setdefault(slot, rgb)
    return found


def _prop_shape(text: str, h: int) -> PropShape:
    low = text.lower()
    for shape, words in _PROP_SHAPES:
        if any(re.search(rf"\b{re.escape(w)}", low) if w.isascii() else w in text for w in words):
            return shape
    return ["box", "round", "gem", "bottle"][h % 4]


def look_for(entity: Entity) -> EntityLook:
    """The deterministic look of an entity, from its description with a hash-of-id fallback."""
    text = f"{entity.name} {entity.description}"
    h = stable_hash(entity.id)
    colours = parse_colours(entity.description or entity.name)
    low = text.lower()

    dress = "dress" in colours or bool(re.search(r"\b(dress|gown|skirt)\b", low)) or "裙" in text
    top = colours.get("dress") or colours.get("top") or colours.get("any") \
        or _TOP_PALETTE[h % len(_TOP_PALETTE)]
    bottom = colours.get("dress") if "dress" in colours else colours.get("bottom")
    if bottom is None:
        bottom = top if dress else _BOTTOM_PALETTE[(h >> 8) % len(_BOTTOM_PALETTE)]
    hair = colours.get("hair") or _HAIR_PALETTE[(h >> 16) % len(_HAIR_PALETTE)]
    skin_index = next((i for w, i in _SKIN_WORDS.items() if w in low), (h >> 24) % len(_SKIN_PALETTE))
    hat_named = bool(re.search(r"\b(hat|cap|helmet|beret|hood|bonnet|turban|crown)\b", low)) or "帽" in text
    hat = colours.get("hat") or ((_shade(top, 0.6)) if hat_named else None)
    scarf_named = bool(re.search(r"\b(scarf|tie|necktie|shawl)\b", low)) or "围巾" in text
    scarf = colours.get("scarf") or ((_shade(top, 1.4)) if scarf_named else None)
    long_hair = dress or bool(re.search(r"\b(long hair|ponytail|braid|braids)\b", low)) or "长发" in text
    prop_colour = colours.get("any") or colours.get("top") or _PROP_PALETTE[h % len(_PROP_PALETTE)]
    form = entity_form(entity)
    fur = colours.get("any") or colours.get("top") or default_fur(form, h >> 32) \
        or _PROP_PALETTE[h % len(_PROP_PALETTE)]
    return EntityLook(
        kind=entity.kind, top=top, bottom=bottom, hair=hair, skin=_SKIN_PALETTE[skin_index],
        shoes=colours.get("shoes") or (36, 30, 28), hat=hat, scarf=scarf, dress=dress,
        long_hair=long_hair, prop_shape=_prop_shape(text, h), prop_colour=prop_colour,
        form=form, fur=fur,
    )
