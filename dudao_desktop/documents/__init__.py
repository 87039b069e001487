"""What people print or open in Excel: reportlab PDFs and openpyxl workbooks. No Qt here.

- :mod:`.fonts`: the bundled CJK font, registered once (``register_fonts()``).
- :mod:`.pdf`: the base of every PDF (A4, campaign name in the header, "Page X of Y",
  CJK paragraph styles, tables with repeating headers, check boxes, signature lines,
  atomic ``write_pdf``).
- :mod:`.workbook`: the office ledger layout for ``.xlsx`` exports (``write_ledger``) and
  the safe reader for imports (``read_sheet``, ``match_headers``); its data rows are
  written as sheet XML by :mod:`.sheet_rows` (openpyxl's per-cell writer was most of an
  export's time).
"""
