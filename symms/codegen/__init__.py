"""Code generation: derived expressions → numpy modules and C sources, compiled, cached, verified."""
