package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer on tiny hand-made gold and predictions. The expected numbers are what score.py printed
 * for the same files ({@code python3 score.py attributions tiny-gold.tsv tiny-pred.csv -v}).
 */
class ScorerTest {
  static Path resource(String name) {
    try {
      return Path.of(ScorerTest.class.getResource("/gold/tiny/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void attributionsScoreAsScorePyDoes() {
    AttributionScore s =
        Scorer.attributions(
            GoldFiles.attributions(resource("tiny-gold.tsv")),
            PredictionFiles.attributions(resource("tiny-pred.csv")));
    // score.py: strict: tp=3 fp=3 gold=5 precision=0.500 recall=0.600 F1=0.545 certainty_acc=2/3
    assertEquals(new Counts(3, 3, 5, 2, 3), s.strict());
    assertEquals(
        "strict: tp=3 fp=3 gold=5 precision=0.500 recall=0.600 F1=0.545 certainty_acc=2/3",
        Report.summary("strict", s.strict()));
    // score.py: lenient: tp=5 fp=1 gold=5 precision=0.833 recall=1.000 F1=0.909 certainty_acc=4/5
    assertEquals(new Counts(5, 1, 5, 4, 5), s.lenient());
    assertEquals(
        "lenient: tp=5 fp=1 gold=5 precision=0.833 recall=1.000 F1=0.909 certainty_acc=4/5",
        Report.summary("lenient", s.lenient()));
  }

  @Test
  void missesAndFalsePositivesAreTheRowsScorePyListsWithDashV() {
    AttributionScore s =
        Scorer.attributions(
            GoldFiles.attributions(resource("tiny-gold.tsv")),
            PredictionFiles.attributions(resource("tiny-pred.csv")));
    // score.py -v: FN a2 Saudi-led coalition -> Iran accuses; FN a2 Iran -> Iran rejects_accusation
    assertEquals(
        List.of("Saudi-led coalition -> Iran accuses", "Iran -> Iran rejects_accusation"),
        s.misses().stream()
            .map(g -> g.attributor() + " -> " + g.perpetrator() + " " + g.stance())
            .toList());
    // score.py -v: FP (a2, coalition, iran, asserts), (a2, iran, iran, denies), (a2, russia,
    // ukraine, accuses)
    assertEquals(
        List.of("coalition|Iran|asserts", "Iran|Iran|denies", "Russia|Ukraine|accuses"),
        s.falsePositives().stream()
            .map(f -> f.row().attributor() + "|" + f.row().perpetrator() + "|" + f.row().stance())
            .toList());
  }

  @Test
  void perStanceCountsSplitTheStrictScore() {
    AttributionScore s =
        Scorer.attributions(
            GoldFiles.attributions(resource("tiny-gold.tsv")),
            PredictionFiles.attributions(resource("tiny-pred.csv")));
    assertEquals(new Counts(1, 0, 1, 0, 0), s.byStance().get("suspects"));
    assertEquals(new Counts(1, 1, 1, 0, 0), s.byStance().get("denies"));
    assertEquals(new Counts(0, 1, 1, 0, 0), s.byStance().get("accuses"));
    assertEquals(new Counts(0, 1, 0, 0, 0), s.byStance().get("asserts"));
    assertEquals(new Counts(1, 0, 1, 0, 0), s.byStance().get("claims_responsibility"));
    assertEquals(new Counts(0, 0, 1, 0, 0), s.byStance().get("rejects_accusation"));
  }

  @Test
  void perRuleCountsCreditTheRuleOfEachPrediction() {
    List<GoldAttribution> gold = GoldFiles.attributions(resource("tiny-gold.tsv"));
    List<PredictedAttribution> preds =
        List.of(
            new PredictedAttribution(
                "a1.txt", "US", "s", "Israel", "suspects", "possible", "e", "hedged-said"),
            new PredictedAttribution(
                "a1.txt", "US", "s", "Israel", "suspects", "possible", "e", "hedged-said"),
            new PredictedAttribution(
                "a2.txt", "Iran", "s", "Iran", "denies", "confirmed", "e", "denial"),
            new PredictedAttribution(
                "a1.txt", "Iraq", "s", "Israel", "asserts", "confirmed", "e", ""));
    AttributionScore s = Scorer.attributions(gold, preds);
    assertEquals(
        Map.of(
            "hedged-said", new RuleCounts(1, 0, 1),
            "denial", new RuleCounts(0, 1, 0),
            "", new RuleCounts(0, 0, 1)),
        s.byRule());
    assertEquals(4, s.misses().size());
  }

  @Test
  void quotesScoreAsScorePyDoes() {
    QuoteScore s =
        Scorer.quotes(
            GoldFiles.quotes(resource("tiny-quotes.tsv")),
            PredictionFiles.quotes(resource("tiny-quotes-pred.csv")));
    // score.py: quotes: tp=3 fp=3 (wrong speaker 1) gold=4 precision=0.500 recall=0.750 F1=0.600
    assertEquals(new Counts(3, 3, 4, 0, 0), s.counts());
    assertEquals(1, s.wrongSpeaker());
    assertEquals("0.600", Py.f3(s.counts().f1()));
    // score.py -v: FN q1 Oleh Kiper | Our patience has limits
    assertEquals(
        List.of("Our patience has limits"),
        s.misses().stream().map(GoldQuote::quoteStart).toList());
    assertEquals(
        List.of("Russia", "Kiper", "Hamas"),
        s.falsePositives().stream().map(PredictedQuote::speaker).toList());
  }

  @Test
  void noPredictionsScoresZeroNotNaN() {
    AttributionScore s =
        Scorer.attributions(GoldFiles.attributions(resource("tiny-gold.tsv")), List.of());
    assertEquals(0.0, s.strict().f1());
    assertEquals(0.0, s.strict().precision());
    assertEquals(5, s.misses().size());
  }

  @Test
  void articlesMatchTheLongestStemTheyContain() {
    List<String> stems = Scorer.stems(List.of("dev-001", "dev-001-long", "x"));
    assertEquals("dev-001-long", Scorer.fileOf("http://e.org/DEV-001-LONG.txt", stems));
    assertEquals("dev-001", Scorer.fileOf("dev-001.txt", stems));
    assertNull(Scorer.fileOf("other.txt", List.of("dev-001")));
  }

  @Test
  void badGoldFileIsOneLineNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("g.tsv");
    Files.writeString(
        gold,
        "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance\n"
            + "a.txt\tUS\t\ts\tIsrael\t\tasserts\n"
            + "b.txt\tUS\n");
    EvalException e = assertThrows(EvalException.class, () -> GoldFiles.attributions(gold));
    assertEquals(gold + ":3: 2 fields, no value for column 'perpetrator'", e.getMessage());

    Path noColumn = dir.resolve("n.tsv");
    Files.writeString(noColumn, "file\tspeaker\n");
    EvalException e2 = assertThrows(EvalException.class, () -> GoldFiles.quotes(noColumn));
    assertTrue(
        e2.getMessage().startsWith(noColumn + ":1: no column 'quote_start'"), e2.getMessage());

    EvalException e3 =
        assertThrows(EvalException.class, () -> GoldFiles.quotes(dir.resolve("missing.tsv")));
    assertEquals(dir.resolve("missing.tsv") + ": no such file", e3.getMessage());
  }
}
