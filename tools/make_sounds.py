"""Synthesises Sango's sound effects into assets/sounds/ (standard library only).

Every sound is made from sine partials, a little filtered noise and smooth
envelopes, with no randomness outside a fixed-seed generator, so running this
script again rewrites byte-identical WAV files:

    python tools/make_sounds.py            # writes assets/sounds/*.wav
    python tools/make_sounds.py --out DIR  # writes them somewhere else

All files are 44100 Hz, mono, 16-bit, shorter than 1.5 s, and normalised to a
quiet peak (never above -6 dBFS), with short fades so nothing clicks.
"""

from __future__ import annotations

import argparse
import array
import math
import pathlib
import sys
import wave

RATE = 44100
REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "assets" / "sounds"


def silence(seconds: float) -> list[float]:
    """A buffer of zeros, `seconds` long."""
    return [0.0] * int(round(seconds * RATE))


def mix_into(buffer: list[float], sound: list[float], at_seconds: float, gain: float = 1.0) -> None:
    """Adds `sound` into `buffer` starting `at_seconds` in, growing the buffer if needed."""
    start = int(round(at_seconds * RATE))
    end = start + len(sound)
    if end > len(buffer):
        buffer.extend([0.0] * (end - len(buffer)))
    for i, sample in enumerate(sound):
        buffer[start + i] += gain * sample


WARM_PARTIALS = ((1.0, 1.0), (2.0, 0.28), (3.01, 0.08))


def bell(
    freq: float, seconds: float, decay: float, attack: float = 0.004, partials=WARM_PARTIALS
) -> list[float]:
    """A soft bell-like note: a few harmonic partials, quick attack, exponential decay.

    Higher partials die away faster, which keeps the tone warm rather than bright.
    """
    n = int(round(seconds * RATE))
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack) * math.exp(-t / decay)
        value = 0.0
        for ratio, amp in partials:
            fade = math.exp(-t * (ratio - 1.0) * 3.0)
            value += amp * fade * math.sin(2 * math.pi * freq * ratio * t)
        out.append(env * value)
    return out


def hum(freq: float, seconds: float, attack: float, release: float) -> list[float]:
    """A round, soft sustained note (sine with a touch of 2nd harmonic) with a gentle swell."""
    n = int(round(seconds * RATE))
    out = []
    for i in range(n):
        t = i / RATE
        rise = 0.5 - 0.5 * math.cos(math.pi * min(1.0, t / attack))
        fall = 0.5 - 0.5 * math.cos(math.pi * min(1.0, (seconds - t) / release))
        value = math.sin(2 * math.pi * freq * t) + 0.15 * math.sin(2 * math.pi * 2 * freq * t)
        out.append(rise * fall * value)
    return out


def sweep_pop(start_hz: float, end_hz: float, seconds: float, decay: float) -> list[float]:
    """A short sine whose pitch glides down: the 'pop' of a bubble."""
    n = int(round(seconds * RATE))
    out, phase = [], 0.0
    for i in range(n):
        t = i / RATE
        freq = end_hz + (start_hz - end_hz) * math.exp(-t / (decay * 0.5))
        phase += 2 * math.pi * freq / RATE
        env = min(1.0, t / 0.002) * math.exp(-t / decay)
        out.append(env * math.sin(phase))
    return out


class Noise:
    """A tiny fixed-seed linear congruential generator, so noise is the same on every run."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFF

    def next(self) -> float:
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state / 2147483648.0 - 1.0


def whoosh(seconds: float, low_hz: float, high_hz: float, seed: int) -> list[float]:
    """Noise through a two-stage low-pass whose cutoff rises then falls, under a soft hump."""
    n = int(round(seconds * RATE))
    noise = Noise(seed)
    out, smooth1, smooth2 = [], 0.0, 0.0
    for i in range(n):
        x = i / n
        shape = math.sin(math.pi * x) ** 2
        cutoff = low_hz + (high_hz - low_hz) * shape
        alpha = 1.0 - math.exp(-2 * math.pi * cutoff / RATE)
        smooth1 += alpha * (noise.next() - smooth1)
        smooth2 += alpha * (smooth1 - smooth2)
        out.append(shape * smooth2)
    return out


def fade_edges(buffer: list[float], fade_in: float = 0.002, fade_out: float = 0.02) -> list[float]:
    """Ramps the first and last few milliseconds to zero so playback never clicks."""
    n_in, n_out, n = int(fade_in * RATE), int(fade_out * RATE), len(buffer)
    for i in range(min(n_in, n)):
        buffer[i] *= i / n_in
    for i in range(min(n_out, n)):
        buffer[n - 1 - i] *= i / n_out
    return buffer


def normalise(buffer: list[float], peak_dbfs: float) -> list[float]:
    """Scales the buffer so its loudest sample sits exactly at `peak_dbfs`."""
    loudest = max(abs(s) for s in buffer) or 1.0
    gain = 10 ** (peak_dbfs / 20) / loudest
    return [s * gain for s in buffer]


def choice() -> list[float]:
    """Soft pop when a choice is made."""
    pop = sweep_pop(900.0, 520.0, 0.14, 0.035)
    body = bell(520.0, 0.14, 0.05, partials=((1.0, 0.4), (2.0, 0.1)))
    buffer = silence(0.0)
    mix_into(buffer, pop, 0.0)
    mix_into(buffer, body, 0.004)
    return normalise(fade_edges(buffer), -10.0)


def feedback_safe() -> list[float]:
    """Warm rising chime: C5, E5, G5 one after the other, ringing together."""
    buffer = silence(0.0)
    for k, freq in enumerate((523.25, 659.25, 783.99)):
        mix_into(buffer, bell(freq, 0.95 - k * 0.1, 0.28), k * 0.1, gain=1.0 - k * 0.1)
    return normalise(fade_edges(buffer, fade_out=0.08), -9.0)


def feedback_think() -> list[float]:
    """A gentle, questioning 'hmm?': two soft round notes going up (E4 then G4), never a buzzer."""
    buffer = silence(0.0)
    mix_into(buffer, hum(329.63, 0.30, 0.06, 0.12), 0.0)
    mix_into(buffer, hum(392.00, 0.42, 0.06, 0.25), 0.24)
    return normalise(fade_edges(buffer, fade_out=0.05), -12.0)


def results() -> list[float]:
    """Short happy arpeggio: C5 E5 G5 C6, the last note ringing a little longer."""
    buffer = silence(0.0)
    notes = (523.25, 659.25, 783.99, 1046.50)
    for k, freq in enumerate(notes):
        last = k == len(notes) - 1
        note = bell(freq, 0.8 if last else 0.5, 0.3 if last else 0.16)
        mix_into(buffer, note, k * 0.11, gain=0.9)
    return normalise(fade_edges(buffer, fade_out=0.1), -9.0)


def focus() -> list[float]:
    """Very soft tick when keyboard focus moves."""
    tick = bell(1760.0, 0.045, 0.008, attack=0.001, partials=((1.0, 1.0), (1.5, 0.2)))
    return normalise(fade_edges(tick, fade_in=0.001, fade_out=0.01), -22.0)


def page() -> list[float]:
    """Soft whoosh for the next line of dialogue."""
    return normalise(fade_edges(whoosh(0.28, 300.0, 2600.0, seed=2024)), -16.0)


SOUNDS = {
    "choice.wav": choice,
    "feedback-safe.wav": feedback_safe,
    "feedback-think.wav": feedback_think,
    "results.wav": results,
    "focus.wav": focus,
    "page.wav": page,
}


def write_wav(path: pathlib.Path, buffer: list[float]) -> None:
    """Writes a mono 16-bit little-endian WAV file, clamping to the 16-bit range."""
    samples = array.array("h", (max(-32767, min(32767, int(round(s * 32767)))) for s in buffer))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=pathlib.Path, default=DEFAULT_OUT, help="folder to write the WAV files into"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        write_wav(args.out / name, make())
        print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
