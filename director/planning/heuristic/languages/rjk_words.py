"""Word tables for reading stories in Russian, Japanese and Korean.

Russian entries are word starts (stems: "платформ" matches платформа/платформу/платформе) unless
written as a tuple of whole forms; Japanese and Korean entries occur anywhere in the text. Place
entries carry an English key (the scene's location key: it decides inside or outside), a kind of
director.vocab.SETTING_KINDS and the place's dictionary form (the name shown).
"""

from __future__ import annotations

# ---- places: word -> (key, setting kind, name) ----------------------------------------------

PLACES_RU: dict[str, tuple[str, str, str]] = {
    "платформ": ("platform", "station", "платформа"), "перрон": ("platform", "station", "перрон"),
    "вокзал": ("station", "station", "вокзал"), "станци": ("station", "station", "станция"),
    "остановк": ("bus stop", "station", "остановка"), "аэропорт": ("airport", "station", "аэропорт"),
    "вагон": ("train", "vehicle", "вагон"), "поезд": ("train", "vehicle", "поезд"), "машин": ("car", "vehicle", "машина"),
    "автобус": ("bus", "vehicle", "автобус"), "аптек": ("pharmacy", "shop", "аптека"),
    "дорог": ("road", "street", "дорога"), "купе": ("compartment", "vehicle", "купе"),
    "маяк": ("lighthouse", "sea", "маяк"), "берег": ("shore", "beach", "берег"),
    "пляж": ("beach", "beach", "пляж"), "причал": ("pier", "harbour", "причал"),
    "пристан": ("pier", "harbour", "пристань"), "гаван": ("harbour", "harbour", "гавань"),
    "палуб": ("deck", "sea", "палуба"), "остров": ("island", "sea", "остров"),
    "кают": ("cabin", "sea", "каюта"), "трюм": ("hold", "sea", "трюм"), "корабл": ("ship", "sea", "корабль"), "лодк": ("boat", "sea", "лодка"),
    "кухн": ("kitchen", "home", "кухня"), "комнат": ("room", "home", "комната"),
    "квартир": ("apartment", "home", "квартира"), "спальн": ("bedroom", "home", "спальня"),
    "избушк": ("hut", "home", "избушка"), "изб": ("hut", "home", "изба"),
    "школ": ("school", "school", "школа"), "класс": ("classroom", "school", "класс"),
    "библиотек": ("library", "school", "библиотека"), "больниц": ("hospital", "hospital", "больница"),
    "палат": ("ward", "hospital", "палата"), "магазин": ("shop", "shop", "магазин"),
    "лавк": ("shop", "shop", "лавка"), "кафе": ("cafe", "shop", "кафе"),
    "ресторан": ("restaurant", "shop", "ресторан"), "мастерск": ("workshop", "laboratory", "мастерская"),
    "гостиниц": ("hotel", "shop", "гостиница"), "гостин": ("living room", "home", "гостиная"), "трактир": ("tavern", "shop", "трактир"),
    "рын": ("market", "shop", "рынок"), "рынок": ("market", "shop", "рынок"),
    "церков": ("church", "church", "церковь"), "церкв": ("church", "church", "церковь"),
    "храм": ("temple", "church", "храм"), "монастыр": ("monastery", "church", "монастырь"),
    "дворц": ("palace", "castle", "дворец"), "дворец": ("palace", "castle", "дворец"),
    "мост": ("bridge", "bridge", "мост"), "улиц": ("street", "street", "улица"),
    "площад": ("square", "street", "площадь"), "крыш": ("roof", "street", "крыша"),
    "парк": ("park", "garden", "парк"), "двор": ("yard", "garden", "двор"),
    "деревн": ("village", "village", "деревня"), "посёлк": ("village", "village", "посёлок"),
    "поселк": ("village", "village", "посёлок"), "лес": ("forest", "forest", "лес"),
    "рощ": ("grove", "forest", "роща"), "пол": ("field", "field", "поле"),
    "луг": ("meadow", "field", "луг"), "гор": ("mountain", "mountain", "гора"),
    "рек": ("river", "river", "река"), "озер": ("lake", "river", "озеро"),
    "пещер": ("cave", "cave", "пещера"), "пустын": ("desert", "desert", "пустыня"),
    "завод": ("factory", "industrial", "завод"), "фабрик": ("factory", "industrial", "фабрика"),
    "склад": ("warehouse", "industrial", "склад"), "подвал": ("basement", "industrial", "подвал"),
    "чердак": ("attic", "home", "чердак"), "офис": ("office", "office", "офис"),
    "контор": ("office", "office", "контора"), "тюрьм": ("prison", "prison", "тюрьма"),
    "мор": ("sea", "sea", "море"), "театр": ("theatre", "theatre", "театр"),
    "музе": ("museum", "museum", "музей"), "сад": ("garden", "garden", "сад"),
    "дом": ("house", "home", "дом"), "город": ("town", "street", "город"),
}
# Short stems above that begin other words: only these whole forms count.
PLACE_FORMS_RU: dict[str, tuple[str, ...]] = {
    "изб": ("изба", "избу", "избе", "избы"), "рын": ("рынке", "рынок", "рынка"),
    "пол": ("поле", "поля", "полю", "полем", "полях"),
    "гор": ("гора", "горы", "гору", "горах", "горой"), "рек": ("река", "реки", "реку", "реке", "рекой"),
    "мор": ("море", "моря", "морю", "морем", "морях"), "сад": ("сад", "сада", "саду", "садом"),
    "дом": ("дом", "дома", "дому", "доме", "домой", "домом"), "лес": ("лес", "леса", "лесу", "лесом"),
    "луг": ("луг", "луга", "лугу"), "мост": ("мост", "моста", "мосту", "мосту", "мостом"),
    "двор": ("двор", "двора", "двору", "дворе", "двором"), "класс": ("класс", "класса", "классе"),
    "парк": ("парк", "парка", "парке", "парку"), "город": ("город", "города", "городе", "городу"),
    "музе": ("музей", "музея", "музее"), "палат": ("палата", "палату", "палате", "палаты"),
    "кафе": ("кафе",), "купе": ("купе",), "склад": ("склад", "склада", "складе"),
}
# Words before a place that put the action there ("на платформу", "в доме"); not "из" (from), "над"
# (above) or "за" (behind): a place left, or only seen.
PLACE_PREPOSITIONS_RU = ("в", "во", "на", "к", "ко", "у", "до", "по", "возле", "около", "под", "внутри")

PLACES_JA: dict[str, tuple[str, str, str]] = {
    "プラットホーム": ("platform", "station", "プラットホーム"), "ホーム": ("platform", "station", "ホーム"),
    "駅": ("station", "station", "駅"), "空港": ("airport", "station", "空港"),
    "電車": ("train", "vehicle", "電車"), "列車": ("train", "vehicle", "列車"),
    "灯台": ("lighthouse", "sea", "灯台"), "海岸": ("shore", "beach", "海岸"), "浜辺": ("beach", "beach", "浜辺"),
    "砂浜": ("beach", "beach", "砂浜"), "港": ("harbour", "harbour", "港"), "桟橋": ("pier", "harbour", "桟橋"),
    "海": ("sea", "sea", "海"), "甲板": ("deck", "sea", "甲板"), "島": ("island", "sea", "島"),
    "台所": ("kitchen", "home", "台所"), "アパート": ("apartment", "home", "アパート"),
    "マンション": ("apartment", "home", "マンション"), "部屋": ("room", "home", "部屋"), "家": ("house", "home", "家"),
    "寝室": ("bedroom", "home", "寝室"), "小屋": ("hut", "home", "小屋"),
    "教室": ("classroom", "school", "教室"), "学校": ("school", "school", "学校"),
    "図書館": ("library", "school", "図書館"), "病院": ("hospital", "hospital", "病院"),
    "病室": ("ward", "hospital", "病室"), "喫茶店": ("cafe", "shop", "喫茶店"), "食堂": ("canteen", "shop", "食堂"), "カフェ": ("cafe", "shop", "カフェ"),
    "店": ("shop", "shop", "店"), "市場": ("market", "shop", "市場"), "旅館": ("inn", "shop", "旅館"),
    "宿": ("inn", "shop", "宿"), "神社": ("shrine", "church", "神社"), "寺": ("temple", "church", "寺"),
    "教会": ("church", "church", "教会"), "城": ("castle", "castle", "城"), "橋": ("bridge", "bridge", "橋"),
    "通り": ("street", "street", "通り"), "路地": ("alley", "street", "路地"), "屋上": ("roof", "street", "屋上"),
    "広場": ("square", "street", "広場"), "公園": ("park", "garden", "公園"), "庭": ("garden", "garden", "庭"),
    "村": ("village", "village", "村"), "森": ("forest", "forest", "森"),
    "野原": ("meadow", "field", "野原"), "畑": ("field", "field", "畑"), "田んぼ": ("field", "field", "田んぼ"),
    "山": ("mountain", "mountain", "山"), "川": ("river", "river", "川"), "湖": ("lake", "river", "湖"),
    "洞窟": ("cave", "cave", "洞窟"), "砂漠": ("desert", "desert", "砂漠"), "工場": ("factory", "industrial", "工場"),
    "倉庫": ("warehouse", "industrial", "倉庫"), "地下室": ("basement", "industrial", "地下室"),
    "事務所": ("office", "office", "事務所"), "会社": ("office", "office", "会社"), "刑務所": ("prison", "prison", "刑務所"),
    "劇場": ("theatre", "theatre", "劇場"), "ホテル": ("hotel", "shop", "ホテル"),
    "ロビー": ("lobby", "shop", "ロビー"), "船室": ("cabin", "sea", "船室"), "船": ("ship", "sea", "船"), "博物館": ("museum", "museum", "博物館"), "町": ("town", "street", "町"),
}
# Place words that are parts of other words ("家族" is a family, "山田" a surname).
NOT_PLACES_JA = ("家族", "作家", "画家", "山田", "森田", "林檎", "島田", "村上", "町田", "川口", "家内", "店員",
                 "駅員", "海老", "城下", "庭師", "宿題", "橋本", "通りかか", "通り過", "その通り", "この通り")

PLACES_KO: dict[str, tuple[str, str, str]] = {
    "플랫폼": ("platform", "station", "플랫폼"), "승강장": ("platform", "station", "승강장"),
    "기차역": ("station", "station", "기차역"), "역": ("station", "station", "역"), "공항": ("airport", "station", "공항"),
    "정류장": ("bus stop", "station", "정류장"), "기차 안": ("train", "vehicle", "기차"), "객차": ("train", "vehicle", "객차"),
    "등대": ("lighthouse", "sea", "등대"), "바닷가": ("shore", "beach", "바닷가"), "해변": ("beach", "beach", "해변"),
    "모래사장": ("beach", "beach", "모래사장"), "항구": ("harbour", "harbour", "항구"), "부두": ("pier", "harbour", "부두"),
    "선착장": ("pier", "harbour", "선착장"), "바다": ("sea", "sea", "바다"), "갑판": ("deck", "sea", "갑판"),
    "섬": ("island", "sea", "섬"), "부엌": ("kitchen", "home", "부엌"), "주방": ("kitchen", "home", "주방"),
    "방": ("room", "home", "방"), "집": ("house", "home", "집"), "침실": ("bedroom", "home", "침실"),
    "오두막": ("hut", "home", "오두막"), "교실": ("classroom", "school", "교실"), "학교": ("school", "school", "학교"),
    "도서관": ("library", "school", "도서관"), "병원": ("hospital", "hospital", "병원"), "병실": ("ward", "hospital", "병실"),
    "카페": ("cafe", "shop", "카페"), "가게": ("shop", "shop", "가게"), "시장": ("market", "shop", "시장"),
    "식당": ("restaurant", "shop", "식당"), "여관": ("inn", "shop", "여관"), "절": ("temple", "church", "절"),
    "교회": ("church", "church", "교회"), "성당": ("church", "church", "성당"), "궁궐": ("palace", "castle", "궁궐"),
    "다리": ("bridge", "bridge", "다리"), "거리": ("street", "street", "거리"), "골목": ("alley", "street", "골목"),
    "옥상": ("roof", "street", "옥상"), "광장": ("square", "street", "광장"), "공원": ("park", "garden", "공원"),
    "마당": ("yard", "garden", "마당"), "정원": ("garden", "garden", "정원"), "마을": ("village", "village", "마을"),
    "숲": ("forest", "forest", "숲"), "들판": ("field", "field", "들판"), "논": ("field", "field", "논"),
    "밭": ("field", "field", "밭"), "산": ("mountain", "mountain", "산"), "강": ("river", "river", "강"),
    "호수": ("lake", "river", "호수"), "동굴": ("cave", "cave", "동굴"), "사막": ("desert", "desert", "사막"),
    "공장": ("factory", "industrial", "공장"), "창고": ("warehouse", "industrial", "창고"),
    "지하실": ("basement", "industrial", "지하실"), "사무실": ("office", "office", "사무실"),
    "감옥": ("prison", "prison", "감옥"), "경찰서": ("police station", "office", "경찰서"),
    "호텔": ("hotel", "shop", "호텔"), "로비": ("lobby", "shop", "로비"), "선실": ("cabin", "sea", "선실"), "극장": ("theatre", "theatre", "극장"), "박물관": ("museum", "museum", "박물관"),
}
# One-syllable Korean places are places only as a whole word with its particle ("역에서", "집으로"):
# 다리 is also a leg, 눈 an eye, 산 a part of many words.
KO_PLACE_ENDINGS = ("에서", "에", "에는", "에서는", "에도", "으로", "로", "까지", "안", " 안", "앞", " 앞", "밖", " 밖",
                    "에서의", "은", "는", "")
# Russian verbs of looking: a place after them is only seen ("смотрели на реку").
LOOKING_RU = r"^(?:по|за|рас)?(?:смотр|гляд)(?:ел[аио]?|ит|ят|ю|я|еть|и|ишь|им|ите)$|^взгл[яи]ну|^гляну|^любова"

# ---- time of day: word -> time of day (vocab.TIMES_OF_DAY) -------------------------------------

TIME_WORDS_RU = (("на рассвете", "dawn"), ("рассвет", "dawn"), ("на заре", "dawn"), ("утр", "morning"),
                 ("полдень", "day"), ("днём", "day"), ("днем", "day"), ("после обеда", "afternoon"),
                 ("закат", "dusk"), ("сумерк", "dusk"), ("вечер", "evening"), ("полноч", "night"),
                 ("ночь", "night"), ("ночью", "night"), ("ночн", "night"))
TIME_WORDS_JA = (("夜明け", "dawn"), ("明け方", "dawn"), ("早朝", "dawn"), ("朝", "morning"), ("正午", "day"),
                 ("昼", "day"), ("午後", "afternoon"), ("夕暮れ", "dusk"), ("夕方", "dusk"), ("日暮れ", "dusk"),
                 ("黄昏", "dusk"), ("晩", "evening"), ("今夜", "night"), ("真夜中", "night"), ("深夜", "night"),
                 ("夜", "night"))
TIME_WORDS_KO = (("새벽", "dawn"), ("동틀 녘", "dawn"), ("아침", "morning"), ("정오", "day"), ("한낮", "day"),
                 ("낮", "day"), ("오후", "afternoon"), ("해질녘", "dusk"), ("해 질 녘", "dusk"), ("황혼", "dusk"),
                 ("노을", "dusk"), ("저녁", "evening"), ("한밤중", "night"), ("자정", "night"), ("밤", "night"))
# Words that are not the time of day although they hold one ("ночник" is a night-light).
NOT_TIME_KO = ("밤나무", "밤송이", "낮잠", "저녁을", "저녁밥", "저녁 식사", "저녁상", "아침을", "아침밥", "아침 식사",
               "아침상")

# ---- weather and light: atmosphere word -> stems (added to setting_words.ATMOSPHERE_STEMS) ------

ATMOSPHERE_STEMS_RJK: dict[str, tuple[str, ...]] = {
    "rain": ("дожд", "ливн", "ливень", "морос", "雨", "비가", "비는", "비를", "비에", "빗", "소나기", "장맛비"),
    "snow": ("снег", "снеж", "метел", "вьюг", "пург", "雪", "吹雪", "눈이 내", "눈이 오", "눈이 와", "눈발",
             "눈송이", "함박눈", "폭설", "눈보라", "눈 덮인", "눈밭"),
    "fog": ("туман", "霧", "안개"),
    "storm": ("буря", "бури", "бурю", "бурей", "гроз", "шторм", "ураган", "嵐", "暴風", "台風", "폭풍", "태풍"),
    "wind": ("ветер", "ветр", "風", "바람"),
    "lightning": ("молни", "гром", "稲妻", "雷", "번개", "천둥"),
    "alarm": ("сирен", "тревог", "サイレン", "警報", "사이렌", "경보"),
    "lamplight": ("фонар", "ламп", "свеч", "ランプ", "提灯", "ろうそく", "蝋燭", "灯り", "明かり", "등불", "촛불", "램프",
                  "등잔"),
    "firelight": ("костёр", "костр", "огон", "огн", "камин", "焚き火", "暖炉", "炎が", "炎の", "炎を", "모닥불", "벽난로", "불꽃"),
    "smoke": ("дым", "煙", "연기"),
}
# Words that hold a weather word but are no weather ("風呂" is a bath, "눈빛" a look).
ATMOSPHERE_EXCEPTIONS_RJK = ("風呂", "風景", "風邪", "和風", "雨戸", "灯台", "огнетуш", "빗자루", "빗질")

# English words for the lighting note, by atmosphere.
LIGHT_WORDS = {"rain": "rain", "snow": "snow", "fog": "fog", "storm": "storm", "lamplight": "lamp",
               "firelight": "fire"}

# ---- people ------------------------------------------------------------------------------------

# Verbs of speech (stems / forms) that tie a spoken line to whoever is named at them.
SPEECH_VERBS_RU = ("говор", "сказа", "спрос", "спраши", "крикн", "крич", "закрич", "ответ", "отвеча",
                   "прошепт", "шепч", "шепт", "воскликн", "произн", "пробормот", "бормоч", "позвал", "позвала",
                   "добав", "повтор", "заметил", "заметила", "буркн", "окликн", "вздохнул", "вздохнула",
                   "усмехнул", "рявкн", "прорычал", "прорычала", "объяви", "позва")
SPEECH_VERBS_JA = ("言っ", "言う", "言い", "言わ", "いった", "聞い", "聞く", "尋ね", "たずね", "叫ん", "叫ぶ", "叫び",
                   "答え", "囁い", "ささやい", "つぶやい", "呟い", "呼ん", "呼び", "話し", "怒鳴", "告げ", "訊い")
SPEECH_VERBS_KO = ("말했", "말한", "말하", "물었", "묻", "외쳤", "외치", "소리쳤", "소리치", "대답했", "대답하",
                   "속삭였", "속삭이", "중얼거렸", "중얼거리", "불렀", "답했", "덧붙였", "말을 이었", "소리 질렀",
                   "고함쳤", "타일렀")

# Kin and role words at a name, and what they tell: (English words for the description, gender).
# A younger sister or a grandchild is a child only where the text says so (a girl, a boy).
ROLES_RU: dict[str, tuple[str, str]] = {
    "смотрител": ("caretaker", ""), "сторож": ("watchman", "m"), "старик": ("old man", "m"),
    "старух": ("old woman", "f"), "старушк": ("old woman", "f"), "бабушк": ("grandmother", "f"),
    "дедушк": ("grandfather", "m"), "дед": ("grandfather", "m"), "сестр": ("sister", "f"),
    "сестрёнк": ("younger sister", "f"), "сестренк": ("younger sister", "f"), "брат": ("brother", "m"),
    "мать": ("mother", "f"), "матер": ("mother", "f"), "мам": ("mother", "f"), "отец": ("father", "m"),
    "отц": ("father", "m"), "пап": ("father", "m"), "дочь": ("daughter", "f"), "дочер": ("daughter", "f"),
    "дочк": ("daughter", "f"), "сын": ("son", "m"), "внук": ("grandchild", "m"), "внучк": ("grandchild", "f"),
    "жена": ("wife", "f"), "жену": ("wife", "f"), "жены": ("wife", "f"), "муж": ("husband", "m"),
    "девочк": ("girl", "f"), "мальчик": ("boy", "m"), "девушк": ("young woman", "f"), "парен": ("young man", "m"),
    "парн": ("young man", "m"), "женщин": ("woman", "f"), "мужчин": ("man", "m"), "капитан": ("captain", ""),
    "учител": ("teacher", "m"), "учительниц": ("teacher", "f"), "врач": ("doctor", ""), "доктор": ("doctor", ""),
    "проводниц": ("train conductor", "f"), "проводник": ("train conductor", "m"), "рыбак": ("fisherman", "m"),
    "солдат": ("soldier", "m"), "друг": ("friend", "m"), "подруг": ("friend", "f"), "сосед": ("neighbour", "m"),
    "соседк": ("neighbour", "f"), "хозяйк": ("landlady", "f"), "хозяин": ("landlord", "m"),
    "мастер": ("craftsman", "m"), "незнаком": ("stranger", ""), "путник": ("traveller", "m"), "официант": ("waiter", "m"),
    "официантк": ("waitress", "f"), "продавец": ("shopkeeper", "m"), "продавщиц": ("shopkeeper", "f"),
    "полицейск": ("police officer", ""), "милиционер": ("police officer", "m"), "священник": ("priest", "m"),
    "монах": ("monk", "m"), "король": ("king", "m"), "королев": ("queen", "f"), "принцесс": ("princess", "f"),
    "тётя": ("aunt", "f"), "тетя": ("aunt", "f"), "дядя": ("uncle", "m"), "няня": ("nanny", "f"),
    "старый": ("old", "m"), "старого": ("old", "m"), "старому": ("old", "m"), "старым": ("old", "m"),
    "старая": ("old", "f"), "старой": ("old", "f"), "старую": ("old", "f"), "маленьк": ("little", ""),
    "юный": ("young", "m"), "юная": ("young", "f"), "молод": ("young", ""), "юнг": ("ship's boy", "m"),
    "матрос": ("sailor", "m"), "моряк": ("sailor", "m"), "сыщик": ("detective", "m"), "следовател": ("detective", ""),
    "медсестр": ("nurse", "f"), "водител": ("driver", ""), "кучер": ("coachman", "m"), "пастух": ("shepherd", "m"),
    "крестьян": ("peasant", ""), "купец": ("merchant", "m"), "купц": ("merchant", "m"),
}
ROLES_JA: dict[str, tuple[str, str]] = {
    "妹": ("younger sister", "f"), "姉": ("older sister", "f"), "兄": ("older brother", "m"),
    "弟": ("younger brother", "m"), "母": ("mother", "f"), "父": ("father", "m"), "祖母": ("grandmother", "f"),
    "祖父": ("grandfather", "m"), "おばあさん": ("grandmother", "f"), "おじいさん": ("grandfather", "m"),
    "おばあちゃん": ("grandmother", "f"), "おじいちゃん": ("grandfather", "m"), "お母さん": ("mother", "f"),
    "お父さん": ("father", "m"), "お姉さん": ("older sister", "f"), "お兄さん": ("older brother", "m"),
    "おばさん": ("aunt", "f"), "おじさん": ("uncle", "m"), "お嬢さん": ("young woman", "f"), "母さん": ("mother", "f"),
    "父さん": ("father", "m"),
    "娘": ("daughter", "f"), "息子": ("son", "m"), "孫": ("grandchild", ""), "妻": ("wife", "f"), "夫": ("husband", "m"),
    "少女": ("girl", "f"), "少年": ("boy", "m"), "老人": ("old man", "m"), "老婆": ("old woman", "f"),
    "女の子": ("girl", "f"), "男の子": ("boy", "m"), "青年": ("young man", "m"), "若者": ("young man", "m"),
    "娘さん": ("young woman", "f"), "婦人": ("woman", "f"), "紳士": ("gentleman", "m"), "旅人": ("traveller", ""), "友人": ("friend", ""), "友達": ("friend", ""),
    "船長": ("captain", "m"), "先生": ("teacher", ""), "医者": ("doctor", ""), "駅員": ("station attendant", ""),
    "灯台守": ("lighthouse keeper", ""), "探偵": ("detective", ""), "刑事": ("detective", ""),
    "警官": ("police officer", ""), "巡査": ("police officer", ""), "看護師": ("nurse", ""), "運転手": ("driver", ""),
    "店主": ("shopkeeper", ""), "客": ("guest", ""), "侍": ("samurai", "m"), "王": ("king", "m"), "姫": ("princess", "f"), "漁師": ("fisherman", "m"), "男": ("man", "m"), "女": ("woman", "f"),
    "老いた": ("old", ""), "年老いた": ("old", ""), "幼い": ("little child", ""),
}
ROLES_KO: dict[str, tuple[str, str]] = {
    "여동생": ("younger sister", "f"), "남동생": ("younger brother", "m"), "언니": ("older sister", "f"),
    "누나": ("older sister", "f"), "오빠": ("older brother", "m"), "형": ("older brother", "m"),
    "동생": ("younger sibling", ""), "어머니": ("mother", "f"), "엄마": ("mother", "f"), "아버지": ("father", "m"),
    "아빠": ("father", "m"), "할머니": ("grandmother", "f"), "할아버지": ("grandfather", "m"), "딸": ("daughter", "f"),
    "아들": ("son", "m"), "손녀": ("grandchild", "f"), "손자": ("grandchild", "m"), "아내": ("wife", "f"),
    "남편": ("husband", "m"), "소녀": ("girl", "f"), "소년": ("boy", "m"), "노인": ("old man", "m"),
    "여자": ("woman", "f"), "남자": ("man", "m"), "친구": ("friend", ""), "선장": ("captain", "m"),
    "선생님": ("teacher", ""), "의사": ("doctor", ""), "역무원": ("station attendant", ""),
    "등대지기": ("lighthouse keeper", ""), "경찰관": ("police officer", ""), "경찰": ("police officer", ""),
    "형사": ("detective", ""), "탐정": ("detective", ""), "간호사": ("nurse", ""), "기사": ("driver", ""),
    "군인": ("soldier", "m"), "병사": ("soldier", "m"), "공주": ("princess", "f"), "왕자": ("prince", "m"),
    "상인": ("merchant", ""), "농부": ("farmer", ""), "아저씨": ("man", "m"), "아주머니": ("woman", "f"),
    "아줌마": ("woman", "f"), "이모": ("aunt", "f"), "고모": ("aunt", "f"), "삼촌": ("uncle", "m"), "손님": ("guest", ""), "어부": ("fisherman", "m"), "늙은": ("old", ""), "어린": ("little child", ""),
}

# Common Korean surnames: "박서연" is 서연 of the Park family.
SURNAMES_KO = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 "
                        "하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 "
                        "위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용".split())

# Capitalised Russian words that are never a name: pronouns, openers, question words.
NOT_NAMES_RU = frozenset("""
он она оно они я мы ты вы его её ее их ему ей им ими меня мне нас нам вас вам тебя тебе себя
это этот эта эти тот та те там тут здесь вот но и а да нет не ни как когда где куда откуда что кто
чей почему зачем потом затем тогда сейчас теперь уже ещё еще вдруг сегодня вчера завтра всё все
весь вся каждый один одна одно снова опять только даже наконец господи боже ну ах ох эй так если
хотя пока после перед после через около возле в во на к ко у до из по за под над о об от при без
для про мой моя моё мое мои твой твоя наш наша ваш ваша свой своя кто-то что-то никто ничего
здравствуй здравствуйте спасибо пожалуйста прощай привет может надо нельзя можно пусть давай
давайте смотри смотрите стой стойте иди идите подожди подождите утром вечером ночью днём днем
солнце небо время жизнь мир тишина дверь окно вода свет голос звук шум луна звёзды звезды земля
""".split())

# Katakana loanwords that name things, not people.
NOT_NAMES_JA = frozenset("""
ドア ランプ テーブル ホーム プラットホーム バス タクシー ラジオ テレビ カメラ コーヒー ベッド ナイフ
カバン スーツケース パン ミルク ビール ワイン ガラス カーテン ボタン ベンチ ポケット コート ジャケット
シャツ ドレス スカート ノート ペン メモ カード チケット ロープ ボール ピアノ ギター ベル サイレン
カフェ レストラン ホテル ビル エレベーター トンネル ボート ヨット トラック バイク エンジン ライト
スマホ メール メッセージ ニュース テント キッチン トイレ シャワー ストーブ マッチ ロウソク グラス
ボトル カップ スープ ケーキ チョコレート タバコ サイン ページ ストーリー ゲーム ドラム ハンドル
""".split())

# Korean words that take a particle like a name but are things, places, pronouns or time.
NOT_NAMES_KO = frozenset("""
그 그녀 그들 나 너 우리 저 제 내 네 당신 자기 누구 누군가 아무도 모두 모두들 사람 사람들 아이 아이들
이것 그것 저것 여기 거기 저기 이곳 그곳 무엇 뭔가 아무것 하나 둘 밖 안 앞 뒤 위 아래 옆 속 불 물 빛
비 눈 바람 폭풍 안개 하늘 구름 파도 바다 문 창문 창 밤 아침 저녁 낮 새벽 오후 시간 순간 기차 배 차
버스 소리 목소리 달 해 별 길 집 방 마을 세상 마음 눈물 손 얼굴 머리 발 등불 불빛 역 플랫폼 등대
바닷가 하루 오늘 내일 어제 이야기 말 일 것 수 때 곳 이름 생각 기억 꿈 소원 대답 질문 편지 가방 우산 열쇠 사진 지도 전화 책 상자
병 빵 등 램프 촛불 시계 모자 의자 탁자 테이블 침대 바닥 벽 지붕 계단 복도 풍경 소식 기적 경적
""".split())

# ---- props: word -> (name, English word for its form) -------------------------------------------

PROPS_RU: dict[str, tuple[str, str]] = {
    "чемодан": ("чемодан", "case"), "фонар": ("фонарь", "lantern"), "ламп": ("лампа", "lamp"),
    "свеч": ("свеча", "candle"), "сумк": ("сумка", "bag"), "рюкзак": ("рюкзак", "bag"),
    "корзин": ("корзина", "bag"), "коробк": ("коробка", "box"), "ящик": ("ящик", "box"),
    "бутылк": ("бутылка", "bottle"), "чашк": ("чашка", "cup"), "кружк": ("кружка", "cup"),
    "хлеб": ("хлеб", "bread"), "письм": ("письмо", "letter"), "книг": ("книга", "book"),
    "карт": ("карта", "map"), "фотографи": ("фотография", "photo"), "телефон": ("телефон", "phone"),
    "радио": ("радио", "radio"), "ключ": ("ключ", "key"), "нож": ("нож", "knife"),
    "ружь": ("ружьё", "gun"), "пистолет": ("пистолет", "gun"), "меч": ("меч", "sword"),
    "цвет": ("цветы", "flower"), "букет": ("букет", "flower"), "зонт": ("зонт", "umbrella"),
    "шляп": ("шляпа", "hat"), "пальто": ("пальто", "coat"), "часы": ("часы", "clock"),
    "кольц": ("кольцо", "ring"), "скрипк": ("скрипка", "instrument"), "гитар": ("гитара", "instrument"),
    "билет": ("билет", "letter"), "стул": ("стул", "chair"), "верёвк": ("верёвка", "rope"),
    "веревк": ("верёвка", "rope"), "мяч": ("мяч", "ball"), "кукл": ("кукла", "toy"),
}
# Short stems above that start other words: only these whole forms.
PROP_FORMS_RU: dict[str, tuple[str, ...]] = {
    "нож": ("нож", "ножа", "ножом", "ножу"), "меч": ("меч", "меча", "мечом"),
    "карт": ("карта", "карту", "карты", "карте", "картой"), "цвет": ("цветы", "цветов", "цветами", "цветок"),
    "часы": ("часы",), "мяч": ("мяч", "мяча", "мячом"), "хлеб": ("хлеб", "хлеба", "хлебом"),
    "ключ": ("ключ", "ключа", "ключом", "ключи"), "зонт": ("зонт", "зонтом", "зонта", "зонтик"),
    "стул": ("стул", "стула", "стуле"),
}
PROPS_JA: dict[str, tuple[str, str]] = {
    "スーツケース": ("スーツケース", "case"), "ランプ": ("ランプ", "lamp"), "提灯": ("提灯", "lantern"),
    "ランタン": ("ランタン", "lantern"), "懐中電灯": ("懐中電灯", "lamp"), "ろうそく": ("ろうそく", "candle"),
    "蝋燭": ("蝋燭", "candle"), "傘": ("傘", "umbrella"), "鞄": ("鞄", "bag"), "かばん": ("かばん", "bag"),
    "カバン": ("カバン", "bag"), "籠": ("籠", "bag"), "箱": ("箱", "box"), "瓶": ("瓶", "bottle"),
    "湯呑み": ("湯呑み", "cup"), "茶碗": ("茶碗", "cup"), "パン": ("パン", "bread"), "おにぎり": ("おにぎり", "food"),
    "手紙": ("手紙", "letter"), "地図": ("地図", "map"), "写真": ("写真", "photo"), "携帯": ("携帯", "phone"),
    "スマホ": ("スマホ", "phone"), "電話": ("電話", "phone"), "ラジオ": ("ラジオ", "radio"), "鍵": ("鍵", "key"),
    "ナイフ": ("ナイフ", "knife"), "刀": ("刀", "sword"), "剣": ("剣", "sword"), "花束": ("花束", "flower"),
    "帽子": ("帽子", "hat"), "時計": ("時計", "clock"), "指輪": ("指輪", "ring"), "切符": ("切符", "letter"),
    "本": ("本", "book"), "ボール": ("ボール", "ball"), "人形": ("人形", "toy"), "ロープ": ("ロープ", "rope"),
}
# Words that hold a prop word but name something else ("日本" is Japan, "本当" true).
NOT_PROPS_JA = ("日本", "本当", "本気", "本物", "基本", "一本", "本来", "箱根", "手紙を書", "時計台", "写真家")
PROPS_KO: dict[str, tuple[str, str]] = {
    "여행 가방": ("여행 가방", "case"), "트렁크": ("트렁크", "case"), "가방": ("가방", "bag"),
    "등불": ("등불", "lantern"), "랜턴": ("랜턴", "lantern"), "램프": ("램프", "lamp"), "손전등": ("손전등", "lamp"),
    "촛불": ("촛불", "candle"), "양초": ("양초", "candle"), "우산": ("우산", "umbrella"), "바구니": ("바구니", "bag"),
    "상자": ("상자", "box"), "병": ("병", "bottle"), "컵": ("컵", "cup"), "찻잔": ("찻잔", "cup"), "빵": ("빵", "bread"),
    "편지": ("편지", "letter"), "지도": ("지도", "map"), "사진": ("사진", "photo"), "휴대폰": ("휴대폰", "phone"),
    "전화기": ("전화기", "phone"), "라디오": ("라디오", "radio"), "열쇠": ("열쇠", "key"), "칼": ("칼", "knife"),
    "총": ("총", "gun"), "꽃다발": ("꽃다발", "flower"), "모자": ("모자", "hat"), "시계": ("시계", "clock"),
    "반지": ("반지", "ring"), "기차표": ("기차표", "letter"), "책": ("책", "book"), "공": ("공", "ball"),
    "인형": ("인형", "toy"), "밧줄": ("밧줄", "rope"),
}
# One-syllable Korean props count only as a whole word with a particle ("병을", "칼이").
KO_SHORT_PROP_ENDINGS = ("을", "를", "이", "가", "은", "는", "도", "과", "와", "으로", "로", "에", "만", "")


def setting_kind_stems() -> dict[str, tuple[str, ...]]:
    """Setting kind -> the place words above that name it, as setting_words stems (a trailing
    space keeps a short word whole: "дом " is a house, not the start of every word)."""
    out: dict[str, list[str]] = {}
    for stem, (_key, kind, name) in PLACES_RU.items():
        forms = PLACE_FORMS_RU.get(stem)
        out.setdefault(kind, []).extend([f + " " for f in forms] if forms else [stem])
    for table in (PLACES_JA, PLACES_KO):
        for word, (_key, kind, name) in table.items():
            short_korean = table is PLACES_KO and len(word) == 1
            if table is PLACES_JA and word in _SHARED_WITH_CHINESE:
                continue  # 城 of 城里 (in town), 川 of 四川: not in Chinese stories
            out.setdefault(kind, []).append(word + " " if short_korean else word)
    return {kind: tuple(dict.fromkeys(stems)) for kind, stems in out.items()}


# Japanese place words that mean something else inside Chinese words.
_SHARED_WITH_CHINESE = frozenset({"城", "川", "宿", "町", "通り", "庭"})

FEATURE_STEMS_RJK: dict[str, tuple[str, ...]] = {
    "lighthouse": ("маяк", "灯台", "등대"), "window": ("окн", "окош", "窓", "창문"), "door": ("двер", "扉", "ドア", "문을"),
    "trees": ("дерев", "берёз", "берез", "木々", "나무"), "rails": ("рельс", "線路", "철로", "선로"),
    "waves": ("волн", "波が", "波の", "파도"), "moon": ("луна", "луну", "луной", "月明かり", "満月", "달빛"),
    "stars": ("звёзд", "звезд", "星々", "星明かり", "별빛"),
    "boats": ("лодк", "小舟", "漁船", "보트", "고깃배"), "fire": ("костёр", "костр", "камин", "焚き火", "暖炉", "모닥불", "벽난로"),
    "lamp": ("фонар", "ламп", "ランプ", "提灯", "등불", "램프"), "table": ("стол", "机の", "テーブル", "탁자", "식탁"),
}

# Common Russian given names (and their everyday short forms): a name even where it only opens
# sentences ("Анна стоит на платформе."), and its gender where the text does not say.
GIVEN_NAMES_RU_F = frozenset("""
анна аня мария маша ольга оля елена лена наталья наташа татьяна таня ирина ира светлана света екатерина катя
юлия юля анастасия настя дарья даша ксения ксюша софья софия соня вера надежда надя любовь люба галина галя
людмила люда валентина валя нина лидия лида зоя алла марина полина алиса виктория вика евгения женя
александра саша варвара варя алёна алена кристина вероника елизавета лиза тамара раиса рая зинаида зина
клавдия клава антонина тоня василиса милана ульяна арина алина яна инна жанна лариса лара маргарита рита
""".split())
GIVEN_NAMES_RU_M = frozenset("""
иван ваня пётр петр петя николай коля сергей серёжа сережа алексей алёша алеша лёша леша андрей дмитрий дима михаил миша
александр саша владимир володя вова павел паша константин костя виктор борис боря григорий гриша юрий юра
олег игорь евгений женя максим артём артем кирилл егор илья никита роман степан фёдор федор антон тимофей
василий вася анатолий толя геннадий гена вадим вячеслав слава семён семен лев лёва леонид лёня яков аркадий
денис матвей глеб тимур марк даниил данила ярослав станислав захар филипп богдан савва фома лука кузьма
""".split())

# Animals and machines that can be characters: word (Russian: stem) -> (name, English form word).
# They are characters when they act again and again or speak, like the English reader's fox.
ANIMALS_RU: dict[str, tuple[str, str]] = {
    "кот": ("кот", "cat"), "кошк": ("кошка", "cat"), "котён": ("котёнок", "cat"), "собак": ("собака", "dog"),
    "пёс": ("пёс", "dog"), "пса": ("пёс", "dog"), "псу": ("пёс", "dog"), "щен": ("щенок", "dog"), "лис": ("лиса", "fox"),
    "волк": ("волк", "wolf"), "медвед": ("медведь", "bear"), "заяц": ("заяц", "rabbit"), "зайц": ("заяц", "rabbit"),
    "кролик": ("кролик", "rabbit"), "мыш": ("мышь", "mouse"), "олен": ("олень", "deer"), "лошад": ("лошадь", "horse"),
    "конь": ("конь", "horse"), "коня": ("конь", "horse"), "птиц": ("птица", "bird"), "ворона": ("ворона", "crow"), "ворон": ("ворон", "crow"),
    "сова": ("сова", "owl"), "сову": ("сова", "owl"), "совы": ("сова", "owl"), "коров": ("корова", "cow"),
    "коз": ("коза", "goat"), "овц": ("овца", "sheep"), "свинь": ("свинья", "pig"), "утк": ("утка", "duck"),
    "гус": ("гусь", "duck"), "петух": ("петух", "chicken"), "куриц": ("курица", "chicken"), "лягушк": ("лягушка", "frog"),
    "змея": ("змея", "snake"), "змею": ("змея", "snake"), "черепах": ("черепаха", "turtle"), "дракон": ("дракон", "dragon"),
    "тигр": ("тигр", "tiger"), "слон": ("слон", "elephant"), "обезьян": ("обезьяна", "monkey"), "робот": ("робот", "robot"),
}
ANIMALS_JA: dict[str, tuple[str, str]] = {
    "子猫": ("子猫", "cat"), "猫": ("猫", "cat"), "ねこ": ("ねこ", "cat"), "ネコ": ("ネコ", "cat"), "子犬": ("子犬", "dog"),
    "犬": ("犬", "dog"), "いぬ": ("いぬ", "dog"), "狐": ("狐", "fox"), "きつね": ("きつね", "fox"), "キツネ": ("キツネ", "fox"),
    "狼": ("狼", "wolf"), "熊": ("熊", "bear"), "くま": ("くま", "bear"), "兎": ("兎", "rabbit"), "うさぎ": ("うさぎ", "rabbit"),
    "ウサギ": ("ウサギ", "rabbit"), "ねずみ": ("ねずみ", "mouse"), "ネズミ": ("ネズミ", "mouse"), "鹿": ("鹿", "deer"),
    "馬": ("馬", "horse"), "カラス": ("カラス", "crow"), "烏": ("烏", "crow"), "フクロウ": ("フクロウ", "owl"),
    "ヤギ": ("ヤギ", "goat"), "アヒル": ("アヒル", "duck"), "ニワトリ": ("ニワトリ", "chicken"), "カエル": ("カエル", "frog"),
    "蛙": ("蛙", "frog"), "ヘビ": ("ヘビ", "snake"), "蛇": ("蛇", "snake"), "カメ": ("カメ", "turtle"), "亀": ("亀", "turtle"),
    "竜": ("竜", "dragon"), "龍": ("龍", "dragon"), "ドラゴン": ("ドラゴン", "dragon"), "虎": ("虎", "tiger"),
    "ライオン": ("ライオン", "lion"), "ゾウ": ("ゾウ", "elephant"), "猿": ("猿", "monkey"), "サル": ("サル", "monkey"),
    "ロボット": ("ロボット", "robot"), "小鳥": ("小鳥", "bird"), "鳥": ("鳥", "bird"),
}
ANIMALS_KO: dict[str, tuple[str, str]] = {
    "고양이": ("고양이", "cat"), "강아지": ("강아지", "dog"), "개": ("개", "dog"), "여우": ("여우", "fox"),
    "늑대": ("늑대", "wolf"), "곰": ("곰", "bear"), "토끼": ("토끼", "rabbit"), "쥐": ("쥐", "mouse"),
    "사슴": ("사슴", "deer"), "까마귀": ("까마귀", "crow"), "부엉이": ("부엉이", "owl"), "올빼미": ("올빼미", "owl"),
    "염소": ("염소", "goat"), "돼지": ("돼지", "pig"), "오리": ("오리", "duck"), "닭": ("닭", "chicken"),
    "물고기": ("물고기", "fish"), "개구리": ("개구리", "frog"), "뱀": ("뱀", "snake"), "거북이": ("거북이", "turtle"),
    "호랑이": ("호랑이", "tiger"), "사자": ("사자", "lion"), "코끼리": ("코끼리", "elephant"), "원숭이": ("원숭이", "monkey"),
    "로봇": ("로봇", "robot"), "새": ("새", "bird"), "말": ("말", "horse"),
}
# Short animal stems above that begin other words ("лист", "который", "мышца"): only these forms.
ANIMAL_FORMS_RU: dict[str, tuple[str, ...]] = {
    "кот": ("кот", "кота", "коту", "котом", "коте", "коты"), "лис": ("лиса", "лисы", "лисе", "лису", "лисой", "лисица"),
    "коз": ("коза", "козы", "козе", "козу", "козой"), "гус": ("гусь", "гуся", "гусю", "гусем", "гуси"),
    "мыш": ("мышь", "мыши", "мышью", "мышка", "мышки", "мышку", "мышкой", "мышонок"),
    "утк": ("утка", "утки", "утке", "утку", "уткой"), "пса": ("пса",), "псу": ("псу",), "слон": ("слон", "слона", "слону", "слоном"),
    "конь": ("конь",), "коня": ("коня",), "сова": ("сова",), "сову": ("сову",), "совы": ("совы",),
    "змея": ("змея",), "змею": ("змею",), "щен": ("щенок", "щенка", "щенку", "щенком"),
}

# Verbs of going somewhere: a place named with one is where the story goes, even when the sentence
# names nobody ("部屋に入ると、窓が開いていた").
GOING_RU = (r"^(?:во|при|за|вы|у|до|под|пере|с|раз|от)?(?:шёл|шел|шла|шли|шёлся)$|^(?:вош|приш|заш|выш|уш|дош|подош)"
            r"|^(?:при|у|за|вы|до)?(?:ехал|ехала|ехали)$|^(?:вернул|поднял|спустил|вбежал|забежал|добрал|пробрал)")
GOING_JA = ("に入", "へ入", "に着", "へ着", "に向か", "へ向か", "に戻", "へ戻", "に行", "へ行", "に登", "に上が",
            "まで走", "まで歩", "に入っ", "に駆け込", "に出た", "へ出た")
GOING_KO = ("로 들어", "으로 들어", "에 들어", "로 갔", "으로 갔", "에 갔", "에 도착", "로 돌아", "으로 돌아",
            "로 올라", "으로 올라", "로 내려", "으로 내려", "에 들어섰", "로 들어섰", "로 향했", "으로 향했", "로 뛰어",
            "으로 뛰어")
