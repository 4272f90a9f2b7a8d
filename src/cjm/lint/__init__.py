"""The linter: advice a CX lead would give reviewing a map, one small rule per module.

``rules/`` holds the rules and their registry, ``engine`` runs them with the settings
of ``config`` and the comments found by ``suppression``. Rules are pure functions of the
model; they never read files, decide severities or compute line numbers.
"""
