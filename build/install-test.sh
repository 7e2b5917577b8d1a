#!/usr/bin/env bash
# Packs Millis.Community and Millis.Community.Extensions.AI, installs both into a brand-new console project outside the
# repository (the pack folder is the only non-default NuGet source), builds it and runs a few calls against the local
# mock, through the core client and through the IChatClient adapter. Fails if anything is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d); pkgs="$work/packages"
trap 'rm -rf "$work"' EXIT
dotnet pack "$root/facade/Millis.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
dotnet pack "$root/facade/Millis.Extensions.AI/Millis.Extensions.AI.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
ls "$pkgs"/Millis.Community.*.nupkg "$pkgs"/Millis.Community.*.snupkg "$pkgs"/Millis.Community.Extensions.AI.*.nupkg >/dev/null
version=$(ls "$pkgs"/Millis.Community.*.nupkg | grep -v Extensions | sed -E 's/.*Millis\.Community\.(.*)\.nupkg/\1/')
# A stale copy of the same version in the global cache would hide a broken package.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/millis.community" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/millis.community.extensions.ai"
cd "$work"
dotnet new console -n InstallCheck -o app --framework net10.0 >/dev/null
cat > app/nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="millis-local" value="$pkgs" />
  </packageSources>
</configuration>
XML
cp "$root/build/install-test/Program.cs" app/Program.cs
(cd app && dotnet add package Millis.Community --version "$version" >/dev/null)
(cd app && dotnet add package Millis.Community.Extensions.AI --version "$version" >/dev/null)
# Outside the repo: none of its Directory.*.props apply, exactly as for a user.
(cd app && dotnet build --nologo -v q)
"$root/build/with-mock" dotnet run --project app --no-build
echo "install test: Millis.Community and Millis.Community.Extensions.AI $version installed from a clean folder feed and worked"
