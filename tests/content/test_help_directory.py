"""The help directory: the shipped file is clean, every entry is sourced and dated,
region numbers are shown only where the data says they work, and a broken file
gives findings, never a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sango_game.content.findings import CODES
from sango_game.content.help_directory import default_path, help_for, load_help_directory
from sango_game.content.help_model import ALWAYS_TRUE_ADVICE, UNKNOWN
from sango_game.content.iso_countries import EU_MEMBERS

CHECKED = date(2026, 11, 30)  # the date the shipped file was checked

SIX_LANGUAGE_COUNTRIES = set("""
GB IE US CA AU NZ ZA NG KE GH IN FR BE CH LU SN CI CM CD MA DZ TN ES MX AR CO CL PE VE CU
SA AE EG JO LB IQ QA KW OM BH YE SY LY SD PS RU BY KZ KG CN TW HK SG
""".split())

ENTRY = """
        name: "A line"
        number: "{number}"
        source: https://example.org/page
        checked: 2026-11-30
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "directory.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def directory_with(countries: str, regions: str = "") -> str:
    return f"format: 1\nregions:{regions or ' []'}\ncountries:\n{countries}"


def codes(findings) -> list[str]:
    return [finding.code for finding in findings]


@pytest.fixture(scope="module")
def shipped():
    directory, findings = load_help_directory(today=CHECKED)
    return directory, findings


def test_shipped_directory_validates_clean(shipped):
    _, findings = shipped
    assert [finding.format() for finding in findings] == []


def test_shipped_directory_covers_six_languages_and_the_eu(shipped):
    directory, _ = shipped
    missing = (SIX_LANGUAGE_COUNTRIES | EU_MEMBERS) - set(directory.countries)
    assert not missing


def test_every_shipped_entry_has_a_source_and_a_date(shipped):
    directory, _ = shipped
    entries = [entry for country in directory.countries.values()
               for kind in (country.helplines, country.emergency, country.report,
                            country.takedown) for entry in kind]
    entries += list(directory.everywhere)
    entries += [region.helpline for region in directory.regions.values()]
    assert entries
    for entry in entries:
        assert entry.source and all(url.startswith(("https://", "http://"))
                                    for url in entry.source)
        assert isinstance(entry.checked, date)


@pytest.mark.parametrize("missing", ["source", "checked"])
def test_entry_without_source_or_date_is_an_error(tmp_path, missing):
    entry = ENTRY.format(number="123")
    entry = "\n".join(row for row in entry.splitlines() if not row.strip().startswith(missing))
    path = write(tmp_path, directory_with(f"  - country: GB\n    helplines:\n      -{entry}\n"))
    directory, findings = load_help_directory(path, today=CHECKED)
    assert codes(findings) == ["SG061"]
    assert findings[0].is_error
    assert directory.country("GB").helplines == ()  # the unsourced entry is never shown


def test_unknown_number_is_kept_in_the_data_but_never_shown(tmp_path):
    path = write(tmp_path, directory_with(
        f"  - country: GB\n    helplines:\n      -{ENTRY.format(number=UNKNOWN)}\n"))
    directory, findings = load_help_directory(path, today=CHECKED)
    assert findings == ()
    assert directory.country("GB").helplines[0].number == UNKNOWN
    assert directory.help_for("GB").helplines == ()
    assert directory.help_for("GB").advice == ALWAYS_TRUE_ADVICE


@pytest.mark.parametrize("number", ["0800 CHILD", "116111; rm", "call 116", "+44 (0)800"])
def test_number_with_other_characters_is_an_error(tmp_path, number):
    path = write(tmp_path, directory_with(
        f"  - country: GB\n    helplines:\n      -{ENTRY.format(number=number)}\n"))
    assert codes(load_help_directory(path, today=CHECKED)[1]) == ["SG063"]


@pytest.mark.parametrize("code", ["gb", "UK", "XX", "EU", "GBR", "12"])
def test_bad_country_code_is_an_error(tmp_path, code):
    path = write(tmp_path, directory_with(f"  - country: {code}\n"))
    directory, findings = load_help_directory(path, today=CHECKED)
    assert codes(findings) == ["SG062"]
    assert directory.countries == {}


def test_duplicate_country_is_an_error(tmp_path):
    path = write(tmp_path, directory_with("  - country: FR\n  - country: FR\n"))
    assert codes(load_help_directory(path, today=CHECKED)[1]) == ["SG066"]


def test_unknown_field_is_an_error(tmp_path):
    text = directory_with(f"  - country: GB\n    helpline:\n      -{ENTRY.format(number='1')}\n")
    findings = load_help_directory(write(tmp_path, text), today=CHECKED)[1]
    assert codes(findings) == ["SG065"]
    assert "helpline" in findings[0].message


def test_entry_checked_over_a_year_ago_is_a_warning(tmp_path):
    path = write(tmp_path, directory_with(
        f"  - country: GB\n    helplines:\n      -{ENTRY.format(number='1')}\n"))
    findings = load_help_directory(path, today=date(2028, 1, 1))[1]
    assert codes(findings) == ["SG067"]
    assert not findings[0].is_error


REGION = """
  - id: eu-116111
    name: "116 111"
    number: "116 111"
    source: https://example.org/116111
    checked: 2026-11-30
    works_in: [SE, DK]
"""


def test_region_fallback_only_where_the_region_says_it_works(tmp_path):
    countries = "  - country: SE\n    fallback: eu-116111\n  - country: DK\n"
    directory, findings = load_help_directory(
        write(tmp_path, directory_with(countries, REGION)), today=CHECKED)
    assert findings == ()
    sweden = directory.help_for("SE")
    assert [entry.number for entry in sweden.helplines] == ["116 111"]
    assert sweden.fallback == "eu-116111"
    # Denmark is in the list but does not claim the fallback: nothing is added.
    assert directory.help_for("DK").helplines == ()


@pytest.mark.parametrize("country", ["IT", "AT"])
def test_italy_and_austria_never_get_116_111_unless_the_data_says_so(tmp_path, country):
    text = directory_with(f"  - country: {country}\n    fallback: eu-116111\n", REGION)
    directory, findings = load_help_directory(write(tmp_path, text), today=CHECKED)
    assert codes(findings) == ["SG064"]
    assert directory.help_for(country).helplines == ()
    assert directory.help_for(country).fallback is None


def test_fallback_to_a_region_that_does_not_exist_is_an_error(tmp_path):
    text = directory_with("  - country: SE\n    fallback: nowhere\n", REGION)
    assert codes(load_help_directory(write(tmp_path, text), today=CHECKED)[1]) == ["SG064"]


def test_own_help_line_comes_before_the_region_number(tmp_path):
    countries = (f"  - country: SE\n    fallback: eu-116111\n    helplines:\n"
                 f"      -{ENTRY.format(number='020 123')}\n")
    directory, _ = load_help_directory(
        write(tmp_path, directory_with(countries, REGION)), today=CHECKED)
    assert [entry.number for entry in directory.help_for("SE").helplines] == ["020 123"]


@pytest.mark.parametrize("country", ["IT", "AT"])
def test_shipped_italy_and_austria_show_their_own_lines_not_116_111(shipped, country):
    directory, _ = shipped
    help_ = directory.help_for(country)
    assert help_.fallback is None
    assert "116 111" not in [entry.number for entry in help_.helplines]
    assert country not in directory.regions["eu-116111"].works_in


def test_country_not_in_the_directory_gets_the_always_true_advice_only(shipped):
    directory, _ = shipped
    help_ = directory.help_for("AQ")
    assert not help_.known
    assert help_.helplines == () and help_.emergency == () and help_.report == ()
    assert help_.advice == ALWAYS_TRUE_ADVICE
    # Take It Down works for under-18s anywhere, so every country gets it.
    assert [entry.url for entry in help_.takedown] == ["https://takeitdown.ncmec.org/"]


def test_help_for_never_raises_on_odd_input(shipped):
    directory, _ = shipped
    for code in ("", "g", "gb", None, 42):
        assert help_for(code, directory).advice == ALWAYS_TRUE_ADVICE
    assert help_for("gb", directory).code == "GB"


def test_only_lines_the_data_says_are_open_all_hours_are_marked_so(shipped):
    directory, _ = shipped
    france = directory.help_for("FR")
    hours = {entry.number: entry.open_all_hours for entry in france.helplines}
    assert hours == {"119": True, "3018": False}


BROKEN = {
    "yaml syntax": "countries: [\n",
    "binary": "\x00\x01\x02",
    "a list": "- GB\n- FR\n",
    "countries not a list": "countries: GB\n",
    "country not a mapping": "countries:\n  - GB\n",
    "entry not a mapping": "countries:\n  - country: GB\n    helplines: [hello]\n",
    "empty": "",
    "aliases": "a: &a [1]\ncountries: *a\n",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_directory_gives_findings_not_a_traceback(tmp_path, name):
    directory, findings = load_help_directory(write(tmp_path, BROKEN[name]), today=CHECKED)
    assert findings
    assert any(finding.is_error for finding in findings)
    assert directory.help_for("GB").advice == ALWAYS_TRUE_ADVICE


def test_missing_directory_or_a_folder_gives_a_finding(tmp_path):
    for path in (tmp_path / "nope.yaml", tmp_path):
        directory, findings = load_help_directory(path, today=CHECKED)
        assert codes(findings) == ["SG060"]
        assert directory.countries == {}


def test_codes_are_registered():
    for code in ("SG060", "SG061", "SG062", "SG063", "SG064", "SG065", "SG066", "SG067"):
        assert code in CODES


def test_default_path_is_the_shipped_file():
    assert default_path().parts[-2:] == ("help", "directory.yaml")
    assert default_path().is_file()
