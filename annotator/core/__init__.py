"""The annotator's core: the project's truth in pure Python, never importing Qt."""
