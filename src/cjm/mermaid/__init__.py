"""Mermaid ``journey`` diagrams, both ways: the syntax cjm writes and reads
(``syntax``), reading a diagram as Mermaid's grammar does (``parse``), and turning it
into a cjm map (``import_``, the library side of ``cjm import``). The renderer
(``cjm.render.mermaid``) writes diagrams with the same ``syntax``, so an exported
diagram imports with its names intact."""
