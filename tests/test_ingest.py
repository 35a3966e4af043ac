"""Story ingest: real files decoded, kinds detected, requests read, bad input refused clearly."""

from pathlib import Path

import pytest

from director.errors import InputError
from director.ingest import MAX_STORY_BYTES, parse_story, read_story

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    "name, kind, language",
    [("lighthouse.txt", "text", "en"), ("chinese.txt", "text", "zh"), ("logline.txt", "logline", "en"),
     ("shotlist.txt", "shotlist", "en"), ("rooftop.fountain", "fountain", "en"), ("spanish.txt", "text", "es")],
)
def test_examples_are_detected(name, kind, language):
    story = read_story(EXAMPLES / name)
    assert story.kind == kind
    assert story.language == language
    assert story.encoding == "utf-8"
    assert "\r" not in story.text


def test_titles_and_requests():
    assert read_story(EXAMPLES / "rooftop.fountain").title == "Rooftop"
    assert read_story(EXAMPLES / "lighthouse.txt").title == "The Last Lamp"
    logline = read_story(EXAMPLES / "logline.txt")
    assert (logline.requested_shots, logline.requested_duration_s) == (10, 50.0)
    zh = parse_story("一个老渔夫在暴风雨中寻找失踪的儿子，12个镜头，一分钟。")
    assert (zh.kind, zh.language, zh.requested_shots, zh.requested_duration_s) == ("logline", "zh", 12, 60.0)
    assert parse_story("A short film about a kite, 2 minutes, six shots.").requested_duration_s == 120.0
    # "two minutes later" inside a story is narration, not a request.
    story = parse_story("Ana waits.\n\nTwo minutes later the bus arrives. She climbs aboard and sits by the window.\n\nThe city slides past.")
    assert story.requested_duration_s is None and story.kind == "text"


def test_encodings(tmp_path):
    text = "Zoë waits at the café. “Où es-tu?” she asks."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "cp.txt").write_bytes("Zoë waits at the café. She orders coffee.".encode("cp1252"))
    assert read_story(tmp_path / "bom.txt").text == text
    u16 = read_story(tmp_path / "u16.txt")
    assert (u16.text, u16.encoding) == (text, "utf-16")
    cp = read_story(tmp_path / "cp.txt")
    assert cp.encoding == "cp1252" and "café" in cp.text


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda p: p / "missing.txt", "not found"),
        (lambda p: p, "directory"),
        (lambda p: _write(p / "empty.txt", b"  \n\t\n"), "empty"),
        (lambda p: _write(p / "bin.txt", bytes(range(256)) * 4), "binary"),
        (lambda p: _write(p / "huge.txt", b"a" * (MAX_STORY_BYTES + 1)), "too large"),
        (lambda p: _write(p / "ctrl.txt", bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d] * 50)), "not readable"),
    ],
)
def test_bad_inputs_are_one_clear_line(tmp_path, make, needle):
    with pytest.raises(InputError) as err:
        read_story(make(tmp_path))
    message = str(err.value)
    assert needle in message and "\n" not in message


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_parse_story_rejects_empty_text():
    with pytest.raises(InputError, match="empty"):
        parse_story("   ")
