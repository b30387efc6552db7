package org.tdah.assistant.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The root's {@code spotbugs-exclude.xml} stays narrow (docs/deployment/security-gates.md): each
 * {@code Match} names one existing product class by its exact name, at most one method, one bug
 * pattern, and carries a comment with its reason. A package, a wildcard, a pattern alone or a
 * class that no longer exists is rejected, so an exclusion can neither hide a whole family of
 * findings nor outlive the code it was written for. (The bench module is not on this classpath;
 * an exclusion for one of its classes would need it added.)
 */
class SpotBugsExclusionsTest {
    private static final Path EXCLUSIONS = Path.of("..", "spotbugs-exclude.xml");
    private static final Set<String> ALLOWED_CHILDREN = Set.of("Class", "Method", "Bug");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]*");
    private static final Pattern ONE_PATTERN = Pattern.compile("[A-Z0-9_]+");

    @Test
    void every_exclusion_of_the_build_is_narrow_justified_and_about_an_existing_class() throws Exception {
        assertThat(EXCLUSIONS).as("the exclusion file the parent pom points at").isRegularFile();
        Document filter;
        try (InputStream in = Files.newInputStream(EXCLUSIONS)) {
            filter = parse(in);
        }
        assertThat(matches(filter)).as("the file holds the exclusion of EmbeddedPostgresServer").isNotEmpty();
        assertThat(violations(filter)).isEmpty();
    }

    @Test
    void a_blanket_or_unexplained_exclusion_is_rejected() throws Exception {
        Document filter = parse(new ByteArrayInputStream("""
                <FindBugsFilter>
                  <Match><Bug pattern="SQL_INJECTION_JDBC"/></Match>
                  <!-- a whole package -->
                  <Match><Package name="org.tdah.assistant.adapters.persistence"/><Bug pattern="EI_EXPOSE_REP"/></Match>
                  <!-- a regular expression for the class -->
                  <Match><Class name="~.*Server"/><Bug pattern="PREDICTABLE_RANDOM"/></Match>
                  <!-- two patterns at once -->
                  <Match><Class name="org.tdah.assistant.adapters.rest.shared.RequestId"/><Bug pattern="PREDICTABLE_RANDOM,REDOS"/></Match>
                  <!-- a class that does not exist -->
                  <Match><Class name="org.tdah.assistant.Gone"/><Bug pattern="REDOS"/></Match>
                  <Match><Class name="org.tdah.assistant.adapters.rest.shared.RequestId"/><Bug pattern="PREDICTABLE_RANDOM"/></Match>
                </FindBugsFilter>
                """.getBytes(StandardCharsets.UTF_8)));

        List<String> violations = violations(filter);

        assertThat(violations).hasSize(8);
        assertThat(violations.get(0)).contains("match 1").contains("no comment");
        assertThat(violations.get(1)).contains("match 1").contains("one Class");
        assertThat(String.join("\n", violations))
                .contains("match 2: Package")
                .contains("match 3: class ~.*Server")
                .contains("match 4: bug pattern PREDICTABLE_RANDOM,REDOS")
                .contains("match 5: class org.tdah.assistant.Gone")
                .contains("match 6: no comment");
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    private static List<Element> matches(Document filter) {
        List<Element> matches = new ArrayList<>();
        for (Node node = filter.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals("Match")) {
                matches.add(element);
            }
        }
        return matches;
    }

    private static List<String> violations(Document filter) throws IOException {
        List<String> violations = new ArrayList<>();
        List<Element> matches = matches(filter);
        for (int i = 0; i < matches.size(); i++) {
            Element match = matches.get(i);
            String where = "match " + (i + 1);
            if (!hasCommentBefore(match)) {
                violations.add(where + ": no comment saying why");
            }
            List<Element> classes = new ArrayList<>();
            List<Element> bugs = new ArrayList<>();
            int methods = 0;
            for (Node node = match.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element child)) {
                    continue;
                }
                String name = child.getLocalName();
                if (!ALLOWED_CHILDREN.contains(name)) {
                    violations.add(where + ": " + name + " is not narrow (only Class, Method and Bug)");
                } else if (name.equals("Class")) {
                    classes.add(child);
                } else if (name.equals("Bug")) {
                    bugs.add(child);
                } else {
                    methods++;
                }
            }
            if (classes.size() != 1 || bugs.size() != 1 || methods > 1) {
                violations.add(where + ": needs one Class, one Bug and at most one Method");
                continue;
            }
            String className = classes.get(0).getAttribute("name");
            if (!PLAIN_NAME.matcher(className).matches()) {
                violations.add(where + ": class " + className + " is not one exact class name");
            } else if (!exists(className)) {
                violations.add(where + ": class " + className + " is not a class of the product");
            }
            Element bug = bugs.get(0);
            String pattern = bug.getAttribute("pattern");
            if (!ONE_PATTERN.matcher(pattern).matches() || bug.hasAttribute("code") || bug.hasAttribute("category")) {
                violations.add(where + ": bug pattern " + pattern + " is not one pattern");
            }
        }
        return violations;
    }

    private static boolean hasCommentBefore(Element match) {
        for (Node node = match.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
            if (node.getNodeType() == Node.COMMENT_NODE) {
                return !node.getTextContent().isBlank();
            }
            if (node.getNodeType() != Node.TEXT_NODE || !node.getTextContent().isBlank()) {
                return false;
            }
        }
        return false;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, SpotBugsExclusionsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
