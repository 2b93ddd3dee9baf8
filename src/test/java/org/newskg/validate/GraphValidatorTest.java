package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.Iris;
import org.newskg.graph.NKG;
import org.newskg.graph.SampleFacts;
import org.newskg.serve.SeedStore;
import org.newskg.store.GraphBuilder;
import org.newskg.store.Store;

/** The shapes accept what the graph writer produces and name what is broken when it is not. */
class GraphValidatorTest {
  static final GraphValidator VALIDATOR = GraphValidator.standard();
  static final Node ATTRIBUTION_1 = Iris.part("a.txt", "attribution-1");

  /** The graph the writer makes of the sample article "a.txt", in memory. */
  static Graph sample() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    GraphBuilder.replace(dsg, List.of(SampleFacts.article("a.txt")));
    Graph g = GraphFactory.createDefaultGraph();
    dsg.getGraph(Iris.graph("a.txt")).find().forEachRemaining(g::add);
    return g;
  }

  @Test
  void aGraphAsTheWriterMakesItConforms() {
    Report r = VALIDATOR.validate(sample());
    assertTrue(r.conforms(), r.violations().toString());
    assertEquals("conforms: 1 graph, no violations", r.summary());
  }

  @Test
  void anAttributionWithoutPerpetratorIsNamed() {
    Graph g = sample();
    g.remove(ATTRIBUTION_1, NKG.perpetrator.asNode(), Node.ANY);
    Report r = VALIDATOR.validate(g);
    assertEquals(
        List.of(
            "article:a.txt/attribution-1 nkg:perpetrator: an attribution needs exactly one perpetrator,"
                + " an actor of its article (found none)"),
        lines(r));
    assertEquals("1 violation in 1 graph", r.summary());
  }

  @Test
  void anAttributionWithTwoStancesIsNamedWithBoth() {
    Graph g = sample();
    g.add(ATTRIBUTION_1, NKG.stance.asNode(), NKG.denies.asNode());
    assertEquals(
        List.of(
            "article:a.txt/attribution-1 nkg:stance: an attribution needs exactly one stance, one of the"
                + " seven nkg stances (found 2: nkg:denies, nkg:suspects)"),
        lines(VALIDATOR.validate(g)));
  }

  @Test
  void aPerpetratorThatIsNoActorOfTheArticleIsNamed() {
    Graph g = sample();
    g.remove(ATTRIBUTION_1, NKG.perpetrator.asNode(), Node.ANY);
    g.add(ATTRIBUTION_1, NKG.perpetrator.asNode(), Iris.actor("ghost"));
    assertEquals(
        List.of(
            "article:a.txt/attribution-1 nkg:perpetrator: an attribution needs exactly one perpetrator,"
                + " an actor of its article (found actor:ghost)"),
        lines(VALIDATOR.validate(g)));
  }

  @Test
  void aStanceOutsideTheSevenIsNamed() {
    Graph g = sample();
    g.remove(ATTRIBUTION_1, NKG.stance.asNode(), Node.ANY);
    g.add(ATTRIBUTION_1, NKG.stance.asNode(), NodeFactory.createURI(NKG.NS + "shrugs"));
    assertEquals(
        List.of(
            "article:a.txt/attribution-1 nkg:stance: an attribution needs exactly one stance, one of the"
                + " seven nkg stances (found nkg:shrugs)"),
        lines(VALIDATOR.validate(g)));
  }

  @Test
  void strikesStatementsAndActorsAreCheckedToo() {
    Graph g = sample();
    Node strike = Iris.part("a.txt", "strike-1");
    g.remove(strike, NKG.strikeKind.asNode(), Node.ANY);
    g.remove(Iris.part("a.txt", "statement-1"), NKG.speaker.asNode(), Node.ANY);
    g.remove(Iris.actor("israel"), RDFS.label.asNode(), Node.ANY);
    assertEquals(
        List.of(
            "actor:israel rdfs:label: an actor needs a non-empty label (found none)",
            "article:a.txt/statement-1 nkg:speaker: a statement needs exactly one speaker, an actor of its"
                + " article (found none)",
            "article:a.txt/strike-1 \"last month’s strike north of Baghdad\" nkg:strikeKind: a strike needs"
                + " exactly one kind, one of the eight nkg strike kinds (found none)"),
        lines(VALIDATOR.validate(g)));
  }

  @Test
  void aDatasetIsCheckedGraphByGraphAndViolationsNameTheArticle() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    GraphBuilder.replace(dsg, List.of(SampleFacts.article("a.txt"), SampleFacts.article("b.txt")));
    Node b1 = Iris.part("b.txt", "attribution-1");
    dsg.executeWrite(() -> dsg.delete(Iris.graph("b.txt"), b1, NKG.evidence.asNode(), Iris.sentence("b.txt", 0)));
    Report r = VALIDATOR.validate(dsg);
    assertEquals(2, r.graphs());
    assertEquals(
        List.of(
            "b.txt: article:b.txt/attribution-1 nkg:evidence: an attribution needs exactly one evidence"
                + " sentence of its article (found none)"),
        lines(r));
  }

  @Test
  void theSeedStoreBuiltByTheRealPipelineConforms(@TempDir Path tmp) {
    try (Store store = SeedStore.build(tmp.resolve("db"))) {
      Report r = VALIDATOR.validate(store.dataset());
      assertEquals(5, r.graphs());
      assertTrue(r.conforms(), String.join("\n", lines(r)));
    }
  }

  @Test
  void aBrokenShapesFileIsNamedWithItsLine(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.ttl");
    Files.writeString(bad, "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<a> sh:path <b> ;; ] .\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphValidator.load(bad));
    assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("line: 3"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> GraphValidator.load(tmp.resolve("none.ttl")));
    assertEquals(tmp.resolve("none.ttl") + ": no such shapes file", missing.getMessage());
  }

  static List<String> lines(Report r) {
    return r.violations().stream().map(Violation::toString).toList();
  }
}
