"""The studio's page: Story → Storyboard → Film, wired to director.studio.handlers.

Gradio lives only in this module. Every handler is private to the API except the two named
endpoints of the UI contract: /plan (story text → plan JSON) and /render (plan JSON → film file).
Handlers that touch a generator share one queue slot ("gpu"), so two sessions never share a
pipeline mid-step; each session keeps its own run folder in gr.State.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, get_args

import gradio as gr

from director.errors import InputError, RunError
from director.plan import CameraMoveKind, Direction, FilmPlan, Transition
from director.studio import handlers
from director.studio.cards import storyboard_html
from director.studio.handlers import Board
from director.studio.runs import studio_root
from director.studio.tables import (ENTITY_COLUMN_WIDTHS, ENTITY_DATATYPES, ENTITY_HEADERS,
                                    ENTITY_STATIC_COLUMNS, SHOT_DATATYPES, SHOT_HEADERS,
                                    SHOT_STATIC_COLUMNS, EditError, entity_rows, shot_rows)
from generators.registry import backend_names

GPU_QUEUE = "gpu"
RESOLUTIONS = ["320x180", "640x360", "854x480", "1280x720", "1920x1080"]
INTRO = ("## Director studio\nWrite or upload a story, plan it into shots, edit the storyboard, "
         "then approve and render. Re-render any single shot: only its clip is made again.")


def presets_for(backend: str) -> list[str]:
    """Preset names a backend offers (the diffusers list imports nothing heavy)."""
    if backend == "diffusers":
        from generators.diffusers.presets import PRESETS

        return sorted(PRESETS)
    return ["default"]


def _progress_fn(progress: gr.Progress) -> Callable[[float, str], None]:
    return lambda fraction, message: progress(fraction, desc=message)


def _user_error(err: Exception) -> gr.Error:
    return gr.Error(str(err), print_exception=False)


def _shot_fields(plan: FilmPlan | None, shot_id: str | None) -> list[Any]:
    """Inspector values for one shot: description, move, direction, duration, transition."""
    if plan is None:
        return ["", "static", "none", 4.0, "cut"]
    shot = next((s for s in plan.shots() if s.id == shot_id), plan.shots()[0])
    return [shot.description, shot.camera.move, shot.camera.direction, shot.duration_s, shot.transition]


def _line_dropdown(plan: FilmPlan | None) -> gr.Dropdown:
    """The dialogue lines a play button can speak, first one chosen."""
    choices = handlers.dialogue_choices(plan)
    return gr.Dropdown(choices=choices, value=choices[0][1] if choices else None)


def build_app(root: str | Path | None = None, api_backend: str = "previz") -> gr.Blocks:
    """The studio as a gr.Blocks (not launched). Runs live under `root` (see runs.studio_root);
    `api_backend` is the backend the /render endpoint uses."""
    root = studio_root(root)
    moves, directions, transitions = (list(get_args(t)) for t in (CameraMoveKind, Direction, Transition))

    with gr.Blocks(title="Director studio") as demo:
        run_dir = gr.State("")  # this session's run folder, made on first use
        plan_state = gr.State("")  # this session's plan as JSON text
        gr.Markdown(INTRO)
        with gr.Tabs(selected="story") as tabs:
            with gr.Tab("1 · Story", id="story"):
                with gr.Row():
                    with gr.Column(scale=3):
                        story = gr.Textbox(label="Story, Fountain screenplay or shot list", lines=14,
                                           max_lines=40, elem_id="story")
                        story_file = gr.File(label="…or upload a .txt / .fountain / .md file",
                                             file_types=[".txt", ".fountain", ".md"], type="filepath",
                                             elem_id="story-file")
                        example = gr.Dropdown(handlers.example_stories(), value=None,
                                              label="…or load an example story", elem_id="example-pick",
                                              visible=bool(handlers.example_stories()))
                        story_source = gr.State("<text>")
                    with gr.Column(scale=1):
                        planner = gr.Radio(["auto", "heuristic", "llm"], value="auto", label="Planner")
                        backend = gr.Dropdown(backend_names(), value="previz", label="Backend")
                        preset = gr.Dropdown(presets_for("previz"), value="default", label="Preset")
                        resolution = gr.Dropdown(RESOLUTIONS, value="1280x720", label="Resolution",
                                                 allow_custom_value=True, elem_id="resolution")
                        fps = gr.Dropdown([12, 24, 25, 30], value=24, label="fps", elem_id="fps")
                        plan_btn = gr.Button("Plan", variant="primary", elem_id="plan-btn")
                        plan_log = gr.Markdown(elem_id="plan-log")
            with gr.Tab("2 · Storyboard", id="board"):
                cards = gr.HTML(storyboard_html(None), elem_id="storyboard")
                with gr.Row():
                    with gr.Column(scale=3):
                        shots_table = gr.Dataframe(
                            headers=SHOT_HEADERS, datatype=SHOT_DATATYPES, type="array",
                            interactive=True, static_columns=SHOT_STATIC_COLUMNS, wrap=True,
                            label="Shots (edit description, size, move, direction, duration, transition)",
                            elem_id="shots-table")
                        entities_table = gr.Dataframe(
                            headers=ENTITY_HEADERS, datatype=ENTITY_DATATYPES, type="array",
                            interactive=True, static_columns=ENTITY_STATIC_COLUMNS, wrap=True,
                            column_widths=ENTITY_COLUMN_WIDTHS,
                            label="Entity bible (edit name, description and voice, e.g. "
                                  "'en-us+f3 · pitch 1.2 · rate 1'; `director voices list` shows voices)",
                            elem_id="entities-table")
                        apply_btn = gr.Button("Apply table edits", elem_id="apply-tables")
                        with gr.Row():
                            plan_file = gr.File(label="plan.json", interactive=False, elem_id="plan-file")
                            plan_upload = gr.UploadButton("Upload plan.json", file_types=[".json"],
                                                          elem_id="plan-upload")
                    with gr.Column(scale=2):
                        edit_status = gr.Markdown(elem_id="edit-status")
                        shot_pick = gr.Dropdown([], label="Shot", elem_id="shot-pick")
                        shot_desc = gr.Textbox(label="Description", lines=2, elem_id="shot-description")
                        with gr.Row():
                            shot_move = gr.Dropdown(moves, value="static", label="Camera move")
                            shot_direction = gr.Dropdown(directions, value="none", label="Direction")
                        with gr.Row():
                            shot_duration = gr.Number(label="Duration (s)", elem_id="shot-duration")
                            shot_transition = gr.Dropdown(transitions, value="cut", label="Transition in")
                        with gr.Row():
                            shot_apply = gr.Button("Apply shot edit", elem_id="shot-apply")
                            shot_rerender = gr.Button("Re-render shot (new take)", elem_id="shot-rerender")
                        entity_pick = gr.Dropdown([], label="Entity", elem_id="entity-pick")
                        photo = gr.Image(type="filepath", sources=["upload"], label="Reference photo",
                                         height=160)
                        photo_btn = gr.Button("Attach reference photo", elem_id="photo-attach")
                        line_pick = gr.Dropdown([], label="Dialogue line", elem_id="line-pick")
                        play_btn = gr.Button("Play line in its voice", elem_id="line-play")
                        line_audio = gr.Audio(label="Voice", type="numpy", interactive=False,
                                              elem_id="line-audio")
                        line_note = gr.Markdown(elem_id="line-note")
                render_btn = gr.Button("Approve and render", variant="primary", elem_id="render-btn")
            with gr.Tab("3 · Film", id="film"):
                film = gr.Video(label="Film", interactive=False, height=480, elem_id="film")
                render_log = gr.Markdown(elem_id="render-log")
                with gr.Row():
                    downloads = gr.File(label="Download film, storyboard and plan", file_count="multiple",
                                        interactive=False, elem_id="downloads")
                    shot_status = gr.Dataframe(headers=["shot", "status", "seconds", "frames"],
                                               type="array", interactive=False, label="Shots in this render",
                                               elem_id="shot-status")
        # The API endpoints: no visible components of their own.
        with gr.Row(visible=False):
            api_story = gr.Textbox(label="story")
            api_plan_json = gr.Textbox(label="plan_json")
            api_film = gr.File(label="film")
            api_plan_btn = gr.Button("plan")
            api_render_btn = gr.Button("render")

        board_outputs = [plan_state, run_dir, cards, shots_table, entities_table, shot_pick,
                         entity_pick, plan_file, shot_desc, shot_move, shot_direction, shot_duration,
                         shot_transition, line_pick]

        def show(board: Board, shot_id: str | None = None) -> list[Any]:
            ids = [s.id for s in board.plan.shots()]
            chosen = shot_id if shot_id in ids else ids[0]
            entity_ids = [e.id for e in board.plan.entities]
            return [board.plan.to_json(), str(board.run_dir),
                    storyboard_html(board.plan, board.thumbs, board.statuses),
                    shot_rows(board.plan), entity_rows(board.plan),
                    gr.Dropdown(choices=ids, value=chosen),
                    gr.Dropdown(choices=entity_ids, value=entity_ids[0] if entity_ids else None),
                    str(board.plan_path), *_shot_fields(board.plan, chosen), _line_dropdown(board.plan)]

        def guarded(fn: Callable[..., list[Any]]) -> Callable[..., list[Any]]:
            """User mistakes become a readable message, not a traceback."""
            def run(*args: Any, **kwargs: Any) -> list[Any]:
                try:
                    return fn(*args, **kwargs)
                except (InputError, RunError, EditError) as err:
                    raise _user_error(err) from None
            run.__name__ = fn.__name__
            run.__doc__ = fn.__doc__
            return run

        def on_backend(name: str):
            choices = presets_for(name)
            return gr.Dropdown(choices=choices, value=choices[0])

        def on_story_file(path: str | None):
            if not path:
                return gr.skip(), "<text>"
            try:
                text, name = handlers.read_story_upload(path)
            except InputError as err:
                raise _user_error(err) from None
            return text, name

        def on_example(name: str | None):
            if not name:
                return gr.skip(), gr.skip()
            try:
                return handlers.load_example(name)
            except InputError as err:
                raise _user_error(err) from None

        @guarded
        def on_plan(text, source, planner_name, backend_name, preset_name, size, frame_rate, folder,
                    progress=gr.Progress()):
            board = handlers.plan_into_run(text, source, planner_name, backend_name, preset_name, size,
                                           int(frame_rate), root, folder, _progress_fn(progress))
            return [*show(board), board.message, "", gr.Tabs(selected="board")]

        def on_play(plan_json: str, key: str):
            try:
                rate, samples, note = handlers.line_audio(plan_json, key)
            except InputError as err:
                raise _user_error(err) from None
            return (rate, samples), note

        def on_pick(plan_json: str, shot_id: str):
            plan = handlers.load_session_plan(plan_json) if plan_json else None
            return _shot_fields(plan, shot_id)

        def edit_outcome(make_board: Callable[[], Board], shot_id: str | None = None) -> list[Any]:
            """Apply an edit; on a refused edit keep the page as it is and show why, by the field."""
            try:
                board = make_board()
            except EditError as err:
                fields = {"duration_s": shot_duration, "description": shot_desc,
                          "transition": shot_transition, "camera": shot_direction}
                updates = [gr.skip()] * len(board_outputs)
                if err.field in fields:
                    updates[board_outputs.index(fields[err.field])] = gr.validate(False, str(err))
                return [*updates, f"**Not applied** — {err}"]
            except InputError as err:
                return [*([gr.skip()] * len(board_outputs)), f"**Not applied** — {err}"]
            return [*show(board, shot_id), board.message]

        def on_apply_tables(plan_json, folder, rows, erows, shot_id, backend_name, preset_name,
                            progress=gr.Progress()):
            return edit_outcome(lambda: handlers.apply_table_edits(
                plan_json, folder, rows, erows, backend_name, preset_name, _progress_fn(progress)),
                shot_id)

        def on_apply_shot(plan_json, folder, shot_id, desc, move, direction, duration, transition,
                          backend_name, preset_name, progress=gr.Progress()):
            return edit_outcome(lambda: handlers.apply_inspector_edit(
                plan_json, folder, shot_id, desc, move, direction, duration, transition,
                backend_name, preset_name, _progress_fn(progress)), shot_id)

        def on_attach(plan_json, folder, entity_id, photo_path, shot_id, backend_name, preset_name,
                      progress=gr.Progress()):
            return edit_outcome(lambda: handlers.attach_reference(
                plan_json, folder, entity_id, photo_path, backend_name, preset_name,
                _progress_fn(progress)), shot_id)

        def on_plan_upload(path, folder, backend_name, preset_name, progress=gr.Progress()):
            return edit_outcome(lambda: handlers.load_plan_upload(
                path, folder, root, backend_name, preset_name, _progress_fn(progress)))

        def rendered(board: Board, shot_id: str | None = None) -> list[Any]:
            return [*show(board, shot_id), str(board.render.film), board.message,
                    handlers.download_files(board), handlers.manifest_rows(board),
                    gr.Tabs(selected="film")]

        @guarded
        def on_render(plan_json, folder, shot_id, backend_name, preset_name, progress=gr.Progress()):
            board = handlers.render_run(plan_json, folder, backend_name, preset_name,
                                        _progress_fn(progress))
            return rendered(board, shot_id)

        @guarded
        def on_rerender(plan_json, folder, shot_id, backend_name, preset_name, progress=gr.Progress()):
            board = handlers.rerender_shot(plan_json, folder, shot_id, backend_name, preset_name,
                                           _progress_fn(progress))
            board.message = f"New take of {shot_id}. " + board.message
            return rendered(board, shot_id)

        def plan(story_text: str) -> str:
            """Story text → plan JSON (auto planner, 1280x720 at 24 fps)."""
            try:
                return handlers.api_plan(story_text)
            except (InputError, RunError) as err:
                raise _user_error(err) from None

        def render(plan_json: str, progress=gr.Progress()) -> str:
            """Plan JSON → film.mp4, rendered in a fresh run folder."""
            try:
                return str(handlers.api_render(plan_json, root, api_backend,
                                               report=_progress_fn(progress)))
            except (InputError, RunError) as err:
                raise _user_error(err) from None

        private = {"api_visibility": "private"}
        gpu = {"concurrency_limit": 1, "concurrency_id": GPU_QUEUE}
        light = {"concurrency_limit": 8, **private}
        render_outputs = [*board_outputs, film, render_log, downloads, shot_status, tabs]
        backend.change(on_backend, backend, preset, **light)
        story_file.upload(on_story_file, story_file, [story, story_source], **light)
        story.input(lambda: "<text>", None, story_source, **light)
        example.input(on_example, example, [story, story_source], **light)
        plan_btn.click(on_plan, [story, story_source, planner, backend, preset, resolution, fps, run_dir],
                       [*board_outputs, plan_log, edit_status, tabs], **gpu, **private)
        shot_pick.input(on_pick, [plan_state, shot_pick],
                        [shot_desc, shot_move, shot_direction, shot_duration, shot_transition], **light)
        apply_btn.click(on_apply_tables, [plan_state, run_dir, shots_table, entities_table, shot_pick,
                                          backend, preset],
                        [*board_outputs, edit_status], **gpu, **private)
        shot_apply.click(on_apply_shot, [plan_state, run_dir, shot_pick, shot_desc, shot_move,
                                         shot_direction, shot_duration, shot_transition, backend, preset],
                         [*board_outputs, edit_status], **gpu, **private)
        photo_btn.click(on_attach, [plan_state, run_dir, entity_pick, photo, shot_pick, backend, preset],
                        [*board_outputs, edit_status], **gpu, **private)
        plan_upload.upload(on_plan_upload, [plan_upload, run_dir, backend, preset],
                           [*board_outputs, edit_status], **gpu, **private)
        render_btn.click(on_render, [plan_state, run_dir, shot_pick, backend, preset], render_outputs,
                         **gpu, **private)
        shot_rerender.click(on_rerender, [plan_state, run_dir, shot_pick, backend, preset], render_outputs,
                            **gpu, **private)
        play_btn.click(on_play, [plan_state, line_pick], [line_audio, line_note], **light)
        api_plan_btn.click(plan, api_story, api_plan_json, api_name="plan", concurrency_limit=4)
        api_render_btn.click(render, api_plan_json, api_film, api_name="render", **gpu)
    return demo
