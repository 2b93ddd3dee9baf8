package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.NKG;
import org.newskg.graph.SampleFacts;

class GraphBuilderTest {
  private static final Node GRAPH_A = NodeFactory.createURI("https://w3id.org/newskg/graph/a.txt");
  private static final Node GRAPH_B = NodeFactory.createURI("https://w3id.org/newskg/graph/b.txt");
  private static final Node ATTR_B =
      NodeFactory.createURI("https://w3id.org/newskg/id/article/b.txt/attribution-1");
  private static final Node IRAN = NodeFactory.createURI("https://w3id.org/newskg/id/actor/iran");
  private static final Node ISRAEL =
      NodeFactory.createURI("https://w3id.org/newskg/id/actor/israel");

  @TempDir Path tmp;

  private Path articles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(dir.resolve("a.txt"), "An article about a strike.");
    Files.writeString(dir.resolve("b.txt"), "Another article about a strike.");
    return dir;
  }

  private static GraphBuilder builder() {
    return new GraphBuilder(SampleFacts.extractor(), GraphBuilder.Progress.NONE, 1);
  }

  private static List<Quad> sorted(DatasetGraph dsg, Node graph) {
    List<Quad> out = new ArrayList<>();
    Txn.executeRead(
        dsg, () -> dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add));
    out.sort(NodeOrder.QUAD);
    return out;
  }

  @Test
  void buildTwiceGivesTheSameQuadsAndTheReportCountsFacts() throws IOException {
    Path dir = articles();
    try (Store store = Store.openOrCreate(tmp.resolve("db"))) {
      BuildReport first = builder().build(List.of(dir), store.dataset());
      List<Quad> before = sorted(store.dataset(), Node.ANY);
      BuildReport second = builder().build(List.of(dir), store.dataset());
      assertEquals(before, sorted(store.dataset(), Node.ANY));
      assertEquals(2, first.articles());
      assertEquals(2, first.rewritten());
      assertEquals(0, second.rewritten(), "unchanged articles are not written again");
      assertEquals(8, first.sentences());
      assertEquals(4, first.actors(), "distinct across articles");
      assertEquals(2, first.strikes());
      assertEquals(4, first.statements());
      assertEquals(4, first.attributions());
      assertEquals(before.size(), first.quads());
      assertEquals(first.quads(), second.quads());
      assertEquals(List.of(), first.skipped());
    }
  }

  @Test
  void changingOneArticleReplacesOnlyItsGraph() throws IOException {
    Path dir = articles();
    try (Store store = Store.openOrCreate(tmp.resolve("db"))) {
      builder().build(List.of(dir), store.dataset());
      List<Quad> aBefore = sorted(store.dataset(), GRAPH_A);
      List<Quad> bBefore = sorted(store.dataset(), GRAPH_B);
      Files.writeString(dir.resolve("b.txt"), "Now iran is blamed.");
      assertEquals(1, builder().build(List.of(dir), store.dataset()).rewritten());
      assertEquals(aBefore, sorted(store.dataset(), GRAPH_A));
      List<Quad> bAfter = sorted(store.dataset(), GRAPH_B);
      assertNotEquals(bBefore, bAfter);
      DatasetGraph dsg = store.dataset();
      Txn.executeRead(
          dsg,
          () -> {
            assertTrue(dsg.contains(GRAPH_B, ATTR_B, NKG.perpetrator.asNode(), IRAN));
            assertTrue(dsg.contains(GRAPH_B, ATTR_B, NKG.stance.asNode(), NKG.accuses.asNode()));
            assertFalse(
                dsg.contains(GRAPH_B, Node.ANY, Node.ANY, ISRAEL), "old facts of b are gone");
            assertTrue(
                dsg.contains(GRAPH_A, Node.ANY, NKG.perpetrator.asNode(), ISRAEL),
                "a is untouched");
          });
    }
  }

  @Test
  void inMemoryAndStreamTargetsGetTheSameQuadsAsTheStore() throws IOException {
    Path dir = articles();
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    BuildReport r = builder().build(List.of(dir), mem);
    DatasetGraph streamed = DatasetGraphFactory.createTxnMem();
    BuildReport s =
        Txn.calculateWrite(
            streamed, () -> builder().stream(List.of(dir), StreamRDFLib.dataset(streamed)));
    try (Store store = Store.openOrCreate(tmp.resolve("db"))) {
      builder().build(List.of(dir), store.dataset());
      assertEquals(sorted(store.dataset(), Node.ANY), sorted(mem, Node.ANY));
    }
    assertEquals(sorted(mem, Node.ANY), sorted(streamed, Node.ANY));
    assertEquals(r.quads(), s.quads());
  }

  @Test
  void missingPathsAndFailedExtractionsAreSkippedAndTheRestBuilt() throws IOException {
    Path dir = articles();
    Files.writeString(dir.resolve("c.txt"), "boom");
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    BuildReport r = builder().build(List.of(dir, tmp.resolve("missing")), mem);
    assertEquals(2, r.articles());
    assertEquals(
        List.of(
            new Skipped("c.txt", "extraction failed: boom: the extractor failed"),
            new Skipped(tmp.resolve("missing").toString(), "no such file or folder")),
        r.skipped());
    Txn.executeRead(
        mem,
        () -> {
          assertTrue(mem.containsGraph(GRAPH_A));
          assertFalse(
              mem.containsGraph(NodeFactory.createURI("https://w3id.org/newskg/graph/c.txt")));
        });
  }

  @Test
  void storeRefusesFoldersThatAreNotStores() throws IOException {
    Path notAStore = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(notAStore.resolve("letter.txt"), "hello");
    StoreException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> Store.openOrCreate(notAStore));
    assertTrue(e.getMessage().contains("not a newskg store"), e.getMessage());
    StoreException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> Store.openExisting(tmp.resolve("nope")));
    assertEquals(
        "no store at "
            + tmp.resolve("nope")
            + " (run 'newskg build --db "
            + tmp.resolve("nope")
            + "' first)",
        missing.getMessage());
    assertFalse(Files.exists(tmp.resolve("nope")), "querying must not create a store");
  }

  @Test
  void parallelExtractionGivesTheSameGraphAndReport() throws IOException {
    Path dir = articles();
    for (int i = 0; i < 20; i++) {
      Files.writeString(
          dir.resolve("x" + i + ".txt"), i % 7 == 3 ? "boom" : i % 2 == 0 ? "iran" : "other");
    }
    DatasetGraph one = DatasetGraphFactory.createTxnMem();
    DatasetGraph four = DatasetGraphFactory.createTxnMem();
    BuildReport r1 = builder().build(List.of(dir, tmp.resolve("missing")), one);
    BuildReport r4 = builder().threads(4).build(List.of(dir, tmp.resolve("missing")), four);
    assertEquals(sorted(one, Node.ANY), sorted(four, Node.ANY));
    assertEquals(r1.skipped(), r4.skipped(), "skips reported in input order");
    assertEquals(
        List.of("x10.txt", "x17.txt", "x3.txt"),
        r4.skipped().stream().map(Skipped::where).filter(w -> w.startsWith("x")).toList());
    assertEquals(r1.articles(), r4.articles());
    assertEquals(r1.quads(), r4.quads());
  }

  /** Stands for the JVM dying mid-build: not caught as a per-article failure. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aBuildDyingMidwayKeepsCommittedBatchesAndOldGraphsWhole() throws IOException {
    Path dir = articles();
    Files.writeString(dir.resolve("c.txt"), "iran was blamed in the old version");
    Node graphC = NodeFactory.createURI("https://w3id.org/newskg/graph/c.txt");
    try (Store store = Store.openOrCreate(tmp.resolve("db"))) {
      DatasetGraph dsg = store.dataset();
      builder().build(List.of(dir), dsg);
      List<Quad> oldC = sorted(dsg, graphC);
      Files.writeString(dir.resolve("c.txt"), "new version");
      Files.writeString(dir.resolve("d.txt"), "crash");
      var crashing =
          new GraphBuilder(
              raw -> {
                if (raw.text().equals("crash")) {
                  throw new Crash();
                }
                return SampleFacts.extractor().apply(raw);
              },
              GraphBuilder.Progress.NONE,
              2);
      org.junit.jupiter.api.Assertions.assertThrows(
          Crash.class, () -> crashing.build(List.of(dir), dsg));
      // a and b were committed as one batch; c sat in the unfinished batch with d.
      assertEquals(oldC, sorted(dsg, graphC), "c keeps its old graph, whole");
      Txn.executeRead(
          dsg,
          () -> {
            assertTrue(dsg.contains(graphC, Node.ANY, NKG.perpetrator.asNode(), IRAN));
            assertFalse(
                dsg.containsGraph(NodeFactory.createURI("https://w3id.org/newskg/graph/d.txt")));
            assertTrue(dsg.containsGraph(GRAPH_A));
          });
    }
  }

  @Test
  void twoDifferentArticlesUnderOneNameAreNotMerged() throws IOException {
    Path dir = articles();
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("a.txt"), "iran, but also named a.txt");
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    BuildReport r = builder().build(List.of(dir, dir.resolve("a.txt"), other), mem);
    assertEquals(2, r.articles(), "a.txt given twice with the same content counts once");
    assertEquals(
        List.of(
            new Skipped(
                "a.txt",
                "another article in this build has the same file name; rename one of them")),
        r.skipped());
    Txn.executeRead(
        mem, () -> assertFalse(mem.contains(GRAPH_A, Node.ANY, NKG.perpetrator.asNode(), IRAN)));
  }
}
