package org.tdah.assistant.adapters.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real SMTP peer on a free loopback port that gives the replies GreenMail never gives: a chosen
 * answer to RCPT TO or to the end of DATA, AUTH PLAIN and STARTTLS on offer. STARTTLS is either
 * refused with 454 or accepted with a self-signed certificate for the loopback address.
 * It records every command line it receives; message content is not recorded.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    enum StartTls { NOT_OFFERED, REFUSED, UNTRUSTED_CERTIFICATE }

    private static final String KEY_PASSWORD = "changeit";

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final String rcptReply;
    private final String dataReply;
    private final StartTls startTls;

    private ScriptedSmtpServer(String rcptReply, String dataReply, StartTls startTls) throws IOException {
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        this.startTls = startTls;
        if (startTls == StartTls.UNTRUSTED_CERTIFICATE) {
            // made before any client connects: keytool runs in a JVM of its own, which can take longer
            // on a busy machine than the client's timeout would wait in the middle of a handshake
            untrustedTls();
        }
        Thread thread = new Thread(this::serve, "scripted-smtp-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    static ScriptedSmtpServer accepting() throws IOException {
        return new ScriptedSmtpServer("250 2.1.5 OK", "250 2.0.0 queued", StartTls.NOT_OFFERED);
    }

    static ScriptedSmtpServer answeringRcptWith(String reply) throws IOException {
        return new ScriptedSmtpServer(reply, "250 2.0.0 queued", StartTls.NOT_OFFERED);
    }

    static ScriptedSmtpServer answeringDataWith(String reply) throws IOException {
        return new ScriptedSmtpServer("250 2.1.5 OK", reply, StartTls.NOT_OFFERED);
    }

    static ScriptedSmtpServer offeringStartTls(StartTls startTls) throws IOException {
        return new ScriptedSmtpServer("250 2.1.5 OK", "250 2.0.0 queued", startTls);
    }

    String host() {
        return socket.getInetAddress().getHostAddress();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The command lines received so far, AUTH responses included. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    /** The command verbs received so far, upper case ("EHLO", "AUTH", "STARTTLS", "MAIL" ...). */
    List<String> verbs() {
        List<String> verbs = new ArrayList<>();
        for (String command : commands) {
            verbs.add(command.split(" ", 2)[0].toUpperCase(Locale.ROOT));
        }
        return verbs;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException | RuntimeException connectionEnded) {
                // the client hung up or the server is closing; wait for the next connection
            }
        }
    }

    private void converse(Socket client) throws IOException {
        Channel channel = new Channel(client.getInputStream(), client.getOutputStream());
        channel.reply("220 scripted ESMTP");
        String line;
        while ((line = channel.readLine()) != null) {
            commands.add(line);
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> channel.reply(startTls == StartTls.NOT_OFFERED
                        ? "250-scripted\r\n250 AUTH PLAIN"
                        : "250-scripted\r\n250-AUTH PLAIN\r\n250 STARTTLS");
                case "HELO", "MAIL", "RSET", "NOOP" -> channel.reply("250 OK");
                case "AUTH" -> {
                    if (line.trim().equalsIgnoreCase("AUTH PLAIN")) {
                        channel.reply("334 ");
                        commands.add(channel.readLine());
                    }
                    channel.reply("235 2.7.0 Authentication successful");
                }
                case "RCPT" -> channel.reply(rcptReply);
                case "DATA" -> {
                    channel.reply("354 End data with <CR><LF>.<CR><LF>");
                    channel.skipContent();
                    channel.reply(dataReply);
                }
                case "STARTTLS" -> {
                    if (startTls == StartTls.REFUSED) {
                        channel.reply("454 4.7.0 TLS not available");
                    } else {
                        channel.reply("220 2.0.0 Ready to start TLS");
                        SSLSocket tls = (SSLSocket) untrustedTls().getSocketFactory()
                                .createSocket(client, host(), client.getPort(), true);
                        tls.setUseClientMode(false);
                        tls.startHandshake();
                        channel = new Channel(tls.getInputStream(), tls.getOutputStream());
                    }
                }
                case "QUIT" -> {
                    channel.reply("221 2.0.0 Bye");
                    return;
                }
                default -> channel.reply("500 5.5.2 unrecognised command");
            }
        }
    }

    /**
     * A self-signed certificate made for this run, valid for the loopback address: the only thing
     * wrong with it is that nobody trusts it.
     */
    private static synchronized SSLContext untrustedTls() {
        try {
            Path directory = Files.createTempDirectory("scripted-smtp");
            Path keyStore = directory.resolve("key.p12");
            directory.toFile().deleteOnExit();
            keyStore.toFile().deleteOnExit();
            Process keytool = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "scripted", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "1",
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                    "-storepass", KEY_PASSWORD, "-keypass", KEY_PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream keys = Files.newInputStream(keyStore)) {
                store.load(keys, KEY_PASSWORD.toCharArray());
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, KEY_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the test TLS key", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the test TLS key", e);
        }
    }

    private static final class Channel {
        private final BufferedReader in;
        private final Writer out;

        Channel(InputStream in, OutputStream out) {
            this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        String readLine() throws IOException {
            return in.readLine();
        }

        void skipContent() throws IOException {
            String line = in.readLine();
            while (line != null && !line.equals(".")) {
                line = in.readLine();
            }
        }

        void reply(String reply) throws IOException {
            out.write(reply + "\r\n");
            out.flush();
        }
    }
}
