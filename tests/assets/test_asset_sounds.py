"""Every sound in assets/sounds is a short, soft, unclipped mono 16-bit WAV that pygame's mixer
loads, the README lists it, and tools/make_sounds.py rebuilds it byte for byte."""

from __future__ import annotations

import array
import importlib.util
import math
import pathlib
import re
import sys
import wave

import pygame
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]

SOUNDS = REPO / "assets" / "sounds"
WAV_FILES = sorted(SOUNDS.glob("*.wav"))
WAV_IDS = [p.name for p in WAV_FILES]
REQUIRED = ["choice", "feedback-safe", "feedback-think", "results", "focus", "page"]
MAKER = REPO / "tools" / "make_sounds.py"


def _samples(path) -> tuple[wave.Wave_read, array.array]:
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        samples = array.array("h", frames)
        if sys.byteorder == "big":
            samples.byteswap()
        return wav, samples


@pytest.fixture(scope="module")
def mixer():
    """pygame's mixer with the dummy audio driver (tests/conftest.py sets it).

    Left as found: another test's mixer is not shut down under it.
    """
    started_here = not pygame.mixer.get_init()
    if started_here:
        pygame.mixer.init(frequency=44100, size=-16, channels=2)
    yield pygame.mixer
    if started_here:
        pygame.mixer.quit()


def test_every_required_sound_exists():
    missing = [n for n in REQUIRED if not (SOUNDS / f"{n}.wav").is_file()]
    assert missing == []


@pytest.mark.parametrize("path", WAV_FILES, ids=WAV_IDS)
def test_wav_format_length_and_loudness(path):
    wav, samples = _samples(path)
    assert wav.getnchannels() == 1
    assert wav.getsampwidth() == 2
    assert wav.getframerate() in (22050, 44100)
    seconds = wav.getnframes() / wav.getframerate()
    assert 0.02 < seconds < 1.5

    peak = max(abs(s) for s in samples)
    assert peak > 0, "silent file"
    assert 20 * math.log10(peak / 32768) <= -6.0, "louder than -6 dBFS"
    assert peak < 32767, "clipped"

    edge = 0.01 * 32768  # starts and ends quietly: no click
    assert abs(samples[0]) < edge and abs(samples[-1]) < edge


@pytest.mark.parametrize("path", WAV_FILES, ids=WAV_IDS)
def test_mixer_loads_the_sound(mixer, path):
    sound = mixer.Sound(str(path))
    wav, _ = _samples(path)
    assert sound.get_length() == pytest.approx(wav.getnframes() / wav.getframerate(), abs=0.01)


def test_feedback_for_an_unsafe_choice_is_gentler_than_the_safe_chime():
    _, think = _samples(SOUNDS / "feedback-think.wav")
    _, safe = _samples(SOUNDS / "feedback-safe.wav")
    assert max(abs(s) for s in think) < max(abs(s) for s in safe)


def test_readme_lists_every_sound_and_nothing_else():
    readme = (SOUNDS / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([\w.-]+\.wav)`", readme))
    assert listed == set(WAV_IDS)


def test_sounds_have_a_licence():
    licence = (SOUNDS / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in licence or "CC0" in licence


def test_make_sounds_rebuilds_the_same_files(tmp_path):
    spec = importlib.util.spec_from_file_location("make_sounds", MAKER)
    make_sounds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sounds)
    assert make_sounds.main(["--out", str(tmp_path)]) == 0
    rebuilt = sorted(p.name for p in tmp_path.glob("*.wav"))
    assert rebuilt == WAV_IDS
    for name in rebuilt:
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), name
