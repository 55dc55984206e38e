"""Exceptions raised by klarsprak; all derive from :class:`KlarsprakError`."""


class KlarsprakError(Exception):
    """Base class for every error klarsprak raises on purpose."""


class ConfigError(KlarsprakError, ValueError):
    """A configuration file, key or value is invalid."""


class LexiconError(KlarsprakError, ValueError):
    """A lexicon file breaks its schema (the message names file and entry)."""


class ModelNotFoundError(KlarsprakError, OSError):
    """The NLP model (or an optional backend) cannot be loaded."""


class InputError(KlarsprakError, ValueError):
    """An input document cannot be read or is outside the configured limits."""


class RuleFailureWarning(RuntimeWarning):
    """A rule or metric raised; the analysis went on without it (see ``Report.notes["failed"]``)."""


class WorkerLostWarning(RuntimeWarning):
    """A worker process died twice on one text; its report is empty with a ``failed`` note."""
