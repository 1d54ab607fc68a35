#!/usr/bin/env bash
# The .deb as a user gets it: made by CPack from this build, unpacked into a
# temporary root (dpkg -x), and run from there — both executables' --version,
# inspect of the shipped runbook, the window offscreen on its installed
# runbook, the man pages, bash completion; its dependencies from dpkg-shlibdeps,
# the desktop entry and metainfo valid, lintian clean.
#   tests/package/test-package.sh BUILD_DIR VERSION
set -euo pipefail
BUILD=$1
VERSION=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$BUILD" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
DEB=$(ls "$WORK"/out/runbook-assistant_"$VERSION"_*.deb) || fail "no .deb made"
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"

# Dependencies: the Qt libraries the executables link (found by dpkg-shlibdeps) and the plugins they load.
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libc6; do
  [[ $DEPENDS == *"$dep"* ]] || fail "Depends lacks $dep: $DEPENDS"
done

BIN="$ROOT/usr/bin"
SHARE="$ROOT/usr/share"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" LC_ALL=C.UTF-8
mkdir -p "$HOME"
[[ $("$BIN/runbook-cli" --version) == "runbook-cli $VERSION" ]] || fail "runbook-cli --version: $("$BIN/runbook-cli" --version)"
[[ $(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$BIN/runbook-assistant" --version) == "runbook-assistant $VERSION" ]] \
  || fail "runbook-assistant --version without a display"
RUNBOOK="$SHARE/runbook-assistant/runbooks/infrastructure-monitoring.md"
"$BIN/runbook-cli" inspect "$RUNBOOK" >"$WORK/inspect.txt" || fail "inspect of the shipped runbook"
grep -q "^Infrastructure Monitoring" "$WORK/inspect.txt" || fail "inspect: $(head -3 "$WORK/inspect.txt")"
grep -q "sections, .* steps" "$WORK/inspect.txt" || fail "inspect has no summary"
[[ -f "$SHARE/runbook-assistant/translations/runbook-assistant_de.qm" ]] || fail "no German catalogue installed"
LC_ALL=de_DE.UTF-8 "$BIN/runbook-cli" --help | grep -q "^Befehle:" || fail "the installed CLI does not speak German"

# The window, offscreen, from the installed tree: it opens the installed runbook and paints.
QT_QPA_PLATFORM=offscreen RUNBOOK_STARTUP_REPORT=1 timeout 60 "$BIN/runbook-assistant" >"$WORK/window.txt" 2>&1 || { cat "$WORK/window.txt"; fail "the window did not start"; }
grep -q "^window [0-9]" "$WORK/window.txt" || fail "no first paint: $(cat "$WORK/window.txt")"
grep -rq "$RUNBOOK" "$XDG_CONFIG_HOME" || fail "the window did not open the installed runbook"

# Man pages, from the executables' own --help.
for m in runbook-cli runbook-assistant; do
  zcat "$SHARE/man/man1/$m.1.gz" | grep -q '^\.TH' || fail "man page of $m"
done
zcat "$SHARE/man/man1/runbook-cli.1.gz" | grep -q "incident" || fail "runbook-cli.1 lists no commands"

# Bash completion: the commands and a command's options, read from --help.
complete_words() {
  PATH="$BIN:$PATH" bash -c 'source /usr/share/bash-completion/bash_completion
    source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _runbook_cli; echo "${COMPREPLY[*]}"' _ "$SHARE/bash-completion/completions/runbook-cli" "$@"
}
[[ $(complete_words runbook-cli in) == "inspect incident" ]] || fail "completion of 'in': $(complete_words runbook-cli in)"
[[ $(complete_words runbook-cli check --ru) == "--run-routes" ]] || fail "completion of 'check --ru': $(complete_words runbook-cli check --ru)"

# Icons: the SVG and each PNG size the hicolor theme has.
[[ -f "$SHARE/icons/hicolor/scalable/apps/runbook-assistant.svg" ]] || fail "no scalable icon"
for s in 16 22 24 32 48 64 128 256 512; do
  file "$SHARE/icons/hicolor/${s}x${s}/apps/runbook-assistant.png" | grep -q "$s x $s" || fail "icon ${s}x${s}"
done

desktop-file-validate "$SHARE"/applications/*.desktop || fail "desktop-file-validate"
appstreamcli validate --pedantic --no-net "$SHARE"/metainfo/*.metainfo.xml || fail "appstreamcli validate"
lintian --fail-on error,warning "$DEB" || fail "lintian"
echo "PASS: $DEB installs and runs ($(dpkg-deb -f "$DEB" Installed-Size) KiB)"
