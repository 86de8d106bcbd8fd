"""Word 97-2003 and Word 6/95 binary (.doc) internals: OLE triage, FIB, piece table, properties, stories."""
