#!/usr/bin/env bash
# Rebuilds the SARIF fixtures with the real C# compiler and the stand-in analyzer (see StandInAnalyzer.cs).
# The build runs in a fixed directory so that the paths inside the fixtures do not depend on the checkout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/.."
work=/tmp/dloc-fixtures
rm -rf "$work" && mkdir -p "$work"
cp -r "$here/StandInAnalyzer" "$here/Shop" "$here/Directory.Build.props" "$here/Directory.Packages.props" "$work/"
mv "$work/Shop" "$work/shop"
cd "$work/shop"
for project in ShopBackend ShopWorker; do
  dotnet build "src/$project" --no-incremental -p:ErrorLog=dloc.sarif%2Cversion%3D2.1 -v q -clp:ErrorsOnly -nologo
done
# SARIF 1.0.0, the compiler's default format when ErrorLog has no version
dotnet build src/ShopBackend --no-incremental -p:ErrorLog=dloc-v1.sarif -v q -clp:ErrorsOnly -nologo
mkdir -p "$fixtures/shop"
cp src/ShopBackend/dloc.sarif "$fixtures/shop/ShopBackend.sarif"
cp src/ShopWorker/dloc.sarif "$fixtures/shop/ShopWorker.sarif"
cp src/ShopBackend/dloc-v1.sarif "$fixtures/ShopBackend.v1.sarif"
echo "fixtures written to $fixtures"
