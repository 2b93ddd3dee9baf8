package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extractor;

/**
 * The project's real rules (rules/) on the seed articles and on the development set must score at
 * least the floors in devset/floors.properties. The full report goes to standard output, so a
 * failing run shows every miss and false positive with its rule.
 */
class DevsetFloorTest {
  static final Path RULES = Path.of("rules");
  static final Path SEEDS = Path.of("seeds");

  private static Properties floors;
  private static Extractor extractor;

  @BeforeAll
  static void load() throws IOException {
    floors = new Properties();
    try (InputStream in = DevsetFloorTest.class.getResourceAsStream("/devset/floors.properties")) {
      floors.load(in);
    }
    extractor = Extractor.load(RULES);
  }

  static double floor(String key) {
    String v = floors.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("devset/floors.properties has no " + key);
    }
    return Double.parseDouble(v.strip());
  }

  @Test
  void seedsScoreAtLeastTheirFloors() {
    check(
        "seeds",
        SEEDS,
        DevsetGoldTest.resource("/gold/seeds-gold.tsv"),
        DevsetGoldTest.resource("/gold/seeds-quotes.tsv"));
  }

  @Test
  void devsetScoresAtLeastItsFloors() {
    check(
        "devset",
        DevsetGoldTest.resource("/devset/articles"),
        DevsetGoldTest.resource("/devset/gold.tsv"),
        DevsetGoldTest.resource("/devset/quotes.tsv"));
  }

  /** The later development sets (devset2 … devset9), each measured blind once, then tuned on. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"devset2", "devset3", "devset4", "devset5", "devset6", "devset7", "devset8", "devset9"})
  void laterDevsetsScoreAtLeastTheirFloors(String set) {
    check(
        set,
        DevsetGoldTest.resource("/" + set + "/articles"),
        DevsetGoldTest.resource("/" + set + "/gold.tsv"),
        DevsetGoldTest.resource("/" + set + "/quotes.tsv"));
  }

  private static void check(String set, Path articles, Path gold, Path quotes) {
    Predictions p = GraphPredictions.of(extractor, List.of(articles));
    AttributionScore a = Scorer.attributions(GoldFiles.attributions(gold), p.attributions());
    QuoteScore q = Scorer.quotes(GoldFiles.quotes(quotes), p.quotes());
    StringWriter report = new StringWriter();
    Report.print(a, q, new PrintWriter(report));
    System.out.println("=== " + set + "\n" + report);
    double af = a.strict().f1();
    double qf = q.counts().f1();
    assertTrue(
        af >= floor(set + ".attributions"),
        set + ": strict attribution F1 " + Py.f3(af) + " < floor " + floor(set + ".attributions"));
    assertTrue(
        qf >= floor(set + ".quotes"),
        set + ": quote F1 " + Py.f3(qf) + " < floor " + floor(set + ".quotes"));
  }
}
