"""The offline planner reads stories in Russian, Japanese and Korean: who is in them (and that
pronouns and common nouns are not), who says each line, where and when each scene is, its
weather, the props, and voices in the story's language.

Stories here are written for these tests; every test runs the real planning graph.
"""

from __future__ import annotations

from director.ingest import parse_story
from director.plan import FilmPlan
from director.planning import plan_story


def _plan(text: str) -> FilmPlan:
    return plan_story(parse_story(text), "heuristic").plan


def _characters(plan: FilmPlan) -> dict:
    return {e.name: e for e in plan.entities if e.kind == "character"}


def _lines(plan: FilmPlan) -> list[tuple[str, str]]:
    return [(d.speaker, d.text) for shot in plan.shots() for d in shot.dialogue]


def _places(plan: FilmPlan) -> list[str]:
    return [s.location for s in plan.scenes]


RU_STATION = (
    "Утром Мария пришла на вокзал с тяжёлым чемоданом. Шёл дождь.\n"
    "— Где поезд? — спросила Мария.\n"
    "— Опаздывает, — ответил проводник Пётр.\n"
    "Вечером Марию встретил брат Олег в старом доме.\n"
    "«Ты промокла», — сказал Олег. Он поставил чайник."
)


def test_russian_names_inflected_forms_are_one_person_and_pronouns_are_not_characters():
    plan = _plan(RU_STATION)
    assert plan.language == "ru"
    chars = _characters(plan)
    assert set(chars) == {"Мария", "Пётр", "Олег"}
    assert "female" in chars["Мария"].description or "woman" in chars["Мария"].description
    assert "brother" in chars["Олег"].description
    assert "conductor" in chars["Пётр"].description


def test_russian_dash_lines_and_guillemets_go_to_the_named_speaker():
    plan = _plan(RU_STATION)
    assert _lines(plan) == [("Мария", "Где поезд?"), ("Пётр", "Опаздывает."), ("Олег", "Ты промокла")]


def test_russian_places_times_weather_and_props():
    plan = _plan(RU_STATION)
    assert _places(plan) == ["вокзал", "дом"]
    assert [s.time_of_day for s in plan.scenes] == ["morning", "evening"]
    assert "rain" in plan.scenes[0].atmosphere
    locations = {e.name: e for e in plan.entities if e.kind == "location"}
    assert locations["вокзал"].setting.kind == "station"
    assert locations["дом"].setting.interior is True
    props = {e.name: e for e in plan.entities if e.kind == "prop"}
    assert props["чемодан"].form == "case"


def test_russian_voices_speak_russian_with_the_speakers_gender():
    plan = _plan(RU_STATION)
    chars = _characters(plan)
    assert chars["Мария"].voice.language == "ru"
    assert chars["Олег"].voice.language == "ru"
    assert chars["Мария"].voice.voice != chars["Олег"].voice.voice


JA_HARBOUR = (
    "朝、サクラは駅のホームで電車を待っていた。雨が降っていた。\n"
    "「遅いね」とサクラが言った。\n"
    "祖父の健一さんは傘を持って来た。\n"
    "「寒くないか」と健一さんが尋ねた。彼女は笑った。\n"
    "夕方、二人は港に着いた。霧が深かった。"
)


def test_japanese_names_before_particles_honorifics_and_kin_words():
    plan = _plan(JA_HARBOUR)
    chars = _characters(plan)
    assert set(chars) == {"サクラ", "健一"}
    assert "grandfather" in chars["健一"].description


def test_japanese_lines_in_corner_brackets_go_to_the_tagged_speaker():
    plan = _plan(JA_HARBOUR)
    assert _lines(plan) == [("サクラ", "遅いね"), ("健一", "寒くないか")]


def test_japanese_places_times_weather_and_props():
    plan = _plan(JA_HARBOUR)
    assert len(plan.scenes) == 2
    assert [s.time_of_day for s in plan.scenes] == ["morning", "dusk"]
    assert plan.scenes[1].location == "港"
    assert "rain" in plan.scenes[0].atmosphere and "fog" in plan.scenes[1].atmosphere
    kinds = {e.name: e.setting.kind for e in plan.entities if e.kind == "location"}
    assert kinds["港"] == "harbour"
    assert {e.name: e.form for e in plan.entities if e.kind == "prop"}.get("傘") == "umbrella"
    assert _characters(plan)["サクラ"].voice.language == "ja"


KO_MARKET = (
    "아침에 수진은 기차역 플랫폼에서 기차를 기다렸다. 안개가 짙었다.\n"
    "\"기차가 늦네,\" 수진이 말했다.\n"
    "할머니가 우산을 들고 다가왔다.\n"
    "\"춥지 않니?\" 할머니가 물었다. 그녀는 웃었다.\n"
    "저녁에 두 사람은 시장으로 갔다. 비가 내렸다."
)


def test_korean_names_and_a_speaking_role_are_characters_pronouns_are_not():
    plan = _plan(KO_MARKET)
    chars = _characters(plan)
    assert set(chars) == {"수진", "할머니"}
    assert "grandmother" in chars["할머니"].description


def test_korean_quotes_go_to_the_tagged_speaker():
    plan = _plan(KO_MARKET)
    assert _lines(plan) == [("수진", "기차가 늦네."), ("할머니", "춥지 않니?")]


def test_korean_places_times_weather_and_props():
    plan = _plan(KO_MARKET)
    assert [s.location for s in plan.scenes] == ["플랫폼", "시장"]
    assert [s.time_of_day for s in plan.scenes] == ["morning", "evening"]
    assert "fog" in plan.scenes[0].atmosphere and "rain" in plan.scenes[1].atmosphere
    kinds = {e.name: e.setting.kind for e in plan.entities if e.kind == "location"}
    assert kinds == {"플랫폼": "station", "시장": "shop"}
    assert {e.name: e.form for e in plan.entities if e.kind == "prop"} == {"우산": "umbrella"}
    assert _characters(plan)["수진"].voice.language == "ko"


def test_the_lighthouse_stories_of_each_language():
    ru = _plan("Вечером Анна выходит на пустую платформу. Идёт снег.\n"
               "«Поезд опаздывает», — говорит старый смотритель Иван.")
    assert set(_characters(ru)) == {"Анна", "Иван"}
    assert _lines(ru) == [("Иван", "Поезд опаздывает")]
    assert "old man" in _characters(ru)["Иван"].description and ru.scenes[0].atmosphere == ["snow"]
    ja = _plan("夜、ハルは古い灯台に登った。外は嵐だった。\n「光を消さないで」と妹のユキが言った。")
    assert set(_characters(ja)) == {"ハル", "ユキ"} and _lines(ja) == [("ユキ", "光を消さないで")]
    assert ja.scenes[0].time_of_day == "night" and "storm" in ja.scenes[0].atmosphere
    ko = _plan("밤에 민수는 바닷가 등대로 올라갔다. 밖에는 폭풍이 불었다.\n\"불을 끄지 마,\" 여동생 지은이 말했다.")
    assert set(_characters(ko)) == {"민수", "지은"} and _lines(ko) == [("지은", "불을 끄지 마.")]
    assert "sister" in _characters(ko)["지은"].description and "storm" in ko.scenes[0].atmosphere


def test_a_russian_dash_line_broken_by_its_tag_is_one_line_and_a_pronoun_tag_finds_its_speaker():
    plan = _plan("Вечером Григорий Ильич пришёл на пустую пристань. Там его ждала Соня, худая девочка в платке.\n"
                 "— Придёт, — ответил Григорий. — Только держи фонарь повыше.\n"
                 "— Я думаю, — сказала она, — что уже поздно.")
    chars = _characters(plan)
    assert set(chars) == {"Григорий Ильич", "Соня"}
    assert chars["Соня"].form == "child"  # "девочка": a girl
    assert _lines(plan) == [("Григорий Ильич", "Придёт. Только держи фонарь повыше."),
                            ("Соня", "Я думаю, что уже поздно.")]


def test_japanese_kanji_names_and_a_place_inside_a_name():
    plan = _plan("昔、山の村に太郎という少年が住んでいた。\nある朝、太郎は森で小さな狐を見つけた。\n"
                 "「大丈夫だよ」と太郎は言った。\n駅員の山本さんが近づいてきた。")
    chars = _characters(plan)
    assert set(chars) == {"太郎", "山本"}
    assert chars["太郎"].form == "child"  # 少年: a boy
    assert _lines(plan) == [("太郎", "大丈夫だよ")]
    assert "山" not in {e.name for e in plan.entities if e.kind == "location"}  # 山本 is a name
    assert not [e for e in plan.entities if e.kind == "prop"]  # and holds no book (本)


def test_a_role_seen_only_in_its_speech_tag_is_the_named_person_who_answers():
    plan = _plan("Николай Петрович открыл дверь мастерской. На верстаке лежала сломанная скрипка.\n"
                 "На пороге стояла соседка Лидия с корзиной.\n"
                 "— Вы опять работаете всю ночь? — спросила Лидия.\n"
                 "— Скрипка должна быть готова к утру, — ответил мастер.")
    assert set(_characters(plan)) == {"Николай Петрович", "Лидия"}
    assert [speaker for speaker, _ in _lines(plan)] == ["Лидия", "Николай Петрович"]
    assert _places(plan) == ["мастерская"]  # the story opens there, without a preposition
    assert plan.scenes[0].heading.startswith("INT.")


def test_katakana_things_are_not_characters_and_a_grandmother_who_calls_is_one():
    plan = _plan("夏の午後、リナは祖母の家の縁側で本を読んでいた。\n"
                 "「リナ、スイカを切ったよ」とおばあさんが台所から呼んだ。\n"
                 "リナは走って台所に行った。テーブルの上に大きなスイカがあった。")
    chars = _characters(plan)
    assert set(chars) == {"リナ", "おばあさん"}
    assert "grandmother" in chars["おばあさん"].description
    assert _lines(plan) == [("おばあさん", "リナ、スイカを切ったよ")]
    assert [s.location for s in plan.scenes] == ["家", "台所"]


def test_a_russian_shot_list_and_a_known_name_that_only_opens_sentences():
    plan = _plan("1. Вечер. Анна стоит на пустой платформе.\n2. Крупный план: часы на стене.\n"
                 "3. Иван подходит к ней. «Поезд опаздывает», — говорит Иван.\n")
    assert set(_characters(plan)) == {"Анна", "Иван"}
    assert len(plan.shots()) == 3
    assert _lines(plan) == [("Иван", "Поезд опаздывает")]
    assert _places(plan) == ["платформа"] and plan.scenes[0].time_of_day == "evening"
    assert {e.name: e.form for e in plan.entities if e.kind == "prop"} == {"часы": "clock"}


def test_animals_that_act_or_speak_are_characters_with_their_form():
    ru = _plan("Утром рыжая лиса вышла из леса. Лиса была голодна. Ветер шевелил листья.\n"
               "У реки сидел старый ворон. «Что ты ищешь?» — спросил ворон.\n«Завтрак», — ответила лиса.")
    forms = {name: e.form for name, e in _characters(ru).items()}
    assert forms == {"Лиса": "fox", "Ворон": "crow"}  # "листья" are leaves, not a fox
    assert _lines(ru) == [("Ворон", "Что ты ищешь?"), ("Лиса", "Завтрак")]
    ja = _plan("ある朝、ハルは森で小さな狐を見つけた。狐は足を怪我していた。\n「助けて」と狐が言った。")
    assert {n: e.form for n, e in _characters(ja).items()} == {"ハル": "human", "狐": "fox"}
    assert _lines(ja) == [("狐", "助けて")]
    ko = _plan("아침에 수아는 숲에서 여우를 만났다. 여우는 다리를 다쳤다.\n\"도와줘,\" 여우가 말했다.\n"
               "수아는 말을 잃었다.")
    assert {n: e.form for n, e in _characters(ko).items()} == {"수아": "human", "여우": "fox"}
    assert _lines(ko) == [("여우", "도와줘.")]


def test_a_bare_line_after_an_action_is_said_by_who_acted_and_a_role_that_acts_is_a_character():
    ko = _plan("한밤중에 경찰관 최민호는 텅 빈 골목으로 들어섰다. 안개가 자욱했다.\n"
               "골목 끝에서 한 소녀가 울고 있었다.\n"
               "“길을 잃었니?”라고 민호가 물었다.\n"
               "소녀는 고개를 끄덕였다. “엄마를 찾고 있어요.”\n"
               "민호는 소녀의 손을 잡고 경찰서로 향했다.")
    chars = _characters(ko)
    assert set(chars) == {"최민호", "소녀"}
    assert "police" in chars["최민호"].description and chars["소녀"].form == "child"
    assert _lines(ko) == [("최민호", "길을 잃었니?"), ("소녀", "엄마를 찾고 있어요.")]
    assert [s.location for s in ko.scenes] == ["골목", "경찰서"] and ko.scenes[1].heading.startswith("INT.")
    ja = _plan("雨の夜、探偵の黒田は古いホテルのロビーにいた。\nフロントの女が鍵を差し出した。『三〇二号室です』\n"
               "黒田は鍵を受け取り、「ありがとう」と言った。")
    assert _lines(ja) == [("女", "三〇二号室です"), ("黒田", "ありがとう")]
    assert "detective" in _characters(ja)["黒田"].description


def test_a_role_the_story_named_someone_by_speaks_as_them_and_a_verb_gives_a_gender():
    plan = _plan("Днём в актовом зале школы было шумно. Учительница музыки Ирина Сергеевна раздавала ноты.\n"
                 "Маленький Алёша прятался за занавесом.\n— Алёша, твой выход! — позвала учительница.")
    chars = _characters(plan)
    assert set(chars) == {"Ирина Сергеевна", "Алёша"}
    assert _lines(plan) == [("Ирина Сергеевна", "Алёша, твой выход!")]
    assert "boy" in chars["Алёша"].description and chars["Алёша"].form == "child"
    assert plan.scenes[0].location == "школа" and plan.scenes[0].heading.startswith("INT.")
    ko = _plan("겨울 저녁, 할아버지 영수는 시장에서 군고구마를 팔았다. 눈이 내리고 있었다.\n"
               "작은 아이 하나가 가게 앞에 멈춰 섰다. 아이의 이름은 보람이었다.\n"
               "\"얼마예요?\" 보람이 물었다.\n\"너한테는 공짜란다,\" 할아버지가 웃으며 말했다.")
    assert set(_characters(ko)) == {"영수", "보람"}  # 이름 (a name) is no one
    assert _lines(ko) == [("보람", "얼마예요?"), ("영수", "너한테는 공짜란다.")]
    assert ko.scenes[0].atmosphere == ["snow"] and ko.scenes[0].time_of_day == "evening"


def test_japanese_words_added_to_the_setting_tables_leave_chinese_text_alone():
    from director.planning.world import infer_atmosphere, infer_setting

    assert infer_atmosphere("夏天很炎热，一家人坐在院子里。") == []  # 炎热 is hot weather, not a fire
    assert infer_setting("家庭", "", "", "这个家庭很温暖。").kind != "garden"  # 庭 of 家庭 (a family)
    assert infer_atmosphere("夜、雪が降り始めた。囲炉裏の炎が揺れていた。") == ["snow", "firelight"]
    assert infer_atmosphere("Идёт снег. Ветер воет.") == ["snow", "wind"]
    assert infer_atmosphere("밖에는 폭풍이 불었다.") == ["rain", "storm", "wind"]


def test_loglines_are_read_as_the_sentence_they_are_not_expanded_by_english_templates():
    for text, who in (("Одинокая смотрительница маяка Вера в шторм находит раненого кита.", "Вера"),
                      ("孤独な灯台守のミナが嵐の夜に傷ついた鯨を見つける。", "ミナ"),
                      ("외로운 등대지기 수아는 폭풍우 치는 밤에 다친 고래를 발견한다.", "수아")):
        plan = _plan(text)
        assert set(_characters(plan)) == {who}
        assert "lighthouse keeper" in _characters(plan)[who].description or "caretaker" in _characters(plan)[who].description
        assert all(not s.description.lower().startswith(("the ", "close on")) for s in plan.shots())
        assert "storm" in plan.scenes[0].atmosphere


def test_what_japanese_and_korean_text_shows_before_a_name_describes_it():
    ja = _characters(_plan("夜、長い髪のユキは駅のホームに立っていた。\n大きな帽子をかぶったケンジが近づいた。\n"
                           "「待った？」とケンジが聞いた。"))
    assert "長い髪" in ja["ユキ"].description and "大きな帽子をかぶった" in ja["ケンジ"].description
    ko = _characters(_plan("밤에 안경을 쓴 민수는 역으로 들어갔다.\n빨간 코트를 입은 지은이 손을 흔들었다.\n"
                           "\"늦었네,\" 지은이 말했다."))
    assert set(ko) == {"민수", "지은"}
    assert "안경을 쓴" in ko["민수"].description and "빨간 코트를 입은" in ko["지은"].description


def test_russian_looks_before_and_after_a_name_and_a_grandchild_is_not_a_child_unless_told():
    plan = _plan("Рыжая Маша в красном пальто вышла на мост. Высокий Олег ждал её.\n"
                 "«Ты опоздала», — сказал Олег. За стойкой стояла Ольга.\n"
                 "Старая Вера жила у моря с внучкой Катей. Катя бегала на берег.")
    chars = _characters(plan)
    assert set(chars) == {"Маша", "Олег", "Ольга", "Вера", "Катя"}  # "Рыжая", "Высокий" are looks, not names
    assert "рыжая в красном пальто" in chars["Маша"].description and "высокий" in chars["Олег"].description
    assert "стойкой" not in chars["Ольга"].description  # a counter, not a look
    assert chars["Катя"].form == "human" and "grandchild" in chars["Катя"].description
    assert chars["Вера"].description.startswith("an old woman")


def test_going_into_a_place_moves_the_scene_even_when_the_sentence_names_nobody():
    ja = _plan("雨の夜、探偵の黒田は古いホテルのロビーにいた。\n部屋に入ると、窓が開いていた。")
    assert [s.location for s in ja.scenes] == ["ロビー", "部屋"]
    ru = _plan("Капитан Орлов стоял на палубе. Над морем сгущались тучи.\nВошли в каюту и закрыли дверь.")
    assert [s.location for s in ru.scenes] == ["палуба", "каюта"]  # the sea is only seen


def test_who_calls_someone_oppa_is_a_girl_dinner_is_no_evening_and_a_bare_line_goes_to_the_actor():
    ko = _plan("토요일 오후, 지호와 동생 서아는 공원에서 연을 날렸다.\n"
               "\"오빠, 줄이 끊어지겠어!\" 서아가 소리쳤다.\n"
               "해질녘에 두 사람은 집으로 돌아왔다. 엄마가 저녁을 차려 놓고 기다리고 있었다.\n"
               "\"손 씻고 와라,\" 엄마가 말했다.")
    chars = _characters(ko)
    assert "woman" in chars["서아"].description and "mother" in chars["엄마"].description
    assert [s.time_of_day for s in ko.scenes] == ["afternoon", "dusk"]  # 저녁을 차려: dinner
    ja = _plan("翌朝、隣に住むサトミさんが猫を見て笑った。\n「かわいいね。名前は？」")
    assert _lines(ja) == [("サトミ", "かわいいね。名前は？")]


def test_a_line_after_an_action_with_no_verb_of_speech_is_said_by_who_acts():
    ru = _plan("Иван улыбнулся: «Ты пришёл». Анна кивнула.\nАнна посмотрела на Ивана: «Конечно».")
    assert _lines(ru) == [("Иван", "Ты пришёл"), ("Анна", "Конечно")]
    ko = _plan("민수는 웃었다. “왔구나.”\n지은은 고개를 끄덕였다: \"응.\"")
    assert _lines(ko) == [("민수", "왔구나."), ("지은", "응.")]


def test_russian_common_nouns_that_open_sentences_again_and_again_are_no_one():
    plan = _plan("Ветер выл всю ночь. Ветер стих только утром.\nПоезд пришёл. Поезд ушёл. Анна осталась на платформе.")
    assert set(_characters(plan)) == {"Анна"}
    assert plan.scenes[-1].location == "платформа"  # the train that arrives is no place of the scene


def test_russian_appositions_of_clothes_and_of_a_plain_person_are_looks_but_a_place_is_not():
    plan = _plan("Утром на рынке шумно. Старый торговец Борис Петрович, худой человек в соломенной шляпе, "
                 "раскладывает яблоки.\nМаленький мальчик Петя, в синей куртке, бежит мимо.\n"
                 "Анна, в комнате, читает.")
    described = {e.name: e.description for e in plan.entities if e.kind == "character"}
    assert "соломенной шляпе" in described["Борис Петрович"]
    assert "в синей куртке" in described["Петя"]
    assert "комнате" not in described["Анна"]
