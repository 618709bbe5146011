"""intervensi classifier: from an Indonesian complaint to a social-welfare intervention.

The package reads its knowledge base (levels, methods, valid pairs) from
``classifier/data/taxonomy.json``; every label name used anywhere comes from there.
"""

__version__ = "0.1.0"
