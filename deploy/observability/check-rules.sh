#!/usr/bin/env bash
# Checks the Prometheus configuration and alert rules of Conduit, and runs the rules' unit tests.
# Installs promtool (Debian package "prometheus") when missing, if it can. CI calls it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if ! command -v promtool >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "promtool not found: installing the Debian package prometheus" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # The package's post-install may try to start the server; where services cannot be
        # started that fails harmlessly, promtool is installed all the same.
        apt-get install -y -qq prometheus >/dev/null || command -v promtool >/dev/null
    else
        cat >&2 <<'MSG'
promtool not found. Install it, then run this script again:
  Debian/Ubuntu: sudo apt-get install prometheus
  otherwise:     the promtool binary from a Prometheus release, on the PATH
MSG
        exit 1
    fi
fi

promtool --version 2>&1 | head -n 1
promtool check config deploy/observability/prometheus.yml
promtool check rules deploy/observability/alerts.yml
promtool test rules deploy/observability/alerts_test.yml
