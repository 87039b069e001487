"""Use cases, one module per capability. Plain Python, no Qt; each owns its transactions."""
