"""Parameter checks shared by several derivations (a problem as text, or None)."""
from symms.errors import InputError


def positive(x):
    return None if x > 0 else f"must be positive, got {x}"


def non_negative(x):
    return None if x >= 0 else f"must be >= 0, got {x}"


def deformation(text):
    """A ``--A`` given as a JSON 3x3 nested list with det(I + A) > 0."""
    from symms.models.tfw import parse_deformation

    try:
        parse_deformation(text)
    except InputError as exc:
        return f"is not usable: {exc}"
    return None
