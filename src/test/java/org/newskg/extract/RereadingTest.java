package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reported speech written in orders no rule spells out, read again as {@link SpeechView} rewrites
 * it. Invented sentences, one construction each.
 */
class RereadingTest {
  private static List<String> attributions(String... paragraphs) {
    return Extracted.of(paragraphs).attributions();
  }

  @Test
  void speakerAfterTheClause() {
    List<String> have = attributions("Probe", "A rocket attack hit the town of Dara on Monday.",
        "Hezbollah fighters fired the rockets from across the border, the Lebanese army said on Tuesday.");
    assertTrue(have.contains("Lebanese army asserts Hezbollah"), have.toString());
  }

  @Test
  void speakerAfterAQuotationThatOpensWithWe() {
    List<String> have = attributions("Probe", "An airstrike destroyed a convoy near Aleppo.",
        "\"We hold the Russian government responsible for this strike,\" the State Department said.");
    assertTrue(have.contains("State Department accuses Russia"), have.toString());
    assertTrue(!have.contains("State Department asserts Russia"), "the fuller reading replaces the plain one: " + have);
  }

  @Test
  void partialQuotationInsideReportedSpeech() {
    List<String> have = attributions("Probe", "A bombing killed 40 people at a market in Peshawar.",
        "Pakistan's foreign minister told reporters that Pakistan had \"nothing to do\" with the bombing.");
    assertTrue(have.stream().anyMatch(s -> s.endsWith(" denies Pakistan")), have.toString());
  }

  @Test
  void speakerNamedByAccordingTo() {
    List<String> have = attributions("Probe", "A car bomb exploded near a checkpoint in Mogadishu.",
        "According to the Somali government, al-Shabaab carried out the bombing.");
    assertTrue(have.contains("Somalia asserts al-Shabaab"), have.toString());
  }

  @Test
  void aPronounBeforeItsSpeakerIsNotTheSpeaker() {
    // "It" is the insurgency, not the monitoring group that counts its victims.
    List<String> have = attributions("Probe", "Insurgents attacked the town of Palma in March.",
        "It has killed more than 2,600 people in attacks since 2017, according to Amnesty International.");
    assertTrue(have.stream().noneMatch(s -> s.startsWith("Amnesty International claims_responsibility")), have.toString());
  }

  @Test
  void aReportedClauseIsReadInTheSpeakersName() {
    // "told the Knesset … that CLAUSE": no rule spells out the addressee; the clause is read alone.
    List<String> have = attributions("Probe", "A bomb destroyed a community centre in the capital.",
        "Prime Minister Yitzhak Rabin told the Knesset in Jerusalem that Hezbollah had carried out the attack.");
    assertTrue(have.contains("Yitzhak Rabin asserts Hezbollah"), have.toString());
  }

  @Test
  void aSuspectingSpeakerLowersTheClausesCertainty() {
    List<String> have = attributions("Probe", "A truck bomb hit a hotel in the capital.",
        "Pakistan's interior minister suspects the bombing was probably planned by al-Qaeda and the Pakistani Taliban.");
    assertTrue(have.stream().anyMatch(s -> s.endsWith(" suspects al-Qaeda")), have.toString());
    assertTrue(have.stream().anyMatch(s -> s.endsWith(" suspects Pakistani Taliban")), have.toString());
  }

  @Test
  void aPlaceIsNoSpeakerAndAnAgentIsNoSubject() {
    List<String> have = attributions("Probe",
        "Refugees arriving in eastern Chad say Sudanese government aircraft bombed their villages.",
        "A NATO air strike on two fuel tankers hijacked by the Taliban killed up to 90 people, Afghan officials said.");
    assertTrue(have.stream().noneMatch(s -> s.startsWith("Chad ")), have.toString());
    assertTrue(have.stream().noneMatch(s -> s.endsWith(" Taliban")), have.toString());
  }

  @Test
  void aDenialIsNotAReportedClause() {
    List<String> have = attributions("Probe", "A drone attack hit an oil depot.",
        "Iran denied that its allies had carried out the attack, and the ministry did not say who had launched the drones.");
    assertTrue(have.stream().noneMatch(s -> s.contains(" asserts ")), have.toString());
  }

  @Test
  void shootingDownAPlaneIsAStrikeButShootingDownDronesIsNot() {
    List<String> have = attributions("Probe", "A Ukrainian airliner crashed near Tehran.",
        "Iran has acknowledged that its military mistakenly shot down the plane.");
    assertTrue(have.contains("Iran claims_responsibility Iran"), have.toString());
    List<String> intercepted = attributions("Probe", "Drones attacked an airfield in Saratov overnight.",
        "Russia's Defense Ministry said it had shot down 11 Ukrainian drones over the region.");
    assertTrue(intercepted.stream().noneMatch(s -> s.endsWith(" claims_responsibility Russia")), intercepted.toString());
  }

  @Test
  void anActorInsideARelativeClauseIsNotTheSubject() {
    List<String> have = attributions("Probe", "A suicide car bomb hit a bus carrying guards near Zahedan.",
        "The Jaish al-Adl group, which the Islamic Republic says is supported by Saudi Arabia, claimed responsibility for the attack.");
    assertTrue(have.contains("Jaish al-Adl claims_responsibility Jaish al-Adl"), have.toString());
    assertTrue(have.stream().noneMatch(s -> s.startsWith("Saudi Arabia ")), have.toString());
  }

  @Test
  void aLeaderInAModifierIsNotThePerpetrator() {
    List<String> have = attributions("Probe", "A missile hit the embassy in Belgrade.",
        "China's foreign ministry said the U.S.-led NATO must bear full responsibility for the incident.");
    assertTrue(have.stream().anyMatch(s -> s.endsWith(" accuses NATO")), have.toString());
    assertTrue(have.stream().noneMatch(s -> s.endsWith(" United States")), have.toString());
  }

  @Test
  void theSubjectOfAPassiveVerbOfSufferingIsAVictim() {
    List<String> have = attributions("Probe",
        "At least 274 Palestinians were killed during an Israeli military operation in Nuseirat, the Gaza Health Ministry said.");
    assertTrue(have.stream().noneMatch(s -> s.endsWith(" Palestine")), have.toString());
  }

  @Test
  void aStrongLikelihoodIsASuspicion() {
    List<String> have = attributions("Probe", "A suicide bomber killed 32 people in Suruc.",
        "\"There is a strong likelihood that it was a suicide attack by Daesh,\" Prime Minister Ahmet Davutoglu said.");
    assertTrue(have.contains("Ahmet Davutoglu suspects Islamic State"), have.toString());
  }

  @Test
  void coordinatedSubjectsEachAttribute() {
    List<String> have = attributions("Jamaatul Ahrar, IS both claim hospital blast that killed 70",
        "A suicide bomber struck the civil hospital in Quetta.");
    assertTrue(have.contains("Jamaat-ul-Ahrar claims_responsibility Jamaat-ul-Ahrar"), have.toString());
    assertTrue(have.contains("Islamic State claims_responsibility Islamic State"), have.toString());
  }

  @Test
  void aQuotationAfterAColonThatOpensWithWeIsTheSpeakersClaim() {
    List<String> have = attributions("Probe", "A drone attack hit the base.",
        "The Houthis said in a statement: \"We targeted the base with drones.\"");
    assertTrue(have.contains("Houthis claims_responsibility Houthis"), have.toString());
  }

  @Test
  void itInTheClauseIsTheSpeakerHoweverLongTheWayToThat() {
    List<String> a = attributions("Probe", "Rockets hit a rail depot in Haifa on Sunday, killing eight workers.",
        "Hezbollah said in a statement broadcast on its Al-Manar television station that it had fired rockets at Haifa.");
    assertTrue(a.contains("Hezbollah claims_responsibility Hezbollah"), a.toString());
  }

  @Test
  void itInTheClauseIsNotANameInTheSpeakersApposition() {
    List<String> a = attributions("Probe", "A suicide bomber struck a hospital in Quetta on Monday.",
        "Jamaatul Ahrar, a breakaway faction of the Pakistani Taliban, said it carried out the attack.");
    assertTrue(a.stream().noneMatch(x -> x.startsWith("Pakistani Taliban")), a.toString());
  }
}
