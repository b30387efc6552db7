package org.tdah.assistant.archfixtures.rings.testkit;

import java.util.ArrayList;
import java.util.List;
import org.tdah.assistant.archfixtures.rings.application.port.Orders;
import org.tdah.assistant.archfixtures.rings.domain.Order;

/** Keeps the rule: an in-memory adapter of an out-port, knowing only the core. */
public class InMemoryOrders implements Orders {
    private final List<Order> orders = new ArrayList<>();

    @Override
    public void add(Order order) {
        orders.add(order);
    }
}
