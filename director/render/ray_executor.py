"""Spread shot chains over a Ray cluster.

Each worker is a Ray actor that builds the backend once (a loaded pipeline stays in GPU memory
across shots) and renders chains with the same :func:`make_chain` the local executor uses, into
the same content-addressed store. The output folder must therefore be reachable by every worker
at the same path (one machine, or a shared filesystem for a multi-node cluster).

Resources are checked up front: a GPU backend on a cluster without GPUs is a clear error, not a
task that waits forever (Ray keeps a ``num_gpus=1`` request pending on a CPU-only cluster).
"""

from __future__ import annotations

import os
import queue
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from director.errors import InputError, RunError
from director.plan import FilmPlan
from generators.base import RenderSettings


def _needs_gpu(backend_name: str, preset: str | None) -> bool:
    return backend_name == "diffusers" and (preset or "") != "tiny"


class _ChainWorker:
    """Actor body: one backend per worker process, reused for every chain it is given."""

    def __init__(self, backend_name: str, preset: str | None, settings: dict[str, Any], store_root: str):
        from director.store import ArtifactStore
        from generators.registry import create_backend

        self.settings = RenderSettings(**settings)
        self.backend = create_backend(backend_name, preset, self.settings)
        self.store = ArtifactStore(Path(store_root))

    def render_chain(self, plan_json: dict, chain: list[str], identities: dict, keyframes: dict) -> list[dict]:
        from director.render.work import make_chain

        plan = FilmPlan.model_validate(plan_json)
        return make_chain(plan, chain, identities, keyframes, self.backend, self.store, self.settings)

    def pid(self) -> int:
        return os.getpid()


class RayExecutor:
    name = "ray"
    split_at_cuts = True  # independent chains run on different workers

    def __init__(self, backend_name: str, preset: str | None, settings: RenderSettings, *,
                 address: str | None = None, workers: int | None = None):
        try:
            import ray
        except ImportError:
            raise InputError("--executor ray needs Ray: pip install 'director[ray]'") from None
        self._ray = ray
        self._backend_name, self._preset, self._settings = backend_name, preset, settings
        self._started_here = False
        if not ray.is_initialized():
            if address:
                try:
                    ray.init(address=address, log_to_driver=False)
                except Exception as err:  # ConnectionError and Ray's own errors
                    raise RunError(f"cannot reach the Ray cluster at {address}: {err}") from None
            else:
                # A private local cluster bound to loopback; never a stale cluster from /tmp/ray.
                os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
                ray.init(address="local", include_dashboard=False, log_to_driver=False,
                         num_cpus=max(2, os.cpu_count() or 2))
                self._started_here = True
        resources = ray.cluster_resources()
        self.gpu = _needs_gpu(backend_name, preset)
        if self.gpu:
            have = int(resources.get("GPU", 0))
            if have < 1:
                self.close()
                raise InputError(
                    f"the {backend_name} backend needs GPUs but the Ray cluster has none "
                    f"(resources: {sorted(resources)}); add GPU nodes or use --executor local"
                )
            count = workers or have
        else:
            count = workers or max(1, min(int(resources.get("CPU", 1)), 4))
        self._count = count
        self._idle: queue.Queue | None = None
        self._start_lock = threading.Lock()

    def _start(self, store_root: Path) -> None:
        # Chains arrive from several LangGraph worker threads at once: start one set of actors.
        with self._start_lock:
            if self._idle is not None:
                return
            opts = {"num_gpus": 1, "num_cpus": 1} if self.gpu else {"num_cpus": 1}
            actor_cls = self._ray.remote(**opts)(_ChainWorker)
            idle: queue.Queue = queue.Queue()
            for _ in range(self._count):
                idle.put(actor_cls.remote(self._backend_name, self._preset, asdict(self._settings),
                                          str(store_root)))
            self._idle = idle

    def render_chain(self, plan: FilmPlan, chain: list[str], identities: dict, keyframes: dict,
                     ctx, emit) -> list[dict[str, Any]]:
        self._start(ctx.store.root)
        actor = self._idle.get()
        try:
            for shot_id in chain:
                emit({"stage": "shots", "item": shot_id, "status": "started"})
            results = self._ray.get(actor.render_chain.remote(
                plan.model_dump(mode="json"), chain, identities, keyframes))
        finally:
            self._idle.put(actor)
        for r in results:
            emit({"stage": "shots", "item": r["id"], "status": r["status"], "seconds": r["seconds"]})
        return results

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()
            self._started_here = False
