#!/bin/sh
# Renders the demo's .docx through LibreOffice (the e2e check) and copies the first page to
# docs/images/docx-first-page.png, the picture in the README.
set -eu
cd "$(dirname "$0")/.."
npx jest -c jest.e2e.config.js test/e2e/libreoffice/docx-layout.test.ts
cp test-results/docx/first-page.png docs/images/docx-first-page.png
echo "docs/images/docx-first-page.png updated"
