"""The laptop's addresses a phone on the same network can reach, best first.

The server binds to one of these, never to 0.0.0.0: only the network the person chose (the
office Wi-Fi, or the laptop's own hotspot) sees it. Loopback and link-local (169.254.x.x, a
network without a router) addresses are left out; virtual adapters (Hyper-V, VirtualBox,
Docker, VPNs) come last, since a phone is never on them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cchc_desktop.errors import pick

# The address Windows gives itself when it shares its connection (Mobile Hotspot, ICS), and
# the one NetworkManager's hotspot gives a Linux laptop.
HOTSPOT_ADDRESSES = frozenset({"192.168.137.1", "10.42.0.1"})

_VIRTUAL = (
    "vethernet",
    "virtualbox",
    "vboxnet",
    "vmware",
    "vmnet",
    "hyper-v",
    "docker",
    "br-",
    "veth",
    "virbr",
    "wsl",
    "tailscale",
    "zerotier",
    "tun",
    "tap",
    "wg",
    "utun",
    "bluetooth",
)
_WIFI = ("wi-fi", "wifi", "wlan", "wireless", "wl")
_WIRED = ("ethernet", "eth", "en", "local area connection")

# Best first: the hotspot (the phone is surely on it when it exists), Wi-Fi, cable, the rest.
_ORDER = {"hotspot": 0, "wifi": 1, "wired": 2, "other": 3, "virtual": 4}


@dataclass(frozen=True)
class LocalAddress:
    """An IPv4 address of this laptop, with the interface it belongs to."""

    address: str
    interface: str
    kind: str  # "hotspot", "wifi", "wired", "other" or "virtual"

    def label(self) -> str:
        """How a person recognises it: "Wi-Fi (wlan0): 192.168.1.23"."""
        names = {
            "hotspot": pick("Điểm phát sóng của máy này", "This laptop's hotspot"),
            "wifi": "Wi-Fi",
            "wired": pick("Mạng dây", "Wired network"),
            "other": pick("Mạng", "Network"),
            "virtual": pick("Mạng ảo", "Virtual network"),
        }
        return f"{names[self.kind]} ({self.interface}): {self.address}"


def kind_of(interface: str, address: str) -> str:
    """What sort of network an interface is, from its name and address."""
    name = interface.lower()
    if address in HOTSPOT_ADDRESSES:
        return "hotspot"
    # "Local Area Connection* 10" is how Windows names the Wi-Fi Direct adapter of its hotspot.
    if name.startswith("local area connection*"):
        return "hotspot"
    if any(part in name for part in _VIRTUAL):
        return "virtual"
    if name.startswith(_WIFI) or any(part in name for part in ("wi-fi", "wifi", "wireless")):
        return "wifi"
    if name.startswith(_WIRED):
        return "wired"
    return "other"


def usable(address: str) -> bool:
    """An IPv4 address a phone on the same network could reach us at."""
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified)


def rank(interfaces: Mapping[str, Iterable[str]], up: Mapping[str, bool]) -> list[LocalAddress]:
    """The usable addresses of the interfaces that are up, best first.

    ``interfaces`` maps an interface name to its IPv4 addresses; ``up`` says which are up
    (an interface missing from it counts as up: some systems do not report every one).
    """
    found = [
        LocalAddress(address, name, kind_of(name, address))
        for name, addresses in interfaces.items()
        if up.get(name, True)
        for address in addresses
        if usable(address)
    ]
    # Private ranges before anything else of the same kind (a public address is rarely what
    # the phone sees), then by name so the order is stable.
    return sorted(
        found,
        key=lambda a: (
            _ORDER[a.kind],
            not ipaddress.IPv4Address(a.address).is_private,
            a.interface.casefold(),
            a.address,
        ),
    )


def local_addresses() -> list[LocalAddress]:
    """This laptop's addresses a phone could reach, best first (empty: no network at all)."""
    import socket

    import psutil

    try:
        addresses = psutil.net_if_addrs()
        stats = psutil.net_if_stats()
    except OSError:
        return []
    interfaces = {
        name: [entry.address for entry in entries if entry.family == socket.AF_INET]
        for name, entries in addresses.items()
    }
    return rank(interfaces, {name: stat.isup for name, stat in stats.items()})
