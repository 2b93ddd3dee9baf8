package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.NKG;
import org.newskg.store.TestStores;

class ExportCommandTest {
  @TempDir static Path tmp;
  static String db;

  @BeforeAll
  static void store() throws IOException {
    TestStores.build(tmp.resolve("db"), tmp);
    db = tmp.resolve("db").toString();
  }

  private static final org.apache.jena.graph.Node ATTR_A =
      NodeFactory.createURI("https://w3id.org/newskg/id/article/a.txt/attribution-1");

  @Test
  void turtleToStdoutIsTheMergedGraph() {
    QueryCommandTest.Run r = QueryCommandTest.run("export", "--db", db);
    assertEquals(0, r.code(), r.err());
    Graph g = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
    assertTrue(
        g.contains(
            ATTR_A,
            NKG.perpetrator.asNode(),
            NodeFactory.createURI("https://w3id.org/newskg/id/actor/israel")));
    assertTrue(r.out().contains("PREFIX nkg: <https://w3id.org/newskg/ontology#>"));
  }

  @Test
  void trigToFileKeepsOneGraphPerArticleAndTheOntology() throws IOException {
    Path out = tmp.resolve("kg.trig");
    QueryCommandTest.Run r =
        QueryCommandTest.run(
            "export", "--db", db, "--format", "trig", "--ontology", "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    DatasetGraph back = RDFParser.source(out).toDatasetGraph();
    assertTrue(
        back.contains(
            NodeFactory.createURI("https://w3id.org/newskg/graph/a.txt"),
            ATTR_A,
            NKG.stance.asNode(),
            NKG.suspects.asNode()));
    assertTrue(
        back.contains(
            NodeFactory.createURI(NKG.ONTOLOGY),
            NKG.Attribution.asNode(),
            org.apache.jena.vocabulary.RDF.type.asNode(),
            org.apache.jena.vocabulary.OWL.Class.asNode()));
  }

  @Test
  void sameStoreSameBytes() {
    for (String f : new String[] {"turtle", "trig", "nquads", "jsonld", "rdfxml"}) {
      assertEquals(
          QueryCommandTest.run("export", "--db", db, "-f", f).out(),
          QueryCommandTest.run("export", "--db", db, "-f", f).out(),
          f);
    }
  }

  @Test
  void unknownFormatListsTheValidOnes() {
    QueryCommandTest.Run r = QueryCommandTest.run("export", "--db", db, "--format", "n3");
    assertEquals(2, r.code());
    assertEquals(
        "newskg: unknown format 'n3'; valid formats: turtle, trig, nquads, jsonld, rdfxml\n",
        r.err());
  }

  @Test
  void missingStoreOrOutputFolderIsOneLine() {
    QueryCommandTest.Run r = QueryCommandTest.run("export", "--db", tmp.resolve("nope").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newskg: no store at "), r.err());
    QueryCommandTest.Run o =
        QueryCommandTest.run("export", "--db", db, "-o", tmp.resolve("no/such/kg.ttl").toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().lines().count(), o.err());
  }

  @Test
  void helpNamesFormatsAndExamples() {
    QueryCommandTest.Run r = QueryCommandTest.run("export", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("(default: turtle)"), r.out());
    assertTrue(r.out().contains("newskg export --format rdfxml --ontology --output kg.rdf"));
  }
}
