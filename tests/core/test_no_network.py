"""Recours opens no network connection, ever.

Two proofs. At run time: a separate process replaces every way Python reaches the network
(connect, create_connection, getaddrinfo, sendto...) with a trap that records the attempt,
then imports every module of core and ui (Qt offscreen) and runs every command of the
command line on a real record. Statically: no module imports a network library, Python's
or Qt's.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Final

REPO: Final = Path(__file__).resolve().parents[2]
FORBIDDEN_IMPORTS: Final = frozenset(
    {
        "socket",
        "ssl",
        "urllib.request",
        "urllib3",
        "http.client",
        "http.server",
        "requests",
        "httpx",
        "aiohttp",
        "ftplib",
        "smtplib",
        "imaplib",
        "poplib",
        "xmlrpc.client",
        "PySide6.QtNetwork",
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtWebSockets",
    }
)

TRAPPED = textwrap.dedent(
    """
    import importlib, json, os, pkgutil, socket, sys
    from pathlib import Path

    attempts = []

    def trap(name):
        def refuse(*args, **kwargs):
            attempts.append([name, repr(args)[:200]])
            raise OSError(f"Recours must not use the network ({name})")
        return refuse

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, name, trap(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, name, trap(name))

    try:
        probe = socket.create_connection(("example.org", 80), timeout=1)
    except OSError:
        pass
    assert attempts, "the trap itself must work"
    attempts.clear()

    imported = []
    for package in ("core", "ui"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
            importlib.import_module(info.name)
            imported.append(info.name)

    from core import cli
    from core.cli.parser import build_parser

    data, work = Path(sys.argv[1]), Path(sys.argv[2])
    invoice = work / "facture.pdf"
    invoice.write_bytes(b"%PDF-1.4 facture")
    runs = [
        ["demo", "--lang", "fr"],
        ["cases"],
        ["show", "1"],
        ["show", "1", "--json"],
        ["new-case", "--title", "Box", "--counterparty", "FAI"],
        ["log", "2", "--channel", "phone", "--summary", "Appel", "--promise", "Rappel"],
        ["settle", "1", "--status", "kept"],
        ["attach", "2", str(invoice)],
        ["search", "facture"],
        ["check"],
        ["due", "--all"],
        ["letter", "1", "--kind", "complaint", "-o", str(work / "lettre.pdf"), "--record"],
        ["export", "1", "-o", str(work / "dossier.recours")],
        ["import-case", str(work / "dossier.recours")],
        ["backup"],
        ["backup", "--list"],
        ["restore"],
    ]
    subcommands = build_parser()._subparsers._group_actions[0].choices
    covered = {run[0] for run in runs}
    runs += [[name, "--help"] for name in subcommands if name not in covered | {"gui"}]
    codes = {}
    for argv in runs:
        codes[" ".join(argv)] = cli.run(["--data-dir", str(data), *argv], start_gui=None)
    print(json.dumps({"attempts": attempts, "imported": imported, "codes": codes}))
    """
)


def test_nothing_reaches_for_the_network_at_run_time(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_GB.UTF-8")
    env.pop("LC_ALL", None)
    result = subprocess.run(
        [sys.executable, "-c", TRAPPED, str(tmp_path / "data"), str(work)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert {"core.backups.restore", "ui.shell.app", "ui.shell.main_window"} <= set(
        report["imported"]
    )
    failed = {argv: code for argv, code in report["codes"].items() if code != 0}
    assert failed == {}, result.stderr


def network_imports(source: str) -> set[str]:
    """The network modules a Python source file imports (an import of a parent package
    names its network submodules too: `from urllib import request`)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {name for name in names if name in FORBIDDEN_IMPORTS}
    return found


def test_the_import_check_sees_every_spelling() -> None:
    source = (
        "import socket\nfrom urllib import request\nimport http.client as h\n"
        "from PySide6.QtNetwork import QNetworkAccessManager\nfrom PySide6 import QtNetwork\n"
        "from urllib.parse import quote\nimport json\n"
    )
    assert network_imports(source) == {
        "socket",
        "urllib.request",
        "http.client",
        "PySide6.QtNetwork",
    }


def test_no_module_imports_a_network_library() -> None:
    sources = [REPO / "main.py", *(REPO / "core").rglob("*.py"), *(REPO / "ui").rglob("*.py")]
    offenders = {
        str(path.relative_to(REPO)): sorted(found)
        for path in sources
        if (found := network_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
