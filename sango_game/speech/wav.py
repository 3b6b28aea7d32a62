"""Length and loudness of a 16-bit PCM WAV file, with the stdlib `wave` module.

Used by the `speak` command to report what it wrote and by the tests to check
that a voice said something (not silence). No audioop: it left the stdlib.
"""

from __future__ import annotations

import math
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WavStats:
    seconds: float
    rms: float  # 0.0 (silence) .. 1.0 (full scale)
    peak: float
    rate: int
    channels: int


def wav_stats(path: Path) -> WavStats:
    """Stats for a 16-bit WAV file. Raises `wave.Error`/`OSError`/`ValueError` for others."""
    with wave.open(str(path), "rb") as reader:
        if reader.getsampwidth() != 2:
            raise ValueError("only 16-bit WAV files are measured")
        frames = reader.getnframes()
        rate = reader.getframerate()
        channels = reader.getnchannels()
        raw = reader.readframes(frames)
    samples = array("h")
    samples.frombytes(raw[: len(raw) - len(raw) % 2])
    if _big_endian():
        samples.byteswap()  # WAV is little-endian
    if not samples:
        return WavStats(0.0, 0.0, 0.0, rate, channels)
    total = math.fsum(float(value) * value for value in samples)
    rms = math.sqrt(total / len(samples)) / 32768.0
    peak = max(abs(min(samples)), abs(max(samples))) / 32768.0
    return WavStats(frames / rate if rate else 0.0, rms, peak, rate, channels)


def _big_endian() -> bool:
    import sys

    return sys.byteorder == "big"
