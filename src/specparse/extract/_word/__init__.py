"""Shared WordprocessingML reading (.docx parts, Word 2003 XML): safe XML, styles, lists, paragraphs."""
