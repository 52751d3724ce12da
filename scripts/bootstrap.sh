#!/usr/bin/env bash
# Sets up a machine for ReleaseDesk, idempotently: Debian packages (when root), then .venv with the package.
# Sourced by scripts/releasedesk and scripts/test.sh; safe to run again at any time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${RELEASEDESK_VENV:-$ROOT/.venv}"

APT_PACKAGES=(
    # fonts embedded in the PDFs and used by the editor
    fonts-liberation fonts-liberation2 fonts-cns11643-sung fonts-cns11643-kai fonts-arphic-uming
    # Qt runtime for the offscreen and xcb (Xvfb) platforms
    libegl1 libgl1 libglx0 libglvnd0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0
    libx11-6 libxcb1 libgssapi-krb5-2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
    # virtual screen, PDF tools, and LibreOffice for the DOCX conversion checks
    xvfb xauth xdotool poppler-utils qpdf libreoffice-writer-nogui
    # HTML screenshots, the office library's PostgreSQL server, a real print queue, English spelling dictionaries
    chromium postgresql cups printer-driver-cups-pdf hunspell-en-us hunspell-en-gb
    # pyenchant's C library (its Hunspell provider reads the dictionaries above)
    libenchant-2-2
)

install_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 0
    local missing=()
    for package in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "bootstrap: missing Debian packages (run as root to install them): ${missing[*]}" >&2
        return 0
    fi
    echo "bootstrap: installing ${#missing[@]} Debian packages..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_font_aliases() {
    # 新細明體/標楷體 (named in our DOCX files) -> TW-Sung/TW-Kai, so LibreOffice shows what Word shows.
    local conf="$ROOT/resources/fontconfig/65-releasedesk-taiwan-fonts.conf" target
    command -v fc-cache >/dev/null 2>&1 || return 0
    if [ "$(id -u)" = 0 ] && [ -d /etc/fonts/conf.d ]; then
        target=/etc/fonts/conf.d/65-releasedesk-taiwan-fonts.conf
    else
        target="${XDG_CONFIG_HOME:-$HOME/.config}/fontconfig/conf.d/65-releasedesk-taiwan-fonts.conf"
    fi
    cmp -s "$conf" "$target" 2>/dev/null && return 0
    mkdir -p "$(dirname "$target")" && cp "$conf" "$target" && fc-cache -f >/dev/null 2>&1 || true
}

install_python_packages() {
    local python="${PYTHON:-python3}"
    [ -x "$VENV/bin/python" ] || "$python" -m venv "$VENV"
    local stamp="$VENV/.releasedesk-stamp"
    local want
    want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        echo "bootstrap: installing Python packages into $VENV..." >&2
        "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
        "$VENV/bin/python" -m pip install -q -e "$ROOT[test]"
        echo "$want" > "$stamp"
    fi
}

install_debian_packages
install_font_aliases
install_python_packages
