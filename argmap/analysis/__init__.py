"""Analyses of a map's reasoning, usable on their own (see docs/analysis.md).

Each module computes derived facts from a frozen :class:`argmap.model.ArgumentMap`;
rules in :mod:`argmap.rules` turn them into diagnostics.

    from argmap.analysis import establish, circularity, explain
    support = establish(amap)           # which claims are established, and one shortest justification each
    support.graph.graph                 # the support graph as a networkx DiGraph
    circularity(support).circles        # circles, each with a shortest cycle
"""

from argmap.analysis.circularity import Circle, Circularity, circularity
from argmap.analysis.support import Explanation, RootCause, Support, SupportGraph, establish, explain, \
    root_causes, support_graph

from argmap.analysis.dialectics import Dialectics, framework, grounded, preferred

__all__ = ["Circle", "Circularity", "Dialectics", "Explanation", "RootCause", "Support", "SupportGraph", "circularity",
           "establish", "explain", "framework", "grounded", "preferred", "root_causes", "support_graph"]
