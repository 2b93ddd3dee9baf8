package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.SampleFacts;
import org.newskg.store.TestStores;
import picocli.CommandLine;

class QueryCommandTest {
  @TempDir static Path tmp;
  static String db;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void store() throws IOException {
    TestStores.build(tmp.resolve("db"), tmp);
    db = tmp.resolve("db").toString();
  }

  private static final String ROW_A =
      "a.txt,United States,last month’s strike north of Baghdad,Israel,suspects,possible,"
          + SampleFacts.S0;

  @Test
  void csvHasTheW3cHeaderAndPlainValues() {
    Run r = run("query", "--db", db, "--format", "csv", "queries/attributions.rq");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\r\n");
    assertEquals("article,attributor,strike,perpetrator,stance,certainty,evidence", lines[0]);
    assertEquals(ROW_A, lines[1]);
    assertEquals(
        "a.txt,United States,last month’s strike north of Baghdad,United States,denies,confirmed,"
            + SampleFacts.S2,
        lines[2]);
    assertTrue(
        lines[3].startsWith(
            "b.txt,United States,last month’s strike north of Baghdad,Iran,accuses,possible,"));
    assertEquals(5, lines.length);
  }

  @Test
  void namedQueriesAreFoundWithoutPathOrExtension() {
    Run r = run("query", "--db", db, "-f", "csv", "quotes");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "article,speaker,quote\r\na.txt,Sean Robertson,We support Iraqi sovereignty\r\n"
            + "b.txt,Sean Robertson,We support Iraqi sovereignty\r\n",
        r.out());
  }

  @Test
  void tsvUsesRdfTermSyntax() {
    Run r = run("query", "--db", db, "--format", "tsv", "quotes");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("?article\t?speaker\t?quote", lines[0]);
    assertEquals("\"a.txt\"\t\"Sean Robertson\"\t\"We support Iraqi sovereignty\"", lines[1]);
  }

  @Test
  void jsonIsTheW3cResultsFormat() {
    Run r = run("query", "--db", db, "--format", "json", "quotes");
    assertEquals(0, r.code(), r.err());
    String compact = r.out().replaceAll("\\s+", "");
    assertTrue(
        compact.contains("\"head\":{\"vars\":[\"article\",\"speaker\",\"quote\"]}"), r.out());
    assertTrue(
        compact.contains("\"speaker\":{\"type\":\"literal\",\"value\":\"SeanRobertson\"}"),
        r.out());
  }

  @Test
  void tableShowsLiteralsPlainlyAndKeepsOneRowPerLine() {
    Run r = run("query", "--db", db, "statements-by-actor");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].matches("speaker\\s+\\| article \\| direct \\| cue\\s+\\| text"), lines[0]);
    assertTrue(
        lines[2].matches(
            "Sean Robertson \\| a\\.txt\\s+\\| true\\s+\\| said \\| We support Iraqi"
                + " sovereignty\\s*"),
        lines[2]);
    assertTrue(r.out().contains("He said \"no\"\\tthen\\n"), "control characters shown escaped");
    assertEquals("(4 rows)", lines[lines.length - 1]);
  }

  @Test
  void sparqlTextWithProjectPrefixesAskAndConstruct() {
    Run select =
        run(
            "query",
            "--db",
            db,
            "-f",
            "csv",
            "SELECT ?l { ?a a nkg:Country ; rdfs:label ?l } ORDER BY ?l");
    assertEquals("l\r\nIran\r\nIsrael\r\nUnited States\r\n", select.out(), select.err());
    assertEquals("true\n", run("query", "--db", db, "ASK { ?x nkg:stance nkg:denies }").out());
    assertEquals(
        "false\n",
        run("query", "--db", db, "ASK { ?x nkg:stance nkg:claims_responsibility }").out());
    Run construct =
        run(
            "query",
            "--db",
            db,
            "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a nkg:Person ; rdfs:label ?l }");
    assertEquals(0, construct.code(), construct.err());
    Graph g = RDFParser.fromString(construct.out(), Lang.TURTLE).toGraph();
    assertTrue(
        g.contains(
            NodeFactory.createURI("https://w3id.org/newskg/id/actor/sean-robertson"),
            RDFS.label.asNode(),
            NodeFactory.createLiteralString("Sean Robertson")));
    assertEquals(1, g.size());
  }

  @Test
  void syntaxErrorNamesFileLineAndColumn() throws IOException {
    Path bad = tmp.resolve("bad.rq");
    Files.writeString(bad, "# a comment\nSELECT ?x\nWHERE { ?x ?p }\n");
    Run r = run("query", "--db", db, bad.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("newskg: " + bad + ": line 3, column 15: unexpected '}'\n", r.err());
    Run text = run("query", "--db", db, "SELECT * WHERE { ?s ?p ?o ");
    assertEquals(2, text.code());
    assertTrue(text.err().startsWith("newskg: query text: line 1, column "), text.err());
    assertEquals(1, text.err().lines().count());
  }

  @Test
  void wrongArgumentsGiveOneLineAndExitTwo() {
    Run format = run("query", "--db", db, "--format", "xml", "quotes");
    assertEquals(2, format.code());
    assertEquals(
        "newskg: unknown format 'xml'; valid formats: table, csv, tsv, json\n", format.err());
    Run missing = run("query", "--db", tmp.resolve("nope").toString(), "quotes");
    assertEquals(2, missing.code());
    assertEquals(1, missing.err().lines().count());
    assertTrue(missing.err().startsWith("newskg: no store at "), missing.err());
    assertFalse(Files.exists(tmp.resolve("nope")));
    Run unknownName = run("query", "--db", db, "no-such-query");
    assertEquals(2, unknownName.code());
    assertTrue(
        unknownName.err().contains("named queries: actors, attributions"), unknownName.err());
    Run noArg = run("query", "--db", db);
    assertEquals(2, noArg.code());
    assertEquals(1, noArg.err().lines().count(), noArg.err());
  }

  @Test
  void helpHasDescriptionDefaultsAndExamples() {
    Run r = run("query", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("union of all article graphs"));
    assertTrue(r.out().contains("(default: table)"));
    assertTrue(r.out().contains("newskg query attributions"));
  }
}
