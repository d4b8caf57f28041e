"""cds-desktop: every figure of Vietnam's digital-transformation meetings, traceable to its source."""

__version__ = "0.1.0"
