#!/usr/bin/env bash
# Structural check of the manifest (offline): Microsoft's schemas via xmllint, then office-addin-manifest info.
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-manifest.xml}"
xmllint --noout --schema ../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd "$file"
npx office-addin-manifest info "$file"
