"""Looks: what the story writes about how a character looks, gathered into one description.

English: appositives ("Dr. Osei, tall with a shaved head and a silver prosthetic arm, is ..."),
relative clauses ("Mara, who wears a red raincoat"), "X has/wears ...", a screenplay's
parenthetical, later possessive mentions ("Osei's silver arm"), and sentences about someone that
a pronoun points to ("He was a gaunt man in a wolf-fur hood"). Chinese: 穿着/留着/戴着 ..., the
role before a name (小女孩阿梅) and appositives (陈九，一个瘦高的驼背老人). The entities stage calls
these; they only read text, they decide nobody's existence.
"""

from __future__ import annotations

import re

from director.planning.heuristic import lexicon
from director.text import sentences


def name_forms(name: str, info: dict) -> list[str]:
    """Every way the text names a character: "Dr. Osei", "Osei", "the fox", "fox"."""
    forms = [name, *info.get("aliases", [])]
    if name.lower().startswith("the "):
        forms.append(name[4:])
    return [f for f in dict.fromkeys(forms) if f]


_LOOK_VERBS = r"(?:has|had|wears|wore|is wearing|was wearing|is dressed in|was dressed in|sports)"
_PIECE = r"[^.;:!?\"“”()]+"




def looks_en(forms: list[str], text: str) -> list[str]:
    """Look phrases the story writes about a character, in story order:
    appositives ("Dr. Osei, tall with a shaved head and a silver prosthetic arm, is ..."),
    relative clauses ("Mara, who wears a red raincoat"), "X has/wears ...", a parenthetical
    ("NINA (40s, grey suit)") and later possessive mentions ("Osei's silver arm")."""
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    found: list[tuple[int, str]] = []

    def add(pos: int, piece: str) -> None:
        piece = re.sub(r"\s+", " ", piece).strip(" ,")
        if piece and (len(piece) > 2 or piece.isdigit()) and not any(piece == p for _, p in found):
            found.append((pos, piece))

    # "N, who wears a red raincoat," / "N, whose hair is white," / "N who wore mittens"
    for m in re.finditer(rf"\b(?:{names}),?\s+(?:who|whose)\s+({_PIECE}?)(?=,|[.;:!?]|$)", text, re.I):
        words = set(re.findall(r"[a-z'-]+", m.group(1).lower()))
        # "who wears a red raincoat" is a look; "who everyone thought was dead" is not.
        if re.match(_LOOK_VERBS + r"\b", m.group(1), re.I) or words & lexicon.LOOK_NOUNS_EN:
            add(m.start(), m.group(1))
    # "a lanky student named Tomás": what the story calls someone before it names them
    for m in re.finditer(rf"\b((?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?[\w'-]+)\s+(?:named|called)\s+(?:{names})\b", text, re.I):
        add(m.start(), m.group(1))
    # "N, a tall woman in a red raincoat," / "N, tall with a shaved head and a silver arm, is ..."
    # / "Marta, the innkeeper, a stout woman with flour on her forearms, ..." (a chain of them)
    for m in re.finditer(rf"\b(?:{names})(?:\s*\([^)]*\))?((?:,\s+(?!who\b|whose\b|which\b)[^,.;:!?\"“”]+?)+)(?=,|[.;:!?]|$)", text, re.I):
        for index, piece in enumerate(p.strip() for p in m.group(1).split(",") if p.strip()):
            words = re.findall(r"[a-z'-]+", piece.lower())
            if re.fullmatch(r"(?:about |aged )?\d{1,3}s?(?: years old)?", piece):
                add(m.start(), piece)  # "MARGARET, 80, frail": an age
                continue
            owned = words[0] in ("her", "his", "their", "its") and not any(w.endswith("ing") for w in words)
            if not words or piece[:1].isupper() or (words[0] in _NOT_LOOK_START and not owned):
                break  # "Mara, Ilan and Tomas": a list of names; ", and then ...": the sentence goes on
            article = words[0] in ("a", "an", "the") or owned  # "BARNABY, her Bernese mountain dog"
            # After the first, only another look goes on the chain ("a/the ...", "in a hospital
            # gown", "frail", "goggles pushed up"); "climbs the stairs" is the verb.
            worn = ((bool(set(words[:3]) & lexicon.LOOK_NOUNS_EN) or len(words) == 1
                     or words[0] in lexicon.LOOK_ADJECTIVES_EN
                     or words[0] in ("in", "with", "wearing", "dressed", "carrying"))
                    and not _looks_like_action(words))
            # An appositive that opens with an article may run long ("a wiry woman in a grey
            # uniform with a ring of keys on her belt"); anything else that long is the sentence.
            if len(words) > (24 if article and index == 0 else 14) or (
                    not article and ((index > 0 and not worn) or _looks_like_action(words))):
                break
            add(m.start(), piece)
    # "N has a grey beard", "the fox had a white tail and one torn ear"
    for m in re.finditer(rf"\b(?:{names})\s+(?:\w+ly\s+|also\s+|still\s+)?({_LOOK_VERBS}\s+{_PIECE})", text, re.I):
        add(m.start(), m.group(1))
    # "A NURSE in blue scrubs looks in", "Mara in her red raincoat"
    nouns = "|".join(sorted(lexicon.LOOK_NOUNS_EN, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:{names})\s+((?:in|wearing|dressed in|with)\s+(?:(?:a|an|her|his|their)\s+)?(?:[\w-]+\s+){{0,3}}(?:{nouns}))\b", text, re.I):
        add(m.start(), m.group(1))
    # "the red-haired Mara", "old Tomas": a look word right before the name
    adjectives = "|".join(sorted(lexicon.LOOK_ADJECTIVES_EN, key=len, reverse=True))
    for m in re.finditer(rf"\b((?:(?:{adjectives}),?\s+)+)(?:{names})\b", text, re.I):
        add(m.start(), m.group(1).strip(" ,"))
    # "NINA (40s, grey suit, scar on her chin)"
    for m in re.finditer(rf"\b(?:{names})\s+\(([^)]+)\)", text, re.I):
        add(m.start(), m.group(1))
    # "Mara's hair was white", "Ilan's coat is torn"
    for m in re.finditer(rf"\b(?:{names})['’]s\s+((?:{nouns})\s+(?:is|was|were|are)\s+(?:[\w-]+)(?:\s+and\s+[\w-]+)?)", text, re.I):
        add(m.start(), m.group(1))
    # "Osei's silver prosthetic arm": a described part of the body or the clothes
    nouns = "|".join(sorted(lexicon.LOOK_NOUNS_EN, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:{names})['’]s\s+((?:[a-z-]+\s+){{1,3}}(?:{nouns}))\b", text, re.I):
        adjectives = m.group(1).split()[:-1]
        if adjectives and not set(adjectives) & lexicon.NOT_PROPS_EN - lexicon.LOOK_NOUNS_EN:
            add(m.start(), m.group(1))
    return [piece for _, piece in sorted(found)]


_NOT_LOOK_START = {"and", "but", "then", "as", "when", "while", "so", "now", "still", "too", "who",
                   "which", "that", "he", "she", "it", "they", "i", "we", "you", "his", "her", "their",
                   "its", "there", "here", "only", "just", "not", "or", "if", "because", "though"}
_NOT_LOOK_WORDS = {"alone", "together", "again", "too", "also", "however", "perhaps", "finally",
                   "meanwhile", "instead", "now", "then", "still", "already", "once", "here", "there",
                   "left", "right", "own", "other", "free", "bare", "empty", "same", "next", "first",
                   "last", "whole", "only"}
_GLUE = {"with", "a", "an", "the", "of", "in", "on", "and", "to", "at", "from", "by", "for"}
_HOLDING_PARTS = {"hand", "hands", "arm", "arms", "fingers", "lap", "mouth", "palm", "palms", "fist", "grip"}
_PIECE_END = r"(?=,\s+(?:and|but|then|as|while|still|so)\b|[.;:!?\"“”]|$)"
_POSSESSIVE = {"his": "m", "her": "f", "its": "n", "their": ""}


def _looks_like_action(words: list[str]) -> bool:
    """An appositive that is an action ("Mara, turning, sees"; "Mara, climbs"), not a look."""
    first = words[0]
    if first.endswith("ing") and first not in ("wearing", "carrying", "holding"):
        return True  # "mopping his forehead": what they do
    if set(words[1:3]) & lexicon.LOOK_NOUNS_EN:
        return False  # "rumpled suit", "loosened tie": a participle describing clothes
    if first in _NOT_LOOK_WORDS or (first.endswith("s") and not first.endswith("ss") and len(words) > 1
                                    and words[1] in ("the", "a", "an", "her", "his", "their", "to", "up", "down", "into", "out")):
        return True
    return any(w.endswith("ing") and w not in ("wearing", "carrying", "holding") for w in words[:2]) or \
        any(w in lexicon.IRREGULAR_PAST_EN or re.fullmatch(r"[a-z]+ed", w) and w not in _LOOK_PARTICIPLES
            for w in words[:1])


_LOOK_PARTICIPLES = {"grey-haired", "white-haired", "red-haired", "dressed", "scarred", "bearded",
                     "freckled", "tattooed", "hooded", "masked", "armed", "crippled", "bald-headed",
                     "broad-shouldered", "wrinkled", "weathered", "stooped", "curved", "tired"}


def pronoun_looks_en(beats: list[dict], found: dict[str, dict]) -> dict[str, list[str]]:
    """Looks in sentences about someone: "He has a grey beard and a wooden leg.", "He was a gaunt
    man in a wolf-fur hood", "She stood by the sink in her hospital scrubs", "Caleb reached into
    his corduroy jacket". A pronoun means the last person of that gender the story named."""
    forms = {name: name_forms(name, info) for name, info in found.items()}
    patterns = {name: re.compile(r"\b(?:" + "|".join(re.escape(f) for f in names) + r")\b", re.I)
                for name, names in forms.items()}
    nouns = "|".join(sorted(lexicon.LOOK_NOUNS_EN, key=len, reverse=True))
    worn = re.compile(rf"\b(?:in|wearing|dressed in)\s+(?:(?:her|his|their|its|a|an)\s+)?(?!the\b)((?:[\w-]+\s+){{0,3}}(?:{nouns}))\b", re.I)
    owned = re.compile(rf"\b(her|his|their|its)\s+((?:[\w-]+\s+){{1,3}}(?:{nouns}))\b", re.I)
    last: dict[str, str] = {}
    out: dict[str, list[str]] = {}

    def give(who: str | None, piece: str) -> None:
        piece = piece.strip(" ,")
        if who and piece and piece not in out.setdefault(who, []):
            out[who].append(piece)

    for beat in beats:
        for sentence in sentences(beat["narration"]):
            hits = sorted((hit.start(), name) for name, pattern in patterns.items()
                          if (hit := pattern.search(sentence)) is not None)
            lead = re.match(r"\s*(?:[A-Z][a-z]+ly,?\s+|Then,?\s+|Now,?\s+)?(He|She|It)\b", sentence)
            subject = None
            if lead and (not hits or hits[0][0] > lead.start(1)):
                subject = last.get({"He": "m", "She": "f", "It": "n"}[lead.group(1)])
            elif hits and hits[0][0] < 40:
                subject = hits[0][1]
            if subject:
                start = rf"^\s*(?:[A-Z][a-z]+ly,?\s+)?(?:He|She|It|{patterns[subject].pattern[2:-2]})"
                if m := re.match(rf"{start}\s+(?:\w+ly\s+|also\s+|still\s+)?({_LOOK_VERBS}\s+[^.;:!?\"“”]+?){_PIECE_END}", sentence, re.I):
                    give(subject, m.group(1))
                if m := re.match(rf"{start}\s+(?:is|was)\s+((?:a|an)\s+[^.;:!?\"“”]+?){_PIECE_END}", sentence, re.I):
                    give(subject, m.group(1))
                # "She was tall and thin", "He is old, bald and stooped"
                if m := re.match(rf"{start}\s+(?:is|was)\s+((?:very\s+)?[\w-]+(?:(?:,\s*|\s+and\s+)(?:very\s+)?[\w-]+)*)", sentence, re.I):
                    adjectives = re.findall(r"[\w-]+", m.group(1).lower())
                    if all(a in lexicon.LOOK_ADJECTIVES_EN or a in ("very", "and") for a in adjectives):
                        give(subject, m.group(1))
                for m in re.finditer(r"\bdressed\s+(?:all\s+)?in\s+([\w-]+(?:\s+and\s+[\w-]+)?)\b", sentence, re.I):
                    give(subject, "dressed in " + m.group(1))
                for m in worn.finditer(sentence):
                    piece = m.group(1).lower().split()
                    # "in her left hand" holds something; "in her hospital scrubs" is worn.
                    if not set(piece) & _NOT_LOOK_WORDS and piece[-1] not in _HOLDING_PARTS:
                        give(subject, m.group(1))
            if m := re.match(rf"\s*(His|Her|Its)\s+((?:{nouns})\s+(?:is|was|were|are)\s+[\w-]+(?:\s+and\s+[\w-]+)?)", sentence):
                give(last.get(_POSSESSIVE[m.group(1).lower()]) if not subject else subject, m.group(2))  # "His hair was white"
            for m in owned.finditer(sentence):
                adjectives = m.group(2).split()[:-1]
                if any(a.lower() in _NOT_LOOK_START or a.lower() in _NOT_LOOK_WORDS or a.lower() in _GLUE
                       or a.lower() in lexicon.NOT_PROPS_EN for a in adjectives):
                    continue
                gender = _POSSESSIVE[m.group(1).lower()]
                owner = subject if subject and found[subject].get("gender", "") in (gender, "") else last.get(gender)
                give(owner, m.group(2))
            for _, name in hits:
                gender = found[name].get("gender") or ("n" if name.lower().startswith("the ") else "")
                if gender:
                    last[gender] = name
    return out


def join_looks(description: str, looks: list[str]) -> str:
    """One description: what the planner already knew, then every look the story wrote."""
    base = description
    if looks and "no description in the story" in base:
        base = base.split(";")[0] if not base.startswith("no description") else ""
    parts = [base] if base else []
    for look in looks:
        if not any(look.lower() in part.lower() for part in parts):
            parts = [p for p in parts if p.lower() not in look.lower()] + [look]
    return "; ".join(parts)


_LOOK_VERBS_ZH = ("穿着", "戴着", "披着", "身穿", "背着", "留着", "长着", "拄着", "系着", "围着", "裹着",
                  "顶着", "挎着", "套着", "扎着", "蓄着", "梳着", "剃着", "烫着", "绑着")


def looks_zh(name: str, beats: list[dict]) -> list[str]:
    """Looks of a character in Chinese prose: "瘦高的陈九", "陈九留着白胡子，穿着蓝布衫", and the
    same after 他/她 in the sentences that follow a mention."""
    looks: list[str] = []
    subject_here = False
    previous = ""
    for beat in beats:
        for sentence in sentences(beat["narration"]):
            # "进来一个背着书箱的年轻书生。他叫林墨": the one just described is the one named.
            if re.search(r"(?:他|她|它)(?:叫|名叫|叫做)" + re.escape(name), sentence):
                m = re.search(r"(?:一个|一位|一名|一只)([^，。！？；“”「」]{1,14})", previous)
                if m:
                    looks.append(m.group(1))
            previous = sentence
            named = name in sentence
            if named:
                subject_here = True
            elif any(p in sentence[:3] for p in ("他", "她")) and subject_here:
                named = True
            else:
                subject_here = subject_here and not re.search(r"[\u4e00-\u9fff]{2,3}(?:说|道|问)", sentence)
            if not named:
                continue
            start = max(0, sentence.find(name))
            for m in re.finditer("(?:" + "|".join(_LOOK_VERBS_ZH) + r"|穿(?![过越梭行])|戴(?!上)|披(?!上))([^，。！？；、“”「」]+)", sentence[start:]):
                looks.append(re.sub(r"^(?:一件|一身|一顶|一条|一双|一副|件|身)", "", m.group(1)))
            # "老船夫陈九，一个瘦高的驼背老人，": an appositive; "小女孩阿梅": the role before the name.
            for m in re.finditer(re.escape(name) + r"[，,]((?:一个|一位|一名|一只|一头|一匹|个)[^，。！？；“”「」]+)", sentence):
                looks.append(m.group(1))
            for m in re.finditer("(" + "|".join(sorted(lexicon.PERSON_NOUNS_ZH, key=len, reverse=True)) + ")" + re.escape(name), sentence):
                looks.append(m.group(1))
            # "一个年轻姑娘，名叫小兰": what the story calls someone before it names them.
            for m in re.finditer(r"(?:一个|一位|一名|一只)([^，。！？；“”「」]{1,10})[，,]?(?:名叫|叫做|名字叫)" + re.escape(name), sentence):
                looks.append(m.group(1))
            for m in re.finditer(r"([^，。！？；、“”「」的]{1,6})的" + re.escape(name), sentence):
                looks.append(re.sub(r"^(?:一个|一位|一名|那个|这个)", "", m.group(1)))
    return list(dict.fromkeys(look for look in looks if look))
