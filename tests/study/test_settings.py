"""Global study settings from a TOML file: defaults, values, and errors that name the line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from quizgen.core.problems import InputError
from quizgen.study.settings import Settings, parse_step


def test_a_missing_file_means_the_defaults(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "absent.toml")
    assert settings == Settings()
    assert (settings.desired_retention, settings.new_per_day, settings.reviews_per_day) == (0.9, 20, 200)
    assert settings.learning_steps == (timedelta(minutes=1), timedelta(minutes=10))
    assert settings.relearning_steps == (timedelta(minutes=10),)
    assert (settings.day_rollover_hour, settings.leech_threshold, settings.enable_fuzzing) == (4, 8, True)


def test_values_are_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('desired_retention = 0.85\nnew_per_day = 5\nlearning_steps = ["30s", "5m", "1h"]\n'
                    'relearning_steps = []\nday_rollover_hour = 3\nhesitation_seconds = 9\n', encoding="utf-8")
    settings = Settings.load(path)
    assert settings.desired_retention == 0.85 and settings.new_per_day == 5
    assert settings.learning_steps == (timedelta(seconds=30), timedelta(minutes=5), timedelta(hours=1))
    assert settings.relearning_steps == ()
    assert (settings.day_rollover_hour, settings.hesitation_seconds, settings.reviews_per_day) == (3, 9.0, 200)


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ("new_per_day = 5\ndesired_retention = 1.5\n", 2, "desired_retention", "between 0.7 and 0.99"),
        ("new_per_day = -1\n", 1, "new_per_day", ">= 0"),
        ("new_per_day = 'ten'\n", 1, "new_per_day", "whole number"),
        ("\n\nday_rollover_hour = 24\n", 3, "day_rollover_hour", "0 to 23"),
        ('learning_steps = ["1 minute"]\n', 1, "learning_steps", 'like "1m"'),
        ("new_per_dya = 5\n", 1, "new_per_dya", "unknown setting"),
        ("enable_fuzzing = 1\n", 1, "enable_fuzzing", "true or false"),
    ],
)
def test_bad_values_name_the_line_and_field(tmp_path: Path, text: str, line: int, field: str, message: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        Settings.load(path)
    (problem,) = raised.value.problems
    assert (problem.line, problem.field) == (line, field)
    assert message in problem.message


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("new_per_day = 5\nthis is not toml\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        Settings.load(path)
    assert raised.value.problems[0].line == 2


@pytest.mark.parametrize(("text", "delta"), [("1m", timedelta(minutes=1)), ("1.5h", timedelta(minutes=90)),
                                             ("2d", timedelta(days=2)), (10, timedelta(minutes=10))])
def test_parse_step(text, delta) -> None:
    assert parse_step(text) == delta


def test_the_settings_file_lives_in_the_user_config_dir(tmp_path: Path, monkeypatch) -> None:
    from quizgen.study.settings import default_settings_path

    monkeypatch.delenv("QUIZGEN_CONFIG_DIR")  # the tests' own config folder; without it, the user's
    path = default_settings_path()
    assert path == tmp_path / "config" / "quizgen" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text("new_per_day = 7\n", encoding="utf-8")
    assert Settings.load().new_per_day == 7


def test_quizgen_config_dir_moves_the_settings_and_the_library(tmp_path: Path, monkeypatch) -> None:
    from quizgen.study.library import default_library_path
    from quizgen.study.settings import default_settings_path

    monkeypatch.setenv("QUIZGEN_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert default_settings_path() == tmp_path / "elsewhere" / "settings.toml"
    assert default_library_path() == tmp_path / "elsewhere" / "library.toml"


# --- the writer (the Options screen, the theme) ------------------------------------------------


def test_save_settings_keeps_other_lines_and_comments_and_each_keys_own_comment(tmp_path: Path) -> None:
    from quizgen.study.settings import save_settings

    path = tmp_path / "settings.toml"
    path.write_text('# mine\nnew_per_day = 20   # per deck\n\nlearning_steps = [\n  "1m",  # first\n  "10m",\n]\n'
                    'theme = "nord"\n', encoding="utf-8")
    saved = save_settings(path, {"new_per_day": 5, "learning_steps": ["30s"], "desired_retention": 0.85})
    assert path.read_text(encoding="utf-8") == (
        '# mine\nnew_per_day = 5  # per deck\n\nlearning_steps = ["30s"]\ntheme = "nord"\ndesired_retention = 0.85\n')
    assert saved == Settings.load(path)
    assert (saved.new_per_day, saved.learning_steps, saved.desired_retention, saved.theme) == (
        5, (timedelta(seconds=30),), 0.85, "nord")


def test_save_settings_makes_the_file_and_its_folder(tmp_path: Path) -> None:
    from quizgen.study.settings import save_settings

    path = tmp_path / "config" / "quizgen" / "settings.toml"
    save_settings(path, {"reviews_per_day": 50, "relearning_steps": []})
    assert path.read_text(encoding="utf-8") == "reviews_per_day = 50\nrelearning_steps = []\n"
    assert Settings.load(path).relearning_steps == ()


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"desired_retention": 1.5}, "desired_retention", "between 0.7 and 0.99"),
    ({"new_per_day": -1}, "new_per_day", ">= 0"),
    ({"learning_steps": ["1 minute"]}, "learning_steps", 'like "1m"'),
    ({"hesitation_seconds": "soon"}, "hesitation_seconds", "seconds > 0"),
])
def test_save_settings_validates_as_loading_does_and_writes_nothing(tmp_path: Path, changes, field, message) -> None:
    from quizgen.study.settings import save_settings

    path = tmp_path / "settings.toml"
    path.write_text("# keep me\nnew_per_day = 3\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        save_settings(path, changes)
    (problem,) = raised.value.problems
    assert problem.field == field and message in problem.message
    assert path.read_text(encoding="utf-8") == "# keep me\nnew_per_day = 3\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]  # no temporary file left


def test_options_rows_say_where_each_value_comes_from(tmp_path: Path) -> None:
    from quizgen.core.model import Deck, StudyLimits
    from quizgen.study import options

    deck = Deck("space", "Space firsts", tmp_path / "space.yaml", (), study=StudyLimits(new_per_day=2, retention=0.85))
    settings = Settings(new_per_day=7, learning_steps=(timedelta(seconds=30), timedelta(hours=1)))
    rows = {row.key: row for row in options.rows(settings, {"new_per_day"}, [deck])}
    assert (rows["new_per_day"].text, rows["new_per_day"].source) == ("7", "settings file")
    assert rows["new_per_day"].overrides == (options.DeckOverride("Space firsts", tmp_path / "space.yaml", "2"),)
    assert rows["desired_retention"].overrides[0].text == "0.85" and rows["reviews_per_day"].overrides == ()
    assert (rows["learning_steps"].text, rows["learning_steps"].source) == ("30s 1h", "default")
    assert options.changed(settings, {"new_per_day": " 7 ", "learning_steps": "30s, 1h", "leech_threshold": "9"}) \
        == {"leech_threshold": "9"}
    assert options.toml_values({"new_per_day": "5", "desired_retention": "0.8", "learning_steps": "1m, 10m",
                                "hesitation_seconds": "soon"}) == {
        "new_per_day": 5, "desired_retention": 0.8, "learning_steps": ["1m", "10m"], "hesitation_seconds": "soon"}
