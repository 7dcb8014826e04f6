"""tosdiff.toml: defaults, validation errors that name file and key, header safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tosdiff.cli import app
from tosdiff.config import CONFIG_KEYS, NoticeConfig, load_config, parse_config
from tosdiff.errors import ConfigError
from tosdiff.examples import example_paths

EXAMPLE = Path(__file__).parent.parent / "examples" / "tosdiff.toml"


def test_defaults_without_config() -> None:
    config = load_config(None)
    assert config == NoticeConfig()
    assert config.profiles == ()  # no legal-minimum profile unless the config names one


def test_example_config_loads() -> None:
    config = load_config(EXAMPLE)
    assert config.product == "BESTSHARE Platform"
    assert config.profiles == ("eu-p2b",)
    assert config.source == str(EXAMPLE)


def test_notice_table_is_accepted() -> None:
    config = parse_config({"notice": {"company": "ACME Ltd"}})
    assert config.company == "ACME Ltd"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": "#fff"}, r"t\.toml: colour: unknown key"),
        ({"sender": "not an address"}, r"t\.toml: sender: not an email address"),
        ({"reply_to": "a@b"}, r"t\.toml: reply_to: not an email address"),
        ({"terms_url": "javascript:alert(1)"}, r"t\.toml: terms_url: must be an http\(s\) URL"),
        ({"brand_color": "red"}, r"t\.toml: brand_color: must look like #1f4e79"),
        ({"locale": "English"}, r"t\.toml: locale: must look like en"),
        ({"profiles": "eu-p2b"}, r"t\.toml: profiles: must be a list"),
        ({"profiles": ["us-ftc"]}, r"t\.toml: profiles: unknown profile 'us-ftc'"),
        ({"company": 3}, r"t\.toml: company: must be a string"),
        # a newline in a header value could inject headers ("Bcc:")
        ({"company": "ACME\nBcc: x@evil.test"}, r"t\.toml: company: newline not allowed"),
        ({"sender": "a@b.test\r\nBcc: x@evil.test"}, r"t\.toml: sender: newline not allowed"),
        ({"product": "App\n"}, r"t\.toml: product: newline not allowed"),
    ],
)
def test_invalid_values_name_file_and_key(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data, name="t.toml")


def test_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "tosdiff.toml"
    path.write_text('company = "unterminated\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"tosdiff\.toml: invalid TOML"):
        load_config(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


def test_every_key_is_in_the_example() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert [key for key in CONFIG_KEYS if f"{key} =" not in text] == []


def test_cli_config_error_is_one_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "tosdiff.toml"
    path.write_text('company = "ACME"\nreply_to = "nobody"\n', encoding="utf-8")
    old, new = example_paths()
    result = CliRunner().invoke(
        app, ["notice", str(old), str(new), "--out", str(tmp_path / "out"), "--config", str(path)]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"tosdiff: error: {path}: reply_to: not an email address: 'nobody'"
    ]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
