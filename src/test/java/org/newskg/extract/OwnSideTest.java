package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A ministry or army that denies or rejects speaks for its state: the state is whom it clears. */
class OwnSideTest {
  private static List<String> with(String stance, String... paragraphs) {
    return Extracted.of(paragraphs).attributions().stream().filter(a -> a.contains(" " + stance + " ")).toList();
  }

  @Test
  void aMinistryRejectingAnAccusationClearsItsState() {
    assertEquals(List.of("Armenian Defence Ministry rejects_accusation Armenia"),
        with("rejects_accusation", "Probe", "Rockets hit the town of Terter on Sunday, killing four civilians.",
            "Azerbaijan accused Armenian forces of firing the rockets.",
            "Armenia's Defence Ministry rejected the accusation."));
  }

  @Test
  void anotherCountrysForeignOfficeIsNotBritain() {
    assertEquals(List.of("Pakistani Foreign Office rejects_accusation Pakistan"),
        with("rejects_accusation", "Probe", "A truck bomb exploded near the German embassy in Kabul on Wednesday.",
            "Afghan intelligence officials blamed Pakistan for the bombing.",
            "Pakistan's Foreign Office rejected the allegation."));
  }

  @Test
  void aMinistryDenyingItsAircraftClearsItsState() {
    assertEquals(List.of("Russian Defence Ministry denies Russia"),
        with("denies", "Probe", "An air strike destroyed a hospital in Idlib on Tuesday.",
            "The Russian Defence Ministry denied that its aircraft had carried out the strike."));
  }

  @Test
  void aGroupBlamedThatDeniesItDeniesAndClaimsNothing() {
    List<String> all = Extracted.of("Probe", "A bomb exploded at a night market in Davao on Friday, killing 14 people.",
        "Police said the bombing resembled earlier attacks in the south.",
        "Those attacks were blamed on the Moro Islamic Liberation Front, which denied involvement.").attributions();
    assertEquals(List.of("Moro Islamic Liberation Front denies Moro Islamic Liberation Front"),
        all.stream().filter(a -> a.startsWith("Moro")).toList());
  }
}
