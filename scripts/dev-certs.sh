#!/bin/sh
# Self-signed https certificate for the add-in's dev server (https://localhost:3000), in
# certs/ (git-ignored). office-addin-dev-certs cannot run here; this uses plain openssl.
# Office needs the certificate trusted: import certs/localhost.crt into the OS trust store
# (Windows: certmgr "Trusted Root Certification Authorities"; macOS: Keychain Access, Always
# Trust), or open https://localhost:3000 in the browser once and accept it for Excel on the web.
set -eu
cd "$(dirname "$0")/.."
dir=certs
days=${CERT_DAYS:-365}
mkdir -p "$dir"
if [ -f "$dir/localhost.crt" ] && [ -f "$dir/localhost.key" ] && [ "${1:-}" != "--force" ]; then
  echo "certs/localhost.crt already exists (use --force to make a new one)"
  exit 0
fi
openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days "$days" \
  -keyout "$dir/localhost.key" -out "$dir/localhost.crt" \
  -subj "/CN=localhost/O=park-stats development" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:true" \
  -addext "keyUsage=critical,digitalSignature,keyCertSign" \
  -addext "extendedKeyUsage=serverAuth" 2>/dev/null
chmod 600 "$dir/localhost.key"
echo "wrote $dir/localhost.crt and $dir/localhost.key (valid $days days)"
