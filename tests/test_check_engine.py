"""The rule engine: selection, configuration, inline suppression, exit status."""

import argmap
from argmap.check import Config, load_config
from argmap.diagnostics import Severity
from argmap.rules import load_all, rules_markdown

TEXT = 'claim C1 by v: "x"\ninfer I1 by v: C9 => C1\nvoice w "W"\n'


def found(text=TEXT, **kw):
    return [d.code for d in argmap.check(argmap.parse(text, "m.argmap"), **kw)]


def test_select_and_ignore_by_prefix_and_code():
    assert "AM101" in found(select=["AM1"])
    assert found(select=["AM105"]) == ["AM105"]
    assert "AM101" not in found(select=["AM1"], ignore=["AM101"])
    assert found(select=["AM9"]) == []


def test_longer_prefix_wins():
    config = Config(select=("AM101",), ignore=("AM1",))
    assert config.enabled("AM101") and not config.enabled("AM102")
    config = Config(ignore=("AM10",))
    assert not config.enabled("AM101") and config.enabled("AM110")


def test_noqa_suppresses_on_its_line():
    head = 'source s "S"\nvoice v "V" in s\nclaim C1 by v: "x"\n'
    text = head + 'infer I1 by v: C9 => C1  # noqa: AM101\nvoice w "W"  # noqa\n'
    assert found(text, select=["AM1"]) == []
    text = head + 'infer I1 by v: C9 => C1  # noqa: AM105\n'
    assert found(text, select=["AM1"]) == ["AM101"]


def test_noqa_codes_may_be_followed_by_a_reason():
    # The reason was read as part of the code list ("AM101 ONE WITNESS"), so nothing was silenced.
    head = 'source s "S"\nvoice v "V" in s\nclaim C1 by v: "x"\n'
    assert found(head + 'infer I1 by v: C9 => C1  # noqa: AM101 the text never says\n', select=["AM1"]) == []
    assert found(head + 'infer I1 by v: C9 => C1  # noqa: AM105, AM101 as written\n', select=["AM1"]) == []
    assert found(head + 'infer I1 by v: C9 => C1  # noqa: AM105 AM101\n', select=["AM1"]) == []
    assert found(head + 'infer I1 by v: C9 => C1  # noqa: AM105 because\n', select=["AM1"]) == ["AM101"]


def test_noqa_after_a_multi_line_text_counts_for_the_element():
    # The finding is on the statement's first line; the comment can only follow the closing quotes.
    text = ('source s "S"\nvoice v "V" in s\nclaim T1 by v: """A thesis\n  on two lines."""  # noqa: AM203\n'
            '  thesis\nclaim T2 by v: """Another\n  one."""\n  thesis\n')
    report = argmap.check(argmap.parse(text, "m.argmap"), select=["AM203"])
    assert [(d.code, d.data["claim"]) for d in report] == [("AM203", "T2")]


def test_pyproject_configuration(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.argmap]\nignore = ["AM105"]\n[tool.argmap.severity]\nAM101 = "info"\n', encoding="utf-8")
    config = load_config(tmp_path / "pyproject.toml")
    report = argmap.check(argmap.parse(TEXT, "m.argmap"), config=config, select=["AM1"])
    assert {(d.code, d.severity) for d in report} == {("AM101", Severity.INFO)}
    assert report.exit_code == 0


def test_exit_code():
    assert argmap.check(argmap.parse('voice v "V" in s\nsource s "S"\n')).exit_code == 0
    assert argmap.check(argmap.parse(TEXT)).exit_code == 1


def test_every_rule_is_documented_and_docs_are_current():
    rules = load_all()
    assert all(r.what and r.why and r.example and r.fix for r in rules.values())
    with open("docs/rules.md", encoding="utf-8") as f:
        assert f.read() == rules_markdown(), "run: argmap rules --markdown > docs/rules.md"


def test_severity_that_is_not_a_table_is_a_config_error(tmp_path):
    import pytest

    from argmap.check import ConfigError

    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\nseverity = "info"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="severity must be a table"):
        load_config(tmp_path / "pyproject.toml")


def test_misspelt_setting_is_a_config_error(tmp_path):
    import pytest

    from argmap.check import ConfigError

    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\nignor = ["AM105"]\npreferred-cutoff = 5\n',
                                             encoding="utf-8")
    with pytest.raises(ConfigError, match="no setting ignor"):
        load_config(tmp_path / "pyproject.toml")
    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\npreferred-cutoff = 5\n', encoding="utf-8")
    assert load_config(tmp_path / "pyproject.toml").options == {"preferred-cutoff": 5}
