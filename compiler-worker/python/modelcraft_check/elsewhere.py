"""Where a name the program looked for in the wrong PyMC namespace really lives.

Small models write ``pm.switch`` (it is ``pm.math.switch``) or ``pm.math.less_equal`` (PyMC's math
module calls PyTensor's ``less_equal`` ``le``). Both are answered from the installed modules.
"""

from __future__ import annotations

import sys

MATH = "pymc.math"
TENSOR = "pytensor.tensor"


def found_elsewhere(module_name: str, name: str, prefix: str) -> str | None:
    """How to spell ``name``, missing from ``module_name`` (spelled ``prefix``, e.g. ``pm.``), where it
    exists: ``pm.math.switch``, ``pm.math.le``, else PyTensor's own."""
    math = sys.modules.get(MATH)
    tensor = sys.modules.get(TENSOR)
    math_prefix = prefix + "math." if module_name == "pymc" else prefix if module_name == MATH else None
    if math_prefix is None:
        return None
    if module_name == "pymc" and math is not None and hasattr(math, name):
        return math_prefix + name
    if tensor is not None and hasattr(tensor, name):
        same = _alias_in(math, getattr(tensor, name)) if math is not None else None
        return math_prefix + same if same else f"pt.{name} (with `import pytensor.tensor as pt`)"
    return None


def _alias_in(module: object, obj: object) -> str | None:
    names = sorted((n for n in dir(module) if not n.startswith("_") and getattr(module, n, None) is obj), key=len)
    return names[0] if names else None
