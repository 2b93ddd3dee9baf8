package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.NKG;
import org.newskg.graph.SampleFacts;

class ExporterTest {
  @TempDir Path tmp;
  private Path dir;

  @BeforeEach
  void articles() throws IOException {
    dir = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(dir.resolve("a.txt"), "An article.");
    Files.writeString(dir.resolve("b b’.txt"), "Now iran is blamed.");
  }

  private static GraphBuilder builder() {
    return new GraphBuilder(SampleFacts.extractor(), GraphBuilder.Progress.NONE, 1);
  }

  private static byte[] export(DatasetGraph dsg, ExportFormat format, Graph ontology) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(dsg, format, ontology, out);
    return out.toByteArray();
  }

  private static Lang lang(ExportFormat f) {
    return switch (f) {
      case TURTLE -> Lang.TURTLE;
      case TRIG -> Lang.TRIG;
      case NQUADS -> Lang.NQUADS;
      case JSONLD -> Lang.JSONLD;
      case RDFXML -> Lang.RDFXML;
    };
  }

  private static List<Quad> sortedQuads(DatasetGraph dsg) {
    List<Quad> out = new ArrayList<>();
    Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(out::add));
    out.sort(NodeOrder.QUAD);
    return out;
  }

  @Test
  void everyFormatParsesBackToTheStoreContent() throws IOException {
    try (Store store = Store.openOrCreate(tmp.resolve("db"))) {
      DatasetGraph dsg = store.dataset();
      builder().build(List.of(dir), dsg);
      Graph union = GraphFactory.createDefaultGraph();
      Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(union::add));
      assertTrue(union.size() > 100);
      for (ExportFormat f : ExportFormat.values()) {
        byte[] bytes = export(dsg, f, null);
        if (f.namedGraphs()) {
          DatasetGraph back =
              RDFParser.source(new java.io.ByteArrayInputStream(bytes))
                  .lang(lang(f))
                  .toDatasetGraph();
          assertEquals(sortedQuads(dsg), sortedQuads(back), f.id());
        } else {
          Graph back =
              RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(lang(f)).toGraph();
          assertTrue(union.isIsomorphicWith(back), f.id() + " round trip");
        }
      }
      String ttl = new String(export(dsg, ExportFormat.TURTLE, null), StandardCharsets.UTF_8);
      assertTrue(ttl.startsWith("PREFIX") || ttl.startsWith("@prefix"), "prefixes declared first");
      assertTrue(ttl.contains("nkg:"), ttl.substring(0, 200));
      String json = new String(export(dsg, ExportFormat.JSONLD, null), StandardCharsets.UTF_8);
      assertTrue(json.contains("\"nkg:attributor\": \"actor:united-states\""), "plain JSON values");
      assertTrue(json.contains("\"rdfs:label\": \"United States\""));
    }
  }

  @Test
  void ontologyGoesIntoItsOwnGraphOrIsMerged() {
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    builder().build(List.of(dir), mem);
    Graph ontology = Exporter.readOntology(Path.of("ontology/newskg.ttl"));
    byte[] trig = export(mem, ExportFormat.TRIG, ontology);
    DatasetGraph back =
        RDFParser.source(new java.io.ByteArrayInputStream(trig)).lang(Lang.TRIG).toDatasetGraph();
    Node ontologyGraph = NodeFactory.createURI("https://w3id.org/newskg/ontology");
    assertTrue(back.getGraph(ontologyGraph).isIsomorphicWith(ontology));
    Graph merged =
        RDFParser.source(
                new java.io.ByteArrayInputStream(export(mem, ExportFormat.TURTLE, ontology)))
            .lang(Lang.TURTLE)
            .toGraph();
    assertTrue(
        merged.contains(
            NKG.Attribution.asNode(),
            org.apache.jena.vocabulary.RDFS.label.asNode(),
            NodeFactory.createLiteralString("Attribution")));
  }

  @Test
  void twoFreshBuildsWithDifferentHistoriesExportTheSameBytes() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b b’.txt");
    try (Store one = Store.openOrCreate(tmp.resolve("one"));
        Store two = Store.openOrCreate(tmp.resolve("two"))) {
      builder().build(List.of(a, b), one.dataset());
      // Store two sees b first, then a version of a that is later replaced: other node ids.
      Files.writeString(a, "iran first");
      builder().build(List.of(b, a), two.dataset());
      Files.writeString(a, "An article.");
      builder().build(List.of(a), two.dataset());
      Graph ontology = Exporter.readOntology(Path.of("ontology/newskg.ttl"));
      for (ExportFormat f : ExportFormat.values()) {
        assertArrayEquals(
            export(one.dataset(), f, ontology), export(two.dataset(), f, ontology), f.id());
      }
    }
  }

  @Test
  void exportToFileReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    builder().build(List.of(dir), mem);
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Path file = out.resolve("kg.nq");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    Exporter.exportToFile(mem, ExportFormat.NQUADS, null, file);
    assertArrayEquals(export(mem, ExportFormat.NQUADS, null), Files.readAllBytes(file));
    assertEquals(
        "rw-rw----",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
        "permissions of the replaced file kept, not the temporary file's rw-------");
    try (var s = Files.list(out)) {
      assertEquals(List.of(file), s.toList());
    }
  }

  @Test
  void rapperAcceptsTheTurtle() throws Exception {
    assumeTrue(onPath("rapper"), "rapper (raptor2-utils) is not installed");
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    builder().build(List.of(dir), mem);
    Graph ontology = Exporter.readOntology(Path.of("ontology/newskg.ttl"));
    Path ttl = tmp.resolve("kg.ttl");
    Exporter.exportToFile(mem, ExportFormat.TURTLE, ontology, ttl);
    long expected = RDFParser.source(ttl).toGraph().size();
    Process p =
        new ProcessBuilder("rapper", "-i", "turtle", "-c", ttl.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("returned " + expected + " triples"), log);
  }

  private static boolean onPath(String exe) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, exe))) {
        return true;
      }
    }
    return false;
  }
}
