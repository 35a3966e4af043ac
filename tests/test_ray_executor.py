"""The Ray executor on a local cluster gives the same film as the local executor."""

import numpy as np
import pytest

from director.errors import InputError
from director.render.run import RenderOptions, render_plan
from director.video import read_frames
from plans import three_scene_plan

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def local_cluster():
    ray.init(address="local", num_cpus=2, num_gpus=0, include_dashboard=False, log_to_driver=False,
             object_store_memory=200 * 1024**2)
    yield
    ray.shutdown()


def test_ray_film_equals_local_film(tmp_path, local_cluster):
    plan = three_scene_plan()
    local = render_plan(plan, tmp_path / "local", RenderOptions(backend="previz"))
    remote = render_plan(plan, tmp_path / "ray", RenderOptions(backend="previz", executor="ray"))
    assert remote.manifest["executor"] == "ray"
    assert sorted(remote.rendered) == sorted(s.id for s in plan.shots())
    a = list(read_frames(local.film))
    b = list(read_frames(remote.film))
    assert len(a) == len(b) > 0
    assert all(np.array_equal(x, y) for x, y in zip(a, b))
    # a second Ray render of the same plan reuses the shared store
    again = render_plan(plan, tmp_path / "ray", RenderOptions(backend="previz", executor="ray"))
    assert again.rendered == []


def test_gpu_backend_on_cpu_cluster_is_a_clear_error_not_a_hang(tmp_path, local_cluster):
    from director.render.ray_executor import RayExecutor
    from generators.base import RenderSettings

    with pytest.raises(InputError, match="needs GPUs but the Ray cluster has none"):
        RayExecutor("diffusers", "quality", RenderSettings())


def test_workers_start_once_when_chains_arrive_together(tmp_path, local_cluster):
    """LangGraph runs the shot Sends in threads: two chains arriving at once start one set of
    actors (a second set of one-GPU actors would never be scheduled and its chains would hang)."""
    import threading

    from director.render.ray_executor import RayExecutor
    from generators.base import RenderSettings

    executor = RayExecutor("previz", None, RenderSettings(), workers=2)
    together = threading.Barrier(4)

    def start() -> None:
        together.wait()
        executor._start(tmp_path / "store")

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert executor._idle.qsize() == 2
    workers = [executor._idle.get() for _ in range(2)]
    assert len({ray.get(w.pid.remote()) for w in workers}) == 2
