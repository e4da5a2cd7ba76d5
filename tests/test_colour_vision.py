"""Status colours stay apart for readers without full colour vision: each pair of the palette, seen through a
simulation of protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1), keeps a
visible difference in CIELAB. A palette edit that puts two statuses on the same confusion line fails here."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from etl import vocabulary as V

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    "full colour vision": np.eye(3).tolist(),
}
# CIE76 difference: about 2.3 is just noticeable; 10 is clear at a glance for solid bars beside one another
CLEAR = 10.0


def linear(hex_colour: str) -> np.ndarray:
    srgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb_linear
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(hex_colour: str, vision: str) -> np.ndarray:
    return lab(np.clip(np.array(MACHADO[vision]) @ linear(hex_colour), 0, 1))


def test_the_simulation_does_merge_a_red_and_a_green():
    """The check can fail: a plain red and green, distinct to full colour vision, merge under deuteranopia."""
    red, green = "#D62728", "#7F7F00"
    assert np.linalg.norm(seen(red, "full colour vision") - seen(green, "full colour vision")) > 40
    assert np.linalg.norm(seen(red, "deuteranopia") - seen(green, "deuteranopia")) < CLEAR


@pytest.mark.parametrize("vision", sorted(MACHADO))
def test_every_pair_of_status_colours_stays_apart(vision):
    for (a, colour_a), (b, colour_b) in itertools.combinations(V.COLOURS.items(), 2):
        difference = float(np.linalg.norm(seen(colour_a, vision) - seen(colour_b, vision)))
        assert difference >= CLEAR, f"{a} and {b} are {difference:.1f} apart under {vision}"
