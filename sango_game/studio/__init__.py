"""The level studio: authors see a level as a map, live, with the validator beside it.

pygame-gui draws the chrome (windows, panels, lists, file dialog, tooltips,
status bar; theme in assets/themes/studio.json); every level text is drawn by
Sango's own `sango_game.text` engine. Only `sango_game.commands.studio` (the
edge) starts it; the game never imports this package. It only reads level files.
"""
