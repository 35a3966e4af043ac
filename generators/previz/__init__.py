"""previz: the default backend, a CPU animatic of the plan (layouts, camera moves, dialogue)."""
