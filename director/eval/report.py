"""eval.html: one self-contained page (plots and thumbnails embedded as base64 PNG).

Plots use matplotlib's Agg backend (no display). All text from the plan is escaped: story text is
data, never markup.
"""

from __future__ import annotations

import base64
import io
from html import escape
from pathlib import Path

import numpy as np

from director.eval.frames import ClipSample
from director.plan import FilmPlan
from director.store import atomic_write_text
from director.timeline import Timeline

TRANSITION_COLOURS = {"cut": "#d62728", "dissolve": "#1f77b4", "fade": "#7f7f7f",
                      "continuous": "#2ca02c"}


def _figure_png(fig) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _image_png(frame: np.ndarray, width: int = 160) -> str:
    from PIL import Image

    image = Image.fromarray(frame)
    image.thumbnail((width, width))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_boundaries(boundaries: list[dict]) -> str | None:
    scored = [b for b in boundaries if b["discontinuity"] is not None]
    if not scored:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(5, 0.6 * len(scored) + 2), 3.2))
    x = np.arange(len(scored))
    ax.bar(x, [b["discontinuity"] for b in scored],
           color=[TRANSITION_COLOURS.get(b["transition"], "k") for b in scored])
    ax.plot(x, [b["colour_distance"] for b in scored], "kD", ms=4, label="colour distance")
    ax.plot(x, [b["reference_step"] for b in scored], "_", color="orange", ms=14, mew=2,
            label="one frame step")
    ax.set_xticks(x, [f"{b['from']}→{b['to']}" for b in scored], rotation=45, ha="right",
                  fontsize=7)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("0 = identical")
    ax.set_title("Boundary discontinuity: bars = pixel, colour = transition")
    for kind, colour in TRANSITION_COLOURS.items():
        if any(b["transition"] == kind for b in scored):
            ax.bar([0], [0], color=colour, label=kind)
    ax.legend(fontsize=7, ncol=1, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return _figure_png(fig)


def plot_consistency(result: dict) -> str | None:
    style = result["style_consistency"]
    series = {"colour": style["colour"]}
    for key in ("clip", "dino"):
        if style.get(key):
            series[key] = style[key]
    if result.get("face_consistency"):
        series["face"] = result["face_consistency"]
    shots = [p["shot"] for p in style["colour"]["within_per_shot"]]
    if not shots:
        return None
    plt = _plt()
    fig, (ax_within, ax_cross) = plt.subplots(1, 2, figsize=(max(8, 0.5 * len(shots) + 6), 3.2))
    width = 0.8 / len(series)
    x = np.arange(len(shots))
    for i, (name, data) in enumerate(series.items()):
        values = [p["similarity"] if p["similarity"] is not None else np.nan
                  for p in data["within_per_shot"]]
        ax_within.bar(x + i * width, values, width, label=name)
        pairs = data["cross_pairs"]
        ax_cross.plot(np.arange(len(pairs)),
                      [p["similarity"] if p["similarity"] is not None else np.nan for p in pairs],
                      "o-", label=name)
    ax_within.set_xticks(x + 0.4 - width / 2, shots, rotation=45, ha="right", fontsize=7)
    ax_within.set_title("Within-shot consistency")
    ax_within.set_ylim(0, 1.05)
    pairs = style["colour"]["cross_pairs"]
    ax_cross.set_xticks(np.arange(len(pairs)), [f"{p['from']}→{p['to']}" for p in pairs],
                        rotation=45, ha="right", fontsize=7)
    ax_cross.set_title("Cross-shot consistency (adjacent shots)")
    ax_cross.set_ylim(0, 1.05)
    ax_within.legend(fontsize=7)
    return _figure_png(fig)


def plot_cut_timeline(result: dict, timeline: Timeline) -> str:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 2.2))
    fps = timeline.fps
    for i, span in enumerate(timeline.spans):
        ax.barh(0, span.frames / fps, left=span.start_s(fps), height=0.5,
                color="#cfd8e3" if i % 2 else "#9fb3c8", edgecolor="white")
        ax.text(span.start_s(fps) + span.frames / fps / 2, 0, span.shot_id, ha="center",
                va="center", fontsize=6, clip_on=True)
    cuts = result["cuts"]
    for t in cuts["planned"]:
        ax.axvline(t, color="#d62728", lw=1.5)
    soft = set(cuts.get("at_soft_transitions", []))
    false = set(cuts.get("false", []))
    groups = (
        ("detected: planned cut", "k", [t for t in cuts["detected"] if t not in soft | false]),
        ("detected: in dissolve/fade", "#1f77b4", sorted(soft)),
        ("detected: unplanned", "#ff7f0e", sorted(false)),
        ("flash (not a cut)", "#bcbd22", sorted(cuts.get("flashes", []))),
    )
    for label, colour, times in groups:
        if times:
            ax.plot(times, [0.45] * len(times), "v", color=colour, ms=7, label=label)
    ax.plot([], [], color="#d62728", label="planned cut")
    ax.set_yticks([])
    ax.set_xlabel("film time (s)")
    ax.set_xlim(0, max(timeline.duration, 0.1))
    ax.set_ylim(-0.5, 0.7)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title("Cuts: planned vs detected")
    return _figure_png(fig)


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.4f}"
    return escape(str(value))


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _img(b64: str | None, alt: str) -> str:
    if b64 is None:
        return f"<p><em>{escape(alt)}: nothing to plot</em></p>"
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{b64}">'


def render_html(
    result: dict, plan: FilmPlan, timeline: Timeline, samples: dict[str, ClipSample | None]
) -> str:
    style = result["style_consistency"]
    checks = result["plan_checks"]
    cuts = result["cuts"]
    summary_rows = [
        ["backend / preset", _fmt(f"{result.get('backend')} / {result.get('preset')}")],
        ["film", _fmt(f"{result['film']['duration_s']} s, {result['film']['frames']} frames, "
                      f"{result['film']['width']}x{result['film']['height']}")],
        ["style within (colour)", _fmt(style["within"])],
        ["style cross, adjacent (colour)", _fmt(style["cross"])],
        ["style (CLIP)", _fmt(style["clip"]["within"]) if style.get("clip")
         else _fmt(style.get("clip_reason"))],
        ["style (DINO)", _fmt(style["dino"]["within"]) if style.get("dino")
         else _fmt(style.get("dino_reason"))],
        ["face within / cross / coverage",
         _fmt(f"{result['face_consistency']['within']} / {result['face_consistency']['cross']} / "
              f"{result['face_consistency']['coverage']:.2f}") if result.get("face_consistency")
         else _fmt(result.get("face_consistency_reason"))],
        ["text alignment (CLIP score)",
         _fmt(result["text_alignment"]["clip_score"]) if result.get("text_alignment")
         else _fmt(result.get("text_alignment_reason"))],
        ["cuts planned / detected / matched / missed / false",
         _fmt(f"{len(cuts['planned'])} / {len(cuts['detected'])} / {len(cuts['matched'])} / "
              f"{len(cuts['missed'])} / {len(cuts['false'])} (±{cuts['tolerance_s']:.3f} s)")],
        ["duration planned / film (error)",
         _fmt(f"{checks['duration']['planned_s']} s / {checks['duration']['film_s']} s "
              f"({checks['duration']['error_s']:+.3f} s)")],
        ["characters never in a shot",
         _fmt(", ".join(checks["entity_coverage"]["characters_never_in_a_shot"]) or "none")],
    ]
    boundary_rows = []
    for b in result["boundaries"]:
        a, n = samples.get(b["from"]), samples.get(b["to"])
        thumbs = ""
        if a is not None and n is not None:
            thumbs = (f'<img src="data:image/png;base64,{_image_png(a.last, 96)}"> '
                      f'<img src="data:image/png;base64,{_image_png(n.first, 96)}">')
        boundary_rows.append([
            _fmt(f"{b['from']} → {b['to']}"), _fmt(b["transition"]), _fmt(b["discontinuity"]),
            _fmt(b["colour_distance"]), _fmt(b["reference_step"]),
            _fmt(b["latent_discontinuity"]), _fmt("yes" if b.get("cut_detected") else "no"),
            thumbs,
        ])
    by_type_rows = [
        [_fmt(kind), _fmt(s["count"]),
         _fmt(s["discontinuity"]["mean"] if s["discontinuity"] else None),
         _fmt(s["colour_distance"]["mean"] if s["colour_distance"] else None),
         _fmt(s["latent_discontinuity"]["mean"] if s["latent_discontinuity"] else None)]
        for kind, s in result["boundaries_by_transition"].items()
    ]
    warnings = "".join(f"<li>{escape(w)}</li>" for w in result.get("warnings", []))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Evaluation — {escape(plan.title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 1200px; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: middle; }}
th {{ background: #f0f3f7; }}
img {{ max-width: 100%; }}
</style></head><body>
<h1>Evaluation — {escape(plan.title)}</h1>
<h2>Summary</h2>
{_table(["metric", "value"], summary_rows)}
<h2>Boundaries</h2>
{_img(plot_boundaries(result["boundaries"]), "boundary discontinuity")}
{_table(["transition", "count", "mean discontinuity", "mean colour distance",
         "mean latent discontinuity"], by_type_rows)}
{_table(["boundary", "transition", "discontinuity", "colour distance", "frame step",
         "latent", "cut detected", "last | first frame"], boundary_rows)}
<h2>Consistency</h2>
{_img(plot_consistency(result), "consistency")}
<h2>Cuts</h2>
{_img(plot_cut_timeline(result, timeline), "cut timeline")}
<h2>Warnings</h2>
<ul>{warnings or "<li>none</li>"}</ul>
</body></html>
"""


def write_report(
    path: Path, result: dict, plan: FilmPlan, timeline: Timeline,
    samples: dict[str, ClipSample | None],
) -> None:
    """Write eval.html next to eval.json (atomically: a reader never sees half a page)."""
    atomic_write_text(Path(path), render_html(result, plan, timeline, samples))
