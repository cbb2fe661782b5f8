"""Speed and memory targets, measured by `python -m benchmarks` (never by unit tests)."""
