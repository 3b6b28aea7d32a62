"""Every sentence the classroom layer shows or prints, as English source data.

Wrapped in ``N_()`` so the extractor finds them; translated when shown with
``_(text, **params)``, in the class's language for reports and certificates.
"""

from __future__ import annotations

from sango_game.i18n import N_

# --- problems ------------------------------------------------------------------
PIN_WRONG = N_("That PIN is not right.")
PIN_WAIT = N_("Too many wrong PINs. Try again in {seconds} seconds.")
UNKNOWN_TRACK = N_("There is no age group called {track}.")
EXPORT_FAILED = N_("The file {path} could not be written.")
IMPORT_UNREADABLE = N_("{path} is not a Sango class file, or it is damaged.")
IMPORT_TOO_NEW = N_("{path} comes from a newer Sango. Update Sango to import it.")

# --- the class report ---------------------------------------------------------
# Translators: heading of the printed class report; {name} is the class, e.g. "4B".
REPORT_TITLE = N_("Class report: {name}")
# Translators: column heading in the class report: the pupil's nickname.
REPORT_PUPIL = N_("Pupil")
REPORT_LEVELS_DONE = N_("Levels done")
REPORT_STARS = N_("Stars")
REPORT_PROGRESS = N_("Levels and stars")
REPORT_TOPICS = N_("Safe choices per topic")
REPORT_TOPIC = N_("Topic")
REPORT_SAFE_SHARE = N_("Safe choices")
REPORT_NO_CHOICES = N_("No choices yet")
REPORT_TRICKY = N_("Tricky moments")
REPORT_TRICKY_INTRO = N_("The choices most often made unsafely, to pick up in the next lesson.")
REPORT_TIMES = N_("Times chosen")
REPORT_PUPILS = N_("Pupils")
REPORT_CHOICE = N_("Choice")
REPORT_FEEDBACK = N_("What the game says")
# Translators: in the class report, the level's question for the class to discuss.
REPORT_NOTE = N_("To discuss")
REPORT_NOT_STARTED = N_("not started")
# Translators: in the class report, a level the pupil began but did not finish.
REPORT_STARTED = N_("started")
REPORT_NO_PUPILS = N_("This class has no pupils yet.")
REPORT_LEVEL = N_("Level")
# Translators: a label and its value, e.g. "Stars: 3" (French puts a space before the colon).
LABELLED = N_("{label}: {value}")

# --- certificates ---------------------------------------------------------------
# Translators: the big heading of a certificate a child takes home.
CERTIFICATE_TITLE = N_("Certificate")
# Translators: on a certificate, followed on the next line by the child's nickname.
CERTIFICATE_FOR = N_("This certificate is for")
# Translators: on a certificate, the line under the child's nickname.
CERTIFICATE_TEXT = N_("for learning to stay safe online with Sango.")
CERTIFICATE_LEVELS = N_("Levels done: {levels}. Stars: {stars}.")
CERTIFICATE_CLASS = N_("Class {name}")

# --- nickname cards -----------------------------------------------------------
# Translators: on a card handed to a child, above the nickname they play with.
CARD_TITLE = N_("Your Sango nickname")
