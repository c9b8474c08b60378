"""Matching lines against a rule set's patterns: the literal prefilter."""
