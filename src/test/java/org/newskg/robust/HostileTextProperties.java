package org.newskg.robust;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.newskg.extract.Extractor;
import org.newskg.facts.ArticleFacts;
import org.newskg.graph.FactWriter;
import org.newskg.graph.Iris;
import org.newskg.graph.NKG;
import org.newskg.input.RawArticle;
import org.newskg.store.ExportFormat;
import org.newskg.store.Exporter;
import org.newskg.validate.GraphValidator;
import org.newskg.validate.Report;

/**
 * Hostile article text and file names through extraction, the fact writer and the TriG and Turtle
 * exports, parsed back with Jena: the output always parses, says the same thing as the facts
 * written, keeps the file name exactly, uses only valid IRIs, and conforms to the SHACL shapes.
 *
 * <p>Lone surrogates are not generated: every article reaches the extractor through a UTF-8
 * decoder (files, HTML, JSON Lines), and decoding never produces one.
 */
class HostileTextProperties {
  private static final Extractor EXTRACTOR = Extractor.load(Path.of("rules"));
  private static final Path SHAPES = Path.of(GraphValidator.SHAPES);
  private static final GraphValidator SHACL = Files.isRegularFile(SHAPES) ? GraphValidator.load(SHAPES) : null;

  /** Pieces that break naive escaping in Turtle, TriG, HTML, JSON or terminals. */
  private static final List<String> HOSTILE = List.of(
      "\"", "'", "\"\"\"", "'''", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "`", "\\", "\\\"", "\\u0022",
      "<", ">", "<script>alert(1)</script>", "</p>", "&amp;", "&#x22;", "]]>", "<!--", "-->",
      "\u202E", "\u202D", "\u200B", "\uFEFF", "\u00A0", "\u2028", "\u2029", "\u0085",
      "\u0001", "\u0007", "\u001B[31m", "\u007F", "\t", "\r", "\r\n", "\f",
      "^^xsd:string", "@en", "_:b0", "<http://example.org/x>", "?x", "{", "}", "#", "%", "%00",
      "😀", "𝔘", "ﷺ", "中文", "עברית", "ا ل ع ر ب ي ة", ".", "..", "@prefix", "GRAPH", "a", ";", ",");

  /** Sentences the rules act on, so hostile text lands in labels, quotes, evidence and places. */
  private static final List<String> CARRIERS = List.of(
      "Russia blamed Ukraine for the drone strike on %s.",
      "\"%s,\" said a spokesman for the Israeli military.",
      "The Houthis claimed responsibility for the missile attack on %s, the group said.",
      "Hamas accused Israel of carrying out the airstrike in %s that killed 12 people.",
      "Iran denied any involvement in the drone attack near %s, its foreign ministry said.",
      "An airstrike hit %s on Tuesday, officials said.",
      "%s");

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(HOSTILE),
        Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(12),
        Arbitraries.strings().withChars("\"'<>&\\\u202E \n").ofMaxLength(8),
        Arbitraries.of("x", "Aleppo ", "\"").map(s -> s.repeat(6000)));
    Arbitrary<String> words = piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    Arbitrary<String> sentence = Combinators.combine(Arbitraries.of(CARRIERS), words).as(String::formatted);
    return sentence.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l)).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<String> hostileName() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "article.txt", "a b.txt", "<script>.txt", "\"quoted\".txt", "..", ".", "x#y?z=1&w.txt",
            "%2E%2E.txt", "\u202Etxt.exe", "名前.txt", "😀.html", "a\\b.txt", "archive.jsonl#12",
            "2019/index.html", "x".repeat(300) + ".txt", " leading space.txt", "tab\there.txt"),
        Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMinLength(1).ofMaxLength(40));
  }

  @Property(tries = 200)
  void hostileArticlesGiveValidParsableConformingRdf(
      @ForAll("hostileText") String text, @ForAll("hostileName") String name) {
    ArticleFacts facts = EXTRACTOR.extract(RawArticle.ofText(name, text));
    DatasetGraph written = DatasetGraphFactory.createTxnMem();
    long sent = org.apache.jena.system.Txn.calculateWrite(
        written, () -> new FactWriter(StreamRDFLib.dataset(written)).write(facts));

    DatasetGraph trig = roundTrip(written, ExportFormat.TRIG, Lang.TRIG);
    assertTrue(IsoMatcher.isomorphic(written, trig), "TriG export parsed back differs from the facts written");
    assertEquals(sent, written.stream().count(), "quads sent vs quads in the dataset");

    Node graph = Iris.graph(name);
    List<Quad> fileNames = trig.stream(graph, Iris.article(name), NKG.fileName.asNode(), Node.ANY).toList();
    assertEquals(1, fileNames.size(), "one nkg:fileName in the article's own graph " + graph);
    assertEquals(name, fileNames.get(0).getObject().getLiteralLexicalForm(), "file name kept exactly");

    trig.stream().forEach(q -> {
      for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
        if (n.isURI()) {
          assertDoesNotThrow(() -> IRIx.create(n.getURI()), "invalid IRI <" + n.getURI() + ">");
        }
      }
    });

    DatasetGraph turtle = roundTrip(written, ExportFormat.TURTLE, Lang.TURTLE);
    Graph merged = org.apache.jena.system.Txn.calculateRead(written, () -> copy(written.getUnionGraph()));
    assertTrue(merged.isIsomorphicWith(turtle.getDefaultGraph()), "Turtle export parsed back differs");

    if (SHACL != null) {
      Report r = SHACL.validate(trig);
      assertTrue(r.conforms(), () -> r.summary() + ": " + r.violations());
    }
  }

  /** Hostile text does reach the graph (as a quote's words), and survives the TriG round trip. */
  @Example
  void aHostileQuoteSurvivesExactly() {
    String quote = "<script>alert('x')</script> \u202E\"\"\" \\ \u0007 done";
    String text = "Drone strike hits Kharkiv\n\n\"" + quote + ",\" said a spokesman for the Israeli military.";
    ArticleFacts facts = EXTRACTOR.extract(RawArticle.ofText("<evil>\"name\".txt", text));
    DatasetGraph written = DatasetGraphFactory.createTxnMem();
    org.apache.jena.system.Txn.executeWrite(written, () -> new FactWriter(StreamRDFLib.dataset(written)).write(facts));
    DatasetGraph trig = roundTrip(written, ExportFormat.TRIG, Lang.TRIG);
    List<String> texts = trig.stream(Node.ANY, Node.ANY, NKG.text.asNode(), Node.ANY)
        .map(q -> q.getObject().getLiteralLexicalForm())
        .toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains(quote)), "the quote, exactly, among " + texts);
    assertTrue(IsoMatcher.isomorphic(written, trig));
  }

  private static DatasetGraph roundTrip(DatasetGraph dsg, ExportFormat format, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(dsg, format, null, out);
    String text = out.toString(StandardCharsets.UTF_8);
    DatasetGraph back = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(text, lang).parse(back);
    return back;
  }

  private static Graph copy(Graph g) {
    Graph mem = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(mem::add);
    return mem;
  }
}
