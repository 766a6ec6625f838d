package dev.faustwire.server.osc;

import com.illposed.osc.OSCMessage;
import java.util.ArrayList;
import java.util.List;

/** What one OSC message asks in return: replies (to the sender's out port), errors (its error port), an xmit switch. */
final class OscAnswer {
    final List<OSCMessage> replies = new ArrayList<>();
    final List<OSCMessage> errors = new ArrayList<>();
    /** The sender's new xmit mode (0 off, else on), or null when the message did not say. */
    Integer xmit;

    /** A reply; one whose address javaosc will not write (a label with a space, say) is left out. */
    void reply(String address, Object... args) {
        if (OSCMessage.isValidAddress(address)) {
            replies.add(new OSCMessage(address, List.of(args)));
        }
    }

    void error(String address, String reason) {
        errors.add(new OSCMessage(OscAddressSpace.ERROR_ADDRESS, List.of(OscAddressSpace.printable(address), reason)));
    }
}
