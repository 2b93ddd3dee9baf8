package org.newskg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape and a few known facts of the gazetteer TSV files. Parses them with plain Java on
 * purpose, so that the data contract is tested independently of the loader that reads it.
 */
class GazetteerFilesTest {
  private static final Path DIR = Path.of("rules", "gazetteer");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private static final Map<String, List<String>> HEADERS =
      Map.of(
          "countries.tsv",
          List.of(
              "id", "label", "aliases", "demonyms", "capital", "capital_aliases", "wikidata", "lat",
              "lon", "capital_lat", "capital_lon"),
          "organisations.tsv",
          List.of("id", "label", "kind", "aliases", "country", "wikidata"),
          "places.tsv",
          List.of("id", "label", "kind", "aliases", "part_of", "lat", "lon"),
          "people.tsv",
          List.of("id", "label", "aliases", "role", "speaks_for", "wikidata"));

  private static final Set<String> ORGANISATION_KINDS =
      Set.of(
          "international_organisation",
          "coalition",
          "armed_group",
          "government_body",
          "military",
          "media");
  private static final Set<String> PLACE_KINDS =
      Set.of("city", "region", "base", "territory", "sea");

  /** One data row: its file, line number and fields by column name. */
  record Row(String file, int line, Map<String, String> fields) {
    String get(String column) {
      return fields.get(column);
    }

    List<String> list(String column) {
      String v = fields.get(column);
      return v.isEmpty() ? List.of() : List.of(v.split("\\|", -1));
    }

    String where() {
      return file + ":" + line;
    }
  }

  private static final Map<String, List<Row>> ROWS = new HashMap<>();
  private static final Map<String, Row> BY_ID = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    for (var e : HEADERS.entrySet()) {
      ROWS.put(e.getKey(), read(e.getKey(), e.getValue()));
    }
  }

  private static List<Row> read(String file, List<String> header) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    boolean seenHeader = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!seenHeader) {
        assertEquals(header, List.of(f), file + ": header");
        seenHeader = true;
        continue;
      }
      assertEquals(header.size(), f.length, file + ":" + (i + 1) + ": number of fields");
      Map<String, String> fields = new LinkedHashMap<>();
      for (int c = 0; c < f.length; c++) {
        fields.put(header.get(c), f[c]);
      }
      rows.add(new Row(file, i + 1, fields));
    }
    assertTrue(seenHeader, file + ": no header");
    return rows;
  }

  private static Row row(String id) {
    if (BY_ID.isEmpty()) {
      ROWS.values().forEach(rs -> rs.forEach(r -> BY_ID.put(r.get("id"), r)));
    }
    Row r = BY_ID.get(id);
    if (r == null) {
      fail("no row with id " + id);
    }
    return r;
  }

  @Test
  void idsAreSlugsAndUniqueAcrossAllFiles() {
    Map<String, String> seen = new HashMap<>();
    ROWS.values().forEach(
        rs ->
            rs.forEach(
                r -> {
                  String id = r.get("id");
                  assertTrue(ID.matcher(id).matches(), r.where() + ": id " + id);
                  String before = seen.put(id, r.where());
                  assertEquals(null, before, r.where() + ": id " + id + " also at " + before);
                }));
  }

  @Test
  void listsHaveNoEmptyItemsAndNeverRepeatTheLabel() {
    for (List<Row> rs : ROWS.values()) {
      for (Row r : rs) {
        assertFalse(r.get("label").isBlank(), r.where() + ": empty label");
        for (String col : List.of("aliases", "demonyms", "capital_aliases")) {
          if (!r.fields().containsKey(col)) {
            continue;
          }
          List<String> items = r.list(col);
          assertFalse(items.contains(""), r.where() + ": empty item in " + col);
          assertFalse(items.contains(r.get("label")), r.where() + ": label repeated in " + col);
          assertEquals(Set.copyOf(items).size(), items.size(), r.where() + ": repeated " + col);
        }
      }
    }
  }

  @Test
  void wikidataIdsAreWellFormedAndNeverShared() {
    Map<String, String> seen = new HashMap<>();
    for (List<Row> rs : ROWS.values()) {
      for (Row r : rs) {
        String q = r.fields().getOrDefault("wikidata", "");
        if (q.isEmpty()) {
          continue;
        }
        assertTrue(QID.matcher(q).matches(), r.where() + ": wikidata " + q);
        String before = seen.put(q, r.get("id"));
        assertEquals(null, before, r.where() + ": " + q + " also used by " + before);
      }
    }
  }

  @Test
  void coordinatesAreInRangeAndComeInPairs() {
    for (List<Row> rs : ROWS.values()) {
      for (Row r : rs) {
        checkPair(r, "lat", "lon");
        checkPair(r, "capital_lat", "capital_lon");
      }
    }
  }

  private static void checkPair(Row r, String latCol, String lonCol) {
    if (!r.fields().containsKey(latCol)) {
      return;
    }
    String lat = r.get(latCol);
    String lon = r.get(lonCol);
    assertEquals(lat.isEmpty(), lon.isEmpty(), r.where() + ": half a coordinate");
    if (!lat.isEmpty()) {
      double la = Double.parseDouble(lat);
      double lo = Double.parseDouble(lon);
      assertTrue(la >= -90 && la <= 90, r.where() + ": " + latCol + " " + lat);
      assertTrue(lo >= -180 && lo <= 180, r.where() + ": " + lonCol + " " + lon);
    }
  }

  @Test
  void countriesCoverTheUnMembersObserversKosovoAndTaiwan() {
    int n = ROWS.get("countries.tsv").size();
    assertTrue(n >= 197, "countries: " + n);
    for (String id : List.of("palestine", "vatican-city", "kosovo", "taiwan", "south-sudan")) {
      row(id);
    }
  }

  @Test
  void unitedStatesIsWrittenTheWaysNewsWriteIt() {
    Row us = row("united-states");
    assertEquals("United States", us.get("label"));
    assertTrue(us.list("aliases").containsAll(List.of("U.S.", "US", "USA", "America")));
    assertTrue(us.list("demonyms").contains("American"));
    assertEquals("Washington", us.get("capital"));
    assertTrue(us.list("capital_aliases").contains("Washington, D.C."));
    assertEquals("Q30", us.get("wikidata"));
  }

  @Test
  void capitalsAndTheirOlderSpellings() {
    assertEquals("Kyiv", row("ukraine").get("capital"));
    assertTrue(row("ukraine").list("capital_aliases").contains("Kiev"));
    assertEquals("Tehran", row("iran").get("capital"));
    assertTrue(row("iran").list("capital_aliases").contains("Teheran"));
    assertEquals("Baghdad", row("iraq").get("capital"));
    assertEquals("Ramallah", row("palestine").get("capital"));
    assertFalse(row("india").list("capital_aliases").contains("Delhi"));
  }

  @Test
  void knownCountryFacts() {
    assertEquals("Q801", row("israel").get("wikidata"));
    assertTrue(row("israel").list("demonyms").contains("Israelis"));
    assertTrue(row("united-kingdom").list("aliases").containsAll(List.of("UK", "Britain")));
    assertTrue(row("russia").list("aliases").contains("Russian Federation"));
    assertTrue(row("iran").list("aliases").contains("Islamic Republic of Iran"));
    assertTrue(row("united-arab-emirates").list("demonyms").contains("Emirati"));
    // Baghdad lies at about 33.3 N, 44.4 E.
    assertEquals(33.3, Double.parseDouble(row("iraq").get("capital_lat")), 0.2);
    assertEquals(44.4, Double.parseDouble(row("iraq").get("capital_lon")), 0.2);
  }

  private static Set<String> ids(String... files) {
    Set<String> out = new java.util.HashSet<>();
    for (String f : files) {
      ROWS.get(f).forEach(r -> out.add(r.get("id")));
    }
    return out;
  }

  @Test
  void everyReferenceResolves() {
    Set<String> countries = ids("countries.tsv");
    Set<String> places = ids("places.tsv");
    Set<String> actors = ids("countries.tsv", "organisations.tsv");
    for (Row r : ROWS.get("organisations.tsv")) {
      String c = r.get("country");
      assertTrue(c.isEmpty() || countries.contains(c), r.where() + ": country " + c);
    }
    for (Row r : ROWS.get("places.tsv")) {
      String p = r.get("part_of");
      assertTrue(
          p.isEmpty() || countries.contains(p) || places.contains(p), r.where() + ": part_of " + p);
      assertFalse(p.equals(r.get("id")), r.where() + ": part of itself");
    }
    for (Row r : ROWS.get("people.tsv")) {
      String s = r.get("speaks_for");
      assertTrue(s.isEmpty() || actors.contains(s), r.where() + ": speaks_for " + s);
    }
  }

  @Test
  void kindsComeFromTheClosedLists() {
    for (Row r : ROWS.get("organisations.tsv")) {
      assertTrue(ORGANISATION_KINDS.contains(r.get("kind")), r.where() + ": kind " + r.get("kind"));
    }
    for (Row r : ROWS.get("places.tsv")) {
      assertTrue(PLACE_KINDS.contains(r.get("kind")), r.where() + ": kind " + r.get("kind"));
    }
  }

  /** "Kiev" names the city, not the country: a capital's names never double as country aliases. */
  @Test
  void capitalNamesAreNotCountryAliases() {
    for (Row r : ROWS.get("countries.tsv")) {
      List<String> cityNames = new ArrayList<>(r.list("capital_aliases"));
      cityNames.add(r.get("capital"));
      for (String alias : r.list("aliases")) {
        assertFalse(cityNames.contains(alias), r.where() + ": alias " + alias + " is the capital");
      }
    }
  }

  /**
   * A name written in news must lead to one entry only; otherwise the tagger would have to guess.
   * A capital may repeat its own country's label (Singapore, Luxembourg).
   */
  @Test
  void noNameBelongsToTwoEntries() {
    Map<String, String> owner = new HashMap<>();
    for (List<Row> rs : ROWS.values()) {
      for (Row r : rs) {
        List<String> names = new ArrayList<>();
        names.add(r.get("label"));
        for (String col : List.of("aliases", "demonyms", "capital_aliases")) {
          if (r.fields().containsKey(col)) {
            names.addAll(r.list(col));
          }
        }
        if (r.fields().containsKey("capital") && !r.get("capital").isEmpty()) {
          names.add(r.get("capital"));
        }
        for (String n : Set.copyOf(names)) {
          String before = owner.put(n, r.get("id"));
          assertTrue(
              before == null || before.equals(r.get("id")),
              r.where() + ": '" + n + "' also names " + before);
        }
      }
    }
  }

  @Test
  void organisationsNamedTheWaysNewsNameThem() {
    Row pmf = row("popular-mobilization-forces");
    assertEquals("armed_group", pmf.get("kind"));
    assertEquals("iraq", pmf.get("country"));
    assertTrue(pmf.list("aliases").containsAll(List.of("PMF", "Hashd al-Shaabi", "FMP")));
    Row isis = row("islamic-state");
    assertTrue(isis.list("aliases").containsAll(List.of("ISIS", "ISIL", "Daesh")));
    assertTrue(row("us-led-coalition").list("aliases").contains("CJTF-OIR"));
    assertEquals("coalition", row("us-led-coalition").get("kind"));
    // Labelled as the press names them; the official names stay as aliases.
    assertEquals("Pentagon", row("us-department-of-defense").get("label"));
    assertTrue(row("us-department-of-defense").list("aliases").contains("US Department of Defense"));
    assertEquals("united-states", row("us-department-of-defense").get("country"));
    assertEquals("State Department", row("us-department-of-state").get("label"));
    assertTrue(row("us-department-of-state").list("aliases").contains("US Department of State"));
    assertEquals("military", row("israel-defense-forces").get("kind"));
    assertTrue(row("israel-defense-forces").list("aliases").contains("IDF"));
    assertEquals("media", row("middle-east-eye").get("kind"));
    assertTrue(row("middle-east-eye").list("aliases").contains("MEE"));
    assertEquals("National Iraqi News Agency", row("national-iraqi-news-agency").get("label"));
    assertEquals("Q1065", row("united-nations").get("wikidata"));
  }

  @Test
  void ambiguousAcronymsAreLeftOut() {
    // IAF is both the Israeli and the Indian Air Force; RSF is also Reporters Without Borders.
    assertFalse(row("israel-defense-forces").list("aliases").contains("IAF"));
    assertFalse(row("reporters-without-borders").list("aliases").contains("RSF"));
    assertFalse(row("georgia").list("aliases").contains("GA"));
  }

  @Test
  void placesAreNotCapitalsAndSitInTheirCountry() {
    Set<String> capitals = new java.util.HashSet<>();
    ROWS.get("countries.tsv").forEach(r -> capitals.add(r.get("capital")));
    for (Row r : ROWS.get("places.tsv")) {
      assertFalse(capitals.contains(r.get("label")), r.where() + ": a capital " + r.get("label"));
    }
    assertEquals("nineveh", row("mosul").get("part_of"));
    assertEquals("iraq", row("nineveh").get("part_of"));
    assertEquals("base", row("balad-air-base").get("kind"));
    assertEquals("base", row("tower-22").get("kind"));
    assertEquals("jordan", row("tower-22").get("part_of"));
    assertTrue(row("odesa").list("aliases").contains("Odessa"));
    assertTrue(row("gaza").list("aliases").contains("Gaza Strip"));
    assertEquals("sea", row("red-sea").get("kind"));
    assertEquals("", row("middle-east").get("part_of"));
    // Mosul lies at about 36.3 N, 43.1 E.
    assertEquals(36.3, Double.parseDouble(row("mosul").get("lat")), 0.2);
    assertEquals(43.1, Double.parseDouble(row("mosul").get("lon")), 0.2);
  }

  @Test
  void peopleSpeakForTheirGovernmentOrGroup() {
    Row bibi = row("benjamin-netanyahu");
    assertEquals("Benjamin Netanyahu", bibi.get("label"));
    assertTrue(bibi.list("aliases").contains("Netanyahu"));
    assertEquals("israel", bibi.get("speaks_for"));
    assertEquals("Prime Minister of Israel", bibi.get("role"));
    Row muhandis = row("abu-mahdi-al-mohandes");
    assertTrue(muhandis.list("aliases").contains("Jamal Jaafar Ibrahimi"));
    assertEquals("popular-mobilization-forces", muhandis.get("speaks_for"));
    assertTrue(
        row("volodymyr-zelensky").list("aliases").containsAll(List.of("Zelenskyy", "Zelenskiy")));
    assertEquals("russia", row("sergei-lavrov").get("speaks_for"));
    assertEquals("Hemedti", row("mohamed-hamdan-dagalo").list("aliases").get(0));
    // Surnames shared by many people are never aliases.
    assertFalse(row("imran-khan").list("aliases").contains("Khan"));
    assertFalse(row("abiy-ahmed").list("aliases").contains("Ahmed"));
  }

  @Test
  void personIdsAreSlugsOfTheirLabels() {
    for (Row r : ROWS.get("people.tsv")) {
      String slug =
          java.text.Normalizer.normalize(r.get("label"), java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-|-$", "");
      assertEquals(slug, r.get("id"), r.where());
    }
  }
}
