package org.newskg.validate;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.graph.NKG;
import org.newskg.graph.Namespaces;
import org.newskg.store.Home;

/**
 * Checks graphs against the SHACL shapes (by default {@code ontology/shapes.ttl}) and reports the
 * violations in words.
 *
 * <pre>{@code
 * Report r = GraphValidator.standard().validate(store.dataset());
 * if (!r.conforms()) r.print(out);
 * }</pre>
 */
public final class GraphValidator {
  /** Where the shapes live, relative to the project root. */
  public static final String SHAPES = "ontology/shapes.ttl";

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::where)
          .thenComparing(Violation::focus)
          .thenComparing(Violation::path)
          .thenComparing(Violation::message);

  private final Shapes shapes;
  private final Wording wording = new Wording(Namespaces.mapping());

  private GraphValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  /**
   * The project's shapes, found in the working directory or under NEWSKG_HOME.
   *
   * @throws IllegalArgumentException when the file is missing or broken (one line naming it)
   */
  public static GraphValidator standard() {
    java.nio.file.Path file = Home.find(SHAPES);
    if (file == null) {
      throw new IllegalArgumentException(
          "cannot find " + SHAPES + "; run from the project folder or set NEWSKG_HOME");
    }
    return load(file);
  }

  /**
   * Shapes from a Turtle file.
   *
   * @throws IllegalArgumentException when the file is missing or not valid Turtle/SHACL, naming
   *     the file and, for a syntax error, the line
   */
  public static GraphValidator load(java.nio.file.Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such shapes file");
    }
    try {
      Graph g = RDFParser.source(file).lang(org.apache.jena.riot.Lang.TURTLE).toGraph();
      return new GraphValidator(Shapes.parse(g));
    } catch (RiotException e) {
      throw new IllegalArgumentException(file + ": " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not valid SHACL: " + firstLine(e.getMessage()));
    }
  }

  /** Validates one graph on its own. */
  public Report validate(Graph graph) {
    return new Report(1, sorted(check(graph, "")));
  }

  /**
   * Validates each named graph of {@code dataset} (one per article) on its own, so a violation
   * names the article it is in; also the default graph when it holds anything. Runs in a read
   * transaction of its own.
   */
  public Report validate(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> {
      List<Violation> all = new ArrayList<>();
      List<Node> names = new ArrayList<>();
      dataset.listGraphNodes().forEachRemaining(names::add);
      names.sort(Comparator.comparing(Node::toString));
      int graphs = 0;
      if (!dataset.getDefaultGraph().isEmpty()) {
        all.addAll(check(copy(dataset.getDefaultGraph()), "default graph"));
        graphs++;
      }
      for (Node name : names) {
        // In memory: SHACL probes the graph many times, which is slow straight off TDB2.
        Graph g = copy(dataset.getGraph(name));
        all.addAll(check(g, where(g, name)));
        graphs++;
      }
      return new Report(graphs, sorted(all));
    });
  }

  /**
   * For {@code build}'s summary line: the number of violations in {@code dataset} under the
   * project's shapes, with a pointer to {@code newskg validate} when there are any. Never throws
   * for missing or broken shapes: a build that worked must not fail over its check.
   */
  public static String summaryAfterBuild(DatasetGraph dataset) {
    GraphValidator v;
    try {
      v = standard();
    } catch (IllegalArgumentException e) {
      return "not checked: " + e.getMessage();
    }
    try {
      Report r = v.validate(dataset);
      return r.conforms() ? "0" : r.count() + " (see 'newskg validate')";
    } catch (RuntimeException e) {
      return "not checked: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
    }
  }

  private List<Violation> check(Graph graph, String where) {
    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
    List<Violation> out = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      out.add(wording.violation(graph, where, e));
    }
    return out;
  }

  /** The article's file name, which users know, rather than the graph IRI. */
  private String where(Graph g, Node graphName) {
    return g.find(Node.ANY, NKG.fileName.asNode(), Node.ANY)
        .mapWith(Triple::getObject)
        .filterKeep(Node::isLiteral)
        .mapWith(Node::getLiteralLexicalForm)
        .toList()
        .stream()
        .sorted()
        .findFirst()
        .orElseGet(() -> wording.brief(graphName));
  }

  private static Graph copy(Graph g) {
    Graph mem = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(mem::add);
    return mem;
  }

  private static List<Violation> sorted(List<Violation> v) {
    List<Violation> out = new ArrayList<>(v);
    out.sort(ORDER);
    return out;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
