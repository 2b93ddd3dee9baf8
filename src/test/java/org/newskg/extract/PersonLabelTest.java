package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's label is the name, whatever role words the actor rules matched around it. */
class PersonLabelTest {
  private static List<String> speakers(String... paragraphs) {
    return Extracted.of(paragraphs).quoteSpeakers();
  }

  @Test
  void aHyphenatedRoleBeforeTheNameStaysOutOfIt() {
    assertEquals(List.of("Mostefa Souag"), speakers("Probe", "An Israeli strike destroyed the tower.",
        "Al Jazeera's acting director-general, Mostefa Souag, called the strike \"a war crime\"."));
    assertEquals(List.of("Hassan Nasrallah"), speakers("Probe", "An Israeli strike destroyed the tower.",
        "\"We will respond,\" the group's secretary-general, Hassan Nasrallah, said."));
  }

  @Test
  void aNameIsCutAtACommaOnlyBeforeAnotherName() {
    assertEquals("Mostefa Souag", ActorBook.nameAfterRole("general, Mostefa Souag"));
    assertEquals("Martin Luther King, Jr.", ActorBook.nameAfterRole("Martin Luther King, Jr."));
  }

  @Test
  void aSentencesFirstWordOrACorporateRoleIsNoPartOfTheName() {
    assertEquals(List.of("Gary Pruitt"), speakers("Probe", "An Israeli strike destroyed the tower.",
        "AP President and CEO Gary Pruitt said the news agency was \"shocked and horrified\" by the strike."));
    assertEquals(List.of("Ali Abedzadeh"), speakers("Probe", "A missile hit the plane.",
        "And Ali Abedzadeh, the head of the civil aviation organization, had said that \"a missile cannot have hit the plane.\""));
    assertEquals("Ali Khan", ActorBook.nameAfterRole("Ali Khan"));
  }

  @Test
  void aTitledSurnameIsAPersonAndNameParticlesBelongToTheName() {
    assertEquals(List.of("Clinton"), speakers("Probe", "A bomb tore a hole in the hull of the destroyer.",
        "President Clinton said that if it was an act of terror, it was \"a despicable and cowardly act.\""));
    assertEquals(List.of("Guido di Tella"), speakers("Probe", "A car bomb destroyed the community centre.",
        "\"We are not going to be naive twice,\" Foreign Minister Guido di Tella said."));
  }

  @Test
  void aSurnameInTheHeadlineIsThePersonNamedInFullLater() {
    Extracted x = Extracted.of(
        "Venezuela's Maduro blames Colombia for drone 'assassination attempt'",
        "Venezuelan President Nicolas Maduro survived an attack by explosive-laden drones during a parade.",
        "\"I have no doubt that Colombia is behind this attack,\" Maduro said.");
    assertEquals(List.of("Nicolas Maduro"), x.persons());
    assertEquals(List.of("Nicolas Maduro", "Nicolas Maduro"), x.quoteSpeakers());
  }

  @Test
  void aHyphenatedNameKeepsItsLowerCaseSyllablesAndAFirstNameJoinsTheFullName() {
    assertEquals(List.of("Prayut Chan-o-cha"), speakers("Probe", "A bomb exploded at the Erawan shrine.",
        "Prime Minister Prayut Chan-o-cha called it \"the worst ever\" attack on Thailand."));
    assertEquals(List.of("Hassan Sheikh Mohamud"), Extracted.of(
        "President Hassan Sheikh blames Al-Shabaab for twin car bombs",
        "\"This cruel and cowardly attack was carried out by Al-Shabaab,\" President Hassan Sheikh Mohamud said.").persons());
  }
}
