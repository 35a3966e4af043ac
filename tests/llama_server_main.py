"""``python tests/llama_server_main.py ARGS``: llama-cpp-python's server with repacked weights off.

llama.cpp repacks weights into "extra" CPU buffers (AMX/AVX-512 kernels) when the CPU reports
them. On virtual machines that report AMX without granting its tile state, the first prompt of
more than one token crashes the process (SIGSEGV in llama_decode). Repacking only speeds up large
models, so the test server turns it off through llama.cpp's own ``use_extra_bufts`` model
parameter, then runs the unchanged ``llama_cpp.server`` entry point with the given arguments.
"""

import llama_cpp.llama_cpp as llama_lib

_default_params = llama_lib.llama_model_default_params


def _params_without_extra_buffers():
    params = _default_params()
    if hasattr(params, "use_extra_bufts"):
        params.use_extra_bufts = False
    return params


llama_lib.llama_model_default_params = _params_without_extra_buffers

if __name__ == "__main__":
    from llama_cpp.server.__main__ import main

    main()
