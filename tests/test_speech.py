"""Offline speech: eSpeak NG from the espeakng-loader wheel, measured as real samples."""

import numpy as np
import pytest

from director.errors import InputError
from director.plan import Voice
from director.sound import speech
from director.sound.pitch import median_f0


def _tone(f0: float, seconds: float = 0.5, rate: int = 22050) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    # a buzz with harmonics, like a voiced vowel
    return sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 6)).astype(np.float32)


def test_median_f0_reads_a_known_pitch():
    for f0 in (95.0, 180.0, 310.0):
        assert median_f0(_tone(f0), 22050) == pytest.approx(f0, rel=0.03)
    assert median_f0(np.zeros(22050, np.float32), 22050) == 0.0


def test_speech_is_real_samples_of_plausible_length():
    line = "The harbour lights are going out one by one."
    said = speech.speak(line, Voice(voice="en-us"))
    assert said.skipped is None and said.sample_rate == 22050
    assert said.samples.dtype == np.float32 and np.abs(said.samples).max() <= 1.0
    # nine words at ~175 words a minute: about three seconds, trimmed of silence at the ends
    assert 1.8 < said.seconds < 4.5
    assert np.sqrt(np.mean(said.samples ** 2)) > 0.03  # audible, not a silent buffer
    edge = int(0.03 * said.sample_rate)  # silence at the ends is trimmed to ~20 ms
    assert np.abs(said.samples[:edge]).max() > 0.01 and np.abs(said.samples[-edge:]).max() > 0.01
    assert speech.spoken_seconds(line, Voice(voice="en-us")) == said.seconds


def test_rate_and_pitch_change_the_sound():
    line = "We will meet again at the old mill tomorrow."
    normal = speech.speak(line, Voice(voice="en-us+m3"))
    slow = speech.speak(line, Voice(voice="en-us+m3", rate=0.7))
    high = speech.speak(line, Voice(voice="en-us+m3", pitch=1.8))
    assert slow.seconds > normal.seconds * 1.25
    assert median_f0(high.samples, high.sample_rate) > 1.3 * median_f0(normal.samples, normal.sample_rate)


def test_speech_is_deterministic_and_cached():
    voice = Voice(voice="en-us+f2", pitch=1.1)
    first = speech.speak("Is anybody there?", voice)
    assert speech.speak("Is anybody there?", Voice(voice="en-us+f2", pitch=1.1)) is first
    speech.clear_cache()
    again = speech.speak("Is anybody there?", voice)
    assert again is not first and np.array_equal(again.samples, first.samples)


def test_mandarin_is_spoken_by_a_mandarin_voice():
    voice = Voice(language="zh")
    assert speech.resolve_voice_id(voice) == "cmn"
    said = speech.speak("我们明天早上在海边见面。", voice)
    assert said.skipped is None and 1.0 < said.seconds < 5.0
    # an English voice cannot read Chinese characters: it skips them rather than spelling them out
    assert speech.speak("我们明天见。", Voice(voice="en-us")).skipped


def test_emoji_and_unknown_scripts_are_skipped_not_raised():
    only_emoji = speech.speak("😀🎉👍", Voice())
    assert only_emoji.skipped and "cannot speak" in only_emoji.skipped and only_emoji.samples.size == 0
    tibetan = speech.speak("བཀྲ་ཤིས་བདེ་ལེགས།", Voice())
    assert tibetan.skipped and tibetan.samples.size == 0
    mixed = speech.speak("Good morning 😀 everyone", Voice())
    assert mixed.skipped is None and mixed.dropped == "😀" and mixed.seconds > 0.8
    # accents typed as combining marks, and Japanese long vowels, are part of the words
    assert speech.speakable("Cafe\u0301 de\u0301ja\u0300 vu", "fr") == ("Café déjà vu", "")
    assert speech.speakable("コーヒーをください", "ja") == ("コーヒーをください", "")
    # a skipped line still has a length on screen
    assert speech.spoken_seconds("😀🎉👍", Voice()) >= 0.5


def test_unknown_engine_or_voice_names_the_choices():
    with pytest.raises(InputError, match=r"unknown espeak voice 'xx-nowhere'.*voices list --engine espeak"):
        speech.check_voice(Voice(voice="xx-nowhere"))
    with pytest.raises(InputError, match="en-us"):
        speech.check_voice(Voice(voice="en-uss"))
    with pytest.raises(InputError, match="variant"):
        speech.check_voice(Voice(voice="en-us+nosuchvariant"))
    with pytest.raises(InputError, match="kokoro"):
        speech.check_voice(Voice(engine="kokoro"))
    speech.check_voice(Voice(voice="cmn+f3"))  # a known voice passes


def test_list_voices_offers_languages_and_variants():
    voices = speech.list_voices("espeak")
    ids = {v.id for v in voices}
    assert {"en-us", "cmn", "yue", "fr", "+f3", "+m3"} <= ids
    f3 = next(v for v in voices if v.id == "+f3")
    assert f3.gender == "female" and f3.kind == "variant"
    assert "zh" in next(v for v in voices if v.id == "cmn").languages
    with pytest.raises(InputError, match="unknown voice engine"):
        speech.list_voices("nope")


def test_piper_voices_are_found_in_the_voice_dir_and_spoken(tmp_path, monkeypatch):
    pytest.importorskip("piper")
    pytest.importorskip("onnx")
    from director.sound.engines import piper
    from tone_voice import tiny_piper_voice

    monkeypatch.setenv("DIRECTOR_VOICE_DIR", str(tmp_path))
    assert "NAME.onnx" in (speech.engine_problem("piper") or "")
    tiny_piper_voice(tmp_path, "en_US-tone-low", f0=150.0)
    (tmp_path / "lonely.onnx").write_bytes(b"\0")  # no config beside it: not a voice
    assert speech.engine_problem("piper") is None
    assert [v.id for v in speech.list_voices("piper")] == ["en_US-tone-low"]
    assert piper.voice_language("en_US-tone-low") == "en-us" and piper.default_voice("en") == "en_US-tone-low"
    voice = Voice(engine="piper", voice="en_US-tone-low")
    said = speech.speak("Hello there, old friend.", voice)
    assert said.skipped is None and said.sample_rate == 22050 and said.seconds > 0.3
    assert median_f0(said.samples, said.sample_rate) == pytest.approx(150.0, rel=0.02)
    slower = speech.speak("Hello there, old friend.", voice.model_copy(update={"rate": 0.5}))
    assert slower.seconds == pytest.approx(2 * said.seconds, rel=0.05)
    assert speech.speak("Hello there, old friend, how are you?", voice).seconds > said.seconds
    with pytest.raises(InputError, match="en_US-tone-low"):
        speech.check_voice(Voice(engine="piper", voice="en_US-tone-lo"))


def test_engine_report_names_the_fix():
    rows = {r["engine"]: r for r in speech.engine_report()}
    assert rows["espeak"]["status"] == "present" and rows["espeak"]["voices"] > 100
    assert rows["kokoro"]["status"] == "missing" and "fix" in rows["kokoro"]["fix"]


@pytest.mark.skipif(speech.engine_problem("espeak-system") is not None, reason="no espeak-ng program here")
def test_system_espeak_speaks_like_the_embedded_one():
    line = "The harbour lights are going out one by one."
    system = speech.speak(line, Voice(engine="espeak-system", voice="en-us+f3"))
    embedded = speech.speak(line, Voice(voice="en-us+f3"))
    assert system.skipped is None and system.seconds == pytest.approx(embedded.seconds, rel=0.25)
    assert median_f0(system.samples, system.sample_rate) == pytest.approx(
        median_f0(embedded.samples, embedded.sample_rate), rel=0.15)
    assert speech.resolve_voice_id(Voice(engine="espeak-system", language="zh")) == "cmn"
    # a line that looks like an option is spoken, never taken as one
    assert speech.speak("--help -v xx", Voice(engine="espeak-system")).skipped is None
