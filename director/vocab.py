"""Documented vocabularies shared by the planners (which fill them) and the renderers (which draw them).

Each plan field that takes one of these words says so in director/plan.py. A planner that cannot
tell picks the closest word (never an unknown one); a renderer that meets a word it has no art for
falls back to the nearest group. Add words freely; renaming one breaks saved plans.
"""

from __future__ import annotations

# Location entities: Setting.kind. Interior or exterior is a separate flag (Setting.interior).
SETTING_KINDS: tuple[str, ...] = (
    "home",          # a house, flat, bedroom, kitchen, cottage interior, cabin
    "office",        # office, study, meeting room, police station desk, newsroom
    "industrial",    # corridor, factory, warehouse, engine room, basement, bunker, lab corridor
    "laboratory",    # lab, workshop, surgery, control room
    "spacecraft",    # space station, starship, capsule, airlock (interior) or its hull (exterior)
    "space",         # outer space, orbit, a planet's surface seen from space
    "garden",        # garden, greenhouse, park, orchard, courtyard
    "shop",          # shop, market stall, bakery, bar, cafe, restaurant, inn
    "school",        # school, classroom, library, university hall
    "hospital",      # hospital ward, clinic
    "church",        # church, temple, shrine, cathedral
    "castle",        # castle, palace, throne room, tower, ruins of stone
    "street",        # street, city, alley, square, rooftop, parking lot
    "village",       # village, farmstead, small town
    "station",       # train or bus station, platform, airport hall
    "vehicle",       # inside a train carriage, car, bus, plane cabin, ship cabin
    "bridge",        # a bridge over water or a gorge
    "forest",        # forest, woods, jungle
    "field",         # field, meadow, plain, farmland, hills
    "mountain",      # mountain, cliff, pass, glacier, snowfield
    "desert",        # desert, dunes, wasteland, ruined plain
    "sea",           # open sea, coast, cliff over the sea, lighthouse, a ship's deck
    "harbour",       # harbour, pier, dock, marina
    "beach",         # beach, shore, sand
    "river",         # river, lake, pond, stream, waterfall
    "cave",          # cave, mine, tunnel, sewer
    "sky",           # in the air, above the clouds
    "museum",        # museum, art gallery, exhibition hall, atrium of exhibits
    "theatre",       # theatre, stage, backstage, cinema, concert hall, opera house
    "prison",        # prison, jail, cell block, a dungeon that is not a castle's
    "stadium",       # stadium, arena, sports ground, boxing ring, racetrack
)

# Setting.features: things drawn as part of the set, not as characters or props.
SETTING_FEATURES: tuple[str, ...] = (
    "planet", "moon", "sun", "stars", "lighthouse", "tower", "window", "porthole", "door",
    "boats", "ship", "trees", "mountains", "ruins", "skyline", "bridge", "fire", "table", "bed",
    "shelves", "screens", "machines", "plants", "waves", "river", "road", "rails", "lamp",
    "ring", "pool", "ice", "track",  # a venue's floor: a boxing ring, a swimming pool, a rink, a running track
)

# Scene.atmosphere: weather and light events a renderer can show.
ATMOSPHERE: tuple[str, ...] = (
    "rain", "snow", "fog", "storm", "wind", "lightning", "alarm", "lamplight", "firelight",
    "neon", "dust", "smoke",
    "crowd",  # a crowd heard (cheers, chants, applause, boos): a sound event, drawn as nothing
)

# Entity.form for characters: what the body is. "voice" is heard, never drawn (a ship's AI).
# Animal forms name the animal; renderers fall back to a generic four-legged or winged body.
CHARACTER_FORMS: tuple[str, ...] = (
    "human", "child", "robot", "voice", "creature",
    "cat", "dog", "horse", "bird", "fox", "wolf", "bear", "rabbit", "mouse", "deer", "cow",
    "pig", "sheep", "goat", "fish", "dragon", "monkey", "lion", "tiger", "owl", "crow", "frog",
    "snake", "turtle", "duck", "chicken", "elephant",
    "drone",  # a small flying machine (a quadcopter), drawn hovering at a bird's size
)

# Entity.form for props: a silhouette kind. "object" is the fallback.
PROP_FORMS: tuple[str, ...] = (
    "object", "lamp", "lantern", "candle", "case", "bag", "box", "bottle", "cup", "bread", "food",
    "book", "letter", "map", "photo", "phone", "radio", "screen", "computer", "key", "weapon",
    "gun", "sword", "knife", "tool", "flower", "plant", "ball", "toy", "instrument", "jewel",
    "ring", "clock", "umbrella", "hat", "coat", "chair", "table", "door", "rope", "money",
    "car", "truck", "bus", "train", "bicycle", "motorcycle", "boat", "ship", "plane",
    "helicopter", "spaceship", "cart", "wagon",
)
VEHICLE_FORMS: frozenset[str] = frozenset(
    {"car", "truck", "bus", "train", "bicycle", "motorcycle", "boat", "ship", "plane",
     "helicopter", "spaceship", "cart", "wagon"}
)

# Voice.engine: speech engines (generators of sound). "espeak" is embedded (espeakng-loader).
VOICE_ENGINES: tuple[str, ...] = ("espeak", "espeak-system", "piper", "kokoro", "model")
