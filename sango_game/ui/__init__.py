"""The game a child plays: app loop, screens, widgets, theme, sounds and the pilot.

Only `sango_game.commands.play` and `sango_game.commands.bench` import this
package, inside their `run`. Submodules import pygame; this file does not, so
importing the package stays cheap.
"""
