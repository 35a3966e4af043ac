"""Words that name places, set pieces and weather: the lexicon behind fill_world.

Stems match the start of an English word ("harbour" matches "harbours"; a trailing space makes a
stem a whole word: "bar ") and occur anywhere in Chinese text. Longer stems win over shorter ones
that they contain ("space station" over "station", "火车站" over "火车"), so specific phrases go
in whichever kind they name.
"""

from __future__ import annotations

# kind -> stems naming a place of that kind.
KIND_STEMS: dict[str, tuple[str, ...]] = {
    "home": ("home", "house", "flat ", "apartment", "bedroom", "living room", "kitchen", "cottage",
             "cabin", "hut", "attic", "nursery", "bathroom", "dining room", "parlour", "parlor",
             "farmhouse", "lodge", "villa", "mansion", "tent", "den ",
             "家", "房间", "卧室", "厨房", "客厅", "小屋", "公寓", "屋"),
    "office": ("office", "study ", "meeting room", "boardroom", "newsroom", "police station",
               "precinct", "courtroom", "court room", "headquarters", "agency",
               "办公室", "会议室", "警察局", "银行", "法庭"),
    "industrial": ("corridor", "hallway", "factory", "warehouse", "engine room", "boiler room",
                   "basement", "cellar", "bunker", "garage", "plant room", "power plant", "mill ",
                   "foundry", "shipyard", "depot", "hangar", "elevator", "stairwell", "military base", "army base",
                   "走廊", "工厂", "仓库", "地下室", "车库", "机房"),
    "laboratory": ("laboratory", "lab ", "workshop", "surgery", "operating room", "operating theatre",
                   "operating theater",
                   "control room", "server room", "observatory",
                   "实验室", "工作室", "控制室", "手术室"),
    "spacecraft": ("space station", "spaceship", "space ship", "starship", "spacecraft", "shuttle",
                   "capsule", "airlock", "orbital station", "orbital", "mothership", "cockpit of the ship",
                   "空间站", "宇宙飞船", "飞船", "太空站"),
    "space": ("outer space", "deep space", "in space", "orbit", "asteroid", "nebula", "galaxy",
              "moon's surface", "lunar", "on mars", "zero gravity", "void ",
              "太空", "宇宙", "外太空", "月球", "星空"),
    "garden": ("garden", "greenhouse", "park ", "orchard", "courtyard", "yard ", "backyard",
               "vineyard", "allotment", "conservatory", "lawn", "flower bed",
               "花园", "公园", "温室", "庭院", "果园", "院子"),
    "shop": ("shop", "store", "bakery", "bar ", "pub ", "tavern", "cafe", "café", "coffee house",
             "restaurant", "diner", "inn ", "market", "bazaar", "boutique", "pharmacy", "bookshop",
             "bookstore", "supermarket", "kiosk", "stall", "butcher", "grocer", "teahouse", "tea house",
             "商店", "店", "面包", "酒吧", "咖啡", "餐厅", "饭馆", "市场", "集市", "茶馆", "酒馆"),
    "school": ("school", "classroom", "library", "university", "college", "lecture hall", "campus",
               "lecture theatre", "lecture theater",
               "academy", "kindergarten",
               "学校", "教室", "图书馆", "大学", "课堂"),
    "hospital": ("hospital", "clinic", "ward ", "infirmary", "emergency room", "sickbay", "sick bay",
                 "doctor's", "nursing home",
                 "医院", "诊所", "病房"),
    "church": ("church", "temple", "shrine", "cathedral", "chapel", "monastery", "mosque", "abbey",
               "synagogue", "pagoda",
               "教堂", "寺", "庙", "神社"),
    "castle": ("castle", "palace", "throne", "fortress", "citadel", "tower",
               "battlement", "ramparts", "ruins", "fort ", "great hall",
               "城堡", "宫殿", "宫", "塔", "遗迹", "废墟"),
    "street": ("street", "city", "skyline", "alley", "square", "rooftop", "roof", "avenue", "boulevard",
               "parking", "car park", "gas station", "petrol station", "filling station", "service station",
               "downtown", "sidewalk", "pavement", "crossroads", "intersection",
               "highway", "motorway", "road", "town centre", "plaza", "metropolis", "neon",
               "街", "城市", "巷", "广场", "屋顶", "天台", "马路", "公路", "路口"),
    "village": ("village", "hamlet", "farm ", "farmstead", "small town", "homestead", "ranch",
                "settlement", "barn", "村", "农场", "小镇", "镇"),
    "station": ("train station", "railway station", "bus station", "station", "platform",
                "airport", "terminal", "subway", "metro ", "underground station", "bus stop",
                "control tower", "火车站", "车站", "站台", "机场", "地铁"),
    "vehicle": ("train", "carriage", "compartment", "sleeper", "railcar", "dining car", "bus ",
                "car ", "taxi", "cab ", "truck", "van ", "plane", "aeroplane", "airplane", "cockpit",
                "jet ", "tram", "coach ", "limousine", "wagon",
                "火车", "列车", "车厢", "汽车", "公交", "飞机", "出租车", "车里"),
    "bridge": ("bridge", "viaduct", "footbridge", "overpass", "桥"),
    "forest": ("forest", "woods", "woodland", "wood ", "jungle", "grove", "thicket", "rainforest", "pines", "clearing",
               "森林", "树林", "丛林", "林中", "林间", "林子"),
    "field": ("field", "meadow", "plain ", "plains", "prairie", "pasture", "hill", "countryside", "farmland",
              "savanna", "steppe", "moor", "heath", "grassland", "wheat", "valley", "camp ", "campsite",
              "encampment",
              "田", "草原", "草地", "原野", "山坡", "乡间", "麦田"),
    "mountain": ("mountain", "peak", "summit", "cliff", "ridge", "pass ", "glacier", "snowfield",
                 "alps", "slope", "canyon", "gorge", "volcano", "tundra", "arctic", "antarctic",
                 "山", "峰", "悬崖", "冰川", "雪山", "峡谷"),
    "desert": ("desert", "dune", "wasteland", "badlands", "oasis", "sahara", "salt flat", "wilderness",
               "沙漠", "沙丘", "荒原", "戈壁"),
    "sea": ("sea ", "seas ", "ocean", "coast", "lighthouse", "open water", "waves", "deck", "ship", "boat",
            "sailing", "bay ", "cove ", "island", "headland", "seaside", "shipwreck",
            "海", "大海", "海岸", "灯塔", "船", "甲板", "岛"),
    "harbour": ("harbour", "harbor", "pier", "dock", "wharf", "marina", "quay", "jetty", "port ",
                "港", "码头", "渡口"),
    "beach": ("beach", "shore", "sand ", "sands", "sandy", "seashore", "strand", "沙滩", "海滩", "海边"),
    "river": ("river", "lake", "pond", "stream", "creek", "waterfall", "canal", "riverbank", "lagoon",
              "swamp", "marsh", "brook",
              "河", "江", "湖", "溪", "瀑布", "池塘"),
    "cave": ("cave", "cavern", "coal mine", "gold mine", "mine shaft", "mineshaft", "tunnel", "sewer", "grotto", "catacomb", "crypt", "burrow",
             "洞", "矿", "隧道", "下水道"),
    "sky": ("sky", "clouds", "in the air", "mid-air", "midair", "balloon", "above the clouds",
            "flying", "天空", "云", "空中"),
    "museum": ("museum", "gallery", "galleries", "art gallery", "exhibition", "exhibit hall", "the exhibits",
               "atrium", "sculpture hall", "hall of exhibits", "vault of exhibits",
               "博物馆", "美术馆", "展厅", "展览馆", "画廊", "陈列馆"),
    "theatre": ("theatre", "theater", "stage ", "backstage", "cinema ", "cinemas", "movie theater", "movie house",
                "concert hall", "opera house", "opera ", "auditorium", "dressing room", "green room", "playhouse",
                "music hall", "orchestra pit",
                "剧院", "剧场", "戏院", "舞台", "电影院", "影院", "音乐厅", "后台"),
    "prison": ("prison", "jail", "gaol", "cellblock", "cell block", "cell ", "cells ", "penitentiary",
               "detention centre", "detention center", "holding cell", "prison yard", "death row", "dungeon",
               "监狱", "牢房", "囚室", "看守所", "大牢", "地牢"),
    "stadium": ("stadium", "arena", "gym ", "gymnasium", "sports hall", "sports ground", "sports field", "playing field", "football field",
                "football pitch", "soccer field", "cricket pitch", "rugby pitch", "ballpark", "ball park",
                "boxing ring", "wrestling ring", "bullring", "racetrack", "race track", "racecourse",
                "velodrome", "colosseum", "coliseum", "tennis court", "basketball court", "grandstand",
                "体育场", "体育馆", "球场", "竞技场", "赛场", "运动场", "赛马场", "斗兽场"),
}
# Words that start like a place word but name no place ("a cell phone", "at this stage").
KIND_EXCEPTIONS: tuple[str, ...] = ("cell phone", "cell tower", "cell signal", "this stage", "that stage",
                                    "stage of", "stages of", "next stage", "early stage", "final stage")

# Kinds that usually stand inside (an INT./EXT. heading or a word like "inside" decides first).
INTERIOR_KINDS = frozenset({"home", "office", "industrial", "laboratory", "spacecraft", "shop", "school",
                            "hospital", "church", "vehicle", "cave", "museum", "theatre", "prison"})

# Parts of a building or craft: they take the kind of the place around them when the story names
# one ("the corridor" of a space station is a spacecraft; a "cabin" on a train is a vehicle).
PART_STEMS: tuple[str, ...] = (
    "corridor", "hallway", "room", "hall ", "cabin", "compartment", "deck", "stairs", "staircase",
    "stairwell", "lobby", "chamber", "quarters", "basement", "cellar", "attic", "kitchen", "bridge of",
    "cockpit", "galley", "window", "cliff", "tower", "door", "elevator", "interior", "inside",
    "走廊", "房间", "舱", "大厅", "楼梯", "门口", "窗边",
)
# Kinds that can host a part (the enclosing place).
HOST_KINDS = ("spacecraft", "vehicle", "castle", "hospital", "school", "church", "shop", "office",
              "museum", "theatre", "prison", "stadium",
              "laboratory", "sea", "station", "industrial", "home")

INSIDE_STEMS: tuple[str, ...] = ("inside", "dungeon", "interior", "indoors", "room", "within the", "里面", "室内", "屋里")
OUTSIDE_STEMS: tuple[str, ...] = ("outside", "exterior", "outdoors", "rooftop", "roof", "deck",
                                  "on top of", "室外", "外面", "屋顶")

# feature -> stems that add it to a setting.
FEATURE_STEMS: dict[str, tuple[str, ...]] = {
    "planet": ("planet", "jupiter", "saturn", "mars", "earth below", "neptune", "venus", "gas giant",
               "木星", "土星", "火星", "地球", "行星"),
    "moon": ("moon", "moonlight", "月亮", "月光", "明月"),
    "sun": ("sun ", "sunlight", "sunrise", "sunset", "太阳", "阳光"),
    "stars": ("star ", "stars", "starlight", "starry", "星星", "星光"),
    "lighthouse": ("lighthouse", "beacon", "灯塔"),
    "tower": ("tower", "spire", "steeple", "塔"),
    "window": ("window", "窗"),
    "porthole": ("porthole", "viewport", "舷窗"),
    "door": ("door", "gate", "门"),
    "boats": ("boats", "fishing boat", "rowboat", "dinghy", "canoe", "小船", "渔船"),
    "ship": ("ship", "ferry", "steamer", "sailboat", "yacht", "galleon", "轮船", "帆船"),
    "trees": ("tree", "pines", "oak", "birch", "woods", "树"),
    "mountains": ("mountain", "peaks", "alps", "山"),
    "ruins": ("ruin", "废墟", "遗迹"),
    "skyline": ("skyline", "skyscraper", "city lights", "towers of the city", "高楼", "天际线"),
    "bridge": ("bridge", "桥"),
    "fire": ("fire", "fireplace", "hearth", "campfire", "bonfire", "flames", "torch", "火"),
    "table": ("table", "desk", "counter", "桌"),
    "bed": ("bed ", "beds", "bunk", "cot ", "床"),
    "shelves": ("shelf", "shelves", "bookcase", "books", "书架", "货架"),
    "screens": ("screen", "monitor", "display", "console", "屏幕", "显示器"),
    "machines": ("machine", "engine", "generator", "pipes", "turbine", "机器", "引擎"),
    "plants": ("plant", "flower", "seedling", "vines", "鲜花", "花朵", "花草", "植物"),
    "waves": ("waves", "surf", "breakers", "浪"),
    "river": ("river", "stream", "河", "溪"),
    "road": ("road", "highway", "路"),
    "rails": ("rails", "tracks", "railway", "train", "铁轨", "铁路"),
    "lamp": ("lamp", "lantern", "street light", "streetlight", "candle", "灯"),
}

# What a kind draws even when the story names none of its features.
KIND_FEATURES: dict[str, tuple[str, ...]] = {
    "spacecraft": ("porthole", "stars", "planet", "screens"),
    "space": ("stars", "planet"),
    "sea": ("waves",),
    "harbour": ("boats", "waves"),
    "beach": ("waves",),
    "river": ("river",),
    "bridge": ("bridge", "river"),
    "forest": ("trees",),
    "mountain": ("mountains",),
    "station": ("rails",),
    "vehicle": ("window", "rails"),
    "street": ("skyline", "road", "lamp"),
    "school": ("table", "window"),
    "shop": ("shelves", "table"),
    "hospital": ("bed", "screens"),
    "laboratory": ("table", "screens", "machines"),
    "industrial": ("machines", "door"),
    "office": ("table", "screens", "window"),
    "home": ("window", "table"),
    "garden": ("plants", "trees"),
    "castle": ("tower",),
    "church": ("window",),
    "village": ("trees", "road"),
    "field": ("trees",),
    "sky": ("sun",),
    "museum": ("window",),
    "theatre": ("lamp",),
    "prison": ("door", "bed", "window"),
    "stadium": ("lamp",),
}

# atmosphere word -> stems in a scene's text that call for it.
ATMOSPHERE_STEMS: dict[str, tuple[str, ...]] = {
    "rain": ("rain", "drizzl", "downpour", "pouring", "raindrop", "wet ", "soaked", "雨"),
    "snow": ("snow", "blizzard", "sleet", "frost", "snowflake", "雪"),
    "fog": ("fog", "mist", "haze", "foggy", "murk", "雾", "霧"),
    "storm": ("storm", "gale", "tempest", "hurricane", "typhoon", "thunderstorm", "暴风", "风暴", "台风"),
    "wind": ("wind", "gust", "breeze", "howl", "blowing", "风"),
    "lightning": ("lightning", "thunder", "闪电", "雷"),
    "alarm": ("alarm", "siren", "klaxon", "emergency light", "red alert", "warning light", "警报", "警笛"),
    "lamplight": ("lamp", "lantern", "candle", "lamplight", "灯", "蜡烛"),
    "firelight": ("fire", "fireplace", "hearth", "campfire", "bonfire", "flames", "torch", "火"),
    "neon": ("neon", "霓虹"),
    "dust": ("dust", "sandstorm", "dusty", "沙尘", "灰尘"),
    "smoke": ("smoke", "smoky", "soot", "烟"),
}
# Words that look like a feature word but are not one (火 of 火车 is a train, not a fire).
FEATURE_EXCEPTIONS: tuple[str, ...] = (
    "firefl", "fireman", "firemen", "firework", "firearm", "fire escape", "火车", "火星", "火柴",
    # A hand that waves is no sea.
    "waves a ", "waves an ", "waves the ", "waves his", "waves her", "waves their", "waves at", "waves to",
    "waves back", "waves goodbye",
)

# Words that look like a weather word but are not one ("firefly", "rainbow", "windows").
ATMOSPHERE_EXCEPTIONS: tuple[str, ...] = (
    "rainbow", "firefl", "fireman", "firemen", "firework", "window", "windmill", "snowman",
    "lampshade", "fire escape", "firearm", "灯塔", "火车", "火星", "风景",
    # Things named after weather are not weather: clothes, tools, toys ("a red raincoat").
    "raincoat", "rain coat", "rain jacket", "rain boots", "rainboots", "rain hat", "snow boots",
    "snowboots", "snow globe", "windbreaker", "wind-up", "windup", "windchime", "wind chime",
    "fire truck", "fire engine", "fire station", "fire alarm", "alarm clock", "firewood",
    "stormtrooper", "雨衣", "雨伞", "雨靴",
)

# What a story is set among: the domain that decides what an ambiguous place word means.
DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "space": ("space", "orbit", "planet", "zero gravity", "zero-g", "weightless", "airlock", "spacesuit",
              "space suit", "astronaut", "cosmonaut", "spaceship", "starship", "spacecraft", "rocket",
              "asteroid", "galaxy", "nebula", "lunar", "moon base", "satellite", "thruster", "mothership",
              "saturn", "jupiter", "neptune", "venus", "mars ", "earth below",
              "空间站", "太空", "宇航", "飞船", "轨道", "星球", "失重", "月球基地", "火箭"),
    "rail": ("train", "railway", "railroad", "tracks", "rails", "carriage", "locomotive", "conductor",
             "timetable", "commuter", "freight", "sleeper car", "departure board",
             "火车", "列车", "铁轨", "铁路", "车厢", "检票", "站台"),
    "sea": ("ship", "sea ", "ocean", "waves", "sail", "sailor", "boat", "anchor", "mast", "harbour", "harbor",
            "ferry", "tide", "oil rig", "offshore", "lighthouse", "voyage", "submarine", "trawler", "yacht",
            "海", "轮船", "渔船", "帆", "水手", "港", "浪", "灯塔"),
    "air": ("plane", "aeroplane", "airplane", "aircraft", "airport", "runway", "flight attendant", "seatbelt",
            "turbulence", "airliner", "jet ", "air traffic", "飞机", "航班", "机场", "空姐"),
    "land": ("river", "stream", "creek", "canal", "valley", "forest", "woods", "lake", "village", "town",
             "road", "street", "house", "porch", "backyard", "garden", "lawn", "log ", "hunting", "police",
             "gas station", "petrol", "army", "soldier", "military",
             "河", "森林", "村", "家", "院子", "街"),
}
# Domain words that also belong to another domain (night skies over the sea have stars; a
# starship is "the ship" too): they count half.
WEAK_DOMAIN_STEMS: tuple[str, ...] = ("stars", "starlight", "星星", "星光", "ship")
DOMAIN_STEMS["space"] += ("stars", "starlight", "星星", "星光")

# What kind of place a story is set among, when a word's sense depends on it but the domains
# above do not decide (a "gallery" of a mine is a tunnel, of a theatre its balcony, else a
# museum's; a "cell" of a biology lab is no prison cell). Scored like DOMAIN_STEMS, consulted
# only for words that have no sense in the story's domain above.
PLACE_DOMAIN_STEMS: dict[str, tuple[str, ...]] = {
    "science": ("laborator", "lab ", "labs ", "microscope", "biolog", "scientist", "experiment", "petri",
                "specimen", "dna ", "bacteria", "virus", "cell culture", "stem cell", "organism", "test tube",
                "实验", "显微镜", "科学家", "细胞"),
    "castle": ("castle", "king ", "queen", "knight", "palace", "throne", "fortress", "moat", "princess",
               "prince ", "lord ", "baron", "dragon",
               "城堡", "国王", "王后", "骑士", "宫殿", "公主", "王子"),
    "mine": ("coal mine", "gold mine", "mine shaft", "mineshaft", "miner ", "miners", "mining", "pickaxe", "coal face",
             "ore ", "pit pony", "煤矿", "矿井", "矿工"),
    "theatre": ("theatre", "theater", "stage", "actor", "actress", "audience", "rehearsal", "curtain call",
                "footlights", "opera ", "ballet", "usher", "playhouse",
                "剧院", "舞台", "演员", "观众", "排练"),
    "museum": ("museum", "exhibit", "curator", "painting", "sculpture", "artefact", "artifact", "skeleton",
               "博物馆", "展品", "美术馆", "画作"),
}

# Place words whose kind depends on the domain: stem -> domain -> (kind, interior or None for
# "the usual side of the kind"). A domain not listed leaves the word to the general rules; "*" is
# the sense of a word that no general rule knows (a hull is a ship's unless the story says more).
AMBIGUOUS_PLACES: dict[str, dict[str, tuple[str, bool | None]]] = {
    "station": {"space": ("spacecraft", True), "rail": ("station", False)},
    "hull": {"space": ("spacecraft", False), "sea": ("sea", False), "air": ("vehicle", False), "*": ("sea", False)},
    "deck": {"space": ("spacecraft", True), "sea": ("sea", False), "land": ("home", False)},
    "cabin": {"space": ("spacecraft", True), "sea": ("sea", True), "air": ("vehicle", True),
              "rail": ("vehicle", True), "land": ("home", True)},
    "bridge": {"space": ("spacecraft", True), "sea": ("sea", True), "rail": ("bridge", False),
               "land": ("bridge", False)},
    "car": {"rail": ("vehicle", True), "land": ("vehicle", True)},
    "hold": {"space": ("spacecraft", True), "sea": ("sea", True), "air": ("vehicle", True), "*": ("sea", True)},
    "platform": {"sea": ("sea", False), "rail": ("station", False), "space": ("spacecraft", True)},
    "dock": {"space": ("spacecraft", True), "sea": ("harbour", False), "land": ("harbour", False)},
    "airlock": {"space": ("spacecraft", True), "sea": ("sea", True)},
    "module": {"space": ("spacecraft", True), "*": ("spacecraft", True)},
    "tower": {"sea": ("sea", False), "air": ("station", False)},
    "base": {"space": ("spacecraft", True), "land": ("industrial", True), "sea": ("harbour", False),
             "*": ("industrial", True)},
    "舱": {"space": ("spacecraft", True), "sea": ("sea", True), "air": ("vehicle", True), "rail": ("vehicle", True)},
    "站": {"space": ("spacecraft", True), "rail": ("station", False)},
    "船舱": {"space": ("spacecraft", True), "sea": ("sea", True)},
    "甲板": {"space": ("spacecraft", True), "sea": ("sea", False)},
    "平台": {"sea": ("sea", False), "rail": ("station", False), "space": ("spacecraft", True)},
    "基地": {"space": ("spacecraft", True), "land": ("industrial", True), "*": ("industrial", True)},
    "gallery": {"mine": ("cave", True), "theatre": ("theatre", True)},
    "galleries": {"mine": ("cave", True), "theatre": ("theatre", True)},
    "cell": {"science": ("laboratory", True)},
    "cells": {"science": ("laboratory", True)},
    "dungeon": {"castle": ("castle", True)},
    "地牢": {"castle": ("castle", True)},
}

# A crowd heard: who makes crowd noise, and the sounds it makes. "The crowd howls", "the arena
# roars", "thunderous applause" are a crowd (atmosphere "crowd"), never wind, a storm or thunder.
CROWD_STEMS: tuple[str, ...] = (
    "crowd", "audience", "spectator", "onlooker", "supporters", "the fans", "the stands", "bleachers",
    "terraces", "applau", "ovation", "cheers", "cheering", "cheered", "boos ", "booing", "jeer", "chanting",
)
CROWD_EXCEPTIONS: tuple[str, ...] = ("crowded", "crowding", "overcrowd", "audience with", "ceiling fan")
CROWD_SUBJECTS: tuple[str, ...] = (
    "crowd", "crowds", "audience", "spectators", "onlookers", "fans", "supporters", "stands", "bleachers",
    "terraces", "arena", "stadium", "hall", "gym", "theatre", "theater", "mob", "people", "whole place",
    "room", "benches", "gallery", "grandstand", "guests", "congregation",
)
CROWD_SOUND_VERBS: tuple[str, ...] = (
    "roar", "howl", "cheer", "chant", "boo", "jeer", "applaud", "clap", "erupt", "thunder", "storm",
    "murmur", "whistle", "scream", "shriek", "sing", "sang", "explode", "rumble", "gasp", "groan", "stamp",
)
# A weather word as a figure of speech for a sound ("a storm of applause", "thunderous cheers").
SOUND_FIGURES: tuple[str, ...] = ("thunder", "thunderous", "thundering", "storm", "storms", "gale", "gales",
                                  "hurricane", "roar", "roaring", "howl", "howls", "howling")
CROWD_NOISES: tuple[str, ...] = ("applause", "cheers", "cheering", "boos", "booing", "jeers", "laughter",
                                 "clapping", "hooves", "feet", "voices", "drums", "stamping", "chants")

# Venues of sport and performance, and homes on wheels: more stems of the kinds above.
KIND_STEMS["stadium"] += (
    "swimming pool", "swimming bath", "lido", "natatorium", "aquatic", "pool ", "pools ", "ice rink",
    "skating rink", "rink", "running track", "athletics track", "cinder track", "dirt track", "pitch ",
    "volleyball court", "badminton court", "squash court", "netball court", "handball court", "hockey rink",
    "circus ring", "in the ring", "into the ring", "the ring's", "ringside", "hippodrome", "showground",
    "locker room", "changing room", "weight room", "boxing gym", "dojo", "bleachers", "finish line",
    "starting line", "starting gate", "velodrome", "ski jump", "golf course", "bowling alley",
)
KIND_STEMS["theatre"] += (
    "circus", "circus tent", "big top", "ballroom", "dance hall", "dance floor", "concert ", "concerts ", "nightclub",
    "night club", "jazz club", "music venue", "recital hall", "cabaret", "school play",
)
KIND_STEMS["home"] += ("caravan", "camper van", "campervan", "motorhome", "motor home", "mobile home",
                       "trailer home")
KIND_STEMS["field"] += ("airfield", "airstrip", "landing strip", "aerodrome", "paddock", "polo field")
KIND_STEMS["stadium"] += ("tournament", "sports centre", "sports center", "leisure centre", "leisure center")
KIND_EXCEPTIONS += (
    "pitch dark", "pitch-dark", "pitch black", "pitch-black", "pitch of", "sales pitch", "perfect pitch",
    "pool of", "pools of", "pool table", "pool hall", "pool cue", "car pool", "rock pool", "tide pool",
    "gene pool", "caravan of", "caravans of", "in concert with", "concert with",
    # A sports coach is a person, not a bus.
    "his coach", "her coach", "their coach", "my coach", "our coach", "your coach", "coach says", "coach shouts",
    "coach yells", "coach nods", "coach hands", "coach tells", "coach blows", "coach watches",
)
# A gun that fires is no fire ("the starting gun fires", "opens fire").
_SHOTS_FIRED = ("gun fires", "gun fired", "pistol fires", "pistol fired", "rifle fires", "cannon fires", "fires a ",
                "fires the ", "fires his", "fires her", "fires their", "fires at", "fired at", "fires back",
                "opens fire", "open fire", "opened fire", "cease fire", "ceasefire", "fires off")
ATMOSPHERE_EXCEPTIONS += _SHOTS_FIRED
FEATURE_EXCEPTIONS += _SHOTS_FIRED
# A raised platform in a show or at a sports ground is part of that venue, not a railway's.
PLACE_DOMAIN_STEMS["theatre"] += ("circus", "big top", "trapeze", "acrobat", "ringmaster", "concert")
AMBIGUOUS_PLACES["platform"]["theatre"] = ("theatre", True)
# A trainer and a training session are no train.
_TRAINING = ("trainer", "training", "trainee")
KIND_EXCEPTIONS += _TRAINING
FEATURE_EXCEPTIONS += _TRAINING
# What a sports venue's floor is: a boxing ring, a pool, ice, a running track.
FEATURE_STEMS["ring"] = ("boxing ring", "wrestling ring", "into the ring", "in the ring", "the ring's", "ringside",
                         "boxing gym", "heavy bag", "punching bag", "sparring", "boxer", "boxing", "wrestler")
FEATURE_STEMS["pool"] = ("swimming pool", "pool ", "pools ", "swimming bath", "lido", "lane rope", "diving board",
                         "swimmer", "natatorium")
FEATURE_STEMS["ice"] = ("ice rink", "skating rink", "rink", "figure skat", "ice hockey", "skaters")
FEATURE_STEMS["track"] = ("running track", "athletics track", "cinder track", "racetrack", "race track",
                          "velodrome", "hurdles", "sprinter", "the finishing straight")
FEATURE_EXCEPTIONS += ("pool of", "pools of", "pool table", "pool hall", "pool cue", "car pool", "rock pool",
                       "tide pool", "gene pool")

# Russian, Japanese and Korean words for the same kinds, features and weather (the tables of
# their reader, director/planning/heuristic/languages/rjk_words.py).
from director.planning.heuristic.languages import rjk_words as _rjk  # noqa: E402

for _kind, _stems in _rjk.setting_kind_stems().items():
    KIND_STEMS[_kind] += _stems
for _feature, _stems in _rjk.FEATURE_STEMS_RJK.items():
    FEATURE_STEMS[_feature] += _stems
for _atmosphere, _stems in _rjk.ATMOSPHERE_STEMS_RJK.items():
    ATMOSPHERE_STEMS[_atmosphere] += _stems
ATMOSPHERE_EXCEPTIONS += _rjk.ATMOSPHERE_EXCEPTIONS_RJK
FEATURE_EXCEPTIONS += tuple(w for w in _rjk.ATMOSPHERE_EXCEPTIONS_RJK if w != "灯台")  # 灯台 is a lighthouse
