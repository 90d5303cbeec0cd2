"""Engines that run the pipeline of :mod:`aligner.pipeline`.

``local`` (the default) runs every stage in this process, with ``--jobs`` worker
processes for the per-article work (:mod:`aligner.parallel`).  ``ray``
(:mod:`aligner.engines.ray_data`, extra ``aligner[ray]``) runs the same stages with
their work spread over a Ray cluster through Ray Data, and writes the same run
directory.
"""

from __future__ import annotations

ENGINES = ("local", "ray")

__all__ = ["ENGINES"]
