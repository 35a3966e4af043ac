import json

import pytest

from director.store import ArtifactStore, content_key


def test_key_is_stable_and_input_sensitive():
    a = content_key({"x": 1, "y": [1, 2], "z": "é"})
    assert a == content_key({"z": "é", "y": [1, 2], "x": 1})  # order-independent
    assert a != content_key({"x": 2, "y": [1, 2], "z": "é"})
    assert len(a) == 24


def test_get_or_make_writes_once_and_verifies(tmp_path):
    store = ArtifactStore(tmp_path)
    calls = []

    def make(tmp):
        calls.append(tmp)
        tmp.write_bytes(b"clip-bytes")
        return {"frames": 3}

    first = store.get_or_make("clip", "k1", "mp4", {"a": 1}, make)
    second = store.get_or_make("clip", "k1", "mp4", {"a": 1}, make)
    assert not first.cached and second.cached
    assert len(calls) == 1
    assert second.path.read_bytes() == b"clip-bytes"
    assert second.meta == {"frames": 3}
    side = json.loads(second.path.with_name("k1.mp4.json").read_text())
    assert side["inputs"] == {"a": 1} and side["size"] == len(b"clip-bytes")
    # no temp files are left behind
    assert sorted(p.name for p in (tmp_path / "clip").iterdir()) == ["k1.mp4", "k1.mp4.json"]


def test_corrupt_entry_is_detected_and_remade(tmp_path):
    store = ArtifactStore(tmp_path)
    art = store.get_or_make("clip", "k", "mp4", {}, lambda t: t.write_bytes(b"good data") and None)
    art.path.write_bytes(b"bad data!")  # same size, different content
    assert store.lookup("clip", "k", "mp4") is None
    assert store.corrupt_removed == ["clip/k"]
    again = store.get_or_make("clip", "k", "mp4", {}, lambda t: t.write_bytes(b"good data") and None)
    assert not again.cached and again.path.read_bytes() == b"good data"


def test_failed_make_leaves_nothing(tmp_path):
    store = ArtifactStore(tmp_path)

    def boom(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("generator crashed")

    with pytest.raises(RuntimeError):
        store.get_or_make("clip", "k", "mp4", {}, boom)
    assert list((tmp_path / "clip").iterdir()) == []
    assert store.lookup("clip", "k", "mp4") is None
