"""A Piper-shaped ONNX voice built in code, so the piper engine runs through the real piper-tts
package without downloading a voice."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def tiny_piper_voice(folder: Path, name: str = "xx_TEST-tone-low", f0: float = 150.0, rate: int = 22050) -> Path:
    """A Piper-shaped ONNX voice (inputs input, input_lengths, scales) that hums f0 for 256
    samples per phoneme id times the length scale: real files through the real piper-tts code."""
    nodes = [
        helper.make_node("Shape", ["input"], ["shape"]),
        helper.make_node("Gather", ["shape", "one_i"], ["n_ids"], axis=0),
        helper.make_node("Cast", ["n_ids"], ["n_f"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["scales", "one_i"], ["length_scale"], axis=0),
        helper.make_node("Mul", ["n_f", "hop"], ["n_hop"]),
        helper.make_node("Mul", ["n_hop", "length_scale"], ["n_samples"]),
        helper.make_node("Range", ["zero_f", "n_samples", "one_f"], ["t"]),
        helper.make_node("Mul", ["t", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["wave"]),
        helper.make_node("Mul", ["wave", "amp"], ["quiet"]),
        helper.make_node("Reshape", ["quiet", "out_shape"], ["output"]),
    ]
    consts = [numpy_helper.from_array(np.array(1, np.int64), "one_i"),
              numpy_helper.from_array(np.array(256.0, np.float32), "hop"),
              numpy_helper.from_array(np.array(0.0, np.float32), "zero_f"),
              numpy_helper.from_array(np.array(1.0, np.float32), "one_f"),
              numpy_helper.from_array(np.array(2 * math.pi * f0 / rate, np.float32), "omega"),
              numpy_helper.from_array(np.array(0.5, np.float32), "amp"),
              numpy_helper.from_array(np.array([1, 1, -1], np.int64), "out_shape")]
    graph = helper.make_graph(
        nodes, "tone",
        [helper.make_tensor_value_info("input", TensorProto.INT64, [1, None]),
         helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
         helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, None])], consts)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    path = folder / f"{name}.onnx"
    onnx.save(model, path)
    symbols = "_^$ " + "abcdefghijklmnopqrstuvwxyzæçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɝɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢˈˌːˑ̃,.!?;:-'"
    config = {"audio": {"sample_rate": rate}, "espeak": {"voice": "en-us"}, "phoneme_type": "espeak",
              "num_symbols": len(symbols), "num_speakers": 1, "language": {"code": "en_US"},
              "inference": {"noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8},
              "phoneme_id_map": {ch: [i] for i, ch in enumerate(symbols)}}
    (folder / f"{name}.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    return path

