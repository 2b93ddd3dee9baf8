package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactWriterTest {
  private static final String ART = "https://w3id.org/newskg/id/article/000_test.txt";
  private static final Node G = uri("https://w3id.org/newskg/graph/000_test.txt");
  private static final Node PROV_DERIVED = uri("http://www.w3.org/ns/prov#wasDerivedFrom");

  private DatasetGraph dsg;
  private long written;

  @BeforeEach
  void write() {
    dsg = DatasetGraphFactory.createTxnMem();
    written = new FactWriter(StreamRDFLib.dataset(dsg)).write(SampleFacts.article("000_test.txt"));
  }

  private static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  private static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node integer(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
  }

  private boolean has(Node s, Node p, Node o) {
    return dsg.contains(G, s, p, o);
  }

  @Test
  void everyQuadIsInTheArticleGraph() {
    assertEquals(List.of(G), dsg.stream().map(Quad::getGraph).distinct().toList());
    assertEquals(written, dsg.stream().count(), "no duplicate quads sent");
  }

  @Test
  void attributionLinksAttributorStrikePerpetratorStanceAndCertainty() {
    Node a = uri(ART + "/attribution-1");
    assertTrue(has(a, RDF.type.asNode(), NKG.Attribution.asNode()));
    assertTrue(
        has(a, NKG.attributor.asNode(), uri("https://w3id.org/newskg/id/actor/united-states")));
    assertTrue(has(a, NKG.perpetrator.asNode(), uri("https://w3id.org/newskg/id/actor/israel")));
    assertTrue(has(a, NKG.strike.asNode(), uri(ART + "/strike-1")));
    assertTrue(has(a, NKG.stance.asNode(), NKG.suspects.asNode()));
    assertTrue(has(a, NKG.certainty.asNode(), NKG.possible.asNode()));
    assertFalse(
        dsg.contains(G, a, NKG.statement.asNode(), Node.ANY), "said in the article's own voice");
    Node denial = uri(ART + "/attribution-2");
    assertTrue(has(denial, NKG.stance.asNode(), NKG.denies.asNode()));
    assertTrue(has(denial, NKG.statement.asNode(), uri(ART + "/statement-1")));
  }

  @Test
  void provenanceSentenceRuleAndArticle() {
    Node a = uri(ART + "/attribution-1");
    Node s0 = uri(ART + "/sentence-0");
    assertTrue(has(a, NKG.evidence.asNode(), s0));
    assertTrue(has(a, PROV_DERIVED, s0));
    assertTrue(has(a, NKG.rule.asNode(), uri("https://w3id.org/newskg/id/rule/hedged-role")));
    assertTrue(
        has(
            uri("https://w3id.org/newskg/id/rule/hedged-role"),
            RDFS.label.asNode(),
            str("hedged-role")));
    assertTrue(has(a, NKG.article.asNode(), uri(ART)));
    assertTrue(has(s0, NKG.text.asNode(), str(SampleFacts.S0)));
    assertTrue(has(s0, NKG.beginOffset.asNode(), integer(0)));
    assertTrue(has(s0, NKG.endOffset.asNode(), integer(SampleFacts.S0.length())));
    assertTrue(has(s0, NKG.index.asNode(), integer(0)));
    Node quote = uri(ART + "/statement-1");
    assertTrue(has(quote, PROV_DERIVED, uri(ART + "/sentence-1")));
    assertTrue(
        has(quote, NKG.rule.asNode(), uri("https://w3id.org/newskg/id/rule/direct-quote-said")));
  }

  @Test
  void articleMetadata() {
    Node art = uri(ART);
    assertTrue(has(art, RDF.type.asNode(), NKG.Article.asNode()));
    assertTrue(has(art, NKG.fileName.asNode(), str("000_test.txt")));
    assertTrue(has(art, uri("http://purl.org/dc/terms/title"), str("Strike north of Baghdad")));
    assertTrue(has(art, uri("http://purl.org/dc/terms/publisher"), str("Source: Test Agency")));
    assertTrue(
        has(
            art,
            uri("http://purl.org/dc/terms/date"),
            NodeFactory.createLiteralDT("2024-08-02", XSDDatatype.XSDdate)));
    assertFalse(
        dsg.contains(G, art, uri("http://purl.org/dc/terms/creator"), Node.ANY), "no author given");
  }

  @Test
  void actorsAreDescribedWithPlainLabelsAliasesAndLinks() {
    Node us = uri("https://w3id.org/newskg/id/actor/united-states");
    assertTrue(has(us, RDF.type.asNode(), NKG.Country.asNode()));
    assertTrue(has(us, RDF.type.asNode(), NKG.Actor.asNode()));
    assertTrue(has(us, RDFS.label.asNode(), str("United States")));
    assertTrue(has(us, SKOS.altLabel.asNode(), str("U.S.")));
    assertTrue(has(us, OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q30")));
    Node robertson = uri("https://w3id.org/newskg/id/actor/sean-robertson");
    assertTrue(has(robertson, RDF.type.asNode(), NKG.Person.asNode()));
    assertTrue(
        has(robertson, NKG.speaksFor.asNode(), uri("https://w3id.org/newskg/id/actor/pentagon")));
    assertTrue(has(robertson, NKG.country.asNode(), us));
  }

  @Test
  void strikeAndLocation() {
    Node strike = uri(ART + "/strike-1");
    assertTrue(has(strike, NKG.strikeKind.asNode(), NKG.drone_attack.asNode()));
    assertTrue(has(strike, RDFS.label.asNode(), str("last month’s strike north of Baghdad")));
    assertTrue(
        has(strike, NKG.location.asNode(), uri("https://w3id.org/newskg/id/location/baghdad")));
    assertTrue(has(strike, NKG.locationText.asNode(), str("north of Baghdad")));
    assertTrue(
        has(
            strike,
            NKG.date.asNode(),
            NodeFactory.createLiteralDT("2024-07", XSDDatatype.XSDgYearMonth)));
    assertTrue(has(strike, NKG.casualties.asNode(), str("killing one and injuring 29 others")));
    Node baghdad = uri("https://w3id.org/newskg/id/location/baghdad");
    assertTrue(has(baghdad, NKG.partOf.asNode(), uri("https://w3id.org/newskg/id/location/iraq")));
    assertTrue(
        has(
            baghdad,
            uri("http://www.w3.org/2003/01/geo/wgs84_pos#lat"),
            NodeFactory.createLiteralDT("33.3152", XSDDatatype.XSDdecimal)));
  }

  @Test
  void directQuoteAndExactText() {
    Node quote = uri(ART + "/statement-1");
    assertTrue(has(quote, RDF.type.asNode(), NKG.DirectQuote.asNode()));
    assertTrue(
        has(
            quote,
            NKG.directQuote.asNode(),
            NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
    assertTrue(
        has(quote, NKG.speaker.asNode(), uri("https://w3id.org/newskg/id/actor/sean-robertson")));
    assertTrue(has(quote, NKG.cue.asNode(), str("said")));
    Node reported = uri(ART + "/statement-2");
    assertTrue(
        has(reported, NKG.text.asNode(), str(SampleFacts.HOSTILE)),
        "quotes, tab, newline, RTL mark kept");
    assertFalse(dsg.contains(G, reported, RDF.type.asNode(), NKG.DirectQuote.asNode()));
  }

  @Test
  void hostileNamesAndKeysStillGiveValidIris() {
    DatasetGraph other = DatasetGraphFactory.createTxnMem();
    new FactWriter(StreamRDFLib.dataset(other)).write(SampleFacts.article("../a b/<c>\"d\"#é.txt"));
    Node g = uri("https://w3id.org/newskg/graph/..%2Fa%20b%2F%3Cc%3E%22d%22%23%C3%A9.txt");
    assertTrue(other.containsGraph(g));
    other.stream()
        .forEach(
            q -> {
              for (Node n :
                  List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                if (n.isURI()) {
                  assertTrue(
                      org.apache.jena.irix.IRIx.create(n.getURI()).isReference(), n.getURI());
                }
              }
            });
  }
}
