"""Sound: speech for dialogue (speech.py and engines/), ambience, music and the mix."""
