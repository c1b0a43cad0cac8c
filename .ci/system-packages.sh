#!/bin/sh
# Debian packages the tests use as real parts, installed when missing: poppler-utils (pdftoppm,
# pdftotext: the PDFs as a reader sees them), softhsm2 (a real PKCS#11 token), chromium and
# chromium-driver (the phone page in a real browser). A fresh machine has none of them; CI runs
# as root. Without root rights it says what is missing and the tests that need it will fail.
set -eu
missing=""
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v softhsm2-util >/dev/null 2>&1 || missing="$missing softhsm2"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing from Debian:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "The tests need these Debian packages: sudo apt-get install$missing" >&2
    exit 1
fi
