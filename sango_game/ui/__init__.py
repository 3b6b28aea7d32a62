"""The game a child plays: app loop, screens, widgets, theme, sounds and the pilot.

Only `sango_game.cli` imports this package (for `sango-game play`, through
`ui.launch`); `sango-game bench` loads `ui.bench` by name, like every layer's
bench. Submodules import pygame; this file does not, so importing the package
stays cheap.
"""
