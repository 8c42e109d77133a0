# Self-signed https certificate for the add-in's dev server (https://localhost:3000) on
# Windows, with Windows' own commands (no sh, no openssl): made in the user's certificate
# store, trusted for this user (Windows asks once: answer Yes), and exported as
# certs\localhost.pfx (git-ignored), which webpack.config.js's dev server reads.
#   powershell -ExecutionPolicy Bypass -File scripts\dev-certs.ps1 [-Force]   (npm run certs:windows)
param([switch]$Force)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$dir = 'certs'
$pfx = Join-Path $dir 'localhost.pfx'
$cer = Join-Path $dir 'localhost.cer'
if ((Test-Path $pfx) -and -not $Force) {
  Write-Host 'certs\localhost.pfx already exists (use -Force to make a new one)'
  exit 0
}
New-Item -ItemType Directory -Force -Path $dir | Out-Null

$cert = New-SelfSignedCertificate `
  -DnsName 'localhost' `
  -CertStoreLocation 'Cert:\CurrentUser\My' `
  -KeyAlgorithm RSA -KeyLength 2048 -HashAlgorithm SHA256 `
  -KeyExportPolicy Exportable `
  -NotAfter (Get-Date).AddYears(1) `
  -FriendlyName 'park-stats localhost (development)'

# Trust it for this user (Excel on Windows and Edge read this store).
Export-Certificate -Cert $cert -FilePath $cer | Out-Null
Import-Certificate -FilePath $cer -CertStoreLocation 'Cert:\CurrentUser\Root' | Out-Null

# The dev server's copy: the same passphrase as webpack.config.js (DEV_CERT_PASSPHRASE).
$passphrase = if ($env:DEV_CERT_PASSPHRASE) { $env:DEV_CERT_PASSPHRASE } else { 'park-stats-dev' }
$secure = ConvertTo-SecureString -String $passphrase -Force -AsPlainText
Export-PfxCertificate -Cert $cert -FilePath $pfx -Password $secure | Out-Null

Write-Host "certs\localhost.pfx written, thumbprint $($cert.Thumbprint); run npm start"
