package org.newskg.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everyone and everywhere the synthetic stories can mention, from the gazetteer TSVs: countries
 * (required), organisations, places and people (each used when its file exists). Countries are
 * ranked so that the ones news about strikes names most come first; stories pick from the ranking
 * with a long-tailed distribution, as a real archive does.
 */
public final class Cast {
  /** Countries at the front of the ranking; the rest follow in file order. */
  private static final List<String> PROMINENT =
      List.of(
          "united-states",
          "israel",
          "iran",
          "iraq",
          "syria",
          "russia",
          "ukraine",
          "yemen",
          "lebanon",
          "saudi-arabia",
          "turkey",
          "palestine",
          "pakistan",
          "afghanistan",
          "india",
          "united-kingdom",
          "sudan",
          "somalia",
          "libya",
          "egypt",
          "nigeria",
          "mali",
          "ethiopia",
          "myanmar",
          "jordan",
          "china",
          "france",
          "qatar",
          "united-arab-emirates",
          "azerbaijan",
          "armenia",
          "north-korea",
          "burkina-faso",
          "niger",
          "colombia",
          "philippines");

  /** Country names that take "the" in running text. */
  private static final Pattern DEFINITE =
      Pattern.compile(
          "(United|Democratic|Republic|Central African|Dominican|Czech Republic|Holy See) .*"
              + "|Philippines|Netherlands|Bahamas|Maldives|Comoros|Seychelles|Gambia|.* Islands");

  /** Where strikes happen most in the news: the ranking for the country a story is set in. */
  private static final List<String> BATTLEGROUNDS =
      List.of(
          "iraq",
          "syria",
          "yemen",
          "ukraine",
          "palestine",
          "lebanon",
          "afghanistan",
          "pakistan",
          "somalia",
          "israel",
          "sudan",
          "libya",
          "nigeria",
          "mali",
          "iran",
          "russia",
          "saudi-arabia",
          "myanmar",
          "ethiopia",
          "burkina-faso",
          "niger",
          "democratic-republic-of-the-congo",
          "azerbaijan",
          "armenia",
          "egypt",
          "turkey",
          "india",
          "colombia",
          "philippines",
          "jordan");

  private static final Set<String> SINGULAR_S =
      Set.of(
          "Hamas",
          "ISIS",
          "Aspides",
          "Basij",
          "Corps",
          "Nations",
          "News",
          "Airwars",
          "Doctors",
          "Reporters",
          "Relations",
          "Axis");
  private static final Pattern HEAD_END = Pattern.compile(" (?:of|for|to|in|Without|on) ");

  final List<Country> countries;

  /** The same countries, ranked as settings for a strike. */
  final List<Country> battlegrounds;

  final Map<String, Country> countryById;
  final List<Party> armedGroups;
  final List<Party> militaries;
  final List<Party> governmentBodies;
  final List<Party> internationals;
  final List<Party> media;

  /** Cities and bases, by the country they are in (through regions: Mosul, Nineveh, Iraq). */
  final Map<String, List<String>> placesByCountry;

  /** People by the id of the country they speak for, directly or through one of its bodies. */
  final Map<String, List<Person>> peopleByCountry;

  /** People by the label of the organisation they speak for. */
  final Map<String, List<Person>> peopleByParty;

  private Cast(
      List<Country> countries,
      List<Party> parties,
      Map<String, List<String>> places,
      List<Person> people) {
    this.countries = List.copyOf(rank(countries, PROMINENT));
    this.battlegrounds = List.copyOf(rank(countries, BATTLEGROUNDS));
    Map<String, Country> byId = new LinkedHashMap<>();
    countries.forEach(c -> byId.put(c.id(), c));
    this.countryById = byId;
    this.armedGroups = ofKind(parties, "armed_group");
    this.militaries = ofKind(parties, "military");
    this.governmentBodies = ofKind(parties, "government_body");
    List<Party> intl = new ArrayList<>(ofKind(parties, "coalition"));
    intl.addAll(ofKind(parties, "international_organisation"));
    this.internationals = List.copyOf(intl);
    this.media = ofKind(parties, "media");
    this.placesByCountry = places;
    Map<String, Party> partyById = new HashMap<>();
    parties.forEach(p -> partyById.put(p.id(), p));
    Map<String, List<Person>> byCountry = new LinkedHashMap<>();
    Map<String, List<Person>> byParty = new LinkedHashMap<>();
    for (Person person : people) {
      Party party = partyById.get(person.speaksFor());
      if (party != null) {
        byParty.computeIfAbsent(party.label(), k -> new ArrayList<>()).add(person);
      }
      String country = party != null ? party.country() : person.speaksFor();
      if (byId.containsKey(country) && (party == null || !party.kind().equals("armed_group"))) {
        byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(person);
      }
    }
    this.peopleByCountry = byCountry;
    this.peopleByParty = byParty;
  }

  /**
   * Reads the gazetteer folder. Only countries.tsv is required: without organisations, places or
   * people the stories fall back on phrases built from the countries ("the Iraqi military").
   */
  public static Cast load(Path gazetteerDir) throws IOException {
    Path countriesFile = gazetteerDir.resolve("countries.tsv");
    if (!Files.isRegularFile(countriesFile)) {
      throw new NoSuchFileException(countriesFile.toString(), null, "the generator needs it");
    }
    List<Country> countries = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(countriesFile)) {
      String label = r.get("label");
      if (label.isEmpty() || r.get("id").isEmpty()) {
        continue;
      }
      List<String> demonyms = r.list("demonyms");
      String capital = r.get("capital");
      boolean definite = DEFINITE.matcher(label).matches();
      countries.add(
          new Country(
              r.get("id"),
              label,
              demonyms.isEmpty() ? label : demonyms.get(0),
              capital.isEmpty() ? null : capital,
              definite,
              aliasesOf(r, "aliases", "demonyms")));
    }
    if (countries.isEmpty()) {
      throw new IOException(countriesFile + ": no countries in the file");
    }
    List<Party> parties = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(gazetteerDir.resolve("organisations.tsv"))) {
      String label = r.get("label");
      if (!label.isEmpty()) {
        // The head noun decides: "Ministry of External Affairs" is one ministry.
        String head = HEAD_END.split(label, 2)[0];
        String last = head.substring(head.lastIndexOf(' ') + 1);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") && !SINGULAR_S.contains(last);
        parties.add(
            new Party(
                r.get("id"),
                label,
                r.get("kind"),
                r.get("country"),
                plural,
                aliasesOf(r, "aliases")));
      }
    }
    return new Cast(
        countries,
        parties,
        places(Tsv.read(gazetteerDir.resolve("places.tsv"))),
        people(Tsv.read(gazetteerDir.resolve("people.tsv"))));
  }

  /** How many named actors the stories can draw on (for the command's summary line). */
  public int actorCount() {
    return countries.size()
        + armedGroups.size()
        + militaries.size()
        + governmentBodies.size()
        + internationals.size()
        + peopleByParty.values().stream().mapToInt(List::size).sum()
        + peopleByCountry.values().stream().mapToInt(List::size).sum();
  }

  private static List<Country> rank(List<Country> countries, List<String> first) {
    List<Country> ranked = new ArrayList<>();
    Map<String, Country> byId = new HashMap<>();
    countries.forEach(c -> byId.put(c.id(), c));
    for (String id : first) {
      if (byId.containsKey(id)) {
        ranked.add(byId.get(id));
      }
    }
    for (Country c : countries) {
      if (!first.contains(c.id())) {
        ranked.add(c);
      }
    }
    return ranked;
  }

  private static List<String> aliasesOf(Tsv.Row r, String... columns) {
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      out.addAll(r.list(c));
    }
    return List.copyOf(out);
  }

  private static List<Party> ofKind(List<Party> parties, String kind) {
    return parties.stream().filter(p -> p.kind().equals(kind)).toList();
  }

  /**
   * Cities and bases by country id. A place names its country in "country", or through a chain of
   * "part_of" ids (city, region, country); places whose chain reaches no country (seas, disputed
   * territories) are left out.
   */
  private static Map<String, List<String>> places(List<Tsv.Row> rows) {
    Map<String, String> partOf = new HashMap<>();
    for (Tsv.Row r : rows) {
      String up = r.get("part_of").isEmpty() ? r.get("country") : r.get("part_of");
      partOf.put(r.get("id"), up);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Tsv.Row r : rows) {
      String kind = r.get("kind");
      if (r.get("label").isEmpty()
          || !(kind.isEmpty() || kind.equals("city") || kind.equals("base"))) {
        continue;
      }
      String id = r.get("id");
      // Up the chain to the first id that is not a place: the country (a few steps at most).
      for (int step = 0; step < 6 && partOf.containsKey(id); step++) {
        id = partOf.get(id);
      }
      if (!id.isEmpty() && !id.equals(r.get("id"))) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(r.get("label"));
      }
    }
    return out;
  }

  private static List<Person> people(List<Tsv.Row> rows) {
    List<Person> out = new ArrayList<>();
    for (Tsv.Row r : rows) {
      String speaksFor = r.get("speaks_for").isEmpty() ? r.get("country") : r.get("speaks_for");
      if (!r.get("label").isEmpty() && !speaksFor.isEmpty()) {
        out.add(new Person(r.get("label"), r.get("role"), aliasesOf(r, "aliases"), speaksFor));
      }
    }
    return out;
  }
}
