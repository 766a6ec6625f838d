package dev.faustwire.server.osc;

import com.illposed.osc.BufferBytesReceiver;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCSerializeException;
import com.illposed.osc.OSCSerializerAndParserBuilder;
import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveHub;
import dev.faustwire.server.live.LiveListener;
import dev.faustwire.server.live.LiveSlot;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OSC server, compatible with libOSCFaust: the base in-port (5510 by default, scanning upward if busy)
 * reaches the lowest-numbered running slot; every further slot gets its own in-port from base+3 upward, kept
 * while it runs. Replies go to the sender's address on the out port (base+1), errors on the error port (base+2).
 * With a token required, a sender does nothing until it sent {@code /faustwire/token ,s TOKEN}. Malformed
 * packets are logged and dropped; a receiving thread never dies of one.
 */
public final class OscService implements AutoCloseable {
    /** Where a sender beyond the token presents it: {@code /faustwire/token ,s TOKEN}. */
    public static final String TOKEN_ADDRESS = "/faustwire/token";

    /** Bundles nested deeper than this are dropped whole. */
    static final int MAX_BUNDLE_DEPTH = 8;
    /** Messages handled from one packet at most. */
    static final int MAX_MESSAGES_PER_PACKET = 256;
    /** Slots with their own port at most. */
    static final int MAX_OWN_PORTS = 64;
    /** How far above the base port the in-ports are looked for. */
    static final int PORT_SCAN = 512;

    private static final Logger LOG = LoggerFactory.getLogger(OscService.class);
    private static final int MAX_DATAGRAM = 65535;
    /** Room for a burst of datagrams while the receiving thread works (the system may give less). */
    private static final int RECEIVE_BUFFER = 1 << 20;

    private final LiveHub hub;
    private final LiveAccess access;
    private final InetAddress bindHost;
    private final String hostIp;
    private final int requestedPort;
    private final int outPort;
    private final int errPort;
    private final Endpoint base;
    private final DatagramSocket sender;
    private final Map<Integer, Endpoint> own = new TreeMap<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final RateLimit errorLimit;
    private final RateLimit logLimit = new RateLimit(5, 20);
    private final LiveListener listener = new HubListener();
    private volatile boolean closed;

    private OscService(LiveHub hub, LiveAccess access, InetAddress bindHost, int requestedPort, String hostIp,
            RateLimit errorLimit) throws IOException {
        this.hub = hub;
        this.access = access;
        this.bindHost = bindHost;
        this.hostIp = hostIp;
        this.requestedPort = requestedPort;
        this.outPort = requestedPort + 1;
        this.errPort = requestedPort + 2;
        this.errorLimit = errorLimit;
        this.sender = new DatagramSocket(new InetSocketAddress(bindHost, 0));
        DatagramSocket baseSocket = bindFree(requestedPort);
        if (baseSocket == null) {
            sender.close();
            throw new IOException("no free UDP port from " + requestedPort + " to " + (requestedPort + PORT_SCAN));
        }
        this.base = new Endpoint(baseSocket, null);
    }

    /**
     * Starts listening on {@code bindHost} from {@code basePort}; {@code hostIp} is what {@code hello} reports.
     * Errors sent back are limited to 20 a second.
     */
    public static OscService start(LiveHub hub, LiveAccess access, InetAddress bindHost, int basePort, String hostIp)
            throws IOException {
        return start(hub, access, bindHost, basePort, hostIp, new RateLimit(20, 20));
    }

    static OscService start(LiveHub hub, LiveAccess access, InetAddress bindHost, int basePort, String hostIp,
            RateLimit errorLimit) throws IOException {
        if (basePort < 1 || basePort > 65535 - 2) {
            throw new IllegalArgumentException("OSC port out of range: " + basePort);
        }
        OscService service = new OscService(hub, access, bindHost, basePort, hostIp, errorLimit);
        hub.listen(service.listener);
        service.base.start();
        for (LiveSlot slot : hub.slots()) {
            service.listener.slotChanged(slot);
        }
        LOG.info("OSC on {} port {} (replies to the sender's port {}, errors to {})", bindHost.getHostAddress(),
                service.base.port, service.outPort, service.errPort);
        return service;
    }

    /** The base in-port actually bound (the requested one, or the next free one above). */
    public int basePort() {
        return base.port;
    }

    /** The ports libOSCFaust would report for the base port. */
    public OscPorts ports() {
        return new OscPorts(base.port, outPort, errPort);
    }

    /** The in-port that reaches this slot: its own, else the base port when it is the lowest-numbered slot. */
    public OptionalInt portOf(int slotNumber) {
        synchronized (own) {
            Endpoint endpoint = own.get(slotNumber);
            if (endpoint != null) {
                return OptionalInt.of(endpoint.port);
            }
        }
        return lowestSlot() == slotNumber ? OptionalInt.of(base.port) : OptionalInt.empty();
    }

    @Override
    public void close() {
        closed = true;
        hub.unlisten(listener);
        List<Endpoint> endpoints;
        synchronized (own) {
            endpoints = new ArrayList<>(own.values());
            own.clear();
        }
        endpoints.add(base);
        for (Endpoint endpoint : endpoints) {
            endpoint.socket.close();
        }
        sender.close();
        for (Endpoint endpoint : endpoints) {
            try {
                endpoint.thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private DatagramSocket bindFree(int first) {
        for (int port = first; port <= Math.min(65535, requestedPort + PORT_SCAN); port++) {
            if (port == outPort || port == errPort) {
                continue;
            }
            try {
                DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bindHost, port));
                socket.setReceiveBufferSize(RECEIVE_BUFFER);
                return socket;
            } catch (SocketException busy) {
                // next one
            }
        }
        return null;
    }

    private int lowestSlot() {
        List<LiveSlot> slots = hub.slots();
        return slots.isEmpty() ? -1 : slots.get(0).number();
    }

    /** One packet from a sender on an endpoint; never throws. */
    void receive(Endpoint endpoint, byte[] data, InetAddress from, int fromPort) {
        OscPacket packet;
        try {
            packet = OscDecoder.decode(data, MAX_BUNDLE_DEPTH);
        } catch (IllegalArgumentException e) {
            log("OSC: dropped a malformed packet of {} bytes from {}: {}", data.length, from.getHostAddress(), e.toString());
            return;
        }
        int[] budget = {MAX_MESSAGES_PER_PACKET};
        dispatch(endpoint, packet, new OscSender(from, fromPort), budget);
    }

    private void dispatch(Endpoint endpoint, OscPacket packet, OscSender from, int[] budget) {
        if (packet instanceof OscPacket.Bundle bundle) {
            for (OscPacket inner : bundle.packets()) {
                dispatch(endpoint, inner, from, budget);
            }
        } else if (packet instanceof OscPacket.Message message) {
            if (budget[0]-- <= 0) {
                if (budget[0] == -1) {
                    log("OSC: dropped messages beyond {} in one packet from {}", MAX_MESSAGES_PER_PACKET,
                            from.address().getHostAddress());
                }
                return;
            }
            handle(endpoint, message, from);
        }
    }

    private void handle(Endpoint endpoint, OscPacket.Message message, OscSender from) {
        String address = message.address();
        if (!access.authorized(from.address())) {
            List<Object> args = message.args();
            if (TOKEN_ADDRESS.equals(address) && args.size() == 1 && args.get(0) instanceof String token
                    && access.accepts(token)) {
                access.authorize(from.address());
                LOG.info("OSC: {} presented the token and may now control the session", from.address().getHostAddress());
                send(from.address(), outPort, new OSCMessage(TOKEN_ADDRESS, List.of("ok")));
            } else {
                log("OSC: ignored {} from {}, which has not presented the token", OscAddressSpace.printable(address),
                        from.address().getHostAddress());
            }
            return;
        }
        if (TOKEN_ADDRESS.equals(address)) {
            return;
        }
        int slotNumber = endpoint.slot != null ? endpoint.slot : lowestSlot();
        LiveSlot slot = hub.slot(slotNumber).orElse(null);
        if (slot == null) {
            sendError(from.address(), new OSCMessage(OscAddressSpace.ERROR_ADDRESS, List.of(
                    OscAddressSpace.printable(address), "no patch plays on this port")));
            return;
        }
        OscPorts ports = new OscPorts(endpoint.port, outPort, errPort);
        OscAnswer answer = OscAddressSpace.handle(hub, slot, message, ports, hostIp, subscribed(endpoint, from), from);
        if (answer.xmit != null) {
            xmit(endpoint, from, answer.xmit != 0);
        }
        for (OSCMessage reply : answer.replies) {
            send(from.address(), outPort, reply);
        }
        for (OSCMessage error : answer.errors) {
            sendError(from.address(), error);
        }
    }

    private boolean subscribed(Endpoint endpoint, OscSender from) {
        for (Subscription s : subscriptions) {
            if (s.endpoint == endpoint && s.sender.address().equals(from.address())) {
                return true;
            }
        }
        return false;
    }

    private void xmit(Endpoint endpoint, OscSender from, boolean on) {
        subscriptions.removeIf(s -> s.endpoint == endpoint && s.sender.address().equals(from.address()));
        if (on) {
            subscriptions.add(new Subscription(endpoint, from));
        }
    }

    private void sendError(InetAddress to, OSCMessage error) {
        if (errorLimit.tryTake()) {
            send(to, errPort, error);
        }
    }

    private void send(InetAddress to, int port, OSCMessage message) {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        try {
            new OSCSerializerAndParserBuilder().buildSerializer(new BufferBytesReceiver(buffer)).write(message);
            buffer.flip();
            byte[] bytes = Arrays.copyOf(buffer.array(), buffer.limit());
            sender.send(new DatagramPacket(bytes, bytes.length, to, port));
        } catch (OSCSerializeException | BufferOverflowException e) {
            log("OSC: could not write {} for {}: {}", message.getAddress(), to.getHostAddress(), e.toString());
        } catch (IOException e) {
            if (!closed) {
                log("OSC: could not send {} to {}: {}", message.getAddress(), to.getHostAddress(), e.toString());
            }
        }
    }

    /** Logs a refusal or a failure, at most a few a second so that a flood cannot fill the log. */
    private void log(String format, Object... args) {
        if (logLimit.tryTake()) {
            LOG.warn(format, args);
        }
    }

    /** A slot that is not the first gets its own port; pushes values to xmit subscribers. */
    private final class HubListener implements LiveListener {
        @Override
        public void slotChanged(LiveSlot slot) {
            if (closed || slot.number() == lowestSlot()) {
                return;
            }
            synchronized (own) {
                if (own.containsKey(slot.number()) || own.size() >= MAX_OWN_PORTS) {
                    return;
                }
                DatagramSocket socket = bindFree(requestedPort + 3);
                if (socket == null) {
                    LOG.warn("OSC: no free UDP port for slot {}", slot.number());
                    return;
                }
                Endpoint endpoint = new Endpoint(socket, slot.number());
                own.put(slot.number(), endpoint);
                endpoint.start();
                LOG.info("OSC: slot {} on port {}", slot.number(), endpoint.port);
            }
        }

        @Override
        public void slotClosed(int number) {
            Endpoint endpoint;
            synchronized (own) {
                endpoint = own.remove(number);
            }
            if (endpoint != null) {
                endpoint.socket.close();
                subscriptions.removeIf(s -> s.endpoint == endpoint);
            }
        }

        @Override
        public void valueChanged(LiveSlot slot, String address, double value, Object origin) {
            if (closed || subscriptions.isEmpty() || !OSCMessage.isValidAddress(address)) {
                return;
            }
            int lowest = lowestSlot();
            for (Subscription s : subscriptions) {
                boolean reached = s.endpoint.slot == null ? slot.number() == lowest : s.endpoint.slot == slot.number();
                if (reached) {
                    send(s.sender.address(), outPort, new OSCMessage(address, List.of((float) value)));
                }
            }
        }
    }

    /**
     * A sender that asked {@code xmit 1} on an endpoint: it hears every change of the slot the endpoint reaches,
     * its own too (libOSCFaust echoes them, measured by OscCompatibilityIT).
     */
    private record Subscription(Endpoint endpoint, OscSender sender) {
    }

    /** One bound in-port and its receiving thread; {@code slot} null for the base port. */
    final class Endpoint {
        final DatagramSocket socket;
        final Integer slot;
        final int port;
        final Thread thread;

        Endpoint(DatagramSocket socket, Integer slot) {
            this.socket = socket;
            this.slot = slot;
            this.port = socket.getLocalPort();
            this.thread = new Thread(this::run, "faustwire-osc-" + port);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            byte[] buffer = new byte[MAX_DATAGRAM];
            while (!socket.isClosed()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        log("OSC: receive on port {} failed: {}", port, e.toString());
                    }
                    continue;
                }
                try {
                    receive(this, Arrays.copyOf(buffer, packet.getLength()), packet.getAddress(), packet.getPort());
                } catch (RuntimeException | StackOverflowError e) {
                    log("OSC: a packet from {} failed: {}", packet.getAddress().getHostAddress(), e.toString());
                }
            }
        }
    }
}
