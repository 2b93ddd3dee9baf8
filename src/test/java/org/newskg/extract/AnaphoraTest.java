package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who "he" and "the official" are: number agreement with the candidates. Invented text. */
class AnaphoraTest {
  private static List<String> quotes(String... paragraphs) {
    return Extracted.of(paragraphs).quotes();
  }

  @Test
  void theOfficialIsOneOfficialNotSeveral() {
    List<String> q = quotes("Probe", "A bomb tore through the hull of a destroyer in Aden harbour on Thursday.",
        "A U.S. counterterrorism official said investigators were looking at possible links to al-Qaeda.",
        "Yemeni officials said the harbour had been closed.",
        "\"We're not ruling anybody in or out,\" the official said.");
    assertEquals(List.of("U.S. counterterrorism official: We're not ruling anybody in or out,"), q);
  }

  @Test
  void heIsNeverSeveralPeople() {
    List<String> q = quotes("Probe", "A car bomb exploded outside a nightclub in Kuta on Saturday.",
        "Police chief Made Pastika said the device was built in a rented house.",
        "Australian federal police officers said they had joined the inquiry.",
        "\"That is a question for a later stage,\" he said.");
    assertEquals(List.of("Made Pastika: That is a question for a later stage,"), q);
  }

  @Test
  void theOrganisationIsTheBodyItsSpokesmanSpeaksFor() {
    List<String> denials = Extracted.of("Probe",
        "A truck bomb destroyed the Marriott hotel in Islamabad on Saturday.",
        "Iran's embassy condemned the bombing.",
        "A spokesman for the Pakistani Taliban, Maulvi Omar, told reporters that the organisation had nothing to do with the blast.")
        .attributions().stream().filter(a -> a.contains(" denies ")).toList();
    assertEquals(List.of("Maulvi Omar denies Pakistani Taliban"), denials);
  }

  @Test
  void aNameInsideTheQuotationIsNotWhoSaidIt() {
    List<String> q = quotes("Probe", "An airstrike destroyed a building in west Mosul.",
        "On Saturday, the US-led coalition acknowledged that its aircraft had struck the area.",
        "\"At the request of the Iraqi Security Forces, the coalition struck fighters and equipment in West Mosul,\" it said in a statement.");
    assertEquals(List.of("US-led coalition: At the request of the Iraqi Security Forces, the coalition struck fighters and equipment in West Mosul,"), q);
  }

  @Test
  void heIsThePersonJustNamedNotTheLastSpeaker() {
    List<String> q = quotes("Probe", "Gunmen stormed a hotel complex in Nairobi.",
        "\"The attackers came in through the car park,\" police spokesman Charles Owino said.",
        "Witnesses described hours of gunfire.",
        "Interior Secretary Fred Okumu praised the response of the security forces.",
        "\"Our officers were on the scene within minutes,\" he said.");
    assertEquals("Fred Okumu: Our officers were on the scene within minutes,", q.get(q.size() - 1));
  }

  @Test
  void aPlaceBeforeTheVerbIsNotTheSpeaker() {
    List<String> q = quotes("Probe", "A missile hit a shopping mall in Kremenchuk.",
        "Leaders of the G7 group of wealthy nations, meeting in Germany, said the strike was \"abominable.\"");
    assertTrue(q.stream().noneMatch(x -> x.startsWith("Germany")), q.toString());
  }

  @Test
  void heIsTheKingJustNamedByHisRole() {
    List<String> q = quotes("Probe", "Suicide bombers struck three hotels in Amman.",
        "King Abdullah returned from abroad on Thursday.",
        "\"We are a target,\" militant leader Abu Musab al-Zarqawi said in an audio recording.",
        "Jordanians marched through the capital on Friday.",
        "The king, in a televised address, vowed to pursue the attackers.",
        "\"We will reach them and those behind them,\" he said.");
    assertEquals("King Abdullah: We will reach them and those behind them,", q.get(q.size() - 1));
  }

  @Test
  void aQuotationAfterASentenceThatOnlyAnnouncesSpeechIsTheSpeakers() {
    List<String> q = quotes("Probe", "A suicide bomber struck a park in Lahore.",
        "Jamaatul Ahrar spokesman Ehsanullah Ehsan said in a message sent to journalists.",
        "\"The target was Christians.\"");
    assertEquals(List.of("Ehsanullah Ehsan: The target was Christians."), q);
  }

  @Test
  void theForeignMinistryIsTheForeignMinistryNamedBefore() {
    List<String> q = quotes("Probe", "Pakistan's Foreign Office said the strikes hit hideouts across the border.",
        "Iran's foreign ministry condemned the strikes.",
        "\"A number of terrorists were killed,\" the Foreign Office said.",
        "\"This is a violation of our sovereignty,\" the foreign ministry said.");
    assertEquals(List.of("Pakistani Foreign Office: A number of terrorists were killed,",
        "Iranian foreign ministry: This is a violation of our sovereignty,"), q);
  }

  @Test
  void anAbbreviationGivenInBracketsNamesTheActorLater() {
    List<String> blame = Extracted.of("Probe", "A bomb tore through a church in Kasindi on Sunday, killing 14 people.",
        "Islamic State claimed the attack, but the army pointed to the Allied Democratic Forces (ADF), an armed group.",
        "Government spokesman Patrick Muyaya said the government condemned the attack and held the ADF responsible.")
        .attributions().stream().filter(a -> a.startsWith("Patrick Muyaya")).toList();
    assertEquals(List.of("Patrick Muyaya accuses Allied Democratic Forces"), blame);
  }
}
