"""A readable plain-text summary of a report, for people at a terminal."""

from __future__ import annotations

from nkreports.model import DateValue, Report

__all__ = ["summarize"]


def _date(value: DateValue | None) -> str:
    if value is None:
        return "date unknown"
    return f"{value.iso() or 'unresolved'} ({value.text!r})"


def summarize(report: Report) -> str:
    """Regions, sources, directives with their demands, and dates, one per line."""
    art = report.article
    lines = [
        f"{art.title or '(untitled)'}",
        f"outlet {art.outlet} | published {art.published or 'unknown'} | url {art.url or '-'}",
        "",
        f"Regions ({len(report.regions)}):",
    ]
    lines += [f"  {r.id:<18} {r.region.level.value:<9} {r.region.name} ×{len(r.mentions)}" for r in report.regions]
    lines += ["", f"Sources ({len(report.sources)}):"]
    for s in report.sources:
        lines.append(f"  [{s.id}] {s.descriptor!r}")
        lines.append(
            f"       location {s.location or '-'} | channel {s.channel.value} | contacted {_date(s.contacted)}"
            + (f" | role {s.role}" if s.role else "")
        )
    lines += ["", f"Directives ({len(report.directives)}):"]
    for d in report.directives:
        who = d.issuer.text or "(issuer not named)"
        level = d.issuer.level.value if d.issuer.level else "-"
        lines.append(f"  [{d.id}] {who!r}: {d.issuer.body.value}/{level} {d.issuer.region or '-'}")
        lines.append(
            f"       issued {_date(d.issued)} | audience {', '.join(d.audience) or '-'}"
            + (f" | via source {d.source}" if d.source else "")
        )
        lines += [f"       - {q.modality.value}: {q.text}" for q in d.demands]
    lines += ["", f"Dates ({len(report.dates)}):"]
    lines += [f"  {d.text!r} -> {d.iso() or 'unresolved'} ({d.precision.value})" for d in report.dates]
    return "\n".join(lines)
