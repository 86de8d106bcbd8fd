"""Field parsers: pure functions from sections and lines to the values of the JobSpec record."""
