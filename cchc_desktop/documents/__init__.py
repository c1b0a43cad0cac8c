"""The ND 30/2020 document engine: the blocks a document is made of, its styles and fonts,
their layout on A4 (ReportLab), the PDF and the editable Word copy, and the wording both
documents share. The biên bản (``minutes``) and the báo cáo (``reports``) are built from it;
neither reaches into the other, and nothing here knows either."""
