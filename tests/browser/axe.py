"""axe-core in a Playwright page: the accessibility rules WCAG 2 A and AA name.

The vendored axe.min.js (tests/browser/vendor/axe-core, see its README) is evaluated through
Playwright, not added as a <script>: the site's Content-Security-Policy refuses inline
scripts, and DevTools evaluation is not subject to it, so pages keep their real policy.
"""

from functools import cache
from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
#: The rules for WCAG 2.0, 2.1 and 2.2, levels A and AA.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
#: What fails a test; "moderate" and "minor" findings are left to review.
BLOCKING = {"serious", "critical"}


@cache
def axe_source():
    return AXE.read_text(encoding="utf-8")


def axe_violations(page):
    """The serious and critical violations on `page` as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    results = page.evaluate("options => axe.run(document, options)", options)
    return [v for v in results["violations"] if v["impact"] in BLOCKING]


def describe(violations):
    """The violations, one line per rule with a few of its nodes, for a failing assert."""
    lines = []
    for violation in violations:
        nodes = violation["nodes"]
        targets = ", ".join(" ".join(node["target"]) for node in nodes[:3])
        summary = nodes[0].get("failureSummary", "").replace("\n", " ") if nodes else ""
        lines.append(
            f"{violation['impact']} {violation['id']} ({len(nodes)} nodes: {targets}): {summary}"
        )
    return "\n".join(lines)
