package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.SampleFacts;

class SparqlTest {
  @TempDir Path tmp;

  private static String run(DatasetGraph dsg, String queryName, ResultFormat format) {
    Query q = Sparql.parse(QuerySource.named(queryName));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Sparql.run(dsg, q, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void inMemoryDatasetsAnswerLikeTheStore() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(dir.resolve("a.txt"), "An article.");
    Files.writeString(dir.resolve("b.txt"), "iran");
    GraphBuilder builder =
        new GraphBuilder(SampleFacts.extractor(), GraphBuilder.Progress.NONE, 64);
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    builder.build(List.of(dir), mem);
    try (Store store = Store.openOrCreate(tmp.resolve("db"))) {
      builder.build(List.of(dir), store.dataset());
      for (String name : QuerySource.available()) {
        assertEquals(
            run(store.dataset(), name, ResultFormat.CSV), run(mem, name, ResultFormat.CSV), name);
      }
    }
    String csv = run(mem, "statements-by-actor", ResultFormat.CSV);
    // RFC 4180 quoting keeps the quote marks, tab and line break of the text intact.
    String hostile = "\"" + SampleFacts.HOSTILE.replace("\"", "\"\"") + "\"";
    assertEquals("Sean Robertson,a.txt,false,," + hostile, csv.split("\r\n")[2]);
    String union = run(mem, "actors", ResultFormat.CSV);
    assertEquals(
        "United States,country,,0,4,2", union.split("\r\n")[1], "union default graph in memory");
  }

  @Test
  void syntaxErrorsCarryPosition() {
    SparqlSyntaxError e =
        assertThrows(
            SparqlSyntaxError.class,
            () ->
                Sparql.parse(
                    new QuerySource("queries/x.rq", "SELECT ?x\nWHERE {\n  ?x nkg:text ?y ) }")));
    assertEquals(3, e.line());
    assertEquals(18, e.column());
    assertEquals("queries/x.rq: line 3, column 18: unexpected ')'", e.getMessage());
  }
}
