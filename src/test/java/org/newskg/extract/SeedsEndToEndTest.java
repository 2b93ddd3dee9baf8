package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.store.GraphBuilder;
import org.newskg.store.QuerySource;
import org.newskg.store.Sparql;

/**
 * The five seed articles built into a graph and asked the project's own canonical queries: these
 * attributors, perpetrators and stances must be there, and nothing from page furniture.
 */
class SeedsEndToEndTest {
  record Row(String article, String attributor, String strike, String perpetrator, String stance, String certainty, String evidence) {}

  static final List<Row> ROWS = new ArrayList<>();
  static final List<String[]> QUOTES = new ArrayList<>();
  static DatasetGraph dataset;

  @BeforeAll
  static void build() {
    dataset = DatasetGraphFactory.createTxnMem();
    new GraphBuilder(Extractor.load(Path.of("rules"))).build(List.of(Path.of("seeds")), dataset);
    Query attributions = Sparql.parse(QuerySource.resolve("queries/attributions.rq"));
    try (QueryExec qe = Sparql.exec(dataset, attributions)) {
      RowSet rs = qe.select();
      rs.forEachRemaining(b -> ROWS.add(new Row(s(b.get("article")), s(b.get("attributor")), s(b.get("strike")), s(b.get("perpetrator")),
          s(b.get("stance")), s(b.get("certainty")), s(b.get("evidence")))));
    }
    Query quotes = Sparql.parse(QuerySource.resolve("queries/quotes.rq"));
    try (QueryExec qe = Sparql.exec(dataset, quotes)) {
      qe.select().forEachRemaining(b -> QUOTES.add(new String[] {s(b.get("article")), s(b.get("speaker")), s(b.get("quote"))}));
    }
  }

  private static String s(org.apache.jena.graph.Node n) {
    return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI().replaceFirst(".*[/#]", "");
  }

  private static void assertRow(String article, String attributor, String perpetrator, String stance, String certainty) {
    assertTrue(
        ROWS.stream().anyMatch(r -> r.article().startsWith(article) && r.attributor().equals(attributor)
            && r.perpetrator().equals(perpetrator) && r.stance().equals(stance) && (certainty == null || r.certainty().equals(certainty))),
        "missing " + attributor + " " + stance + " " + perpetrator + " in " + article + "; have " + ROWS);
  }

  @Test
  void theUnitedStatesSuspectsIsraelAndDeniesItsOwnRole() {
    assertRow("000", "United States", "Israel", "suspects", "possible");
    assertRow("000", "United States", "United States", "denies", "confirmed");
    assertRow("001", "United States", "Israel", "suspects", "likely");
  }

  @Test
  void netanyahuNeitherConfirmsNorDenies() {
    assertRow("001", "Benjamin Netanyahu", "Israel", "neither_confirms_nor_denies", "unknown");
    assertRow("000", "Israeli prime minister", "Israel", "neither_confirms_nor_denies", "unknown");
  }

  @Test
  void israelAcknowledgesStrikesInSyria() {
    assertRow("001", "Israel", "Israel", "claims_responsibility", "confirmed");
    assertRow("002", "Israel", "Israel", "claims_responsibility", null);
  }

  @Test
  void americanOfficialsAssertIsraelDidIt() {
    assertRow("002", "US official", "Israel", "asserts", "confirmed");
    assertRow("002", "senior American officials", "Israel", "asserts", "confirmed");
  }

  @Test
  void militiasAccuseTheUnitedStatesAndIsrael() {
    assertRow("002", "Spokespeople for the groups", "United States", "accuses", "confirmed");
    assertRow("002", "Spokespeople for the groups", "Israel", "accuses", "confirmed");
    assertRow("003", "Iranian-backed Iraqi paramilitary groups", "Israel", "accuses", "confirmed");
  }

  @Test
  void pentagonDeniesForTheUnitedStatesAndCoalitionRejects() {
    assertRow("002", "Pentagon", "United States", "denies", "confirmed"); // a body denies for its state
    assertRow("002", "US-led coalition", "US-led coalition", "rejects_accusation", "confirmed");
    assertRow("003", "US-led coalition", "US-led coalition", "rejects_accusation", "confirmed");
  }

  @Test
  void theArticleStatesTheUsAirstrikesAndMilitiasClaimTheDroneAttack() {
    assertRow("004", "ICARO Media Group", "United States", "asserts", "confirmed");
    assertRow("004", "coalition of Iranian-backed militias", "coalition of Iranian-backed militias", "claims_responsibility", "confirmed");
    assertRow("004", "Iraqi Ministry of Foreign Affairs", "United States", "accuses", "confirmed");
  }

  @Test
  void aDenialIsAboutTheStrikeInQuestionNotTheLatestOneNamed() {
    // 002 mentions Israel's "hundreds of strikes in Syria" just before "the recent blasts at PMU
    // sites"; the Pentagon's denial and the coalition's rejection are about the blasts.
    assertTrue(ROWS.stream().anyMatch(r -> r.article().startsWith("002") && r.attributor().equals("Pentagon")
        && r.stance().equals("denies") && r.strike().contains("blasts")), "the Pentagon denies the blasts: " + ROWS);
  }

  @Test
  void everyQuoteHasItsSpeaker() {
    assertQuote("000", "Sean Robertson", "We support Iraqi sovereignty");
    assertQuote("000", "Benjamin Netanyahu", "We act in many arenas");
    assertQuote("000", "State Department official", "discuss a variety of issues");
    assertQuote("003", "Popular Mobilization Forces", "We are announcing");
    assertQuote("003", "US-led coalition", "We are operating in Iraq at the invitation");
    assertQuote("001", "Sean Robertson", "Iran should not use Iraqi territory");
  }

  private static void assertQuote(String article, String speaker, String start) {
    assertTrue(QUOTES.stream().anyMatch(q -> q[0].startsWith(article) && q[1].equals(speaker) && q[2].startsWith(start)),
        "missing quote by " + speaker + ": " + start);
  }

  @Test
  void theRecentPostsOfArticle002YieldNoFacts() {
    for (Row r : ROWS) {
      assertFalse(r.evidence().contains("Kaspersky") || r.evidence().contains("realme") || r.evidence().contains("Shehbaz"), "boilerplate fact " + r);
    }
    assertFalse(QUOTES.stream().anyMatch(q -> q[2].contains("Kaspersky")));
  }

  @Test
  void everyAttributionNamesItsRuleAndSentence() {
    Query q = QueryFactory.create("PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        + "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a nkg:Attribution . FILTER NOT EXISTS { ?a nkg:rule ?r ; nkg:evidence ?s ; nkg:article ?art } } }");
    try (QueryExec qe = QueryExec.dataset(dataset).query(q).build()) {
      assertEquals(0, ((Number) qe.select().next().get("n").getLiteralValue()).intValue());
    }
  }
}
