"""Analyses of a map's reasoning, usable on their own (see docs/analysis.md).

Each module computes derived facts from a frozen :class:`argmap.model.ArgumentMap`;
rules in :mod:`argmap.rules` turn them into diagnostics.
"""
