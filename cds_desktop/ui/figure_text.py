"""How a figure's kind and scope are named, and its hover text (no pyqtgraph here).

Used by the chart, the figure tables and the window's captions, some of
which exist before pyqtgraph is imported.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

NATIONAL = "national"


class Observation(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def value(self) -> float: ...
    @property
    def raw(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def period(self) -> str | None: ...
    @property
    def period_end(self) -> str | None: ...
    @property
    def meeting_date(self) -> str | None: ...
    @property
    def scope(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def article_title(self) -> str | None: ...
    @property
    def article_file(self) -> str: ...
    @property
    def discrepant(self) -> bool: ...


def kind_name(kind: str) -> str:
    names = {
        "actual": QCoreApplication.translate("IndicatorChart", "actual"),
        "target": QCoreApplication.translate("IndicatorChart", "target"),
        "forecast": QCoreApplication.translate("IndicatorChart", "forecast"),
        "change": QCoreApplication.translate("IndicatorChart", "change"),
        "rank": QCoreApplication.translate("IndicatorChart", "rank"),
    }
    return names.get(kind, kind)


def scope_name(scope: str) -> str:
    return QCoreApplication.translate("IndicatorChart", "national") if scope == NATIONAL else scope


def point_tip(obs: Observation) -> str:
    """Hover text: the value as written, its period, its article, its qualifier."""
    lines = [
        obs.raw,
        QCoreApplication.translate("IndicatorChart", "Period: {period}").format(
            period=obs.period or "—"
        ),
    ]
    lines.append(f"{scope_name(obs.scope)} · {kind_name(obs.kind)}")
    if obs.qualifier:
        lines.append(
            QCoreApplication.translate("IndicatorChart", "Qualifier: {q}").format(q=obs.qualifier)
        )
    lines.append(
        QCoreApplication.translate("IndicatorChart", "Article: {a}").format(
            a=obs.article_title or obs.article_file
        )
    )
    if obs.discrepant:
        lines.append(
            QCoreApplication.translate("IndicatorChart", "Other reports of this period disagree")
        )
    return "\n".join(lines)
