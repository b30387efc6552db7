package org.tdah.assistant.archfixtures.rings.application.port;

import org.tdah.assistant.archfixtures.rings.domain.Order;

public interface Orders {
    void add(Order order);
}
