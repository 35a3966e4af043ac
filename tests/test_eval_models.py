"""Weight-based metrics: null with a reason when no weights are installed, and the loading and
scoring plumbing on tiny random-weight CLIP/DINO models built here (their scores mean nothing;
the tests assert only what holds for any weights: identical frames embed identically)."""


import numpy as np
import pytest

from director.eval import run_eval
from director.eval.embeddings import load_clip, load_dino
from director.eval.faces import load_face_embedder
from director.eval.synthetic import SyntheticShot, solid, write_out_folder


def test_unset_or_missing_weights_give_a_reason(monkeypatch, tmp_path):
    monkeypatch.delenv("DIRECTOR_CLIP_PATH", raising=False)
    model, reason = load_clip()
    assert model is None and "DIRECTOR_CLIP_PATH is not set" in reason
    monkeypatch.setenv("DIRECTOR_DINO_PATH", str(tmp_path / "absent"))
    model, reason = load_dino()
    assert model is None and "does not exist" in reason
    monkeypatch.setenv("DIRECTOR_FACE_MODEL_DIR", str(tmp_path / "absent"))
    embed, reason = load_face_embedder()
    assert embed is None and "DIRECTOR_FACE_MODEL_DIR" in reason


def test_eval_without_weights_reports_null_with_reasons(monkeypatch, tmp_path):
    for var in ("DIRECTOR_CLIP_PATH", "DIRECTOR_DINO_PATH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DIRECTOR_FACE_MODEL_DIR", str(tmp_path / "no-faces"))
    write_out_folder(tmp_path / "out", [SyntheticShot("a", solid((90, 90, 200)), 1.0)])
    result = run_eval(tmp_path / "out")
    assert result["face_consistency"] is None and result["face_consistency_reason"]
    assert result["text_alignment"] is None and result["text_alignment_reason"]
    style = result["style_consistency"]
    assert style["clip"] is None and style["clip_reason"]
    assert style["dino"] is None and style["dino_reason"]
    assert style["within"] == pytest.approx(1.0, abs=1e-3)  # the weight-free metric still runs


def _tiny_models(root):
    """Save a tiny random CLIP (with a word-level tokenizer) and a tiny DINOv2 to `root`."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    words = "a the red blue shot test of in".split()
    vocab = {t: i for i, t in enumerate(["<|endoftext|>", "<|startoftext|>", "<unk>", *words])}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="<|startoftext|> $A <|endoftext|>",
        special_tokens=[("<|startoftext|>", 1), ("<|endoftext|>", 0)],
    )
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<|endoftext|>", eos_token="<|endoftext|>",
        bos_token="<|startoftext|>", unk_token="<unk>", model_max_length=77,
    )
    torch.manual_seed(0)
    clip = transformers.CLIPModel(transformers.CLIPConfig(
        text_config=dict(vocab_size=len(vocab), hidden_size=16, intermediate_size=32,
                         num_hidden_layers=1, num_attention_heads=2, max_position_embeddings=77,
                         eos_token_id=0, bos_token_id=1, pad_token_id=0),
        vision_config=dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                           num_attention_heads=2, image_size=32, patch_size=8),
        projection_dim=8,
    ))
    clip.save_pretrained(root / "clip")
    tokenizer.save_pretrained(root / "clip")
    transformers.CLIPImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    ).save_pretrained(root / "clip")
    dino = transformers.Dinov2Model(transformers.Dinov2Config(
        hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
        image_size=32, patch_size=8,
    ))
    dino.save_pretrained(root / "dino")
    transformers.CLIPImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    ).save_pretrained(root / "dino")
    return root / "clip", root / "dino"


def test_local_clip_and_dino_plumbing_with_tiny_random_models(monkeypatch, tmp_path):
    clip_dir, dino_dir = _tiny_models(tmp_path / "models")
    monkeypatch.setenv("DIRECTOR_CLIP_PATH", str(clip_dir))
    monkeypatch.setenv("DIRECTOR_DINO_PATH", str(dino_dir))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # prove nothing is fetched
    write_out_folder(tmp_path / "out", [
        SyntheticShot("a", solid((200, 40, 40)), 1.0, description="a red shot"),
        SyntheticShot("b", solid((200, 40, 40)), 1.0, "continuous", description="a red shot"),
        SyntheticShot("c", solid((40, 40, 200)), 1.0, "cut", description="a blue shot"),
    ])
    result = run_eval(tmp_path / "out")
    for key in ("clip", "dino"):
        style = result["style_consistency"][key]
        assert style is not None, result["style_consistency"].get(f"{key}_reason")
        # Identical frames embed identically under any weights.
        assert style["within"] == pytest.approx(1.0, abs=1e-3)
        assert style["cross_pairs"][0]["similarity"] == pytest.approx(1.0, abs=1e-3)
        assert [tuple(p["pair"]) for p in style["cross_pairs"]] == [(0, 1), (1, 2)]
    alignment = result["text_alignment"]
    scores = [p["clip_score"] for p in alignment["per_shot"]]
    assert all(-1.0 <= s <= 1.0 for s in scores)
    assert scores[0] == pytest.approx(scores[1], abs=1e-5)  # same frames, same text
    assert alignment["clip_score"] == pytest.approx(float(np.mean(scores)))
