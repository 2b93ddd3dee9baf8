package org.newskg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer is read by its headers, and only countries.tsv is required. */
class CastTest {
  @TempDir Path dir;

  @Test
  void columnsAreFoundByNameAndCommentsSkipped() throws IOException {
    Files.writeString(
        dir.resolve("countries.tsv"),
        "wikidata\tid\tdemonyms\tlabel\tcapital\n"
            + "# a comment line\n"
            + "Q796\tiraq\tIraqi|Iraqis\tIraq\tBaghdad\n"
            + "Q30\tunited-states\tAmerican|Americans\tUnited States\tWashington\n"
            + "Q801\tisrael\tIsraeli\tIsrael\tJerusalem\n");
    Files.writeString(
        dir.resolve("organisations.tsv"),
        "id\tlabel\tkind\taliases\tcountry\twikidata\n"
            + "houthis\tHouthis\tarmed_group\tAnsar Allah\tyemen\t\n"
            + "pentagon\tPentagon\tgovernment_body\t\tunited-states\t\n"
            + "kh\tKataib Hezbollah\tarmed_group\t\tiraq\t\n"
            + "ap\tAssociated Press\tmedia\tAP\tunited-states\t\n");
    Cast cast = Cast.load(dir);
    // The prominent countries come first, whatever the file order.
    assertEquals(
        List.of("United States", "Israel", "Iraq"),
        cast.countries.stream().map(Country::label).toList());
    assertEquals("the United States", cast.countries.get(0).name());
    assertEquals("Iraqi", cast.countries.get(2).demonym());
    assertEquals(
        List.of("the Houthis", "Kataib Hezbollah"),
        cast.armedGroups.stream().map(Party::name).toList());
    assertEquals("the Pentagon", cast.governmentBodies.get(0).name());
    assertEquals("Associated Press", cast.media.get(0).label());
  }

  @Test
  void countriesAloneAreEnoughForStories() throws IOException {
    Files.writeString(
        dir.resolve("countries.tsv"),
        "id\tlabel\tdemonyms\tcapital\n"
            + "iraq\tIraq\tIraqi\tBaghdad\n"
            + "iran\tIran\tIranian\tTehran\n"
            + "syria\tSyria\tSyrian\tDamascus\n");
    List<String> texts = new ArrayList<>();
    new Corpus(Cast.load(dir), 3).generate(20, (t, i) -> texts.add(t));
    String all = String.join("\n", texts);
    assertTrue(all.contains("Iraq") && all.contains("Iran") && all.contains("Syria"));
    assertTrue(all.contains("BAGHDAD") || all.contains("TEHRAN") || all.contains("DAMASCUS"));
  }

  @Test
  void missingCountriesFileIsAnError() {
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Cast.load(dir));
    assertEquals(dir.resolve("countries.tsv").toString(), e.getFile());
  }

  @Test
  void placesFindTheirCountryThroughRegionsAndPeopleThroughTheirBodies() throws IOException {
    Files.writeString(
        dir.resolve("countries.tsv"),
        "id\tlabel\tdemonyms\tcapital\n"
            + "iraq\tIraq\tIraqi\tBaghdad\n"
            + "united-states\tUnited States\tAmerican\tWashington\n");
    Files.writeString(
        dir.resolve("organisations.tsv"),
        "id\tlabel\tkind\taliases\tcountry\twikidata\n"
            + "us-department-of-state\tUS Department of State\tgovernment_body\t\tunited-states\t\n"
            + "kataib-hezbollah\tKataib Hezbollah\tarmed_group\tKH\tiraq\t\n");
    Files.writeString(
        dir.resolve("places.tsv"),
        "id\tlabel\tkind\taliases\tpart_of\tlat\tlon\n"
            + "nineveh\tNineveh\tregion\t\tiraq\t\t\n"
            + "mosul\tMosul\tcity\t\tnineveh\t\t\n"
            + "balad-air-base\tBalad Air Base\tbase\t\tiraq\t\t\n"
            + "red-sea\tRed Sea\tsea\t\t\t\t\n");
    Files.writeString(
        dir.resolve("people.tsv"),
        "id\tlabel\taliases\trole\tspeaks_for\twikidata\n"
            + "antony-blinken\tAntony Blinken\tBlinken\tUS Secretary of State"
            + "\tus-department-of-state\t\n"
            + "abu-fadak\tAbu Fadak al-Mohammadawi\t\tcommander\tkataib-hezbollah\t\n");
    Cast cast = Cast.load(dir);
    assertEquals(Map.of("iraq", List.of("Mosul", "Balad Air Base")), cast.placesByCountry);
    assertEquals(
        List.of("Antony Blinken"),
        cast.peopleByCountry.get("united-states").stream().map(Person::label).toList());
    assertEquals(
        List.of("Abu Fadak al-Mohammadawi"),
        cast.peopleByParty.get("Kataib Hezbollah").stream().map(Person::label).toList());
    assertEquals(
        null, cast.peopleByCountry.get("iraq"), "an armed group's people do not speak for Iraq");
    assertEquals(
        List.of("Iraq", "United States"), cast.battlegrounds.stream().map(Country::label).toList());
  }
}
