"""Annotator: a desktop tool for annotating Arabic news with entities, quotes and topics."""

__version__ = "0.1.0"
