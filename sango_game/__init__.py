"""Sango: an offline, multilingual game that teaches children to stay safe online."""

__version__ = "0.1.0"
