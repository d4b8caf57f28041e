"""Undo and redo of the analyst's verdicts (Edit > Undo, Ctrl+Z).

A verdict replaces whatever the figure's curation was, so without undo one
slip of the mouse loses a correction typed with care. Each verdict is a
`QUndoCommand` that holds the curation row it replaced
(`Store.curation_record`); undoing writes that row back. Qt's `QUndoStack`
keeps the history, the index and the enabled state of the menu entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from cds_desktop.store.curation import CurationRecord
from cds_desktop.store.db import StoreError
from cds_desktop.store.queries import Store

translate = QCoreApplication.translate


class Verdict(Protocol):
    """What the dialog decided (`curation.CurationRequest`)."""

    @property
    def observation_id(self) -> int: ...
    @property
    def action(self) -> str: ...
    def apply(self, store: Store) -> None: ...


def verdict_text(action: str, raw: str) -> str:
    """How the Edit menu names a verdict: `Undo Reject "12,5%"`."""
    verbs = {
        "confirm": translate("Undo", "Confirm"),
        "reject": translate("Undo", "Reject"),
        "correct": translate("Undo", "Correct"),
    }
    return f"{verbs.get(action, action)} “{raw}”"


class VerdictCommand(QUndoCommand):
    """One verdict in the history. It is pushed after the verdict is stored (a
    refused verdict never enters the history), so the first `redo`, which
    `QUndoStack.push` runs, has nothing left to do."""

    def __init__(
        self,
        store: Store,
        verdict: Verdict,
        replaced: CurationRecord | None,
        raw: str,
        settled: Callable[[int], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._store = store
        self.verdict = verdict
        self.replaced = replaced
        self.raw = raw
        self._settled = settled
        self._failed = failed
        self._stored = True
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(verdict_text(self.verdict.action, self.raw))

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        self._write(lambda: self.verdict.apply(self._store))

    def undo(self) -> None:
        observation_id = self.verdict.observation_id
        self._write(lambda: self._store.restore_curation(observation_id, self.replaced))

    def _write(self, write: Callable[[], None]) -> None:
        # Raising here would only print: Qt calls undo() and redo() from C++.
        try:
            write()
        except StoreError as error:
            self._failed(str(error))
            return
        self._settled(self.verdict.observation_id)


class HistoryActions(QObject):
    """Edit > Undo and Redo over a `QUndoStack`, named after the verdict they
    take back (`Undo Reject “12,5%”`) in the current language.

    A child of the stack, and fed only by the stack's signals' arguments: the
    stack's destructor clears it and signals once more, and by then the window
    around it is half gone, so nothing here may reach back into the window.
    """

    def __init__(self, history: QUndoStack) -> None:
        super().__init__(history)
        self.history = history
        self.undo = QAction(self)
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo.triggered.connect(history.undo)
        self.redo = QAction(self)
        self.redo.setObjectName("actionRedo")
        self.redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo.triggered.connect(history.redo)
        self._undo_text = ""
        self._redo_text = ""
        history.undoTextChanged.connect(self._undo_text_changed)
        history.redoTextChanged.connect(self._redo_text_changed)
        self._name()

    def retranslate(self) -> None:
        """After a language switch: every command's text, then the entries."""
        for i in range(self.history.count()):
            command = self.history.command(i)
            if isinstance(command, VerdictCommand):
                command.retranslate()
        self._undo_text = self.history.undoText()
        self._redo_text = self.history.redoText()
        self._name()

    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self._name()

    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self._name()

    def _name(self) -> None:
        # An empty text is what the stack reports when there is nothing to undo.
        self.undo.setEnabled(bool(self._undo_text))
        self.undo.setText(
            translate("Undo", "&Undo {what}").format(what=self._undo_text)
            if self._undo_text
            else translate("Undo", "&Undo")
        )
        self.redo.setEnabled(bool(self._redo_text))
        self.redo.setText(
            translate("Undo", "&Redo {what}").format(what=self._redo_text)
            if self._redo_text
            else translate("Undo", "&Redo")
        )
