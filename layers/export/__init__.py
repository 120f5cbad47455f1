"""Exports: page layout maths, the shareable HTML map, the coverage report and safe (atomic) file writing.

Nothing here imports Qt; the Qt rendering of pages lives in :mod:`app.export.page_render`.
"""
