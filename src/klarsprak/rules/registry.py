"""The one registry that holds every built-in rule and metric."""

from .base import Registry

REGISTRY = Registry()
