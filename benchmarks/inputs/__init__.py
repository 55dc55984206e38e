"""Real input files made by code (pages, PDFs, DOCX, WARCs, zip bombs, hostile files), shared by the
benchmarks and the tests so that neither imports the other's private helpers."""
