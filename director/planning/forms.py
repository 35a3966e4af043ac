"""What a character's body or a prop's silhouette is, guessed from its name and description.

Any planner may call ``character_form`` / ``prop_form``; the shared "forms" finish stage
(``fill_forms``) fills every entity whose form is still empty, so LLM plans get forms too. The
guess reads the name first (the "robot" in "the robot"), then the head of the description (the
"fox" in "a little fox with a white tail"), never a thing the description merely mentions
("a woman with a cat" is a woman). Words come from director.vocab; synonyms map onto them.
"""

from __future__ import annotations

import re

from director import vocab
from director.ingest import Story
from director.plan import FilmPlan
from director.planning.heuristic.languages import people as other_languages

# Words naming a body that is only heard: a ship's computer that speaks, a voice on the radio.
VOICE_WORDS = frozenset({
    "computer", "ai", "a.i.", "voice", "intercom", "announcer", "narrator", "system", "mainframe",
    "assistant", "speaker", "loudspeaker", "radio", "hologram", "oracle",
    "wind", "breeze",  # a wind that whispers is heard, not drawn
})
ROBOT_WORDS = frozenset({"robot", "android", "droid", "automaton", "cyborg", "machine", "drone", "mech", "bot"})
# Small flying machines: a body of their own (vocab "drone"), not a person-sized robot.
DRONE_WORDS = frozenset({"drone", "drones", "quadcopter", "quadrotor", "minidrone", "microdrone"})
CHILD_WORDS = frozenset({
    "child", "boy", "girl", "kid", "baby", "toddler", "infant", "schoolgirl", "schoolboy",
    "youngster", "lad", "lass", "grandson", "granddaughter",
})
CREATURE_WORDS = frozenset({
    "creature", "monster", "alien", "ghost", "spirit", "troll", "goblin", "giant", "ogre", "demon",
    "beast", "fairy", "elf", "dwarf", "witch", "wizard", "unicorn", "phantom", "mermaid",
    "werewolf", "vampire", "golem", "imp", "sprite",
})
# Plants and things that only become characters by speaking or acting ("said the old tree"):
# a body no animal form fits, drawn as a creature with that shape. Words that are also first
# names (Rose, Willow, Ash, River) are left out.
THING_WORDS = frozenset({
    "tree", "oak", "birch", "pine", "elm", "yew", "cedar", "plant", "flower", "mushroom", "rock",
    "boulder", "mountain", "mirror", "clock", "statue", "scarecrow", "teapot", "candle", "lamp", "puppet",
})
# Synonyms of the animal forms in vocab.CHARACTER_FORMS.
ANIMAL_SYNONYMS: dict[str, str] = {
    "kitten": "cat", "kitty": "cat", "tomcat": "cat", "puppy": "dog", "hound": "dog", "pup": "dog",
    "mutt": "dog", "pony": "horse", "stallion": "horse", "mare": "horse", "foal": "horse",
    "colt": "horse", "donkey": "horse", "mule": "horse", "sparrow": "bird", "robin": "bird",
    "eagle": "bird", "hawk": "bird", "gull": "bird", "seagull": "bird", "pigeon": "bird",
    "dove": "bird", "parrot": "bird", "swan": "bird", "raven": "crow", "magpie": "crow",
    "vixen": "fox", "cub": "bear", "bunny": "rabbit", "hare": "rabbit", "rat": "mouse",
    "hamster": "mouse", "stag": "deer", "doe": "deer", "fawn": "deer", "reindeer": "deer",
    "bull": "cow", "calf": "cow", "ox": "cow", "piglet": "pig", "boar": "pig", "lamb": "sheep",
    "ram": "sheep", "kid-goat": "goat", "salmon": "fish", "trout": "fish", "carp": "fish",
    "goldfish": "fish", "shark": "fish", "whale": "fish", "dolphin": "fish", "ape": "monkey",
    "gorilla": "monkey", "chimp": "monkey", "chimpanzee": "monkey", "lioness": "lion",
    "cheetah": "tiger", "leopard": "tiger", "panther": "tiger", "toad": "frog", "serpent": "snake",
    "viper": "snake", "cobra": "snake", "python": "snake", "tortoise": "turtle", "duckling": "duck",
    "goose": "duck", "hen": "chicken", "rooster": "chicken", "chick": "chicken", "cockerel": "chicken",
    "dragonling": "dragon", "wyvern": "dragon", "terrier": "dog", "spaniel": "dog", "collie": "dog",
    "sheepdog": "dog", "retriever": "dog", "poodle": "dog", "labrador": "dog", "beagle": "dog",
    "dachshund": "dog", "bulldog": "dog", "husky": "dog", "mastiff": "dog", "greyhound": "dog",
    "whippet": "dog", "corgi": "dog", "pug": "dog", "tabby": "cat", "steed": "horse", "macaw": "bird",
    "cockatoo": "bird", "canary": "bird", "finch": "bird", "heron": "bird", "crane": "bird",
    "stork": "bird", "pelican": "bird", "penguin": "bird", "hummingbird": "bird", "bee": "creature",
    "butterfly": "creature", "spider": "creature", "beetle": "creature", "ant": "creature",
    "octopus": "creature", "squirrel": "mouse", "hedgehog": "mouse", "badger": "bear", "otter": "fox",
    "raccoon": "fox", "camel": "horse", "donkey": "horse", "yak": "cow", "buffalo": "cow",
}
ANIMAL_WORDS_ZH: dict[str, str] = {
    "猫": "cat", "狗": "dog", "犬": "dog", "马": "horse", "鸟": "bird", "狐狸": "fox", "狐": "fox",
    "狼": "wolf", "熊": "bear", "兔": "rabbit", "鼠": "mouse", "鹿": "deer", "牛": "cow", "猪": "pig",
    "羊": "sheep", "鱼": "fish", "鹤": "bird", "鹰": "bird", "雀": "bird", "燕": "bird", "鸽": "bird",
    "鹅": "duck", "鹿": "deer", "蛙": "frog", "狮子": "lion", "老虎": "tiger", "猴子": "monkey", "龙": "dragon", "猴": "monkey", "狮": "lion", "虎": "tiger",
    "猫头鹰": "owl", "乌鸦": "crow", "青蛙": "frog", "蛇": "snake", "龟": "turtle", "鸭": "duck",
    "鸡": "chicken", "象": "elephant",
}
# Synonyms of vocab.PROP_FORMS.
PROP_SYNONYMS: dict[str, str] = {
    "flashlight": "lamp", "torch": "lamp", "lightbulb": "lamp", "suitcase": "case",
    "briefcase": "case", "crate": "box", "chest": "box", "parcel": "box", "package": "box",
    "backpack": "bag", "satchel": "bag", "purse": "bag", "sack": "bag", "basket": "bag",
    "pouch": "bag", "flask": "bottle", "jar": "bottle", "vial": "bottle", "potion": "bottle",
    "mug": "cup", "glass": "cup", "goblet": "cup", "bowl": "cup", "loaf": "bread", "cheese": "food",
    "apple": "food", "cake": "food", "meal": "food", "notebook": "book", "diary": "book",
    "journal": "book", "envelope": "letter", "note": "letter", "telegram": "letter",
    "scroll": "map", "chart": "map", "photograph": "photo", "picture": "photo", "portrait": "photo",
    "smartphone": "phone", "cellphone": "phone", "walkie-talkie": "radio", "transmitter": "radio",
    "monitor": "screen", "tablet": "screen", "laptop": "computer", "terminal": "computer",
    "drive": "computer", "keycard": "key", "keys": "key", "pistol": "gun", "revolver": "gun",
    "rifle": "gun", "shotgun": "gun", "blade": "knife", "dagger": "knife", "axe": "tool",
    "hammer": "tool", "wrench": "tool", "shovel": "tool", "spade": "tool", "saw": "tool",
    "screwdriver": "tool", "bow": "weapon", "spear": "weapon", "rose": "flower", "bouquet": "flower",
    "lily": "flower", "tulip": "flower", "seedling": "plant", "sapling": "plant", "balloon": "toy",
    "kite": "toy", "doll": "toy", "teddy": "toy", "guitar": "instrument", "violin": "instrument",
    "flute": "instrument", "drum": "instrument", "piano": "instrument", "trumpet": "instrument",
    "harp": "instrument", "whistle": "instrument", "gem": "jewel", "diamond": "jewel",
    "necklace": "jewel", "locket": "jewel", "crown": "jewel", "pearl": "jewel", "amulet": "jewel",
    "watch": "clock", "coin": "money", "coins": "money", "cash": "money", "wallet": "money",
    "cap": "hat", "helmet": "hat", "cloak": "coat", "stool": "chair", "bench": "chair",
    "desk": "table", "cord": "rope", "chain": "rope", "lorry": "truck", "van": "truck",
    "jeep": "car", "taxi": "car", "cab": "car", "sedan": "car", "limousine": "car",
    "tram": "train", "locomotive": "train", "bike": "bicycle", "motorbike": "motorcycle",
    "scooter": "motorcycle", "canoe": "boat", "rowboat": "boat", "raft": "boat", "dinghy": "boat",
    "kayak": "boat", "yacht": "boat", "ferry": "ship", "freighter": "ship", "tanker": "ship",
    "steamer": "ship", "airplane": "plane", "aeroplane": "plane", "jet": "plane", "airliner": "plane",
    "glider": "plane", "chopper": "helicopter", "spacecraft": "spaceship", "starship": "spaceship",
    "shuttle": "spaceship", "rocket": "spaceship", "pod": "spaceship", "carriage": "wagon",
    "sled": "cart", "sledge": "cart", "wheelbarrow": "cart", "trolley": "cart", "match": "candle",
    "matches": "candle", "lighter": "candle", "pen": "tool", "pencil": "tool", "camera": "tool",
    "telescope": "tool", "compass": "tool", "mask": "hat", "ticket": "letter", "tickets": "letter",
    "paintbrush": "tool", "cigarette": "candle", "bell": "instrument", "mirror": "object",
    "trophy": "cup", "medal": "jewel", "racket": "tool", "racquet": "tool", "bat": "weapon", "club": "weapon",
    "baton": "weapon", "stopwatch": "clock", "microphone": "tool", "mic": "tool", "dumbbell": "tool",
    "banjo": "instrument", "cello": "instrument", "saxophone": "instrument", "clarinet": "instrument",
    "accordion": "instrument", "tambourine": "instrument", "bass": "instrument", "football": "ball",
    "puck": "ball", "shuttlecock": "ball",
}
PROP_WORDS_ZH: dict[str, str] = {
    "灯笼": "lantern", "灯": "lamp", "手电筒": "lamp", "蜡烛": "candle", "火柴": "candle",
    "行李箱": "case", "箱子": "box", "盒子": "box", "包": "bag", "瓶": "bottle", "杯": "cup",
    "面包": "bread", "书": "book", "日记": "book", "信": "letter", "信封": "letter", "地图": "map",
    "照片": "photo", "手机": "phone", "收音机": "radio", "电脑": "computer", "钥匙": "key",
    "枪": "gun", "剑": "sword", "刀": "knife", "花": "flower", "球": "ball", "风筝": "toy",
    "吉他": "instrument", "戒指": "ring", "项链": "jewel", "钟": "clock", "手表": "clock",
    "雨伞": "umbrella", "伞": "umbrella", "帽": "hat", "椅": "chair", "桌": "table", "门": "door",
    "绳": "rope", "钱": "money", "硬币": "money", "汽车": "car", "车": "car", "卡车": "truck",
    "公交车": "bus", "火车": "train", "自行车": "bicycle", "摩托车": "motorcycle", "船": "boat",
    "小船": "boat", "大船": "ship", "飞机": "plane", "直升机": "helicopter", "飞船": "spaceship",
}
CHILD_WORDS_ZH = ("女孩", "男孩", "孩子", "小孩", "孙女", "孙子", "婴儿", "小姑娘", "小男孩", "小女孩")
ROBOT_WORDS_ZH = ("机器人", "机器", "无人机")
VOICE_WORDS_ZH = ("电脑", "广播", "声音", "系统", "人工智能")

# The head of a description ends where its attachments begin.
_ATTACHMENT = re.compile(
    r"\s+(?:with|in|wearing|who|that|which|holding|carrying|from|of|on|at|under|by|whose|and)\b|[,;:(]")
_NEUTRAL = re.compile(r"^no description in the story.*?neutral default:\s*", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zß-öø-ÿ][a-zß-öø-ÿ.'-]*", text.lower().replace("’", "'"))


def _head(description: str) -> str:
    """'a little fox with a white tail' → 'a little fox'; the neutral default's own words count."""
    text = _NEUTRAL.sub("", description.strip())
    return _ATTACHMENT.split(text, maxsplit=1)[0]


def _character_word(word: str, language: str = "") -> str | None:
    word = word.strip(".'").removesuffix("'s")
    if other_language := other_languages.form_word(word, language):
        return other_language  # "perro", "Roboter", "niña" in a Spanish or German story
    if word in VOICE_WORDS:
        return "voice"
    if word in DRONE_WORDS:
        return "drone"
    if word in ROBOT_WORDS:
        return "robot"
    if word in CHILD_WORDS:
        return "child"
    if word in vocab.CHARACTER_FORMS and word not in ("human", "voice"):
        return word
    if word.endswith("s") and word[:-1] in vocab.CHARACTER_FORMS and word[:-1] not in ("human", "voice"):
        return word[:-1]
    if word in ANIMAL_SYNONYMS:
        return ANIMAL_SYNONYMS[word]
    if word in CREATURE_WORDS or word in THING_WORDS:
        return "creature"
    return None


_AGE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_AGE = re.compile(r"(?:^|[;,]\s*|\b(?:was|is|aged|age)\s+)(\d{1,3}|" + "|".join(_AGE_WORDS) + r")(?:\s*-?\s*years?(?:-|\s)old)?\s*(?=$|[;,]|\s+and\b)"
                  r"|\b(\d{1,2}|" + "|".join(_AGE_WORDS) + r")[- ]years?[- ]old\b"
                  r"|\b(?:girl|boy|child|kid) of (\d{1,2}|" + "|".join(_AGE_WORDS) + r")\b", re.IGNORECASE)


def _age(description: str) -> int | None:
    """An age the description gives: "9", "who was six", "an eleven-year-old"."""
    m = _AGE.search(description)
    if not m:
        return None
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    return int(word) if word.isdigit() else _AGE_WORDS[word]


def character_form(name: str, description: str = "", language: str = "") -> str:
    """The body of a character: a word of vocab.CHARACTER_FORMS ("human" when nothing says else).
    The story's language lets its own words count too ("el perro" is a dog)."""
    form = _character_form_zh(name, description) if re.search(r"[\u4e00-\u9fff]", name + description) else "human"
    if form != "human":
        return form
    form = _character_form_en(name, description, language)  # also English words beside a kanji name ("妹のユキ, a girl")
    age = _age(description)
    if age is None:  # "un niño de 8 años", "ein zehnjähriger Junge"
        age = other_languages.age_in(_NEUTRAL.sub("", description), language)
    if form == "human" and age is not None and age < 13:
        return "child"
    if form == "child" and age is not None and age >= 13:  # a teenager is drawn full-grown
        return "human"
    return form


def _character_form_en(name: str, description: str, language: str = "") -> str:
    name = re.split(r"\s+of\s+", name)[0]  # "the Queen of Crows" is a queen, not a crow
    for text in (name, _head(description)):
        # The last word that names a body wins ("the old sea dog" is a dog).
        found = [f for f in (_character_word(w, language) for w in _words(text)) if f]
        # A machine body wins over what it looks like ("a robot dog"); else the head noun, last.
        for machine in ("voice", "drone", "robot"):
            if machine in found:
                return machine
        if found:
            return found[-1]
    return "human"


def _character_form_zh(name: str, description: str) -> str:
    for text in (name, description[:12]):
        if any(w in text for w in VOICE_WORDS_ZH) and not any(w in text for w in ROBOT_WORDS_ZH):
            return "voice"
        if any(w in text for w in ROBOT_WORDS_ZH):
            return "robot"
        if any(w in text for w in CHILD_WORDS_ZH):
            return "child"
        for word in sorted(ANIMAL_WORDS_ZH, key=len, reverse=True):
            if word in text:
                return ANIMAL_WORDS_ZH[word]
        if text is name and name.endswith("树"):
            return "creature"  # a tree that speaks ("老松树说道")
    return "human"


def _prop_word(word: str) -> str | None:
    word = word.strip(".'").removesuffix("'s")
    for candidate in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if not candidate:
            continue
        if candidate in vocab.PROP_FORMS:
            return candidate
        if candidate in PROP_SYNONYMS:
            return PROP_SYNONYMS[candidate]
    return None


def prop_form(name: str, description: str = "") -> str:
    """The silhouette of a prop: a word of vocab.PROP_FORMS ("object" when nothing fits)."""
    if re.search(r"[\u4e00-\u9fff]", name + description):
        for word in sorted(PROP_WORDS_ZH, key=len, reverse=True):
            if word in name or word in description:
                return PROP_WORDS_ZH[word]
        # else the English words beside it ("an umbrella (傘)")
    for text in (name, _head(description)):
        found = [f for f in (_prop_word(w) for w in _words(text)) if f]
        if found:
            return found[-1]  # "a brass ship lantern" is a lantern: the head noun comes last
    return "object"


def is_vehicle(word: str) -> bool:
    """A word that names a vehicle ("sedan", "helicopter", "boat")."""
    return _prop_word(word.lower()) in vocab.VEHICLE_FORMS


def fill_forms(plan: FilmPlan, story: Story) -> tuple[FilmPlan, list[str]]:
    """Shared stage: every character and prop whose form is still empty gets one."""
    for entity in plan.entities:
        if entity.form is not None:
            continue
        if entity.kind == "character":
            entity.form = character_form(entity.name, entity.description, story.language)
        elif entity.kind == "prop":
            entity.form = prop_form(entity.name, entity.description)
    return plan, []
