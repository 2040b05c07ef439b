"""Archives and answers for the archive and backup tests: real `.recours` files made by
core.archive from a record of their own, and stand-ins for the file dialogs and questions."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.archive import export_cases
from core.cases import create_case
from core.database import Store
from core.datadir import prepare_data_dir
from core.evidence import attach_evidence


def archive_of_new_case(tmp_path: Path, title: str = "Boiler never repaired") -> Path:
    """An archive of one case, with one evidence file, written from another data folder."""
    elsewhere = prepare_data_dir(tmp_path / "elsewhere")
    quote = tmp_path / "quote.pdf"
    quote.write_bytes(b"%PDF-1.4 quote for the boiler repair")
    with Store.open(elsewhere) as store:
        case = create_case(store, title=title, counterparty="Engie")
        attach_evidence(store, case_id=case.id, source=quote)
        target = tmp_path / "boiler.recours"
        export_cases(store, destination=target, case_ids=[case.id])
    return target


def archive_of(data_dir: Path, target: Path) -> Path:
    """Every case of `data_dir`, exported by the core."""
    with Store.open(data_dir) as store:
        export_cases(store, destination=target, all_cases=True)
    return target


def with_member(archive: Path, name: str, data: bytes, target: Path) -> Path:
    """A copy of `archive` with one more member (e.g. "../evil")."""
    target.write_bytes(archive.read_bytes())
    with zipfile.ZipFile(target, "a") as edited:
        edited.writestr(name, data)
    return target


@dataclass
class Answers:
    """What the patched dialogs were asked, and what they answered."""

    questions: list[str] = field(default_factory=list)
    defaults: list[QMessageBox.StandardButton] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)
    save_suggestions: list[str] = field(default_factory=list)


def patch_dialogs(
    monkeypatch: pytest.MonkeyPatch,
    *,
    save_as: Path | None = None,
    open_file: Path | None = None,
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
) -> Answers:
    """File dialogs that choose the given paths, questions answered `answer`, message boxes
    read and closed: none of them waits for a click."""
    answers = Answers()

    def get_save(_parent: object, _title: str, suggested: str, *_rest: object) -> tuple[str, str]:
        answers.save_suggestions.append(suggested)
        return ("" if save_as is None else str(save_as)), ""

    def get_open(*_args: object) -> tuple[str, str]:
        return ("" if open_file is None else str(open_file)), ""

    def question(*args: object) -> QMessageBox.StandardButton:
        answers.questions.append(str(args[2]))
        if len(args) > 4:
            default = args[4]
            assert isinstance(default, QMessageBox.StandardButton)
            answers.defaults.append(default)
        return answer

    def exec_box(box: QMessageBox) -> int:
        answers.boxes.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    def information(*args: object) -> QMessageBox.StandardButton:
        answers.boxes.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return answers
