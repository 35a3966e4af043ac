"""Generator backends: one folder per backend, behind the protocols in generators.base."""
