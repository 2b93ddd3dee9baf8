package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.graph.NKG;
import org.newskg.graph.Namespaces;

/**
 * Writes the store (or any dataset) in a standard RDF format, byte-for-byte the same for the same
 * content: quads are read in one read transaction, sorted by {@link NodeOrder}, and written with
 * streaming writers that keep that order. Nothing here depends on TDB2 node ids or hash order.
 */
public final class Exporter {
  private Exporter() {}

  /** The graph the ontology goes into when an export with named graphs includes it. */
  public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(NKG.ONTOLOGY);

  /**
   * Exports {@code dataset}'s named graphs (its default graph is not used: the build writes only
   * article graphs) to {@code out}, with {@code ontology} added when it is not null.
   */
  public static void export(
      DatasetGraph dataset, ExportFormat format, Graph ontology, OutputStream out) {
    List<Quad> quads = new ArrayList<>();
    Txn.executeRead(
        dataset,
        () ->
            dataset
                .find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(
                    q -> {
                      if (!q.isDefaultGraph()) {
                        quads.add(q);
                      }
                    }));
    if (ontology != null) {
      ontology.find().forEachRemaining(t -> quads.add(Quad.create(ONTOLOGY_GRAPH, t)));
    }
    PrefixMapping prefixes = Namespaces.mapping();
    if (format.namedGraphs()) {
      quads.sort(NodeOrder.QUAD);
      writeQuads(dedupe(quads), format, prefixes, out);
    } else {
      List<Triple> triples = new ArrayList<>(quads.size());
      for (Quad q : quads) {
        triples.add(q.asTriple());
      }
      triples.sort(NodeOrder.TRIPLE);
      writeTriples(dedupe(triples), format, prefixes, out);
    }
  }

  /** Writes {@code graph} as Turtle in a content-only order, with {@code prefixes} declared. */
  public static void writeTurtle(Graph graph, PrefixMapping prefixes, OutputStream out) {
    List<Triple> triples = new ArrayList<>(graph.find().toList());
    triples.sort(NodeOrder.TRIPLE);
    writeTriples(triples, ExportFormat.TURTLE, prefixes, out);
  }

  /** Reads the ontology file (Turtle). */
  public static Graph readOntology(Path file) {
    return RDFParser.source(file).toGraph();
  }

  /**
   * Writes to {@code file} through a temporary file in the same folder, moved into place when
   * complete: readers never see half an export, and a failed export leaves the old file.
   */
  public static void exportToFile(
      DatasetGraph dataset, ExportFormat format, Graph ontology, Path file) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      keepPermissions(tmp, abs);
      try (OutputStream out = Files.newOutputStream(tmp)) {
        export(dataset, format, ontology, out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The export already failed; that error is the one to report.
        }
      }
    }
  }

  /**
   * Temporary files are private (rw-------); the export should look like any file the user writes:
   * the permissions of the file it replaces, else rw-r--r--.
   */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    try {
      Files.setPosixFilePermissions(
          tmp,
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }

  private static <T> List<T> dedupe(List<T> sorted) {
    List<T> out = new ArrayList<>(sorted.size());
    for (T t : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static void writeQuads(
      List<Quad> quads, ExportFormat format, PrefixMapping prefixes, OutputStream out) {
    RDFFormat rdfFormat = format == ExportFormat.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS;
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, rdfFormat, null);
    stream.start();
    if (format == ExportFormat.TRIG) {
      declare(stream, prefixes);
    }
    quads.forEach(stream::quad);
    stream.finish();
  }

  private static void writeTriples(
      List<Triple> triples, ExportFormat format, PrefixMapping prefixes, OutputStream out) {
    switch (format) {
      case TURTLE -> {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS, null);
        stream.start();
        declare(stream, prefixes);
        triples.forEach(stream::triple);
        stream.finish();
      }
      case JSONLD -> {
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        JsonLdWriter.write(triples, prefixes, print);
        print.flush();
      }
      case RDFXML -> {
        requireXmlChars(triples);
        // The plain RDF/XML writer walks the graph's subjects and properties in the graph's
        // iteration order, which for an in-memory graph follows insertion order: sorted here.
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        g.getPrefixMapping().setNsPrefixes(prefixes);
        RDFWriter.source(g).format(RDFFormat.RDFXML_PLAIN).output(out);
      }
      default -> throw new IllegalArgumentException(format + " keeps named graphs");
    }
  }

  /**
   * XML 1.0 has no way to write most control characters, even escaped; Jena's writer would fail
   * halfway through. Refuse up front, saying which text and which formats can hold it.
   */
  private static void requireXmlChars(List<Triple> triples) {
    for (Triple t : triples) {
      Node o = t.getObject();
      if (o.isLiteral()) {
        String lex = o.getLiteralLexicalForm();
        for (int i = 0; i < lex.length(); i++) {
          char c = lex.charAt(i);
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException(
                String.format(
                    "rdfxml cannot hold the control character U+%04X in the text of <%s>;"
                        + " export as turtle, trig, nquads or jsonld instead",
                    (int) c, t.getSubject().isURI() ? t.getSubject().getURI() : t.getSubject()));
          }
        }
      }
    }
  }

  private static void declare(StreamRDF stream, PrefixMapping prefixes) {
    for (Map.Entry<String, String> e :
        new java.util.TreeMap<>(prefixes.getNsPrefixMap()).entrySet()) {
      stream.prefix(e.getKey(), e.getValue());
    }
  }
}
