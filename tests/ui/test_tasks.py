"""Long work in the background: progress reaches the main thread in order, Cancel stops it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core.errors import OperationCancelled
from ui.tasks import PROGRESS_STEPS, TaskControl, TaskProgress, show_progress, start_task


def test_progress_arrives_on_the_main_thread_before_the_result(qtbot: QtBot) -> None:
    owner = QObject()
    seen: list[tuple[str, object, bool]] = []

    def on_main() -> bool:
        return QThread.currentThread() is QApplication.instance().thread()

    def work(control: TaskControl) -> str:
        for done in range(0, 1_000_001, 500):
            control.report(done, 1_000_000, "Counting")
        return "done"

    handle = start_task(
        work,
        on_success=lambda result: seen.append(("result", result, on_main())),
        on_failure=lambda error: seen.append(("failure", error, on_main())),
        parent=owner,
    )
    handle.progressed.connect(lambda progress: seen.append(("progress", progress, on_main())))
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass

    progress = [value for kind, value, _ in seen if kind == "progress"]
    assert seen[-1] == ("result", "done", True)
    assert all(main for _kind, _value, main in seen)
    assert isinstance(progress[-1], TaskProgress)
    assert progress[-1].steps() == PROGRESS_STEPS
    assert len(progress) == 101
    assert [item.steps() for item in progress] == sorted(item.steps() for item in progress)


def test_cancel_stops_the_work_and_reports_it(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()
    failures: list[BaseException] = []

    def work(control: TaskControl) -> None:
        control.report(1, 100, "Waiting for Cancel")
        started.set()
        for _wait in range(2000):
            control.stop_if_cancelled()
            QThread.msleep(5)

    handle = start_task(
        work, on_success=lambda _result: None, on_failure=failures.append, parent=window
    )
    dialog = show_progress(handle, title="Working", parent=window)
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.labelText() == "Waiting for Cancel"
    [cancel] = dialog.findChildren(QPushButton)

    with qtbot.waitSignal(handle.finished, timeout=5000):
        cancel.click()

    [error] = failures
    assert isinstance(error, OperationCancelled)
    assert not dialog.isVisible()


def test_quitting_the_app_cancels_long_work(qtbot: QtBot) -> None:
    owner = QObject()
    started = threading.Event()
    failures: list[BaseException] = []

    def work(control: TaskControl) -> None:
        started.set()
        for _wait in range(2000):
            control.stop_if_cancelled()
            QThread.msleep(5)

    handle = start_task(
        work, on_success=lambda _result: None, on_failure=failures.append, parent=owner
    )
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        QApplication.instance().aboutToQuit.emit()

    [error] = failures
    assert isinstance(error, OperationCancelled)
