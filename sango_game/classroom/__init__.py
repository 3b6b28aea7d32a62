"""Class sessions for teachers: classes, today's lesson, reports, exports, certificates.

Pure Python on top of ``progress`` and ``content`` (no pygame): the teacher
screens and ``sango-game classroom`` both use it.

```python
from sango_game.classroom import classes, lesson, report, exchange, pin_gate, names

info = classes.create_class(store, "4B", track="9-11", language="ar").value
classes.add_pupil(store, info, "Happy Fox", picture="fox")
names.class_names(30, seed=1)                  # [(nickname, picture)] x 30, all different
lesson.catalogue(library.levels, track="9-11", topic="privacy", max_minutes=20)
info = classes.set_lesson(info, ["m-cyberbullying-group-chat"]); classes.save_class(store, info)
lesson.map_order(level_ids, info.lesson)      # today's levels first on a pupil's map
lesson.open_for_class(unlocked, info)          # the class's own locks and unlocks
data = report.build_report(store, info, library.levels, library.topics)
exchange.export_class(store, info, path); exchange.import_class(store, path)
classes.delete_class(store, info)              # the class and all its pupils' data
pin_gate.check_pin(store, typed)               # PinCheck(ok, problem, wait_s)
```

Writers: ``report_csv``, ``report_html``, ``pdf`` (report and certificates).
"""
