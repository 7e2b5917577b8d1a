#!/usr/bin/env bash
# Packs Millis.Community, Millis.Community.Extensions.AI and Millis.Community.AspNetCore, installs them into brand-new
# projects outside the repository (the pack folder is the only non-default NuGet source): a console app that runs a
# few calls against the local mock, through the core client and through the IChatClient adapter, and a web app that
# maps Millis endpoints and answers the package's simulators. Fails if anything is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d); pkgs="$work/packages"
trap 'rm -rf "$work"' EXIT
dotnet pack "$root/facade/Millis.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
dotnet pack "$root/facade/Millis.AspNetCore/Millis.AspNetCore.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
dotnet pack "$root/facade/Millis.Extensions.AI/Millis.Extensions.AI.csproj" -o "$pkgs" --nologo -v q -p:MillisSkipCodegen=true
version=$(ls "$pkgs"/Millis.Community.[0-9]*.nupkg | sed -E 's/.*Millis\.Community\.(.*)\.nupkg/\1/')
ls "$pkgs/Millis.Community.$version.nupkg" "$pkgs/Millis.Community.$version.snupkg" \
   "$pkgs/Millis.Community.AspNetCore.$version.nupkg" "$pkgs/Millis.Community.AspNetCore.$version.snupkg" \
   "$pkgs/Millis.Community.Extensions.AI.$version.nupkg" >/dev/null
# A stale copy of the same version in the global cache would hide a broken package.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/millis.community" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/millis.community.aspnetcore" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/millis.community.extensions.ai"
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

# The ASP.NET Core package: a fresh web app that maps endpoints and answers the simulators (no mock needed).
dotnet new web -n AspNetInstallCheck -o webapp --framework net10.0 >/dev/null
cp app/nuget.config webapp/nuget.config
cp "$root/build/install-test/AspNetCoreProgram.cs" webapp/Program.cs
(cd webapp && dotnet add package Millis.Community.AspNetCore --version "$version" >/dev/null)
(cd webapp && dotnet build --nologo -v q)
dotnet run --project webapp --no-build --no-launch-profile
echo "install test: Millis.Community.AspNetCore $version installed from a clean folder feed and answered the simulators"
