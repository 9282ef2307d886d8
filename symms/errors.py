"""One exception hierarchy for symms: every failure a user can cause names the problem and the fix."""


class SymmsError(Exception):
    """Base class of every error symms raises on purpose."""


class InputError(SymmsError, ValueError):
    """Bad input: unknown model, malformed spec, out-of-range parameter or argument."""


class DerivationError(SymmsError):
    """A derivation could not be completed (singular system, residual not zero, ...)."""


class KernelError(SymmsError):
    """A kernel could not be compiled, loaded, or called with the given arrays."""


class CheckFailed(SymmsError):
    """A verification found a kernel or model that disagrees with its reference."""
