"""Learning records: Sango's progress as xAPI statements for a school's
Learning Record Store (LRS).

- ``statements``: outbox rows (plain facts from ``progress.outbox``) -> xAPI
  statements (ADL ``completed`` and ``answered``, ``earned`` for a badge).
- ``jsonl``: export and import of statements as JSON lines (a USB stick).
- ``send``: POST to an LRS in batches, with retries. The only module that opens
  a network connection; the game never imports it (``tests/test_layers.py``).
- ``bench``: statements per second into the outbox and out through ``send``.

Pure Python: no pygame, no ui. The CLI is ``sango-game records``.
"""
