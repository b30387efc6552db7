package org.tdah.assistant.bootstrap.logscan;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;

/**
 * Hands every logging event to {@link SecretScan}: the message as written, the logging context
 * (MDC) and the messages of the exception and its causes, as the console and JSON layouts would
 * write them. It stays on the root logger when an application reconfigures logging: Dropwizard
 * resets the logger context at each start and stop, and a reset-resistant listener puts the
 * appender back after each reset, before the new configuration's appenders join it.
 */
final class SecretScanningAppender extends AppenderBase<ILoggingEvent> implements LoggerContextListener {
    private static final String NAME = "secret-scan";

    SecretScanningAppender() {
        setName(NAME);
    }

    synchronized void attachTo(LoggerContext context) {
        if (!context.getCopyOfListenerList().contains(this)) {
            context.addListener(this);
        }
        reattach(context);
    }

    private void reattach(LoggerContext context) {
        setContext(context);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(NAME) == null) {
            root.addAppender(this);
        }
        if (!isStarted()) {
            start();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
        event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        for (IThrowableProxy failure = event.getThrowableProxy(); failure != null; failure = failure.getCause()) {
            line.append(" | ").append(failure.getClassName()).append(": ").append(failure.getMessage());
        }
        SecretScan.inspect(event.getLevel() + " " + event.getLoggerName() + " [" + event.getThreadName() + "]",
                line.toString());
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onStart(LoggerContext context) {}

    @Override
    public void onReset(LoggerContext context) {
        reattach(context);
    }

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(Logger logger, Level level) {}
}
