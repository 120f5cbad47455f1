"""Timetables in the window beyond loading them: the day and time window the feeds' stops are counted for."""
