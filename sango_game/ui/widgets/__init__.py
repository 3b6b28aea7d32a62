"""Sango's own widgets: each has a stable `name` the pilot can click.

Widgets are rebuilt by a screen's `compose` whenever the layout changes;
state the child changes (typed nickname, chosen avatar) lives in the screen.
"""

from sango_game.ui.widgets.base import Widget
from sango_game.ui.widgets.button import Button, Card
from sango_game.ui.widgets.label import Label, Panel, Picture
from sango_game.ui.widgets.slider import Slider
from sango_game.ui.widgets.text_input import TextInput

__all__ = ["Widget", "Button", "Card", "Label", "Panel", "Picture", "Slider", "TextInput"]
