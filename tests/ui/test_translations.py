"""The French interface: a catalogue that covers every text of the code, translated in full,
compiled, and actually shown in the window."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core.database import Store
from core.demo import create_demo_case
from core.letters.kinds import LetterKind
from core.model import Language
from ui.shell.startup import DesktopSession
from ui.translation import translations_dir

from .conftest import StartSession
from .helpers import (
    CATALOGUE,
    MNEMONIC,
    PLACEHOLDER,
    catalogue_messages,
    clashing_widget_mnemonics,
    click_row,
    english_left,
    french_translations,
    mnemonic_letter,
    shown_texts,
)

PROJECT = Path(__file__).resolve().parents[2]
COMPILED = translations_dir() / "recours_fr.qm"
REGENERATE = "regenerate it as resources/translations/README.md says"


def qt_tool(name: str) -> str:
    found = shutil.which(name)
    assert found is not None, f"{name} comes with PySide6"
    return found


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
    in_code, in_catalogue = set(catalogue_messages(fresh)), set(catalogue_messages(CATALOGUE))
    assert not in_code - in_catalogue, f"texts missing from the catalogue: {REGENERATE}"
    assert not in_catalogue - in_code, f"texts no longer in the code: {REGENERATE}"


_UNSPACED_MARK = re.compile(r"[^\u00a0\u202f ][:;!?»]|«[^\u00a0]| [:;!?»]")
_NOT_PUNCTUATION = re.compile(r"\d:\d|;;|://")


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def test_every_text_has_a_french_translation_that_keeps_its_placeholders() -> None:
    problems = []
    for (context, source), message in catalogue_messages(CATALOGUE).items():
        translation = message.find("translation")
        text = "" if translation is None else translation.text or ""
        if translation is None or translation.get("type") or not text:
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {text!r} does not keep the placeholders of {source!r}")
        elif _mnemonics(source) != _mnemonics(text):
            problems.append(f"{context}: {text!r} does not keep the shortcut letter of {source!r}")
    assert not problems, "\n".join(problems)


def test_the_french_follows_french_typography() -> None:
    problems = []
    for source, text in french_translations().items():
        letters = _NOT_PUNCTUATION.sub("", PLACEHOLDER.sub("x", text))
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
            letter = mnemonic_letter(text)
            if letter is not None:
                by_letter.setdefault(letter, []).append(text)
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
    assert english_left(shown) == []
    assert "Fichier" in [text.replace("&", "") for text in menus]
    assert tab_titles[0].startswith("Chronologie")

    box = QMessageBox(QMessageBox.Icon.Question, "Recours", "?", QMessageBox.StandardButton.Cancel)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert isinstance(cancel, QPushButton)
    assert cancel.text().replace("&", "") == "Annuler"


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
        assert english_left(shown_texts(dialog)) == [], name
        assert clashing_widget_mnemonics(dialog) == [], name
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
        "addItem",
        "addMenu",
        "addRow",
        "addTab",
        "critical",
        "information",
        "insertItem",
        "question",
        "setAccessibleName",
        "setHtml",
        "setIconText",
        "setInformativeText",
        "setItemText",
        "setLabelText",
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
LANGUAGE_NAMES_WRITTEN_IN_THEIR_OWN_LANGUAGE = frozenset({"Français", "English"})


_MARKUP = re.compile(r"</?[a-z0-9]+/?>")


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _literal_words(node: ast.expr) -> bool:
    """Whether the argument is a text written in the code, not passed through translation:
    a string, an f-string, or a sum of texts with a string in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value in LANGUAGE_NAMES_WRITTEN_IN_THEIR_OWN_LANGUAGE:
            return False
        return any(char.isalpha() for char in _MARKUP.sub("", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    return False


def untranslated_lines(source: str) -> list[int]:
    """The lines of `source` that give a widget a text of their own, not a translated one."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and _called_name(node) in _TEXT_SETTERS
        and any(
            _literal_words(argument)
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]
        )
    ]


def test_the_guard_finds_texts_given_by_keyword_summed_or_to_any_setter() -> None:
    source = """
QLabel(text="Refund")
label.setText("Due " + day)
label.setText(day + " left")
combo.addItem("Other")
combo.insertItem(0, "None")
combo.setItemText(1, "Kept")
QMessageBox.critical(None, "Recours", "Failed")
progress.setLabelText("Copying %s" % name)
view.setHtml("<p>Nothing yet</p>")
language.addItem("Français", InterfaceLanguage.FR)
label.setText(self.tr("Due ") + day)
view.setHtml("<p></p>")
"""
    assert untranslated_lines(source) == list(range(2, 11))


def test_no_text_reaches_the_screen_without_passing_through_translation() -> None:
    untranslated = [
        f"{path.relative_to(PROJECT)}:{line}"
        for path in sorted((PROJECT / "ui").rglob("*.py"))
        for line in untranslated_lines(path.read_text(encoding="utf-8"))
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
