"""Linked languages: paragraph pairs, their states, and figures that must agree across a pair.

Qt-free. `model` holds what is saved (block pairs and what both sides said when last confirmed), `states` what a
pair is now (in sync, out of date, ...), `figures` the numbers, dates and addresses that must match, `ids` new
block ids, `diff` what changed since confirmation.
"""
