package org.newskg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDFS;

/** Turns a SHACL report entry into a {@link Violation} a person can act on. */
final class Wording {
  private final PrefixMapping prefixes;

  Wording(PrefixMapping prefixes) {
    this.prefixes = prefixes;
  }

  Violation violation(Graph graph, String where, ReportEntry e) {
    Node focus = e.focusNode();
    String path = e.resultPath() == null ? "" : pathText(e.resultPath());
    String message = e.message() == null ? "violates " + e.sourceConstraintComponent() : e.message();
    return new Violation(where, brief(focus), label(graph, focus), path, message + found(graph, e));
  }

  /** What was found, so "exactly one" failures say whether there were none or two. */
  private String found(Graph graph, ReportEntry e) {
    Node component = e.sourceConstraintComponent();
    boolean counting =
        SHACL.MinCountConstraintComponent.equals(component)
            || SHACL.MaxCountConstraintComponent.equals(component);
    if (counting && e.resultPath() instanceof P_Link link) {
      List<Triple> values = graph.find(e.focusNode(), link.getNode(), Node.ANY).toList();
      if (values.isEmpty()) {
        return " (found none)";
      }
      List<String> shown = values.stream().map(t -> brief(t.getObject())).sorted().toList();
      return " (found " + values.size() + ": " + String.join(", ", shown) + ")";
    }
    if (e.value() != null) {
      return " (found " + brief(e.value()) + ")";
    }
    return "";
  }

  private String pathText(Path path) {
    if (path instanceof P_Link link) {
      return brief(link.getNode());
    }
    return path.toString(new Prologue(prefixes));
  }

  String brief(Node n) {
    if (n.isURI()) {
      String s = prefixes.shortForm(n.getURI());
      return s.equals(n.getURI()) ? "<" + s + ">" : s;
    }
    if (n.isLiteral()) {
      String lex = n.getLiteralLexicalForm().replaceAll("\\s+", " ");
      return "\"" + (lex.length() > 40 ? lex.substring(0, 37) + "..." : lex) + "\"";
    }
    return n.toString();
  }

  private static String label(Graph graph, Node focus) {
    List<Triple> labels = graph.find(focus, RDFS.label.asNode(), Node.ANY).toList();
    return labels.stream()
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .map(Node::getLiteralLexicalForm)
        .filter(s -> !s.isBlank())
        .sorted()
        .findFirst()
        .orElse(null);
  }
}
