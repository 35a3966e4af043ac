"""What a story says about a speaking character: gender and age, read from its description,
the titles and appositions at its name, and the pronouns that follow it (English and Chinese)."""

from __future__ import annotations

import re
from functools import lru_cache

from director.ingest import Story
from director.plan import Entity
from director.planning.heuristic.languages.people import trait_words
from director.text import sentences

_FEMALE_WORDS = (
    "she", "her", "hers", "herself", "woman", "women", "girl", "lady", "mrs", "ms", "miss",
    "madam", "mother", "mom", "mum", "daughter", "sister", "wife", "aunt", "grandmother",
    "grandma", "granny", "queen", "princess", "widow", "bride", "actress", "waitress",
    "nun", "duchess", "empress", "heroine", "niece", "goddess", "witch", "mistress",
    "granddaughter", "girlfriend", "stepmother", "stepdaughter", "businesswoman", "policewoman",
    "schoolgirl", "housewife", "landlady", "maid", "ballerina",
)
_MALE_WORDS = (
    "he", "him", "his", "himself", "man", "men", "boy", "gentleman", "mr", "sir", "lord",
    "father", "dad", "son", "brother", "husband", "uncle", "grandfather", "grandpa", "king",
    "prince", "widower", "groom", "actor", "waiter", "monk", "duke", "emperor", "hero",
    "nephew", "god", "wizard", "master", "grandson", "boyfriend", "stepfather", "stepson",
    "businessman", "policeman", "fisherman", "schoolboy", "landlord", "fireman", "chairman",
)
_FEMALE_ZH = ("她", "女", "妈", "母", "姐", "妹", "奶", "婆", "姑", "姨", "婶", "太太", "夫人", "小姐", "娘", "妻")
_MALE_ZH = ("他", "男", "爸", "父", "哥", "弟", "爷", "公公", "叔", "伯", "舅", "先生", "丈夫", "儿子", "孙子")
_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_CHILD_WORDS = ("child", "kid", "little girl", "little boy", "girl", "boy", "toddler", "baby",
                "schoolgirl", "schoolboy", "孩子", "小孩", "女孩", "男孩", "小姑娘", "小朋友", "儿童")
_OLD_WORDS = ("elderly", "aged", "grandmother", "grandfather", "grandma", "grandpa", "granny",
              "grey-haired", "gray-haired", "white-haired", "old man", "old woman", "old lady",
              "老人", "老太", "老头", "奶奶", "爷爷", "外婆", "外公", "老奶奶", "老爷爷", "白发")
_OLD_NOUN = re.compile(r"\bold\s+(?:[a-z]+\s+)?(?:man|woman|lady|gentleman|men|women|fisherman|"
                       r"sailor|soldier|keeper|farmer|priest|monk|captain|widow|widower)\b")
# "(8)", "8 years old", "8-year-old", "8岁", and decades: "(70s)", "in her 30s"
_OLD_ZH = re.compile(r"老(?![师板婆公大乡弟兄实是])")  # 老渔夫 (old fisherman), not 老师 (teacher)
_AGE_NUMBER = re.compile(r"(?:\(|\b)(\d{1,2})(?:\)|\s*-?\s*years?[\s-]*old\b|\s*岁)|\b([1-9]0)'?s\b")


def mentions(entity: Entity, story: Story, others: list[Entity]) -> str:
    """What the story says about the entity's sex and age, as a bag of words:
    - titles and appositions at its name ("Mrs. Chen", "Grandma Rose", "Tom, an old sailor,");
    - subject and reflexive pronouns (he, she, himself, herself) after its name in a sentence
      that names nobody else, and in the next sentence when the name opened this one and the
      next names nobody at all.
    Object and possessive pronouns are left out: "Priya takes his hand" says nothing of Priya."""
    names = sorted({n for n in (entity.name, entity.id) if n}, key=len, reverse=True)
    other_names = [o.name for o in others if o.id != entity.id and o.name]
    found = [entity.name]
    name_re = re.compile("|".join(_name_pattern(n) for n in names), re.IGNORECASE)

    def names_any(text: str, who: list[str]) -> bool:
        return any(re.search(_name_pattern(n), text, re.IGNORECASE) for n in who)

    parts = _sentences(story.text)
    for i, sentence in enumerate(parts):
        hit = name_re.search(sentence)
        if not hit:
            continue
        if re.search(r"[\u4e00-\u9fff]", sentence):
            # Chinese titles sit right at the name: 孙女小梅, 王奶奶, 李先生
            found.append(sentence[max(0, hit.start() - 3): hit.start()] + " " + sentence[hit.end(): hit.end() + 2])
            continue
        before = sentence[max(0, hit.start() - 24): hit.start()].split()[-2:]
        if trait_words(story.language)["female"]:  # '«… mon grand-père», dit Léa': the speech is not Léa
            before = [w for w in before if not re.search(r"[\"“”„«»]", w)]
        found += [w for w in before if w.lower() not in _PRONOUNS]  # "Mrs.", "old Mrs.", "grandson"
        after = sentence[hit.end(): hit.end() + 48]
        apposition = re.match(r"\s*[,(]\s*((?:a|an|the)?\s*(?:[\w'-]+\s+){0,3}[\w'-]+)", after)
        if apposition:
            found.append(apposition.group(1))
        if names_any(sentence, other_names):
            continue
        found += re.findall(r"\b(?:he|she|himself|herself)\b|[他她]", sentence[hit.end():], re.IGNORECASE)
        found += _own_pronouns(sentence[hit.end():], story.language)
        is_subject = hit.start() == len(sentence) - len(sentence.lstrip(" \t\"'“‘(["))
        # "Na feira, Beatriz vende flores. Ela usa...": an opening phrase may come before the
        # subject in these languages' tables; the sentence names no one else.
        is_subject = is_subject or bool(trait_words(story.language)["female"])
        if is_subject and i + 1 < len(parts) and not names_any(parts[i + 1], other_names + names):
            found += re.findall(r"\b(?:he|she)\b|^[他她]", parts[i + 1], re.IGNORECASE)
            found += _own_pronouns(parts[i + 1], story.language)
    return " ".join(found)


def _own_pronouns(text: str, language: str) -> list[str]:
    """Subject pronouns of the story's own language (elle, er, ela...), for the tables it has."""
    words = trait_words(language)
    pronouns = [w for w in words["female"] + words["male"] if w in _SUBJECT_PRONOUNS]
    if not pronouns or re.search(r"[\"“”„«»]", text):
        return []  # a pronoun in someone's speech is not about the one named
    return re.findall(r"(?<!\w)(?:" + "|".join(pronouns) + r")(?!\w)", text, re.IGNORECASE)


_SUBJECT_PRONOUNS = {"ella", "él", "elle", "il", "sie", "er", "lei", "lui", "egli", "ela", "ele"}


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[str, ...]:
    """The story's sentences, split once for all of its characters."""
    return tuple(s for p in text.split("\n") for s in sentences(p))


def _name_pattern(name: str) -> str:
    """A name as a whole word; Chinese names have no spaces around them to respect."""
    if re.search(r"[\u3040-\u9fff]", name):
        return re.escape(name)
    return rf"(?<![\w]){re.escape(name)}(?![\w])"


def _count(words: tuple[str, ...], text: str) -> int:
    low = text.lower()
    latin = sum(len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", low)) for w in words if not _CJK.search(w))
    return latin + sum(low.count(w) for w in words if _CJK.search(w))


_CJK = re.compile(r"[\u3040-\u9fff]")


def gender_of(entity: Entity, about: str, language: str = "") -> str | None:
    """'female', 'male' or None, from the entity's description (weighted) and what is said about it
    (in English and Chinese, and in the story's language where it has word tables)."""
    text = f"{entity.description} {entity.description} {entity.description} {about}"
    own = trait_words(language)  # "el pescador": a name with its article says it too
    female = _count(_FEMALE_WORDS, text) + _count(_FEMALE_ZH, text) + _count(own["female"], f"{entity.name} {text}")
    male = _count(_MALE_WORDS, text) + _count(_MALE_ZH, text) + _count(own["male"], f"{entity.name} {text}")
    if female > male:
        return "female"
    if male > female:
        return "male"
    return None


_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}


def _digits(text: str) -> str:
    """'eight-year-old' → '8-year-old', so one pattern reads ages in words and in digits."""
    return re.sub(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=[\s-]*years?[\s-]*old)",
                  lambda m: str(_NUMBER_WORDS[m.group(1).lower()]), text, flags=re.IGNORECASE)


def age_of(entity: Entity, about: str, language: str = "") -> str:
    """'child', 'old' or 'adult'."""
    own = trait_words(language)
    if own["child"] and _count(own["child"], f"{entity.name} {entity.description}"):
        return "child"  # "la niña", "sa fille Léa"
    if own["old"] and _count(own["old"], f"{entity.name} {entity.description}"):
        return "old"
    if entity.form == "child":
        return "child"
    text = f"{entity.name} {entity.description} {about}".lower()
    # A screenplay's "NINA (8)" / "MARGARET (70s, a grey shawl)" leaves the age first in the description.
    leading = re.match(r"\s*(\d{1,2})0?'?s?\b", entity.description)
    ages = [int(leading.group(0).strip().rstrip("s").rstrip("'"))] if leading else []
    ages += [int(a or b) for a, b in _AGE_NUMBER.findall(_digits(f"{entity.description} {about}"))]
    if ages:
        age = ages[0]
        return "child" if age <= 12 else "old" if age >= 65 else "adult"
    if _count(_CHILD_WORDS, entity.description) or _count(("little girl", "little boy", "孩子", "小女孩", "小男孩"), text):
        return "child"
    if _count(_OLD_WORDS, text) or _OLD_NOUN.search(text) or _OLD_ZH.search(about):
        return "old"
    if _count(_CHILD_WORDS, text) and not _count(("man", "woman", "men", "women"), entity.description.lower()):
        return "child"
    return "adult"


# Given names ending in -a are mostly women's across European and South Asian languages; these
# common men's names are the exceptions. Only used when the text says nothing.
_MALE_NAMES_IN_A = {"luca", "joshua", "ezra", "nikita", "misha", "sasha", "andrea", "elisha", "ilya",
                    "dima", "kostya", "vanya", "kolya", "petya", "zhenya", "yehuda", "akira", "juba",
                    "garcia", "costa", "silva", "mustafa", "hamza", "musa", "isa", "krishna", "surya"}


def name_gender(name: str, language: str = "") -> str | None:
    """A weak guess from a Latin-script given name: 'female' for -a (Anna, Priya); in Spanish,
    Italian and Portuguese stories 'male' for -o (Pablo, Marco, João's kin Paulo), else None."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", name) if len(w) > 2]
    if not words:
        return None
    given = words[0].lower()
    if given.endswith("a") and given not in _MALE_NAMES_IN_A:
        return "female"
    if given.endswith("o") and language[:2] in ("es", "it", "pt"):
        return "male"
    return None
