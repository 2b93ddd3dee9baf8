package org.newskg.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes sorted triples as compacted JSON-LD that reads as plain JSON: an {@code @context} with the
 * prefixes and a type for each property that always has the same kind of value, so most values are
 * bare strings ({@code "nkg:attributor": "actor:united-states"}, {@code "nkg:index": "3"}). Written
 * by hand rather than by a JSON-LD library so the bytes depend on the data only.
 */
final class JsonLdWriter {
  private JsonLdWriter() {}

  /** Local parts that expand back to the same IRI when written as "prefix:local". */
  private static final Pattern SAFE_LOCAL = Pattern.compile("[A-Za-z0-9_%.-][A-Za-z0-9_%./-]*");

  private static final String STRING = XSDDatatype.XSDstring.getURI();

  /** {@code triples} must be sorted by {@link NodeOrder#TRIPLE}. */
  static void write(List<Triple> triples, PrefixMapping prefixes, PrintStream out) {
    Map<String, String> coercion = coercions(triples, prefixes);
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("{\n  \"@context\": {\n");
    List<String> entries = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(prefixes.getNsPrefixMap()).entrySet()) {
      entries.add("    " + str(e.getKey()) + ": " + str(e.getValue()));
    }
    for (Map.Entry<String, String> e : coercion.entrySet()) {
      entries.add("    " + str(e.getKey()) + ": { \"@type\": " + str(e.getValue()) + " }");
    }
    b.append(String.join(",\n", entries)).append("\n  },\n  \"@graph\": [");
    int i = 0;
    boolean firstNode = true;
    while (i < triples.size()) {
      Node subject = triples.get(i).getSubject();
      int end = i;
      while (end < triples.size() && triples.get(end).getSubject().equals(subject)) {
        end++;
      }
      b.append(firstNode ? "\n" : ",\n");
      firstNode = false;
      node(b, subject, triples.subList(i, end), prefixes, coercion);
      i = end;
      if (b.length() > (1 << 15)) {
        out.append(b);
        b.setLength(0);
      }
    }
    b.append(firstNode ? "]\n}\n" : "\n  ]\n}\n");
    out.append(b);
    out.flush();
  }

  private static void node(
      StringBuilder b,
      Node subject,
      List<Triple> props,
      PrefixMapping prefixes,
      Map<String, String> coercion) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    List<String> types = new ArrayList<>();
    TreeMap<String, List<Node>> grouped = new TreeMap<>();
    for (Triple t : props) {
      if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
        types.add(str(compact(t.getObject().getURI(), prefixes)));
      } else {
        grouped
            .computeIfAbsent(key(t.getPredicate(), prefixes), k -> new ArrayList<>())
            .add(t.getObject());
      }
    }
    for (Map.Entry<String, List<Node>> e : grouped.entrySet()) {
      String type = coercion.get(e.getKey());
      List<String> values = new ArrayList<>();
      for (Node o : e.getValue()) {
        values.add(value(o, type, prefixes));
      }
      byKey.put(e.getKey(), values);
    }
    b.append("    {\n      \"@id\": ").append(str(id(subject, prefixes)));
    if (!types.isEmpty()) {
      b.append(",\n      \"@type\": ").append(list(types));
    }
    for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
      b.append(",\n      ").append(str(e.getKey())).append(": ").append(list(e.getValue()));
    }
    b.append("\n    }");
  }

  private static String list(List<String> values) {
    return values.size() == 1 ? values.get(0) : "[ " + String.join(", ", values) + " ]";
  }

  private static String value(Node o, String coercedType, PrefixMapping prefixes) {
    if (o.isURI() || o.isBlank()) {
      String id = id(o, prefixes);
      return "@id".equals(coercedType) ? str(id) : "{ \"@id\": " + str(id) + " }";
    }
    String lex = o.getLiteralLexicalForm();
    if (!o.getLiteralLanguage().isEmpty()) {
      return "{ \"@value\": " + str(lex) + ", \"@language\": " + str(o.getLiteralLanguage()) + " }";
    }
    String dt = o.getLiteralDatatypeURI();
    if (dt.equals(STRING) || (coercedType != null && coercedType.equals(compact(dt, prefixes)))) {
      return str(lex);
    }
    return "{ \"@value\": " + str(lex) + ", \"@type\": " + str(compact(dt, prefixes)) + " }";
  }

  /**
   * Properties whose values are all IRIs get {@code "@id"}, all of one non-string datatype get that
   * datatype; plain strings need nothing.
   */
  private static Map<String, String> coercions(List<Triple> triples, PrefixMapping prefixes) {
    Map<String, Set<String>> kinds = new TreeMap<>();
    for (Triple t : triples) {
      if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
        continue;
      }
      Node o = t.getObject();
      String kind;
      if (o.isURI()) {
        kind = "@id";
      } else if (o.isLiteral() && o.getLiteralLanguage().isEmpty()) {
        kind = o.getLiteralDatatypeURI();
      } else {
        kind = "other";
      }
      kinds.computeIfAbsent(key(t.getPredicate(), prefixes), k -> new TreeSet<>()).add(kind);
    }
    Map<String, String> out = new TreeMap<>();
    kinds.forEach(
        (key, set) -> {
          if (set.size() == 1) {
            String kind = set.iterator().next();
            if (kind.equals("@id")) {
              out.put(key, "@id");
            } else if (!kind.equals("other") && !kind.equals(STRING)) {
              out.put(key, compact(kind, prefixes));
            }
          }
        });
    return out;
  }

  private static String key(Node predicate, PrefixMapping prefixes) {
    return compact(predicate.getURI(), prefixes);
  }

  private static String id(Node n, PrefixMapping prefixes) {
    return n.isBlank() ? "_:" + n.getBlankNodeLabel() : compact(n.getURI(), prefixes);
  }

  /** "prefix:local" when that expands back to {@code iri} unambiguously, else the full IRI. */
  static String compact(String iri, PrefixMapping prefixes) {
    String best = null;
    String bestNs = "";
    for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet()) {
      String ns = e.getValue();
      if (iri.startsWith(ns) && ns.length() > bestNs.length() && !e.getKey().isEmpty()) {
        String local = iri.substring(ns.length());
        if (!local.isEmpty() && SAFE_LOCAL.matcher(local).matches() && !local.startsWith("//")) {
          best = e.getKey() + ":" + local;
          bestNs = ns;
        }
      }
    }
    return best != null ? best : iri;
  }

  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
