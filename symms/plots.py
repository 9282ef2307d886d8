"""Figures of a derived model → PNG bytes (matplotlib, Agg), reproducible byte for byte.

The figure is data (:class:`symms.model.Figure`); this module only draws it. No date or
software metadata is written, so the same matplotlib gives the same bytes.
"""
from __future__ import annotations

import io

from .model import Figure

_STYLES = {"line": dict(lw=1.2), "thick": dict(lw=2.2), "dashed": dict(ls="--", lw=1.2),
           "dotted": dict(ls=":", lw=1.4), "markers": dict(ls="none", marker="o", ms=3, mfc="none", mew=0.7)}


def render_png(figure: Figure) -> bytes:
    """The PNG of ``figure``: one row of axes per panel, sharing x, legends outside the data."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = figure.axes
    fig, axes = plt.subplots(len(panels), 1, figsize=(8, 2.6 * len(panels) + 0.6), sharex=True, squeeze=False)
    try:
        for ax, panel in zip(axes[:, 0], panels):
            for series in panel.series:  # lines under markers
                ax.plot(series.x, series.y, label=series.label, zorder=3 if series.style == "markers" else 2,
                        **_STYLES[series.style])
            ax.set_ylabel(panel.ylabel)
            if panel.logy:
                ax.set_yscale("log")
            if any(s.label for s in panel.series):
                ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
        axes[-1, 0].set_xlabel(panels[-1].xlabel)
        if figure.title:
            fig.suptitle(figure.title)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
        return buffer.getvalue()
    finally:
        plt.close(fig)
