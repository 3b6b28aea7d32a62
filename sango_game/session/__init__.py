"""One game session, pure Python (no pygame, never `ui`): the child playing,
their settings, and the level being played and recorded.

    from sango_game.session.level_flow import LevelFlow
    from sango_game.session.services import Services

    services = Services(data_dir)            # levels, store, help directory (lazily)
    services.profile = services.store.find_profile("Kiwi")
    flow = LevelFlow(services, services.library.level("u9-stranger-game-chat"))
    flow.start()                             # resumes an unfinished attempt, or starts one
    outcome = flow.choose(flow.view().choices[0].id)   # recorded in one durable commit
    flow.finished, flow.result               # the ending, stars and badge are recorded

The ui draws `flow.view()` and passes the child's choice to `flow.choose`;
autoplay, the classroom, read-aloud and tests can run the same session with no
window. The rules for stars, unlocking and badges are `story.rules`.

This package imports nothing itself: `session.services` and `session.settings`
are light (the title screen needs them), `session.level_flow` brings the story
runner and is imported when a level starts.
"""
