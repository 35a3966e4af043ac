"""The studio in a real browser (Playwright + Debian's chromium): plan a story, edit one shot's
duration, render, watch the film load in the page, and re-render one shot from its card.
Saves the storyboard screenshot; with DIRECTOR_UPDATE_DOCS=1 it replaces docs/studio.png (a plain
test run leaves the working tree as it found it)."""

import io
import json
import os
import shutil
from pathlib import Path

import av
import pytest

pytest.importorskip("gradio")
sync_api = pytest.importorskip("playwright.sync_api")

from director.plan import load_plan  # noqa: E402
from tests.studio_page import CHROMIUM, pick, studio_page  # noqa: E402

DOCS_SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "studio.png"
STORY = ("At dusk, Mara climbs the lighthouse stairs with a brass lantern. "
         "Ilan waits by the great lens. \"The lamp is dead,\" Ilan says. "
         "Mara strikes a match and the wick catches.")

pytestmark = pytest.mark.skipif(not shutil.which(CHROMIUM),
                                reason=f"no chromium at {CHROMIUM} (apt-get install chromium)")


def save_small_png(png: bytes, path: Path, max_width: int = 1100) -> None:
    """Keep the committed screenshot small: scale down and use a 128-colour palette."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.width > max_width:
        image = image.resize((max_width, round(image.height * max_width / image.width)))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.quantize(colors=128).save(path, optimize=True)


def test_plan_edit_render_and_rerender_in_the_browser(tmp_path):
    screenshot = DOCS_SCREENSHOT if os.environ.get("DIRECTOR_UPDATE_DOCS") == "1" else tmp_path / "studio.png"
    with studio_page(tmp_path) as page:
        # Story tab: a small, fast film.
        page.fill("#story textarea", STORY)
        page.get_by_label("heuristic").check()
        page.fill("#resolution input", "320x180")
        page.keyboard.press("Enter")
        pick(page, "#fps", "12")
        page.click("#plan-btn")
        page.wait_for_selector(".shot-card")
        run_dir = next(tmp_path.glob("run-*"))
        planned = load_plan(run_dir / "plan.json")
        shots = [s.id for s in planned.shots()]
        assert page.locator(".shot-card").count() == len(shots) >= 3
        assert planned.resolution == "320x180" and planned.fps == 12

        # Edit the second shot's duration in the shot inspector.
        target = shots[1]
        pick(page, "#shot-pick", target)
        # Wait for the inspector to load the picked shot before typing over it.
        sync_api.expect(page.locator("#shot-description textarea")).to_have_value(
            planned.shots()[1].description)
        page.fill("#shot-duration input", "2.5")
        page.click("#shot-apply")
        page.wait_for_function(
            f"() => document.querySelector('.shot-card[data-shot=\"{target}\"]')"
            ".innerText.includes('2.5 s')")
        edited = load_plan(run_dir / "plan.json")
        assert edited.shots()[1].duration_s == 2.5

        # A refused edit is shown next to the fields and changes nothing.
        page.fill("#shot-duration input", "0.1")
        page.click("#shot-apply")
        page.wait_for_selector("#edit-status >> text=duration_s")
        assert load_plan(run_dir / "plan.json").shots()[1].duration_s == 2.5

        # Approve and render: the film plays in the page.
        page.click("#render-btn")
        page.wait_for_function(
            "() => { const v = document.querySelector('#film video');"
            " return v && v.readyState >= 2 && v.duration > 0; }")
        duration = page.evaluate("document.querySelector('#film video').duration")
        assert abs(duration - edited.planned_duration()) < 1.0
        # The page plays the film with its soundtrack: the file the player loads has it.
        src = page.evaluate("document.querySelector('#film video').currentSrc")
        served = tmp_path / "served.mp4"
        served.write_bytes(page.request.get(src).body())
        with av.open(str(served)) as container:
            assert [s.codec_context.name for s in container.streams.audio] == ["aac"]
        manifest = json.loads((run_dir / "manifest.json").read_text())
        assert {s["status"] for s in manifest["shots"]} == {"rendered"}

        page.get_by_role("tab", name="2 · Storyboard").click()
        page.wait_for_selector(".sb-badge")
        save_small_png(page.locator("#storyboard").screenshot(), screenshot)

        # Re-render one shot from its card: only that clip is made again.
        page.click("#shot-rerender")
        page.wait_for_selector(f"#render-log >> text=New take of {target}")
        manifest = json.loads((run_dir / "manifest.json").read_text())
        rendered = [s["id"] for s in manifest["shots"] if s["status"] == "rendered"]
        assert rendered == [target]
    assert screenshot.stat().st_size < 300_000


def test_load_an_example_story_in_the_browser(tmp_path):
    with studio_page(tmp_path) as page:
        pick(page, "#example-pick", "lighthouse.txt")
        expected = (Path(__file__).resolve().parent.parent / "examples" / "lighthouse.txt").read_text()
        page.wait_for_function(
            "t => document.querySelector('#story textarea').value.startsWith(t)",
            arg=expected.splitlines()[0])
        assert page.input_value("#story textarea").strip() == expected.strip()
