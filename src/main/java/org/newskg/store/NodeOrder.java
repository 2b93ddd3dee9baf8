package org.newskg.store;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * A total order on RDF terms, triples and quads that depends only on their content: exports sort by
 * it because TDB2 returns quads in node-id order, which depends on insertion history.
 */
final class NodeOrder {
  private NodeOrder() {}

  static final Comparator<Node> NODE = NodeOrder::compare;

  static final Comparator<Triple> TRIPLE =
      Comparator.comparing(Triple::getSubject, NODE)
          .thenComparing(Triple::getPredicate, NODE)
          .thenComparing(Triple::getObject, NODE);

  /** Graph first, so that a sorted quad stream writes each graph in one block. */
  static final Comparator<Quad> QUAD =
      Comparator.comparing(Quad::getGraph, NODE)
          .thenComparing(Quad::getSubject, NODE)
          .thenComparing(Quad::getPredicate, NODE)
          .thenComparing(Quad::getObject, NODE);

  private static int rank(Node n) {
    if (n.isURI()) {
      return 0;
    }
    if (n.isBlank()) {
      return 1;
    }
    if (n.isLiteral()) {
      return 2;
    }
    return 3;
  }

  static int compare(Node a, Node b) {
    int c = Integer.compare(rank(a), rank(b));
    if (c != 0) {
      return c;
    }
    if (a.isURI()) {
      return a.getURI().compareTo(b.getURI());
    }
    if (a.isBlank()) {
      return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
    }
    if (a.isLiteral()) {
      c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
      if (c == 0) {
        c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
      }
      if (c == 0) {
        c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
      }
      return c;
    }
    return a.toString().compareTo(b.toString());
  }
}
