"""The analyst's commands as QActions: one menu entry and one shortcut each.

The window owns the actions (so shortcuts work wherever the focus is), puts
them in its menus and connects `triggered` to its own slots; this module only
says what each command is called, which key runs it and what it is named for
tests and accessibility tools. Shortcuts use Qt's standard keys where one
exists, so they follow the platform's conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Command:
    name: str  # objectName of the action: `action<Name>`
    keys: tuple[QKeySequence.StandardKey | str, ...]


COMMANDS = (
    Command("Import", (QKeySequence.StandardKey.Open,)),
    Command("ExportSeries", ("Ctrl+E",)),
    Command("ExportChart", ("Ctrl+Shift+E",)),
    Command("CopyCitation", ("Ctrl+Shift+C",)),
    Command("Find", (QKeySequence.StandardKey.Find,)),
    Command("FindNext", ("F3",)),
    Command("FindPrevious", ("Shift+F3",)),
    Command("ConfirmFigure", ("Ctrl+K",)),
    Command("RejectFigure", ("Ctrl+Shift+K",)),
    Command("CorrectFigure", ("F2",)),
    Command("ShowSearchResults", ("Ctrl+Shift+F",)),
    Command("ShowFigures", ("Ctrl+Shift+T",)),
    Command("FocusTimeline", ("Alt+1",)),
    Command("FocusIndicators", ("Alt+2",)),
    Command("FocusChart", ("Alt+3",)),
    Command("FocusFigures", ("Alt+4",)),
    Command("FocusLeftViewer", ("Alt+5",)),
    Command("FocusRightViewer", ("Alt+6",)),
)


def _texts() -> dict[str, str]:
    return {
        "Import": translate("Actions", "&Import articles…"),
        "ExportSeries": translate("Actions", "Export series as &CSV…"),
        "ExportChart": translate("Actions", "Export chart as &PNG…"),
        "CopyCitation": translate("Actions", "Copy ci&tation of the figure"),
        "Find": translate("Actions", "&Find in articles"),
        "FindNext": translate("Actions", "&Next search result"),
        "FindPrevious": translate("Actions", "&Previous search result"),
        "ConfirmFigure": translate("Actions", "&Confirm figure…"),
        "RejectFigure": translate("Actions", "&Reject figure…"),
        "CorrectFigure": translate("Actions", "C&orrect figure…"),
        "ShowSearchResults": translate("Actions", "&Search results"),
        "ShowFigures": translate("Actions", "Figures &table"),
        "FocusTimeline": translate("Actions", "Go to &timeline"),
        "FocusIndicators": translate("Actions", "Go to &indicators"),
        "FocusChart": translate("Actions", "Go to c&hart"),
        "FocusFigures": translate("Actions", "Go to &figures table"),
        "FocusLeftViewer": translate("Actions", "Go to &left article"),
        "FocusRightViewer": translate("Actions", "Go to &right article"),
    }


class WorkflowActions(QObject):
    """Creates the actions on `parent` (the window); `retranslate` after a switch."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for command in COMMANDS:
            action = QAction(parent)
            action.setObjectName(f"action{command.name}")
            action.setShortcuts([QKeySequence(key) for key in command.keys])
            self.actions[command.name] = action
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def retranslate(self) -> None:
        for name, text in _texts().items():
            action = self.actions[name]
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
