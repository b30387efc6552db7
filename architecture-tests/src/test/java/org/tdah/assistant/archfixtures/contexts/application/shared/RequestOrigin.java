package org.tdah.assistant.archfixtures.contexts.application.shared;

public record RequestOrigin(String address) {}
