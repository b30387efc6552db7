package org.tdah.assistant.adapters.rest.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.RequestId;

/**
 * Serves the single-page web app packed under a classpath folder ({@code web/}) at {@code /}, in
 * front of Jersey, which keeps {@code /*} and its paths. Only GET and HEAD outside {@code /api/}
 * and {@code /.well-known/} are answered here; everything else goes on to Jersey untouched.
 * <ul>
 *   <li>{@code /assets/*}: the files the build names by their content hash, {@code Cache-Control:
 *       public, max-age=31536000, immutable}; one that does not exist goes on to Jersey, whose 404
 *       problem answers it (never the app's page, which a browser would take as a script).</li>
 *   <li>Another file of the app ({@code /manifest.webmanifest}, {@code /icon.svg}): {@code no-cache}.</li>
 *   <li>Any other path without a file extension ({@code /}, {@code /today},
 *       {@code /verify-email?token=...}): {@code index.html}, {@code no-cache}, so a deep link or a
 *       reload opens the app on its page; a path that looks like a file and is none is a 404.</li>
 * </ul>
 * A path with a {@code ..} or {@code .} segment, a backslash, a NUL or an encoded slash is refused
 * (404) before any file is looked up. Files are read once and kept in memory with a strong ETag
 * (a conditional request gets 304); misses are not kept, so no request can grow the cache.
 */
public final class WebAppFilter implements Filter {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final String INDEX = "index.html";
    private static final String ASSETS = "/assets/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Asset(byte[] bytes, String contentType, String etag) {}

    private final ClassLoader loader;
    private final String root;
    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    /** @param root the classpath folder of the built app, e.g. {@code web} */
    public WebAppFilter(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** Whether the built app is on the classpath at all. */
    public boolean appPresent() {
        return find(INDEX).isPresent();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        boolean head = "HEAD".equals(http.getMethod());
        if (!head && !"GET".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String raw = http.getRequestURI();
        if (raw.startsWith("/api/") || raw.equals("/api") || raw.startsWith("/.well-known/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> path = safePath(raw);
        if (path.isEmpty()) {
            notFound(answer);
            return;
        }
        String file = path.get();
        if (file.startsWith(ASSETS)) {
            Optional<Asset> asset = find(file.substring(1));
            if (asset.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            send(http, answer, asset.get(), IMMUTABLE, head);
            return;
        }
        if (hasExtension(file)) {
            Optional<Asset> asset = find(file.substring(1));
            if (asset.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            send(http, answer, asset.get(), REVALIDATE, head);
            return;
        }
        Optional<Asset> index = find(INDEX);
        if (index.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        send(http, answer, index.get(), REVALIDATE, head);
    }

    /**
     * The decoded path when it names nothing outside the app's folder: no {@code .} or {@code ..}
     * segment, no backslash, NUL, encoded slash, or empty segment inside it.
     */
    static Optional<String> safePath(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new URI("http://h" + rawPath).getPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (decoded == null || decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String[] segments = decoded.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return Optional.empty();
            }
        }
        return Optional.of(decoded);
    }

    private static boolean hasExtension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.lastIndexOf('.') > 0;
    }

    private Optional<Asset> find(String relative) {
        Asset known = loaded.get(relative);
        if (known != null) {
            return Optional.of(known);
        }
        if (relative.isEmpty() || relative.endsWith("/")) {
            return Optional.empty();
        }
        URL url = loader.getResource(root + relative);
        if (url == null || isFolder(url)) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            Asset asset = new Asset(bytes, contentType(relative), etag(bytes));
            loaded.put(relative, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A folder of the classpath (the app's {@code assets/} on a file system) is no file to serve. */
    private static boolean isFolder(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return false;
        }
        try {
            return !Files.isRegularFile(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return true;
        }
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The API's own 404 problem, for a path refused before anything is looked up. */
    private static void notFound(HttpServletResponse response) throws IOException {
        GeneralProblem type = GeneralProblem.NOT_FOUND;
        byte[] body = JSON.writeValueAsBytes(new Problem(type.uri().toString(), type.title(), 404,
                "No page or file of the app has this path.", RequestId.current(), null));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Asset asset, String caching,
            boolean head) throws IOException {
        response.setHeader("Cache-Control", caching);
        response.setHeader("ETag", asset.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        String condition = request.getHeader("If-None-Match");
        if (condition != null && (condition.equals(asset.etag()) || condition.contains(asset.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(asset.contentType());
        response.setContentLength(asset.bytes().length);
        if (!head) {
            response.getOutputStream().write(asset.bytes());
        }
    }
}
