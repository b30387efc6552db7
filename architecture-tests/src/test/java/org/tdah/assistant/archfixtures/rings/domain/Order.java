package org.tdah.assistant.archfixtures.rings.domain;

public record Order(String id) {}
