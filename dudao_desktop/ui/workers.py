"""Long work off the GUI thread, with a progress dialog that can cancel.

Usage (from any widget)::

    from dudao_desktop.ui.workers import run_with_progress

    task = run_with_progress(
        parent=self,
        work=lambda: integrity.verify(database),   # called IN THE WORKER THREAD
        title=self.tr("Verifying the database"),
        on_done=self.show_report,                  # called in the GUI thread with the result
        on_error=None,                             # default: ui.errors.show_error(parent, error)
    )

``work`` is a callable run in the worker thread. It may return

* a progress generator (``dudao_desktop.progress``): it yields ``(done, total, message)`` and
  returns its result; the dialog shows the progress and its *Cancel* button stops the work:
  the worker closes the generator at its next ``yield`` (GeneratorExit runs its cleanup and
  rolls its transaction back) and the task emits ``cancelled``;
* anything else: the plain result. Such work cannot stop half-way: after *Cancel* its
  result is dropped and the task emits ``cancelled``; pass ``cancellable=False`` where the
  work must not be abandoned (the dialog then has no Cancel button). Work that writes a
  file wraps its writer in ``progress.publish_when_done`` so a cancel leaves no file.

The returned :class:`ProgressTask` has signals ``progress(int, int, str)``, ``finished(object)``
(the result), ``failed(object)`` (the exception) and ``cancelled()``, all delivered to the GUI
thread. Widgets are never touched from the worker. Pass ``dialog=False`` for no dialog
(tests, background refreshes); ``cancellable=False`` for work that cannot stop half-way.
Every task emits ``done()`` last, whatever the outcome. The task starts at once, so in tests
collect results through ``on_done``/``on_error``/``on_cancel`` (connected before the start)
and wait with ``qtbot.waitUntil(...)`` rather than ``waitSignal`` (which could miss it).
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

# Tasks alive until they finish (the pool does not own the QObject that carries the signals).
_running: set[ProgressTask] = set()


class ProgressTask(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the worker to stop at the generator's next ``yield`` (any thread)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """Runs in the worker thread: only emits signals."""
        try:
            result = self._work()
            if inspect.isgenerator(result):
                result = self._drive(result)
            if self._cancel.is_set():  # a plain result that arrives after Cancel is dropped
                self._emit(self.cancelled)
                return
            self.result = result
            self._emit(self.finished, result)
        except Exception as error:  # delivered to the GUI thread
            log.exception("Background task failed")
            self.error = error
            self._emit(self.failed, error)
        finally:
            self._emit(self.done)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving side is gone (window closed while working)
            log.warning("Background task finished after its window was closed")

    def _drive(self, generator) -> Any:
        while True:
            if self._cancel.is_set():
                generator.close()
                return None
            try:
                done, total, message = next(generator)
            except StopIteration as stop:
                return stop.value
            self._emit(self.progress, int(done), int(total), str(message))


class _Runnable(QRunnable):
    def __init__(self, task: ProgressTask) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


def start(task: ProgressTask, pool: QThreadPool | None = None) -> ProgressTask:
    """Run ``task`` in the global thread pool (no dialog)."""
    _running.add(task)
    task.done.connect(lambda: _running.discard(task), Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def run_with_progress(
    parent: QWidget | None,
    work: Callable[[], Any],
    title: str,
    on_done: Callable[[Any], Any] | None = None,
    on_error: Callable[[BaseException], Any] | None = None,
    on_cancel: Callable[[], Any] | None = None,
    dialog: bool = True,
    cancellable: bool = True,
) -> ProgressTask:
    """Run ``work`` in ``QThreadPool`` with a progress dialog; see the module docstring."""
    task = ProgressTask(work)
    box: QProgressDialog | None = None
    if dialog:
        box = QProgressDialog(title, "", 0, 0, parent)
        box.setWindowTitle(title)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(200)
        box.setAutoClose(False)
        box.setAutoReset(False)
        if cancellable:
            box.setCancelButtonText(QCoreApplication.translate("Workers", "Cancel"))
            box.canceled.connect(task.cancel)
        else:
            box.setCancelButton(None)

        def show_progress(done: int, total: int, message: str) -> None:
            if box.wasCanceled():
                return
            box.setMaximum(max(total, 0))
            box.setValue(min(done, total) if total > 0 else 0)
            if message:
                box.setLabelText(f"{title}\n{message}")

        task.progress.connect(show_progress)
        task.done.connect(box.close)
        task.done.connect(box.deleteLater)
        box.setValue(0)

    def failed(error: BaseException) -> None:
        if on_error is not None:
            on_error(error)
        else:
            from .errors import show_error

            show_error(parent, error)

    if on_done is not None:
        task.finished.connect(on_done)
    task.failed.connect(failed)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    return start(task)
