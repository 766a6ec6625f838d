package dev.faustwire.server.live;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;

/** The host name a phone can reach the server by: the host given, or for "every interface" the machine's first site-local IPv4 address. */
public final class AdvertisedHost {
    private AdvertisedHost() {
    }

    /** For {@code --host}: itself, except 0.0.0.0 / :: (all interfaces), which become a LAN address. */
    public static String of(String listenHost) {
        if (!listensEverywhere(listenHost)) {
            return listenHost;
        }
        try {
            List<NetworkInterface> interfaces = Collections.list(NetworkInterface.getNetworkInterfaces());
            return firstSiteLocal(interfaces.stream()
                    .filter(AdvertisedHost::usable)
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .toList());
        } catch (SocketException | RuntimeException e) {
            return "127.0.0.1";
        }
    }

    static boolean listensEverywhere(String host) {
        return host == null || host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The first site-local IPv4 address of a list, else the first non-loopback IPv4, else 127.0.0.1. */
    static String firstSiteLocal(List<InetAddress> addresses) {
        for (InetAddress a : addresses) {
            if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                return a.getHostAddress();
            }
        }
        for (InetAddress a : addresses) {
            if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                return a.getHostAddress();
            }
        }
        return "127.0.0.1";
    }

    /** Whether a server listening on this host is reachable from other machines. */
    public static boolean beyondLoopback(String listenHost) {
        if (listensEverywhere(listenHost)) {
            return true;
        }
        if (listenHost.equalsIgnoreCase("localhost")) {
            return false;
        }
        try {
            return !InetAddress.getByName(listenHost).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }

    private static boolean usable(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
