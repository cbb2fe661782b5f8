"""Developer tools run from a checkout (never shipped in the wheel or the bundle)."""
