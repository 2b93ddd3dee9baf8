package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.cli.Main;
import org.newskg.graph.SampleFacts;
import org.newskg.serve.SeedStore;
import org.newskg.store.ExportFormat;
import org.newskg.store.GraphBuilder;
import org.newskg.store.Store;
import picocli.CommandLine;

/**
 * Every {@code export --format} read back by readers that share no code with Jena's writers:
 * raptor's {@code rapper} and Python's rdflib (Debian's, under /usr/bin/python3), each asked to
 * re-serialise as N-Triples or N-Quads; and by Jena itself. Each must give back exactly the store:
 * a graph isomorphic to the union of the article graphs for the merged formats, a dataset
 * isomorphic to the store for TriG and N-Quads.
 */
class IndependentReaderTest {
  static final Path RAPPER = Path.of("/usr/bin/rapper");
  static final Path PYTHON = Path.of("/usr/bin/python3");
  /** An article whose name and texts need escaping in every syntax: quotes, spaces, tab, RTL. */
  static final String HOSTILE = "hostile \"name\" ü #1.txt";

  @TempDir static Path tmp;
  static Graph union;
  static DatasetGraph quads;

  @BeforeAll
  static void buildAndExport() throws IOException {
    Path db = tmp.resolve("db");
    try (Store store = SeedStore.build(db)) {
      GraphBuilder.replace(store.dataset(), List.of(SampleFacts.article(HOSTILE)));
      Txn.executeRead(store.dataset(), () -> {
        union = GraphFactory.createDefaultGraph();
        store.dataset().getUnionGraph().find().forEachRemaining(union::add);
        quads = DatasetGraphFactory.create();
        store.dataset().find().forEachRemaining(quads::add);
      });
    }
    for (ExportFormat f : ExportFormat.values()) {
      StringWriter err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setErr(new PrintWriter(err));
      int code = cl.execute("export", "--db", db.toString(), "--format", f.id(), "--output", file(f).toString());
      assertEquals(0, code, f + ": " + err);
    }
    assertTrue(union.size() > 2000, "the seeds and the hostile article: " + union.size() + " triples");
  }

  static Path file(ExportFormat f) {
    return tmp.resolve("kg." + f.extension());
  }

  static Lang jenaLang(ExportFormat f) {
    return switch (f) {
      case TURTLE -> Lang.TURTLE;
      case TRIG -> Lang.TRIG;
      case NQUADS -> Lang.NQUADS;
      case JSONLD -> Lang.JSONLD;
      case RDFXML -> Lang.RDFXML;
    };
  }

  /** Checks that {@code text} in N-Triples / N-Quads is exactly what the store holds. */
  static void assertSameAsStore(ExportFormat f, String text, String reader) {
    ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    if (f.namedGraphs()) {
      DatasetGraph read = RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
      assertEquals(quads.stream().count(), read.stream().count(), reader + " reading " + f + ": quad count");
      assertTrue(IsoMatcher.isomorphic(quads, read), reader + " reading " + f + " gives another dataset");
    } else {
      Graph read = RDFParser.source(in).lang(Lang.NTRIPLES).toGraph();
      assertEquals(union.size(), read.size(), reader + " reading " + f + ": triple count");
      assertTrue(union.isIsomorphicWith(read), reader + " reading " + f + " gives another graph");
    }
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void jenaReadsBackTheStore(ExportFormat f) {
    if (f.namedGraphs()) {
      DatasetGraph read = RDFParser.source(file(f)).lang(jenaLang(f)).toDatasetGraph();
      assertTrue(IsoMatcher.isomorphic(quads, read), f + " read by Jena is not the store");
    } else {
      Graph read = RDFParser.source(file(f)).lang(jenaLang(f)).toGraph();
      assertTrue(union.isIsomorphicWith(read), f + " read by Jena is not the store's union graph");
    }
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG", "NQUADS", "RDFXML"})
  void rapperReadsItAsTheStore(ExportFormat f) throws Exception {
    assumeTrue(Files.isExecutable(RAPPER), "needs rapper (apt-get install raptor2-utils)");
    String in = switch (f) {
      case TURTLE -> "turtle";
      case TRIG -> "trig";
      case NQUADS -> "nquads";
      default -> "rdfxml";
    };
    // Strict: any warning (rapper exits 2) or error (1) fails, not only an unreadable file.
    Result r = exec(List.of(RAPPER.toString(), "-q", "-i", in, "-o", f.namedGraphs() ? "nquads" : "ntriples",
        file(f).toString()));
    assertEquals(0, r.code, "rapper -i " + in + ": " + r.err);
    assertSameAsStore(f, r.out, "rapper");
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void rdflibReadsItAsTheStore(ExportFormat f) throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "needs /usr/bin/python3");
    Result probe = exec(List.of(PYTHON.toString(), "-c", "import rdflib"));
    assumeTrue(probe.code == 0, "needs rdflib (apt-get install python3-rdflib)");
    String format = switch (f) {
      case TURTLE -> "turtle";
      case TRIG -> "trig";
      case NQUADS -> "nquads";
      case JSONLD -> "json-ld";
      case RDFXML -> "xml";
    };
    String script = String.join("\n",
        "import sys, rdflib",
        "path, fmt, named = sys.argv[1], sys.argv[2], sys.argv[3] == 'quads'",
        "g = rdflib.ConjunctiveGraph() if named else rdflib.Graph()",
        "g.parse(path, format=fmt)",
        "out = g.serialize(format='nquads' if named else 'nt')",
        "sys.stdout.buffer.write(out.encode('utf-8') if isinstance(out, str) else out)");
    Result r = exec(List.of(PYTHON.toString(), "-c", script, file(f).toString(), format,
        f.namedGraphs() ? "quads" : "triples"));
    assertEquals(0, r.code, "rdflib format=" + format + ": " + r.err);
    assertSameAsStore(f, r.out, "rdflib");
  }

  record Result(int code, String out, String err) {}

  static Result exec(List<String> command) throws Exception {
    Process p = new ProcessBuilder(new ArrayList<>(command)).start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command.get(0));
    }
    return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
  }

  static byte[] read(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
