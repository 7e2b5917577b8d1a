#!/usr/bin/env bash
# Packs Millis.Community, Millis.Community.Extensions.AI and Millis.Community.AspNetCore and installs them into brand-new projects outside the repository
# (the pack folder is the only extra NuGet source; none of the repository's Directory.*.props apply, exactly as for a user):
#   1. a net10.0 console app (dotnet new console + dotnet add package) that runs a few calls against the local mock,
#      through the core client and through the IChatClient adapter;
#   2. a net8.0 app that pins Microsoft.Extensions.Http 8.0.1: restores without NU1605, keeps every Microsoft.Extensions.*
#      at 8.x, runs against the mock;
#   3. a netstandard2.0 library built on the package, consumed by a net8.0 app, run against the mock;
#   4. a web app that maps Millis endpoints and answers the package's simulators.
# Packs are prereleases (0.1.0-local.<UTC time>), new on every run, so nothing is ever deleted from the NuGet cache.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d); pkgs="$work/packages"
trap 'rm -rf "$work"' EXIT
# One time for both packages: Millis.Community.AspNetCore depends on exactly this Millis.Community.
export MillisPackTimestamp="${MillisPackTimestamp:-$(date -u +%Y%m%d%H%M%S)}"
dotnet pack "$root/facade/Millis.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
dotnet pack "$root/facade/Millis.AspNetCore/Millis.AspNetCore.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
dotnet pack "$root/facade/Millis.Extensions.AI/Millis.Extensions.AI.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
version=$(ls "$pkgs"/Millis.Community.[0-9]*.nupkg | sed -E 's/.*Millis\.Community\.(.*)\.nupkg/\1/')
case "$version" in *-local.*) ;; *) echo "install test: expected a local prerelease version, got $version" >&2; exit 1 ;; esac
ls "$pkgs/Millis.Community.$version.nupkg" "$pkgs/Millis.Community.$version.snupkg" \
   "$pkgs/Millis.Community.AspNetCore.$version.nupkg" "$pkgs/Millis.Community.AspNetCore.$version.snupkg" \
   "$pkgs/Millis.Community.Extensions.AI.$version.nupkg" >/dev/null
cd "$work"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="millis-local" value="$pkgs" />
  </packageSources>
</configuration>
XML
cp -r "$root/build/install-test" src

# Fails when a .NET 8 restore graph holds any Microsoft.Extensions.* package above 8.x.
only_8x() {
  local lifted
  lifted=$(grep -o '"Microsoft\.Extensions\.[A-Za-z.]*/[0-9][0-9.]*"' "$1/obj/project.assets.json" | sort -u | grep -v '/8\.' || true)
  if [ -n "$lifted" ]; then
    echo "install test: $1 (net8.0) was lifted above Microsoft.Extensions 8.x:" >&2; echo "$lifted" >&2; exit 1
  fi
}

echo "install test 1/4: net10.0 console app"
dotnet new console -n InstallCheck -o app --framework net10.0 >/dev/null
cp src/Program.cs app/Program.cs
(cd app && dotnet add package Millis.Community --version "$version" >/dev/null)
(cd app && dotnet add package Millis.Community.Extensions.AI --version "$version" >/dev/null)
(cd app && dotnet build --nologo -v q)
"$root/build/with-mock" dotnet run --project app --no-build
echo "install test: Millis.Community and Millis.Community.Extensions.AI $version installed from a clean folder feed and worked (net10.0)"

echo "install test 2/4: net8.0 app pinning Microsoft.Extensions.Http 8.0.1"
dotnet build src/Net8App --nologo -v q -p:MillisVersion="$version"
only_8x src/Net8App
grep -q '"Microsoft.Extensions.Http/8.0.1"' src/Net8App/obj/project.assets.json
"$root/build/with-mock" dotnet run --project src/Net8App --no-build
echo "install test: a net8.0 app pinning Microsoft.Extensions.Http 8.0.1 restored (no NU1605), stayed on 8.x and worked"

echo "install test 3/4: netstandard2.0 library consumed by a net8.0 app"
dotnet build src/Net8LibConsumer --nologo -v q -p:MillisVersion="$version"
only_8x src/Net8LibConsumer
"$root/build/with-mock" dotnet run --project src/Net8LibConsumer --no-build
echo "install test: a netstandard2.0 library on Millis.Community worked inside a net8.0 app"

echo "install test 4/4: ASP.NET Core web app"
dotnet new web -n AspNetInstallCheck -o webapp --framework net10.0 >/dev/null
cp src/AspNetCoreProgram.cs webapp/Program.cs
(cd webapp && dotnet add package Millis.Community.AspNetCore --version "$version" >/dev/null)
(cd webapp && dotnet build --nologo -v q)
dotnet run --project webapp --no-build --no-launch-profile
echo "install test: Millis.Community.AspNetCore $version installed from a clean folder feed and answered the simulators"
