"""The demo content `make run` loads: review documents read by the importer, and their extras."""
