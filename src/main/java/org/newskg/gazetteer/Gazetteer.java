package org.newskg.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.facts.ActorKind;
import org.newskg.rules.RuleException;

/**
 * Every gazetteer entry by id, and a {@link NameTrie} per way of naming them: names (labels and
 * aliases), demonyms ("Israeli") and capitals used as metonyms ("Washington", "Tehran").
 * Immutable after loading.
 */
public final class Gazetteer {
  private final Map<String, Entry> byId;
  private final NameTrie names;
  private final NameTrie demonyms;

  private Gazetteer(Map<String, Entry> byId, NameTrie names, NameTrie demonyms) {
    this.byId = Collections.unmodifiableMap(byId);
    this.names = names;
    this.demonyms = demonyms;
  }

  public Entry get(String id) {
    return byId.get(id);
  }

  public NameTrie names() {
    return names;
  }

  public NameTrie demonyms() {
    return demonyms;
  }

  public int size() {
    return byId.size();
  }

  /** The country an entry belongs to (itself for a country), following partOf/speaksFor. */
  public Entry countryOf(Entry e) {
    for (int hops = 0; e != null && hops < 6; hops++) {
      if (e.actorKind() == ActorKind.COUNTRY) {
        return e;
      }
      String next = e.speaksFor() != null ? e.speaksFor() : e.partOf();
      e = next == null ? null : byId.get(next);
    }
    return null;
  }

  /** Loads {@code dir/*.tsv}: countries, organisations, places, people (any that exist). */
  public static Gazetteer load(Path dir) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    NameTrie.Builder names = new NameTrie.Builder();
    NameTrie.Builder demonyms = new NameTrie.Builder();
    Path countries = dir.resolve("countries.tsv");
    if (Files.exists(countries)) {
      for (TsvFile.Row r : TsvFile.read(countries, List.of("id", "label")).rows()) {
        String id = r.get("id");
        Entry country =
            new Entry(id, r.get("label"), ActorKind.COUNTRY, true, r.list("aliases"), r.list("demonyms"),
                null, null, null, r.get("wikidata"), r.number("lat"), r.number("lon"));
        put(byId, country, r);
        names.add(country.label(), country);
        r.list("aliases").forEach(a -> names.add(a, country));
        r.list("demonyms").forEach(d -> demonyms.add(d, country));
        String capital = r.get("capital");
        if (capital != null) {
          Entry cap =
              new Entry(id + "--capital", capital, null, true, r.list("capital_aliases"), List.of(), id,
                  null, null, null, r.number("capital_lat"), r.number("capital_lon"));
          put(byId, cap, r);
          names.add(capital, cap);
          r.list("capital_aliases").forEach(a -> names.add(a, cap));
        }
      }
    }
    Path orgs = dir.resolve("organisations.tsv");
    if (Files.exists(orgs)) {
      for (TsvFile.Row r : TsvFile.read(orgs, List.of("id", "label", "kind")).rows()) {
        Entry e =
            new Entry(r.get("id"), r.get("label"), kind(r), false, r.list("aliases"), List.of(), null,
                r.get("country"), null, r.get("wikidata"), null, null);
        put(byId, e, r);
        names.add(e.label(), e);
        e.aliases().forEach(a -> names.add(a, e));
      }
    }
    Path places = dir.resolve("places.tsv");
    if (Files.exists(places)) {
      for (TsvFile.Row r : TsvFile.read(places, List.of("id", "label")).rows()) {
        Entry e =
            new Entry(r.get("id"), r.get("label"), null, true, r.list("aliases"), List.of(), r.get("part_of"),
                null, null, null, r.number("lat"), r.number("lon"));
        put(byId, e, r);
        names.add(e.label(), e);
        e.aliases().forEach(a -> names.add(a, e));
      }
    }
    Path people = dir.resolve("people.tsv");
    if (Files.exists(people)) {
      for (TsvFile.Row r : TsvFile.read(people, List.of("id", "label")).rows()) {
        Entry e =
            new Entry(r.get("id"), r.get("label"), ActorKind.PERSON, false, r.list("aliases"), List.of(), null,
                r.get("speaks_for"), r.get("role"), r.get("wikidata"), null, null);
        put(byId, e, r);
        names.add(e.label(), e);
        e.aliases().forEach(a -> names.add(a, e));
      }
    }
    return new Gazetteer(byId, names.build(), demonyms.build());
  }

  private static ActorKind kind(TsvFile.Row r) {
    try {
      return ActorKind.parse(r.get("kind"));
    } catch (IllegalArgumentException e) {
      throw new RuleException(r.where() + ": unknown kind '" + r.get("kind") + "'");
    }
  }

  private static void put(Map<String, Entry> byId, Entry e, TsvFile.Row r) {
    if (byId.putIfAbsent(e.id(), e) != null) {
      throw new RuleException(r.where() + ": duplicate gazetteer id '" + e.id() + "'");
    }
  }

  /** All entries, in file order. */
  public List<Entry> entries() {
    return new ArrayList<>(byId.values());
  }
}
