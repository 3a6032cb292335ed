"""The engine: Article → Analysis (entities, claims, events), built on spaCy.

spaCy is imported only inside the functions that need a pipeline, never at module import,
so that reading an article (or a cached analysis) does not pay for it.
"""
