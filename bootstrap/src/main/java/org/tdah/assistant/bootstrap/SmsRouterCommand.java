package org.tdah.assistant.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.StartupFailure;

/**
 * {@code sms-router <config.yml>}: the SMS router alone, the roadmap's router service. It serves
 * only the Twilio webhooks ({@code /api/v1/sms/twilio/inbound} and {@code /status}) on
 * {@code sms.routerPort} (8003), and routes and sends texts; no other API, no other job. So intake
 * scales and fails apart from the API: a burst of texts never slows a login, and an API outage
 * never loses a text. Same configuration as {@code server}; the admin port stays for health checks.
 */
final class SmsRouterCommand extends ServerCommand<AssistantConfiguration> {

    SmsRouterCommand(Application<AssistantConfiguration> application) {
        super(application, "sms-router", "Serves the Twilio webhooks only and routes texts (port 8003)");
    }

    @Override
    protected void run(Bootstrap<AssistantConfiguration> bootstrap, Namespace namespace,
            AssistantConfiguration configuration) throws Exception {
        asRouter(configuration);
        super.run(bootstrap, namespace, configuration);
    }

    /** The configuration of a router: one connector on the router port, webhooks and routing only. */
    static void asRouter(AssistantConfiguration configuration) {
        if (!(configuration.getServerFactory() instanceof DefaultServerFactory server)) {
            throw new IllegalArgumentException("sms-router needs server.applicationConnectors and"
                    + " server.adminConnectors (the default server type), as config.yml has them.");
        }
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setPort(configuration.sms.routerPort);
        server.setApplicationConnectors(List.of(connector));
        configuration.servesApi = false;
        configuration.jobs.enabled = false;
        configuration.routesSmsOnly = true;
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, e);
    }
}
