"""The core and the headless commands never load Qt; read-only commands never load sqlite-utils.

Each check runs in a fresh interpreter, since this test process may already have imported
anything.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import core

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "shiboken6", "sqlite_utils")


def loaded_after(code: str) -> dict[str, bool]:
    """Run `code` in a new interpreter; which of the heavy modules did it load?"""
    probe = textwrap.dedent(code) + textwrap.dedent(
        f"""
        import json as _json, sys as _sys
        print(_json.dumps({{name: name in _sys.modules for name in {HEAVY!r}}}))
        """
    )
    env = {key: value for key, value in os.environ.items() if key != "RECOURS_DATA_DIR"}
    env["LANG"] = "en_GB.UTF-8"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, bool] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def run_main(data_dir: Path, *args: str) -> dict[str, bool]:
    argv = ["--data-dir", str(data_dir), *args]
    return loaded_after(
        f"""
        import contextlib, io, main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main.main({argv!r})
        assert code == 0, code
        """
    )


def test_importing_every_core_module_never_loads_qt() -> None:
    names = sorted(
        module.name for module in pkgutil.walk_packages(core.__path__, prefix=f"{core.__name__}.")
    )
    assert "core.cli.commands" in names and "core.dates" in names
    loaded = loaded_after(
        "import importlib\n" + "".join(f"importlib.import_module({name!r})\n" for name in names)
    )
    assert not loaded["PySide6"] and not loaded["shiboken6"]


def test_importing_main_loads_neither_qt_nor_sqlite_utils() -> None:
    loaded = loaded_after("import main, core.cli.commands")
    assert not any(loaded.values()), loaded


@pytest.fixture(scope="module")
def filled_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a case, an interaction, a promise and a file, schema up to date."""
    data_dir = tmp_path_factory.mktemp("no-qt") / "data"
    proof = data_dir.parent / "proof.txt"
    proof.write_text("proof", encoding="utf-8")
    for args in (
        ["new-case", "--title", "Réclamation", "--counterparty", "Orange"],
        ["log", "1", "--channel", "phone", "--summary", "Call", "--promise", "Refund"],
        ["attach", "1", str(proof)],
    ):
        loaded = run_main(data_dir, *args)
        assert not loaded["PySide6"], args
    return data_dir


@pytest.mark.parametrize(
    "args",
    [
        ["cases"],
        ["cases", "--json"],
        ["show", "1"],
        ["show", "1", "--json"],
        ["search", "reclam"],
        ["check"],
    ],
)
def test_read_only_commands_load_neither_qt_nor_sqlite_utils(
    filled_data_dir: Path, args: list[str]
) -> None:
    loaded = run_main(filled_data_dir, *args)
    assert not any(loaded.values()), loaded


@pytest.mark.parametrize(
    "args",
    [
        ["new-case", "--title", "T", "--counterparty", "C"],
        ["log", "1", "--channel", "email", "--summary", "Mail"],
        ["settle", "1", "--status", "kept"],
    ],
)
def test_writing_commands_never_load_qt(filled_data_dir: Path, args: list[str]) -> None:
    loaded = run_main(filled_data_dir, *args)
    assert not loaded["PySide6"] and not loaded["shiboken6"]
    assert loaded["sqlite_utils"]


def test_the_demo_command_never_loads_qt(tmp_path: Path) -> None:
    loaded = run_main(tmp_path / "data", "demo")
    assert not loaded["PySide6"] and not loaded["shiboken6"]
