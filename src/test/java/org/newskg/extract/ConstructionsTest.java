package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Attribution;
import org.newskg.input.RawArticle;

/**
 * Common constructions of strike reporting, in one invented article (not from any gold set):
 * who claims, who accuses, who denies, and what pronouns point at.
 */
class ConstructionsTest {
  static ArticleFacts facts;
  static final Map<String, String> LABELS = new HashMap<>();

  @BeforeAll
  static void extract() {
    String text = String.join("\n\n", List.of(
        "Probe",
        "A drone attack hit the Tower 22 base on Sunday. The Islamic Resistance in Iraq said it had launched drones at the base.",
        "Hezbollah said it fired dozens of rockets at northern Israel in response.",
        "The Houthis said they had targeted the ship with missiles.",
        "Hamas claimed the rocket fire.",
        "Russia accused Ukraine of a drone attack on the Kremlin. Kyiv denied involvement.",
        "The Pentagon blamed Iran-backed militias for the attack on Tower 22.",
        "Israel has not claimed responsibility for the strike in Damascus.",
        "Syria's state media blamed Israel for the airstrike on Damascus."));
    facts = RuleExamplesTest.EXTRACTOR.extract(RawArticle.ofText("probe.txt", text));
    facts.actors().forEach(a -> LABELS.put(a.key(), a.label()));
  }

  private static void assertFact(String attributor, String stance, String perpetrator) {
    List<String> have = facts.attributions().stream().map(ConstructionsTest::describe).toList();
    assertTrue(have.contains(attributor + " " + stance + " " + perpetrator), "missing " + attributor + " " + stance + " " + perpetrator + " in " + have);
  }

  private static String describe(Attribution a) {
    return LABELS.get(a.attributorKey()) + " " + a.stance().id() + " " + LABELS.get(a.perpetratorKey());
  }

  @Test
  void groupsClaimTheirOwnStrikesThroughPronouns() {
    assertFact("Islamic Resistance in Iraq", "claims_responsibility", "Islamic Resistance in Iraq");
    assertFact("Hezbollah", "claims_responsibility", "Hezbollah");
    assertFact("Houthis", "claims_responsibility", "Houthis");
    assertFact("Hamas", "claims_responsibility", "Hamas");
  }

  @Test
  void anArticleWithoutAHeadlineStillHasItsFirstParagraphReadSentenceBySentence() {
    ArticleFacts f = RuleExamplesTest.EXTRACTOR.extract(RawArticle.ofText("no-title.txt",
        "A drone attack hit the base on Monday. Hamas blamed Israel for the attack.\n\nThe army did not comment.\n"));
    Map<String, String> labels = new HashMap<>();
    f.actors().forEach(a -> labels.put(a.key(), a.label()));
    assertTrue(f.attributions().stream().anyMatch(a -> "Hamas".equals(labels.get(a.attributorKey()))
        && "Israel".equals(labels.get(a.perpetratorKey())) && a.stance().id().equals("accuses")), "Hamas accuses Israel: " + f.attributions());
  }

  @Test
  void headlinesQuoteWithSingleMarksButApostrophesAreNoQuotes() {
    ArticleFacts f = RuleExamplesTest.EXTRACTOR.extract(RawArticle.ofText("single.txt",
        "Hezbollah claims ‘full responsibility’ for drone\n\nIraq's army said Kata'ib Hezbollah's fighters didn't fire.\n"));
    Map<String, String> labels = new HashMap<>();
    f.actors().forEach(a -> labels.put(a.key(), a.label()));
    List<String> quotes = f.statements().stream().filter(s -> s.direct()).map(s -> labels.get(s.speakerKey()) + ": " + s.text()).toList();
    assertTrue(quotes.equals(List.of("Hezbollah: full responsibility")), "quotes: " + quotes);
  }

  @Test
  void accusationsAndDenials() {
    assertFact("Russia", "accuses", "Ukraine");
    assertFact("Ukraine", "denies", "Ukraine");
    assertFact("Pentagon", "accuses", "Iran-backed militias");
    assertFact("Syria", "accuses", "Israel");
    assertFact("Israel", "neither_confirms_nor_denies", "Israel");
  }
}
