"""GPU generation backend built on Hugging Face diffusers (see docs/diffusers.md)."""
