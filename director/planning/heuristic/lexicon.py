"""Word lists the heuristic planner reads: time of day, places, props, movement and camera cues.

Kept small and curated on purpose: each list says what a word means for the picture. English
entries are stems matched at word starts ("walk" matches walks/walking); Chinese entries match as
substrings.
"""

from __future__ import annotations

# Time of day, checked in order (the first hit wins within a paragraph).
TIME_WORDS_EN: list[tuple[str, str]] = [
    ("dawn", "dawn"), ("daybreak", "dawn"), ("sunrise", "dawn"), ("first light", "dawn"),
    ("early morning", "dawn"),
    ("dusk", "dusk"), ("sunset", "dusk"), ("twilight", "dusk"), ("nightfall", "dusk"),
    ("golden hour", "dusk"),
    ("midnight", "night"), ("night", "night"), ("moonlight", "night"), ("moonlit", "night"),
    ("evening", "evening"),
    ("afternoon", "afternoon"),
    ("morning", "morning"),
    ("noon", "day"), ("midday", "day"),
]
TIME_WORDS_ZH: list[tuple[str, str]] = [
    ("清晨", "dawn"), ("黎明", "dawn"), ("拂晓", "dawn"), ("日出", "dawn"), ("天刚亮", "dawn"),
    ("黄昏", "dusk"), ("傍晚", "dusk"), ("日落", "dusk"), ("夕阳", "dusk"),
    ("深夜", "night"), ("午夜", "night"), ("夜里", "night"), ("夜晚", "night"), ("夜", "night"),
    ("月光", "night"),
    ("晚上", "evening"),
    ("下午", "afternoon"),
    ("早上", "morning"), ("早晨", "morning"), ("上午", "morning"),
    ("中午", "day"), ("白天", "day"),
]
# Phrases for the dark hours and the turns of the day: "after dark", "in the small hours", "天黑".
TIME_WORDS_EN += [
    ("after dark", "night"), ("tonight", "night"), ("small hours", "night"), ("wee hours", "night"),
    ("sundown", "dusk"), ("sunup", "dawn"), ("lunchtime", "day"), ("after sunset", "evening"),
]
TIME_WORDS_ZH += [("凌晨", "night"), ("半夜", "night"), ("天黑", "night"), ("入夜", "night"), ("正午", "day"),
                  ("午后", "afternoon")]

# Phrases that jump forward in time: a fade between scenes.
TIME_JUMPS_EN = [
    "years later", "months later", "weeks later", "days later", "hours later", "the next morning",
    "the next day", "next morning", "the following morning", "the following day", "later that night",
    "later that day", "that night", "the next night", "much later", "some time later", "a year later",
    "long after",
]
TIME_JUMPS_ZH = ["多年后", "几年后", "第二天", "次日", "第二天早上", "几天后", "后来", "那天夜里", "当晚", "许久之后"]

# Places: a phrase like "in the kitchen" or "to the harbor" names a location.
PLACES_EN = {
    "lighthouse", "harbor", "harbour", "pier", "dock", "docks", "beach", "shore", "coast", "cliff",
    "cliffs", "sea", "ocean", "lake", "river", "bridge", "forest", "woods", "field", "meadow",
    "desert", "mountain", "valley", "village", "town", "city", "street", "alley", "road", "highway",
    "square", "market", "station", "platform", "train", "bus", "car", "taxi", "airport", "park",
    "garden", "house", "home", "apartment", "flat", "room", "bedroom", "kitchen", "hallway",
    "corridor", "stairwell", "basement", "attic", "cellar", "roof", "rooftop", "balcony", "office",
    "shop", "store", "bar", "cafe", "café", "restaurant", "diner", "hotel", "hospital", "church",
    "temple", "school", "classroom", "library", "museum", "theater", "theatre", "studio", "factory",
    "warehouse", "barn", "farm", "cabin", "hut", "tower", "castle", "palace", "prison", "cell",
    "courtyard", "yard", "porch", "cemetery", "graveyard", "tunnel", "cave", "island", "boat",
    "ship", "deck", "workshop", "lab", "laboratory", "subway", "bakery", "gallery", "hall",
}
# Places wide enough for an extreme wide establishing shot (often a crane).
LANDSCAPE_EN = {
    "sea", "ocean", "coast", "cliff", "cliffs", "desert", "mountain", "valley", "forest", "city",
    "lake", "island", "beach", "shore", "harbor", "harbour", "lighthouse", "field", "meadow",
}
PLACES_ZH = [
    "灯塔", "码头", "海边", "海滩", "港口", "礁石", "大海", "海上", "山顶", "山上", "森林", "树林",
    "河边", "湖边", "桥上", "村子", "村口", "小镇", "城市", "街上", "街道", "巷子", "广场", "市场",
    "车站", "站台", "火车", "机场", "公园", "花园", "家里", "家中", "房间", "卧室", "厨房", "客厅",
    "走廊", "楼梯", "屋顶", "天台", "阳台", "办公室", "商店", "酒吧", "咖啡馆", "饭馆", "医院",
    "学校", "教室", "图书馆", "寺庙", "工厂", "仓库", "院子", "船上", "小屋",
]
LANDSCAPE_ZH = ["海边", "大海", "海上", "山顶", "森林", "城市", "灯塔", "码头", "港口", "海滩"]

# Handheld props worth keeping consistent across shots.
PROPS_EN = {
    "key", "keys", "letter", "envelope", "lantern", "lamp", "flashlight", "torch", "candle", "match",
    "matches", "map", "compass", "knife", "gun", "pistol", "sword", "phone", "umbrella", "book",
    "notebook", "diary", "journal", "photograph", "photo", "ring", "necklace", "locket", "bottle",
    "cup", "mug", "suitcase", "bag", "backpack", "box", "rope", "camera", "coin", "watch",
    "clock", "bell", "radio", "telescope", "guitar", "violin", "flower", "flowers", "rose", "ticket",
    "tickets", "kite", "ball", "hat", "mask", "cigarette", "pen", "paintbrush", "whistle", "shovel",
    "axe", "basket", "briefcase", "bouquet", "balloon", "lighter", "wrench", "hammer", "note",
    "trophy", "medal", "microphone", "racket", "racquet", "baton", "stopwatch", "dumbbell", "dumbbells",
}
# Not props even after "her"/"his": body parts, clothing (part of a character's look), feelings.
NOT_PROPS_EN = {
    "hand", "hands", "face", "eyes", "eye", "head", "hair", "arm", "arms", "shoulder", "shoulders",
    "voice", "breath", "heart", "mouth", "lips", "feet", "foot", "legs", "back", "fingers", "coat",
    "jacket", "raincoat", "dress", "shirt", "scarf", "shoes", "boots", "brother", "sister", "mother",
    "father", "son", "daughter", "wife", "husband", "friend", "way", "life", "name", "mind", "side",
    "place", "turn", "time", "own", "cheek", "chest", "knees", "gaze", "smile",
    # Worn for a sport, part of the look: "she raises her gloves".
    "gloves", "glove", "mitts", "wrist", "wrists", "ankle", "ankles", "neck", "waist", "hips", "elbow",
    # Blows and moves of a sport or a dance are actions ("throws a jab", "makes a tackle").
    "jab", "jabs", "uppercut", "uppercuts", "punch", "punches", "tackle", "tackles", "kick", "kicks",
    "header", "volley", "lob", "dribble", "lunge", "somersault", "cartwheel", "curtsy", "backhand",
    "forehand", "smash", "dunk", "layup", "rebound", "penalty", "sprint", "lap", "feint", "haymaker",
    "knockout", "takedown", "pirouette", "leap", "dive", "spin", "backflip", "handspring", "combination",
}
# Nouns that are a move after most verbs ("takes the pass", "throws a left hook", "takes a bow")
# and a thing only when held or carried ("she holds the bow", "he hangs the coat on the hook").
MOVE_OR_THING_EN = {"hook", "pass", "shot", "serve", "swing", "cross", "bow", "throw", "pitch", "strike",
                    "blow", "drive", "putt", "return", "hit", "save", "catch", "step", "stroke", "goal", "toast"}
THING_HANDLING_EN = ("hold", "grip", "carr", "lift", "pick", "grab", "clutch", "pocket", "show", "put",
                     "place", "set", "hid", "drop", "open", "read", "unfold", "wave", "pull")
# Things that are heard when they sound ("the bell rings", "at the final whistle"): a sound then,
# a prop only when the story shows one otherwise ("she polishes the old bell").
SOUND_MAKERS_EN = {"bell", "bells", "whistle", "buzzer", "gong", "horn", "siren", "klaxon", "alarm"}
SOUNDING_VERBS_EN = ("ring", "rang", "sound", "blow", "blew", "go ", "goes", "went", "clang", "chime",
                     "toll", "shrill", "blare", "buzz", "wail", "scream", "shriek", "peal", "call", "end")
# A word that names a sports or show venue in a story about one: "the ring" of a boxing story
# (and its ropes) is the place, not jewellery or a coil of rope.
VENUE_WORDS_EN = {"ring", "ropes"}
VENUE_CONTEXT_EN = ("boxing", "boxer", "wrestl", "bout", "ringside", "referee", "ringmaster", "circus",
                    "round one", "round two", "the round", "corner", "canvas", "fighter", "champion",
                    "the fight", "title fight", "gloves", "trapeze", "acrobat", "clown", "rodeo")
JEWELLERY_CONTEXT_EN = ("finger", "wedding", "engagement", "diamond", "gold ring", "silver ring", "ring box",
                        "jewel", "propose", "proposal", "on her hand", "on his hand")
# Words that are a place only as a sports venue: "the boxing ring", "the tennis court", "the
# running track" (not a jewel, a royal court, a railway); a pitch is one unless it is "pitch dark".
VENUE_HEADS_EN = {"ring", "pitch", "court", "track"}
VENUE_MODIFIERS_EN = {"boxing", "wrestling", "circus", "football", "soccer", "rugby", "cricket", "hockey",
                      "tennis", "basketball", "volleyball", "badminton", "squash", "netball", "handball",
                      "running", "athletics", "race", "cinder", "dirt", "training", "home", "centre", "center"}
# Words before "stage" that make it a phase, not a theatre's stage ("the final stage").
PHASE_WORDS_EN = {"next", "final", "early", "last", "first", "second", "third", "later", "latest", "this", "that",
                  "every", "each", "same", "late", "initial", "opening", "closing", "critical"}
# Fixtures of a gym that the set holds, not props in a hand: "the heavy bag" is no handbag.
FIXTURES_EN = ("heavy bag", "punching bag", "speed bag", "sandbag", "bean bag", "beanbag", "tea bag")
PROPS_ZH = [
    "灯笼", "钥匙", "信封", "手电筒", "蜡烛", "火柴", "地图", "指南针", "刀", "手枪", "手机", "雨伞",
    "日记", "照片", "戒指", "项链", "瓶子", "杯子", "行李箱", "箱子", "绳子", "相机", "硬币", "手表",
    "钟", "铃铛", "收音机", "望远镜", "吉他", "花", "车票", "风筝", "面具", "信", "书", "伞", "灯",
]

# Verbs of handling: "<verb> the <noun>" makes the noun a prop.
HANDLING_VERBS_EN = (
    "hold", "grip", "carr", "lift", "open", "drop", "pick", "take", "took", "hand", "rais", "light",
    "lit", "clutch", "read", "unfold", "grab", "throw", "threw", "catch", "caught", "pocket",
    "wave", "show", "place", "set", "put", "turn", "strike", "struck", "swing", "pull", "hid",
)

# Camera cues written in the story or shot list. Order matters: longer phrases first.
SHOT_SIZE_CUES_EN: list[tuple[str, str]] = [
    ("extreme close-up", "ECU"), ("extreme close up", "ECU"), ("extreme closeup", "ECU"),
    ("ecu", "ECU"), ("extreme wide", "EWS"), ("ews", "EWS"), ("aerial", "EWS"),
    ("bird's-eye", "EWS"), ("medium close-up", "MCU"), ("medium close up", "MCU"), ("mcu", "MCU"),
    ("close on", "CU"), ("close-up", "CU"), ("close up", "CU"), ("closeup", "CU"), ("cu", "CU"),
    ("insert", "CU"), ("medium long", "MLS"), ("mls", "MLS"), ("medium shot", "MS"), ("ms", "MS"),
    ("long shot", "LS"), ("full shot", "LS"), ("ls", "LS"), ("wide shot", "WS"), ("wide", "WS"),
    ("ws", "WS"), ("establishing", "WS"),
]
SHOT_SIZE_CUES_ZH: list[tuple[str, str]] = [
    ("大特写", "ECU"), ("特写", "CU"), ("近景", "MCU"), ("中景", "MS"), ("全景", "LS"),
    ("远景", "WS"), ("大远景", "EWS"), ("航拍", "EWS"),
]
# Explicit camera moves: (cue, move, direction).
MOVE_CUES_EN: list[tuple[str, str, str]] = [
    ("push in", "dolly", "in"), ("pushes in", "dolly", "in"), ("dolly in", "dolly", "in"),
    ("pull back", "dolly", "out"), ("pulls back", "dolly", "out"), ("dolly out", "dolly", "out"),
    ("zoom in", "zoom", "in"), ("zooms in", "zoom", "in"), ("zoom out", "zoom", "out"),
    ("pan left", "pan", "left"), ("pan right", "pan", "right"), ("pan", "pan", "right"),
    ("tilt up", "tilt", "up"), ("tilt down", "tilt", "down"), ("tilts up", "tilt", "up"),
    ("crane up", "crane", "up"), ("crane down", "crane", "down"), ("crane", "crane", "down"),
    ("tracking", "truck", "right"), ("track", "truck", "right"), ("handheld", "handheld", "none"),
    ("orbit", "orbit", "right"),
]
MOVE_CUES_ZH: list[tuple[str, str, str]] = [
    ("推镜", "dolly", "in"), ("推近", "dolly", "in"), ("拉远", "dolly", "out"), ("摇镜", "pan", "right"),
    ("跟拍", "truck", "right"), ("手持", "handheld", "none"), ("升起", "crane", "up"),
]

# Movement of people and vehicles: tracking shots.
FAST_MOVES_EN = ("run", "ran", "chase", "race", "sprint", "rush", "flee", "fled", "dash", "gallop",
                 "drive", "drove", "speed", "charg", "bolt", "hurr")
SLOW_MOVES_EN = ("walk", "stroll", "wander", "cross", "stride", "strode", "trudg", "limp", "pace",
                 "march", "head", "follow", "ride", "rode", "step", "drift", "sail", "descend",
                 "climb", "wad", "row")
VERTICAL_UP_EN = ("climb", "ascend", "rise", "rose", "up the")
VERTICAL_DOWN_EN = ("descend", "down the", "down to", "fall", "fell", "sink", "sank")
MOVES_ZH_FAST = ("跑", "追", "冲", "奔", "逃", "飞驰", "开车")
MOVES_ZH_SLOW = ("走", "爬", "漫步", "穿过", "骑", "划", "靠岸", "跟着", "登上", "走上", "下楼")
VERTICAL_UP_ZH = ("跑上", "走上", "爬上", "登上", "上楼", "往上")
VERTICAL_DOWN_ZH = ("跑下", "走下", "下楼", "往下")
LEFTWARD_EN = ("to the left", "leftward", "back home", "back to", "returns", "retreat", "turns back")
RIGHTWARD_EN = ("to the right", "rightward")

# Faces, hands and small things: close-ups.
# (Hands and props get an insert instead: see shots._insert_focus.)
CLOSE_DETAIL_EN = ("eyes", "eye", "face", "tear", "lips", "smile",
                   "frown", "watches her", "watches his", "stares", "glances", "blinks", "wick",
                   "trembl", "realiz", "gasps", "swallows", "whispers")
EXTREME_DETAIL_EN = ("eyes", "fingers", "wick", "keyhole", "pupil", "a tear", "ring", "coin")
CLOSE_DETAIL_ZH = ("眼睛", "眼泪", "脸", "手里", "手指", "微笑", "笑了", "哭", "看着", "嘴唇", "低声")
# "a ring of keys", "a bunch of flowers": the thing is what comes after "of"; the collective
# word only describes it.
COLLECTIVE_NOUNS_EN = {"ring", "bunch", "bundle", "pair", "set", "stack", "pile", "heap", "handful",
                       "string", "sheaf", "roll", "wad", "coil", "clutch", "armful", "fistful", "bouquet",
                       "cluster", "row", "stack", "ream", "strand", "loop"}
# "a bottle of wine", "a box of matches": the container is the thing seen; what it holds is not
# a prop of its own.
CONTAINER_NOUNS_EN = {"bottle", "box", "jar", "cup", "mug", "glass", "bag", "sack", "basket", "bowl",
                      "crate", "carton", "tin", "can", "bucket", "flask", "pot", "plate", "tray", "case",
                      "purse", "pouch", "barrel", "chest", "packet", "pack", "vial", "jug", "pitcher"}
TINY_PROPS = {"key", "keys", "ring", "coin", "match", "matches", "locket", "ticket", "note", "watch",
              "钥匙", "戒指", "硬币", "火柴", "车票"}

# Panic and fights: handheld camera.
PANIC_EN = ("fight", "punch", "struggl", "panic", "scream", "wrestl", "shov", "attack", "stumbl",
            "explo", "crash", "flail", "terrif")
PANIC_ZH = ("打架", "搏斗", "惊慌", "尖叫", "扭打", "爆炸", "慌乱", "挣扎")

# Angles.
LOW_ANGLE_EN = ("looks up at", "towering", "towers over", "from below", "looms", "low angle", "low-angle",
                "worm's-eye", "worm's eye")
HIGH_ANGLE_EN = ("looks down at", "from above", "far below", "high angle", "high-angle")

# A beat that carries the previous action on without a visible cut.
CONTINUOUS_EN = ("continue", "still ", "keeps ", "keep ", "carries on", "without stopping",
                 "goes on", "on and on")
CONTINUOUS_START_EN = ("then ", "and then", "as ")
CONTINUOUS_ZH = ("继续", "仍然", "依然", "接着", "然后", "还在", "一直")

# Speech verbs around quoted dialogue.
SPEECH_VERBS_EN = (
    "say", "said", "ask", "answer", "repl", "whisper", "shout", "call", "mutter", "murmur",
    "yell", "cr", "add", "tell", "told", "snap", "laugh", "sigh", "breath", "plead", "warn",
    "spoke", "speak", "announc", "report", "repeat", "declar", "exclaim", "hiss", "growl",
    "groan", "grumbl", "insist", "admit", "promis", "roar", "bellow", "scream", "stammer",
    "sob", "chirp", "squeak", "bark", "purr", "croak", "beep", "sang", "sing", "chant", "recit",
)
SPEECH_VERBS_ZH = ("说", "道", "问", "喊", "回答", "叫道", "低声说", "笑道", "答")

# Words that mark a character's look as female or male, for "she"/"he" resolution.
FEMALE_WORDS_EN = {"woman", "girl", "mother", "sister", "wife", "daughter", "lady", "grandmother",
                   "aunt", "queen", "she", "her", "widow", "mrs", "ms", "niece", "miss", "madam",
                   "madame", "mademoiselle", "princess", "duchess", "granddaughter", "grandma",
                   "mom", "mum", "nun", "actress", "waitress", "señora", "senora", "countess"}
MALE_WORDS_EN = {"man", "boy", "father", "brother", "husband", "son", "gentleman", "grandfather",
                 "uncle", "king", "he", "his", "him", "widower", "mr", "nephew", "mister", "sir",
                 "lord", "prince", "duke", "grandson", "grandpa", "dad", "monk", "señor", "senor",
                 "monsieur", "count"}
FEMALE_HINTS_ZH = ("女", "姐", "妹", "婆", "娘", "奶", "妈", "姑", "姨", "她")
MALE_HINTS_ZH = ("男", "伯", "爷", "叔", "哥", "弟", "爸", "父", "公", "他")

# Capitalized words that are not names (sentence starters, pronouns, days, titles of address).
NOT_NAMES_EN = {
    "the", "a", "an", "and", "but", "or", "so", "then", "when", "while", "as", "at", "in", "on",
    "of", "to", "for", "from", "with", "without", "by", "into", "onto", "after", "before", "later",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
    "this", "that", "these", "those", "there", "here", "where", "what", "who", "why", "how",
    "close", "cut", "fade", "dissolve", "int", "ext", "shot", "scene", "meanwhile", "suddenly",
    "outside", "inside", "above", "below", "behind", "beyond", "under", "over", "through", "across",
    "one", "two", "three", "some", "all", "no", "not", "yes", "every", "each", "both", "only",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "god", "mr", "mrs", "ms", "dr", "sir", "oh", "ok", "okay", "please",
    "hello", "hey", "well", "now", "just", "again", "once", "far", "near", "up", "down", "if",
    "ignore", "do", "don't", "let", "let's", "is", "are", "was", "were", "be", "pick", "go", "we're",
    "i'm", "it's", "that's", "you're", "ws", "ms", "cu", "ecu", "mcu", "ls", "mls", "ews", "pov",
    "v.o", "o.s", "cont'd", "title", "author", "wide", "insert", "angle", "back", "still",
    "film", "story", "afterwards", "meanwhile", "finally", "later", "everything", "nothing", "someone", "somewhere", "never", "always",
}

# Titles that go before a name: "Captain Ilan" is one person, also "the captain".
TITLES_EN = {
    "captain", "doctor", "dr", "professor", "sergeant", "detective", "officer", "inspector",
    "agent", "aunt", "uncle", "mr", "mrs", "ms", "miss", "lady", "lord", "sir", "king", "queen",
    "prince", "princess", "father", "mother", "sister", "brother", "grandma", "grandpa", "judge",
    "nurse", "colonel", "general", "lieutenant", "major", "admiral", "chief", "old",
}
# People (and creatures) a story may leave unnamed who still act: "a boy waves".
PERSON_NOUNS_EN = {
    "boy", "girl", "man", "woman", "child", "kid", "stranger", "soldier", "guard", "conductor",
    "sailor", "fisherman", "driver", "waiter", "waitress", "nurse", "doctor", "policeman",
    "officer", "old man", "old woman", "priest", "farmer", "baby", "dog", "cat", "robot",
    "horse", "fox", "bird", "figure", "teenager", "musician", "thief", "clerk", "shopkeeper",
}
CHILD_NOUNS_EN = {"boy", "girl", "child", "kid", "baby", "teenager", "toddler", "son", "daughter"}
# Characters that are not people: no clothes or age in their default look.
NONHUMAN_EN = {
    "robot", "android", "machine", "drone", "dog", "cat", "fox", "bird", "horse", "wolf", "bear",
    "owl", "crow", "rabbit", "mouse", "whale", "dragon", "ghost", "alien", "monster", "creature",
    "tree", "puppy", "kitten", "cow", "deer", "fish", "turtle",
}
# Things that move on their own in Chinese prose (a boat docks, the wind rises): not a person.
THINGS_THAT_MOVE_ZH = ("船", "车", "风", "浪", "云", "鸟", "门", "雨", "雪", "光", "树", "水", "烟", "雾")
# Roles Chinese stories use instead of names: one who acts is a character.
PERSON_NOUNS_ZH = (
    "老板娘", "老板", "老人", "老太太", "老头", "女孩", "男孩", "孩子", "小孩", "姑娘", "小伙子",
    "警察", "医生", "护士", "司机", "母亲", "父亲", "妈妈", "爸爸", "奶奶", "爷爷", "外婆", "外公",
    "妻子", "丈夫", "女人", "男人", "陌生人", "士兵", "渔夫", "老师", "学生", "机器人",
)
NONHUMAN_ZH = ("机器人", "猫", "狗", "鸟", "狐狸", "马", "狼", "熊", "兔子", "鱼", "龙", "鬼", "怪物")

# Capitalized words that name things, never a character: weather ("Lightning flickers"), the sky
# ("the Moon rises"), buildings, vehicles and the elements. A capital at the start of a sentence
# does not make one of these a name.
NOT_CHARACTERS_EN = {
    # weather and light
    "lightning", "thunder", "rain", "storm", "snow", "hail", "fog", "mist", "wind", "winds",
    "sleet", "drizzle", "thunderstorm", "hurricane", "blizzard", "tornado", "sunlight",
    "moonlight", "starlight", "daylight", "darkness", "light", "shadow", "shadows", "smoke",
    "fire", "flames", "flame", "dust", "sand", "water", "waves", "clouds", "cloud", "sky",
    "silence", "nothing", "everything", "somewhere", "dawn", "dusk", "night", "day", "morning",
    "evening", "noon", "midnight", "twilight", "sunrise", "sunset",
    # the sky's bodies
    "planet", "moon", "sun", "stars", "star", "earth", "mars", "venus", "jupiter", "saturn",
    "mercury", "neptune", "uranus", "pluto", "comet", "galaxy", "orbit", "space", "universe",
    "nebula", "asteroid",
    # places, buildings, vehicles, machines that do not speak
    "station", "ship", "hull", "airlock", "window", "door", "doors", "wall", "walls", "engine",
    "engines", "alarm", "alarms", "siren", "sirens", "bell", "bells", "clock", "greenhouse",
    "corridor", "car", "truck", "train", "bus", "boat", "helicopter", "plane", "tower", "city",
    "town", "village", "forest", "sea", "ocean", "river", "mountain", "road", "street",
    # sentence openers that are not names
    "somewhere", "everyone", "everybody", "nobody", "someone", "something", "anything", "inside",
    "outside", "back", "later", "soon", "slowly", "quickly", "together", "alone", "once", "twice",
    "minutes", "seconds", "hours", "moments", "years", "behind", "beside", "between", "around",
    "toward", "towards", "until", "because", "though", "although", "instead", "perhaps", "maybe",
    "yet", "even", "still", "already", "almost", "overhead", "below", "above", "ahead",
    "welcome", "thanks", "thank", "sorry", "goodbye", "good", "run", "wait", "stop", "look", "come",
    "listen", "help", "no", "yes", "what", "why", "how", "who", "where", "when",
}
# Roles heard from afar, over a radio or a speaker: in voice-over only, they are a voice.
REMOTE_VOICES_EN = {"dispatcher", "dispatch", "tower", "control", "operator", "command", "base", "hq",
                    "ground", "controller", "narrator", "announcer", "broadcaster", "newsreader", "anchor"}
# Plants, rocks and other things: scenery unless they speak or act on their own ("said the old
# tree" makes a character through its speech tag, never through a capital at a sentence start).
THINGS_EN = {
    "tree", "trees", "oak", "oaks", "pines", "birch", "birches", "elms", "bush", "bushes", "shrub",
    "shrubs", "hedge", "hedges", "grass", "weeds", "flowers", "plant", "plants", "leaves", "leaf",
    "branch", "branches", "vine", "vines", "moss", "fern", "ferns", "reeds", "rock", "rocks", "boulder",
    "boulders", "pebble", "pebbles", "stones", "fields", "hills", "dunes", "wheat", "corn", "crops",
    "mushrooms", "petals", "roots", "trunk", "orchard", "orchards", "meadows", "snowflakes",
}
NOT_CHARACTERS_EN |= THINGS_EN
# Chinese endings of a tree's name ("老槐树", "大榕树"); ones that are also given names (小花, 石头) are left out.
THINGS_ZH = ("树", "树林", "树枝", "树叶")
# Irregular past tenses that show a noun acting: "the crow held", "the keeper saw".
IRREGULAR_PAST_EN = {
    "held", "took", "saw", "ran", "sat", "stood", "came", "went", "said", "flew", "fell", "rose",
    "drew", "threw", "caught", "brought", "bought", "thought", "found", "made", "gave", "knew",
    "left", "met", "heard", "felt", "kept", "slept", "swam", "sang", "spoke", "broke", "woke",
    "wrote", "rode", "drove", "hid", "bit", "shook", "led", "fled", "crept", "wept", "lay",
    "got", "began", "ate", "told", "won", "stole", "dug", "froze", "spun", "sprang", "struck",
}
# Speaking machines and voices: characters with no body (form "voice").
VOICE_NOUNS_EN = {"computer", "ai", "intercom", "announcer", "narrator", "voice", "system",
                  "mainframe", "assistant", "loudspeaker", "speakers", "hologram"}
# Clothing and body words: "Mara's red raincoat", "his silver prosthetic arm" describe a look.
LOOK_NOUNS_EN = {
    "coat", "raincoat", "jacket", "dress", "shirt", "scarf", "hat", "cap", "boots", "shoes",
    "gloves", "cloak", "cape", "robe", "suit", "uniform", "sweater", "jumper", "trousers", "jeans",
    "skirt", "apron", "vest", "glasses", "spectacles", "beard", "moustache", "mustache", "hair",
    "braid", "braids", "eyes", "scar", "arm", "leg", "hand", "tattoo", "helmet", "mask",
    "overalls", "collar", "ribbon", "earrings", "necklace", "fur", "tail", "ear", "ears", "mane",
    "feathers", "wings", "paws", "whiskers", "head", "face", "skin", "teeth", "tooth", "limp",
    "hood", "hoodie", "bandana", "shawl", "veil", "crown", "boot", "beak", "shell", "antenna",
    "antennae", "lens", "plating", "wheels", "freckles", "wrinkles", "smile", "patch", "eye",
}
# Roles a story may name someone by ("the keeper", "the old captain"): one who acts is a character.
ROLE_NOUNS_EN = {
    "keeper", "captain", "pilot", "engineer", "scientist", "queen", "king", "prince", "princess",
    "knight", "witch", "wizard", "hunter", "miller", "baker", "woodcutter", "shepherd", "merchant",
    "beggar", "detective", "inspector", "agent", "spy", "assassin", "killer", "janitor", "porter",
    "widow", "monk", "nun", "sheriff", "judge", "lawyer", "teacher", "student", "boss", "chef",
    "cook", "maid", "butler", "servant", "mayor", "prisoner", "traveller", "traveler", "hermit",
    "giant", "peasant", "courier", "messenger", "tailor", "smith", "blacksmith", "carpenter",
    "lighthouse keeper", "mechanic", "medic", "commander", "crew", "passenger", "pirate",
}

# More places, for stories beyond the harbour: homes, ships and stations, the wild.
PLACES_EN |= {
    "cottage", "greenhouse", "airlock", "hull", "cockpit", "hangar", "garage", "lobby", "ward",
    "clinic", "chapel", "cathedral", "shrine", "dungeon", "mine", "sewer", "glacier", "dunes",
    "canyon", "jungle", "swamp", "marsh", "orchard", "stable", "mill", "quay", "wharf", "marina",
    "inn", "tavern", "pub", "bazaar", "arena", "stadium", "bathroom", "lounge", "nursery",
    "dormitory", "camp", "tent", "ruins", "crater", "bunker", "vault", "observatory", "pond",
    "stream", "waterfall", "hill", "hills", "ridge", "peak", "summit", "bay", "lagoon", "reef",
    "meadow", "clearing", "grove", "plaza", "rooftops", "parlor", "parlour", "chamber",
    "throne-room", "den", "burrow", "nest", "lair", "bridge", "engine-room", "gate", "gates",
    "spaceship", "starship", "shuttle", "capsule", "bay", "plains", "prairie", "tundra", "coastline",
    "seashore", "seaside", "boardwalk", "pier", "lighthouse", "sky", "clouds", "space", "orbit",
}

# Verbs that carry someone from one place to another: "pulls herself into the greenhouse".
GOING_VERBS_EN = FAST_MOVES_EN + SLOW_MOVES_EN + (
    "pull", "push", "go", "goes", "went", "gone", "enter", "return", "crawl", "swim", "swam", "fly",
    "flew", "float", "drag", "slip", "squeez", "dive", "dove", "jump", "leap", "leapt", "clamber",
    "emerg", "duck", "stagger", "tumbl", "carr", "lead", "led", "bring", "brought", "take", "took",
    "move", "come", "came", "hobbl", "scrambl", "creep", "crept", "sneak", "snuck", "glid",
    "haul", "heave", "hurl", "lower", "step", "escap", "wander", "arriv", "land", "board",
    "disembark", "descend", "ascend", "sail", "paddl", "skat", "ski", "trek", "travel", "journey",
)
# Where a movement ends: the place after one of these is the new place.
INTO_PLACE_EN = ("into", "onto", "inside", "out onto", "out into", "out to", "out of", "through",
                 "to", "toward", "towards", "up to", "down to", "across", "back to", "back into",
                 "up into", "down into", "in to", "over to", "along", "out across")
LOOK_NOUNS_EN |= {
    "scrubs", "badge", "cardigan", "oilskin", "tunic", "sneakers", "trainers", "cast", "pullover",
    "blouse", "trench", "trenchcoat", "overcoat", "parka", "poncho", "kimono", "sari", "headscarf",
    "turban", "beret", "bonnet", "goggles", "earring", "bracelet", "tie", "bowtie", "waistcoat",
    "gown", "armor", "armour", "spacesuit", "slippers", "sandals", "stockings", "tights", "shorts",
    "wig", "bun", "ponytail", "curls", "dreadlocks", "stubble", "sideburns", "cheek", "cheeks",
    "forearms", "forearm", "fingers", "nose", "chin", "forehead", "lips", "eyebrows", "claws",
    "horns", "scales", "tusks", "sensor", "sensors", "dome", "treads", "mittens", "gloves",
    "coveralls", "jumpsuit", "belt", "sash", "pinafore", "frock", "smock", "rags", "hat", "plait",
    "plaits", "mane", "hooves", "muzzle", "snout", "coat", "paw", "knees", "elbows", "limbs",
    "body", "frame", "build", "legs", "feet", "teeth", "beard", "hair", "eye", "eyes", "glasses",
    "spectacles", "moustache", "pipe", "cane", "crutch", "wheelchair", "feathers", "wings",
}
PLACES_EN |= {
    "terrace", "veranda", "patio", "deck", "wheelhouse", "galley", "quarters", "trail", "path",
    "mesa", "gully", "ravine", "overhang", "ledge", "slope", "plateau", "laundromat",
    "supermarket", "pharmacy", "bank", "salon", "barbershop", "gym", "cinema", "motel", "hostel",
    "lodge", "chalet", "villa", "mansion", "manor", "ballroom", "dome", "courthouse", "embassy",
    "precinct", "morgue", "alleyway", "backyard", "driveway", "sidewalk", "pavement", "crossroads",
    "junction", "carriage", "compartment", "cabin", "cab", "aisle", "checkpoint", "border",
    "camp", "campsite", "campfire", "well", "pasture", "paddock", "vineyard", "ranch", "homestead",
    "sawmill", "forge", "smithy", "quarry", "dam", "canal", "harbourside", "waterfront", "cove",
    "island", "jetty", "boathouse", "shed", "greenhouse", "conservatory", "study", "loft",
    "stairs", "staircase", "landing", "elevator", "lift", "roof", "parking", "mall", "arcade",
    "auditorium", "stage", "backstage", "classroom", "playground", "schoolyard", "courtroom",
    "hallway", "foyer", "vestibule", "porch", "attic", "basement", "rampart", "battlements",
    "keep", "tower", "spire", "belfry", "bell-tower", "crypt", "tomb", "catacombs", "undergrowth",
    "thicket", "riverbank", "bank", "creek", "brook", "spring", "oasis", "dune", "steppe",
}
PLACES_EN |= {"upstairs", "downstairs"}
# Words too often not a place of their own ("the spiral stairs of the lighthouse", "keep").
PLACES_EN -= {"stairs", "staircase", "landing", "keep", "spring", "well", "stage", "lift", "bank",
              "cab", "aisle", "elevator", "border"}
INTO_PLACE_EN += ("down", "up", "past", "around", "round", "over", "from", "off", "out through", "beyond")
NOT_NAMES_EN |= {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
                 "christmas", "easter", "spring", "summer", "autumn", "winter", "fall"}
# Endings of Chinese words that name a person or a working role: 石匠, 渔夫, 船夫, 老人.
PERSON_SUFFIXES_ZH = ("匠", "夫", "人", "者", "师", "婆", "爷", "伯", "娘", "翁", "叔", "姐", "哥", "嫂",
                      "妈", "爸", "公", "王", "后", "生", "长", "工", "兵", "官")
PLACES_ZH += [
    "渡口", "河中央", "对岸", "竹林", "江边", "山脚", "山谷", "田野", "田里", "庙里", "桥头", "桥边",
    "岸边", "河上", "船头", "船舱", "集市", "城门", "宫殿", "山洞", "井边", "菜园", "果园", "茶馆",
    "客栈", "戏台", "街角", "门口", "屋里", "屋外", "窗前", "床边", "田埂", "山路", "小路", "石桥",
    "木桥", "河岸", "湖心", "山坡", "草地", "草原", "沙漠", "雪地", "海底", "天上", "云端", "院里",
    "庭院", "后院", "厅堂", "大殿", "书房", "病房", "教堂", "车厢", "甲板", "船上", "岛上", "村里",
]
# Chinese words for weather, sky and things: never a character even when jieba tags them a name.
NOT_CHARACTERS_ZH = ("乌云", "雷声", "闪电", "雷", "雨", "风", "雪", "雾", "月亮", "太阳", "星星", "云",
                     "浪", "天空", "月光", "阳光", "灯光", "火光", "星光", "夜色", "黑暗", "船", "桥", "车")
PERSON_NOUNS_ZH += ("小女孩", "小男孩", "小姑娘", "老船夫", "船夫", "老渔夫", "石匠", "木匠", "铁匠", "猎人",
                    "农夫", "樵夫", "书生", "和尚", "尼姑", "道士", "将军", "皇帝", "公主", "王子", "国王")
PERSON_NOUNS_ZH += ("掌柜", "客人", "年轻人", "伙计", "小二", "店主", "大夫", "郎中", "商人", "乞丐", "邻居",
                    "朋友", "哥哥", "姐姐", "弟弟", "妹妹", "老汉", "老妇人", "少年", "少女", "姑姑", "舅舅",
                    "师傅", "徒弟", "厨师", "侍者", "服务员", "乘客", "旅客", "船长", "队长", "村长", "老师傅")
# Common Chinese surnames: 老周, 阿陈 and 小李 are people even when jieba reads them otherwise.
SURNAMES_ZH = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
PLACES_ZH += ["茶馆", "客栈", "酒馆", "店里", "铺子"]
PLACES_EN |= {"flats", "saltpan", "mudflats"}  # "the salt flats"
PLACES_EN |= {"snowfield", "icefield", "ice", "snowfields", "moor", "moors", "heath", "tundra", "savanna"}
PLACES_EN |= {"plain", "grassland", "base", "habitat", "outpost", "colony", "module", "atrium",
              "mezzanine", "cloakroom", "apiary", "hives", "exhibition", "showroom", "studio", "bunker",
              "trench", "battlefield", "fortress", "fort", "barracks", "harbourfront", "seafront",
              "promenade", "pavilion", "gazebo", "greenhouse", "nursery", "kitchen", "pantry",
              "scullery", "cellar", "vineyard", "winery", "brewery", "distillery", "bakery", "butcher",
              "teahouse", "teashop", "restaurant", "canteen", "cafeteria", "ward", "hospice", "chapel"}
ROLE_NOUNS_EN |= {
    "skier", "snowboarder", "climber", "mountaineer", "hiker", "runner", "swimmer", "diver", "rider",
    "cyclist", "ranger", "guide", "tourist", "visitor", "guest", "host", "hostess", "bartender",
    "barman", "barmaid", "innkeeper", "shopkeeper", "storekeeper", "cashier", "vendor", "pedlar",
    "peddler", "fisherwoman", "fishwife", "ferryman", "boatman", "boatwoman", "deckhand", "stoker",
    "steward", "stewardess", "attendant", "usher", "curator", "guard", "watchman", "sentry",
    "lookout", "scout", "soldier", "sergeant", "lieutenant", "colonel", "general", "admiral",
    "marine", "sailor", "astronaut", "cosmonaut", "navigator", "copilot", "surgeon", "paramedic",
    "firefighter", "fireman", "policewoman", "constable", "cop", "officer", "priest", "vicar",
    "rabbi", "imam", "preacher", "shaman", "healer", "midwife", "nanny", "governess", "tutor",
    "professor", "librarian", "clerk", "secretary", "receptionist", "manager", "director",
    "producer", "actor", "actress", "dancer", "singer", "musician", "drummer", "violinist",
    "pianist", "painter", "sculptor", "photographer", "journalist", "reporter", "editor", "writer",
    "poet", "novelist", "auctioneer", "bidder", "collector", "dealer", "thief", "burglar",
    "pickpocket", "smuggler", "bandit", "outlaw", "gunman", "sniper", "hostage", "witness",
    "suspect", "victim", "stranger", "newcomer", "neighbour", "neighbor", "landlord", "landlady",
    "tenant", "farmer", "farmhand", "rancher", "cowboy", "herder", "beekeeper", "gardener",
    "groundskeeper", "caretaker", "gravedigger", "undertaker", "miner", "logger", "lumberjack",
    "trucker", "courier", "postman", "postwoman", "mailman", "paperboy", "newsboy", "waiter",
    "waitress", "butcher", "grocer", "fishmonger", "florist", "jeweller", "jeweler", "clockmaker",
    "watchmaker", "locksmith", "cobbler", "weaver", "potter", "glassblower", "inventor",
    "engineer", "mechanic", "technician", "programmer", "coder", "hacker", "robotics", "doctor",
    "nurse", "patient", "orderly", "student", "pupil", "schoolgirl", "schoolboy", "toddler",
    "teenager", "grandmother", "grandfather", "grandma", "grandpa", "granny", "widow", "widower",
    "bride", "groom", "monk", "nun", "abbot", "pilgrim", "wanderer", "vagrant", "tramp", "drifter",
    "refugee", "prince", "princess", "duke", "duchess", "emperor", "empress", "lord", "lady",
    "servant", "maid", "page", "squire", "jester", "minstrel", "bard", "herald", "archer",
    "swordsman", "ferryman", "lighthouse-keeper", "conductor", "porter", "driver", "chauffeur",
}
PROPS_EN |= {
    "helicopter", "sedan", "car", "truck", "van", "jeep", "taxi", "motorbike", "motorcycle",
    "bicycle", "bike", "scooter", "tram", "boat", "canoe", "rowboat", "raft", "kayak", "yacht",
    "ship", "ferry", "plane", "airplane", "jet", "drone", "rocket", "shuttle", "spaceship",
    "balloon", "cart", "wagon", "carriage", "sled", "sleigh", "tractor", "bus", "train", "rover",
    "thermos", "harness", "axe", "rifle", "revolver", "dagger", "lamp", "crate", "chest", "parcel",
    "package", "jar", "flask", "bowl", "loaf", "bread", "cheese", "apple", "apples", "cake",
    "sack", "sacks", "tray", "teapot", "kettle", "scroll", "sword", "shield", "bow", "spear",
    "badge", "laptop", "tablet", "drive", "radio", "walkie-talkie", "binoculars", "telescope",
    "handbag", "purse", "wallet", "diamond", "necklace", "crown", "painting", "statue", "vase",
    "candle", "lantern", "torch", "flare", "map", "compass", "rope", "ladder", "shovel", "pickaxe",
}
# Ambiguous words stay out of the props ("the bow of the boat"); vehicles that are also places
# (boat, train, car) become props only through a handling verb, never by name alone.
PROPS_EN -= {"bow", "drive", "badge", "page", "boat", "ship", "train", "bus", "car", "taxi",
             "ferry", "carriage", "plane", "shuttle"}
ROLE_NOUNS_EN -= {"page", "robotics", "general"}
# Parts of the set, drawn with the place: not props even when someone handles them.
NOT_PROPS_EN |= {"window", "windows", "door", "doors", "curtain", "curtains", "gate", "wall", "walls",
                 "floor", "ceiling", "light", "lights", "engine", "tap", "hatch", "shutters", "blinds",
                 "switch", "handle", "railing", "rail", "stairs", "bed", "sink", "stove", "fire"}
LOOK_NOUNS_EN |= {"lip", "lips", "gown", "dress", "tuxedo", "jewels", "diamonds", "silk", "velvet",
                  "pearls", "sequins", "monocle", "eyepatch", "scarf", "shawl", "stole"}
LOOK_NOUNS_EN -= {"silk", "velvet"}
PERSON_NOUNS_ZH += ("说书人", "小贩", "船家", "店小二", "车夫", "更夫", "媒婆", "郎中")
# Kin before a name ("他的孙女小梅") say who someone is, as a role does.
PERSON_NOUNS_ZH += ("孙女", "孙子", "外孙女", "外孙", "女儿", "儿子", "侄女", "侄子", "徒弟", "师父", "老伴")
PROPS_ZH += ["油灯", "渔网", "鱼竿", "篮子", "斧头", "扇子", "茶壶", "宝剑", "剑", "船桨", "药箱"]
# Adjectives of the body: "She was tall and thin", "a tall, gaunt man" describe a look.
LOOK_ADJECTIVES_EN = {
    "tall", "short", "thin", "slim", "slender", "stout", "broad", "heavy", "heavyset", "plump",
    "fat", "frail", "old", "young", "elderly", "aged", "pale", "tanned", "sunburned", "bald",
    "grey-haired", "gray-haired", "white-haired", "red-haired", "dark-haired", "fair-haired",
    "blonde", "blond", "bearded", "clean-shaven", "freckled", "lanky", "gaunt", "small", "tiny",
    "huge", "enormous", "muscular", "skinny", "wiry", "stooped", "hunched", "blind", "scarred",
    "tattooed", "wrinkled", "weathered", "petite", "burly", "stocky", "willowy", "bony", "round",
    "rosy-cheeked", "hollow-eyed", "one-eyed", "one-armed", "limping", "barefoot", "grizzled",
    "silver-haired", "curly-haired", "long-haired", "short-haired", "broad-shouldered", "squat",
}
PLACES_EN |= {
    "porch", "veranda", "hallway", "corridor", "lobby", "reception", "waiting", "dining", "bar",
    "nightclub", "club", "casino", "theatre", "opera", "concert", "hall", "arena", "ring", "rink",
    "court", "pitch", "track", "racetrack", "pool", "sauna", "spa", "gymnasium", "dojo", "temple",
    "monastery", "convent", "abbey", "cloister", "chapel", "graveyard", "churchyard", "orchard",
    "greenhouse", "allotment", "field", "fields", "paddy", "terraces", "hillside", "hilltop",
    "mountainside", "clifftop", "headland", "peninsula", "isthmus", "archipelago", "atoll",
    "lagoon", "marshes", "wetlands", "bog", "fen", "delta", "estuary", "rapids", "falls",
    "glade", "copse", "woodland", "rainforest", "jungle", "savannah", "badlands", "wasteland",
    "salt-flats", "crater", "volcano", "caldera", "geyser", "iceberg", "floe", "pack-ice",
    "observatory", "planetarium", "laboratory", "lab", "clinic", "infirmary", "sickbay", "bridge",
    "engine-room", "cargo", "hold", "bay", "airlock", "corridor", "platform", "concourse",
    "terminal", "gate", "runway", "tarmac", "hangar", "depot", "garage", "workshop", "studio",
    "office", "cubicle", "boardroom", "newsroom", "courtroom", "cell", "jail", "prison", "yard",
    "schoolyard", "playground", "classroom", "dormitory", "library", "bookshop", "bookstore",
    "shop", "store", "boutique", "stall", "kiosk", "booth", "market", "marketplace", "square",
}
PLACES_EN -= {"ring", "track", "pitch", "court", "hold", "bar", "gate", "waiting", "dining", "cargo",
              "reception", "concert", "opera", "falls", "club", "booth"}
PLACES_EN |= {"gate", "gates"}
PLACES_ZH += ["巷口", "巷子口", "路口", "街口", "村头", "桥下", "屋檐下", "窗台"]
PLACES_EN |= {"saloon", "corral"}
PLACES_ZH += ["面馆"]

# A crowd is heard and seen as the place's life, never one character: "Spectators whisper".
NOT_CHARACTERS_EN |= {"spectators", "audience", "crowd", "crowds", "fans", "supporters", "onlookers"}
# People of sport and show: "the referee counts her out", "a volunteer drapes a medal on her".
ROLE_NOUNS_EN |= {
    "referee", "umpire", "linesman", "coach", "trainer", "jockey", "goalkeeper", "goalie", "striker",
    "boxer", "wrestler", "fighter", "champion", "challenger", "volunteer", "ringmaster", "clown", "acrobat",
    "juggler", "magician", "bride", "groom", "bridesmaid", "cheerleader", "gymnast", "skater", "sprinter",
    "bandleader", "guitarist", "bassist", "trumpeter", "cellist", "grandmaster",
}
# Venues and homes on wheels: "Across town, in a cold caravan, ...".
PLACES_EN |= {"caravan", "motorhome", "campervan", "circus", "racecourse", "velodrome", "clubhouse", "airfield",
              "airstrip", "aerodrome", "ballpark"}
