"""The parts of the section split: heading detection, capitals sentences, field lines, pay fields, passes."""
