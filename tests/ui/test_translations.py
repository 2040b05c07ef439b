"""The French interface: a catalogue that covers every text of the code, translated in full,
compiled, and actually shown in the window."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.database import Store
from core.demo import create_demo_case
from core.letters.kinds import LetterKind
from core.model import Language
from ui.settings import InterfaceLanguage, Preferences, save_preferences
from ui.startup import DesktopSession
from ui.translation import install_translators, translations_dir

from .conftest import StartSession
from .helpers import click_row

PROJECT = Path(__file__).resolve().parents[2]
CATALOGUE = translations_dir() / "recours_fr.ts"
COMPILED = translations_dir() / "recours_fr.qm"
REGENERATE = "regenerate it as resources/translations/README.md says"

Messages = dict[tuple[str, str], ET.Element]


def qt_tool(name: str) -> str:
    found = shutil.which(name)
    assert found is not None, f"{name} comes with PySide6"
    return found


def messages(catalogue: Path) -> Messages:
    found: Messages = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def french() -> dict[str, str]:
    """Each English text of the interface with its French translation."""
    return {
        source: message.findtext("translation", "")
        for (_, source), message in messages(CATALOGUE).items()
    }


def test_the_catalogue_holds_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "recours_fr.ts"
    code = str(PROJECT / "ui")
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-extensions",
            "py",
            code,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_code, in_catalogue = set(messages(fresh)), set(messages(CATALOGUE))
    assert not in_code - in_catalogue, f"texts missing from the catalogue: {REGENERATE}"
    assert not in_catalogue - in_code, f"texts no longer in the code: {REGENERATE}"


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}")
_MNEMONIC = re.compile(r"&(?=[^&\s])")
_UNSPACED_MARK = re.compile(r"[^\u00a0\u202f ][:;!?»]|«[^\u00a0]| [:;!?»]")
_NOT_PUNCTUATION = re.compile(r"\d:\d|;;|://")


def _mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def test_every_text_has_a_french_translation_that_keeps_its_placeholders() -> None:
    problems = []
    for (context, source), message in messages(CATALOGUE).items():
        translation = message.find("translation")
        text = "" if translation is None else translation.text or ""
        if translation is None or translation.get("type") or not text:
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {text!r} does not keep the placeholders of {source!r}")
        elif _mnemonics(source) != _mnemonics(text):
            problems.append(f"{context}: {text!r} does not keep the shortcut letter of {source!r}")
    assert not problems, "\n".join(problems)


def test_the_french_follows_french_typography() -> None:
    problems = []
    for source, text in french().items():
        letters = _NOT_PUNCTUATION.sub("", _PLACEHOLDER.sub("x", text))
        if "'" in text:
            problems.append(f"{text!r}: a straight apostrophe")
        if '"' in text and '"' not in source:
            problems.append(f"{text!r}: English quotation marks")
        if _UNSPACED_MARK.search(letters):
            problems.append(f"{text!r}: no unbreakable space at : ; ! ? « »")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_is_the_one_the_texts_give(tmp_path: Path) -> None:
    compiled = tmp_path / "recours_fr.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert COMPILED.read_bytes() == compiled.read_bytes(), f"recours_fr.qm is stale: {REGENERATE}"


@pytest.fixture
def french_interface(tmp_path: Path, qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app's own translators installed as at start with French chosen; undone after."""
    before = QLocale()
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    save_preferences(settings, Preferences(interface_language=InterfaceLanguage.FR))
    installed = install_translators(qapp, settings)
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def _english_left(texts: list[str]) -> list[str]:
    """The texts shown that read as an English source with words of its own, its placeholders
    filled, whose French translation differs."""
    patterns = [
        re.compile(".+".join(re.escape(piece) for piece in _PLACEHOLDER.split(source)))
        for source, text in french().items()
        if source != text and any(char.isalpha() for char in _PLACEHOLDER.sub("", source))
    ]
    return [text for text in texts if any(pattern.fullmatch(text) for pattern in patterns)]


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        submenu = action.menu()
        texts += _menu_texts(submenu) if isinstance(submenu, QMenu) else [action.text()]
    return texts


def _sections(actions: list[QAction]) -> list[list[QAction]]:
    """The groups of entries between a menu's separators."""
    sections: list[list[QAction]] = [[]]
    for action in actions:
        if action.isSeparator():
            sections.append([])
        elif action.isVisible():
            sections[-1].append(action)
    return sections


def _clashing_mnemonics(actions: list[QAction]) -> list[str]:
    """Entries of one group (the menu bar, a section of a menu) that share their shortcut
    letter, looking into every menu under them."""
    clashes = []
    for section in _sections(actions):
        by_letter: dict[str, list[str]] = {}
        for action in section:
            text = action.text()
            found = _MNEMONIC.search(text.replace("&&", "  "))
            if found:
                by_letter.setdefault(text[found.end()].casefold(), []).append(text)
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                clashes += _clashing_mnemonics(submenu.actions())
        clashes += [" / ".join(texts) for texts in by_letter.values() if len(texts) > 1]
    return clashes


def test_the_window_speaks_french_when_french_is_chosen(
    french_interface: list[QTranslator],
    start_session: StartSession,
    data_dir: Path,
    qtbot: QtBot,
) -> None:
    assert len(french_interface) == 2
    with Store.open(data_dir) as store:
        create_demo_case(store, lang=Language.FR)
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    window = session.window
    click_row(qtbot, window.case_list, 0)
    tabs = window.case_detail.tabs

    menus = [
        text
        for action in window.menuBar().actions()
        if isinstance(action.menu(), QMenu)
        for text in _menu_texts(action.menu())
    ]
    tab_titles = [tabs.tabText(index) for index in range(tabs.count())]
    model = window.case_list.model()
    headers = [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
    ]
    shown = [*menus, *tab_titles, *headers]
    assert _clashing_mnemonics(window.menuBar().actions()) == []
    assert _english_left(shown) == []
    assert "Fichier" in [text.replace("&", "") for text in menus]
    assert tab_titles[0].startswith("Chronologie")

    box = QMessageBox(QMessageBox.Icon.Question, "Recours", "?", QMessageBox.StandardButton.Cancel)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert isinstance(cancel, QPushButton)
    assert cancel.text().replace("&", "") == "Annuler"


def _shown_texts(top: QWidget) -> list[str]:
    """The words a person sees in a window: its title, labels, buttons, tabs, group titles."""
    texts = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
    return [text for text in texts if text]


def _clashing_widget_mnemonics(top: QWidget) -> list[str]:
    """Visible labels and buttons of one window that share their shortcut letter."""
    by_letter: dict[str, list[str]] = {}
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        text = widget.text()
        found = _MNEMONIC.search(text.replace("&&", "  "))
        if found and widget.isVisibleTo(top):
            by_letter.setdefault(text[found.end()].casefold(), []).append(text)
    return [" / ".join(texts) for texts in by_letter.values() if len(texts) > 1]


def _open_dialogs(session: DesktopSession) -> dict[str, QWidget]:
    window = session.window
    detail = window.case_detail
    window.case_actions.edit_action.trigger()
    detail.timeline.log_action.trigger()
    detail.promises.add_action.trigger()
    detail.money.add_action.trigger()
    window.preferences_action.trigger()
    dialogs = {
        "case": window.case_actions.editor,
        "interaction": detail.timeline.dialog,
        "promise": detail.promises.dialog,
        "amount": detail.money.dialog,
        "preferences": window.preferences_dialog,
        "letter": detail.letters.write_letter(LetterKind.FORMAL_NOTICE),
    }
    return {name: dialog for name, dialog in dialogs.items() if dialog is not None}


def test_the_dialogs_speak_french_with_a_shortcut_letter_each(
    french_interface: list[QTranslator],
    start_session: StartSession,
    data_dir: Path,
    qtbot: QtBot,
) -> None:
    with Store.open(data_dir) as store:
        create_demo_case(store, lang=Language.FR)
    session = start_session(data_dir)
    qtbot.waitUntil(lambda: session.store is not None and session.window.has_cases())
    click_row(qtbot, session.window.case_list, 0)

    dialogs = _open_dialogs(session)

    assert sorted(dialogs) == ["amount", "case", "interaction", "letter", "preferences", "promise"]
    for name, dialog in dialogs.items():
        assert _english_left(_shown_texts(dialog)) == [], name
        assert _clashing_widget_mnemonics(dialog) == [], name
        dialog.close()


_TEXT_SETTERS = frozenset(
    {
        "QAction",
        "QCheckBox",
        "QGroupBox",
        "QLabel",
        "QPushButton",
        "QRadioButton",
        "QToolButton",
        "addAction",
        "addMenu",
        "addRow",
        "addTab",
        "information",
        "question",
        "setAccessibleName",
        "setIconText",
        "setInformativeText",
        "setPlaceholderText",
        "setStatusTip",
        "setTabText",
        "setText",
        "setTitle",
        "setToolTip",
        "setWhatsThis",
        "setWindowTitle",
        "showMessage",
        "warning",
    }
)


_MARKUP = re.compile(r"</?[a-z0-9]+/?>")


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _literal_words(node: ast.expr) -> bool:
    """Whether the argument is a text written in the code, not passed through translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(char.isalpha() for char in _MARKUP.sub("", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(part) for part in node.values)
    return False


def test_no_text_reaches_the_screen_without_passing_through_translation() -> None:
    untranslated = []
    for path in sorted((PROJECT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node) in _TEXT_SETTERS:
                untranslated += [
                    f"{path.relative_to(PROJECT)}:{node.lineno}"
                    for argument in node.args
                    if _literal_words(argument)
                ]
    assert untranslated == []


def test_no_translation_is_asked_for_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a `tr()` there is never translated."""
    hidden = []
    for path in sorted((PROJECT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.relative_to(PROJECT)}:{inner.lineno}"
                    for inner in ast.walk(node)
                    if isinstance(inner, ast.Call) and _called_name(inner) in {"tr", "translate"}
                ]
    assert hidden == []
