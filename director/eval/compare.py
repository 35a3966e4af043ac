"""Compare two evals of the same plan (e.g. smoothing off vs on, same seed).

DESIGN.md §6: smoothing must be proven by measurement, as lower discontinuity at ``continuous``
boundaries. This pairs the boundaries of two eval dicts by (from, to) and reports the change.
"""

from __future__ import annotations

import numpy as np

MEASURES = ("discontinuity", "colour_distance", "latent_discontinuity")


def compare_boundaries(baseline: dict, candidate: dict) -> dict:
    """Per boundary and per transition type: candidate minus baseline (negative = smoother)."""
    before = {(b["from"], b["to"]): b for b in baseline.get("boundaries", [])}
    pairs = []
    for after in candidate.get("boundaries", []):
        b = before.get((after["from"], after["to"]))
        if b is None:
            continue
        entry = {"from": after["from"], "to": after["to"], "transition": after["transition"]}
        for key in MEASURES:
            x, y = b.get(key), after.get(key)
            entry[key] = {"baseline": x, "candidate": y,
                          "delta": (y - x) if x is not None and y is not None else None}
        pairs.append(entry)
    by_transition: dict = {}
    for kind in sorted({p["transition"] for p in pairs}):
        group = [p for p in pairs if p["transition"] == kind]
        stats = {"count": len(group)}
        for key in MEASURES:
            deltas = [p[key]["delta"] for p in group if p[key]["delta"] is not None]
            stats[key] = (
                {"mean_delta": float(np.mean(deltas)),
                 "improved": sum(d < 0 for d in deltas), "n": len(deltas)}
                if deltas else None
            )
        by_transition[kind] = stats
    return {"boundaries": pairs, "by_transition": by_transition}
