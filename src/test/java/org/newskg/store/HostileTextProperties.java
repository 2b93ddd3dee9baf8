package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.facts.Actor;
import org.newskg.facts.ActorKind;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.facts.SentenceRef;
import org.newskg.facts.Span;
import org.newskg.graph.FactWriter;

/** Whatever text an article holds, every export parses back to the same graph. */
class HostileTextProperties {
  private static ArticleFacts facts(String name, String label, String text) {
    return new ArticleFacts(
        new ArticleMeta(name, text, label, null, null, null),
        List.of(new SentenceRef(0, text, new Span(0, text.length()))),
        List.of(new Actor(label, label, ActorKind.PERSON, null, List.of(text), null, null)),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Property(tries = 200)
  void everyFormatRoundTrips(@ForAll String name, @ForAll String label, @ForAll String text) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    new FactWriter(StreamRDFLib.dataset(dsg)).write(facts(name, label, text));
    Graph union = GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
    for (ExportFormat f : ExportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        Exporter.export(dsg, f, null, out);
      } catch (IllegalArgumentException e) {
        assertEquals(ExportFormat.RDFXML, f, e.getMessage());
        assertTrue(e.getMessage().startsWith("rdfxml cannot hold the control character U+"));
        continue;
      }
      Lang lang =
          switch (f) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
          };
      RDFParserBuilder parser =
          RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang);
      if (f.namedGraphs()) {
        assertEquals(sorted(dsg), sorted(parser.toDatasetGraph()), f.id());
      } else {
        assertTrue(union.isIsomorphicWith(parser.toGraph()), f.id());
      }
    }
  }

  private static List<Quad> sorted(DatasetGraph dsg) {
    List<Quad> out = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
    out.sort(NodeOrder.QUAD);
    return out;
  }
}
