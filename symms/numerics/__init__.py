"""Independent reference computations used by checks (eigenvalues, finite differences, MD)."""
