"""Matching lines against rule sets: compiling a rule file's patterns, macros and rules
(`compile`), and the literal prefilter that tries only the rules a line can match
(`prefilter`)."""
