"""The biên bản (ND 30/2020 minutes): its document, signing, issuing, copies and checks."""
