import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;

/**
 * The two outside services the image's health checks reach besides PostgreSQL and Redis, on loopback, for
 * build-and-run.sh: the project's own Twilio API emulator (adapters-sms, the one dev mode uses) and a minimal
 * SMTP server without authentication or TLS that takes every message and appends it to a file. Run as a source
 * file: {@code java -cp adapters-sms/target/classes:bootstrap/target/assistant.jar OutsideServices.java <account SID>
 * <file holding the auth token> <ports file> <mail file>}; it writes {@code twilio=<port> smtp=<port>} to the
 * ports file and runs until killed. The token is read from a file so that it never shows in the process list.
 */
public final class OutsideServices {
    private OutsideServices() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: OutsideServices <account SID> <auth token file> <ports file> <mail file>");
        }
        Path mail = Path.of(args[3]);
        String authToken = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).strip();
        TwilioApiEmulator twilio = TwilioApiEmulator.start(args[0], authToken);
        ServerSocket smtp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread smtpThread = new Thread(() -> serve(smtp, mail), "smtp");
        smtpThread.start();
        Path ports = Path.of(args[2]);
        Path partial = ports.resolveSibling(ports.getFileName() + ".partial");
        Files.writeString(partial, "twilio=" + twilio.baseUri().getPort() + " smtp=" + smtp.getLocalPort() + "\n");
        Files.move(partial, ports);
    }

    private static void serve(ServerSocket listener, Path mail) {
        while (true) {
            try {
                Socket client = listener.accept();
                Thread session = new Thread(() -> converse(client, mail), "smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }

    private static void converse(Socket client, Path mail) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII))) {
            reply(out, "220 localhost SMTP ready");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line : line.substring(0, 4);
                switch (verb.toUpperCase(Locale.ROOT)) {
                    case "EHLO", "HELO", "NOOP", "RSET", "MAIL", "RCPT" -> reply(out, "250 localhost");
                    case "DATA" -> {
                        reply(out, "354 end with a line holding a single dot");
                        StringBuilder message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                        }
                        synchronized (OutsideServices.class) {
                            Files.writeString(mail, message.append("\n.\n"), StandardCharsets.US_ASCII,
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                        reply(out, "250 taken");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException ignored) {
            // the client went away; the next one gets its own session
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }
}
