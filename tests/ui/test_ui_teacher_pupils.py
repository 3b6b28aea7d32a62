"""What pupils see of their class: today's lesson first on the map, and
"Who's playing?" grouped by class with the profiles in no class last."""

from __future__ import annotations

from sango_game.classroom import classes
from sango_game.ui.screens.level_map import LevelMapScreen
from sango_game.ui.screens.profiles import ProfilesScreen

LEVEL = "m-cyberbullying-group-chat"


def show_map_for(pilot, profile):
    pilot.app.services.profile = profile
    pilot.app.push(LevelMapScreen(pilot.app))
    pilot.settle()


def names_in_order(pilot) -> list[str]:
    return [w.name for w in sorted(pilot.screen.widgets, key=lambda w: (w.rect.top, w.rect.left))
            if not w.fixed]


def test_a_pupils_map_shows_todays_lesson_first(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    classes.save_class(store, classes.set_lesson(info, [LEVEL]))
    sam = classes.add_pupil(store, info, "Sam").value
    show_map_for(quick_pilot, sam)
    order = names_in_order(quick_pilot)
    assert order.index("topic-today") < order.index(f"level-{LEVEL}")
    assert "Today's lesson" in quick_pilot.text()
    assert quick_pilot.screen.levels()[0].id == LEVEL


def test_a_map_without_a_lesson_has_no_today_heading(quick_pilot):
    store = quick_pilot.app.services.store
    kim = store.create_profile("Kim", "owl", "9-11", "en").value
    show_map_for(quick_pilot, kim)
    assert not quick_pilot.has("topic-today")
    assert quick_pilot.has(f"level-{LEVEL}")


def test_a_level_the_class_locked_is_not_on_its_pupils_map(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    classes.save_class(store, classes.lock_levels(info, [LEVEL]))
    sam = classes.add_pupil(store, info, "Sam").value
    show_map_for(quick_pilot, sam)
    assert not quick_pilot.has(f"level-{LEVEL}")


def test_whos_playing_groups_profiles_by_class_and_the_rest_last(quick_pilot):
    store = quick_pilot.app.services.store
    four_b = classes.create_class(store, "4B", track="9-11").value
    five_a = classes.create_class(store, "5A", track="12-18").value
    classes.add_pupil(store, four_b, "Sam")
    classes.add_pupil(store, five_a, "Ana")
    store.create_profile("Kiwi", "owl", "under-9", "en")
    quick_pilot.app.push(ProfilesScreen(quick_pilot.app))
    quick_pilot.settle()
    order = names_in_order(quick_pilot)
    assert order.index("group-4B") < order.index("profile-Sam") < order.index("group-5A")
    assert order.index("group-5A") < order.index("profile-Ana") < order.index("group-none")
    assert order.index("group-none") < order.index("profile-Kiwi")
    assert order.index("profile-Kiwi") < order.index("new-player")
    shown = quick_pilot.text().replace("\u2068", "").replace("\u2069", "")
    assert "Class 4B" in shown and "Other players" in shown


def test_whos_playing_without_classes_has_no_group_headings(quick_pilot):
    quick_pilot.app.services.store.create_profile("Kiwi", "owl", "under-9", "en")
    quick_pilot.app.push(ProfilesScreen(quick_pilot.app))
    quick_pilot.settle()
    assert not [n for n in quick_pilot.names() if n.startswith("group-")]
    assert quick_pilot.has("profile-Kiwi") and quick_pilot.has("new-player")


def test_a_class_unlock_opens_a_sensitive_level_the_pc_keeps_locked(quick_pilot):
    services = quick_pilot.app.services
    store = services.store
    store.set_sensitive_locked(True)
    level = next(lv for lv in services.library.levels if lv.sensitive)
    info = classes.create_class(store, "9C", track=level.track).value
    ana = classes.add_pupil(store, info, "Ana").value
    kim = store.create_profile("Kim", "owl", level.track, "en").value
    services.profile = kim
    assert services.level_locked(level)  # no class: the PC's lock holds
    services.profile = ana
    assert services.level_locked(level)
    classes.save_class(store, classes.unlock_levels(info, [level.id]))
    assert not services.level_locked(level)
    show_map_for(quick_pilot, ana)
    quick_pilot.click(f"level-{level.id}", scroll=True)
    assert quick_pilot.screen_name == "content-note"
