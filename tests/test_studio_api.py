"""The studio's named endpoints driven by gradio_client against a launched server on 127.0.0.1."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("gradio")
gradio_client = pytest.importorskip("gradio_client")

from director.plan import parse_plan  # noqa: E402
from director.studio import launch  # noqa: E402
from director.video import probe  # noqa: E402

STORY = ("At dusk, Mara climbs the lighthouse stairs with a brass lantern. "
         "Ilan waits by the great lens. \"The lamp is dead,\" Ilan says.")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    root = tmp_path_factory.mktemp("studio")
    port = free_port()
    demo = launch(port=port, root=root, prevent_thread_lock=True, quiet=True)
    yield demo, f"http://127.0.0.1:{port}/", root
    demo.close()


def test_binds_localhost_and_exposes_only_plan_and_render(studio):
    demo, url, _ = studio
    assert demo.server_name == "127.0.0.1"
    client = gradio_client.Client(url, verbose=False)
    api = client.view_api(print_info=False, return_format="dict")
    assert sorted(api["named_endpoints"]) == ["/plan", "/render"]
    assert not api["unnamed_endpoints"]
    visibility = {fn.name: fn.api_visibility for fn in demo.fns.values()}
    assert visibility.pop("plan") == visibility.pop("render") == "public"
    assert len(visibility) >= 8 and set(visibility.values()) == {"private"}
    # A private handler cannot be called from a client, even by its index.
    on_render = next(i for i, fn in demo.fns.items() if fn.name == "on_render")
    with pytest.raises(ValueError, match="function index"):
        client.predict("{}", "", "previz", "default", fn_index=on_render)


def test_plan_then_render_returns_the_planned_film(studio):
    _, url, root = studio
    client = gradio_client.Client(url, verbose=False)
    plan_json = client.predict(STORY, api_name="/plan")
    data = json.loads(plan_json)
    data.update(resolution="320x180", fps=12)  # small and fast
    plan = parse_plan(data)
    film = client.predict(plan.to_json(), api_name="/render")
    info = probe(film)
    assert (info.width, info.height) == (320, 180)
    assert abs(info.duration - plan.planned_duration()) < 1.0
    assert len(list(root.glob("api-*/film.mp4"))) >= 1  # rendered inside the studio root


def test_render_refuses_an_invalid_plan_naming_the_field(studio):
    _, url, _ = studio
    client = gradio_client.Client(url, verbose=False)
    data = json.loads(client.predict(STORY, api_name="/plan"))
    data["scenes"][0]["shots"][0]["duration_s"] = -1
    with pytest.raises(gradio_client.exceptions.AppError, match=r"scenes\[0\]\.shots\[0\]\.duration_s"):
        client.predict(json.dumps(data), api_name="/render")


def test_a_taken_port_is_one_error_line_exit_1(studio):
    """`director ui` on a port the studio already holds, or on no port at all: one `error:` line."""
    _, url, root = studio
    port = url.rstrip("/").rsplit(":", 1)[1]
    exe = Path(sys.executable).parent / "director"
    for args, code in (([port], 1), (["70000"], 2)):
        res = subprocess.run([str(exe), "ui", "--port", *args], capture_output=True, text=True,
                             timeout=120, env={**os.environ, "DIRECTOR_STUDIO_DIR": str(root)})
        assert res.returncode == code, res.stderr
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and "internal" not in lines[0], res.stderr
