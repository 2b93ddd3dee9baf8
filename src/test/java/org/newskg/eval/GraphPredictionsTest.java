package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.facts.Actor;
import org.newskg.facts.ActorKind;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.facts.Attribution;
import org.newskg.facts.Certainty;
import org.newskg.facts.SentenceRef;
import org.newskg.facts.Span;
import org.newskg.facts.Stance;
import org.newskg.facts.Statement;
import org.newskg.facts.Strike;
import org.newskg.facts.StrikeKind;
import org.newskg.input.RawArticle;

/**
 * Hand-made facts go through the real graph writer and the canonical queries (queries/ in the
 * project) and come back as rows with the rule that made each of them.
 */
class GraphPredictionsTest {
  static final String S0 = "Officials said Israel possibly carried out the strike near Baghdad.";
  static final String S1 = "\u201cWe did not do it,\u201d the U.S. said.";

  static ArticleFacts facts(RawArticle raw) {
    SentenceRef s0 = new SentenceRef(0, S0, new Span(0, S0.length()));
    SentenceRef s1 =
        new SentenceRef(1, S1, new Span(S0.length() + 1, S0.length() + 1 + S1.length()));
    List<Actor> actors =
        List.of(
            new Actor(
                "united-states",
                "United States",
                ActorKind.COUNTRY,
                null,
                List.of("U.S."),
                "Q30",
                null),
            new Actor("israel", "Israel", ActorKind.COUNTRY, null, List.of(), "Q801", null));
    Strike strike =
        new Strike(
            "strike-1",
            "strike near Baghdad",
            StrikeKind.AIRSTRIKE,
            null,
            "near Baghdad",
            null,
            null,
            null,
            s0);
    Statement quote =
        new Statement(
            "statement-1",
            "united-states",
            "We did not do it,",
            "said",
            true,
            s1,
            new Span(S0.length() + 2, S0.length() + 19),
            "quote-before-said");
    List<Attribution> attributions =
        List.of(
            new Attribution(
                "attribution-1",
                "united-states",
                "strike-1",
                "israel",
                Stance.SUSPECTS,
                Certainty.POSSIBLE,
                s0,
                null,
                "hedged-said"),
            new Attribution(
                "attribution-2",
                "united-states",
                "strike-1",
                "united-states",
                Stance.DENIES,
                Certainty.CONFIRMED,
                s1,
                "statement-1",
                "quoted-denial"));
    return new ArticleFacts(
        new ArticleMeta(raw.name(), "Title", null, null, null, null),
        List.of(s0, s1),
        actors,
        List.of(),
        List.of(strike),
        List.of(quote),
        attributions);
  }

  @Test
  void rowsOfTheCanonicalQueriesCarryTheirRules(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a1.txt"), "Title\n\n" + S0 + " " + S1 + "\n");
    Predictions p = GraphPredictions.of(GraphPredictionsTest::facts, List.of(dir));
    assertEquals(1, p.build().articles());
    assertEquals(
        List.of(
            new PredictedAttribution(
                "a1.txt",
                "United States",
                "strike near Baghdad",
                "Israel",
                "suspects",
                "possible",
                S0,
                "hedged-said"),
            new PredictedAttribution(
                "a1.txt",
                "United States",
                "strike near Baghdad",
                "United States",
                "denies",
                "confirmed",
                S1,
                "quoted-denial")),
        p.attributions());
    assertEquals(
        List.of(
            new PredictedQuote(
                "a1.txt", "United States", "We did not do it,", "quote-before-said")),
        p.quotes());
  }

  @Test
  void scoredWithGoldTheRulesGetTheirCredit(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a1.txt"), "Title\n\n" + S0 + " " + S1 + "\n");
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(
        gold,
        "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance"
            + "\tcertainty\tevidence\trequired\n"
            + "a1.txt\tUnited States\tU.S.|US\tthe strike\tIsrael\tIsraeli\tsuspects\tpossible\t"
            + S0
            + "\tyes\n"
            + "a1.txt\tUnited States\tU.S.|US\tthe strike\tUnited States\tUS\tdenies\tconfirmed\tx"
            + "\tno\n"
            + "a1.txt\tIraq\t\tthe strike\tIsrael\t\taccuses\tconfirmed\tnot found\tyes\n");
    Predictions p =
        GraphPredictions.of(GraphPredictionsTest::facts, List.of(dir.resolve("a1.txt")));
    AttributionScore s = Scorer.attributions(GoldFiles.attributions(gold), p.attributions());
    assertEquals(new RuleCounts(1, 0, 0), s.byRule().get("hedged-said"));
    assertEquals(new RuleCounts(0, 0, 1), s.byRule().get("quoted-denial"));
    assertEquals(List.of("Iraq"), s.misses().stream().map(GoldAttribution::attributor).toList());
    assertEquals(new Counts(1, 0, 2, 1, 1), s.strict());
  }
}
