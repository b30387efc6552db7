package org.tdah.assistant.adapters.sms.emulator;

import java.net.URI;

/** A valid "create message" request: exactly what will be recorded. */
record MessageRequest(String to, String from, String messagingServiceSid, String body, URI statusCallback) {
}
