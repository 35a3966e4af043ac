"""The studio's voice controls in a real browser: the entity bible shows each speaker's voice, and
the play button speaks a dialogue line into an audio player (the served file decoded)."""

import io
import os
import shutil
import wave

import numpy as np
import pytest

pytest.importorskip("gradio")
sync_api = pytest.importorskip("playwright.sync_api")

from director.plan import load_plan  # noqa: E402
from director.sound.pitch import median_f0  # noqa: E402
from tests.studio_page import CHROMIUM, studio_page  # noqa: E402

STORY = ('At dusk, Mara climbs the lighthouse stairs with a brass lantern. '
         '"Is anyone up here?" Mara asks. Ilan waits by the great lens. "The lamp is dead," Ilan says.')

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM),
                                reason=f"no chromium at {CHROMIUM} (apt-get install chromium)")


def test_voice_column_and_play_button(tmp_path):
    with studio_page(tmp_path, height=1000) as page:
        page.fill("#story textarea", STORY)
        page.get_by_label("heuristic").check()
        page.fill("#resolution input", "320x180")
        page.keyboard.press("Enter")
        page.click("#plan-btn")
        page.wait_for_selector(".shot-card")
        plan = load_plan(next(tmp_path.glob("run-*")) / "plan.json")
        speaker = next(e for e in plan.entities if e.voice is not None)
        # the entity bible shows the voice the planner chose
        page.wait_for_function("v => document.querySelector('#entities-table').innerText.includes(v)",
                               arg=f"{speaker.voice.voice} · pitch")

        page.click("#line-play")
        page.wait_for_selector("#line-note >> text=pitch")
        src = page.evaluate("() => { const a = document.querySelector('#line-audio audio');"
                            " return a ? a.currentSrc || a.src : null; }")
        if not src:  # newer Gradio players render a waveform first; the file link is the source
            src = page.locator("#line-audio a[download]").first.get_attribute("href")
        body = page.request.get(src).body()
        with wave.open(io.BytesIO(body)) as wav:
            rate = wav.getframerate()
            samples = np.frombuffer(wav.readframes(wav.getnframes()), np.int16)
        assert rate == 22050 and len(samples) > rate * 0.5
        assert median_f0(samples.astype(np.float32) / 32768, rate) > 60
        if os.environ.get("DIRECTOR_SCREENSHOT"):
            page.screenshot(path=os.environ["DIRECTOR_SCREENSHOT"], full_page=True)
