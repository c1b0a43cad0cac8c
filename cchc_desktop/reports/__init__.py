"""The consolidated report (báo cáo kết quả kiểm tra, Mẫu 1.4) and its spreadsheet."""
