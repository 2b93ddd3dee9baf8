package org.newskg.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.facts.Stance;
import org.newskg.graph.SampleFacts;
import org.newskg.store.GraphBuilder;

/** From a hand-made store to rows to DOT: the expected nodes and edges, escaped and stable. */
class DotWriterTest {
  static final String US = "https://w3id.org/newskg/id/actor/united-states";
  static final String ISRAEL = "https://w3id.org/newskg/id/actor/israel";

  static DatasetGraph store(String... names) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (String name : names) {
      GraphBuilder.replace(dsg, List.of(name.startsWith("b")
          ? SampleFacts.article(name, "iran", "Iran", Stance.ACCUSES)
          : SampleFacts.article(name)));
    }
    return dsg;
  }

  @Test
  void theQueryReadsEachAttributionWithKindsAndEvidence() {
    List<AttributionRow> rows = AttributionQuery.run(store("a.txt"));
    assertEquals(
        List.of(
            new AttributionRow(
                "a.txt", "https://w3id.org/newskg/id/article/a.txt/attribution-1",
                US, "United States", "Country", "last month’s strike north of Baghdad",
                ISRAEL, "Israel", "Country", "suspects", "possible", SampleFacts.S0),
            new AttributionRow(
                "a.txt", "https://w3id.org/newskg/id/article/a.txt/attribution-2",
                US, "United States", "Country", "last month’s strike north of Baghdad",
                US, "United States", "Country", "denies", "confirmed", SampleFacts.S2)),
        rows);
  }

  @Test
  void actorsAreNodesAndAttributionsEdgesColouredByStance() {
    String dot = DotWriter.write(AttributionQuery.run(store("a.txt")), "Title");
    // Sorted by label: Israel is actor1, United States actor2; both countries, so boxes.
    assertTrue(dot.contains("  actor1 [label=\"Israel\", shape=box, style=\"filled\", tooltip=\"Israel (country)\"];\n"), dot);
    assertTrue(dot.contains("  actor2 [label=\"United States\", shape=box, style=\"filled\","), dot);
    assertTrue(dot.contains(
        "  actor2 -> actor1 [label=\"last month’s strike north of\\nBaghdad\", color=\"#E69F00\","
            + " fontcolor=\"#E69F00\", style=dashed, arrowhead=normal, tooltip=\"United States suspects Israel"
            + " (possible), a.txt: " + SampleFacts.S0 + "\"];\n"), dot);
    assertTrue(dot.contains(
        "  actor2 -> actor2 [label=\"last month’s strike north of\\nBaghdad\", color=\"#CC79A7\","
            + " fontcolor=\"#CC79A7\", style=solid, arrowhead=tee,"), dot);
    assertEquals(2, dot.lines().filter(l -> l.matches("  actor\\d+ -> actor\\d+ .*")).count());
    // The legend names exactly the stances and kinds drawn.
    assertTrue(dot.contains(">suspects</font>") && dot.contains(">denies</font>"), dot);
    assertTrue(!dot.contains(">accuses</font>"), dot);
    assertTrue(dot.contains("legend_kind1 [label=\"country\", shape=box"), dot);
    assertTrue(!dot.contains("legend_kind2"), dot);
  }

  @Test
  void theSameStoreGivesTheSameDotWhateverTheLoadingOrder() {
    String ab = DotWriter.write(AttributionQuery.run(store("a.txt", "b.txt")), "T");
    String ba = DotWriter.write(AttributionQuery.run(store("b.txt", "a.txt")), "T");
    assertEquals(ab, ba);
    assertTrue(ab.contains("[label=\"Iran\", shape=box"), ab);
    assertTrue(ab.contains("color=\"#D55E00\""), "accuses is drawn in its colour");
  }

  @Test
  void labelsAreEscapedForDot() {
    assertEquals(
        "\"a \\\"quoted\\\" \\\\N &amp;amp; word\\nnext\\n line\"",
        DotWriter.quote("a \"quoted\" \\N &amp; word\nnext\r\n\tline"));
    assertEquals("one two\nthree", DotWriter.wrap("one  two three", 8));
  }

  @Test
  void hostileLabelsSurviveDot() {
    assumeTrue(Graphviz.dot() != null, "needs Graphviz (apt-get install graphviz)");
    String hostile = "He said \"no\" \\N <b>&amp;</b>\nلا";
    AttributionRow r = new AttributionRow(
        "x.txt", "urn:a", "urn:w", hostile, "Person", "strike \"}; digraph {", "urn:b", "B", "ArmedGroup",
        "accuses", "confirmed", "evidence");
    String svg = new String(Graphviz.render(DotWriter.write(List.of(r), "T"), "svg"), StandardCharsets.UTF_8);
    assertTrue(svg.contains("He said &quot;no&quot; \\N &lt;b&gt;&amp;amp;&lt;/b&gt;"), svg);
    assertTrue(svg.contains("لا"), svg);
    assertTrue(svg.contains("strike &quot;}; digraph {"), svg);
  }
}
