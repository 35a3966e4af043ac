"""The `director` command line: parses options, calls the Python API, shows progress.

Exit codes: 0 done; 2 bad input or usage (one line `error: ...` on stderr); 1 a failure at run
time (the run can be resumed with --resume).
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from typer._click import exceptions as click_exceptions  # typer vendors its own click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from director.errors import DirectorError, InputError, RunError

app = typer.Typer(
    name="director", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Turn a story into a multi-shot film: plan it, render it, evaluate it.",
)
models_app = typer.Typer(no_args_is_help=True, help="Model presets and whether their weights are present.")
runs_app = typer.Typer(no_args_is_help=True, help="Past runs in an output folder.")
voices_app = typer.Typer(no_args_is_help=True, help="Speech engines and the voices they offer.")
app.add_typer(models_app, name="models")
app.add_typer(runs_app, name="runs")
app.add_typer(voices_app, name="voices")

out_console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)


class Planner(str, Enum):
    auto = "auto"
    heuristic = "heuristic"
    llm = "llm"


class OnOff(str, Enum):
    on = "on"
    off = "off"


class ExecutorName(str, Enum):
    local = "local"
    ray = "ray"


StoryArg = Annotated[Path, typer.Argument(help="Story file: plain text, a logline, a numbered shot list or a Fountain screenplay; - reads it from standard input.")]
OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Output folder.")]
PlannerOpt = Annotated[Planner, typer.Option(help="auto uses the LLM when one is configured, else the offline heuristic planner.")]
BackendOpt = Annotated[str, typer.Option(help="Generator backend: previz (CPU animatic) or diffusers (GPU).")]
PresetOpt = Annotated[Optional[str], typer.Option(help="Backend preset, e.g. tiny, fast, quality (see `director models list`).")]
SeedOpt = Annotated[Optional[int], typer.Option(help="Seed (default: the plan's).")]
ResolutionOpt = Annotated[Optional[str], typer.Option(help="WxH, e.g. 1280x720 (default: the plan's).")]
FpsOpt = Annotated[Optional[int], typer.Option(help="Frames per second (default: the plan's, 24).")]
SmoothingOpt = Annotated[OnOff, typer.Option(help="Cross-shot latent smoothing at continuous boundaries.")]
ExecutorOpt = Annotated[ExecutorName, typer.Option(help="local, or ray to spread shots over a Ray cluster.")]
RayAddressOpt = Annotated[Optional[str], typer.Option(help="Address of an existing Ray cluster (default: start a local one).")]
ResumeOpt = Annotated[bool, typer.Option("--resume", help="Continue the interrupted run in the output folder.")]
TakesOpt = Annotated[int, typer.Option("--takes", help="Best-of-N keyframes: draw N, score each against the shot's references with local identity models, keep the best (diffusers).")]
VoiceDirOpt = Annotated[Optional[Path], typer.Option("--voice-dir", help="Folder of local Piper voices (NAME.onnx + NAME.onnx.json); same as DIRECTOR_VOICE_DIR.")]
AudioOpt = Annotated[OnOff, typer.Option(help="Voiced dialogue, ambience and a mixed soundtrack; off makes a silent film.")]
MusicOpt = Annotated[Optional[Path], typer.Option(help="A music file (mp3, wav, flac, ogg, ...) looped under the film, ducked under dialogue.")]


@contextmanager
def _progress() -> Iterator[callable]:
    """Rich progress bars fed by planning and render events."""
    totals: dict[str, int] = {}
    with Progress(SpinnerColumn(), TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=False) as progress:
        tasks: dict[str, int] = {}

        def on_event(event: dict) -> None:
            stage = event.get("stage", "")
            if stage in ("notice", "resume", "warning"):
                progress.console.print(f"[yellow]{stage}:[/] {event.get('message', '')}")
                return
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=totals.get(stage))
            status = event.get("status")
            if status == "started":
                progress.update(tasks[stage], description=f"{stage} {event.get('item', '')}"[:30])
            elif status in ("done", "cached", "rendered"):
                progress.advance(tasks[stage])
                progress.update(tasks[stage], description=stage)

        def set_totals(**stages: int) -> None:
            totals.update(stages)
            for name, total in stages.items():
                if name in tasks:
                    progress.update(tasks[name], total=total)

        on_event.set_totals = set_totals  # type: ignore[attr-defined]
        yield on_event


def _plan_progress(stage: str, message: str) -> None:
    err_console.print(f"[cyan]plan[/] {stage}: {message}")


def _plan(story: Path, planner: Planner, seed: Optional[int], resolution: Optional[str], fps: Optional[int],
          out_dir: Optional[Path] = None):
    from director.api import plan_story_outcome
    from director.ingest import STDIN, read_story_stream

    if str(story) == STDIN:
        story = read_story_stream(sys.stdin.buffer)
    outcome = plan_story_outcome(story, planner=planner.value, fps=24 if fps is None else fps,
                                 resolution=resolution or "1280x720", seed=seed or 0,
                                 on_progress=_plan_progress, out_dir=out_dir)
    for warning in outcome.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}")
    return outcome


def _options(backend: str, preset, seed, resolution, fps, smoothing: OnOff, executor: ExecutorName,
             ray_address, takes: int = 1, audio: OnOff = OnOff.on, music: Optional[Path] = None):
    """Render options from the command line, checked before any planning or rendering starts."""
    from director.render.run import RenderOptions, check_options

    options = RenderOptions(backend=backend, preset=preset, seed=seed, resolution=resolution, fps=fps,
                            smoothing=smoothing == OnOff.on, executor=executor.value,
                            ray_address=ray_address, takes=takes, audio=audio == OnOff.on,
                            music=str(music) if music else None)
    check_options(options)
    return options


def _render(plan, out: Path, options, resume: bool, planner: str = "", extra=None):
    from director.api import as_plan
    from director.render.run import render_plan
    from director.render.work import identity_ids

    plan = as_plan(plan)
    options.planner, options.extra_manifest = planner, extra or {}
    with _progress() as on_event:
        n_shots = len(plan.shots())
        on_event.set_totals(keyframes=n_shots, shots=n_shots, assemble=1,
                            identities=len(identity_ids(plan)), sound=n_shots)
        result = render_plan(plan, out, options, resume=resume, on_event=on_event)
    m = result.manifest
    out_console.print(
        f"[bold green]film[/] {result.film}  ({m['film'].get('duration_s', 0):.1f} s, {len(m['shots'])} shots: "
        f"{len(result.rendered)} rendered, {len(result.cached)} cached, {m['timings']['total']:.1f} s)"
    )
    out_console.print(f"storyboard {out / 'storyboard.html'}   manifest {out / 'manifest.json'}")
    if m.get("notice"):
        err_console.print(f"[yellow]note:[/] {m['notice']}")
    return result


@app.command()
def run(
    story: StoryArg, out: OutOpt = Path("out"), planner: PlannerOpt = Planner.auto,
    backend: BackendOpt = "previz", preset: PresetOpt = None, seed: SeedOpt = None,
    resolution: ResolutionOpt = None, fps: FpsOpt = None, smoothing: SmoothingOpt = OnOff.on,
    executor: ExecutorOpt = ExecutorName.local, ray_address: RayAddressOpt = None, resume: ResumeOpt = False,
    takes: TakesOpt = 1, audio: AudioOpt = OnOff.on, music: MusicOpt = None,
    voice_dir: VoiceDirOpt = None,
) -> None:
    """Plan a story and render it: OUT/film.mp4, plan.json, storyboard.html, manifest.json."""
    from director.plan import load_plan
    from director.render.run import check_out_dir

    _use_voice_dir(voice_dir)
    options = _options(backend, preset, seed, resolution, fps, smoothing, executor, ray_address, takes,
                       audio, music)
    check_out_dir(out)
    if resume and (out / "plan.json").exists():
        err_console.print(f"[cyan]resume[/] using the plan in {out / 'plan.json'}")
        plan, planner_used, extra = load_plan(out / "plan.json"), "resumed", {}
    else:
        outcome = _plan(story, planner, seed, resolution, fps, out_dir=out)
        plan, planner_used = outcome.plan, outcome.planner
        extra = {"planner_warnings": outcome.warnings}
        if getattr(outcome, "fallback_reason", None):
            extra["planner_fallback"] = outcome.fallback_reason
    _render(plan, out, options, resume, planner=planner_used, extra=extra)


@app.command()
def plan(
    story: Annotated[Optional[Path], typer.Argument(help="Story file, or - to read it from standard input (not needed with --schema).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the plan JSON.")] = Path("plan.json"),
    planner: PlannerOpt = Planner.auto, seed: SeedOpt = None, resolution: ResolutionOpt = None,
    fps: FpsOpt = None,
    schema: Annotated[bool, typer.Option("--schema", help="Print the plan's JSON Schema and exit.")] = False,
) -> None:
    """Plan a story into a plan.json you can edit, then `director render`."""
    from director.api import save_plan

    if schema:
        from director.plan import plan_json_schema

        sys.stdout.write(json.dumps(plan_json_schema(), indent=2) + "\n")
        return
    if story is None:
        raise InputError("missing STORY (a story file to plan)")
    from director.render.run import RenderOptions, check_options

    check_options(RenderOptions(seed=seed, resolution=resolution, fps=fps))  # the format it plans for
    if out.is_dir():
        raise InputError(f"--out {out} is a folder; name the plan file, e.g. {out / 'plan.json'}")
    outcome = _plan(story, planner, seed, resolution, fps, out_dir=out.parent)
    try:
        save_plan(outcome.plan, out)
    except OSError as err:
        raise InputError(f"cannot write the plan to {out}: {err.strerror or err}") from None
    n = len(outcome.plan.shots())
    out_console.print(f"[bold green]plan[/] {out}  ({len(outcome.plan.scenes)} scenes, {n} shots, "
                      f"{len(outcome.plan.entities)} entities, planner: {outcome.planner})")


@app.command()
def render(
    plan_path: Annotated[Path, typer.Argument(metavar="PLAN.json", help="A plan from `director plan` (edited or not).")],
    out: OutOpt = Path("out"), backend: BackendOpt = "previz", preset: PresetOpt = None,
    seed: SeedOpt = None, resolution: ResolutionOpt = None, fps: FpsOpt = None,
    smoothing: SmoothingOpt = OnOff.on, executor: ExecutorOpt = ExecutorName.local,
    ray_address: RayAddressOpt = None, resume: ResumeOpt = False, takes: TakesOpt = 1,
    audio: AudioOpt = OnOff.on, music: MusicOpt = None,
    voice_dir: VoiceDirOpt = None,
) -> None:
    """Render a plan. Reuses OUT's artifacts: only shots whose inputs changed are re-rendered."""
    _use_voice_dir(voice_dir)
    options = _options(backend, preset, seed, resolution, fps, smoothing, executor, ray_address, takes,
                       audio, music)
    _render(plan_path, out, options, resume, planner="plan.json")


@app.command(name="eval")
def eval_(out: Annotated[Path, typer.Argument(help="An output folder of `director run`/`render`.")]) -> None:
    """Measure a rendered film: cuts, boundary discontinuity, consistency → OUT/eval.json, eval.html."""
    from director.eval import run_eval

    result = run_eval(out, on_progress=lambda m: err_console.print(f"[cyan]eval[/] {m}"))
    cuts = result.get("cuts", {})
    out_console.print(f"[bold green]eval[/] {out / 'eval.json'}  (planned cuts {len(cuts.get('planned', []))}, "
                      f"detected {len(cuts.get('detected', []))})  report {out / 'eval.html'}")


ModelDirOpt = Annotated[Optional[Path], typer.Option("--model-dir", help="Folder of local model weights (org/name subfolders); same as DIRECTOR_MODEL_DIR.")]


def _use_voice_dir(voice_dir: Optional[Path]) -> None:
    if voice_dir is not None:
        if not voice_dir.is_dir():
            raise InputError(f"--voice-dir {voice_dir} is not a folder")
        os.environ["DIRECTOR_VOICE_DIR"] = str(voice_dir.resolve())


def _use_model_dir(model_dir: Optional[Path]) -> None:
    if model_dir is not None:
        if not model_dir.is_dir():
            raise InputError(f"--model-dir {model_dir} is not a folder")
        os.environ["DIRECTOR_MODEL_DIR"] = str(model_dir.resolve())


@models_app.command("list")
def models_list() -> None:
    """List the diffusers presets, the model each role uses, and VRAM needs."""
    from generators.diffusers.presets import list_presets

    table = Table("preset", "identity", "keyframe", "shot", "VRAM (estimate)", "licence", "what it is")
    for row in list_presets():
        table.add_row(row["name"], row["identity"], row["keyframe"], row["shot"], row["vram_estimate"],
                      row["license"], row["description"])
    out_console.print(table)


@models_app.command("check")
def models_check(name: Annotated[Optional[str], typer.Argument(help="Preset to check (default: all).")] = None,
                 model_dir: ModelDirOpt = None, voice_dir: VoiceDirOpt = None) -> None:
    """Say which model weights are present locally and how to get the missing ones (exit 1 if any)."""
    from generators.diffusers.models import check_rows

    _use_model_dir(model_dir)
    _use_voice_dir(voice_dir)
    try:
        rows = check_rows(name, str(model_dir) if model_dir else None)
    except KeyError as err:
        raise InputError(f"unknown preset {err}") from None
    from generators.diffusers.models import COPY_STEP

    missing = [r for r in rows if r["present"] == "MISSING"]
    table = Table("preset", "role", "model", "status", "where / fix")
    for r in rows:
        table.add_row(r["preset"], r["role"], r["model_id"], r["present"],
                      r["short_fix"] if r["present"] == "MISSING" else r["path"] or "-")
    out_console.print(table)
    unique = sorted({r["model_id"] for r in missing})
    if missing:
        out_console.print(f"[yellow]{len(unique)} missing[/]: {COPY_STEP}")
    voices_missing = _voice_engines_table()
    if missing or voices_missing:
        raise RunError(f"{len(unique) + voices_missing} model(s) missing; see the tables above for how to get them")


def _voice_engines_table() -> int:
    """Print the speech engines (present / missing + the fix); count the missing default engine
    (optional engines such as piper are reported, not counted)."""
    from director.sound.speech import engine_report

    table = Table("voice engine", "status", "voices", "fix")
    rows = engine_report()
    for r in rows:
        table.add_row(r["engine"], r["status"], str(r["voices"]) if r["status"] == "present" else "-",
                      r["fix"] or "-")
    out_console.print(table)
    return sum(1 for r in rows if r["engine"] == "espeak" and r["status"] == "missing")


@voices_app.command("list")
def voices_list(
    engine: Annotated[Optional[str], typer.Option(help="Only this engine: espeak, espeak-system, piper, kokoro.")] = None,
    language: Annotated[Optional[str], typer.Option(help="Only voices for this language, e.g. en, cmn, fr.")] = None,
    voice_dir: VoiceDirOpt = None,
) -> None:
    """Show the voices each speech engine offers here (ids go in plan.json's entity voice)."""
    from director.sound.speech import engine_problem, list_voices

    _use_voice_dir(voice_dir)
    if engine is not None and (problem := engine_problem(engine)):
        raise InputError(problem if problem.startswith("unknown") else f"engine '{engine}' cannot speak here: {problem}")
    voices = list_voices(engine)
    variants = [v for v in voices if v.kind == "variant"]
    if language:
        wanted = language.lower()
        voices = [v for v in voices if v.kind == "voice" and (
            v.id.startswith(wanted) or any(lang.lower().startswith(wanted) for lang in v.languages))]
    table = Table("engine", "voice id", "name", "languages", "gender", "kind")
    for v in voices:
        table.add_row(v.engine, v.id, v.name, ", ".join(v.languages) or "-", v.gender or "-", v.kind)
    out_console.print(table)
    if language and variants:
        out_console.print("variants: " + " ".join(dict.fromkeys(v.id for v in variants)))
    if any(v.engine.startswith("espeak") for v in voices):
        out_console.print("A variant joins a language voice: en-us+f3, cmn+m3. Set it in plan.json as "
                          '"voice": {"engine": "espeak", "voice": "en-us+f3", "pitch": 1.0, "rate": 1.0}.')


@voices_app.command("say")
def voices_say(
    text: Annotated[str, typer.Argument(help="What to say.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="WAV file to write.")] = Path("voice.wav"),
    voice: Annotated[str, typer.Option(help="Voice id, e.g. en-us+f3, cmn+m3 (default: the language's).")] = "",
    engine: Annotated[str, typer.Option(help="espeak, espeak-system, piper.")] = "espeak",
    pitch: Annotated[float, typer.Option(help="Relative to the voice's own, 0.3 to 2.0.")] = 1.0,
    rate: Annotated[float, typer.Option(help="Relative speed, 0.5 to 2.0.")] = 1.0,
    language: Annotated[str, typer.Option(help="Language when no voice id is given, e.g. en, zh, fr.")] = "en",
    voice_dir: VoiceDirOpt = None,
) -> None:
    """Speak TEXT in a voice into a WAV file, to audition a voice before putting it in plan.json."""
    from pydantic import ValidationError

    from director.plan import Voice, format_validation_error
    from director.sound.dsp import write_wav
    from director.sound.speech import check_voice, resolve_voice_id, speak

    _use_voice_dir(voice_dir)
    try:
        chosen = Voice(engine=engine, voice=voice, pitch=pitch, rate=rate, language=language)
    except ValidationError as err:
        raise InputError(format_validation_error(err)) from None
    check_voice(chosen)
    said = speak(text, chosen)
    if said.skipped:
        raise InputError(f"nothing to say: {said.skipped}")
    if out.is_dir():
        raise InputError(f"--out {out} is a folder; name the WAV file, e.g. {out / 'voice.wav'}")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        write_wav(tmp, said.samples, said.sample_rate)
        os.replace(tmp, out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {out}: {err.strerror or err}") from None
    out_console.print(f"[bold green]voice[/] {out}  ({said.seconds:.2f} s, {chosen.engine} "
                      f"{resolve_voice_id(chosen)}, pitch {chosen.pitch:g}, rate {chosen.rate:g})")


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="Interface to bind. Keep 127.0.0.1 unless you mean to share it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
    auth: Annotated[Optional[str], typer.Option(help="user:password to require a login.")] = None,
) -> None:
    """Open the storyboard studio (same as `python app.py`)."""
    try:
        from director.studio import launch
    except ImportError as err:
        raise InputError(f"the studio needs the ui extra: pip install 'director[ui]' ({err.name} missing)") from None
    launch(host=host, port=port, auth=auth)


@runs_app.command("list")
def runs_list(out: Annotated[Path, typer.Argument(help="Output folder.")] = Path("out")) -> None:
    """Show the run recorded in an output folder and its shots."""
    runs_show(out)


@runs_app.command("show")
def runs_show(out: Annotated[Path, typer.Argument(help="Output folder.")] = Path("out")) -> None:
    """Show a run's status, timings and per-shot status."""
    try:
        record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InputError(f"{out} has no run (no run.json); render into it first") from None
    out_console.print(f"run {record.get('run_id')}  status {record.get('status')}  backend {record.get('backend')}")
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        m = json.loads(manifest_path.read_text(encoding="utf-8"))
        table = Table("shot", "status", "seconds", "frames")
        for s in m["shots"]:
            table.add_row(s["id"], s["status"], f"{s['seconds']:.2f}", str(s.get("frames")))
        out_console.print(table)
        out_console.print(f"timings {m['timings']}")


def _error(message: str) -> None:
    # Plain write, not rich: the error must stay one unwrapped line.
    sys.stderr.write(f"error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    """Console entry point: one line `error: ...` and exit 2/1 instead of tracebacks."""
    try:
        app(args=argv, standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as err:
        # click raises this after printing nothing in non-standalone mode: show the help.
        print(err.ctx.get_help() if err.ctx else str(err))
        return 0
    except click_exceptions.UsageError as err:
        _error(err.format_message())
        return 2
    except typer.Abort:
        _error("interrupted")
        return 130
    except typer.Exit as err:
        return err.exit_code
    except InputError as err:
        _error(str(err))
        return 2
    except DirectorError as err:
        _error(str(err))
        return 1
    except KeyboardInterrupt:
        _error("interrupted; rerun with --resume to continue")
        return 130
    except Exception as err:  # a bug, not a user error: one line, traceback on request
        if os.environ.get("DIRECTOR_DEBUG"):
            raise
        first_line = (str(err).strip().splitlines() or [""])[0]
        _error(f"internal error: {type(err).__name__}: {first_line} (set DIRECTOR_DEBUG=1 for the traceback)")
        return 1
    return 0


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
