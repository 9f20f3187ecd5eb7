"""The JSON report: the compare contract described by ``docs/schema.json``."""

from __future__ import annotations

import json

from framediff.compare import Comparison


def comparison_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_json(), ensure_ascii=False, indent=2) + "\n"
