"""cds-desktop: Vietnam's digital-transformation meetings, every figure traceable to its source."""

__version__ = "0.1.0"
