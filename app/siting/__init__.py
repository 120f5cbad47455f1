"""Siting in the window: Analysis > Propose sites… and What each facility adds…"""
