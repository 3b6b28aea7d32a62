"""One module per `sango-game` subcommand; see `sango_game.cli`."""
